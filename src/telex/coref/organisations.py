"""Organisation nouns: "the ministry", "the company" take the body whose name holds the word, else the nearest body of
a kind the word may stand for."""

from __future__ import annotations

from spacy.tokens import Token

from telex.coref.lexicon import organisation_sectors
from telex.coref.reader import PRONOUN_REACH, ROLE_REACH, Mention, Reader
from telex.ingest.outlets import canonical_outlet
from telex.nlp.sentences import sentence_index
from telex.records import Entity


class OrganisationReader(Reader):
    """Reads the nouns of organisations."""

    def organisation(self, token: Token, types: tuple[str, ...]) -> None:
        """ "the ministry": the organisation it stands for (``_named_organisation``)."""
        found = self._named_organisation(token, types)
        if found is not None:
            self.link(token, found)

    def _named_organisation(self, token: Token, types: tuple[str, ...]) -> Entity | None:
        """The organisation "the bloc" or "the ministry" stands for: one whose name or a mention holds the word
        ("the ministry" after "the Swiss Environment Ministry"), else the nearest of a sector the word may stand for
        (``organisation_sectors``: "the company" a company, not the Republican Party; "the campaign" none)."""
        text = self.lower
        # "the federal environment ministry" describes itself: only a mention holding the word is the same body.
        bare = not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.lefts)
        fitting = organisation_sectors().get(token.lower_, frozenset())
        nearest: Entity | None = None
        salient: Entity | None = None
        for mention in self._within(token, ROLE_REACH):
            entity = self.entities.by_id[mention.entity]
            if mention.type in (*types, "GPE") and token.lower_ in text[mention.start : mention.end]:
                # "United Technologies is not hurting … . But the company says": a body named as the subject just
                # before goes on, over one an earlier "the company" was taken for
                return entity if mention.named or salient is None else salient
            if mention.type not in types:
                continue
            if token.lower_ in entity.name.lower():
                return entity
            near = token.idx - mention.end <= PRONOUN_REACH
            if bare and nearest is None and near and _fits(mention, entity, fitting):
                nearest = entity
                salient = entity if self._goes_on(mention, entity, token) else None
        return nearest

    def _goes_on(self, mention: Mention, entity: Entity, token: Token) -> bool:
        """Whether a body is named as the subject of a main clause in the sentence of ``token`` or the one before: the
        telling goes on with it. Not a news outlet, the backdrop that reports ("The Washington Post Fact Checker gave
        Carson two Pinocchios … for dismissing the idea that he had a relationship with the company")."""
        own = sentence_index(self.doc, token.idx)
        fresh = mention.named and mention.main and own - 1 <= mention.sentence <= own
        return fresh and _body_kind(entity) != "MED" and canonical_outlet(entity.name) is None


def _fits(mention: Mention, entity: Entity, fitting: frozenset[str]) -> bool:
    """Whether a body is of a kind a noun may stand for (``organisation_sectors``); "press", for "the newspaper", is a
    body coded as a news medium, an outlet of the tables, or one no table codes that the article shows reporting ("the
    Orlando Sentinel reported": its mention the speaker of a report), named within reach: "the paper" is not a medium
    only a chain of "it" carries that far ("the 2009 paper", a study, pages after "Reuters’ Jane Doe")."""
    kind = _body_kind(entity)
    if kind in fitting:
        return True
    press = kind == "MED" or canonical_outlet(entity.name) is not None or (kind == "none" and mention.speaker)
    return "press" in fitting and press and mention.named


def _body_kind(entity: Entity) -> str:
    """An organisation's kind for ``organisation_sectors``: "none" for one no table codes, "IGO" for a body of
    states (coded IGO…, with no sector), else the sector of its code."""
    if entity.code is None:
        return "none"
    if entity.code.startswith("IGO"):
        return "IGO"
    return entity.sector or "-"
