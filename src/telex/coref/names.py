"""Names as coreference reads them: the bare surnames the entity step left out, and the person a one-word name the
tagger took for an organisation stands for."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Words

from telex.entities.cluster import given_names_agree
from telex.entities.person_names import honorific_gender, is_given_name, name_tokens, surname
from telex.entity_index import EntityIndex
from telex.ingest.outlets import canonical_outlet
from telex.nlp.cached import tokens_spelled
from telex.quotes.lexicon import speaker_words
from telex.records import Entity, Span

# Links by which a surname is part of another name or a name of its own, not a mention of the person: "Team Trump",
# "the Stop Trump movement", "Ty Woods" beside "Dorothy Woods".
NAME_PARTS = frozenset({"compound", "nmod", "amod"})


def unmarked_surnames(doc: Doc, entities: EntityIndex, covered: set[int]) -> dict[int, Entity]:
    """The bare surnames the entity step left out, by token index, with the person they name: "Giles attempted to
    re-engage the campaign" after "Terry Giles", which the tagger typed nothing or took for a title ("Trump tweeted"
    beside quotation marks). Only the surname of one person the article named in full before it, or of one it names
    by that word alone (``_named_by_surname``), standing alone: not part of a longer name or title, nor a word that
    modifies a noun."""
    # Not one with the entity step's ``_bare_surnames`` (entities/extract.py), which reads the same tokens: that pass
    # makes mentions before clustering, so it takes only untyped PROPN tokens spelled as the last word of one full
    # name, anywhere in the article. This one only reads who a pronoun or a quotation's speaker is, so it also takes
    # what the tagger typed or tagged NOUN and the surname without a suffix ("Bozell" of "Brent Bozell III"), of one
    # clustered person, but only after that person's first mention. One rule for both would add mentions the entity
    # step leaves out now, or take antecedents from pronouns.
    people: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.type == "PERSON" and len(name_tokens(entity.name)) > 1:
            people.setdefault(surname(entity.name), []).append(entity)  # "Brent Bozell III" is called "Bozell"
    for entity in _named_by_surname(entities, people):
        people[surname(entity.name)] = [entity]
    found: dict[int, Entity] = {}
    for token in tokens_spelled(doc, people):
        bearers = people[token.lower_] if token.text[:1].isupper() else None
        if not bearers or len(bearers) > 1 or token.idx in covered or token.pos_ not in ("PROPN", "NOUN"):
            continue
        person = bearers[0]
        if len(name_tokens(person.name)) == 1 and (token.pos_ != "PROPN" or token.ent_type_):
            continue  # a person known by one word only: an untyped name, not a word the tagger read otherwise
        if min(start for start, _ in person.mentions) >= token.idx or token.dep_ in NAME_PARTS:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        joined = before is not None and before.pos_ == "PROPN" and before.idx not in covered
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        longer = token.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I")
        titled = token.ent_type_ not in ("", "PERSON") and longer
        if not joined and not titled and not any(c.dep_ in NAME_PARTS for c in token.children):
            found[token.i] = person
    return found


# How many times the tagger must type a one-word name a person for its untyped spellings to be that person too.
_TYPED_TWICE = 2


def _named_by_surname(entities: EntityIndex, people: dict[str, list[Entity]]) -> list[Entity]:
    """The persons the article names by one word only ("Maddow", her full name given only in a show's title), which
    the tagger typed a person at least twice, and whose word is no full name's surname: their bare untyped spellings
    are mentions of them too."""
    return [
        e
        for e in entities
        if e.type == "PERSON"
        and len(name_tokens(e.name)) == 1
        and len(e.mentions) >= _TYPED_TWICE
        and surname(e.name) not in people
        and e.name[:1].isupper()
    ]


def person_called(label: str, entities: EntityIndex, given: str | None = None) -> Entity | None:
    """The person the article names in full whose surname is the last word of ``label`` ("Lavrov:"; "Bozell" for
    "Brent Bozell III"); with the ``given`` name written before it, only a person whose given name agrees
    (``given_names_agree``): "Donald Trump" is never Ivanka Trump."""
    words = label.split()
    if not words:
        return None
    last = words[-1].lower()
    people = [e for e in entities if e.type == "PERSON" and surname(e.name) == last]
    if given is not None:
        return next((e for e in people if given_names_agree(given.lower(), name_tokens(e.name)[0])), None)
    return next(iter(people), None) or misspelt_person(last, entities)


def sole_person_called(word: str, entities: EntityIndex) -> Entity | None:
    """The one person the article names in full whose surname is ``word`` ("Sanders" for "Bernie Sanders"); None when
    no one or two share it ("Clinton" beside Bill and Hillary Clinton)."""
    word = word.lower()
    bearers = [e for e in entities if e.type == "PERSON" and len(name_tokens(e.name)) > 1 and surname(e.name) == word]
    return bearers[0] if len(bearers) == 1 else None


def misspelt_person(word: str, entities: EntityIndex) -> Entity | None:
    """The one person the article names in full whose surname ``word`` misspells by one slip: two letters swapped, one
    dropped or one added ("Bryne" for "Gary Byrne", "Giulini" for "Rudy Giuliani"); not a plural ("the Clintons"),
    nor a short word, where one slip makes another name ("Cohn", "Cohen")."""
    word = word.lower()
    people = [e for e in entities if e.type == "PERSON" and len(name_tokens(e.name)) > 1]
    slipped = {e.id: e for e in people if _one_slip(word, surname(e.name))}
    return next(iter(slipped.values())) if len(slipped) == 1 else None


def _one_slip(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with two neighbouring letters swapped or one letter dropped or added, both of at
    least five letters and the first the same, not a plural's "s"."""
    if word == name or min(len(word), len(name)) < 5 or word[0] != name[0]:
        return False
    if len(word) == len(name):
        diff = [i for i in range(len(word)) if word[i] != name[i]]
        if len(diff) != 2 or diff[1] != diff[0] + 1:
            return False
        return word[diff[0]] + word[diff[1]] == name[diff[1]] + name[diff[0]]
    short, long = sorted((word, name), key=len)
    if len(long) != len(short) + 1 or long == short + "s":
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def surname_person(entity: Entity, entities: EntityIndex) -> Entity | None:
    """The person an organisation or place no table codes stands for when its one-word name is the surname of a person
    the article names in full: "Devine said" after "Tad Devine", which the tagger took for an organisation. An
    outlet's name stays the outlet ("Breitbart")."""
    name = entity.name
    if entity.type == "PERSON" or entity.code is not None or " " in name or not name[:1].isupper():
        return None
    person = None if canonical_outlet(name) is not None else person_called(name, entities)
    return person if person is not None and len(person.name.split()) > 1 else None


def named_by(entity: Entity, words: Words | None, entities: EntityIndex) -> Entity:
    """Who the mention ``words`` of ``entity`` names: the person whose surname it is, for a name the tagger took for an
    organisation or place ("Devine said" after "Tad Devine", ``surname_person``), unless it modifies a noun ("the
    Sanders campaign" is a campaign)."""
    person = surname_person(entity, entities)
    if person is None or words is None or not len(words) or words.root.dep_ == "compound":
        return entity
    return person


def written_in_full(doc: Doc, word: str, entities: EntityIndex) -> Span | None:
    """Where the article writes the one full name whose surname is ``word`` when the entity step made no person of it:
    "Brett O’Donnell" (typed an organisation) for "O’Donnell said", "Roman Smbatyan" (typed a nationality) for
    "Smbatyan added". A full name is a given name, or a name the tagger typed a person or the entity step made one
    mention of, right before the surname; a title ("Mayor Stanton", "Sen. Lee") is none. None when the article gives
    the surname two given names (Bill and Hillary Clinton), in its text or its persons, or none."""
    found = _full_names(doc, word, entities)
    people = {
        words[0]
        for e in entities
        if e.type == "PERSON" and len(words := name_tokens(e.name)) > 1 and surname(e.name) == word.lower()
    }
    if len(found) != 1 or people - {given.lower() for given in found}:
        return None  # "Ann Hobbs" beside the person Nora Hobbs: either may be meant
    return next(iter(found.values()))


def shared_in_text(doc: Doc, word: str, person: Entity, entities: EntityIndex) -> bool:
    """Whether the article writes the surname ``word`` of ``person`` with another given name than theirs, as a full
    name the entity step made no person of: "Ivanka Trump" (typed an organisation) beside the person Donald Trump."""
    own = name_tokens(person.name)[0]
    return any(given.lower() != own for given in _full_names(doc, word, entities))


def _full_names(doc: Doc, word: str, entities: EntityIndex) -> dict[str, Span]:
    """The full names the article writes with the surname ``word``, by given name, each where it is first written."""
    found: dict[str, Span] = {}
    for token in tokens_spelled(doc, (word.lower(),)):
        given = doc[token.i - 1] if token.i > 0 else None
        if given is None or token.text != word or not _given_name(given, token, entities):
            continue
        found.setdefault(given.text, (given.idx, token.idx + len(token)))
    return found


def _given_name(given: Token, surname_token: Token, entities: EntityIndex) -> bool:
    """Whether ``given`` is a given name written before ``surname_token``: a capitalised name, not a title nor an
    honorific, that the table knows as a given name or the tagger or entity step took with the surname as one name."""
    text = given.text
    if given.pos_ != "PROPN" or not text[:1].isupper() or text.endswith(".") or honorific_gender(text) is not None:
        return False
    if text.lower() in speaker_words():
        return False  # "Mayor Stanton", "President Obama": a title, not a given name
    mention = entities.at(given.idx, surname_token.idx + len(surname_token))
    spans = mention.mentions if mention is not None else ()
    whole = (given.idx, surname_token.idx + len(surname_token)) in spans
    return is_given_name(text) or given.ent_type_ == "PERSON" or whole
