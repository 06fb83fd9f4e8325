"""Coreference, once per article: which named actor each pronoun and definite role noun stands for.

One pass over the parse in reading order keeps what a reader keeps: every mention of a named person,
organisation or place so far, who spoke last, each person's gender and roles. A pronoun takes the
nearest actor that agrees with it in gender, number and kind ("she" is never a man or a city; "it" and
"they" may be an organisation); in speaker position it takes the last speaker unless the sentence before
introduced someone new. A role noun ("the expert", "the spokeswoman") takes the person of that role last
introduced or quoted. A definite description ("the country", "the militants", "the two countries") takes the actor
of its kind named in its own sentence or the two before, when one alone fits. Quotes and events read the same links.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Words

from telex.actors.table import actor_table, name_key
from telex.coref.gender import FEMALE, MALE, agrees, honorific_gender, name_gender, role_gender
from telex.coref.roles import agentive, meaning, narrows, open_role, place_words, qualifiers, role_key, role_words
from telex.entities.cluster import name_tokens, surname
from telex.entity_index import EntityIndex
from telex.events.word_lists import ARMED_DOER_SECTORS, STATE_SECTORS
from telex.ingest.outlets import canonical_outlet
from telex.nlp.cached import heads_with, text_of, tokens_spelled
from telex.nlp.sentences import sentence_index, sentence_of_token, sentences
from telex.quotes.lexicon import reporting_verbs, source_nouns, speaker_words
from telex.quotes.marks import find_quotations
from telex.records import Entity
from telex.tables import read_table

# How far back (in characters) a pronoun or role noun may look for the actor it stands for.
PRONOUN_REACH = 1500
ROLE_REACH = 4000
# A role word this close to a person's mention describes that person when the parse does not say so.
_ROLE_CONTEXT = 80
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LEGISLATURE = "LEG"
_PARTY = "PTY"
# The parties a party tag's letter stands for ("R-Fla."): a person given one is of no other.
_PARTIES = frozenset({meaning(letter) for letter in ("r", "d", "i")})
_ARGUMENTS = _SUBJECTS | {"dobj", "dative"}
# The links by which a name after a pronoun in its clause is an argument: "as Bush went on", "endorsed Mrs. Clinton";
# and those of clauses that go on about someone else ("but Mr. Clinton does not", "Ryan, who endorsed Trump") or of
# what the subject is ("he was the version of Donald Trump", "running as Dena Minning").
_NAMED_ARGUMENTS = _ARGUMENTS | {"pobj"}
_OTHER_CLAUSES = frozenset({"conj", "relcl", "acl", "appos", "parataxis", "attr", "oprd"})
# Links by which a noun phrase sits inside a larger one or a prepositional phrase: "the left of the senator".
_PHRASE_LINKS = frozenset({"pobj", "prep", "pcomp", "poss"})
_KEY = "telex_coreference"
_SINGULAR_THINGS = frozenset({"it", "its", "itself"})
_THIRD_OWNERS = frozenset({"his", "her", "their", "its"})
# Prepositions a verb takes an argument with ("called on him", "spoke to him"); a pronoun after one of place may be the
# subject ("saw a car near him").
ARGUMENT_PREPS = frozenset({"on", "upon", "to", "at", "against", "about", "for"})
# How many sentences before its own a definite description looks back for the actor it stands for.
DESCRIPTION_SENTENCES = 2

Span = tuple[int, int]


@dataclass(frozen=True)
class Pronoun:
    """What a pronoun may stand for: gender (None for either), number and entity types."""

    word: str
    gender: str | None
    plural: bool
    types: tuple[str, ...]
    third: bool = True  # not the speaker's own ("I", "we")


@lru_cache(maxsize=1)
def pronouns() -> dict[str, Pronoun]:
    """Pronouns by lower-case word (``data/pronouns.tsv``)."""
    return {
        row["word"]: Pronoun(
            row["word"],
            row["gender"] if row["gender"] != "-" else None,
            row["number"] == "plural",
            tuple(row["types"]),
            row["person"] == "3",
        )
        for row in read_table("pronouns.tsv")
    }


@dataclass(frozen=True)
class Description:
    """What a definite description stands for (``data/definite_nouns.tsv``): the kind of actor, one or a pair."""

    word: str
    stands: str
    pair: bool


@lru_cache(maxsize=1)
def descriptions() -> dict[str, Description]:
    """Definite descriptions by their noun as written (``data/definite_nouns.tsv``)."""
    rows = read_table("definite_nouns.tsv")
    return {row["noun"]: Description(row["noun"], row["stands"], row["count"] == "two") for row in rows}


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

    def pair(self, token: Token) -> tuple[str, str] | None:
        """The ids of the two entities "the two countries" or "both sides" stands for, if the article named them."""
        return self.pairs.get(token.i)


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    entity: str
    type: str
    sentence: int
    subject: bool
    speaker: bool
    named: bool = True  # False for a pronoun or role noun linked to the actor
    singular_pronoun: bool = False  # "it" linked to the actor: no evidence that "they" stands for it
    main: bool = False  # the subject of a main clause, not of a clause reported or subordinate


def coreference(doc: Doc, entities: EntityIndex) -> Coreference:
    """The coreference of ``doc`` over ``entities``, computed on first use and kept with the ``Doc``."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and cached[0] is entities:
        found: Coreference = cached[1]
        return found
    result = resolve_coreference(doc, entities)
    doc.user_data[_KEY] = (entities, result)
    return result


def _kind(entity: Entity) -> str:
    """The kind of actor a mention is for pronouns and role nouns: a place the tables code as a region of its state
    (a US state or city, typed ORG by the entity step: "Indiana", "Cleveland") is a place, so "it said" or "the
    campaign" is never one."""
    if entity.type == "ORG" and entity.code is not None and entity.code == entity.country and not entity.sector:
        return "GPE"
    return entity.type


def _speaks(token: Token) -> bool:
    """Whether ``token`` heads the speaker of a report: "Lee said", "said Lee", "according to Lee"."""
    if token.dep_ == "appos":
        token = token.head
    verbs = reporting_verbs()
    if any(c.dep_ == "relcl" and c.lemma_.lower() in verbs and _relative_subject(c) for c in token.children):
        return True  # "Loretta Lynch, who told Congress …"
    if token.dep_ in _SUBJECTS:
        return token.head.lemma_.lower() in verbs
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


# The links by which a clause hangs on the clause it is said or done in: "said (that) …", "lose … because …".
_SUBORDINATE = frozenset({"ccomp", "advcl"})
_EMBEDDED = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})


