"""Coreference, once per article: which named actor each pronoun and definite role noun stands for.

One pass over the parse in reading order keeps what a reader keeps: every mention of a named person,
organisation or place so far, who spoke last, each person's gender and roles. A pronoun takes the
nearest actor that agrees with it in gender, number and kind ("she" is never a man or a city; "it" and
"they" may be an organisation); in speaker position it takes the last speaker unless the sentence before
introduced someone new. A role noun ("the expert", "the spokeswoman") takes the person of that role last
introduced or quoted. A definite description ("the country", "the militants", "the two countries") takes the actor
of its kind named in its own sentence or the two before, when one alone fits. Quotes and events read the same links.

This module is the driver: each kind of word has its reader (``pronouns``, ``plurals``, ``role_nouns``,
``organisations``, ``descriptions``), all over one state (``reader``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Token

from telex.coref.descriptions import DescriptionReader, definite_description
from telex.coref.lexicon import Pronoun, descriptions, pronouns
from telex.coref.names import unmarked_surnames
from telex.coref.organisations import OrganisationReader
from telex.coref.plurals import PluralReader
from telex.coref.pronouns import PronounReader
from telex.coref.role_nouns import RoleReader, definite_role, party_member
from telex.entity_index import EntityIndex
from telex.nlp.cached import heads_with, lowers_of, words_of
from telex.records import Entity, Span

_KEY = "telex_coreference"


@dataclass(frozen=True)
class Coreference:
    """The links of one article: token index to the entity id it stands for, or to the character span of a
    plural group of its own sentence ("The three governments … they"), or to the two entities a pair description
    stands for ("the two countries"); and each person's gender."""

    links: Mapping[int, str]
    groups: Mapping[int, Span]
    genders: Mapping[str, str]
    pairs: Mapping[int, tuple[str, str]]
    described: frozenset[int]
    titled: frozenset[int] = frozenset()
    followed: frozenset[int] = frozenset()

    def entity_id(self, token: Token) -> str | None:
        """The id of the entity ``token`` (a pronoun or role noun) stands for, if the article names it."""
        return self.links.get(token.i)

    def group(self, token: Token) -> Span | None:
        """The span of the plural group "they" stands for, if its sentence names one."""
        return self.groups.get(token.i)

    def describes(self, token: Token) -> bool:
        """Whether ``token`` is a definite description linked to what it stands for ("the country" for Iran)."""
        return token.i in self.described

    def holds_role(self, token: Token) -> bool:
        """Whether ``token`` is a role noun linked to a person the article gave that role ("the minister" after
        "Sameh Shoukry, Egypt's foreign minister"), not to one it was only written near."""
        return token.i in self.titled

    def goes_on_with(self, token: Token) -> bool:
        """Whether ``token`` is a role phrase linked to the person the telling goes on with ("Ted Cruz is protesting
        … . The GOP presidential candidate sent out an email"), as a reader reads "he"; not one only written near."""
        return token.i in self.followed

    def pair(self, token: Token) -> tuple[str, str] | None:
        """The ids of the two entities "the two countries" or "both sides" stands for, if the article named them."""
        return self.pairs.get(token.i)


def coreference(doc: Doc, entities: EntityIndex) -> Coreference:
    """The coreference of ``doc`` over ``entities``, computed on first use and kept with the ``Doc``."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and cached[0] is entities:
        found: Coreference = cached[1]
        return found
    result = resolve_coreference(doc, entities)
    doc.user_data[_KEY] = (entities, result)
    return result


def _to_read(doc: Doc, covered: set[int], table: Mapping[str, object]) -> list[Token]:
    """The tokens the pass has anything to do at, in order: a word inside a name (a party member: "the Wisconsin
    Republican"), a pronoun's spelling, a description's noun, a word with a determiner (a role noun after "the"), and
    the last word (the mentions before it are read by then). No other is a pronoun, description or role: read from the
    document's arrays, none of them is made a Token."""
    lowers, words, nouns = lowers_of(doc), words_of(doc), descriptions()
    determined, last = heads_with(doc, ("det",)), len(doc) - 1
    return [
        doc[i]
        for i, start in enumerate(doc.to_array("IDX").tolist())
        if start in covered or lowers[i] in table or words[i] in nouns or i in determined or i == last
    ]


class _Reader(PronounReader, PluralReader, RoleReader, OrganisationReader, DescriptionReader):
    """One pass over an article, reading each kind of word that stands for an actor. Used by one call only."""


def resolve_coreference(doc: Doc, entities: EntityIndex) -> Coreference:
    """Link every pronoun and definite role noun of ``doc`` to the actor it stands for, in reading order."""
    named = [(span, entity) for entity in entities for span in entity.mentions]
    covered = {t for span, _ in named for t in range(span[0], span[1])}
    unmarked = unmarked_surnames(doc, entities, covered)
    reader = _Reader(doc, entities, unmarked)
    extra = [((doc[i].idx, doc[i].idx + len(doc[i])), entity) for i, entity in unmarked.items()]
    pending = sorted(named + extra, key=lambda p: p[0])
    next_mention = 0
    table = pronouns()
    for token in _to_read(doc, covered, table):
        next_mention = _read_mentions(reader, pending, next_mention, token.idx)
        if token.idx in covered:
            if party_member(token, entities):
                reader.member(token)
            continue
        _read_word(reader, token, table)
    return _links_of(reader)


def _read_mentions(reader: _Reader, pending: list[tuple[Span, Entity]], next_mention: int, offset: int) -> int:
    """Read the mentions of named actors in ``pending`` from ``next_mention`` on that end by ``offset``, so that a word
    there is read with every name before it; the index of the first mention left."""
    while next_mention < len(pending) and pending[next_mention][0][1] <= offset:
        span, entity = pending[next_mention]
        found = reader.mention(reader.actor(entity, span), span)
        if found is not None:
            reader.add(found)
        next_mention += 1
    return next_mention


def _read_word(reader: _Reader, token: Token, table: Mapping[str, Pronoun]) -> None:
    """Read a word outside any name by its kind: a pronoun, a definite description ("the country"), or a role noun
    of a person ("the senator") or an organisation ("the company")."""
    word = table.get(token.lower_)
    if word is not None and (token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$")):
        if word.plural:
            reader.plural(token, word)
        else:
            reader.pronoun(token, word)
        return
    description = definite_description(token)
    if description is not None:
        reader.describe(token, description)
        return
    types = definite_role(token, reader.roles, reader.titles)
    if types is not None and "PERSON" in types:
        reader.role(token)
    elif types is not None:
        reader.organisation(token, types)


def _links_of(reader: _Reader) -> Coreference:
    """The links one pass made, frozen."""
    return Coreference(
        MappingProxyType(reader.links),
        MappingProxyType(reader.groups),
        MappingProxyType(reader.genders),
        MappingProxyType(reader.pairs),
        frozenset(reader.descriptions),
        frozenset(reader.titled),
        frozenset(reader.followed),
    )
