"""People, organisations and places of an article, one entity per real actor, coded from the actor table."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from telex.actors.names import find_names
from telex.actors.phrases import resolve_words, side
from telex.actors.regions import as_region, region_reading, shared_region_key
from telex.actors.resolve import is_korea_story
from telex.actors.table import Actor, actor_table, name_key
from telex.actors.word_lists import PLACE_PREPS, POSSESSIVES
from telex.entities.affiliation import affiliation_of
from telex.entities.cluster import canonical_name, cluster_names
from telex.entities.person_names import honorific_gender, is_given_name, name_tokens
from telex.entity_index import HOME_LEAD, WHOLE_STORY
from telex.ingest.outlets import names_a_medium, news_media
from telex.nlp.cached import entities_of, entity_types_of, text_of, tokens_spelled, words_of
from telex.records import Entity

_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "GPE", "LOC": "LOC", "FAC": "ORG"}
_LEADING = frozenset({"the", "The", "a", "an"})
# Prefixes that make an adjective of stance of a name: "pro-Clinton groups", "an anti-Trump crowd".
_STANCES = frozenset({"pro", "anti"})


@dataclass
class Mention:
    """One mention before clustering."""

    start: int
    end: int
    text: str
    type: str
    key: str | None = None  # set when the actor table names the actor
    actor: Actor | None = None
    span: Span | None = None


# Parts of speech of a function word the tagger now and then takes into a name ("Neither Cruz nor Christie").
_FUNCTION_WORDS = frozenset({"DET", "CCONJ", "SCONJ", "ADP", "ADV", "PRON", "PART"})

# The entity types of the words that make a description of an office holder a country's ("the Russian president").
_NATIONS = frozenset({"NORP", "GPE"})

# The word that joins the parties of a court case in its title: "Roe v. Wade".
_CASE_JOINERS = frozenset({"v.", "v"})


def trim(span: Span) -> Span | None:
    """Drop a leading article or other function word and a trailing possessive: "South Korea's" is South Korea,
    "Neither Cruz" is Cruz."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and _leading(doc[start]):
        start += 1
    while end > start and _trailing(doc[end - 1]):
        end -= 1
    return doc[start:end] if start < end else None


def _leading(token: Token) -> bool:
    return token.text in _LEADING or (token.is_stop and token.pos_ in _FUNCTION_WORDS)


def _trailing(token: Token) -> bool:
    return token.text in POSSESSIVES or token.is_punct


def _without_stance(span: Span) -> Span:
    """A person's name without a prefix of stance: "pro-Rubio" (a super PAC, a crowd) names Rubio, no person
    "pro-Rubio"."""
    doc, start = span.doc, span.start
    if span.end - start > 2 and doc[start].lower_ in _STANCES and doc[start + 1].text == "-":
        return doc[start + 2 : span.end]
    return span


def _without_gerund(span: Span) -> Span:
    """A person's name without the gerund that opens its sentence: "Entrusting Donald Trump with our economic future
    … is a risky proposition", "Painting Trump as a threat …" name Trump. The tagger must read the word as a gerund
    and it must be no given name ("Sterling K. Brown")."""
    first = span[0]
    opens = first.is_sent_start or (first.i > 0 and span.doc[first.i - 1].is_punct)
    if len(span) > 1 and opens and first.tag_ == "VBG" and not is_given_name(first.text):
        return span[1:]
    return span


