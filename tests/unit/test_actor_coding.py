"""Actor coding with the Phoenix fallback: precedence, office terms and dates, "X of <country>", sector-only
actors, ``telex.code_actor`` and ``telex actor``."""

import io
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.tokens import Doc, Span

import telex
from telex.actors.phoenix import Entry, PhoenixTable, common_code, phoenix_table
from telex.actors.phrases import resolve_words
from telex.actors.resolve import resolve_span
from telex.actors.table import Actor, ActorTable, stands_alone
from telex.cli import main
from telex.entity_index import EntityIndex
from telex.records import ActorRef, Article, Entity
from tests.unit.fixtures import Row, hand_parsed


def _table(names: dict[str, list[str]], agents: dict[str, str] | None = None) -> ActorTable:
    """telex's own tables with a small hand-made Phoenix fallback: name -> roles."""
    table = ActorTable()
    phoenix = PhoenixTable.__new__(PhoenixTable)
    phoenix.names = {
        k.lower().replace(" the ", " "): Entry(k, tuple(roles)) for k, roles in names.items()
    }
    phoenix.agents = agents or {}
    table.__dict__["phoenix"] = phoenix  # the cached property, filled
    return table


def _resolve(text: str, on: date | None = None, table: ActorTable | None = None) -> Actor | None:
    return resolve_words(text.split(), on, table=table)


PHOENIX = {
    "Putin": ["FRAGOV"],  # telex knows Putin: its row wins
    "Amina Wekesa": ["KENGOV 2005-01-01..2010-12-31", "KENGOVAGR 2011-01-01..", "KENELI"],
    "Omar Haddad": ["JORGOV 2001-01-01..2004-12-31", "JORGOVCOP 2008-01-01..2009-12-31"],
    "Lars Berg": ["NORGOV 1999-01-01..2001-12-31", "IGOUNO 2005-01-01..2010-12-31"],
    "Haddad": ["JORGOV 2001-01-01..2004-12-31"],
    "Eldoret": ["KEN"],
    "Front of the Dunes": ["IMGREB"],
    "Lakeland Rising": ["INTREB"],  # a region code, no country telex knows
}


def test_telex_rows_win_over_phoenix() -> None:
    table = _table(PHOENIX)
    actor = resolve_words(["Putin"], date(2024, 6, 19), table=table)
    assert actor is not None and actor.code == "RUSGOV"


def test_phoenix_fills_names_telex_lacks() -> None:
    table = _table(PHOENIX, {"herders": "AGR"})
    town = resolve_words(["Eldoret"], table=table)
    assert town is not None and (town.code, town.country) == ("KEN", "KEN")
    assert not table.is_state(town)  # a town stands for its country but is not the state
    group = _resolve("the Front of the Dunes", table=table)
    assert group is not None and group.code == "IMGREB" and group.country is None
    assert _resolve("Lakeland Rising", table=table) is None
    herders = _resolve("Kenyan herders", table=table)
    assert herders is not None and herders.code == "KENAGR"


SHORT_NAMES = {
    "Mavericks": ["FRAREB"],  # an alias of the Francs-Tireurs
    "Castile": ["ESP"],
    "Direct Action": ["GRCREB"],
    "Red Hand Defenders": ["GBRREB"],
    "Pacific Command": ["USAMIL"],
}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mavericks", "FRAREB"),  # alone, the dictionary's name
        ("the Dallas Mavericks", None),  # a word of a longer name no table knows
        ("Philando Castile", None),  # a person's surname
        ("Mr Castile", None),  # after an honorific
        ("Castile police", "ESPCOP"),  # a lower-case noun after it: still the place
        ("Castile Mayor", "ESPGOV"),  # a title after it: still the place
        ("Spanish Castile", "ESP"),  # a name the tables know beside it
        ("Northern Castile", "ESP"),  # a part of the place
        ("Direct Action", "GRCREB"),
        ("Direct Action Everywhere", None),  # two words inside a longer name
        ("United States Pacific Command", "USAMIL"),  # a name the tables know, of two words, beside it
        ("Red Hand Defenders Commander", "GBRREB"),  # three words are distinctive, whatever follows
    ],
)
def test_a_short_phoenix_name_names_its_actor_only_standing_alone(text: str, code: str | None) -> None:
    actor = _resolve(text, table=_table(SHORT_NAMES))
    assert (actor.code if actor else None) == code


