"""Quote schemes: the class of a quote's source, and the quotes each scheme keeps.

``speech`` (the default) keeps statements made, spoken, written, posted or issued, by persons or
organisations, as readers and quote trackers count quotes. ``attribution`` adds beliefs, knowledge,
documents and data as sources, the way PolNeAR annotates attribution. The classes are a table
(``quote_classes.tsv``); a scheme only filters, so every scheme sees the same speakers and pieces. One class is the
speech scheme's alone: an interview's answer ("Q: … / A: …"), which holds the reports inside it where PolNeAR marks
those reports instead (the attribution scheme reads no interview turns, and so keeps them).

The speech scheme counts the statements of an article's body, as quote trackers do: a quote that stands in the
headline (``Quote.headline``) is left out, most often a shorter copy of one the body gives. The attribution scheme
keeps it, marked, as PolNeAR annotates headlines. Likewise a statement a news medium relays ("Zarif said …, CNN
reported") is its speaker's in the speech scheme, the medium its outlet; the attribution scheme keeps the medium's
report, as PolNeAR annotates it. And a quoted label ("called it a “Chinese menu”") is the label alone in the speech
scheme, as quote trackers count it; the attribution scheme keeps the object it was said of, as PolNeAR does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from telex.errors import InputError
from telex.quotes.lexicon import scheme_classes
from telex.quotes.verbs import source_noun_class
from telex.records import Event, Quote

DEFAULT_SCHEME = "speech"
# The schemes that count the body's statements only.
_BODY_ONLY = frozenset({"speech"})
# The schemes that give a statement a news medium relays to its speaker, with the medium as its outlet.
_RELAYING = frozenset({"speech"})
# The schemes whose statement of a quoted label is the label alone ("called it a “Chinese menu”").
_LABELLING = frozenset({"speech"})


def schemes() -> tuple[str, ...]:
    """The names of the quote schemes, the default first."""
    return (DEFAULT_SCHEME, *sorted(s for s in scheme_classes() if s != DEFAULT_SCHEME))


def kept_classes(scheme: str) -> frozenset[str]:
    """The quote classes ``scheme`` keeps; ``InputError`` for a scheme that does not exist."""
    classes = scheme_classes().get(scheme)
    if classes is None:
        raise InputError(f"there is no quote scheme {scheme!r}; choose one of {', '.join(schemes())}")
    return classes


def keeps_headline(scheme: str) -> bool:
    """Whether ``scheme`` keeps the quotes that stand in an article's headline."""
    return scheme not in _BODY_ONLY


def reads_relays(scheme: str) -> bool:
    """Whether ``scheme`` gives a statement a news medium relays to the one who made it ("Zarif said …, CNN
    reported": Zarif's, through CNN), as quote trackers count it, rather than keep the medium's report of it."""
    return scheme in _RELAYING


def reads_labels(scheme: str) -> bool:
    """Whether ``scheme`` takes the words a quoted label gives as the statement, without the object they were said of
    ("called it “the least bad option”": “the least bad option”), as quote trackers count it, rather than the object
    and its label together, as PolNeAR annotates it."""
    return scheme in _LABELLING


def source_class(cue_class: str, speaker: Token | None) -> str:
    """The class of a quote: a document or an event as the source ("the report found") makes it one,
    whatever the cue; otherwise the cue's own class. An act stays one, whoever does it ("the law bans …")."""
    if cue_class == "act":
        return cue_class
    return (source_noun_class(speaker) if speaker is not None else None) or cue_class


def in_scheme(quotes: Sequence[Quote], scheme: str) -> list[Quote]:
    """The quotes of the classes ``scheme`` keeps, in the headline too where it keeps that, numbered again from Q1,
    ``continues`` following."""
    return _kept(quotes, scheme)[0]


def with_events_in_scheme(
    quotes: Sequence[Quote], events: Sequence[Event], scheme: str
) -> tuple[list[Quote], list[Event]]:
    """The quotes ``scheme`` keeps, and ``events`` with each ``reported_by`` naming its quote as numbered there, or
    none for a quote the scheme leaves out: a headline's statement is still its speaker's when events are read
    ("Senator: Rival Is a ‘Failure’"), though the speech scheme does not count it among the body's."""
    kept, renamed = _kept(quotes, scheme)
    return kept, [e if e.reported_by is None else replace(e, reported_by=renamed.get(e.reported_by)) for e in events]


def _kept(quotes: Sequence[Quote], scheme: str) -> tuple[list[Quote], dict[str, str]]:
    """The quotes ``scheme`` keeps, numbered again, and the new id of each kept quote by its old one."""
    classes = kept_classes(scheme)
    headline = keeps_headline(scheme)
    renamed: dict[str, str] = {}
    kept: list[Quote] = []
    for quote in quotes:
        if quote.class_ not in classes or (quote.headline and not headline):
            continue
        renamed[quote.id] = f"Q{len(kept) + 1}"
        continues = renamed.get(quote.continues) if quote.continues is not None else None
        kept.append(replace(quote, id=renamed[quote.id], continues=continues))
    return kept, renamed
