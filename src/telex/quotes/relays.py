"""Statements relayed by a news medium phrased as an attribution: "“…,” Zarif said, quoted by state television",
"Zarif said …, according to the IRNA news agency", "Zarif said …, CNN reported", "according to a report by The
Times, Zarif said …". The statement is the speaker's, the medium the outlet it passed through, not an outer report by
the medium (as "according to a diplomat" or "the ministry said" are). So too a statement passed on by a text or record
no one speaks as ("according to excerpts of his speech", "according to court records"), through no outlet."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from telex.ingest.outlets import canonical_outlet, masthead_words, news_media, outlet_pattern
from telex.nlp.cached import text_of
from telex.quotes.attribution import Attribution
from telex.quotes.cues import QUOTING
from telex.quotes.grammar import phrase_alone
from telex.quotes.lexicon import medium_texts
from telex.quotes.media_texts import medium_author
from telex.quotes.subjects import can_speak, speaker_span

# Cue phrases that relay what their content says when their source is a news medium.
_RELAY_PHRASES = frozenset({"according to", "as reported by", "quoted by", "cited by"})
# Verbs by which a news medium passes on what its content holds: it quotes, cites or reports another's words.
_RELAY_VERBS = QUOTING | {"report"}


def relayed_through(a: Attribution) -> str | None:
    """The outlet ``a`` relays a statement through, when ``a`` is a relay by a news medium; else None."""
    source = a.speaker
    if source is None:
        return None
    if a.cue_token.lemma_.lower() not in _RELAY_VERBS and " ".join(a.cue.lower().split()) not in _RELAY_PHRASES:
        return None
    author = medium_author(source)
    if author is not None:
        return author  # "according to a report by The Times", "an Associated Press account"
    start, end = speaker_span(source)
    phrase = text_of(source.doc)[start:end]
    named = outlet_pattern().search(phrase)
    head = source.idx - start
    medium = news_media().get(source.lemma_.lower())
    if named is not None and (named.start() <= head < named.end() or medium is not None):
        # "according to Reuters", "the IRNA news agency"; not "a Reuters survey", which is data, not a relay.
        return canonical_outlet(named.group()) or named.group()
    words = phrase.split()
    bare = " ".join(words[1:] if words[0].lower() in ("the", "a", "an") else words)
    if _masthead(source):
        return bare  # "according to the Philippine Star", "GMA News reported": a paper outlets.tsv does not list
    if medium is None or (medium and medium not in phrase.lower().split()):
        return None
    return bare


def _masthead(head: Token) -> bool:
    """Whether ``head`` ends the name of a newspaper or news service: a proper noun of ``mastheads.tsv`` after "the"
    or another proper noun, named as no person ("the Las Vegas Sun", "GMA News"; not "Chris Sun")."""
    if head.pos_ != "PROPN" or head.text not in masthead_words() or head.ent_type_ == "PERSON" or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return before.head.i == head.i and (before.pos_ == "PROPN" or before.lower_ == "the")


def split_relays(attributions: Sequence[Attribution]) -> tuple[list[Attribution], dict[int, tuple[str, ...]]]:
    """The attributions without the relays by a news medium, or by a text no one speaks as, that hold another's
    statement, and, by the index of each held report's cue token, the outlets it passed through."""
    kept: list[Attribution] = []
    relayed: dict[int, tuple[str, ...]] = {}
    for a in attributions:
        outlet = relayed_through(a)
        # Only a relay is checked for the reports it holds.
        held = [
            b.cue_token.i
            for b in (attributions if outlet is not None or _text_relay(a) else ())
            if b.cue_token.i != a.cue_token.i and _passes_on(b) and _heads(b, a) and b.speaker is not None
        ]
        held = held or _tagged_quotations(a, attributions)
        if not held:
            kept.append(a)
            continue
        if outlet is None:
            continue  # a text no one speaks as, or any source of a tagged quotation: the statement is its speaker's
        for i in held:
            if outlet not in relayed.get(i, ()):
                relayed[i] = (*relayed.get(i, ()), outlet)
    return kept, relayed


