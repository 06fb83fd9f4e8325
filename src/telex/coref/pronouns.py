"""Singular pronouns and the "I" of quotations: "he", "she" and "it" take the nearest actor that agrees in gender,
number and kind; in speaker position the last speaker, unless the sentence before introduced someone new."""

from __future__ import annotations

from spacy.tokens import Token

from telex.coref.clauses import (
    ARGUMENT_PREPS,
    ARGUMENTS,
    SUBJECTS,
    is_subject,
    main_clause,
    predicate,
    says,
    speaks,
    understood_subjects,
)
from telex.coref.gender import FEMALE, MALE, role_gender
from telex.coref.lexicon import Pronoun
from telex.coref.reader import PRONOUN_REACH, Mention, Reader
from telex.coref.roles import agentive, epithet
from telex.nlp.cached import lowers_of, text_of
from telex.nlp.grammar import copula
from telex.nlp.sentences import sentence_index, sentences
from telex.quotes.lexicon import reporting_verbs, source_nouns, speaker_words

# The links by which a name after a pronoun in its clause is an argument: "as Bush went on", "endorsed Mrs. Clinton";
# and those of clauses that go on about someone else ("but Mr. Clinton does not", "Ryan, who endorsed Trump") or of
# what the subject is ("he was the version of Donald Trump", "running as Dena Minning").
_NAMED_ARGUMENTS = ARGUMENTS | {"pobj"}
_OTHER_CLAUSES = frozenset({"conj", "relcl", "acl", "appos", "parataxis", "attr", "oprd"})
_THIRD_OWNERS = frozenset({"his", "her", "their", "its"})
# The links by which a clause hangs on the clause it is said or done in: "said (that) …", "lose … because …".
_SUBORDINATE = frozenset({"ccomp", "advcl"})


# Determiners that introduce someone new: "A 29-year-old Berlin woman", "another man".
_INTRODUCING = frozenset({"a", "an", "another", "one"})