def collect_mentions(doc: Doc, published: date | None) -> list[Mention]:
    """Every mention of a person, organisation or place, coded where the actor table knows it."""
    mentions: list[Mention] = []
    taken: set[int] = set()
    ents = entities_of(doc)
    named = [ent for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 and not any(t.is_punct for t in ent)]
    surnames = {span[-1].text for ent in named if (span := trim(ent)) is not None}  # "Sarah Palin’s": Palin
    titled = _titled_surnames(doc)
    labels = Counter((ent.text, ent.label_) for ent in ents if len(ent) == 1)
    placed = {ent.text for ent in ents if ent.label_ in ("GPE", "LOC") and _preposition_before(ent) is not None}
    bodies = {ent.text for ent in ents if ent.label_ == "PERSON" and _called_a_body(ent)}
    for ent in ents:
        label = _LABELS.get(ent.label_)
        if label == "PERSON" and ent.text in bodies:
            label = "ORG"
        if label == "PERSON" and ent.text in placed and ent.text not in surnames and ent.text not in titled:
            label = _person_as_place(ent.text, labels) or label
        if label in ("PERSON", "ORG") and names_a_medium(ent.text):
            # The tagger types "Twitter" or "Politico" a person now and then: a pronoun must not find it. A bare name
            # that is the surname of a person the article names in full is that person, whatever the tagger says
            # ("Guardian said he understood" after "Mayor Don Guardian", "Bloomberg" in a story on Michael
            # Bloomberg), unless the article calls the person "Mr. Bloomberg" and so the bare name the outlet.
            label = "PERSON" if ent.text in surnames and ent.text not in titled else "ORG"
        elif label in ("GPE", "LOC") and _surname_as_place(ent, named, published):
            label = "PERSON"
        if label and _case_title(ent):
            taken.update(range(ent.start, ent.end))
            continue  # "Walmart Stores v. Dukes": a court case, which neither speaks nor acts
        span = trim(ent) if label else None
        if span is None or label is None:
            continue
        if label == "PERSON":
            span = _without_gerund(_without_stance(span))
        mention = _coded(span, label, ent.label_, published)
        if mention is not None:
            mentions.append(mention)
        taken.update(range(span.start, span.end))
    roles = _unlabelled(doc, taken, published)
    covered = [(m.start, m.end) for m in roles if m.type == "PERSON"]
    mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in covered)]
    taken.update(t.i for m in roles if m.span is not None for t in m.span)
    return sorted(mentions + roles + _bare_surnames(doc, mentions, taken), key=lambda m: m.start)


def _case_title(ent: Span) -> bool:
    """Whether a name is the title of a court case, its parties' names joined by "v." ("Walmart Stores v. Dukes", "Roe
    v Wade"): the case is no actor, whatever its parties are."""
    return any(token.text in _CASE_JOINERS for token in ent[1:-1])  # lower case: "Vladimir V. Putin" is a name


def _called_a_body(ent: Span) -> bool:
    """Whether a name the tagger typed a person is written right after a noun for a news medium, in one noun phrase
    with it: "the liberal gossip site Gawker", "the news site RTL Info". The article says what the name is, so a
    pronoun must not find it anywhere, as for the outlets the tables know (`names_a_medium`). Not a name that goes on
    as the subject of a clause on the noun ("a site Trump visited"). Only media: a name after "group" or "company" may
    be a body the actor tables code as a person's surname would ("A spokeswoman for Janney declined to comment" after
    "the investment company Janney Montgomery Scott")."""
    doc = ent.doc
    if ent.start == 0:
        return False
    noun, root = doc[ent.start - 1], ent.root
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in news_media():
        return False
    one_phrase = (root.head.i == noun.i and root.dep_ in ("appos", "compound")) or (
        noun.head.i == root.i and noun.dep_ in ("compound", "nmod")
    )
    after = doc[ent.end] if ent.end < len(doc) else None
    clause_on_noun = (
        after is not None
        and after.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)
    )
    return one_phrase and not clause_on_noun


