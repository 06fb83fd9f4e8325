"""A person's affiliation and coded role from the syntax around a mention.

"Tong Zhao of the Carnegie Endowment", "Yun Sun, a China expert at Washington's Stimson Center",
"State Department spokesman Ned Price", "Russian Foreign Minister Sergei Lavrov".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from telex.actors.resolve import is_korea_story, resolve_words
from telex.actors.table import Actor, actor_table
from telex.nlp.cached import entity_starting_at

_LINKS = frozenset({"of", "at", "from", "with", "for"})


@dataclass(frozen=True)
class Affiliation:
    organisation: str | None
    actor: Actor | None


def _organisation_in(tokens: list[Token]) -> str | None:
    """The first organisation named among ``tokens``, without a leading article or possessive."""
    for token in tokens:
        if token.ent_type_ == "ORG" and token.ent_iob_ == "B":
            ent = entity_starting_at(token.doc, token.i)
            if ent is None or actor_table().is_role_word(ent.text):
                continue  # "British Defence Secretary": "Defence" is part of a title
            words = [t.text for t in ent if t.text not in ("'s", "’s")]
            if words and words[0].lower() == "the":
                words = words[1:]
            return " ".join(words) if words else None
    return None


def _role_tokens(root: Token) -> list[Token]:
    """Modifiers written before a name in its own noun phrase: "Russian Foreign Minister"."""
    start = root.left_edge.i
    head = root.head
    if root.dep_ == "appos" and head.i < root.i and not any(t.is_punct for t in root.doc[head.i : root.left_edge.i]):
        # "British diplomat Sir Peter Westmacott": the parser now and then reads a role written right before the
        # name, with no comma, as a noun the name stands in apposition to; it is the name's own title all the same.
        start = head.left_edge.i
    return [t for t in root.doc[start : root.i] if t.ent_type_ != "PERSON" and t.dep_ != "punct"]


def _described_by(root: Token) -> list[Token]:
    """Tokens that describe the person: an apposition, or "of/at" phrase, either direction."""
    tokens: list[Token] = []
    for child in root.children:
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in _LINKS):
            tokens.extend(child.subtree)
    if root.dep_ == "appos":
        head = root.head
        tokens.extend(t for t in head.subtree if t.i < root.i)
    return tokens


def affiliation_of(span: Span) -> Affiliation:
    """The organisation a person mention is attached to, and the actor code its role implies."""
    root = span.root
    role = _role_tokens(root)
    described = _described_by(root)
    organisation = _organisation_in(role) or _organisation_in(described)
    korea = is_korea_story(span.doc)
    actor = None
    if role:
        actor = resolve_words([t.text for t in role], korea=korea)
    if (actor is None or actor.code is None) and organisation:
        actor = resolve_words(organisation.split(), korea=korea)
    if actor is not None and actor.code is None and actor.sector:
        actor = _placed_role(actor, root, korea)
    if actor is not None and actor.code is None and not actor.sector:
        actor = None
    # A title of no country and no place ("Sen. Chuck Grassley", "Admiral Harris") keeps its sector: an event places
    # it in the country the article is about, as it places "lawmakers" or "the police".
    return Affiliation(organisation, actor)


def _placed_role(role: Actor, root: Token, korea: bool) -> Actor:
    """A title that says the sector but not the country ("Senator", "Gov.", "Mayor") takes the country of the place
    named right after the person: "Senator Ted Cruz of Texas", "Sen. Chuck Grassley (R-Iowa)", "Mayor Joseph Estrada
    of Manila". Only a place does: a body or a person the words name beside them ("Pope Francis, visiting the
    United States") says nothing of the person's own country."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            words = [t.text for c in child.children if c.dep_ == "pobj" for t in c.subtree]
        elif child.dep_ == "appos" and child.pos_ == "PROPN":
            words = [t.text for t in child.subtree]
        else:
            continue
        place = resolve_words(words, korea=korea) if words else None
        if place is not None and place.country and place.code == place.country:
            return Actor(place.name, place.country + (role.sector or ""), place.country, role.sector)
    return role