class PronounReader(Reader):
    """Reads "he", "she", "it" and the "I" of a quotation."""

    def pronoun(self, token: Token, word: Pronoun) -> None:
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
            quoting |= self._named_after(token) | self._named_in_attributed(token)
        speech = says(token) and "GPE" in word.types and not word.plural
        types = tuple(t for t in word.types if t != "GPE") if speech else word.types
        governing = self._topic(token, word, quoting) or self._governing(token, word, quoting)
        nearest = governing or self.nearest(token, types, word.gender, PRONOUN_REACH, quoting)
        if "ORG" in word.types and (self._after_document(token, nearest) or self._after_thing(token, nearest)):
            return  # "…, the congressional report said. It accused the FDIC …": the report, not a body named in it
        if speech and nearest is not None and nearest.sentence < sentence_index(self.doc, token.idx) - 1:
            nearest = None  # "…,” it said: a body named in this sentence or the one before, else a document unnamed
        last = self._last_speaker(token, word)
        # The last speaker carries on for a pronoun speaking outside quotation marks or an "I" inside them, not for
        # "he" or "she" inside another's quotation ("“… she had previously agreed …,” Sammon said").
        if (
            governing is None
            and speaks(token)
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

    def _last_speaker(self, token: Token, word: Pronoun) -> Mention | None:
        """The last speaker; for "he" or "she" speaking in a main clause when the last was of the other sex, the last
        known to be of the pronoun's, in its sentence or the one before: "Sarandon said … . Asked about her vote if
        Clinton faces Trump, who has insulted women, she replied" is Sarandon's reply, not Clinton's (named nearest)."""
        last = self.speaker
        if last is None or word.types != ("PERSON",) or word.gender is None or self._agrees(last, word.gender):
            return last
        if not (says(token) and main_clause(token)):
            return last
        own = sentence_index(self.doc, token.idx)
        for mention in reversed(self.seen):
            if mention.sentence < own - 1:
                break
            if mention.speaker and self.genders.get(mention.entity) == word.gender and self._writer_reports(mention):
                return mention
        return last

    def _after_document(self, token: Token, nearest: Mention | None) -> bool:
        """Whether a subject "it" follows a sentence whose main clause has a document for subject, with no body named
        in its own sentence before it: the document is what "it" stands for ("The report also provided details of
        breaches in which FDIC employees … . It said …")."""
        if token.dep_ not in SUBJECTS or self._quotation(token.idx) is not None or token.sent.start == 0:
            return False
        if nearest is not None and nearest.sentence == sentence_index(self.doc, token.idx):
            return False
        root = self.doc[token.sent.start - 1].sent.root
        return any(
            c.dep_ in SUBJECTS and c.pos_ == "NOUN" and source_nouns().get(c.lemma_.lower()) == "document"
            for c in root.children
        )

    def _after_thing(self, token: Token, nearest: Mention | None) -> bool:
        """Whether a subject "it" of a main clause follows a sentence whose main clause has for subject a thing no name
        or link gives, a singular common noun or an "it" left so, with no body named in its own sentence before it:
        the telling goes on with that thing ("The focus on national security … has created a natural opening for
        Clinton. It also has brought a sense of urgency …" is the focus, not California named in it)."""
        if token.dep_ != "nsubj" or not main_clause(token) or self._quotation(token.idx) is not None:
            return False
        if token.sent.start == 0 or (nearest is not None and nearest.sentence == sentence_index(self.doc, token.idx)):
            return False
        root = self.doc[token.sent.start - 1].sent.root
        return any(c.dep_ == "nsubj" and self._unnamed_thing(c) for c in root.children)

    def _unnamed_thing(self, subject: Token) -> bool:
        """Whether a subject is a thing no name or link gives: a singular common noun that names no one who speaks
        ("the focus", not "the spokesman" nor "the company" linked to its body), or an "it" left unlinked."""
        named = [subject, *(c for c in subject.children if c.dep_ in ("compound", "appos"))]
        if any(w.i in self.links or self._entity_at(w) is not None for w in named):
            return False  # "Forbes magazine started the rich-list craze … . It followed in 1987 with …"
        if subject.lower_ == "it":
            return True
        lemma = subject.lemma_.lower()
        return subject.tag_ == "NN" and lemma not in speaker_words() and not agentive(lemma) and not epithet(subject)

    def _governing(self, token: Token, word: Pronoun, excluded: frozenset[str]) -> Mention | None:
        """The person a subject "he" or "she" in a subordinate clause stands for when a clause above it has an agreeing
        person for subject: "He said Grassley could lose … because he denied Merrick Garland a hearing" is Grassley's
        denial, not that of the last speaker nor of the subject of the sentence before; when the subjects above are
        all of the other sex, the one agreeing person those clauses act on. Climbs only through clauses said or
        subordinate (not a relative clause, nor to a subject on the other side of quotation marks). In the content
        of a noun a person owns ("Trump's announcement that he would endorse Ayotte"), that person."""
        if token.dep_ not in SUBJECTS or word.types != ("PERSON",) or not word.third:
            return None
        quotation = self._quotation(token.idx)
        verb = token.head
        passed: list[Token] = []
        if any(self._clause_person(c, token) is not None for c in verb.children if c.dep_ == "advcl" and c.i < token.i):
            return None  # "if Sanders gets close, he will start …": the person of the clause before, as read nearest
        owner = self._content_owner(verb, token)
        if owner is not None and owner.entity not in excluded and self._agrees(owner, word.gender):
            return owner
        while verb.dep_ in _SUBORDINATE and verb.head.i != verb.i:
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < token.i]
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

    def _topic(self, token: Token, word: Pronoun, excluded: frozenset[str]) -> Mention | None:
        """The person a clause is set to speak of before its subject "he" or "she": "As for Trump, he was strangely
        subdued", "And as for Carson, he said …"; the writer turns to that person, so the pronoun is theirs, not the
        last speaker's nor the subject's before."""
        if token.dep_ not in SUBJECTS or word.types != ("PERSON",) or not word.third:
            return None
        for turn in (c for c in token.head.children if c.lower_ == "as" and c.dep_ == "prep" and c.i < token.i):
            for prep in (c for c in turn.children if c.lower_ == "for" and c.dep_ == "prep"):
                for topic in (c for c in prep.children if c.dep_ == "pobj"):
                    entity_id = self._named_by(topic)
                    mention = self._latest(entity_id) if entity_id else None
                    if mention is None or mention.type != "PERSON" or mention.entity in excluded:
                        continue
                    if self._agrees(mention, word.gender):
                        return mention
        return None

    def _content_owner(self, verb: Token, token: Token) -> Mention | None:
        """The person whose statement, promise or fear a clause is the content of, named as its owner: "Trump's
        announcement that he would endorse Ayotte", "Clinton's claim she never sent classified material"."""
        noun = verb.head
        if verb.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.i > token.i:
            return None
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            entity_id = self._named_by(owner)
            mention = self._latest(entity_id) if entity_id else None
            if mention is None or mention.type != "PERSON" or self._unsure(mention):
                continue  # "Team Clinton's contention that he ran well": a name of no known sex may be no person
            if self._quotation(owner.idx) == self._quotation(token.idx):
                return mention
        return None

    def _clause_object(
        self, verbs: list[Token], token: Token, word: Pronoun, excluded: frozenset[str]
    ) -> Mention | None:
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

    def _clause_person(self, verb: Token, token: Token) -> Mention | None:
        """The latest mention of the person subject of ``verb`` before ``token``, if its subject is a person."""
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS and c.i < token.i):
            entity_id = self._named_by(subject)
            mention = self._latest(entity_id) if entity_id else None
            if mention is not None and mention.type == "PERSON":
                return mention
        return None

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
        stands for ("He (Trump) said"). For a subject, the owner of a thing named in its own clause is not it either
        ("And he continued on, mocking Trump's bluster"), unless the thing is called the owner's own."""
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is not None and after.text in ("(", "["):
            return frozenset()
        quotation = self._quotation(token.idx)
        found: set[str] = set()
        owners = token.dep_ in SUBJECTS and not token.lower_.endswith("self")
        stack = [(c, owners) for c in token.head.children if c.i > token.i]
        while stack:
            word, owned = stack.pop()
            if word.dep_ in _OTHER_CLAUSES or self._quotation(word.idx) != quotation:
                continue
            if self._reported_apart(token, word):
                continue
            # the owner of a thing its own clause acts on, for a subject ("he went on, mocking Trump's bluster"); not
            # past a clause of another subject ("recalling how the campaign exploited Mr. Clinton's remark")
            owned = owned and not any(c.dep_ in SUBJECTS for c in word.children)
            stack.extend((c, owned) for c in word.children)
            named = (word.dep_ in _NAMED_ARGUMENTS or _misread_subject(word)) and not predicate(word)
            named = named or (owned and word.dep_ == "poss" and not _own(word.head))
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

    def _named_in_attributed(self, token: Token) -> frozenset[str]:
        """Who the quotations a speaking pronoun of a main clause gives voice to name: those of its sentence that no
        name outside them speaks, not the pronoun ("“In contrast to Mr. Trump's record, Ryan will never …,” he said"
        after "Nehlen responded" is Nehlen's; a speaker does not name himself in his own words). Not one named
        speaking, nor in a quotation inside the quotation ("“He whispered, ‘Billie Jean King, you are the Queen,’” she
        said" is hers)."""
        if not speaks(token) or not main_clause(token) or self._quotation(token.idx) is not None:
            return frozenset()
        sentence = token.sent
        spans = [(s, e) for s, e, ids in self.quoted if not ids and s < sentence.end_char and e > sentence.start_char]
        text = text_of(self.doc)
        return frozenset(
            m.entity
            for m in self.seen
            if m.named
            and not m.speaker
            and any(s < m.start < e and not _inner_quoted(text[s : m.start]) for s, e in spans)
            and not self._said_within(m)
        )

    def _said_within(self, mention: Mention) -> bool:
        """Whether a mention stands in a clause a verb of speech reports inside its quotation ("they say Sanders
        should drop out")."""
        words = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if words is None or not len(words):
            return False
        word, quotation = words.root, self._quotation(mention.start)
        while word.head.i != word.i and self._quotation(word.head.idx) == quotation:
            entry = reporting_verbs().get(word.head.lemma_.lower())
            if word.dep_ == "ccomp" and entry is not None and entry.class_ == "speech":
                return True
            word = word.head
        return False

    def _reported_apart(self, token: Token, word: Token) -> bool:
        """Whether a quotation stands between ``token`` and a word after it: the word is in a report of its own ("he
        warned, “… fair game,” Trump told NBC")."""
        return any(token.idx < start and end <= word.idx for start, end, _ in self.quoted)

    def _unnamed_between(self, token: Token, mention: Mention, gender: str | None) -> bool:
        """Whether a person the article does not name, of the pronoun's gender, is the subject of its sentence or the
        one before, after ``mention``: "A 29-year-old Berlin woman received probation after she had posted …" is about
        the woman, not the chancellor named further back. A sentence all inside quotation marks tells of no one and
        is passed over, for a person it introduces ("A … woman … had posted comments. “Filth out!” she wrote": still
        the woman; "“…,” the businessman replied. “…” he added" is no newcomer)."""
        if gender is None:
            return False
        doc, lowers = self.doc, lowers_of(self.doc)
        own = sentence_index(doc, token.idx)
        quotation = self._quotation(token.idx)
        for sentence in self._told_sentences(sentences(doc)[: own + 1], 1):
            passed_over = sentence_index(doc, sentence.start_char) < own - 1
            # Only a role word of the pronoun's gender can be such a person: no other word is made a Token.
            for i in range(sentence.start, min(sentence.end, token.i)):
                if role_gender(lowers[i]) != gender:
                    continue
                word = doc[i]
                if passed_over and not any(c.dep_ == "det" and c.lower_ in _INTRODUCING for c in word.children):
                    continue
                if word.idx < mention.end or word.dep_ not in SUBJECTS:
                    continue
                if self._quotation(word.idx) != quotation:
                    continue  # “… this man is peddling his weapon,” he added: the words of another
                if any(c.dep_ == "poss" and c.lower_ in _THIRD_OWNERS for c in word.children):
                    continue  # "his brother added": a relative of someone named may be named too
                if word.tag_ == "NN" and word.i not in self.links:
                    return True
        return False

    def _introduced(self, nearest: Mention, last: Mention, token: Token) -> bool:
        """Whether the actor of ``nearest`` was named as the subject of a main clause after the last speaker, in the
        sentence of ``token`` or the one before, or before a run of sentences each of whose main clause has them for
        subject outside quotation marks: "Mr. Cruz has sharpened his language. He has coined a phrase. He expressed
        amusement that …" goes on with Cruz, not with the writer quoted before."""
        floor = sentence_index(self.doc, token.idx) - 1
        for mention in reversed(self.seen):
            if mention.start < last.end or mention.sentence < floor:
                return False
            if mention.entity != nearest.entity:
                continue
            if mention.named and ((mention.main and mention.subject) or self._owns_subject(mention)):
                return True
            if mention.main and mention.subject and self._quotation(mention.start) is None:
                floor = min(floor, mention.sentence - 1)  # the telling went on with them in that sentence too
        return False

    def _owns_subject(self, mention: Mention) -> bool:
        """Whether a name outside quotation marks is the owner of a main clause's subject: "Sanders's role is under
        discussion, but he has said …" goes on about Sanders ("''Even after Trump's debate performance …,'' he said"
        does not)."""
        words = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if words is None or not len(words) or self._quotation(mention.start) is not None:
            return False
        root = words.root
        return root.dep_ == "poss" and is_subject(root.head) and main_clause(root.head)

    def _quoting(self, token: Token) -> frozenset[str]:
        """The actors the quotation holding ``token`` is attributed to; none outside quotation marks."""
        return next((ids for start, end, ids in self.quoted if start < token.idx < end), frozenset())

    def _gender_from(self, mention: Mention, gender: str | None) -> None:
        """A person first called "she" is a woman for the pronouns after."""
        if mention.type == "PERSON" and gender in (MALE, FEMALE):
            self.genders.setdefault(mention.entity, gender)

    def nearest(
        self,
        token: Token,
        types: tuple[str, ...],
        gender: str | None,
        reach: int,
        excluded: frozenset[str] = frozenset(),
    ) -> Mention | None:
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
        carries_on = found.main and is_subject(token) and main_clause(token)
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
    ) -> Mention | None:
        sentence = sentence_index(self.doc, token.idx) if token.dep_ in SUBJECTS else None
        first: Mention | None = None
        reported: Mention | None = None
        for mention in self._within(token, reach):
            if mention.type not in types or mention.entity in excluded or not self._agrees(mention, gender):
                continue
            if sentence is None:
                return mention
            if mention.subject and mention.sentence == sentence - 1 and not mention.main:
                # "Coll said he was troubled that Cohen had made allegations. He went on …": the subject of the
                # sentence before carries on, not one of a clause inside it. Nor does that clause's subject displace
                # a person named nearer, in the pronoun's own sentence: "…, all of which Mr. Obama won twice. The
                # attraction to Mr. Trump is a sense that he rejects the norms" is Trump's.
                if not _named_nearer(first, sentence, gender):
                    reported = reported or mention
                continue
            if mention.subject and mention.sentence >= sentence - 1:
                return mention
            if first is None or (
                gender is not None and first.modifier and not mention.modifier and mention.sentence >= first.sentence
            ):
                # "To Sexton, who has made a study of Trump rallies, … . He had attended": a name modifying a noun
                # is not whom the telling is about, when one of its sentence is
                first = mention
            if mention.sentence < sentence - 1:
                break  # no subject of this sentence or the one before agrees: the nearest does
        return reported or first

    def _unsure(self, mention: Mention) -> bool:
        """A person whose gender no name, title or role word has given."""
        return mention.type == "PERSON" and mention.entity not in self.worded

    def _clause_subjects(self, token: Token) -> set[str]:
        """ "Kim greeted him", "Kim called on him": an object pronoun, of the verb or of a preposition the verb takes
        its argument with, never stands for the subject of its own verb (one of place may: "Kim saw a car near him"),
        nor for the one the verb shares a subject with or is controlled by ("Kim left and thanked him", "Kim declined
        to assail him")."""
        if token.tag_ == "PRP$" or token.lower_.endswith("self"):
            return set()
        verb = _argument_of(token)
        if verb is None:
            return set()
        return {
            e.id
            for t in understood_subjects(verb)
            if t.i != token.i and (e := self._entity_at(t))
        }


