"""Turn a speaker phrase into a ``Speaker``: a named actor where the article makes it clear.

"she", "the spokesman", "the expert" resolve to the person the article named; otherwise a role phrase
keeps its own words with the organisation and country inside it ("a US State Department official").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from telex.coref.names import (
    misspelt_person,
    person_called,
    shared_in_text,
    sole_person_called,
    surname_person,
    written_in_full,
)
from telex.coref.resolve import coreference
from telex.coref.role_nouns import party_member
from telex.entities.cluster import given_names_agree
from telex.entities.person_names import is_given_name, name_tokens, surname
from telex.entity_index import EntityIndex
from telex.ingest.outlets import canonical_outlet, outlet_names
from telex.nlp.cached import text_of
from telex.nlp.sentences import sentence_of_token
from telex.quotes.lexicon import body_nouns, outlet_verbs, speaker_words
from telex.quotes.media_texts import medium_author
from telex.quotes.subjects import antecedent, issuer_before, issuer_of, speaker_span, text_read
from telex.records import Entity, Speaker

_OWNERS = frozenset({"its", "their"})


def _from_entity(text: str, start: int, end: int, entity: Entity) -> Speaker:
    return Speaker(text, start, end, entity.name, entity.id, entity.affiliation, entity.country)


def _linked(token: Token, entities: EntityIndex) -> Entity | None:
    """The actor the article's coreference links ``token`` (a pronoun or role noun) to."""
    entity_id = coreference(token.doc, entities).entity_id(token)
    return entities.by_id.get(entity_id) if entity_id is not None else None


def _country_and_affiliation(words: list[str], on: date | None) -> tuple[str | None, str | None]:
    """Country and organisation named inside a role phrase, via the actor tables when they exist."""
    try:
        from telex.actors.phrases import resolve_words
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
    published: date | None = None,
    cue: Token | None = None,
) -> Speaker:
    """The actor behind the speaker phrase ``span`` whose syntactic head is ``head``, reported by ``cue``, its name
    written tidily (``tidy_name``)."""
    speaker = _resolved(head, span, entities, published, cue)
    name = tidy_name(speaker.name) if speaker.name is not None else None
    return speaker if name == speaker.name else replace(speaker, name=name or speaker.name)


# A word glued to a name by a closing quote mark with no space after it: "paranoia,”Clinton said".
_GLUED = re.compile(r"\S*[”\"](?=[A-Z])")
# What a name never starts with: a list's dash or bullet, a tweet's leading stop (".@Lee"), a space.
_LEADING = "-–—•*·.,;: "
# A possessive's clitic the tagger put before a name ("Here's Clinton in 1992:"), which never starts one.
_CLITIC = re.compile(r"^['’]s\s+")
# What a name never ends with: the comma closing an apposition ("his friend, Bruce Turry,"), a colon, a space.
_TRAILING = ",;: "


def tidy_name(name: str) -> str:
    """A speaker's name as a reader writes it: one plain space between words (no non-breaking space or line break),
    no dash, bullet or possessive's "’s" before it, no comma after it, no word glued to it by a quote mark
    ("paranoia,”Clinton")."""
    name = " ".join(name.split())
    glued = _GLUED.match(name)
    if glued is not None and " " not in glued.group():
        name = name[glued.end() :]
    return _CLITIC.sub("", name.lstrip(_LEADING)).rstrip(_TRAILING)


def _resolved(
    head: Token,
    span: tuple[int, int],
    entities: EntityIndex,
    published: date | None,
    cue: Token | None,
) -> Speaker:
    """``resolve_speaker`` before its name is tidied."""
    doc = head.doc
    start, end = span
    text = text_of(doc)[start:end]
    noun = antecedent(head)
    if noun is not None:
        # "Cruz, who said …": the mention is "who", the actor is whoever the noun before it names.
        actor = resolve_speaker(noun, speaker_span(noun), entities, published, cue)
        return replace(actor, text=text, start=start, end=end)
    outlet = medium_author(head)
    if outlet is not None:
        return Speaker(text, start, end, outlet)  # "a new article in Politico" is Politico's
    found = _as_outlet(head, span, text, entities, cue) or _named_speaker(head, span, text, entities)
    if found is not None:
        return found
    issued = _issued_by(head, entities, published, cue) or _read_from(head, entities, published, cue)
    if issued is not None:
        return replace(issued, text=text, start=start, end=end)
    linked = _linked(head, entities)
    if linked is not None:
        return _from_entity(text, start, end, linked)
    word = speaker_words().get(head.lower_) or speaker_words().get(head.lemma_.lower())
    if word is not None and word.kind == "pronoun":
        group = coreference(doc, entities).group(head)
        return Speaker(text, start, end, text_of(doc)[group[0] : group[1]]) if group else Speaker(text, start, end)
    return _unnamed_role(head, span, text, entities, published)


