"""The state of one reading of an article for coreference: every mention of a named actor so far, who spoke last,
each person's gender and roles, and the links made. The readers of pronouns, role nouns, organisation nouns and
definite descriptions extend it (``resolve._Reader``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from telex.coref.clauses import is_subject, main_clause, reported_within, speaks
from telex.coref.gender import agrees, role_gender, weak_gender
from telex.coref.lexicon import pronouns
from telex.coref.names import named_by
from telex.coref.quotations import quoted_speakers
from telex.coref.roles import role_key, role_words, title_words
from telex.entities.person_names import honorific_gender, name_gender
from telex.entity_index import EntityIndex
from telex.nlp.cached import text_of
from telex.nlp.sentences import sentence_index
from telex.records import Entity, Span

# How far back (in characters) a pronoun or role noun may look for the actor it stands for.
PRONOUN_REACH = 1500
ROLE_REACH = 4000
_SINGULAR_THINGS = frozenset({"it", "its", "itself"})


@dataclass(frozen=True)
class Mention:
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
    modifier: bool = False  # a name modifying a common noun ("Trump rallies", "the Clinton campaign")


def _kind(entity: Entity) -> str:
    """The kind of actor a mention is for pronouns and role nouns: a place the tables code as a region of its state
    (a US state or city, typed ORG by the entity step: "Indiana", "Cleveland") is a place, so "it said" or "the
    campaign" is never one."""
    if entity.type == "ORG" and entity.code is not None and entity.code == entity.country and not entity.sector:
        return "GPE"
    return entity.type