def test_an_article_led_phoenix_alias_is_no_bare_common_noun() -> None:
    """ "The Foundation", an alias of a Chicago gang, leaves no alias "Foundation"; a longer one keeps its article-less
    form ("Soviet of the Nationalities" as "Soviet of Nationalities")."""
    names = phoenix_table().names
    assert "the foundation" in names and "foundation" not in names and "cornerstone" not in names
    assert "soviet of nationalities" in names


@pytest.mark.parametrize(
    ("on", "code"),
    [
        (date(2008, 5, 1), "KENGOV"),  # in the first term
        (date(2012, 5, 1), "KENGOVAGR"),  # in the open-ended term
        (date(2003, 5, 1), "KENELI"),  # outside both: the undated role
        (None, "KEN"),  # no date: only the country is certain
    ],
)
def test_phoenix_terms_against_the_date(on: date | None, code: str) -> None:
    actor = _resolve("Amina Wekesa", on, table=_table(PHOENIX))
    assert actor is not None and actor.code == code


def test_no_date_keeps_what_every_role_shares() -> None:
    table = _table(PHOENIX)
    only_government = _resolve("Omar Haddad", table=table)
    assert only_government is not None and only_government.code == "JORGOV"
    assert _resolve("Lars Berg", table=table) is None  # a state and the UN: nothing certain
    later = _resolve("Lars Berg", date(2007, 1, 1), table=table)
    assert later is not None and later.code == "IGOUNO"


def test_common_code() -> None:
    assert common_code(["USAELI", "USAGOV"]) == "USA"
    assert common_code(["AFGGOV", "AFGGOVCOP"]) == "AFGGOV"
    assert common_code(["NORGOV", "IGOUNO"]) is None
    assert common_code([]) is None


def test_telex_leader_out_of_office_on_a_known_date() -> None:
    table = _table({})
    before = _resolve("Donald Trump", date(2015, 8, 1), table=table)
    assert before is not None and before.code == "USAELI"  # a candidate, of the elite, not the government
    long_before = _resolve("Donald Trump", date(1995, 8, 1), table=table)
    assert long_before is not None and long_before.code == "USA"  # far from office: only the country
    former = _resolve("Hillary Clinton", date(2016, 8, 1), table=table)
    assert former is not None and former.code == "USAELI"
    serving = _resolve("Hillary Clinton", date(2010, 8, 1), table=table)
    assert serving is not None and serving.code == "USAGOV"


def test_of_country_wins_over_a_bare_surname_elsewhere() -> None:
    table = _table(PHOENIX)
    # "Haddad" is a common surname (common_surnames.tsv): alone it names nobody, the dictionaries' Jordanian included.
    bare = resolve_words(["Haddad"], date(2003, 1, 1), table=table)
    assert bare is None
    titled = _resolve("President Haddad of France", date(2003, 1, 1), table=table)
    assert titled is not None and titled.country == "FRA"
    ruler = _resolve("the Emir of Qatar", date(2020, 1, 1), table=table)
    assert ruler is not None and ruler.code == "QATGOV" and ruler.name and ruler.name != "Qatar"


def test_the_phrase_beats_a_fallback_role() -> None:
    table = _table(PHOENIX)
    stated = _resolve("U.N. envoy Omar Haddad", date(2003, 1, 1), table=table)
    assert stated is not None and stated.code == "IGOUNO"
    agreeing = _resolve("Jordanian minister Omar Haddad", date(2003, 1, 1), table=table)
    assert agreeing is not None and (agreeing.code, agreeing.name) == ("JORGOV", "Omar Haddad")


def test_sector_only_actors_need_a_sector_head() -> None:
    assert _resolve("a bigger military role") is None
    titled = _resolve("President Zorba Quillfeather")
    assert titled is not None and titled.sector == "GOV" and titled.country is None


