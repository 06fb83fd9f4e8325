"""Role nouns of persons: "the expert", "the spokeswoman", "the Vermont senator", "the Wisconsin Republican" take the
person of that role last introduced or quoted, or the one written beside the word."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from spacy.tokens import Token

from telex.actors.table import actor_table
from telex.coref.clauses import ARGUMENTS, SUBJECTS, doers, is_subject, main_clause, predicate, says
from telex.coref.gender import role_gender
from telex.coref.lexicon import pronouns
from telex.coref.names import NAME_PARTS
from telex.coref.reader import ROLE_REACH, Reader
from telex.coref.roles import agentive, epithet, meaning, narrows, open_role, place_words, qualifiers, role_key
from telex.entity_index import EntityIndex
from telex.nlp.cached import heads_with
from telex.nlp.grammar import copula
from telex.nlp.sentences import sentence_index, sentences
from telex.quotes.lexicon import reporting_verbs, speaker_words
from telex.records import Entity

# A role word this close to a person's mention describes that person when the parse does not say so.
_ROLE_CONTEXT = 80
_LEGISLATURE = "LEG"
_PARTY = "PTY"
# The parties a party tag's letter stands for ("R-Fla."): a person given one is of no other.
_PARTIES = frozenset({meaning(letter) for letter in ("r", "d", "i")})
# Links by which a noun phrase sits inside a larger one or a prepositional phrase: "the left of the senator".
_PHRASE_LINKS = frozenset({"pobj", "prep", "pcomp", "poss"})
# Links by which the clause of a telling hangs off a quotation the parser made its sentence's root.
_TELLING = frozenset({"parataxis", "ccomp", "advcl"})
# How many sentences before its own one called by an epithet ("the billionaire") may have been given that word.
_EPITHET_SENTENCES = 2


class RoleReader(Reader):
    """Reads the role nouns of persons."""

    def role(self, token: Token) -> None:
        """ "the expert": the person of that role last introduced or quoted. "The billionaire", a word that calls
        a person by what they are (``roles.epithet``), is one the article called so, or the person the telling goes
        on about: being written near a word so common is no sign of being meant by it."""
        if self._said_of(token):
            return
        if epithet(token):
            self._epithet(token)
            return
        found = self._apposed_person(token) or self._role_holder(token)
        if found is not None:
            self.titled.add(token.i)
        elif self._introduced_unnamed(token, sentence_index(self.doc, token.idx)):
            return  # "A Republican committee aide blasted the statement. “…,” the aide said": not one named near "aide"
        else:
            found = self._described_near(token, qualifiers(token), self._clause_people(token))
            found = found or self._legislator(token)
            told = self._reporting_on(token)
            if told is not None and (found is None or found.id == told.id):
                # "Ted Cruz is protesting … . The GOP presidential candidate sent out an email": as "he" would be
                self.followed.add(token.i)
                found = told
        found = found or self._sole_person(token)
        if found is not None:
            self._link_role(token, found)

    def _epithet(self, token: Token) -> None:
        """ "The billionaire": the person it is set beside, else the person the telling goes on about, else one the
        article called so in its sentence or the two before (a word this common given to someone further back is
        no sign the phrase is theirs: "star Selenis Leyva" is not "the star" of a later paragraph)."""
        found = self._apposed_person(token)
        if found is None:
            found = self._reporting_on(token)
            if found is not None:
                if not self._held_by_another(token, found):
                    self.followed.add(token.i)
                    self._link_role(token, found)
                return
            found = self._role_holder(token)
            latest = self._latest(found.id) if found is not None else None
            recent = latest is not None and latest.sentence >= sentence_index(self.doc, token.idx) - _EPITHET_SENTENCES
            if found is None or not recent:
                sole = self._sole_person(token)
                if sole is not None:
                    self._link_role(token, sole)
                return
        self.titled.add(token.i)
        self._link_role(token, found)

    def _sole_person(self, token: Token) -> Entity | None:
        """The one person a subject role phrase no other reading resolved can be, of a verb of no thought: the only
        person of its gender and words named (or reached through a pronoun) in its sentence before it or in the
        sentence before, inside the same quotation marks as the phrase or outside them with it, other than those its
        clause says it is not. "The poll showed gains for Trump … . “…,” the businessman said";
        "“Really,” she added … . The actress said"."""
        if token.tag_ != "NN" or not is_subject(token):
            # "the six-pointed Star of David" is a name; an object is as often anyone of the role ("free to support
            # the candidate of their choice", "the ambassador to Lebanon") as the one named before
            return None
        thought = reporting_verbs().get(token.head.lemma_.lower()) if token.dep_ == "nsubj" else None
        if (thought is not None and thought.class_ != "speech") or _others(token):
            return None  # as for the person the telling goes on with (``_reporting_on``): "the team leader realized"
        own = sentence_index(self.doc, token.idx)
        quotation = self._quotation(token.idx)
        others = self._clause_people(token)
        gender, narrowed = role_gender(token.lower_), qualifiers(token)
        if self._introduced_unnamed(token, own) or self._unnamed_told(token):
            return None  # "according to a senior law enforcement official. The official said": the one not named
        found: set[str] = set()
        for mention in reversed(self.seen):
            if mention.sentence < own - 1:
                break
            if mention.type != "PERSON" or mention.start >= token.left_edge.idx or mention.entity in others:
                continue
            if self._quotation(mention.start) != quotation:
                continue  # "O'Malley said: “… the inevitable front-runner”": the speaker is not whom the words name
            word = pronouns().get(self.lower[mention.start : mention.end])
            if word is not None and not word.third:
                continue  # "“I am the daughter of … the actress from that movie”": the speaker is not the actress
            if self._agrees(mention, gender) and self._may_be(mention.entity, narrowed):
                found.add(mention.entity)
        return self.entities.by_id[next(iter(found))] if len(found) == 1 else None

    def _unnamed_told(self, token: Token) -> bool:
        """Whether the last main clause before the phrase, in its sentence or the one before, has for subject a
        person the article does not name: "Trump's wife confirmed the meeting. The real estate mogul declined" may
        go on with her, or with anyone but Trump."""
        for sentence in self._told_sentences(sentences(self.doc)[: sentence_index(self.doc, token.idx) + 1], 1):
            verbs = [sentence.root, *sentence.root.conjuncts]
            subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECTS and c.i < token.i]
            subjects = [c for c in subjects if self._quotation(c.idx) is None]
            if subjects:
                last = max(subjects, key=lambda c: c.i)
                return last.tag_ == "NN" and _person_noun(last) and self._named_by(last) is None
        return False

    def _introduced_unnamed(self, token: Token, own: int) -> bool:
        """Whether the phrase's noun came with "a" or "an" in its sentence or the one before: "a senior official"
        introduced someone the article does not name, whom "the official" goes on with; not a noun that says what a
        person named is ("John Lee, a spokesman, said", "Lee is an aide")."""
        start = sentences(self.doc)[max(0, own - 1)].start
        lemma = token.lemma_.lower()
        return any(
            w.lemma_.lower() == lemma
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in w.children)
            and w.dep_ not in ("appos", "attr")
            and not any(c.dep_ == "appos" for c in w.children)
            for w in self.doc[start : token.i]
        )

    def _held_by_another(self, token: Token, found: Entity) -> bool:
        """Whether the article gave an epithet's word to another person than the one the telling goes on about, who
        was never given it and was last reached only through a pronoun or role phrase, itself a guess: after "actress
        Susan Sarandon", "“Really,” she added. The actress said" is no sign that "she" was anyone else."""
        latest = self._latest(found.id)
        if latest is None or latest.named or role_key(token.lower_) in self.roles.get(found.id, ()):
            return False
        holder = self._role_holder(token)
        return holder is not None and holder.id != found.id

    def member(self, token: Token) -> None:
        """ "the Wisconsin Republican": the person a role phrase of a party's name stands for, as for "the senator"
        (``role``), unless the article or the tables gave them another party ("the lifelong Republican" is not
        Hillary Clinton named near the word)."""
        if self._said_of(token):
            return
        party = meaning(token.lower_)
        found = self._apposed_person(token) or self._role_holder(token)
        narrowed = qualifiers(token)
        if found is None and narrowed:
            # "the Ohio Republican": one named near the party and the state (before the phrase: "Republican Donald
            # Trump's comments. … the Wisconsin Republican" is not Trump); a bare "the Democrat" is no one merely named
            # near the word.
            found = self._described_near(token, narrowed, self._clause_people(token), own_words=False)
        followed = found is None
        found = found or self._reporting_on(token)
        if found is None:
            return
        held = {meaning(w) for w in self.described.get(found.id, ())} | set((found.affiliation or "").lower().split())
        if not (held & _PARTIES) - {party}:
            if followed:
                self.followed.add(token.i)
            self._link_role(token, found)

    def _link_role(self, token: Token, found: Entity) -> None:
        """Link a role phrase; one that speaks is the speaker of the quotations of its sentence, so their "he" is
        someone else ("“I don't want Jeb's endorsement …” The candidate added, “But if he does not endorse me …”").
        The state the phrase names is theirs from then on: "the Texas senator" is no later "Florida senator"."""
        self.link(token, found)
        self.described.setdefault(found.id, set()).update(_place_parts(qualifiers(token)))
        if not says(token) or self._quotation(token.idx) is not None or self._quotation(token.head.idx) is not None:
            return  # "said the president “offered no changes to his strategy”": the quotation is the president's deed
        own = sentence_index(self.doc, token.idx)
        for start, end, _ in self.quoted:
            if own in (sentence_index(self.doc, start), sentence_index(self.doc, max(start, end - 1))):
                self.speaking.setdefault((start, end), set()).add(found.id)

    def _reporting_on(self, token: Token) -> Entity | None:
        """ "“…,” the candidate said" where the article gave no one that role and wrote it beside no one: as a reader
        reads "he said", the person the telling goes on with, the subject of the main clause before it outside
        quotation marks (in its own sentence or the two before; a sentence all quoted is passed over, one of no
        subject ends the search), when that subject is a person; unless the phrase's own words are ones the article
        never gave that person ("the former governor" of one never called former, "the Democratic candidate" of one
        it called a Republican). For a verb of speech; and for the subject of a main clause whose verb reports nothing
        ("Ted Cruz is protesting … . The GOP presidential candidate sent out an email"), the subject of its own
        sentence or of the one just before. A verb of thought is neither: "the team leader realized" may be anyone."""
        speech = says(token)
        if self._quotation(token.idx) is not None or not (speech or _acts(token)) or _others(token):
            return None  # "the mogul and the socialist have taken aim at one another": two, not one going on
        subject = self._narrative_subject(token, 2 if speech else 1)
        found = self._latest(subject) if subject is not None else None
        if found is None or found.type != "PERSON" or found.entity in self._clause_people(token):
            return None
        if not self._agrees(found, role_gender(token.lower_)) or not self._may_be(found.entity, qualifiers(token)):
            return None
        return self.entities.by_id[found.entity]

    def _narrative_subject(self, token: Token, back: int = 2) -> str | None:
        """The id of what the subject of the last main clause before ``token`` outside quotation marks names, in
        its sentence or the ``back`` before; none when that subject names nothing the article named."""
        every = sentences(self.doc)
        own = sentence_index(self.doc, token.idx)
        for sentence in self._told_sentences(every[: own + 1], back):
            verbs = [sentence.root, *sentence.root.conjuncts]
            if self._quotation(sentence.root.idx) is not None:
                # "Trump said, “If we do not get tough …, we are not going to have a country.”": the parser made the
                # quotation the root, the telling hangs off it
                verbs += [c for c in sentence.root.children if c.dep_ in _TELLING and self._quotation(c.idx) is None]
            subjects = [
                c
                for verb in verbs
                for c in verb.children
                if c.dep_ in SUBJECTS and c.i < token.i and c.i != token.i and self._quotation(c.idx) is None
            ]
            own_sentence = sentence.start <= token.i < sentence.end
            if subjects and own_sentence:
                # "Trump took on Clinton after the front-runner had said", "Clinton leads Sanders, but the socialist
                # has vowed …": a phrase in a clause of its own sentence after its subject is another than that subject
                return None
            if subjects:
                last = max(subjects, key=lambda c: c.i)
                if last.conjuncts:
                    return None  # "Paradis and Bennett …": several
                return self._named_by(last) or self._owner(last)
            if own_sentence:
                continue  # "“…,” the candidate said": the phrase is its sentence's only subject
            return None  # "More troubling was Trump's unwillingness …": whom the telling is about is unclear
        return None

    def _owner(self, subject: Token) -> str | None:
        """The id of the person who owns a subject that names no one and is no person: "His campaign confirmed … . The
        real estate mogul declined", as for "he" (``PronounReader._owns_subject``); after "Lee's aide spoke" the
        telling goes on with the aide."""
        if _person_noun(subject):
            return None
        owners = [c for c in subject.children if c.dep_ == "poss" and self._quotation(c.idx) is None]
        found = self._named_by(owners[0]) if len(owners) == 1 else None
        entity = self.entities.by_id.get(found) if found is not None else None
        return found if entity is not None and entity.type == "PERSON" else None

    def _may_be(self, entity_id: str, narrowed: list[str]) -> bool:
        """Whether the words narrowing a role phrase fit a person: each one the article gave them, or a party when
        it gave them no other, or a state when it placed them in none."""
        held = self.described.get(entity_id, set())
        parties = {meaning(w) for w in held} & _PARTIES
        placed = bool(_place_parts(sorted(held), any_order=True))
        places = _place_parts(narrowed)
        for word in narrowed:
            if word in held or meaning(word) in held:
                continue
            if meaning(word) in _PARTIES and not parties - {meaning(word)}:
                continue
            if word in places and not placed:
                continue
            return False
        return True

    def _placed_elsewhere(self, entity_id: str, narrowed: list[str]) -> bool:
        """Whether the article placed a person in another state or region than the one the words narrowing a role
        name: "R-Iowa" is no "Florida senator"."""
        states = _place_parts(narrowed)
        held = _place_parts(sorted(self.described.get(entity_id, ())), any_order=True)
        return bool(states and held and not states <= held)

    def _legislator(self, token: Token) -> Entity | None:
        """ "the Vermont senator" where the article gave no one that title: the one person the actor tables place in
        the legislature named within reach, unless the article placed them in another state than the phrase names.
        Only the legislature's nouns do: "the governor", "the president" or "the leader" are of a sector (GOV) that
        holds the country's leaders, ministers and mayors alike."""
        if actor_table().sectors.get(meaning(token.lower_)) != _LEGISLATURE:
            return None
        others = self._clause_people(token)
        narrowed = qualifiers(token)
        found: list[str] = []
        for mention in self._within(token, ROLE_REACH):
            entity = self.entities.by_id[mention.entity]
            if entity.type != "PERSON" or entity.sector != _LEGISLATURE or entity.id in others or entity.id in found:
                continue
            if not self._placed_elsewhere(entity.id, narrowed):
                found.append(entity.id)
        return self.entities.by_id[found[0]] if len(found) == 1 else None

    def _apposed_person(self, token: Token) -> Entity | None:
        """The person a role phrase is set beside: "Warren, the senator from Massachusetts"; or the person named right
        after it, set off by a comma, where the parser hung the name elsewhere: on the noun the role is of ("the author
        of the book, Mitchell Zuckoff, said"), or on the verb ("demand the resignation of the party chairwoman,
        Representative Debbie Wasserman Schultz of Florida")."""
        named = self._named_by(token.head) if token.dep_ == "appos" else None
        named = named or self._named_after_comma(token)
        entity = self.entities.by_id[named] if named is not None else None
        return entity if entity is not None and entity.type == "PERSON" else None

    def _said_of(self, token: Token) -> bool:
        """Link a role phrase that says what its subject is to that subject, a person: "Grijalva was the first
        Democrat in Congress to endorse Sanders", "He's still the best candidate"; not when it is denied ("Trump is
        not the nominee yet"). The phrase is no new mention: it names no one the pronouns after may go on with
        that its subject did not."""
        verb = token.head
        if token.dep_ != "attr" or not copula(verb) or any(c.dep_ == "neg" for c in verb.children):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i]
        named = self._named_by(subjects[0]) if len(subjects) == 1 else None
        entity = self.entities.by_id.get(named) if named is not None else None
        if entity is None or entity.type != "PERSON":
            return False
        holder = self._role_holder(token) if subjects[0].lower_ in pronouns() else None
        if holder is not None and holder.id != entity.id:
            return False  # "he's the founder" after "Obama was “the founder”": the role outweighs a pronoun's guess
        self.links[token.i] = entity.id
        self.titled.add(token.i)
        return True

    def _named_after_comma(self, token: Token) -> str | None:
        """The id of what a name right after a role phrase and a comma names, when the parse makes that name no
        subject or object of its own ("After meeting the president, Trump said" is no apposition): an apposition of
        a thing the role is of (not of a person: "the wife of the senator, John Lee" is the senator), or a name the
        parser left hanging on a verb."""
        doc = token.doc
        for prep in (c for c in token.children if c.dep_ == "prep"):
            for thing in (o for o in prep.children if o.dep_ == "pobj"):
                apposed = [a for a in thing.children if a.dep_ == "appos" and a.i > thing.i]
                if len(apposed) != 1 or _person_noun(thing) or self._named_by(thing) is not None:
                    continue
                return self._named_by(apposed[0])
        after = token.right_edge.i + 1
        if after + 1 >= len(doc) or doc[after].text != "," or self._quotation(doc[after].idx) is not None:
            return None
        name = doc[after + 1]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if name.dep_ not in _HANGING or name.left_edge.i != after + 1:
            return None
        return self._named_by(name)

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
        for mention in self._within(token, ROLE_REACH):
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
        verb that reports that verb's clause ("Axelrod said that the mayor has to …"), whoever the verb's subject is
        understood to be (``clauses.doers``: "he plans to support the nominee", "Obama, who called the nominee unfit",
        "McCarthy and Scalise have thrown their support behind the nominee"), and, for the subject of a
        report, the subject and object of the report before it ("Obama failed, the senator said", not "I" nor one
        named deeper: "The tricks that Carson denounced were minor, the candidate said" is Carson's)."""
        if predicate(token):
            return set()
        people = list(token.conjuncts)
        child = token
        while child.dep_ in _PHRASE_LINKS and child.head.pos_ not in ("VERB", "AUX") and child.head.i != child.i:
            child = child.head
        verb = child.head
        if verb.pos_ in ("VERB", "AUX") and child.dep_ in ARGUMENTS | _PHRASE_LINKS:
            people += [c for c in verb.children if c.dep_ in ARGUMENTS - SUBJECTS] + doers(verb)
            if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
                people += [c for c in verb.head.children if c.dep_ in SUBJECTS]
            if child.dep_ in SUBJECTS:
                reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i]
                people += [a for c in reported for a in c.children if a.dep_ in ARGUMENTS and self._told(a)]
                people += _participle_objects(verb) + _adjunct_names(verb)
        third = [t for t in people if t.i != token.i and (t.lower_ not in pronouns() or pronouns()[t.lower_].third)]
        return {e for t in third if (e := self._named_by(t))}

    def _told(self, token: Token) -> bool:
        """Whether a word of a report says whom it names apart from who reports it: a name, or a pronoun outside
        quotation marks. A pronoun inside them was read as if the speaker, still unknown, said it ("“I've known him
        for 14 years,” the governor said": "him" is no clue to who the governor is)."""
        return token.lower_ not in pronouns() or self._quotation(token.idx) is None

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
        for mention in self._within(token, ROLE_REACH):
            if mention.type != "PERSON" or mention.start >= phrase or mention.entity in others:
                continue
            if not self._agrees(mention, gender):
                continue
            if self._quotation(mention.start) not in (None, self._quotation(token.idx)):
                # "“… while President Obama has stood idly by,” the Florida senator said": whom a quotation names is
                # not who the role noun outside it stands for.
                continue
            entity = self.entities.by_id[mention.entity]
            if self._placed_elsewhere(entity.id, narrowed):
                continue  # "Sen. Joni Ernst, R-Iowa. The Florida senator told reporters": not Ernst, placed in Iowa
            window = text[max(0, mention.start - _ROLE_CONTEXT) : min(mention.end + _ROLE_CONTEXT, upto)]
            beside = all(w in window for w in (word, *narrowed))
            loose = not any(not narrows(w) for w in narrowed)  # "the former secretary" of the State Department
            if beside or (loose and entity.affiliation and word in entity.affiliation.lower()):
                return entity
        return None