# Dependencies of a word that modifies a noun ("Cuban officials", "the Paris office"): no name of a person there.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _surname_as_place(ent: Span, named: Sequence[Span], published: date | None) -> bool:
    """A word the tagger read as a nationality or a place, and the tables know as one, that is the surname of a person
    the article names in full with a given name: "Cuban said" after "Mark Cuban" is no Cuba. A state's own name or
    capital stays the place ("Israel", "Paris"), and so does a word that modifies a noun ("Cuban officials"). A word
    the tables do not know ("Kasich") needs no rule: no code hides the person, and coreference and the speaker step
    read it as the surname it is."""
    word = ent.text
    if len(ent) != 1 or ent.root.dep_ in _MODIFIER_DEPS or _names_a_state([word], published):
        return False
    named_so = any(person[-1].text == word and is_given_name(person[0].text) for person in named)
    return named_so and resolve_words([word], published) is not None


def _person_as_place(word: str, labels: Counter[tuple[str, str]]) -> str | None:
    """The place a one-word name the tagger once typed a person is, when the article types that word a place more
    often (and, as the caller checks, writes it after a place preposition and names no person in full with it:
    "Clarkston became his home" in a story about life in Clarkston): the place's label, or None. A name the tagger
    types a place more often but never places ("like Rihanna", "Governor Kasich") stays a person."""
    places = {label: labels[(word, label)] for label in ("GPE", "LOC")}
    best = max(places, key=places.__getitem__)
    return best if places[best] > labels[(word, "PERSON")] else None


def _titled_surnames(doc: Doc) -> set[str]:
    """The names the article writes after an honorific ("Mr. Bloomberg")."""
    words = words_of(doc)
    honorifics = {word for word in set(words) if honorific_gender(word) is not None}  # each spelling asked once
    return {word for before, word in pairwise(words) if before in honorifics}


def _honorific_before(doc: Doc, start: int) -> Token | None:
    """The honorific right before token ``start`` ("Mr." of "Mr. Bloomberg"), if there is one."""
    before = doc[start - 1] if start > 0 else None
    return before if before is not None and honorific_gender(before.text) is not None else None


def _bare_surnames(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """A person's surname on its own that the tagger did not label ("Ham went on to explain" after "Gen. Norman
    Ham"): a mention of that person, so what is said of it and the pronouns after it find them."""
    # Not one with coref's ``unmarked_surnames``, which reads the same tokens: this pass runs before clustering and
    # makes mentions (entities, speakers and events see them), so it keeps to what is surely the person: a token the
    # tagger typed nothing, a PROPN with no PROPN beside it, spelled as the last word of exactly one full name the
    # article writes ("Bozell III" gives "III"), before or after that name. Coreference's pass, after clustering,
    # only reads who a pronoun or a quotation's speaker is, so it takes more (a token typed as a title or tagged
    # NOUN, the surname without a suffix, one person per cluster rather than per spelling), but only after the
    # person's first mention. One rule for both would add mentions the entity step leaves out now, or take
    # antecedents from pronouns.
    full: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "PERSON" and len(m.text.split()) >= 2:
            full[m.text.split()[-1]].add(m.text)
    # Only a surname one named person bears ("Melania Trump" and "Donald Trump" leave "Trump" to the tagger),
    # and only a word standing alone, not part of a name the tagger missed ("Donand Trump").
    surnames = {surname for surname, names in full.items() if len(names) == 1}
    return [
        _mention(doc[t.i : t.i + 1], "PERSON", None, None)
        for t in tokens_spelled(doc, {surname.lower() for surname in surnames})
        if t.i not in taken
        and t.pos_ == "PROPN"
        and t.text in surnames
        and t.ent_type_ == ""
        and not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (t.i - 1, t.i + 1))
    ]