def test_sector_only_actors() -> None:
    police = resolve_words(["police"])
    assert police is not None and (police.code, police.country, police.sector) == (None, None, "COP")
    assert stands_alone("COP") and stands_alone("REB") and stands_alone("OPP") and stands_alone("MIL")
    assert not stands_alone("CVL") and not stands_alone(None) and not stands_alone("GOV", "141")
    assert stands_alone("LAB", "143") and not stands_alone("LAB", "112")  # workers on strike, not workers blaming
    ref = ActorRef("rioters", None, None, None, "OPP")
    assert ref.to_dict()["code"] == "OPP"
    assert ActorRef("x", None, None, "KEN", "COP").to_dict()["code"] is None


@pytest.mark.parametrize(
    ("phrase", "country", "sector", "code"),
    [
        ("Egyptian riot police", "EGY", "COP", "EGYCOP"),
        ("Brazilian lawmakers", "BRA", "LEG", "BRALEG"),
        ("Kenyan farmers", "KEN", "AGR", "KENAGR"),
        ("rebels", None, "REB", "REB"),
        ("rioters", None, "OPP", "OPP"),
    ],
)
def test_code_actor(phrase: str, country: str | None, sector: str, code: str) -> None:
    coded = telex.code_actor(phrase)
    assert coded == {"text": phrase, "name": coded["name"], "code": code, "country": country, "sector": sector}


def test_code_actor_date_and_context() -> None:
    assert telex.code_actor("Hillary Clinton", "2016-05-01")["code"] == "USAELI"
    assert telex.code_actor("Hillary Clinton", date(2011, 5, 1))["code"] == "USAGOV"
    kenya = telex.code_actor("the police", context="Police in Nairobi fired tear gas at Kenyan students.")
    assert (kenya["code"], kenya["country"]) == ("KENCOP", "KEN")
    tie = telex.code_actor("the police", context="Talks between Kenya and Uganda.")
    assert (tie["code"], tie["country"]) == ("COP", None)
    assert telex.code_actor("the weather")["code"] is None
    with pytest.raises(telex.InputError, match="not a date"):
        telex.code_actor("Obama", "2016-13-40")


def test_actor_command_phrases() -> None:
    result = CliRunner().invoke(main, ["actor", "Egyptian riot police", "Kenyan farmers", "--date", "2016-05-01"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["code"] for line in lines] == ["EGYCOP", "KENAGR"]


def test_actor_command_reads_phrases_a_line_from_standard_input_for_a_dash() -> None:
    # `-` is standard input in every telex command; `telex actor -` coded the phrase "-".
    phrases = "Egyptian riot police\n\n  Kenyan farmers  \r\n"
    result = CliRunner().invoke(main, ["actor", "Brazilian lawmakers", "-", "--date", "2016-05-01"], input=phrases)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["text"], line["code"]) for line in lines] == [
        ("Brazilian lawmakers", "BRALEG"), ("Egyptian riot police", "EGYCOP"), ("Kenyan farmers", "KENAGR")]
    typed = CliRunner().invoke(main, ["actor", "-"], input=_Keyboard(b"Kenyan farmers\n"))
    assert typed.stderr.startswith("telex: reading phrases from standard input, one a line")


def test_actor_command_jsonl_goes_on_after_a_bad_line() -> None:
    records = "\n".join(
        [
            json.dumps({"text": "Brazilian lawmakers"}),
            "{not json",
            json.dumps({"text": "Hillary Clinton", "date": "2016-02-30"}),
            json.dumps({"text": "the police", "context": "Riots in Nairobi."}),
            json.dumps({"date": "2016-01-01"}),
        ]
    )
    result = CliRunner().invoke(main, ["actor", "--input-format", "jsonl"], input=records)
    assert result.exit_code == 3
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["code"] == "BRALEG" and lines[3]["code"] == "KENCOP"
    assert [line.get("line") for line in lines if "error" in line] == [2, 3, 5]
    assert "line 2: not a JSON object" in result.stderr


