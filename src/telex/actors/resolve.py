"""Code a mention of a parsed article as a CAMEO actor: by the article's entity it belongs to, else by its words, read
with the article around it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Span

from telex.actors.name_edges import month_here
from telex.actors.names import nationality_compound
from telex.actors.namesakes import not_a_stranger, taken_for_another
from telex.actors.phrases import GROUP_NOUNS, resolve_words
from telex.actors.regions import home_region, in_region
from telex.actors.table import Actor, actor_table
from telex.actors.word_lists import POSSESSIVES
from telex.entity_index import WHOLE_STORY, EntityIndex
from telex.nlp.cached import text_of
from telex.records import Entity

# Named-entity types of a head word that names no actor whatever a table says of the word: a month ("in May" is no
# Theresa May), a language ("English" is no Bill English), an amount ("Canadian dollars").
_NOT_ACTORS = frozenset({"DATE", "TIME", "LANGUAGE", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def is_korea_story(doc: Doc) -> bool:
    """Whether "the North" and "the South" stand for the two Koreas in this article."""
    cached = doc.user_data.get("telex_korea")
    if cached is None:
        text = text_of(doc)
        cached = "Korea" in text or "Pyongyang" in text
        doc.user_data["telex_korea"] = cached
    return bool(cached)


def resolve_span(span: Span, entities: EntityIndex, on: date | None) -> Actor | None:
    """Code a mention: the entity it belongs to if that is coded, else its words."""
    region = home_region(span, entities)
    if region is not None:
        return region
    entity = entities.at(span.start_char, span.end_char)
    if entity and entity.code and _covers(span, entity.mentions):
        return _own_sector(span, entity, on) or Actor(entity.name, entity.code, entity.country, entity.sector)
    if span.root.ent_type_ in _NOT_ACTORS:
        return None
    around = span.doc[max(0, span.start - 1) : span.end + 1]
    if len(span) == 1 and month_here([t.text for t in around], span.start - around.start):
        return None  # "went from 166 in May": the tagger left the month untyped
    words = _hyphen_joined(span)
    actor = resolve_words(words, on, is_korea_story(span.doc))
    if actor is None and entity is not None and entity.sector and not entity.code and _covers(span, entity.mentions):
        # "Grassley" after "Sen. Chuck Grassley": the person's title gave a sector but no country.
        return Actor(entity.name, None, None, entity.sector)
    if actor is not None and actor.code is None and span.root.pos_ not in ("NOUN", "PROPN"):
        return None  # "military" in "military occupation" describes the act; it names no actor
    if actor is None or actor.code is None:
        exemplified = _exemplified(span, actor, entities, on)
        if exemplified is not None:
            return exemplified
    if actor is None and entity is not None and _by_common_surname(span, entity):
        # "Johnson's agency" after "Homeland Security Secretary Jeh Johnson", "Cook declined" after "Peter Cook": a
        # common surname alone names nobody of the tables, but the article's person, coded or not.
        return Actor(entity.name, entity.code, entity.country, entity.sector)
    if actor is not None and entity is not None and taken_for_another(span, entity, actor, entities):
        # "welcomed Khan's election" after "London's mayor Sadiq Khan": the article's Khan, not Imran Khan;
        # "Jordan Peterson" is no kingdom.
        return Actor(entity.name, entity.code, entity.country, entity.sector)
    if len(text_of(span.doc)) >= WHOLE_STORY:
        actor = not_a_stranger(words, actor, entities, on)
    return in_region(span, actor, entities)


def _own_sector(span: Span, entity: Entity, on: date | None) -> Actor | None:
    """A mention of a state's entity whose own words name a sector of that state keeps it: "the White House" that the
    tagger's entity of the United States takes in with "Americans" is USAGOV, "Muslim Americans" USAREL; not a phrase
    of a person's relatives or belongings ("Mr. Cruz's Cuba-born father")."""
    if entity.code != entity.country or any(t.text in POSSESSIVES for t in span):
        return None
    own = resolve_words(_hyphen_joined(span), on, is_korea_story(span.doc))
    return own if own is not None and own.country == entity.country and own.sector else None


def _by_common_surname(span: Span, entity: Entity) -> bool:
    """The article's person is called inside the phrase by a common surname alone (common_surnames.tsv)."""
    text = text_of(span.doc)
    common = actor_table().common_surnames
    return entity.type == "PERSON" and any(
        span.start_char <= s and e <= span.end_char and text[s:e].strip().lower() in common for s, e in entity.mentions
    )


def _hyphen_joined(span: Span) -> list[str]:
    """The words of a mention as the actor tables and ``words_of`` spell them: the tagger splits a hyphenated word
    ("front", "-", "runner"; "pro", "-", "Russian"), which is one ("the Democratic front-runner" is a party's
    candidate, "pro-Russian rebels" are not Russian). A participle after the hyphen says what the name before it did
    to the noun, and the name stays a word of its own ("a United Nations-supervised mediation", "Mexican-made
    goods", "Saudi-led forces")."""
    words: list[str] = []
    tokens = list(span)
    glued = False
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        hyphen = token.text == "-" and k > 0 and not tokens[k - 1].whitespace_ and not token.whitespace_
        if glued:
            words[-1] += token.text
            glued = False
        elif hyphen and after is not None and after.tag_ not in _PARTICIPLES:
            words[-1] += "-"
            glued = True
        else:
            words.append(token.text)
    return [nationality_compound(w) for w in words]


# Tags of a participle after a hyphen ("-supervised", "-backed", "-leaning").
_PARTICIPLES = frozenset({"VBN", "VBD", "VBG"})


def _exemplified(span: Span, actor: Actor | None, entities: EntityIndex, on: date | None) -> Actor | None:
    """A group known by its sector alone, or by a group noun, is who its first example is: "terrorist groups such as
    al-Qaeda", "rebel groups including the Free Syrian Army". The group's own sector, if it has one, is theirs
    ("politicians like John Kerry" are politicians), unless it is that of unidentified armed men, whom the example
    identifies ("terrorist groups such as Hamas" are Hamas)."""
    example = _named_example(span, entities, on)
    if example is None or (actor is None and span.root.lemma_.lower() not in GROUP_NOUNS):
        return None
    own = actor.sector if actor is not None and actor.sector != "UAF" else None
    if not own or own == example.sector or not example.country:
        return example
    return Actor(example.name, example.country + own, example.country, own)


def _named_example(span: Span, entities: EntityIndex, on: date | None) -> Actor | None:
    """The first example the phrase's head is given ("such as X", "including X", "like X"), when it is coded with a
    country or an organisation's code."""
    for prep in span.root.children:
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.dep_ != "prep" or not (such_as or prep.lower_ in ("including", "like")):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")):
            example = resolve_span(span.doc[obj.left_edge.i : obj.i + 1], entities, on)
            if example is not None and example.code:
                return example
    return None


def _covers(span: Span, mentions: Sequence[tuple[int, int]]) -> bool:
    """The entity's mention is the head of ``span`` rather than a modifier inside it."""
    root = span.root
    return any(start <= root.idx < end for start, end in mentions)