def _coded(span: Span, label: str, ner_label: str, published: date | None) -> Mention | None:
    words = [t.text for t in span]
    place = _place_preposition(span)
    if place:
        # "a police station in Lagos": a town that is also a surname is the town after a place preposition.
        label, words = "GPE", [place, *words]
    mention = Mention(span.start_char, span.end_char, span.text, label, span=span)
    leader = None if place else _leader_named(span.text, published)
    if leader is not None or (label == "PERSON" and not _names_a_state(words, published)):
        # The tagger calls a leader an ORG now and then, and a state or capital a PERSON.
        mention.type = "PERSON"
        mention.actor = leader
        if leader is None and len(span) > 1 and span.text.isupper():
            return None  # a run of capitals in a heading, not a name
        return mention
    if label == "ORG" and actor_table().is_role_word(span.text):
        return None  # "Defence" in "British Defence Secretary" is part of a title
    # The article trimmed off stays in the words looked up: "the Horn" is a place, not Gyula Horn.
    the = span.start > 0 and span.doc[span.start - 1].lower_ == "the"
    actor = resolve_words(["the", *words] if the else words, published, is_korea_story(span.doc))
    state = _state_after(span) if label in ("GPE", "LOC") else None
    if state is not None and actor is not None and actor.country != state.country and not actor.sector:
        # "Laconia, N.H.", "San Jose, Calif.": the state after the comma settles which country's town it is.
        actor = Actor(span.text, state.country, state.country, None)
    if actor and actor.code:
        if _part_of_person(span, published):
            return None  # "Chad" of "Chad Day": the tagger took a given name alone for the state
        _code(mention, actor)
    elif ner_label == "NORP":
        return None
    return mention


def _code(mention: Mention, actor: Actor) -> None:
    mention.actor = actor
    if actor_table().is_state(actor):
        mention.type = "GPE"
        mention.key = f"country:{actor.country}"
    else:
        mention.type = "ORG" if mention.type == "GPE" else mention.type
        mention.key = f"org:{actor.code}:{actor.name}"


def _part_of_person(span: Span, published: date | None) -> bool:
    """A state's name the tagger took alone out of a person's name, which the words around it show: "Chad" of "Chad
    Day", "Jordan" of "Rep. Jim Jordan"."""
    if name_key(span.text) not in actor_table().person_names:
        return False
    start = max(0, span.start - 2)
    around = [t.text for t in span.doc[start : span.end + 1]]
    return not any(h.start <= span.start - start < h.end for h in find_names(around, published))


# A sentence (its character range) in which a state's name was read as a region of another country, the state's code
# and the region: a person the sentence describes by the name ("Georgia businessman Bruce LeVell") is of the region.
Regional = tuple[int, int, str, Actor]


def _read_regions(doc: Doc, mentions: list[Mention]) -> list[Regional]:
    """A state's name that a region of another country bears ("Georgia") is recoded as the region where the words
    around it read so: its sentence, else (by a wider lead) the whole article (``region_reading``)."""
    keys = ((m, shared_region_key((t.text for t in m.span or ()), m.actor)) for m in mentions)
    shared = {id(m): key for m, key in keys if key is not None}
    regional: list[Regional] = []
    if not shared:
        return regional
    others = [(m.start, m.actor.country) for m in mentions if id(m) not in shared and m.actor and m.actor.country]
    article = Counter(country for _, country in others)
    for mention in mentions:
        key = shared.get(id(mention), "")
        if not key or mention.span is None or mention.actor is None:
            continue
        sentence = mention.span.sent
        near = Counter(country for start, country in others if sentence.start_char <= start < sentence.end_char)
        reading = region_reading(key, near, sentence.text) or region_reading(key, article, text_of(doc), HOME_LEAD)
        if reading is not None and reading.country != mention.actor.country and mention.actor.country:
            regional.append((sentence.start_char, sentence.end_char, mention.actor.country, reading))
            _code(mention, as_region(mention.actor, reading))
    return regional




# The most words of a state's name after a town: "Prince Edward Island".
_STATE_WORDS = 3