def _tagged_quotations(relay: Attribution, attributions: Sequence[Attribution]) -> list[int]:
    """The cue tokens of the quotations ``relay`` holds that carry a tag of their own, cue and speaker after the
    closing mark ("“I'll be voting,” Welch said, according to Vermont Edition"; "“…,” Gowdy spokesman Jamal Ware said
    in a statement, according to The Blaze"; "“…,” Grayson said, according to Frankel"): whoever the relay's source
    is, a medium no table lists or one who heard it, the quoted words are the tagged speaker's statement, as quote
    trackers count them. A report it holds of no quotation ("Zarif said the talks failed, according to a diplomat")
    stays the source's, since a name there may be anyone's."""
    if " ".join(relay.cue.lower().split()) not in _RELAY_PHRASES:
        return []
    text = text_of(relay.cue_token.doc)
    return [
        b.cue_token.i
        for b in attributions
        if b is not relay and b.speaker is not None and _heads(b, relay) and _tagged(text, b)
    ]


def _tagged(text: str, a: Attribution) -> bool:
    """Whether ``a`` reports a whole quotation before its speaker and cue: the words from its content up to its
    speaker open on a quote mark and close on one ("“…,” Welch said")."""
    if a.speaker is None:
        return False
    speaker = speaker_span(a.speaker)[0]
    words = text[a.start : speaker].strip().rstrip(",")
    opened = words[:1] in _OPENING or text[max(0, a.start - 2) : a.start].strip()[-1:] in _OPENING
    return a.end <= speaker < a.cue_token.idx + 1 and len(words) > 2 and opened and words[-1] in _CLOSING


_OPENING = "“\"'‘"
_CLOSING = "”\"'’"


def _text_relay(a: Attribution) -> bool:
    """Whether ``a`` is a relay phrase whose source is a text or record that no one speaks as ("according to court
    records, Smith said …", "“…,” the president will say, according to excerpts of his speech"): the statement it
    holds is its speaker's, the text only how it came. A source that can speak ("according to a
    diplomat") reports what it holds, and a name may be anyone's, so both stay the outer report."""
    source = a.speaker
    if source is None or " ".join(a.cue.lower().split()) not in _RELAY_PHRASES:
        return False
    # Someone's own account is their statement: "according to an account he gave", "according to her account".
    owned = any(c.dep_ in ("poss", "relcl") for c in source.children) or source.lemma_.lower() in medium_texts()
    return source.pos_ == "NOUN" and source.ent_type_ == "" and not can_speak(source) and not owned


def _passes_on(held: Attribution) -> bool:
    """Whether ``held`` is words said that a medium may pass on: a statement whose content is a clause or holds a
    quotation. What a medium reports of a plan, a belief or a deed ("Politico reported that Brock was planning to call
    on …"), or of a statement it names by its object ("As BuzzFeed News reported, Trump voiced support for the war"),
    is its own report."""
    return held.class_ == "speech" and not phrase_alone(held.cue_token.doc, (held.start, held.end))


def _heads(held: Attribution, relay: Attribution) -> bool:
    """Whether the cue of ``held`` heads what ``relay`` relays: it lies in the relay's content and, past the other
    words of its own cue ("made clear"), hangs on nothing inside it ("Zarif said …, CNN reported", "Francis made clear
    that …, according to Reuters"), not a report deeper in content that is the medium's own ("Politico reported that
    Brock was planning to call on the senator to …", "according to a Post analysis, Sanders would need 159
    superdelegates supporting Clinton"). A head in the held report's own content is the parser's (below)."""
    cue = held.cue_token
    if not relay.start <= cue.idx < relay.end:
        return False
    words = held.cue.split()
    while cue.head.i != cue.i and cue.head.text in words:
        cue = cue.head
    head = cue.head
    # The parser often hangs a report that follows its content on the content's own verb: "Putin and Kim signed a
    # treaty …, notes the Associated Press, quoted by BTA" ("notes" on "signed").
    own = held.start <= head.idx < held.end
    return head.i == cue.i or own or not relay.start <= head.idx < relay.end
