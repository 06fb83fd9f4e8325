"""A person's affiliation and coded role from the syntax around a mention.

"Tong Zhao of the Carnegie Endowment", "Yun Sun, a China expert at Washington's Stimson Center",
"State Department spokesman Ned Price", "Russian Foreign Minister Sergei Lavrov".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from telex.actors.followers import follower_noun
from telex.actors.phrases import resolve_words
from telex.actors.resolve import is_korea_story
from telex.actors.table import Actor, actor_table
from telex.actors.word_lists import serving_nouns
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
    if actor is None or (actor.code is None and not actor.sector):
        actor = _appositive_role(root, korea) or _party_tag(root, korea) or actor
    elif actor.country is None:
        # "Ms. Zhang, the Chinese Foreign Ministry spokeswoman": an apposition that places the person in the sector
        # their title or organisation gave with no country ("Foreign Ministry" GOV) says whose. One of another sector
        # tells of someone else ("Pope Francis, leader of ... versus Donald J. Trump").
        stated = _appositive_role(root, korea)
        if stated is not None and stated.country and stated.sector == actor.sector:
            actor = stated
    if actor is None or actor.country is None:
        actor = _served_role(span, korea) or actor
    if actor is not None and actor.code is None and actor.sector:
        actor = _placed_role(actor, root, korea)
    if actor is not None and actor.code is None and not actor.sector:
        actor = None
    # A title of no country and no place ("Sen. Chuck Grassley", "Admiral Harris") keeps its sector: an event places
    # it in the country the article is about, as it places "lawmakers" or "the police".
    return Affiliation(organisation, actor)


# Dependents that open a clause of their own inside a description ("the minister, who resigned in May").
_INNER_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})
# Dependents of a describing noun that say nothing of it: clauses, coordination, punctuation.
_CLAUSES = _INNER_CLAUSES | {"conj", "cc", "punct"}


def _appositive_role(root: Token, korea: bool) -> Actor | None:
    """The role an apposition gives a person, set off by commas before or after the name: "The finance minister,
    Lou Jiwei," and "Lou Jiwei, the finance minister," are GOV (the article's country places them in an event);
    "Carter's press secretary, Peter Cook" and "Lou Jiwei, China's finance minister" say whose. Only a noun that
    names a role by itself does ("minister", "spokesman", "press secretary"): "a critic of Putin" or "an expert on
    China" is of no country it names."""
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
        nouns.append(root.head)
    for noun in nouns:
        own = {t.i for t in root.subtree} - {t.i for t in noun.subtree}
        title = [c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1] + [noun]
        if not (_names_a_role([t.text for t in title], korea) or _heads_a_role(noun, korea)) and (
            noun.lower_ not in _MEMBERSHIP
        ):
            continue
        words = [t.text for t in _description(noun, own)] + _office_clause(noun)
        actor = resolve_words(words, korea=korea)
        if actor is not None and (actor.sector or (actor.code and actor.code != actor.country)):
            return actor
    return None


def _heads_a_role(noun: Token, korea: bool) -> bool:
    """The noun alone names a post, whatever the words before it: "campaign chairman" of "Mr. Trump's campaign
    chairman", "senior media adviser"."""
    return noun.lower_ in serving_nouns() or _names_a_role([noun.text], korea)


def _served_role(span: Span, korea: bool) -> Actor | None:
    """A post written before a person's name after the name of whom it serves: "Clinton Communication Director
    Jennifer Palmieri", "Trump adviser Stephen Miller" act for the one named first, as "an adviser to President
    Obama" does. The words before the name must end in a post, and the named ones among them code the one served."""
    root = span.root
    before = [t for t in root.doc[root.left_edge.i : span.start] if not t.is_punct]
    if len(before) < 2 or not _heads_a_role(before[-1], korea):
        return None
    served = [t.text for t in before[:-1] if t.ent_type_ in ("PERSON", "ORG")]
    if not served:
        return None
    actor = resolve_words(served, korea=korea)
    return actor if actor is not None and actor.code and actor.country else None


# Nouns of belonging to a body, whose role is the body named after them: "Issawi Frej, a member of parliament".
_MEMBERSHIP = frozenset({"member"})


# Letters of a party in a legislator's party tag: Republican, Democrat, Independent.
_PARTY_LETTERS = frozenset({"R", "D", "I"})


def _party_tag(root: Token, korea: bool) -> Actor | None:
    """A legislator's party tag after a name with no title: "Joe Donnelly (D-Ind.)", "Duncan Hunter, R-Calif.," and
    "Pete Sessions (R-TX)" sit in the legislature of the country of the state the tag names. The parser reads the tag
    as an apposition whose first words are the party's letter and a hyphen."""
    for child in root.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        state = _tagged_state([t.text for t in child.subtree if not (t.is_punct and t.text in "(),")], korea)
        if state is not None:
            return Actor(state.name, f"{state.country}LEG", state.country, "LEG")
    return None


def _tagged_state(words: list[str], korea: bool) -> Actor | None:
    """The state a party tag's words name after the party's letter and a hyphen: "Ind." of "D - Ind.", or a state's
    postal code, which only a party tag makes a name ("IN" of "D - IN")."""
    if len(words) < 3 or words[0] not in _PARTY_LETTERS or words[1] != "-":
        return None
    postal = actor_table().postal_codes.get(words[2]) if len(words) == 3 else None
    place = postal or resolve_words(words[2:], korea=korea)
    return place if place is not None and place.country and place.code == place.country else None


def _names_a_role(words: list[str], korea: bool) -> bool:
    """The words name a role by themselves: a sector noun ("finance minister", "spokesman") or a title ("press
    secretary")."""
    role = resolve_words(words, korea=korea)
    return (role is not None and role.sector is not None) or " ".join(w.lower() for w in words) in actor_table().titles


def _description(noun: Token, own: set[int]) -> list[Token]:
    """The words of a describing noun phrase without the name it describes and without the clauses inside it."""
    left = [t for c in noun.lefts if c.i not in own and c.dep_ not in _CLAUSES for t in c.subtree]
    right = [t for c in noun.rights if c.i not in own and c.dep_ == "prep" for t in c.subtree]
    # "the mother of Sean Smith, who died in Benghazi": a clause inside the phrase tells of someone else.
    inner = {t.i for clause in right if clause.dep_ in _INNER_CLAUSES for t in clause.subtree}
    return [*left, noun, *(t for t in right if t.i not in inner)]


def _office_clause(noun: Token) -> list[str]:
    """The words of a clause that gives a follower the office they hold ("a Clinton supporter who is the Democratic
    chairman"), which the phrase coder lets beat the follower noun (``actors.followers``); none for another noun."""
    if not follower_noun(noun.lemma_):
        return []
    for clause in noun.rights:
        if clause.dep_ != "relcl" or clause.lemma_ != "be":
            continue
        attrs = [c for c in clause.children if c.dep_ == "attr"]
        if attrs and any(c.lower_ == "who" for c in clause.children):
            return ["who", "is", *(t.text for t in attrs[0].subtree)]
    return []


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
            tagged = _tagged_state([w for w in words if w not in ("(", ")", ",")], korea)
            if tagged is not None:
                return Actor(tagged.name, f"{tagged.country}{role.sector or ''}", tagged.country, role.sector)
        else:
            continue
        place = resolve_words(words, korea=korea) if words else None
        if place is not None and place.country and place.code == place.country:
            return Actor(place.name, place.country + (role.sector or ""), place.country, role.sector)
    return role