def _state_after(span: Span) -> Actor | None:
    """The state or province named right after a comma that follows the place: "N.H." of "Laconia, N.H.".

    A state's abbreviation follows only a town ("Mexico, Mo."); a state written in full after a country's own name
    is the next of a list ("in Mexico, California and Texas")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    table = actor_table()
    start = span.end + 1
    for n in range(min(_STATE_WORDS, len(doc) - start), 0, -1):
        key = name_key(doc[start : start + n].text)
        if key in table.regions and (key.endswith(".") or not _names_a_country(span.text)):
            return table.names[key]
    return None


def _names_a_country(text: str) -> bool:
    """The text is a state's own name or alias, not its capital: "Mexico" in "Mexico, California and Texas" is a
    list, not a town."""
    table = actor_table()
    actor = table.names.get(name_key(text))
    return table.is_state(actor) and not table.is_capital(text, actor.country)


def _place_preposition(span: Span) -> str | None:
    """The place preposition before a one-word name of a place ("in" of "in Lagos"), else ``None``."""
    before = _preposition_before(span)
    return before.text if before is not None and actor_table().is_place(span.text) else None


def _preposition_before(span: Span) -> Token | None:
    """The lower-case place preposition right before a one-word name ("in" of "in Clarkston"), else ``None``."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if len(span) != 1 or before is None or before.lower_ not in PLACE_PREPS or not before.is_lower:
        return None
    return before


def _names_a_state(words: list[str], published: date | None) -> bool:
    """The whole phrase is a state's name, alias or capital ("Baku", "Burkina Faso")."""
    hits = find_names(words, published)
    if len(hits) != 1 or hits[0].end - hits[0].start != len(words) or hits[0].kind != "name":
        return False
    return actor_table().is_state(hits[0].actor)


def _unlabelled(doc: Doc, taken: set[int], published: date | None) -> list[Mention]:
    """Names the tagger missed: seats of government, "the North" in a Korea story, role descriptions."""
    found: list[Mention] = []
    korea = is_korea_story(doc)
    table = actor_table()
    for i, word in enumerate(words_of(doc)):
        # Each rule below asks for a word in title case or in capitals (spaCy's is_title and is_upper are these
        # str tests): the rest need no Token made.
        if i in taken or not (word.istitle() or word.isupper()):
            continue
        token = doc[i]
        if korea and token.text in ("North", "South") and token.i > 0 and doc[token.i - 1].lower_ == "the":
            if token.dep_ != "compound" and not (token.i + 1 < len(doc) and doc[token.i + 1].is_title):
                actor = resolve_words([token.text], published, korea=True)
                if actor:
                    found.append(_mention(doc[token.i : token.i + 1], "GPE", actor, f"country:{actor.country}"))
            continue
        if token.is_title and token.pos_ == "PROPN":
            actor = table.names.get(name_key(token.text))
            if table.is_state(actor) and not _part_of_person(doc[token.i : token.i + 1], published):
                found.append(_mention(doc[token.i : token.i + 1], "GPE", actor, f"country:{actor.country}"))
        elif token.is_upper and len(token.text) >= 3 and not _in_heading_run(token):
            # An organisation's acronym the tagger read as a word ("ECOWAS leaders met").
            actor = table.names.get(name_key(token.text))
            if actor and actor.code and actor.code != actor.country:
                found.append(_mention(doc[token.i : token.i + 1], "ORG", actor, f"org:{actor.code}:{actor.name}"))
    kinds = entity_types_of(doc)
    for chunk in doc.noun_chunks:
        # Read from the document's array, with no Token made: most chunks hold no nationality nor country at all.
        inside = set(kinds[chunk.start : chunk.end])
        if chunk.root.i in taken or not inside & _NATIONS or inside - _NATIONS - {""}:
            continue
        span = trim(chunk)
        if span is None or not any(t.ent_type_ in ("NORP", "GPE") for t in span):
            continue
        actor = resolve_words([t.text for t in span], published, korea)
        if actor and actor.name and actor.sector == "GOV" and _is_person_role(span, table.titles):
            found.append(_mention(span, "PERSON", actor, None))
    return found


def _in_heading_run(token: Token) -> bool:
    """A word of a line in capitals ("ECOWAS LIFTS SANCTIONS"), where every word looks like an acronym."""
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(n.is_alpha and n.is_upper and len(n.text) > 1 for n in neighbours)