def _main_clause(subject: Token) -> bool:
    """Whether a subject's verb heads the sentence (or a clause joined to it), not a clause inside another:
    "Obama has kept in touch" in "Earnest said Obama has kept in touch" is what Earnest said."""
    verb = subject.head.head if subject.dep_ == "appos" else subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ not in _EMBEDDED


def _relative_subject(clause: Token) -> bool:
    return any(c.dep_ in _SUBJECTS and c.lower_ in ("who", "that") for c in clause.children)


def _is_subject(token: Token) -> bool:
    return token.dep_ in _SUBJECTS or (token.dep_ == "appos" and token.head.dep_ in _SUBJECTS) or _root_subject(token)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _root_subject(token: Token) -> bool:
    """A name the parser made the root of a sentence whose verbs hang off it: the subject it mistook ("Rep. Devin
    Nunes (R-Calif.), chairman of …, didn't second-guess …, but he did call for …"); a headline of no verb is none."""
    if token.dep_ != "ROOT" or token.pos_ not in ("PROPN", "NOUN"):
        return False
    return any(w.tag_ in _FINITE for w in token.subtree if w.i > token.i)


class _Reader:
    """The state of one pass: mentions seen so far, last speaker, genders and roles. Used by one call only."""

    def __init__(self, doc: Doc, entities: EntityIndex, unmarked: Mapping[int, Entity]) -> None:
        self.doc = doc
        self.quoted = quoted_speakers(doc, entities, unmarked)
        self.entities = entities
        self.unmarked = unmarked  # surnames the tagger left out, by token index (``unmarked_surnames``)
        self.lower = text_of(doc).lower()
        self.seen: list[_Mention] = []
        self.speaker: _Mention | None = None
        self.genders: dict[str, str] = {}
        self.worded: set[str] = set()  # persons whose gender a name, title or role word gave, not a pronoun
        self.roles: dict[str, set[str]] = {}
        self.described: dict[str, set[str]] = {}
        self.links: dict[int, str] = {}
        self.groups: dict[int, Span] = {}
        self.pairs: dict[int, tuple[str, str]] = {}
        self.descriptions: set[int] = set()
        self.titled: set[int] = set()
        self.speaking: dict[tuple[int, int], set[str]] = {}  # who each quotation's "I" was linked to

    def mention(self, entity: Entity, span: Span) -> _Mention | None:
        """Read a mention of a named actor: its gender and roles for later pronouns and role nouns."""
        doc = self.doc
        words = doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None or not len(words):
            return None
        root = words.root
        subject = _is_subject(root)
        found = _Mention(
            *span, entity.id, _kind(entity), sentence_index(doc, span[0]), subject, _speaks(root),
            main=subject and _main_clause(root),
        )
        if entity.type == "PERSON":
            before = doc[words.start - 1] if words.start > 0 else None
            evidence = [honorific_gender(before.text) if before is not None else None]
            described = role_words(words)
            evidence += [role_gender(w) for w in described] + [name_gender(words.text), name_gender(entity.name)]
            gender = next((g for g in evidence if g is not None), None)
            if gender is not None:
                self.genders.setdefault(entity.id, gender)
                self.worded.add(entity.id)
            self.roles.setdefault(entity.id, set()).update(role_key(w) for w in described)
            self.described.setdefault(entity.id, set()).update(described)
        return found

    def actor(self, entity: Entity, span: Span) -> Entity:
        """Who a mention names (``named_by``)."""
        return named_by(entity, self.doc.char_span(span[0], span[1], alignment_mode="expand"), self.entities)

    def add(self, mention: _Mention) -> None:
        self.seen.append(mention)
        if mention.speaker and self._writer_reports(mention):
            self.speaker = mention

    def _writer_reports(self, mention: _Mention) -> bool:
        """Whether the writer reports what ``mention`` says or thinks: one who speaks or thinks inside another's
        quotation ("“… whether he thinks that's …,” he said") is reported by the quotation's speaker, so is not the last
        speaker for the pronouns after; the quotation's own "I" is that speaker."""
        if self._quotation(mention.start) is None:
            return True
        word = pronouns().get(text_of(self.doc)[mention.start : mention.end].lower())
        return word is not None and not word.third

    def link(self, token: Token, entity: Entity) -> None:
        """Record that ``token`` stands for ``entity``; it counts as a mention from here on."""
        self.links[token.i] = entity.id
        start = token.idx
        self.add(
            _Mention(
                start, start + len(token), entity.id, _kind(entity), sentence_index(self.doc, start),
                _is_subject(token), _speaks(token), named=False,
                singular_pronoun=token.lower_ in _SINGULAR_THINGS, main=_is_subject(token) and _main_clause(token),
            )
        )

    def nearest(
        self,
        token: Token,
        types: tuple[str, ...],
        gender: str | None,
        reach: int,
        excluded: frozenset[str] = frozenset(),
    ) -> _Mention | None:
        """The nearest earlier mention of an actor of ``types`` and agreeing ``gender`` within ``reach``, not one of
        ``excluded``; for a subject pronoun, a subject of its own or the previous sentence first ("Kim greeted him.
        He said …")."""
        excluded = excluded | self._clause_subjects(token)
        found = self._nearest(token, types, gender, reach, excluded)
        own = sentence_index(self.doc, token.idx)
        if found is None or gender is None or not self._unsure(found) or (found.subject and found.sentence == own):
            return found
        # "Clinton was pressed to run earlier than she did" after "…, Elleithee said": a person known to be of the
        # pronoun's gender, named in its own sentence or as the subject of the one before, wins over one whose
        # gender no word gave, unless that one is the subject of the pronoun's own sentence. The subject of a clause
        # reported in the sentence before does not displace that sentence's own subject for the subject of a main
        # clause: "Christie's been making the case that Rubio isn't ready. “…,” he said" is Christie's.
        carries_on = found.main and _is_subject(token) and _main_clause(token)
        for mention in reversed(self.seen):
            if mention.sentence < own - 1 or token.idx - mention.end > reach:
                break
            known = mention.type == "PERSON" and not self._unsure(mention)
            near = mention.sentence == own or (mention.subject and (mention.main or not carries_on))
            if known and near and mention.entity not in excluded and self._agrees(mention, gender):
                return mention
        return found

    def _nearest(
        self, token: Token, types: tuple[str, ...], gender: str | None, reach: int, excluded: frozenset[str] | set[str]
    ) -> _Mention | None:
        sentence = sentence_index(self.doc, token.idx) if token.dep_ in _SUBJECTS else None
        first: _Mention | None = None
        reported: _Mention | None = None
        for mention in reversed(self.seen):
            if token.idx - mention.end > reach:
                break
            if mention.type not in types or mention.entity in excluded or not self._agrees(mention, gender):
                continue
            if sentence is None:
                return mention
            if mention.subject and mention.sentence == sentence - 1 and not mention.main:
                # "Coll said he was troubled that Cohen had made allegations. He went on …": the subject of the
                # sentence before carries on, not one of a clause inside it.
                reported = reported or mention
                continue
            if mention.subject and mention.sentence >= sentence - 1:
                return mention
            if first is None:
                first = mention
            if mention.sentence < sentence - 1:
                break  # no subject of this sentence or the one before agrees: the nearest does
        return reported or first

    def _unsure(self, mention: _Mention) -> bool:
        """A person whose gender no name, title or role word has given."""
        return mention.type == "PERSON" and mention.entity not in self.worded

    def _agrees(self, mention: _Mention, gender: str | None) -> bool:
        return mention.type != "PERSON" or agrees(gender, self.genders.get(mention.entity))

    def _clause_subjects(self, token: Token) -> set[str]:
        """ "Kim greeted him", "Kim called on him": an object pronoun, of the verb or of a preposition the verb takes
        its argument with, never stands for the subject of its own verb (one of place may: "Kim saw a car near him"),
        nor for the one the verb shares a subject with or is controlled by ("Kim left and thanked him", "Kim declined
        to assail him")."""
        if token.dep_ in _SUBJECTS or token.tag_ == "PRP$" or token.lower_.endswith("self"):
            return set()
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ARGUMENT_PREPS else token.head
        return {
            e.id
            for t in _understood_subjects(verb)
            if t.i != token.i and (e := self._entity_at(t))
        }

    def pronoun(self, token: Token, word: Pronoun) -> None:
        if word.plural:
            self._plural(token, word)
            return
        if dummy_it(token):
            return
        # "“He can’t …,” said Gorski": inside a quotation a third-person pronoun is not who it is attributed to,
        # and "I" is.
        quoting = self._quoting(token)
        if not word.third and len(quoting) == 1:
            self.link(token, self.entities.by_id[next(iter(quoting))])
            return
        if not word.third and self._quotation(token.idx) is None:
            return  # "I" and "we" outside quotation marks are the writer's (an op-ed, a speech printed whole)
        quoting = quoting | self._first_person(token) if word.third else self._named_in_quotation(token)
        if word.third and word.types == ("PERSON",):
            quoting |= self._named_after(token)
        says = _says(token) and "GPE" in word.types and not word.plural
        types = tuple(t for t in word.types if t != "GPE") if says else word.types
        governing = self._governing(token, word, quoting)
        nearest = governing or self.nearest(token, types, word.gender, PRONOUN_REACH, quoting)
        if "ORG" in word.types and self._after_document(token, nearest):
            return  # "…, the congressional report said. It accused the FDIC …": the report, not a body named in it
        if says and nearest is not None and nearest.sentence < sentence_index(self.doc, token.idx) - 1:
            nearest = None  # "…,” it said: a body named in this sentence or the one before, else a document unnamed
        last = self.speaker
        # The last speaker carries on for a pronoun speaking outside quotation marks or an "I" inside them, not for
        # "he" or "she" inside another's quotation ("“… she had previously agreed …,” Sammon said").
        if (
            governing is None
            and _speaks(token)
            and not (word.third and self._quotation(token.idx) is not None)
            and last is not None
            and last.entity not in quoting
            and token.idx - last.end <= PRONOUN_REACH
            and last.type in types
            and self._agrees(last, word.gender)
        ):
            # A newcomer introduced by name as the subject of a main clause after the last speaker, in this
            # sentence or the one before, wins over the last speaker: "Its minister, Jeyhun Bayramov, was more
            # cautious. “…,” he said." The newcomer may have been called "he" since: "Cruz played down the idea
            # that he had struck a deal. “…,” he said."
            newcomer = nearest is not None and nearest.entity != last.entity and self._introduced(nearest, last, token)
            nearest = nearest if newcomer else last
        if nearest is not None and not self._unnamed_between(token, nearest, word.gender):
            self._gender_from(nearest, word.gender)
            self.link(token, self.entities.by_id[nearest.entity])
            if not word.third:
                self._speaks_in(token, nearest.entity)

    def _after_document(self, token: Token, nearest: _Mention | None) -> bool:
        """Whether a subject "it" follows a sentence whose main clause has a document for subject, with no body named
        in its own sentence before it: the document is what "it" stands for ("The report also provided details of
        breaches in which FDIC employees … . It said …")."""
        if token.dep_ not in _SUBJECTS or self._quotation(token.idx) is not None or token.sent.start == 0:
            return False
        if nearest is not None and nearest.sentence == sentence_index(self.doc, token.idx):
            return False
        root = self.doc[token.sent.start - 1].sent.root
        return any(
            c.dep_ in _SUBJECTS and c.pos_ == "NOUN" and source_nouns().get(c.lemma_.lower()) == "document"
            for c in root.children
        )

    def _governing(self, token: Token, word: Pronoun, excluded: frozenset[str]) -> _Mention | None:
        """The person a subject "he" or "she" in a subordinate clause stands for when a clause above it has an agreeing
        person for subject: "He said Grassley could lose … because he denied Merrick Garland a hearing" is Grassley's
        denial, not that of the last speaker nor of the subject of the sentence before; when the subjects above are
        all of the other sex, the one agreeing person those clauses act on. Climbs only through clauses said or
        subordinate (not a relative clause, nor to a subject on the other side of quotation marks)."""
        if token.dep_ not in _SUBJECTS or word.types != ("PERSON",) or not word.third:
            return None
        quotation = self._quotation(token.idx)
        verb = token.head
        passed: list[Token] = []
        if any(self._clause_person(c, token) is not None for c in verb.children if c.dep_ == "advcl" and c.i < token.i):
            return None  # "if Sanders gets close, he will start …": the person of the clause before, as read nearest
        while verb.dep_ in _SUBORDINATE and verb.head.i != verb.i:
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < token.i]
            if not subjects:
                continue
            if any(self._quotation(c.idx) != quotation for c in subjects):
                return None  # a subject on the other side of quotation marks: another's words
            person = self._clause_person(verb, token)
            if person is None:
                return None  # "Petraeus acknowledged that he knew", the name typed no person: read as nearest
            if person.entity not in excluded and self._agrees(person, word.gender):
                return person
            passed.append(verb)
        # "Ayotte has tangled with Trump, saying she was appalled that he would disparage …": no subject above agrees,
        # so the one agreeing person those clauses act on.
        return self._clause_object(passed, token, word, excluded) if passed else None

    def _clause_object(
        self, verbs: list[Token], token: Token, word: Pronoun, excluded: frozenset[str]
    ) -> _Mention | None:
        """The one person of the pronoun's gender an object of ``verbs`` (direct, or of a preposition on the verb)
        names before ``token``; none when two do."""
        found: set[str] = set()
        for verb in verbs:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            for obj in objects:
                if obj.i > token.i:
                    continue
                entity_id = self._named_by(obj)
                if entity_id and entity_id not in excluded:
                    found.add(entity_id)
        people = [m for e in found if (m := self._latest(e))]
        people = [m for m in people if m.type == "PERSON" and self._agrees(m, word.gender)]
        return people[0] if len(people) == 1 else None

    def _clause_person(self, verb: Token, token: Token) -> _Mention | None:
        """The latest mention of the person subject of ``verb`` before ``token``, if its subject is a person."""
        for subject in (c for c in verb.children if c.dep_ in _SUBJECTS and c.i < token.i):
            entity_id = self._named_by(subject)
            mention = self._latest(entity_id) if entity_id else None
            if mention is not None and mention.type == "PERSON":
                return mention
        return None

    def _latest(self, entity_id: str) -> _Mention | None:
        """The latest mention read so far of the entity ``entity_id``."""
        return next((m for m in reversed(self.seen) if m.entity == entity_id), None)

    def _speaks_in(self, token: Token, entity_id: str) -> None:
        """Record that the "I" of the quotation holding ``token`` is ``entity_id``."""
        quotation = self._quotation(token.idx)
        if quotation is not None:
            self.speaking.setdefault(quotation, set()).add(entity_id)

    def _first_person(self, token: Token) -> frozenset[str]:
        """Whom the "I" of the quotation holding ``token`` stands for: not its "he" (“I think we need him back,”
        Hannity said, of Rubio)."""
        quotation = self._quotation(token.idx)
        return frozenset(self.speaking.get(quotation, ())) if quotation is not None else frozenset()

    def _named_after(self, token: Token) -> frozenset[str]:
        """Who a pronoun of a person is not: those its own phrase or clause names after it as a subject or object
        ("“Quiet,” he demanded, as Bush went on", "she endorsed Mrs. Clinton", "his assault on Mr. Bush", "He says
        Obama knows"), not in a clause joined to it or describing a noun ("He could dismantle an opponent, but Mr.
        Clinton does not", "Ryan, who would endorse Trump"), in what it is ("he was the version of Donald Trump",
        "running as Dena Minning") nor in other quotation marks; a name in parentheses right after it says whom it
        stands for ("He (Trump) said")."""
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is not None and after.text in ("(", "["):
            return frozenset()
        quotation = self._quotation(token.idx)
        found: set[str] = set()
        stack = [c for c in token.head.children if c.i > token.i]
        while stack:
            word = stack.pop()
            if word.dep_ in _OTHER_CLAUSES or self._quotation(word.idx) != quotation:
                continue
            if self._reported_apart(token, word):
                continue
            stack.extend(word.children)
            named = word.dep_ in _NAMED_ARGUMENTS and not _predicate(word)
            entity = self._entity_at(word) if named else None
            if entity is not None:
                found.add(entity.id)
        return frozenset(found)

    def _named_in_quotation(self, token: Token) -> frozenset[str]:
        """Who the quotation holding ``token`` names: not its "I" (“There's only one: Trump. … I don't think he
        can”)."""
        quotation = self._quotation(token.idx)
        if quotation is None:
            return frozenset()
        return frozenset(m.entity for m in self.seen if m.named and quotation[0] < m.start < quotation[1])

    def _reported_apart(self, token: Token, word: Token) -> bool:
        """Whether a quotation stands between ``token`` and a word after it: the word is in a report of its own ("he
        warned, “… fair game,” Trump told NBC")."""
        return any(token.idx < start and end <= word.idx for start, end, _ in self.quoted)

    def _unnamed_between(self, token: Token, mention: _Mention, gender: str | None) -> bool:
        """Whether a person the article does not name, of the pronoun's gender, is the subject of its sentence or the
        one before, after ``mention``: "A 29-year-old Berlin woman received probation after she had posted …" is about
        the woman, not the chancellor named further back."""
        if gender is None:
            return False
        every = sentences(self.doc)
        own = sentence_index(self.doc, token.idx)
        quotation = self._quotation(token.idx)
        for sentence in every[max(0, own - 1) : own + 1]:
            for word in sentence:
                if word.i >= token.i or word.idx < mention.end or word.dep_ not in _SUBJECTS:
                    continue
                if self._quotation(word.idx) != quotation:
                    continue  # “… this man is peddling his weapon,” he added: the words of another
                if any(c.dep_ == "poss" and c.lower_ in _THIRD_OWNERS for c in word.children):
                    continue  # "his brother added": a relative of someone named may be named too
                if word.tag_ == "NN" and role_gender(word.lower_) == gender and word.i not in self.links:
                    return True
        return False

    def _introduced(self, nearest: _Mention, last: _Mention, token: Token) -> bool:
        """Whether the actor of ``nearest`` was named as the subject of a main clause after the last speaker, in the
        sentence of ``token`` or the one before."""
        sentence = sentence_index(self.doc, token.idx)
        for mention in reversed(self.seen):
            if mention.start < last.end or mention.sentence < sentence - 1:
                return False
            if mention.entity == nearest.entity and mention.named and mention.main and mention.subject:
                return True
        return False

    def _quoting(self, token: Token) -> frozenset[str]:
        """The actors the quotation holding ``token`` is attributed to; none outside quotation marks."""
        return next((ids for start, end, ids in self.quoted if start < token.idx < end), frozenset())

    def _gender_from(self, mention: _Mention, gender: str | None) -> None:
        """A person first called "she" is a woman for the pronouns after."""
        if mention.type == "PERSON" and gender in (MALE, FEMALE):
            self.genders.setdefault(mention.entity, gender)

    def _plural(self, token: Token, word: Pronoun) -> None:
        """ "they": a plural subject of its own sentence, else an organisation that is the subject just before, else
        the plural subject of the sentence before ("The aides told the group … They said …"). A subject inside the
        quotation "they" is reported to have said is none ("“These results should …,” they argued")."""
        group = plural_subject(token)
        if group is not None and self._reports_quotation_of(token, group[0]):
            return
        if group is not None:
            self.groups[token.i] = group
            return
        if "ORG" in word.types and self._subject_organisation(token):
            return
        group = previous_plural_subject(token)
        if group is not None and self._quotation(group[0]) == self._quotation(token.idx):
            self.groups[token.i] = group

    def _subject_organisation(self, token: Token) -> bool:
        """Link ``token`` to the organisation that is the subject just before, in its sentence or the one before;
        whether a subject was found there at all (a person or place subject stands in the way)."""
        sentence = sentence_index(self.doc, token.idx)
        for mention in reversed(self.seen):
            if mention.sentence < sentence - 1 or token.idx - mention.end > PRONOUN_REACH:
                return False
            if mention.subject and not mention.singular_pronoun:
                if mention.type == "ORG":
                    self.link(token, self.entities.by_id[mention.entity])
                return True
        return False

    def _reports_quotation_of(self, token: Token, offset: int) -> bool:
        """Whether ``token``, outside quotation marks, reports (as subject or addressee of a reporting verb) the
        quotation that holds ``offset``."""
        if self._quotation(token.idx) is not None or self._quotation(offset) is None:
            return False
        return token.dep_ in _ARGUMENTS and token.head.lemma_.lower() in reporting_verbs()

    def role(self, token: Token, types: tuple[str, ...]) -> None:
        """ "the expert": the person of that role last introduced or quoted; "the ministry": the organisation."""
        if "PERSON" in types:
            found = self._apposed_person(token) or self._role_holder(token)
            if found is not None:
                self.titled.add(token.i)
            else:
                found = self._described_near(token, qualifiers(token), self._clause_people(token))
                found = found or self._legislator(token)
        else:
            found = self._named_organisation(token, types)
        if found is not None:
            self.link(token, found)

    def member(self, token: Token) -> None:
        """ "the Wisconsin Republican": the person a role phrase of a party's name stands for, as for "the senator"
        (``role``), unless the article or the tables gave them another party ("the lifelong Republican" is not
        Hillary Clinton named near the word)."""
        party = meaning(token.lower_)
        found = self._apposed_person(token) or self._role_holder(token)
        narrowed = qualifiers(token)
        if found is None and narrowed:
            # "the Ohio Republican": one named near the party and the state (before the phrase: "Republican Donald
            # Trump's comments. … the Wisconsin Republican" is not Trump); a bare "the Democrat" is no one merely named
            # near the word.
            found = self._described_near(token, narrowed, self._clause_people(token), own_words=False)
        if found is None:
            return
        held = {meaning(w) for w in self.described.get(found.id, ())} | set((found.affiliation or "").lower().split())
        if not (held & _PARTIES) - {party}:
            self.link(token, found)

    def _legislator(self, token: Token) -> Entity | None:
        """ "the Vermont senator" where the article gave no one that title: the one person the actor tables place in
        the legislature named within reach, unless the article placed them in another state than the phrase names.
        Only the legislature's nouns do: "the governor", "the president" or "the leader" are of a sector (GOV) that
        holds the country's leaders, ministers and mayors alike."""
        if actor_table().sectors.get(meaning(token.lower_)) != _LEGISLATURE:
            return None
        others = self._clause_people(token)
        states = {w for w in qualifiers(token) if place_words(w)}
        found: list[str] = []
        for mention in reversed(self.seen):
            if token.idx - mention.end > ROLE_REACH:
                break
            entity = self.entities.by_id[mention.entity]
            if entity.type != "PERSON" or entity.sector != _LEGISLATURE or entity.id in others or entity.id in found:
                continue
            held = {w for w in self.described.get(entity.id, ()) if place_words(w)}
            if not states or not held or states <= held:
                found.append(entity.id)
        return self.entities.by_id[found[0]] if len(found) == 1 else None

    def _apposed_person(self, token: Token) -> Entity | None:
        """The person a role phrase is set beside: "Warren, the senator from Massachusetts"."""
        named = self._named_by(token.head) if token.dep_ == "appos" else None
        entity = self.entities.by_id[named] if named is not None else None
        return entity if entity is not None and entity.type == "PERSON" else None

    def _role_holder(self, token: Token) -> Entity | None:
        """The person last named of the role the article gave them, with the words narrowing it ("the Democratic
        nominee" is a nominee the article called Democratic); where none was called "former", one of the role all
        the same ("the former president" after "President Bill Clinton")."""
        key, gender = role_key(token.lower_), role_gender(token.lower_)
        narrowed = qualifiers(token)
        loose = [w for w in narrowed if not narrows(w)]
        others = self._clause_people(token)
        quotation = self._quotation(token.idx)
        fallback: Entity | None = None
        for mention in reversed(self.seen):
            if token.idx - mention.end > ROLE_REACH:
                break
            if mention.entity in others or self._quotation(mention.start) not in (None, quotation):
                continue
            described = mention.type == "PERSON" and key in self.roles.get(mention.entity, ())
            if not described or not self._agrees(mention, gender):
                continue
            held = self.described.get(mention.entity, set())
            if all(w in held or meaning(w) in held for w in narrowed):
                return self.entities.by_id[mention.entity]
            if fallback is None and all(w in held or meaning(w) in held for w in loose):
                fallback = self.entities.by_id[mention.entity]
        return fallback

    def _clause_people(self, token: Token) -> set[str]:
        """Who a role phrase is not: those coordinated with it ("Beck and the former Alaska governor"), the subject
        and objects of the verb it is an argument of, directly or through prepositions ("Clinton beat the senator
        from Vermont", "Szlachta told the senator", "she's to the left of the Vermont senator"), the subject of the
        verb that reports that verb's clause ("Axelrod said that the mayor has to …"), and, for the subject of a
        report, the subject and object of the report before it ("Obama failed, the senator said", not "I" nor one
        named deeper: "The tricks that Carson denounced were minor, the candidate said" is Carson's)."""
        if _predicate(token):
            return set()
        people = list(token.conjuncts)
        child = token
        while child.dep_ in _PHRASE_LINKS and child.head.pos_ not in ("VERB", "AUX") and child.head.i != child.i:
            child = child.head
        verb = child.head
        if verb.pos_ in ("VERB", "AUX") and child.dep_ in _ARGUMENTS | _PHRASE_LINKS:
            people += [c for c in verb.children if c.dep_ in _ARGUMENTS]
            if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
                people += [c for c in verb.head.children if c.dep_ in _SUBJECTS]
            if child.dep_ in _SUBJECTS:
                reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i]
                people += [a for c in reported for a in c.children if a.dep_ in _ARGUMENTS and self._told(a)]
                people += _participle_objects(verb)
        third = [t for t in people if t.i != token.i and (t.lower_ not in pronouns() or pronouns()[t.lower_].third)]
        return {e for t in third if (e := self._named_by(t))}

    def _told(self, token: Token) -> bool:
        """Whether a word of a report says whom it names apart from who reports it: a name, or a pronoun outside
        quotation marks. A pronoun inside them was read as if the speaker, still unknown, said it ("“I've known him
        for 14 years,” the governor said": "him" is no clue to who the governor is)."""
        return token.lower_ not in pronouns() or self._quotation(token.idx) is None

    def _named_by(self, token: Token) -> str | None:
        """The id of the actor a word names or, for a pronoun or role noun read before, stands for."""
        entity = self._entity_at(token)
        return self.links.get(token.i) or (entity.id if entity is not None else None)

    def _entity_at(self, token: Token) -> Entity | None:
        """The actor a word names: a mention of the entity step, or a surname it left out."""
        return self.entities.at(token.idx, token.idx + len(token)) or self.unmarked.get(token.i)

    def _described_near(
        self, token: Token, narrowed: list[str], others: set[str], own_words: bool = True
    ) -> Entity | None:
        """The nearest person with the role word (and the words narrowing it) written beside a mention or in
        their affiliation, not one of ``others`` nor one named inside the role phrase ("the Sanders aide"); with
        ``own_words`` false, the phrase's own words within reach after the mention are not beside it."""
        text = self.lower
        word = token.lower_
        gender = role_gender(word)
        phrase = token.left_edge.idx
        upto = len(text) if own_words else phrase
        for mention in reversed(self.seen):
            if token.idx - mention.end > ROLE_REACH:
                return None
            if mention.type != "PERSON" or mention.start >= phrase or mention.entity in others:
                continue
            if not self._agrees(mention, gender):
                continue
            if self._quotation(mention.start) not in (None, self._quotation(token.idx)):
                # "“… while President Obama has stood idly by,” the Florida senator said": whom a quotation names is
                # not who the role noun outside it stands for.
                continue
            entity = self.entities.by_id[mention.entity]
            window = text[max(0, mention.start - _ROLE_CONTEXT) : min(mention.end + _ROLE_CONTEXT, upto)]
            beside = all(w in window for w in (word, *narrowed))
            loose = not any(not narrows(w) for w in narrowed)  # "the former secretary" of the State Department
            if beside or (loose and entity.affiliation and word in entity.affiliation.lower()):
                return entity
        return None

    def _named_organisation(self, token: Token, types: tuple[str, ...]) -> Entity | None:
        """The organisation "the bloc" or "the ministry" stands for: one whose name or a mention holds the word
        ("the ministry" after "the Swiss Environment Ministry"), else the nearest of a sector the word may stand for
        (``organisation_sectors``: "the company" a company, not the Republican Party; "the campaign" none)."""
        text = self.lower
        # "the federal environment ministry" describes itself: only a mention holding the word is the same body.
        bare = not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.lefts)
        fitting = organisation_sectors().get(token.lower_, frozenset())
        nearest: Entity | None = None
        for mention in reversed(self.seen):
            if token.idx - mention.end > ROLE_REACH:
                break
            entity = self.entities.by_id[mention.entity]
            if mention.type in (*types, "GPE") and token.lower_ in text[mention.start : mention.end]:
                return entity
            if mention.type not in types:
                continue
            if token.lower_ in entity.name.lower():
                return entity
            if bare and nearest is None and token.idx - mention.end <= PRONOUN_REACH and _body_kind(entity) in fitting:
                nearest = entity
        return nearest

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
        subjects = [s for c in verb.children if c.dep_ in _SUBJECTS and c.i != token.i for s in (c, *c.conjuncts)]
        return {e.id for s in subjects if (e := self._entity_at(s))}

    def _home(self, entity_id: str) -> bool:
        """The entity is the article's own country: "unite the country", "the nation mourns" speak of its people at
        large more often than of its state acting, and "the government" of it is coded as home by its words."""
        entity = self.entities.by_id[entity_id]
        return entity.code is not None and entity.code == self.entities.home_country

    def _quotation(self, offset: int) -> tuple[int, int] | None:
        return next(((start, end) for start, end, _ in self.quoted if start < offset < end), None)


