"""Turn a speaker phrase into a ``Speaker``: a named actor where the article makes it clear.

"she", "the spokesman", "the expert" resolve to the person the article named; otherwise a role phrase
keeps its own words with the organisation and country inside it ("a US State Department official").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from telex.entities.index import EntityIndex
from telex.nlp.cached import text_of
from telex.nlp.sentences import sentence_index, sentence_of_token
from telex.quotes.attribution import antecedent, speaker_span
from telex.quotes.lexicon import SpeakerWord, speaker_words
from telex.records import Entity, Speaker

# How far back (in characters) a pronoun or role noun may look for the actor it stands for.
_PRONOUN_REACH = 1500
_ROLE_REACH = 4000
_ROLE_CONTEXT = 80
_OWNERS = frozenset({"its", "their"})


def _from_entity(text: str, start: int, end: int, entity: Entity) -> Speaker:
    return Speaker(text, start, end, entity.name, entity.id, entity.affiliation, entity.country)


def _role_mentioned_near(doc: Doc, mention: tuple[int, int], word: str) -> bool:
    """Whether ``word`` describes the person at ``mention`` ("spokesman John Kirby", "Kirby, the spokesman")."""
    window = text_of(doc)[max(0, mention[0] - _ROLE_CONTEXT) : mention[1] + _ROLE_CONTEXT].lower()
    return word in window


def _earlier_actor(
    doc: Doc, start: int, types: Sequence[str], entities: EntityIndex, previous: Sequence[Speaker], reach: int
) -> Entity | None:
    """The last quoted actor of a fitting type nearby, else the nearest preceding mention of one.

    A newcomer introduced as the subject of the sentence before (or of this one) after the last quote wins
    over the last speaker: "Its minister, Jeyhun Bayramov, was more cautious. “…,” he said."
    """
    nearest = next(iter(entities.mentions_before(start, types)), None)
    if nearest is not None and start - nearest[0][1] > reach:
        nearest = None
    for speaker in reversed(previous):
        if speaker.entity_id and speaker.start < start and start - speaker.end <= reach:
            entity = entities.by_id.get(speaker.entity_id)
            if entity is not None and entity.type in types:
                if nearest is not None and nearest[1].id != entity.id and _introduced(doc, nearest[0], speaker, start):
                    return nearest[1]
                return entity
            break
    return nearest[1] if nearest is not None else None


def _introduced(doc: Doc, mention: tuple[int, int], speaker: Speaker, start: int) -> bool:
    """Whether ``mention`` comes after ``speaker`` as a subject in the same or the previous sentence."""
    if mention[0] < speaker.end or sentence_index(doc, mention[0]) < sentence_index(doc, start) - 1:
        return False
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.dep_ == "appos":
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _country_and_affiliation(words: list[str], on: date | None) -> tuple[str | None, str | None]:
    """Country and organisation named inside a role phrase, via the actor tables when they exist."""
    try:
        from telex.actors.resolve import resolve_words
    except ImportError:  # the actor tables are optional for quote extraction
        return None, None
    try:
        actor = resolve_words(words, on)
    except (OSError, KeyError, FileNotFoundError):
        return None, None
    if actor is None:
        return None, None
    affiliation = actor.name if actor.name and actor.code != actor.country else None
    return actor.country, affiliation


def resolve_speaker(
    head: Token,
    span: tuple[int, int],
    entities: EntityIndex,
    previous: Sequence[Speaker],
    published: date | None = None,
) -> Speaker:
    """The actor behind the speaker phrase ``span`` whose syntactic head is ``head``."""
    doc = head.doc
    start, end = span
    text = text_of(doc)[start:end]
    noun = antecedent(head)
    if noun is not None:
        # "Cruz, who said …": the mention is "who", the actor is whoever the noun before it names.
        actor = resolve_speaker(noun, speaker_span(noun), entities, previous, published)
        return replace(actor, text=text, start=start, end=end)
    word = speaker_words().get(head.lower_) or speaker_words().get(head.lemma_.lower())
    if word is None or word.kind != "pronoun":
        entity = entities.at(head.idx, head.idx + len(head)) or _apposed_person(head, entities)
        if entity is None and word is None and head.pos_ == "PROPN":
            entity = person_called(head.text, entities)  # a surname in a headline the entity step left out
        if entity is not None:
            return _from_entity(text, start, end, entity)
    if word is not None and word.kind == "pronoun" and word.plural:
        group = _plural_subject(head)
        return Speaker(text, start, end, group) if group else Speaker(text, start, end)
    if word is not None and word.kind == "pronoun":
        entity = _earlier_actor(doc, start, word.types, entities, previous, _PRONOUN_REACH)
        if entity is not None:
            return _from_entity(text, start, end, entity)
        return Speaker(text, start, end)
    if word is not None and word.kind == "role" and head.tag_ in ("NNS", "NNPS"):
        pass  # "the officials", "the two parties": several actors, not the one the article named
    elif word is not None and word.kind == "role" and "PERSON" not in word.types:
        named = _named_organisation(doc, start, word, entities)
        if named is not None:
            return _from_entity(text, start, end, named)
    elif word is not None and word.kind == "role":
        named = _named_role(doc, start, word.word, entities)
        if named is not None:
            return _from_entity(text, start, end, named)
    words = [t.text for t in doc[head.left_edge.i : head.i + 1]]
    country, affiliation = _country_and_affiliation(words, published)
    inner = [e for t in doc[head.left_edge.i : head.i] if (e := entities.at(t.idx, t.idx + len(t)))]
    if affiliation is None:
        affiliation = next((e.name for e in inner if e.type in ("ORG", "NORP", "GPE")), None)
    if country is None:
        country = next((e.country for e in inner if e.country), None)
    owner = _possessor(head, entities, previous)
    if owner is not None:
        # "Its foreign policy chief said": the role belongs to the body the article just named.
        affiliation = affiliation or owner.name
        country = country or owner.country
    return Speaker(text, start, end, text, None, affiliation, country)


def _possessor(head: Token, entities: EntityIndex, previous: Sequence[Speaker]) -> Entity | None:
    """The organisation or state an "its"/"their" before a role noun stands for."""
    pronoun = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNERS), None)
    if pronoun is None:
        return None
    return _earlier_actor(head.doc, pronoun.idx, ("ORG", "GPE"), entities, previous, _PRONOUN_REACH)


def _named_role(doc: Doc, start: int, role: str, entities: EntityIndex) -> Entity | None:
    """An earlier person the article gave the role ("the spokesman" after "spokesman John Kirby")."""
    if not text_of(doc)[start:].lower().startswith("the "):
        return None  # "a spokesman" is someone the article does not name
    for mention, entity in entities.mentions_before(start, ("PERSON",)):
        if start - mention[1] > _ROLE_REACH:
            break
        if _role_mentioned_near(doc, mention, role) or (entity.affiliation and role in entity.affiliation.lower()):
            return entity
    return None


def _plural_subject(pronoun: Token) -> str | None:
    """The plural subject before ``pronoun`` in its sentence that "they" stands for ("The three governments")."""
    sent = sentence_of_token(pronoun)
    for token in reversed(sent[: pronoun.i - sent.start]):
        # A noun root is a subject the parser mistook for a fragment ("The governments announced …").
        subject = token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN"))
        if not subject or token.pos_ == "PRON":
            continue
        if token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children):
            last = token if token.dep_ == "ROOT" else token.right_edge
            start, end = token.left_edge.idx, last.idx + len(last)
            return text_of(pronoun.doc)[start:end]
    return None


def _named_organisation(doc: Doc, start: int, word: SpeakerWord, entities: EntityIndex) -> Entity | None:
    """The organisation "the bloc" or "the ministry" stands for: one whose name holds the word, else the nearest."""
    if not text_of(doc)[start:].lower().startswith("the "):
        return None  # "a ministry" is one the article does not name
    nearest: Entity | None = None
    for mention, entity in entities.mentions_before(start, word.types):
        if start - mention[1] > _ROLE_REACH:
            break
        if word.word in entity.name.lower():
            return entity
        if nearest is None and start - mention[1] <= _PRONOUN_REACH:
            nearest = entity
    return nearest


def person_called(label: str, entities: EntityIndex) -> Entity | None:
    """The person the article names in full whose surname is the last word of ``label`` ("Lavrov:")."""
    words = label.split()
    if not words:
        return None
    last = words[-1].lower()
    return next((e for e in entities if e.type == "PERSON" and e.name.split()[-1].lower() == last), None)


def _apposed_person(head: Token, entities: EntityIndex) -> Entity | None:
    """The person named beside a role: "the party's candidate Maria Costa", "its leader, Ana Lis"."""
    for child in head.rights:
        if child.dep_ == "appos":
            entity = entities.at(child.idx, child.idx + len(child))
            if entity is not None and entity.type == "PERSON":
                return entity
    return None