def _is_person_role(span: Span, titles: frozenset[str]) -> bool:
    """A description of an office holder ("the Russian president"), not of a body ("the Russian army")."""
    return span.root.lower_ in titles or " ".join(t.lower_ for t in span[-2:]) in titles


def _mention(span: Span, label: str, actor: Actor | None, key: str | None) -> Mention:
    return Mention(span.start_char, span.end_char, span.text, label, key=key, actor=actor, span=span)


def extract_entities(doc: Doc, published: date | None) -> list[Entity]:
    """One ``Entity`` per real actor, with every mention, in order of first mention."""
    mentions = collect_mentions(doc, published)
    regional = _read_regions(doc, mentions)
    _outlets_by_first_word(mentions)
    _key_people(mentions, published)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention.key or f"{mention.type}:{mention.text.lower()}"].append(mention)
    entities = []
    bare: set[str] = set()
    for number, members in enumerate(sorted(groups.values(), key=lambda ms: ms[0].start), start=1):
        entity = _entity(f"E{number}", members, published, regional)
        entities.append(entity)
        if _by_surname_alone(entity, members):
            bare.add(entity.id)
    return _strangers_uncoded(entities, bare) if len(text_of(doc)) >= WHOLE_STORY else entities


def _by_surname_alone(entity: Entity, members: Sequence[Mention]) -> bool:
    """The entity is a person of the tables the article calls by a bare surname only ("Fox", "Cruz", "Major")."""
    names = entity.name.split()
    return entity.country is not None and len(names) > 1 and all(m.text == names[-1] for m in members)


def _strangers_uncoded(entities: list[Entity], bare: set[str]) -> list[Entity]:
    """A person the article calls by a bare surname only, who leads or led a country the article names nowhere else,
    is someone else of that name: "Fox" in a story on a Fox News debate is no Mexican president, "Cruz" in 2016 no
    Cuban premier, "Hammond" of an Oregon ranch no British minister. Their code is dropped, and the name is the
    article's own word: the quote of "Cruz said" is no Manuel Marrero Cruz's."""
    named = {e.country for e in entities if e.country and e.id not in bare}
    return [
        replace(e, name=e.name.split()[-1], code=None, country=None, sector=None)
        if e.id in bare and e.country not in named
        else e
        for e in entities
    ]


def _leader_named(name: str, published: date | None, own: bool = False) -> Actor | None:
    """The office holder a whole name (or a bare surname, when nothing fuller is written) denotes; with
    ``own``, only one telex's own tables know."""
    words = name.split()
    hits = find_names(words, published)
    if hits and hits[0].kind == "leader" and hits[0].end - hits[0].start == len(words):
        if own and hits[0].fallback:
            return None
        return hits[0].actor
    return None


def _outlets_by_first_word(mentions: list[Mention]) -> None:
    """A one-word name that begins the name of a news outlet the article names is that outlet ("Fox" beside "Fox
    News": not Vicente Fox, whose surname it also is), unless the article names a person in full with it."""
    outlets = {
        m.text.split()[0]: m
        for m in mentions
        if m.type == "ORG" and m.key and m.actor and m.actor.sector == "MED" and len(m.text.split()) > 1
    }
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PERSON" and len(m.text.split()) > 1}
    for mention in mentions:
        outlet = outlets.get(mention.text)
        if outlet is not None and mention.key is None and mention.text not in surnames:
            mention.type, mention.key, mention.actor = "ORG", outlet.key, outlet.actor