_PARTICIPLES = frozenset({"VBG", "VB", "VBN"})
# Links inside a prepositional phrase down to the nouns it names: "with hosts Lee and Marsh", "in a talk with Lee".
_ADJUNCT_LINKS = frozenset({"pobj", "prep", "conj", "appos"})
# Links the parser gives a name set beside a phrase when it fails to see the apposition.
_HANGING = frozenset({"appos", "npadvmod", "dep"})


def _place_parts(words: list[str], any_order: bool = False) -> set[str]:
    """The words that name a state, alone or with the word after them ("florida"; "new" and "jersey" of "the New
    Jersey governor"), or with any other of ``words`` when their order is lost."""
    found = {w for w in words if place_words(w)}
    pairs = [(a, b) for a in words for b in words if a != b] if any_order else list(pairwise(words))
    for first, second in pairs:
        if place_words(f"{first} {second}") == [first, second]:
            found.update((first, second))
    return found


def _person_noun(noun: Token) -> bool:
    """Whether a noun names a person by a role or kin: "aide", "adviser", "the billionaire", "wife"."""
    word = speaker_words().get(noun.lower_) or speaker_words().get(noun.lemma_.lower())
    person = word is not None and "PERSON" in word.types
    return person or agentive(noun.lower_) or epithet(noun) or role_gender(noun.lower_) is not None