def _named_nearer(first: Mention | None, sentence: int, gender: str | None) -> bool:
    """Whether ``first``, the nearest agreeing mention met so far, is in the pronoun's own sentence ``sentence`` and
    the pronoun has a gender ("he", "she"): a person named there is nearer to the reader than the subject of a clause
    inside the sentence before. An "it" is left to that subject ("Indiana, which bills itself as … . Its 57
    delegates make it the largest prize"), where the nearer body is as often the wrong thing."""
    return gender is not None and first is not None and first.sentence == sentence


def _inner_quoted(before: str) -> bool:
    """Whether the end of ``before`` (a quotation's text up to a word) is inside single quotation marks opened in it and
    not closed: "He whispered, ‘Billie Jean King" (an apostrophe, "Ryan’s", closes nothing)."""
    opened = max(before.rfind("‘"), before.rfind(" '"))
    if opened < 0:
        return False
    rest = before[opened + 1 :]
    return not any(c in "’'" and (i + 1 == len(rest) or not rest[i + 1].isalpha()) for i, c in enumerate(rest))


def _misread_subject(word: Token) -> bool:
    """Whether a name is the subject of a verb the parser took for a noun it modifies: "said that Trump needs to do
    more" read as the noun "Trump needs", whose head is still tagged a present verb with a clause of its own."""
    head = word.head
    return (
        word.dep_ == "compound"
        and head.tag_ == "VBZ"
        and head.i == word.i + 1
        and any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in head.children)
    )


