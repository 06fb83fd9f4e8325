"""Quote schemes: the class of a quote's source, and the quotes each scheme keeps.

``speech`` (the default) keeps statements made, spoken, written, posted or issued, by persons or
organisations, as readers and quote trackers count quotes. ``attribution`` adds beliefs, knowledge,
documents and data as sources, the way PolNeAR annotates attribution. The classes are a table
(``quote_classes.tsv``); a scheme only filters, so every scheme sees the same speakers and pieces. One class is the
speech scheme's alone: an interview's answer ("Q: … / A: …"), which holds the reports inside it where PolNeAR marks
those reports instead (the attribution scheme reads no interview turns, and so keeps them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from telex.errors import InputError
from telex.quotes.lexicon import scheme_classes
from telex.quotes.verbs import source_noun_class
from telex.records import Quote

DEFAULT_SCHEME = "speech"


def schemes() -> tuple[str, ...]:
    """The names of the quote schemes, the default first."""
    return (DEFAULT_SCHEME, *sorted(s for s in scheme_classes() if s != DEFAULT_SCHEME))


def kept_classes(scheme: str) -> frozenset[str]:
    """The quote classes ``scheme`` keeps; ``InputError`` for a scheme that does not exist."""
    classes = scheme_classes().get(scheme)
    if classes is None:
        raise InputError(f"there is no quote scheme {scheme!r}; choose one of {', '.join(schemes())}")
    return classes


def source_class(cue_class: str, speaker: Token | None) -> str:
    """The class of a quote: a document or an event as the source ("the report found") makes it one,
    whatever the cue; otherwise the cue's own class. An act stays one, whoever does it ("the law bans …")."""
    if cue_class == "act":
        return cue_class
    return (source_noun_class(speaker) if speaker is not None else None) or cue_class


def in_scheme(quotes: Sequence[Quote], scheme: str) -> list[Quote]:
    """The quotes of the classes ``scheme`` keeps, numbered again from Q1, ``continues`` following."""
    classes = kept_classes(scheme)
    renamed: dict[str, str] = {}
    kept: list[Quote] = []
    for quote in quotes:
        if quote.class_ not in classes:
            continue
        renamed[quote.id] = f"Q{len(kept) + 1}"
        continues = renamed.get(quote.continues) if quote.continues is not None else None
        kept.append(replace(quote, id=renamed[quote.id], continues=continues))
    return kept