# Adjectives that take a clause put off after them, with "it" standing in for it: "it's hard to imagine …".
_EXTRAPOSING = frozenset({
    "hard", "easy", "difficult", "tough", "important", "fair", "clear", "unclear", "possible", "impossible",
    "necessary", "obvious", "worth", "likely", "unlikely", "true", "safe", "striking", "surprising", "interesting",
    "notable", "tempting", "reasonable", "fitting", "ironic", "odd", "strange", "remarkable", "telling",
})
_LINKING = frozenset({"be", "seem", "remain", "become", "appear"})


@lru_cache(maxsize=1)
def organisation_sectors() -> dict[str, frozenset[str]]:
    """The kinds of body (``_body_kind``) the nearest body a bare "the <noun>" may stand for has to be when no body of
    that word is named, by noun (``data/organisation_nouns.tsv``)."""
    rows = read_table("organisation_nouns.tsv")
    return {row["word"]: frozenset(s for s in row["sectors"].split(";") if s) for row in rows}


def _body_kind(entity: Entity) -> str:
    """An organisation's kind for ``organisation_sectors``: "none" for one no table codes, "IGO" for a body of
    states (coded IGO…, with no sector), else the sector of its code."""
    if entity.code is None:
        return "none"
    if entity.code.startswith("IGO"):
        return "IGO"
    return entity.sector or "-"