def _own(thing: Token) -> bool:
    """Whether a thing is said to be its owner's own: "Santilli's own radio show" may be the pronoun's."""
    return any(c.lower_ == "own" for c in thing.children)


def _argument_of(token: Token) -> Token | None:
    """The verb whose argument a non-subject pronoun is, for whom it cannot stand: its own verb, or the verb whose
    preposition takes it as an argument ("called on him"; "disagreed with him", but not "took the money with him");
    none for a subject."""
    if token.dep_ in SUBJECTS:
        return None
    if token.dep_ != "pobj":
        return token.head
    prep = token.head
    alone = prep.lower_ == "with" and not any(c.dep_ == "dobj" for c in prep.head.children)
    return prep.head if prep.lower_ in ARGUMENT_PREPS or alone else prep


# Adjectives that take a clause put off after them, with "it" standing in for it: "it's hard to imagine …".
_EXTRAPOSING = frozenset({
    "hard", "easy", "difficult", "tough", "important", "fair", "clear", "unclear", "possible", "impossible",
    "necessary", "obvious", "worth", "likely", "unlikely", "true", "safe", "striking", "surprising", "interesting",
    "notable", "tempting", "reasonable", "fitting", "ironic", "odd", "strange", "remarkable", "telling",
    "unfair", "wrong", "right", "wise", "unwise", "foolish", "crucial", "essential", "vital", "critical", "imperative",
    "urgent", "premature", "useful", "pointless", "useless", "rare", "common", "normal", "natural", "unusual", "sad",
    "unfortunate", "fortunate", "shameful", "outrageous", "ridiculous", "absurd", "unacceptable", "appropriate",
    "inappropriate", "evident", "apparent", "doubtful", "inevitable", "conceivable", "inconceivable", "unthinkable",
    "understandable", "shocking", "troubling", "disturbing", "disappointing", "encouraging", "frustrating",
    "embarrassing", "dangerous", "risky", "illegal", "legal", "unconstitutional", "simple", "harder", "easier",
})
_LINKING = frozenset({"be", "seem", "remain", "become", "appear"})


def dummy_it(token: Token) -> bool:
    """Whether "it" stands for no actor but for a clause put off after it: "it's hard to imagine …" (either
    apostrophe), "it is important to note that …", "it doesn't take a mathematician to see …", "it is assumed that
    …", "makes it hard to see …"."""
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
    if head.pos_ == "ADJ" and head.lemma_.lower() in _EXTRAPOSING:
        # "makes it hard to see how …", "found it easy to predict …": the subject of a small clause
        return any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > token.i for c in head.children)
    adjective = next((c for c in later if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _EXTRAPOSING), None)
    if not (head.lemma_.lower() in _LINKING or copula(head)) or adjective is None:
        return False
    return clause or any(c.dep_ in ("xcomp", "ccomp") for c in adjective.children)
