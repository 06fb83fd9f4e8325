"""Frozen output records: what leaves the pipeline, with ``to_dict()`` matching DESIGN.md's contract.

No spaCy object is referenced here, so records cross into storage, the REST API and distributed
workers unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, get_args

from telex.errors import InputError
from telex.isodate import parse_date

Span = tuple[int, int]
# What an event's ``modality`` can be (DESIGN.md): the type for the REST API's schema, the tuple for checks and choices.
Modality = Literal["asserted", "alleged", "denied", "negated", "hypothetical", "intended"]
MODALITIES: tuple[str, ...] = get_args(Modality)


@dataclass(frozen=True)
class Article:
    """One input article; ``text`` is what every output offset indexes. ``published`` may be given as a
    ``date``, a ``datetime`` or "YYYY-MM-DD" and is kept as a ``date``; an ``id`` that is a number is kept as its
    text (ids are text in every output and store)."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    warnings: tuple[str, ...] = ()
    author: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", article_id(self.id))
        if self.published is not None and type(self.published) is not date:
            object.__setattr__(self, "published", parse_date(self.published))


def article_id(given: object) -> str:
    """An article's id as the text every output and store keeps: a str as it is, a number as its text; anything
    else (a list, a dict, ``True``) an ``InputError``, as it was kept as its Python form ("[1]")."""
    if isinstance(given, str):
        return given
    if isinstance(given, int | float) and not isinstance(given, bool):
        return str(given)
    raise InputError(f"an article's id is text (or a number), not {type(given).__name__} {given!r}")


@dataclass(frozen=True)
class Failure:
    """A record that could not be read or analysed, reported in its place in a batch."""

    id: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.error}


@dataclass(frozen=True)
class Entity:
    """One real actor of the article with every mention of it."""

    id: str
    name: str
    type: str
    mentions: tuple[Span, ...]
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    affiliation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "affiliation": self.affiliation,
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(frozen=True)
class Speaker:
    """The mention that introduces a quote and the actor it resolves to."""

    text: str
    start: int
    end: int
    name: str | None = None
    entity_id: str | None = None
    affiliation: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "entity_id": self.entity_id,
            "affiliation": self.affiliation,
            "country": self.country,
        }


@dataclass(frozen=True)
class Quote:
    """An attributed statement: ``start``/``end`` delimit its content in the article text."""

    id: str
    kind: str  # direct | indirect | mixed
    text: str
    start: int
    end: int
    cue: str | None
    speaker: Speaker | None
    sentence: int
    via: tuple[str, ...] = ()
    continues: str | None = None  # the id of the previous piece of the same statement
    class_: str = "speech"  # speech | belief | knowledge | document: what the source is (``class`` in dicts)
    headline: bool = False  # whether it stands in the article's headline, not its body

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "class": self.class_,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "via": list(self.via),
            "sentence": self.sentence,
            "continues": self.continues,
            "headline": self.headline,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """The quote of a ``to_dict()`` form; a dict written before ``class``, ``continues`` and ``headline`` existed
        is speech, of the body."""
        fields = {k: v for k, v in data.items() if k != "class"}
        speaker = Speaker(**data["speaker"]) if data.get("speaker") else None
        via = tuple(data.get("via", ()))
        return cls(**{**fields, "speaker": speaker, "via": via, "class_": data.get("class", "speech")})


@dataclass(frozen=True)
class ActorRef:
    """An event participant coded to CAMEO conventions."""

    text: str
    name: str | None
    code: str | None
    country: str | None
    sector: str | None
    entity_id: str | None = None

    @property
    def cameo_code(self) -> str | None:
        """The code as output: an actor known only by its sector is coded with it ("COP", "REB")."""
        return self.code or (self.sector if self.country is None else None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.cameo_code,
            "country": self.country,
            "sector": self.sector,
            "entity_id": self.entity_id,
        }


@dataclass(frozen=True)
class Trigger:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Event:
    """One coded interaction with the evidence that proves it."""

    id: str
    cameo: str
    cameo_root: str
    plover: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    source: tuple[ActorRef, ...]
    target: tuple[ActorRef, ...]
    modality: str
    trigger: Trigger
    sentence: int
    confidence: float
    date: str | None = None
    date_text: str | None = None
    reported_by: str | None = None
    mentions: int = 1
    date_source: str | None = None  # "text" when the words date the event, "published" for the fallback

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "modality": self.modality,
            "reported_by": self.reported_by,
            "date": self.date,
            "date_text": self.date_text,
            "date_source": self.date_source,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence,
            "confidence": self.confidence,
            "mentions": self.mentions,
        }


@dataclass(frozen=True)
class Number:
    """A quantity stated in the article ("more than 11,000 containers of ammunition")."""

    text: str
    value: float
    unit: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"text": self.text, "value": value, "unit": self.unit, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Analysis:
    """Everything telex found in one article."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    language: str | None = None
    source_chain: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = field(default=())
    quotes: tuple[Quote, ...] = field(default=())
    events: tuple[Event, ...] = field(default=())
    numbers: tuple[Number, ...] = field(default=())
    author: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "author": self.author,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "source_chain": list(self.source_chain),
            "text": self.text,
            "warnings": list(self.warnings),
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "numbers": [n.to_dict() for n in self.numbers],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """The analysis of a ``to_dict()`` form: a line of ``telex analyze`` JSONL, its ``--format json`` document, or
        ``POST /api/analyze``'s answer read back with ``json.loads``; ``from_dict(a.to_dict()) == a``."""
        return analysis_from_dict(data)


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    """Rebuild an ``Analysis`` from its ``to_dict()`` form (a stored or exported result)."""

    def actor(a: dict[str, Any]) -> ActorRef:
        return ActorRef(a["text"], a["name"], a["code"], a["country"], a["sector"], a.get("entity_id"))

    return Analysis(
        id=data["id"],
        text=data["text"],
        title=data.get("title"),
        author=data.get("author"),
        url=data.get("url"),
        published=date.fromisoformat(data["published"]) if data.get("published") else None,
        language=data.get("language"),
        source_chain=tuple(data.get("source_chain", ())),
        warnings=tuple(data.get("warnings", ())),
        entities=tuple(
            Entity(**{**e, "mentions": tuple(tuple(m) for m in e["mentions"])}) for e in data.get("entities", ())
        ),
        quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
        events=tuple(
            Event(
                **{
                    **v,
                    "source": tuple(actor(a) for a in v["source"]),
                    "target": tuple(actor(a) for a in v["target"]),
                    "trigger": Trigger(**v["trigger"]),
                }
            )
            for v in data.get("events", ())
        ),
        numbers=tuple(Number(**n) for n in data.get("numbers", ())),
    )