def test_actor_command_jsonl_bytes_that_are_not_utf8_fail_their_line_only(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_bytes(b"\xff\xfe not text\n" + json.dumps({"text": "Kenyan farmers"}).encode() + b"\n")
    for args, given in ((["actor", "--input-format", "jsonl", str(records)], None),
                        (["actor", "--input-format", "jsonl"], records.read_bytes())):
        result = CliRunner().invoke(main, args, input=given)
        assert result.exit_code == 3, result.output
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        assert lines[0]["line"] == 1 and "error" in lines[0] and lines[1]["code"] == "KENAGR"


def test_actor_command_errors_and_help() -> None:
    runner = CliRunner()
    bad_date = runner.invoke(main, ["actor", "Obama", "--date", "yesterday"])
    assert bad_date.exit_code == 2 and "not a date" in bad_date.output
    assert runner.invoke(main, ["actor"]).exit_code == 2
    missing = runner.invoke(main, ["actor", "--input-format", "jsonl", "/nonexistent/records.jsonl"])
    assert missing.exit_code == 1 and "cannot read" in missing.output
    shown = runner.invoke(main, ["actor", "--help"])
    assert shown.exit_code == 0 and 'telex actor "Egyptian riot police"' in shown.output


def test_plover_records_are_scored_with_no_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The PLOVER records' 2000-01-01 is a placeholder: evaluation passes no date, so no office is guessed."""
    import telex.pipeline
    from telex.evaluation.events import evaluate_plover

    seen: list[date | None] = []

    def fake(articles: Iterable[Article], *args: object, **kwargs: object) -> list[None]:
        found = list(articles)
        seen.extend(a.published for a in found)
        return [None] * len(found)  # no analysis: nothing predicted

    monkeypatch.setattr(telex.pipeline, "analyze_articles", fake)
    records = [{"id": f"PLOVER-{i}", "text": "Obama met Putin.", "date": "2000-01-01", "events": []} for i in range(4)]
    path = tmp_path / "plover.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records))
    evaluate_plover(path)
    assert len(seen) == 4 and seen == [None] * 4


def test_parties_and_politicians_out_of_office_have_their_country() -> None:
    coded = {text: telex.code_actor(text, date=date(2016, 6, 1))["code"] for text in
             ("Republicans", "the GOP", "Tories", "Sen. Ted Cruz", "UK Independence Party leader Nigel Farage")}
    assert coded == {"Republicans": "USAPTY", "the GOP": "USAPTY", "Tories": "GBRPTY", "Sen. Ted Cruz": "USALEG",
                     "UK Independence Party leader Nigel Farage": "GBRPTY"}
    # A bare "Democrats" would code "Sweden Democrats" American: it is no alias.
    assert telex.code_actor("Sweden Democrats")["country"] != "USA"


def _one_sentence(words: list[str], typed: tuple[int, str] | None = None) -> Doc:
    """A flat hand-built parse of ``words`` (every word on the last), with one word given a named-entity type."""
    rows: list[Row] = [(w, len(words) - 1, "dep", "PROPN", "NNP", w) for w in words]
    doc = hand_parsed(rows)
    if typed is not None:
        doc.ents = [Span(doc, typed[0], typed[0] + 1, label=typed[1])]
    return doc


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (["in", "May"], None),  # a month, after a word of time
        (["May", "2014"], None),  # a month, before a year
        (["Prime", "Minister", "May"], "GBRGOV"),
        (["May"], "GBRGOV"),
    ],
)
def test_a_surname_that_is_a_month_is_the_month_where_time_is_written(words: list[str], code: str | None) -> None:
    actor = resolve_words(words, date(2017, 6, 1))
    assert (actor.code if actor else None) == code


def test_a_word_the_tagger_types_as_a_date_or_a_language_names_no_person() -> None:
    on = date(2017, 6, 1)
    # "rose in May": the month is no Theresa May, whether or not the tagger typed it.
    for typed in ((3, "DATE"), None):
        doc = _one_sentence(["Spending", "rose", "in", "May"], typed)
        assert resolve_span(doc[3:4], EntityIndex(()), on) is None
    doc = _one_sentence(["Voters", "speak", "English"], (2, "LANGUAGE"))
    assert resolve_span(doc[2:3], EntityIndex(()), on) is None
    # Untyped and with no word of time before it, the name is the person's.
    doc = _one_sentence(["Officials", "met", "May"])
    actor = resolve_span(doc[2:3], EntityIndex(()), on)
    assert actor is not None and actor.country == "GBR"