def _says(token: Token) -> bool:
    """Whether ``token`` is the subject of a verb of speech ("it said", "it added", "it reads"), not of a view held
    ("it hopes", "it wants"). A city or a country seldom says anything through "it": its government or people do."""
    entry = reporting_verbs().get(token.head.lemma_.lower()) if token.dep_ in _SUBJECTS else None
    return entry is not None and entry.class_ == "speech"


def _understood_subjects(verb: Token) -> list[Token]:
    """Who does ``verb``: its subjects; for a verb with none, those of the verb it is coordinated with ("Trump
    criticized the pope and accused him": Trump accused), or for a complement the object that controls it, else the
    subject above ("urged Iran to punish him": Iran; "wants to punish him": who wants). A verb joined to a reported
    clause ("Ms. Khan said Mr. Trump was ignorant and criticized him") is as often the reporter's, so has none known."""
    for _ in range(4):
        own = [c for c in verb.children if c.dep_ in _SUBJECTS]
        reported = verb.dep_ == "conj" and verb.head.dep_ == "ccomp"
        if own or reported or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return own
        objects = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        if objects:
            return objects
        verb = verb.head
    return []


def dummy_it(token: Token) -> bool:
    """Whether "it" stands for no actor but for a clause put off after it: "it's hard to imagine …", "it is important
    to note that …", "it doesn't take a mathematician to see …", "it is assumed that …"."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    later = [c for c in head.children if c.i > token.i]
    clause = any(c.dep_ in ("xcomp", "ccomp") for c in later)
    if token.dep_ == "nsubjpass":
        return clause and head.lemma_.lower() in reporting_verbs()  # "it is said that …"
    if token.dep_ != "nsubj":
        return False
    if head.lemma_.lower() == "take":
        return clause  # "it takes courage to say …"
    adjective = next((c for c in later if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _EXTRAPOSING), None)
    if head.lemma_.lower() not in _LINKING or adjective is None:
        return False
    return clause or any(c.dep_ in ("xcomp", "ccomp") for c in adjective.children)


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


def _description(token: Token) -> Description | None:
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


def _predicate(token: Token) -> bool:
    """Whether a noun says what someone is rather than naming someone: "Trump is the nominee", "Donald Trump, the
    candidate", "support Trump as the nominee", "make him the nominee", "Trump was crowned the nominee"."""
    if token.dep_ in ("attr", "oprd", "appos"):
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ == "as"
    if token.dep_ not in ("dobj", "dative", "ccomp", "xcomp"):
        return False
    return any(c.dep_ in ("dobj", "dative", "nsubjpass") and c.i != token.i for c in token.head.children)