class Reader:
    """The state of one pass: mentions seen so far, last speaker, genders and roles. Used by one call only."""

    def __init__(self, doc: Doc, entities: EntityIndex, unmarked: Mapping[int, Entity]) -> None:
        self.doc = doc
        self.quoted = quoted_speakers(doc, entities, unmarked)
        self.entities = entities
        self.unmarked = unmarked  # surnames the tagger left out, by token index (``unmarked_surnames``)
        self.lower = text_of(doc).lower()
        self.seen: list[Mention] = []
        self.speaker: Mention | None = None
        self.genders: dict[str, str] = {}
        self.worded: set[str] = set()  # persons whose gender a name, title or role word gave, not a pronoun
        self.roles: dict[str, set[str]] = {}
        self.titles: set[str] = set()  # the keys of the titles written before persons' names (``title_words``)
        self.described: dict[str, set[str]] = {}
        self.links: dict[int, str] = {}
        self.groups: dict[int, Span] = {}
        self.pairs: dict[int, tuple[str, str]] = {}
        self.descriptions: set[int] = set()
        self.titled: set[int] = set()
        self.followed: set[int] = set()  # role phrases linked to the person the telling goes on with
        self.speaking: dict[tuple[int, int], set[str]] = {}  # who each quotation's "I" was linked to

    def mention(self, entity: Entity, span: Span) -> Mention | None:
        """Read a mention of a named actor: its gender and roles for later pronouns and role nouns."""
        doc = self.doc
        words = doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None or not len(words):
            return None
        root = words.root
        subject = is_subject(root)
        found = Mention(
            *span,
            entity.id,
            _kind(entity),
            sentence_index(doc, span[0]),
            subject,
            speaks(root),
            main=subject and main_clause(root),
            modifier=root.dep_ == "compound" and root.head.pos_ == "NOUN",
        )
        if entity.type == "PERSON":
            before = doc[words.start - 1] if words.start > 0 else None
            evidence = [honorific_gender(before.text) if before is not None else None]
            described = role_words(words)
            evidence += [role_gender(w) for w in described if not weak_gender(w)]
            evidence += [name_gender(words.text), name_gender(entity.name)]
            evidence += [role_gender(w) for w in described if weak_gender(w)]
            gender = next((g for g in evidence if g is not None), None)
            if gender is not None:
                self.genders.setdefault(entity.id, gender)
                self.worded.add(entity.id)
            self.roles.setdefault(entity.id, set()).update(role_key(w) for w in described)
            self.titles.update(role_key(w) for w in title_words(words))
            self.described.setdefault(entity.id, set()).update(described)
        return found

    def actor(self, entity: Entity, span: Span) -> Entity:
        """Who a mention names (``named_by``)."""
        return named_by(entity, self.doc.char_span(span[0], span[1], alignment_mode="expand"), self.entities)

    def add(self, mention: Mention) -> None:
        self.seen.append(mention)
        if mention.speaker and self._writer_reports(mention):
            self.speaker = mention

    def _writer_reports(self, mention: Mention) -> bool:
        """Whether the writer reports what ``mention`` says or thinks: one who speaks or thinks inside another's
        quotation ("“… whether he thinks that's …,” he said") or named inside the clause another report gives ("Carson
        turned the story back on the Post, pointing out that its Robert Costa had reported in June that …. He hoped, he
        said, …": Carson's) is reported by that report's speaker, so is not the last speaker for the pronouns after; the
        quotation's own "I" is that speaker."""
        if self._quotation(mention.start) is None:
            if not mention.named:
                return True  # "Kasich … then says he’ll welcome advice": a pronoun mostly stands for the reporter
            words = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            return words is None or not len(words) or not reported_within(words.root)
        word = pronouns().get(text_of(self.doc)[mention.start : mention.end].lower())
        return word is not None and not word.third

    def link(self, token: Token, entity: Entity) -> None:
        """Record that ``token`` stands for ``entity``; it counts as a mention from here on."""
        self.links[token.i] = entity.id
        start = token.idx
        self.add(
            Mention(
                start,
                start + len(token),
                entity.id,
                _kind(entity),
                sentence_index(self.doc, start),
                is_subject(token),
                speaks(token),
                named=False,
                singular_pronoun=token.lower_ in _SINGULAR_THINGS,
                main=is_subject(token) and main_clause(token),
            )
        )

    def _agrees(self, mention: Mention, gender: str | None) -> bool:
        return mention.type != "PERSON" or agrees(gender, self.genders.get(mention.entity))

    def _within(self, token: Token, reach: int) -> Iterator[Mention]:
        """The mentions read before ``token``, nearest first, as long as they end no more than ``reach`` characters
        before it."""
        for mention in reversed(self.seen):
            if token.idx - mention.end > reach:
                return
            yield mention

    def _latest(self, entity_id: str) -> Mention | None:
        """The latest mention read so far of the entity ``entity_id``."""
        return next((m for m in reversed(self.seen) if m.entity == entity_id), None)

    def _told_sentences(self, every: list[SpacySpan], back: int) -> list[SpacySpan]:
        """The last sentence of ``every`` and the ``back`` before it that the writer tells, latest first: a sentence
        all inside quotation marks is another's words, passed over and not counted ("Carson shared a syllabus,
        writing “… . Here is a syllabus … . Still waiting on the apology.” The candidate also continued …")."""
        found: list[SpacySpan] = []
        for sentence in reversed(every):
            if found and not any(not (w.is_punct or w.is_space) and self._quotation(w.idx) is None for w in sentence):
                continue
            found.append(sentence)
            if len(found) > back:
                break
        return found

    def _named_by(self, token: Token) -> str | None:
        """The id of the actor a word names or, for a pronoun or role noun read before, stands for."""
        entity = self._entity_at(token)
        return self.links.get(token.i) or (entity.id if entity is not None else None)

    def _entity_at(self, token: Token) -> Entity | None:
        """The actor a word names: a mention of the entity step, or a surname it left out."""
        return self.entities.at(token.idx, token.idx + len(token)) or self.unmarked.get(token.i)

    def _quotation(self, offset: int) -> tuple[int, int] | None:
        return next(((start, end) for start, end, _ in self.quoted if start < offset < end), None)
