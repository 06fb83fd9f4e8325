"""Statements relayed by a news medium phrased as an attribution: "“…,” Zarif said, quoted by state television",
"Zarif said …, according to the IRNA news agency". The statement is the speaker's, the medium the outlet it
passed through, not an outer report by the medium (as "according to a diplomat" or "the ministry said" are)."""

from __future__ import annotations

from collections.abc import Sequence

from telex.ingest.outlets import canonical_outlet, news_media, outlet_pattern
from telex.nlp.cached import text_of
from telex.quotes.attribution import Attribution
from telex.quotes.cues import QUOTING
from telex.quotes.subjects import speaker_span

# Cue phrases that relay what their content says when their source is a news medium.
_RELAY_PHRASES = frozenset({"according to", "as reported by", "quoted by", "cited by"})


def relayed_through(a: Attribution) -> str | None:
    """The outlet ``a`` relays a statement through, when ``a`` is a relay by a news medium; else None."""
    source = a.speaker
    if source is None:
        return None
    if a.cue_token.lemma_.lower() not in QUOTING and " ".join(a.cue.lower().split()) not in _RELAY_PHRASES:
        return None
    start, end = speaker_span(source)
    phrase = text_of(source.doc)[start:end]
    named = outlet_pattern().search(phrase)
    head = source.idx - start
    medium = news_media().get(source.lemma_.lower())
    if named is not None and (named.start() <= head < named.end() or medium is not None):
        # "according to Reuters", "the IRNA news agency"; not "a Reuters survey", which is data, not a relay.
        return canonical_outlet(named.group()) or named.group()
    if medium is None or (medium and medium not in phrase.lower().split()):
        return None
    words = phrase.split()
    return " ".join(words[1:] if words[0].lower() in ("the", "a", "an") else words)


def split_relays(attributions: Sequence[Attribution]) -> tuple[list[Attribution], dict[int, tuple[str, ...]]]:
    """The attributions without the relays by a news medium that hold another report, and, by the index of each
    held report's cue token, the outlets it passed through."""
    kept: list[Attribution] = []
    relayed: dict[int, tuple[str, ...]] = {}
    for a in attributions:
        outlet = relayed_through(a)
        # Only a relay is checked for the reports it holds.
        held = [
            b.cue_token.i
            for b in (attributions if outlet is not None else ())
            if b.cue_token.i != a.cue_token.i and a.start <= b.cue_token.idx < a.end and b.speaker is not None
        ]
        if outlet is None or not held:
            kept.append(a)
            continue
        for i in held:
            if outlet not in relayed.get(i, ()):
                relayed[i] = (*relayed.get(i, ()), outlet)
    return kept, relayed
