"""Every row of telex's event verb and noun tables codes an event through the extractor on a minimal hand-built
parse (no model): "Russia <verb> [<particle>] [<object>] [<preposition> <object>]" for a verb row ("Russian troops"
for a row that asks for an armed doer, "Russian workers" for one that asks for people who work or for the public,
"Russian lawmakers" for one that asks for a politician, "Russian protesters" for one that asks for a crowd or
protesters), "Russia's <noun> continued" for a noun row. A row no parse can reach is a trap for whoever edits it."""

from __future__ import annotations

import pytest

from telex.events.candidates import CROWD, PROTESTERS
from telex.events.patterns import (
    ARMED,
    LABOUR,
    LIGHT_VERBS,
    NO_EVENT,
    NOUNS,
    PEOPLE,
    PERSON,
    PLACE,
    POLITICIAN,
    PUBLIC,
    STATE,
    VERBS,
    VerbPattern,
    light_verb_row,
    match_verb,
    noun_codes,
    recording_rows,
    verb_patterns,
)
from telex.events.word_lists import COMMENT_CODES, FEELING_CODES, HELPING, PLEAS, VISIT_CODES
from telex.records import Event
from telex.tables import read_table
from tests.unit.fixtures import Row, events_in, hand_parsed

# The word that stands for a named place in a pattern's parse (entry ``PLACE``).
NAMED_PLACE = "Kharkiv"
# The word that stands for a named person in a pattern's parse (entry ``PERSON``).
NAMED_PERSON = "Navalny"


def _code(rows: list[Row]) -> tuple[list[Event], set[str]]:
    """The events of a parse and the table rows behind them."""
    with recording_rows() as fired:
        places = frozenset(i for i, r in enumerate(rows) if r[0] == NAMED_PLACE)
        people = frozenset(i for i, r in enumerate(rows) if r[0] == NAMED_PERSON)
        events = events_in(hand_parsed(rows, places=places, people=people))
    return events, set(fired)


def _phrase(entry: str, head: int, dep: str, start: int) -> list[Row]:
    """A noun phrase for a pattern entry ("chemical weapon": a modifier before its head) hanging off ``head``."""
    if entry in (PLACE, PERSON, PEOPLE):
        name = NAMED_PLACE if entry == PLACE else NAMED_PERSON
        return [(name, head, dep, "PROPN", "NNP", name)]
    *modifiers, noun = entry.split()
    last = start + len(modifiers)
    return [(m, last, "amod", "ADJ", "JJ", m) for m in modifiers] + [(noun, head, dep, "NOUN", "NN", noun)]