def _issued_by(head: Token, entities: EntityIndex, published: date | None, cue: Token | None) -> Speaker | None:
    """The one who issued the text ``head`` names again ("“…,” the statement said" after "Cook provided a written
    statement", ``issuer_before``), when a name or a phrase gives them: not a pronoun linked to no one ("their")."""
    issuer = issuer_before(head)
    return _issuer_speaker(issuer, entities, published, cue) if issuer is not None else None


def _issuer_speaker(issuer: Token, entities: EntityIndex, published: date | None, cue: Token | None) -> Speaker | None:
    """The speaker the issuer of a text resolves to, when a name or a phrase gives them: not a pronoun linked to no
    one ("their")."""
    actor = resolve_speaker(issuer, speaker_span(issuer), entities, published, cue)
    return None if issuer.pos_ == "PRON" and actor.entity_id is None else actor


def _read_from(head: Token, entities: EntityIndex, published: date | None, cue: Token | None) -> Speaker | None:
    """The writer of the text "it" stands for as the subject of "reads" (``text_read``): "The group sent a letter …
    . “…,” it read" is the group's; the text itself when the article says of no one that they issued it."""
    if cue is None or head.lower_ != "it" or head.head.i != cue.i:
        return None
    read = text_read(cue)
    if read is None:
        return None
    issuer = issuer_of(read)
    if issuer is None:
        span = speaker_span(read)
        phrase = text_of(head.doc)[slice(*span)]
        return Speaker(phrase, *span, phrase)
    return _issuer_speaker(issuer, entities, published, cue)


def _as_outlet(
    head: Token, span: tuple[int, int], text: str, entities: EntityIndex, cue: Token | None
) -> Speaker | None:
    """The speaker when the phrase names an outlet: the outlet, or a person nearer the cue that a speech verb of an
    outlet's phrase stands for; None for a phrase that names no outlet or a person the article names in full."""
    named = entities.at(head.idx, head.idx + len(head))
    outlet = _outlet(text, cue)
    if outlet is None or _named_in_full(named, head.doc):
        return None
    # A broadcaster is never the politician who shares its name; it speaks by reporting, not by "said". Where
    # the article names a person of that name in full ("Guardian said" after "Mayor Don Guardian"), it is the
    # person; the actor table's "Vicente Fox" is not, when the article says only "Fox".
    # Only an outlet before its cue: after it ("…, according to Fox", "quoted by Fox") a person before the cue is in
    # what was said.
    person = _person_nearer(cue, head, entities) if cue is not None and head.i < cue.i else None
    if person is not None and cue is not None and cue.lemma_.lower() not in outlet_verbs():
        return _from_entity(text_of(head.doc)[person[0][0] : person[0][1]], *person[0], person[1])
    if named is not None and named.type != "PERSON":
        return _from_entity(text, *span, named)
    return Speaker(text, *span, outlet)


def _named_speaker(head: Token, span: tuple[int, int], text: str, entities: EntityIndex) -> Speaker | None:
    """The speaker when the phrase itself names an actor (not a pronoun): a party's member, the entity at its head or
    beside it, a surname the entity step left out; None when it names none."""
    start, end = span
    named = entities.at(head.idx, head.idx + len(head))
    word = speaker_words().get(head.lower_) or speaker_words().get(head.lemma_.lower())
    if party_member(head, entities) and named is not None:
        # "the Wisconsin Republican said": the member the coreference links, else one member of the party, not the body.
        linked = _linked(head, entities)
        if linked is not None:
            return _from_entity(text, start, end, linked)
        return Speaker(text, start, end, text, None, named.name, named.country)
    if word is not None and word.kind == "pronoun":
        return None
    entity = named or _apposed_person(head, entities)
    if entity is None and word is None and head.pos_ == "PROPN":
        entity = person_called(head.text, entities)  # a surname in a headline the entity step left out
    elif entity is None and word is None and head.text[:1].isupper():
        # "Trump: …" in a headline, "Sanders said", "From said" (Al From), "Schilling describes": a surname the tagger
        # read as a common noun, a verb or a preposition is the one person the article names in full with it; not
        # when two share it (Bill and Hillary Clinton).
        entity = sole_person_called(head.text, entities)
        if entity is not None and shared_in_text(head.doc, head.text, entity, entities):
            entity = None  # "Trump, however, paints herself …" beside Donald and "Ivanka Trump" (typed no person)
    elif entity is not None and entity.type != "PERSON" and _surname_like(head, entity):
        # "Pence stated" after "Mike Pence", "FALLIN: I think …" (a transcript's capitalised surname): a surname
        # the tagger took for an organisation or a place is the person the article named with it; an acronym no
        # person bears ("NATO") stays itself.
        entity = person_called(head.text, entities) or entity
    elif entity is not None and entity.type == "PERSON" and " " not in entity.name:
        # "Bryne went on to say" after "Gary Byrne": a one-word name that misspells the surname of one person the
        # article names in full is that person.
        entity = misspelt_person(entity.name, entities) or entity
    if word is None and (entity is None or (entity.type != "PERSON" and entity.code is None)):
        full = _full_name(head, span, entities)
        if full is not None:
            return replace(full, text=text, start=start, end=end)
    if entity is not None and entity.type != "PERSON" and _counted_members(head):
        # "a New Hampshire Republican said", "one Iraqi told": one member of a party or a nation, not the body.
        affiliation = entity.name if entity.type == "ORG" else None
        return Speaker(text, start, end, text, None, affiliation, entity.country)
    if entity is not None and (given := _other_given_name(head, span, entity, entities)) is not None:
        # "Ivanka Trump, who ..., told" beside Donald Trump, "German Ortega says" after Freddy Ortega: a full name
        # is the person of that full name, never another who shares the surname; one the article names no other way
        # is the name itself.
        entity = person_called(head.text, entities, given=given)
        if entity is None:
            return Speaker(text, start, end, f"{given} {head.text}")
    return _from_entity(text, start, end, entity) if entity is not None else None