@pytest.mark.parametrize(("home", "code"), [("USA", "USA"), ("RUS", "GEO"), (None, "GEO")])
def test_a_region_that_bears_a_states_name_is_the_region_in_a_story_of_its_country(home: str | None, code: str) -> None:
    doc = _one_sentence(["Voters", "in", "Georgia", "rallied"])
    # The article's people and places: the home country named three times over any other.
    entities = EntityIndex(
        [Entity(f"e{i}", "Somewhere", "GPE", ((i, i + 1),), home, home) for i in range(3)] if home else []
    )
    actor = resolve_span(doc[2:3], entities, date(2016, 5, 1))
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (["Horn", "of", "Africa"], "EAF"),  # a region named with a Hungarian premier's surname
        (["the", "Horn"], None),
        (["Horn"], "HUNELI"),  # alone, the surname is still the person's
        (["Merkel", "of", "Germany"], "DEUGOV"),  # an "of" phrase naming a country keeps the person
    ],
)
def test_a_bare_surname_heading_a_place_name_is_not_the_person(words: list[str], code: str | None) -> None:
    actor = resolve_words(words, date(2016, 9, 1))
    assert (actor.code if actor else None) == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("F.B.I.", "USACOP"), ("the C.I.A.", "USASPY"), ("N.A.T.O.", "IGOWSTNAT"), ("U.S.", "USA"), ("the Fed", "USAGOV")],
)
def test_abbreviations_with_points_are_the_abbreviation(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Middle East", "MEA"),
        ("Latin America", "LAM"),
        # Part of Latin America, not "America" (the United States).
        ("Central America", "LAM"),
        ("Gulf states", "PGS"),
        ("Western powers", "WST"),
    ],
)
def test_world_regions_take_their_cameo_region_code(phrase: str, code: str) -> None:
    coded = telex.code_actor(phrase)
    assert (coded["code"], coded["country"]) == (code, None)


def test_a_place_called_western_is_no_region() -> None:
    assert telex.code_actor("Western Cambodia")["code"] == "KHM"
    assert telex.code_actor("Asian American voters")["country"] == "USA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Oneida Indian Nation", None),  # Native Americans, not India
        ("Indian tribes", None),
        ("American Indians", "USA"),
        ("West Indian immigrants", None),
        ("the Indian nation", "IND"),  # lower-case: India's own
        ("Indian officials", "IND"),
    ],
)
def test_a_demonym_beside_a_word_of_another_people_is_not_its_country(text: str, country: str | None) -> None:
    actor = _resolve(text)
    assert (actor.country if actor else None) == country


class _Keyboard(io.BytesIO):
    """Standard input at a terminal: what the user types."""

    def isatty(self) -> bool:
        return True


def test_actor_command_reading_a_terminal_says_it_waits_for_records() -> None:
    typed = _Keyboard(json.dumps({"text": "Kenyan farmers"}).encode() + b"\n")
    result = CliRunner().invoke(main, ["actor", "--input-format", "jsonl"], input=typed)
    assert result.exit_code == 0 and json.loads(result.stdout)["code"] == "KENAGR"
    assert result.stderr.startswith("telex: reading records from standard input")
    piped = CliRunner().invoke(main, ["actor", "--input-format", "jsonl"], input=typed.getvalue())
    assert piped.exit_code == 0 and piped.stderr == ""