def _others(token: Token) -> list[Token]:
    """The phrases coordinated with a role phrase that name someone else: a name, or a noun with a determiner of its
    own ("the mogul and the socialist"); "the front-runner and former secretary of state" is one person."""
    return [c for c in token.conjuncts if c.pos_ != "NOUN" or any(d.dep_ in ("det", "poss") for d in c.children)]


def _acts(token: Token) -> bool:
    """Whether a role phrase is the subject of its sentence's main verb (or of a verb joined to it), a verb that
    reports nothing: "the candidate sent out an email", "the Arizona Republican survived"."""
    return token.dep_ in SUBJECTS and main_clause(token) and token.head.lemma_.lower() not in reporting_verbs()


def _adjunct_names(verb: Token) -> list[Token]:
    """The nouns the prepositional phrases of a verb name, through coordination, apposition and phrases inside them:
    whom its subject is not ("In an interview with hosts Ann Lee and Bob Marsh, the senator said": not Marsh)."""
    found: list[Token] = []
    stack = [c for c in verb.children if c.dep_ == "prep"]
    while stack:
        word = stack.pop()
        if word.dep_ != "prep":
            found.append(word)
        stack += [c for c in word.children if c.dep_ in _ADJUNCT_LINKS]
    return found


def _participle_objects(verb: Token) -> list[Token]:
    """The objects of what a subject does in a clause of no subject of its own hanging off its verb or its verb's
    object: "the Vermont senator opened a rally blasting Clinton", "the governor left, thanking Obama"."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    clauses += [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"]
    open_clauses = [c for c in clauses if c.tag_ in _PARTICIPLES and not any(a.dep_ in SUBJECTS for a in c.children)]
    return [o for c in open_clauses for o in c.children if o.dep_ in ("dobj", "dative")]


def definite_role(
    token: Token, roles: Mapping[str, set[str]], titles: frozenset[str] | set[str] = frozenset()
) -> tuple[str, ...] | None:
    """The entity types a singular noun after "the" may stand for: a role of the table ("the expert", "the
    ministry"), a role the article gave a person before ("a glaciologist at …", then "the glaciologist"), or a title
    the article wrote before a person's name (``titles``, keys as ``role_key`` makes them) when the phrase speaks."""
    if token.pos_ not in ("NOUN", "PROPN") and not (token.lower_ == "old" and epithet(token)):
        return None  # "the 46-year-old" is a person, read by its adjective
    if token.tag_ in ("NNS", "NNPS") or token.dep_ == "compound":
        return None
    if token.i not in heads_with(token.doc, ("det",)) or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None  # "a spokesman" is someone the article does not name
    if any(c.dep_ == "appos" for c in token.children):
        return None  # "the party's candidate, Maria Costa": the name beside it says who
    if open_role(token) and not predicate(token):
        return None  # "the next president" is whoever will be
    word = speaker_words().get(token.lower_) or speaker_words().get(token.lemma_.lower())
    if word is not None:
        return word.types if word.kind == "role" else None
    if epithet(token):
        return ("PERSON",)
    key = role_key(token.lower_)
    if agentive(token.lower_) and any(key in held for held in roles.values()):
        return ("PERSON",)
    # A noun of no person's ending is a person's role when the article wrote it as a title of one and the phrase
    # speaks: "Morning Joe hosts Joe Scarborough and …", then "the host said"; left alone elsewhere ("a stop at the
    # host's studio"), and a word only set near a name is no title ("The author of the book, Zuckoff": no "book").
    return ("PERSON",) if key in titles and says(token) else None


def party_member(token: Token, entities: EntityIndex) -> bool:
    """Whether a party's name heads a phrase after "the" as one of its members, a role like "the senator": "the
    Wisconsin Republican said", "the Democrat's team"; not the party ("the Republican Party", "the GOP", "the Republican
    nominee", "the Democratic and Republican platforms") nor its members as a whole ("the Republicans")."""
    if meaning(token.lower_) not in _PARTIES or token.is_upper:
        return False  # "the DNC", "the GOP" are the body
    if token.tag_ not in ("NN", "NNP") or token.dep_ in NAME_PARTS or token.conjuncts:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    entity = entities.at(token.idx, token.idx + len(token))
    if entity is None or entity.sector != _PARTY:
        return False
    return predicate(token) or not open_role(token)  # "the last Republican to carry the state" is whoever was