def _other_given_name(head: Token, span: tuple[int, int], entity: Entity, entities: EntityIndex) -> str | None:
    """The given name the speaker phrase writes right before its surname ``head`` when it is not the given name of
    ``entity``, the person that surname was taken for: "Ivanka" of "Ivanka Trump" taken for Donald Trump. A given
    name is one the table knows or one the article names a person with ("German" of the person "German Ortega");
    a title ("Sen."), an honorific or a party ("Democrat") is none; a middle name agrees ("Rodham Clinton")."""
    tokens = name_tokens(entity.name)
    if head.i == 0 or entity.type != "PERSON" or len(tokens) < 2 or surname(entity.name) != head.lower_:
        return None
    given = head.doc[head.i - 1]
    word = given.text
    if given.idx < span[0] or not word.isalpha() or not word.istitle() or word.lower() in speaker_words():
        return None
    named = is_given_name(word) or any(
        e.type == "PERSON" and name_tokens(e.name) == [word.lower(), head.lower_] for e in entities
    )
    if not named or word.lower() in tokens or given_names_agree(word.lower(), tokens[0]):
        return None
    return word


def _full_name(head: Token, span: tuple[int, int], entities: EntityIndex) -> Speaker | None:
    """A bare surname the entity step made no person of, as the one full name the article writes with it: "Symms
    said" after "Concord resident Whit Symms", both typed organisations; the full name's entity when it has one."""
    if span != (head.idx, head.idx + len(head)) or not head.text[:1].isupper() or head.is_upper:
        return None
    full = written_in_full(head.doc, head.text, entities)
    if full is None:
        return None
    named = entities.at(*full)
    text = text_of(head.doc)[full[0] : full[1]]
    if named is not None and full in named.mentions:
        return _from_entity(text, *full, named)
    return Speaker(text, *full, text)


def _unnamed_role(
    head: Token, span: tuple[int, int], text: str, entities: EntityIndex, published: date | None
) -> Speaker:
    """A role phrase linked to no one ("a US State Department official"): its own words, with the organisation and
    country named inside it or owning it."""
    doc = head.doc
    words = [t.text for t in doc[head.left_edge.i : head.i + 1]]
    country, affiliation = _country_and_affiliation(words, published)
    bearer = _person_in(head, entities) if affiliation not in {None, *(e.name for e in entities)} else None
    if bearer is not None:
        # "the Cruz campaign", "Cruz's lawyers": the person the article names in full with that word, not the one the
        # tables know by it and the article never names (Cuba's Manuel Marrero Cruz beside Ted Cruz).
        country, affiliation = bearer.country, bearer.name
    inner = [e for t in doc[head.left_edge.i : head.i] if (e := entities.at(t.idx, t.idx + len(t)))]
    if affiliation is None:
        affiliation = next((e.name for e in inner if e.type in ("ORG", "NORP", "GPE")), None)
    if country is None:
        country = next((e.country for e in inner if e.country), None)
    owner = _possessor(head, entities)
    if owner is not None:
        # "Its foreign policy chief said": the role belongs to the body the article just named.
        affiliation = affiliation or owner.name
        country = country or owner.country
    return Speaker(text, *span, text, None, affiliation, country)