def test_actor_command_jsonl_with_a_byte_order_mark_and_crlf_reads_every_line(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"  # as Notepad saves UTF-8
    records.write_bytes(b"\xef\xbb\xbf" + b'{"text": "Kenyan farmers"}\r\n{"text": "Egyptian riot police"}\r\n')
    for args, given in ((["actor", "--input-format", "jsonl", str(records)], None),
                        (["actor", "--input-format", "jsonl"], records.read_bytes())):
        result = CliRunner().invoke(main, args, input=given)
        assert result.exit_code == 0, result.output
        assert [json.loads(line)["code"] for line in result.stdout.splitlines()] == ["KENAGR", "EGYCOP"]


def _hyphenated(words: list[tuple[str, str]], joined: frozenset[int]) -> Doc:
    """A phrase of (word, tag) rows headed by its last word, with no space after the indexes in ``joined``."""
    last = len(words) - 1
    rows: list[Row] = [(w, last, "amod", "ADJ", tag, w.lower()) for w, tag in words[:-1]]
    rows.append((words[-1][0], last, "ROOT", "NOUN", words[-1][1], words[-1][0].lower()))
    return hand_parsed(rows, joined=joined)


def test_a_hyphenated_word_the_tagger_splits_is_read_whole() -> None:
    on = date(2016, 4, 28)
    # "the Democratic front-runner" is a party's candidate; "pro-Russia rebels" are no Russians.
    runner = _hyphenated([("the", "DT"), ("Democratic", "JJ"), ("front", "JJ"), ("-", "HYPH"), ("runner", "NN")],
                         frozenset({2, 3}))
    actor = resolve_span(runner[0:5], EntityIndex(()), on)
    assert actor is not None and actor.code == "USAPTY"
    rebels = _hyphenated([("pro", "JJ"), ("-", "HYPH"), ("Russia", "NNP"), ("rebels", "NNS")], frozenset({0, 1}))
    actor = resolve_span(rebels[0:4], EntityIndex(()), on)
    assert actor is not None and (actor.country, actor.sector) == (None, "REB")
    # "a United Nations-supervised mediation": the participle says what the name did; the name stays one.
    supervised = _hyphenated([("United", "NNP"), ("Nations", "NNP"), ("-", "HYPH"), ("supervised", "VBN")],
                             frozenset({1, 2}))
    actor = resolve_span(supervised[0:4], EntityIndex(()), on)
    assert actor is not None and actor.code == "IGOUNO"


def test_a_hyphenated_nationality_is_of_its_last_part() -> None:
    on = date(2015, 12, 22)
    # "The Afro-Colombian journalist" is Colombian, "a Mexican-American voter" American; "Pro-Russian rebels" stay no
    # Russians at the head of a sentence too.
    journalist = _hyphenated([("The", "DT"), ("Afro", "JJ"), ("-", "HYPH"), ("Colombian", "JJ"), ("journalist", "NN")],
                             frozenset({1, 2}))
    actor = resolve_span(journalist[0:5], EntityIndex(()), on)
    assert actor is not None and actor.code == "COLMED"
    voter = _hyphenated([("a", "DT"), ("Mexican", "JJ"), ("-", "HYPH"), ("American", "JJ"), ("voter", "NN")],
                        frozenset({1, 2}))
    actor = resolve_span(voter[0:5], EntityIndex(()), on)
    assert actor is not None and actor.country == "USA"
    rebels = _hyphenated([("Pro", "JJ"), ("-", "HYPH"), ("Russian", "JJ"), ("rebels", "NNS")], frozenset({0, 1}))
    actor = resolve_span(rebels[0:4], EntityIndex(()), on)
    assert actor is not None and (actor.country, actor.sector) == (None, "REB")


def test_actor_command_jsonl_reads_gzipped_files_and_says_when_one_is_cut_short(tmp_path: Path) -> None:
    import gzip

    lines = json.dumps({"text": "Kenyan farmers"}) + "\n" + json.dumps({"text": "Egyptian riot police"}) + "\n"
    packed = gzip.compress(lines.encode())
    whole = tmp_path / "records.jsonl.gz"
    whole.write_bytes(packed)
    result = CliRunner().invoke(main, ["actor", "--input-format", "jsonl", str(whole)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["code"] for line in result.stdout.splitlines()] == ["KENAGR", "EGYCOP"]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    broken = CliRunner().invoke(main, ["actor", "--input-format", "jsonl", str(cut)])
    assert broken.exit_code == 1 and "not a complete gzip file" in broken.stderr
