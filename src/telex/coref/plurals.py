"""Plural "they": a plural subject of its own sentence, an organisation subject just before, or the plural subject
of the sentence before."""

from __future__ import annotations

from spacy.tokens import Token

from telex.coref.clauses import ARGUMENTS, SUBJECTS, main_clause
from telex.coref.lexicon import Pronoun, pronouns
from telex.coref.reader import PRONOUN_REACH, Mention, Reader
from telex.nlp.grammar import plural_noun
from telex.nlp.sentences import sentence_index, sentence_of_token
from telex.quotes.lexicon import reporting_verbs
from telex.records import Span


class PluralReader(Reader):
    """Reads "they" and "their"."""

    def plural(self, token: Token, word: Pronoun) -> None:
        """ "they": a plural subject of its own sentence, else an organisation that is the subject just before, else
        the plural subject of the sentence before ("The aides told the group … They said …"). A subject inside the
        quotation "they" is reported to have said is none ("“These results should …,” they argued")."""
        group = plural_subject(token)
        if group is not None and self._reports_quotation_of(token, group[0]):
            return
        if group is not None:
            self.groups[token.i] = group
            return
        sayers = previous_sayers(token)
        if sayers is not None and self._quotation(sayers[0]) == self._quotation(token.idx):
            self.groups[token.i] = sayers
            return
        if "ORG" in word.types and self._subject_organisation(token):
            return
        group = previous_plural_subject(token)
        if group is not None and self._quotation(group[0]) == self._quotation(token.idx):
            self.groups[token.i] = group

    def _subject_organisation(self, token: Token) -> bool:
        """Link ``token`` to the organisation that is the subject just before, in its sentence or the one before;
        whether a subject was found there at all (a person or place subject stands in the way). For "they" as the
        subject of a main clause, an organisation subject of the main clause before wins over one of a clause that
        sentence reports: "Republicans say Democrats are trying to distract the public. They say …" goes on with the
        Republicans."""
        sentence = sentence_index(self.doc, token.idx)
        quotation = self._quotation(token.idx)
        carries_on = token.dep_ in SUBJECTS and main_clause(token)
        reported: Mention | None = None
        for mention in reversed(self.seen):
            if mention.sentence < sentence - 1 or token.idx - mention.end > PRONOUN_REACH:
                break
            if not mention.subject or mention.singular_pronoun:
                continue
            inner = (
                carries_on
                and mention.sentence < sentence
                and not mention.main
                and mention.type == "ORG"
                and self._quotation(mention.start) == quotation
            )
            if reported is None and not inner:
                if mention.type == "ORG":
                    self.link(token, self.entities.by_id[mention.entity])
                return True
            if reported is None:
                reported = mention
            elif mention.main:
                if mention.type == "ORG":
                    reported = mention
                break
        if reported is not None:
            self.link(token, self.entities.by_id[reported.entity])
        return reported is not None

    def _reports_quotation_of(self, token: Token, offset: int) -> bool:
        """Whether ``token``, outside quotation marks, reports (as subject or addressee of a reporting verb) the
        quotation that holds ``offset``."""
        if self._quotation(token.idx) is not None or self._quotation(offset) is None:
            return False
        return token.dep_ in ARGUMENTS and token.head.lemma_.lower() in reporting_verbs()


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
        subject = token.dep_ in SUBJECTS or (token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN"))
        if not subject or token.pos_ == "PRON" or token.i in reported:
            continue
        if plural_noun(token):
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
    if any(t.dep_ in SUBJECTS and t.i not in reported for t in own[: pronoun.i - own.start]):
        return None
    before = sentence_of_token(pronoun.doc[own.start - 1])
    subject = next((c for c in before.root.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not plural_noun(subject):
        return None
    return _group(subject)


def previous_sayers(pronoun: Token) -> Span | None:
    """For a trailing "…, they say", the unnamed plural subject of a verb of report that ends the sentence before
    (its last subject not a pronoun): "… less than half of what researchers say they need. It's an investment, they
    say, …" goes on with the researchers, not with Congress, the subject the sentence began with."""
    if not _reported_before(pronoun):
        return None
    own = sentence_of_token(pronoun)
    if own.start == 0:
        return None
    before = sentence_of_token(pronoun.doc[own.start - 1])
    subject = next((t for t in reversed(before) if t.dep_ in SUBJECTS and t.pos_ != "PRON"), None)
    if subject is None or subject.pos_ != "NOUN" or not plural_noun(subject):
        return None
    entry = reporting_verbs().get(subject.head.lemma_.lower())
    return _group(subject) if entry is not None and entry.class_ == "speech" else None  # not "investigators feel"


def _reported_before(pronoun: Token) -> set[int]:
    """The words a "…, they say" reports before it, back to the sentence's start or a dash, colon or semicolon: "It's a
    two-way street, they insist", "The rules are unfair, they say". Their subjects are of the words reported, not who
    "they" are."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb.i < pronoun.i or verb.lemma_.lower() not in reporting_verbs():
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
    return pronoun.dep_ in SUBJECTS and word is not None and word.third


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
        relative = any(c.dep_ in SUBJECTS and c.tag_ in ("WP", "WDT") for c in clause.children)
        noun = clause.head
        return noun if relative and plural_noun(noun) and noun.pos_ in ("NOUN", "PROPN") else None
    return None