# Determiners that make a party's or a nation's name one of its members ("a Republican", "another Democrat") or some
# of them ("some Democrats", "many Republicans", "two Iraqis").
_ONE_OF = frozenset({"a", "an", "one", "another", "this", "that", "each", "every"})
_SOME_OF = frozenset({"some", "many", "several", "other", "both", "few", "most", "more", "these", "those"})


def _counted_members(head: Token) -> bool:
    """A word for members of a nation or a party with a determiner that counts them: "a New Hampshire Republican",
    "one Iraqi", "some Democrats", "two Iraqis"; not a body's own name so described ("a still-struggling HP", "a
    Suffolk University poll"), nor the members as a whole ("Republicans said", "the Democrats")."""
    if head.ent_type_ != "NORP":
        return False
    counted = [c for c in head.children if c.dep_ in ("det", "nummod", "amod")]
    if head.tag_ in ("NNP", "NN"):
        return any(c.dep_ != "amod" and c.lower_ in _ONE_OF for c in counted)
    return any(c.lower_ in _SOME_OF or (c.dep_ == "nummod" and c.like_num) for c in counted)


def _person_in(head: Token, entities: EntityIndex) -> Entity | None:
    """The person the article names whose name owns or qualifies the role noun ``head`` ("Cruz's lawyers", "a senior
    Cruz adviser"): its mention there, or the one person named in full whose surname the word is."""
    for token in head.children:
        if token.dep_ not in ("poss", "compound") or token.pos_ != "PROPN":
            continue
        entity = entities.at(token.idx, token.idx + len(token))
        if entity is None:
            bearers = [e for e in entities if e.type == "PERSON" and e.name.split()[-1].lower() == token.lower_]
            entity = bearers[0] if len(bearers) == 1 else None
        elif entity.type != "PERSON":
            entity = surname_person(entity, entities)  # "Clinton Foundation" stays the foundation
        if entity is not None and len(entity.name.split()) > 1:
            return entity
    return None


def _named_in_full(entity: Entity | None, doc: Doc) -> bool:
    """The entity is a person the article names with more than one word somewhere ("Mayor Don Guardian")."""
    text = text_of(doc)
    return entity is not None and entity.type == "PERSON" and any(" " in text[s:e].strip() for s, e in entity.mentions)


def _surname_like(head: Token, entity: Entity) -> bool:
    """The word could be a surname for all its entity says: a name no table codes, or one in capitals."""
    return (entity.code is None and head.pos_ == "PROPN") or (head.text.isupper() and len(head.text) > 1)


def _outlet(text: str, cue: Token | None) -> str | None:
    """The outlet a speaker phrase names: one of its spellings, or with an outlet's verb the first word of its
    name ("Fox reported": Fox News, not a politician called Fox). A name is written with capitals: "the economist"
    and "the independent" are a person, not a newspaper."""
    if text.removeprefix("The ").islower():
        return None
    outlet = canonical_outlet(text)
    if outlet is not None or cue is None or cue.lemma_.lower() not in outlet_verbs() or len(text.split()) != 1:
        return outlet
    prefix = text.lower() + " "
    return next((name for key, name in outlet_names().items() if key.startswith(prefix)), None)


def _person_nearer(cue: Token, head: Token, entities: EntityIndex) -> tuple[tuple[int, int], Entity] | None:
    """A person named in the cue's sentence before the cue and nearer it than ``head``, with the mention that names
    them; one after the cue is in what was said ("The Times wrote that Trump had claimed …")."""
    sent = sentence_of_token(cue)
    distance = abs(head.idx - cue.idx)
    found = [
        (mention, entity)
        for mention, entity in entities.mentions_before(cue.idx, ("PERSON",))
        if mention[0] >= sent.start_char and abs(mention[0] - cue.idx) < distance
    ]
    return min(found, key=lambda m: abs(m[0][0] - cue.idx), default=None)


def _possessor(head: Token, entities: EntityIndex) -> Entity | None:
    """The organisation or state an "its"/"their" before a role noun stands for."""
    pronoun = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNERS), None)
    return _linked(pronoun, entities) if pronoun is not None else None


def _apposed_person(head: Token, entities: EntityIndex) -> Entity | None:
    """The person named beside a role: "the party's candidate Maria Costa", "its leader, Ana Lis"; or the body named
    beside a noun for one: "the Iraqi activist group Mosul Eye"."""
    body = head.lemma_.lower() in body_nouns()
    for child in head.rights:
        if child.dep_ == "appos":
            entity = entities.at(child.idx, child.idx + len(child))
            if entity is not None and (entity.type == "PERSON" or (body and entity.type == "ORG")):
                return entity
    return None
