"""Definite descriptions: "the country", "the militants" take the one actor of their kind named in their own sentence
or the two before; "the two countries", "both sides" the two a sentence named together."""

from __future__ import annotations

from spacy.tokens import Token

from telex.actors.table import actor_table, name_key
from telex.coref.clauses import SUBJECTS
from telex.coref.lexicon import Description, descriptions
from telex.coref.reader import Reader
from telex.events.word_lists import ARMED_DOER_SECTORS, STATE_SECTORS
from telex.nlp.sentences import sentence_index
from telex.records import Entity

# How many sentences before its own a definite description looks back for the actor it stands for.
DESCRIPTION_SENTENCES = 2


class DescriptionReader(Reader):
    """Reads definite descriptions."""

    def describe(self, token: Token, description: Description) -> None:
        """ "the country", "the militants": the one actor of the description's kind named nearest before it, in its
        own sentence or the two before; "the two countries", "both sides": the two actors of two states a sentence
        named together. A sentence naming more than that leaves the description unresolved: who is meant is unclear.
        Inside a quotation only what the quotation itself named counts."""
        sentence = sentence_index(self.doc, token.idx)
        quotation = self._quotation(token.idx)
        own = self._clause_doers(token)
        by_sentence: dict[int, dict[str, str]] = {}
        for mention in reversed(self.seen):
            if mention.sentence < sentence - DESCRIPTION_SENTENCES:
                break
            entity = self.entities.by_id[mention.entity]
            if mention.entity in own or self._quotation(mention.start) != quotation:
                continue
            if not _fits(entity, description.stands):
                continue
            # One actor a state: "Washington" and "the United States" are one state, the nearer mention kept.
            key = entity.country or entity.code or entity.id
            by_sentence.setdefault(mention.sentence, {}).setdefault(key, entity.id)
        for index in sorted(by_sentence, reverse=True):
            found = list(by_sentence[index].values())
            if description.pair and len(found) == 2:
                self.pairs[token.i] = (found[1], found[0])
            elif not description.pair and len(found) == 1 and not self._home(found[0]):
                self.link(token, self.entities.by_id[found[0]])
                self.descriptions.add(token.i)
            if description.pair and len(found) < 2:
                continue  # "Russia and China signed a deal. Moscow said … the two countries": the pair is further back
            return

    def _clause_doers(self, token: Token) -> set[str]:
        """The entities the subjects of the clause holding a description name, which it does not stand for: "The
        United States condemned the country", "The United States and Jordan agreed upon a pact between the two
        countries" (the clause's own doers, named again, are no other actors)."""
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return set()
        subjects = [s for c in verb.children if c.dep_ in SUBJECTS and c.i != token.i for s in (c, *c.conjuncts)]
        return {e.id for s in subjects if (e := self._entity_at(s))}

    def _home(self, entity_id: str) -> bool:
        """The entity is the article's own country: "unite the country", "the nation mourns" speak of its people at
        large more often than of its state acting, and "the government" of it is coded as home by its words."""
        entity = self.entities.by_id[entity_id]
        return entity.code is not None and entity.code == self.entities.home_country


def _fits(entity: Entity, stands: str) -> bool:
    """Whether an entity is of the kind a description stands for: a state, an organisation of an armed side other
    than a state's (rebels of a state, or also a militarised group of none), a person or any actor of a state."""
    if stands == "state":
        # A state by its name, alias or capital: "the country" after "Indiana" or "Aleppo" is not the state they are in.
        table = actor_table()
        named = table.is_state(table.names.get(name_key(entity.name)))
        return named and entity.type != "PERSON" and entity.code is not None and entity.code == entity.country
    armed = entity.sector in ARMED_DOER_SECTORS - STATE_SECTORS and bool(entity.country)
    if stands == "rebel":
        return armed
    if stands == "armed":
        return armed or (entity.code or "").startswith("IMG")
    if stands == "person":
        return entity.type == "PERSON" and bool(entity.country)
    return bool(entity.country)


def definite_description(token: Token) -> Description | None:
    """The definite description ``token`` heads: its noun after "the" alone ("the country"), or after "the two" or
    "both" for a pair ("the two countries", "both sides"); none when its own words place it ("the Iranian
    government", "the government of Peru") and when it is part of a longer word ("first-in-the-nation")."""
    description = descriptions().get(token.text)
    if description is None or token.dep_ == "compound":
        return None  # a capital makes a name: "Face the Nation", "The Nation"
    lefts = list(token.lefts)
    words = [c.lower_ for c in lefts if c.dep_ in ("det", "predet", "nummod")]
    if len(words) != len(lefts) or any(c.dep_ in ("appos", "prep", "acl", "relcl") for c in token.rights):
        return None
    wanted = (["the", "two"], ["both"]) if description.pair else (["the"],)
    return description if words in wanted else None