_PARTICIPLES = frozenset({"VBG", "VB", "VBN"})


def _participle_objects(verb: Token) -> list[Token]:
    """The objects of what a subject does in a clause of no subject of its own hanging off its verb or its verb's
    object: "the Vermont senator opened a rally blasting Clinton", "the governor left, thanking Obama"."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    clauses += [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"]
    open_clauses = [c for c in clauses if c.tag_ in _PARTICIPLES and not any(a.dep_ in _SUBJECTS for a in c.children)]
    return [o for c in open_clauses for o in c.children if o.dep_ in ("dobj", "dative")]


def _definite_role(token: Token, roles: Mapping[str, set[str]]) -> tuple[str, ...] | None:
    """The entity types a singular noun after "the" may stand for: a role of the table ("the expert", "the
    ministry"), or a role the article gave a person before ("a glaciologist at …", then "the glaciologist")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS") or token.dep_ == "compound":
        return None
    if token.i not in heads_with(token.doc, ("det",)) or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None  # "a spokesman" is someone the article does not name
    if any(c.dep_ == "appos" for c in token.children):
        return None  # "the party's candidate, Maria Costa": the name beside it says who
    if open_role(token) and not _predicate(token):
        return None  # "the next president" is whoever will be
    word = speaker_words().get(token.lower_) or speaker_words().get(token.lemma_.lower())
    if word is not None:
        return word.types if word.kind == "role" else None
    key = role_key(token.lower_)
    return ("PERSON",) if agentive(token.lower_) and any(key in held for held in roles.values()) else None