def _key_people(mentions: list[Mention], published: date | None) -> None:
    """Cluster person mentions by name, then let the actor table name the leaders among them."""
    people = [m for m in mentions if m.type == "PERSON" and m.key is None]
    assignment = cluster_names([_titled(m) for m in people])
    by_cluster: dict[int, list[Mention]] = defaultdict(list)
    for mention, number in zip(people, assignment, strict=True):
        by_cluster[number].append(mention)
    for members in by_cluster.values():
        # A bare surname names a leader only when the article names no other person with it:
        # "Costa" after "Maria Costa" is Maria Costa, not the Portuguese prime minister.
        full = [m for m in members if len(name_tokens(m.text)) >= 2]
        actor = next((m.actor for m in full or members if m.actor and m.actor.name), None)
        if actor is None:
            actor = _leader_named(canonical_name([m.text for m in members]), published)
        serving = None if full or actor is None else _serving_namesake(actor, published)
        actor = serving or actor
        key = f"person:{actor.name}" if actor and actor.name else f"person:{canonical_name([m.text for m in members])}"
        for member in members:
            member.key = key
            member.actor = actor if full or serving else member.actor or actor


def _serving_namesake(actor: Actor, published: date | None) -> Actor | None:
    """The politician a bare surname names when the leader table gives it to someone not yet in office that day and
    politicians.tsv to one person in a role that day: "Cruz" in 2016 is Senator Ted Cruz, not Manuel Marrero Cruz,
    Cuba's premier from 2019. A name the article writes in full never comes here."""
    table = actor_table()
    terms = table.leaders_by_name.get(name_key(actor.name or ""), [])
    if published is None or not terms or any(t.start is None or t.start <= published for t in terms):
        return None
    return table.serving_politician((actor.name or "").split()[-1], published)


def _titled(mention: Mention) -> str:
    """A person's mention with the honorific the tagger left outside it ("Mrs." of "Mrs. Clinton"), which says
    which of a family it is."""
    span = mention.span
    before = _honorific_before(span.doc, span.start) if span is not None else None
    return f"{before.text} {mention.text}" if before is not None else mention.text


def _side_of(code: str | None, country: str | None) -> str | None:
    return side(Actor(None, code, country, None))


def _regional_role(stated: Actor | None, member: Mention, regional: Sequence[Regional]) -> Actor | None:
    """The role a person's words state, of the region its sentence reads a state's name as: "Georgia Rep. John
    Lewis" is USALEG where "Georgia" is the American state."""
    for start, end, state, region in regional:
        if stated is not None and stated.country == state and start <= member.start < end:
            return as_region(stated, region)
    return stated


def _entity(
    entity_id: str, members: list[Mention], published: date | None, regional: Sequence[Regional] = ()
) -> Entity:
    first = members[0]
    actor = next((m.actor for m in members if m.actor and m.actor.code), None) or first.actor
    if first.type == "PERSON":
        name = actor.name if actor and actor.name else canonical_name([m.text for m in members])
    else:
        name = actor.name if actor and actor.name else first.text
    affiliation = None
    country = actor.country if actor else None
    sector = actor.sector if actor else None
    code = actor.code if actor else None
    if first.type == "PERSON":
        # A person telex's own tables do not know by full name (a bare surname they share with someone else,
        # or a name only the Phoenix fallback knows): the article's own words ("Thani, the Emir of Qatar",
        # "U.N. mediator Diego Cordovez") win when they place the person elsewhere.
        by_surname = code is not None and not any(
            len(name_tokens(m.text)) >= 2 and _leader_named(m.text, published, own=True) for m in members
        )
        for member in members:
            if member.span is None:
                continue
            found = affiliation_of(member.span)
            if found.organisation and not affiliation:
                affiliation = found.organisation
            stated = _regional_role(found.actor, member, regional)
            if stated and (not code or (by_surname and side(stated) not in (None, _side_of(code, country)))):
                code, country, sector = stated.code, stated.country, stated.sector
                by_surname = False
    return Entity(
        id=entity_id,
        name=name,
        type=first.type,
        mentions=tuple(sorted({(m.start, m.end) for m in members})),
        code=code,
        country=country,
        sector=sector,
        affiliation=affiliation,
    )