def verb_parse(pattern: VerbPattern) -> list[Row]:
    """ "Russia <verb> [particle] [object] [prep object] ." for one pattern, its first entries where it has some;
    "Russian troops <verb> ..." for a pattern that asks for an armed doer, "Russian workers <verb> ..." for one that
    asks for people who work or for the public."""
    rows: list[Row] = [("Russia", 1, "nsubj", "PROPN", "NNP", "Russia")]
    if pattern.doer == ARMED:
        rows = [("Russian", 1, "amod", "ADJ", "JJ", "russian"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop")]
    if pattern.doer in (LABOUR, PUBLIC):
        rows = [("Russian", 1, "amod", "ADJ", "JJ", "russian"), ("workers", 2, "nsubj", "NOUN", "NNS", "worker")]
    if pattern.doer in (CROWD, PROTESTERS):
        rows = [("Russian", 1, "amod", "ADJ", "JJ", "russian"), ("protesters", 2, "nsubj", "NOUN", "NNS", "protester")]
    if pattern.doer == POLITICIAN:
        rows = [("Russian", 1, "amod", "ADJ", "JJ", "russian"), ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker")]
    verb = len(rows)
    rows.append((pattern.verb, verb, "ROOT", "VERB", "VBD", pattern.verb))
    if pattern.particle:
        rows.append((pattern.particle, verb, "prt", "ADP", "RP", pattern.particle))
    if pattern.objects:
        rows += _phrase(sorted(pattern.objects)[0], verb, "dobj", len(rows))
    if pattern.prep:
        rows.append((pattern.prep, verb, "prep", "ADP", "IN", pattern.prep))
        prep = len(rows) - 1
        if pattern.prep_objects:
            rows += _phrase(sorted(pattern.prep_objects)[0], prep, "pobj", len(rows))
        elif pattern.code == NO_EVENT:
            # A no-event row of a bare preposition beside a row for people: "Russia credited to the change".
            rows.append(("change", prep, "pobj", "NOUN", "NN", "change"))
        else:
            rows.append(("Germany", prep, "pobj", "PROPN", "NNP", "Germany"))
    elif pattern.verb in PLEAS and pattern.code[:2] == "02":
        # A word of appeal appeals only with what it asks for: "Russia appealed for Germany".
        rows += _asked_for(verb, len(rows))
    elif pattern.doer in (ARMED, STATE, POLITICIAN) or (
        not pattern.objects and (pattern.verb in HELPING or pattern.code in VISIT_CODES)
    ):
        # Help aids someone: "Russia helped Germany"; a visit is paid to a host: "Russia visited Germany"; force hits
        # someone: "Russian troops hit Germany", "Russia struck Germany", "Russian lawmakers hammered Germany".
        rows.append(("Germany", verb, "dobj", "PROPN", "NNP", "Germany"))
    if pattern.code in COMMENT_CODES or (pattern.code in FEELING_CODES and not pattern.objects):
        # A comment is an event only when aimed at someone: "Russia expressed concern to Germany"; so is a feeling
        # told by a verb alone: "Russia mourned to Germany".
        at = len(rows)
        rows += [("to", verb, "prep", "ADP", "IN", "to"), ("Germany", at, "pobj", "PROPN", "NNP", "Germany")]
    if pattern.code == "052":
        # A verbal defence answers someone: "Russia defended the decision against Germany".
        at = len(rows)
        rows += [("against", verb, "prep", "ADP", "IN", "against"), ("Germany", at, "pobj", "PROPN", "NNP", "Germany")]
    return [*rows, (".", verb, "punct", "PUNCT", ".", ".")]


def _asked_for(head: int, start: int) -> list[Row]:
    return [("for", head, "prep", "ADP", "IN", "for"), ("Germany", start, "pobj", "PROPN", "NNP", "Germany")]


def noun_parse(noun: str) -> list[Row]:
    """ "Russia 's <noun> continued ." with a several-word noun's first words as compounds."""
    *compounds, head = noun.split()
    at = 2 + len(compounds)
    rows: list[Row] = [("Russia", at, "poss", "PROPN", "NNP", "Russia"), ("'s", 0, "case", "PART", "POS", "'s")]
    rows += [(c, at, "compound", "NOUN", "NN", c) for c in compounds]
    rows += [(head, at + 1, "nsubj", "NOUN", "NN", head), ("continued", at + 1, "ROOT", "VERB", "VBD", "continue")]
    if head in PLEAS:
        # "Russia 's appeal for Germany continued ." (see verb_parse)
        rows += _asked_for(at, len(rows))
    if noun_codes().get(head) in VISIT_CODES:
        # "Russia 's visit to Germany continued ." (see verb_parse)
        rows += [("to", at, "prep", "ADP", "IN", "to"), ("Germany", len(rows), "pobj", "PROPN", "NNP", "Germany")]
    return [*rows, (".", at + 1, "punct", "PUNCT", ".", ".")]


def _verb_rows() -> dict[str, list[VerbPattern]]:
    by_row: dict[str, list[VerbPattern]] = {}
    for patterns in verb_patterns().values():
        for pattern in patterns:
            by_row.setdefault(pattern.row, []).append(pattern)
    return by_row


VERB_ROWS = _verb_rows()
NOUN_ROWS = {f"{NOUNS}:{i}": row["nouns"] for i, row in enumerate(read_table(NOUNS), 1)}
NOUN_CODES = {f"{NOUNS}:{i}": row["code"] for i, row in enumerate(read_table(NOUNS), 1)}


def test_every_data_row_of_the_tables_is_tested() -> None:
    assert len(VERB_ROWS) == len(read_table(VERBS))
    assert set(NOUN_ROWS) == {f"{NOUNS}:{i}" for i in range(1, len(read_table(NOUNS)) + 1)}


@pytest.mark.parametrize("row", sorted(VERB_ROWS, key=lambda r: int(r.split(":")[1])))
def test_verb_row_codes_an_event_on_a_minimal_parse(row: str) -> None:
    patterns = VERB_ROWS[row]
    if patterns[0].code == NO_EVENT:
        # A row that says "no event": some verb of it meets it and then codes nothing.
        quiet = [p for p in patterns if not _code(verb_parse(p))[0]]
        assert quiet, f"{row}: every verb of this no-event row still codes an event"
        return
    fired = {p.verb: _code(verb_parse(p)) for p in patterns}
    coded = {verb: [e.cameo for e in events] for verb, (events, _) in fired.items()}
    assert any(row in rows for _, rows in fired.values()), (row, coded)
    codes = {e.cameo for events, rows in fired.values() if row in rows for e in events}
    assert patterns[0].code in codes, (row, codes)


@pytest.mark.parametrize("row", sorted(NOUN_ROWS, key=lambda r: int(r.split(":")[1])))
def test_noun_row_codes_an_event_on_a_minimal_parse(row: str) -> None:
    if NOUN_CODES[row] == NO_EVENT:
        # A row that says "no event" ("press release"): none of its nouns codes anything.
        assert not any(_code(noun_parse(noun))[0] for noun in NOUN_ROWS[row]), row
        return
    reached = [noun for noun in NOUN_ROWS[row] if row in _code(noun_parse(noun))[1]]
    assert reached, row


def test_the_minimal_parses_code_what_the_row_says() -> None:
    [event] = _code(noun_parse("hunger strike"))[0]
    assert (event.cameo, event.source[0].country) == ("142", "RUS")
    [threat] = _code(verb_parse(match_verb("threaten", objects={"sanctions"}) or VERB_ROWS[f"{VERBS}:1"][0]))[0]
    assert threat.cameo == "1312"


def test_light_verb_rows_are_one_verb_each() -> None:
    verbs = [row["verb"] for row in read_table(LIGHT_VERBS)]
    assert len(verbs) == len(set(verbs))
    assert [light_verb_row(v) for v in verbs] == [f"{LIGHT_VERBS}:{i}" for i in range(1, len(verbs) + 1)]