def party_member(token: Token, entities: EntityIndex) -> bool:
    """Whether a party's name heads a phrase after "the" as one of its members, a role like "the senator": "the
    Wisconsin Republican said", "the Democrat's team"; not the party ("the Republican Party", "the GOP", "the Republican
    nominee", "the Democratic and Republican platforms") nor its members as a whole ("the Republicans")."""
    if meaning(token.lower_) not in _PARTIES or token.is_upper:
        return False  # "the DNC", "the GOP" are the body
    if token.tag_ not in ("NN", "NNP") or token.dep_ in _NAME_PARTS or token.conjuncts:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    entity = entities.at(token.idx, token.idx + len(token))
    if entity is None or entity.sector != _PARTY:
        return False
    return _predicate(token) or not open_role(token)  # "the last Republican to carry the state" is whoever was


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
    for token in doc:
        while next_mention < len(pending) and pending[next_mention][0][1] <= token.idx:
            span, entity = pending[next_mention]
            found = reader.mention(reader.actor(entity, span), span)
            if found is not None:
                reader.add(found)
            next_mention += 1
        if token.idx in covered:
            if party_member(token, entities):
                reader.member(token)
            continue
        word = table.get(token.lower_)
        if word is not None and (token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$")):
            reader.pronoun(token, word)
            continue
        description = _description(token)
        if description is not None:
            reader.describe(token, description)
            continue
        types = _definite_role(token, reader.roles)
        if types is not None:
            reader.role(token, types)
    links, groups, genders = reader.links, reader.groups, reader.genders
    return Coreference(
        MappingProxyType(links),
        MappingProxyType(groups),
        MappingProxyType(genders),
        MappingProxyType(reader.pairs),
        frozenset(reader.descriptions),
        frozenset(reader.titled),
    )


# Links by which a surname is part of another name or a name of its own, not a mention of the person: "Team Trump",
# "the Stop Trump movement", "Ty Woods" beside "Dorothy Woods".
_NAME_PARTS = frozenset({"compound", "nmod", "amod"})


def unmarked_surnames(doc: Doc, entities: EntityIndex, covered: set[int]) -> dict[int, Entity]:
    """The bare surnames the entity step left out, by token index, with the person they name: "Giles attempted to
    re-engage the campaign" after "Terry Giles", which the tagger typed nothing or took for a title ("Trump tweeted"
    beside quotation marks). Only the surname of one person the article named in full before it, standing alone: not
    part of a longer name or title, nor a word that modifies a noun."""
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
    found: dict[int, Entity] = {}
    for i in tokens_spelled(doc, people):
        token = doc[i]
        bearers = people[token.lower_] if token.text[:1].isupper() else None
        if not bearers or len(bearers) > 1 or token.idx in covered or token.pos_ not in ("PROPN", "NOUN"):
            continue
        person = bearers[0]
        if min(start for start, _ in person.mentions) >= token.idx or token.dep_ in _NAME_PARTS:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        joined = before is not None and before.pos_ == "PROPN" and before.idx not in covered
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        longer = token.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I")
        titled = token.ent_type_ not in ("", "PERSON") and longer
        if not joined and not titled and not any(c.dep_ in _NAME_PARTS for c in token.children):
            found[token.i] = person
    return found


def person_called(label: str, entities: EntityIndex) -> Entity | None:
    """The person the article names in full whose surname is the last word of ``label`` ("Lavrov:"; "Bozell" for
    "Brent Bozell III")."""
    words = label.split()
    if not words:
        return None
    last = words[-1].lower()
    return next((e for e in entities if e.type == "PERSON" and surname(e.name) == last), None)


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


def quoted_speakers(
    doc: Doc, entities: EntityIndex, unmarked: Mapping[int, Entity] = MappingProxyType({})
) -> list[tuple[int, int, frozenset[str]]]:
    """Each quotation of ``doc`` with the actors named as speaking outside it in the sentence it opens or closes
    in ("Lee said: “…”", "“…,” said Lee"), by a mention or a surname the entity step left out (``unmarked``); a
    quotation with no attribution of its own that opens in the sentence after another closed carries that one's on
    ("“…,” said Lee. “…”")."""
    quotations = find_quotations(text_of(doc))
    if not quotations:
        return []
    speaking: list[tuple[int, int, str]] = []
    for entity in entities:
        for start, end in entity.mentions:
            words = doc.char_span(start, end, alignment_mode="expand")
            if words is not None and len(words) and _speaks(words.root):
                speaking.append((start, sentence_index(doc, start), named_by(entity, words, entities).id))
    for i, person in unmarked.items():
        if _speaks(doc[i]):
            speaking.append((doc[i].idx, sentence_index(doc, doc[i].idx), person.id))
    found: list[tuple[int, int, frozenset[str]]] = []
    closed_in = -2
    for quote in quotations:
        opens, closes = sentence_index(doc, quote.start), sentence_index(doc, max(quote.start, quote.end - 1))
        ids = frozenset(
            e for at, sentence, e in speaking if sentence in (opens, closes) and not quote.start <= at < quote.end
        )
        if not ids and found and closed_in >= opens - 1 and not _attributed(doc, quote.start, quote.end):
            ids = found[-1][2]
        found.append((quote.start, quote.end, ids))
        closed_in = closes
    return found


def _attributed(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentences a quotation opens and closes in say outside it who speaks, named or not ("“…,” the
    narrator says")."""
    every = sentences(doc)
    words = (t for s in every[sentence_index(doc, start) : sentence_index(doc, max(start, end - 1)) + 1] for t in s)
    return any(not start <= t.idx < end and _speaks(t) for t in words)


def plural_subject(pronoun: Token) -> Span | None:
    """The plural subject before ``pronoun`` in its sentence that "they" stands for ("The three governments"); in a
    relative clause whose subject is "who" or "that", the noun the clause describes ("superdelegates who said they
    support Clinton")."""
    antecedent = _relative_antecedent(pronoun) if _third_subject(pronoun) else None
    if antecedent is not None:
        return _group(antecedent)  # "Rubio and Kasich, who …"
    sent = sentence_of_token(pronoun)
    reported = _reported_before(pronoun)
    for token in reversed(sent[: pronoun.i - sent.start]):
        # A noun root is a subject the parser mistook for a fragment ("The governments announced …").
        subject = token.dep_ in _SUBJECTS or (token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN"))
        if not subject or token.pos_ == "PRON" or token.i in reported:
            continue
        if _plural_noun(token):
            last = token if token.dep_ == "ROOT" else token.right_edge
            return token.left_edge.idx, last.idx + len(last)
    return None


def previous_plural_subject(pronoun: Token) -> Span | None:
    """For a subject "they" whose own sentence names no subject before it, the plural subject of the main clause of
    the sentence before: "The aides … told the group that … . They said they were hopeful"; not after a subject of
    its own ("a significant number of Democrats said they …")."""
    own = sentence_of_token(pronoun)
    if own.start == 0 or not _third_subject(pronoun):
        return None
    reported = _reported_before(pronoun)
    if any(t.dep_ in _SUBJECTS and t.i not in reported for t in own[: pronoun.i - own.start]):
        return None
    before = sentence_of_token(pronoun.doc[own.start - 1])
    subject = next((c for c in before.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not _plural_noun(subject):
        return None
    return _group(subject)


def _reported_before(pronoun: Token) -> set[int]:
    """The words a "…, they say" reports before it, back to the sentence's start or a dash, colon or semicolon: "It's a
    two-way street, they insist", "The rules are unfair, they say". Their subjects are of the words reported, not who
    "they" are."""
    verb = pronoun.head
    if pronoun.dep_ not in _SUBJECTS or verb.i < pronoun.i or verb.lemma_.lower() not in reporting_verbs():
        return set()
    doc = pronoun.doc
    sentence = sentence_of_token(pronoun)
    start = sentence.start
    if pronoun.i - 1 <= start or doc[pronoun.i - 1].text != ",":
        return set()
    after = next((t for t in doc[verb.i + 1 : sentence.end] if t.pos_ not in ("ADV", "PART")), None)
    if after is not None and not after.is_punct:
        return set()  # "…, they are asked to rank", "…, they just don't want to run": the words go on after it
    found: set[int] = set()
    for i in range(pronoun.i - 2, start - 1, -1):
        if doc[i].text in _CLAUSE_BREAKS:
            break
        found.add(i)
    return found


# Marks that end the words a trailing "they say" reports: "… allies bristle at … — it's a two-way street, they insist".
_CLAUSE_BREAKS = frozenset({"—", "–", "--", "-", "―", ";", ":"})


def _third_subject(pronoun: Token) -> bool:
    """Whether ``pronoun`` is a third-person pronoun ("they", not "we") that is its clause's subject."""
    word = pronouns().get(pronoun.lower_)
    return pronoun.dep_ in _SUBJECTS and word is not None and word.third


def _plural_noun(noun: Token) -> bool:
    """A plural noun ("the aides"), or one joined with others ("Rubio and Kasich")."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def _group(noun: Token) -> Span:
    """The span from a noun phrase's first word to its last conjunct: "Rubio and Kasich", "the GOP contenders"."""
    last = max((noun, *noun.conjuncts), key=lambda t: t.i)
    return noun.left_edge.idx, last.idx + len(last)


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The plural noun a relative clause holding ``pronoun`` describes, when the clause's subject is the relative
    pronoun: "superdelegates who've already said they support Clinton", "voters that say they back him". Only a
    subject "they" is meant: an object is someone else ("contacts, which reinforce beliefs rather than challenge
    them"), and "their" as often a thing's ("jobs that make good use of their education")."""
    for clause in pronoun.ancestors:
        if clause.dep_ != "relcl":
            continue
        relative = any(c.dep_ in _SUBJECTS and c.tag_ in ("WP", "WDT") for c in clause.children)
        noun = clause.head
        return noun if relative and _plural_noun(noun) and noun.pos_ in ("NOUN", "PROPN") else None
    return None
