"""Stage: candidates, spoken judgements. A speaker who condemns a named actor, or what the actor did or said,
disapproves of that actor: "“He is a danger to the free world,” said X", "X said Russia's reckless moves must
stop", "X called Y's remarks racist" are CAMEO 111 from X to Y; one who says a named actor is admirable praises it
("X called Y a hero", 051)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from telex.events.arguments import (
    CONTROLLERS,
    SUBJECTS,
    Context,
    is_actor_noun,
    modals_of,
    prep_objects,
    subject_tokens,
)
from telex.events.candidate import Candidate
from telex.events.filters import denied_noun, in_condition
from telex.events.participants import actors_in, placed, sources_of
from telex.events.references import points_back
from telex.events.word_lists import (
    BELIEVING,
    CONDEMNED_ACTS,
    CONDEMNED_DEEDS,
    CONDEMNING,
    DEED_DOING,
    DENIED_MERITS,
    DONE_WORK,
    FAULTING,
    FAULTING_PEOPLE,
    INSULTING,
    LABELLING,
    LACKED_MERITS,
    LACKING,
    MERIT_SHOWING,
    PRAISING,
    PRAISING_PEOPLE,
    REPORTING,
    SHOWING,
    STANCE_AGAINST,
    STANCE_FOR,
    listed,
)
from telex.nlp.cached import heads_with
from telex.nlp.grammar import copula
from telex.quotes.lexicon import reporting_verbs
from telex.quotes.trim import CLOSING_MARKS, OPENING_MARKS, quoted_at
from telex.records import ActorRef

# The codes of a judgement: criticize or denounce; praise or endorse.
CONDEMN = "111"
PRAISE = "051"
# Dependencies of a word that says what the clause's subject is ("is reckless", "is a liar", "seems dangerous").
PREDICATES = frozenset({"acomp", "attr", "oprd"})
# Dependencies that make a noun's owner: "Trump's remarks", "the Obama policy", "the Obama-Clinton policy" (which the
# parser may hang on the noun as a modifier of its own, nmod).
OWNERS = frozenset({"poss", "compound", "nmod"})
# Dependencies of a clause that says something of its own, not of the clause it hangs off.
OWN_CLAUSES = frozenset({"advcl", "relcl", "acl", "parataxis"})
# Words that say what someone is, said of them: condemning ones, insults and praise (only ever a predicate or a name
# given, never an adjective of something they deal with: "fought a terrorist group" condemns no one).
CALLING = ((CONDEMN, CONDEMNING | INSULTING | FAULTING), (PRAISE, PRAISING))
# Words that say what a person is, said of a person only: "X said Y is weak", "Y is a strong leader"; said of a thing
# or a country ("the economy is weak", "Russia is strong") they judge no one.
CALLING_PEOPLE = ((CONDEMN, FAULTING_PEOPLE), (PRAISE, PRAISING_PEOPLE))

# Pronouns that a statement said of someone uses for them.
PERSONAL = frozenset({"he", "she", "him", "her", "they", "them"})
# Pronouns of a thing, never of a person praised: "it's a good decision", "this is the best plan".
THINGS = frozenset({"it", "this", "that"})
# Subjects of a stance or act that is the speaker's own: "I think", "we know", "“We condemn …,” she said".
FIRST_PERSON = frozenset({"i", "we"})
# Modals of a supposition, under which a merit denied is no judgement: "by his standards, Obama wouldn't have good
# judgment".
SUPPOSING = frozenset({"would", "could", "might", "may"})

Judgement = tuple[str, Token, list[Token]]


def judgement_candidate(verb: Token, ctx: Context) -> Candidate | None:
    """A judgement of a named actor by the subject of ``verb``, a reporting or a labelling verb."""
    lemma = verb.lemma_.lower()
    if _negated(verb):
        return None
    if lemma in REPORTING or (lemma in BELIEVING and not in_condition(verb)):
        # A view held, as words said: "X believes Y is unfit"; not one supposed ("if X thinks Y will ...").
        found = [j for c in verb.children if c.dep_ == "ccomp" for j in judgements(c)]
    elif lemma in LABELLING:
        found = list(_labelled(verb)) or list(_quoted_name(verb))
    else:
        return None
    sources = sources_of(verb, ctx) if found else []
    return next(judged(found, sources, verb, ctx, said_of(verb, ctx) if found else []), None)


# Verbs besides "be" (``grammar.copula``, contractions included: "I’m very disappointed in the RNC") that link a
# subject to an adjective of stance ("remained supportive of", "grew critical of").
LINKING = frozenset({"remain", "become", "grow", "seem", "appear", "sound", "stay"})
# Adjectives with their prepositions that state a stance against or for whom the phrase names, by code.
STANCES = ((CONDEMN, STANCE_AGAINST), (PRAISE, STANCE_FOR))


def stance_candidate(verb: Token, ctx: Context) -> Candidate | None:
    """The stance the subject of a linking ``verb`` states toward someone (see :func:`stances`), its subject's:
    "Republicans have been critical of Clinton's use of email" (111 on Clinton), "Obama has been generally supportive
    of Clinton" (051). A speaker's own ("“I'm disappointed in Clinton,” Trump said") is read with the quote
    (``statements.quoted_candidates``)."""
    if any(c.dep_ in SUBJECTS and c.lower_ in FIRST_PERSON for c in verb.children):
        return None
    found = stances(verb)
    return next(judged(found, sources_of(verb, ctx), verb, ctx), None) if found else None


def stances(verb: Token) -> list[Judgement]:
    """The stances a linking ``verb`` states with an adjective and its preposition (lists ``stance_against`` and
    ``stance_for``), each with whom its phrase names: "have been critical of Clinton's use of email" (111 on "use"),
    "I'm very disappointed in the RNC" (111 on "RNC"). Only in a main or a reported clause: in a relative clause the
    stance describes whom it hangs off, the standing the article names them by ("Erickson, who has been critical of
    Trump"), as a participle of backing does (``filters.allegiance``); a stance denied ("is not critical of") is
    none."""
    linking = copula(verb) or verb.lemma_.lower() in LINKING
    if not linking or verb.dep_ in ("relcl", "acl") or _negated(verb):
        return []
    found = [
        (code, adjective, [o for p, o in prep_objects(adjective) if f"{adjective.lemma_.lower()} {p}" in words])
        for adjective in verb.children
        if adjective.dep_ == "acomp" and adjective.pos_ == "ADJ"
        for code, words in STANCES
    ]
    return [(code, adjective, judged) for code, adjective, judged in found if judged]


def said_of(verb: Token, ctx: Context) -> list[ActorRef]:
    """The actors a statement is said of: the "of" phrase of its verb ("X said of Y")."""
    return actors_in([o for p, o in prep_objects(verb) if p == "of"], ctx)


def judged(
    found: Sequence[Judgement], sources: list[ActorRef], anchor: Token, ctx: Context, said_of: Sequence[ActorRef] = ()
) -> Iterator[Candidate]:
    """The candidates of the judgements whose judged actors are named and not the judge itself; ``said_of``, the
    actors a statement is said of ("“He is a liar,” X said of Y"), are whom its personal pronouns stand for and whose
    is what its possessive pronouns own (``_personal``)."""
    if not any(r.code for r in sources):
        return
    # A judge's own country named as such is no one judged: "America is already great"; another person coded
    # like the judge is ("Clinton said Trump is reckless": two candidates, both USAELI).
    own = {r.country for r in sources} | {r.code for r in sources if r.entity_id is None}
    selves = {r.entity_id for r in sources if r.entity_id is not None}
    for code, word, judged in found:
        pronouns = bool(judged) and all(_personal(t) for t in judged)
        actors = list(said_of) if pronouns and said_of else judged_actors(judged, ctx)
        # Who is judged is named: "officials" of no country are no one in particular.
        targets = [t for t in actors if t.code and t.code not in own and t.entity_id not in selves]
        if targets and (placed(sources) or placed(targets)):
            yield Candidate(code, anchor, [word], sources, targets, True, confidence=0.5)
        elif not actors and placed(sources) and len(judged) == 1 and points_back(judged[0]):
            # "Japan called it a provocation": whose act "it" is, the act told before says.
            yield Candidate(code, anchor, [word], sources, [], True, confidence=0.5, pointing=True)


# Possessive pronouns of a third person: "“His behavior was deplorable,” Sanders said of Bill Clinton".
_THEIRS = frozenset({"his", "her", "their"})


def _personal(judged: Token) -> bool:
    """``judged`` is a personal pronoun ("he is a liar") or a thing a possessive pronoun owns ("his behavior was
    deplorable", "their policies are reckless"): whom a statement said of someone judges is that one. A person so
    owned is another ("his aide is a liar")."""
    if judged.lower_ in PERSONAL:
        return True
    owned = any(c.dep_ == "poss" and c.lower_ in _THEIRS for c in judged.children)
    return owned and judged.pos_ == "NOUN" and not is_actor_noun(judged)


def judgements(clause: Token) -> Iterator[Judgement]:
    """Judging words of a reported clause with what each judges: the subject a predicate is said of ("he is a
    liar", "the plan is reckless", "Lee is a great leader", "he is weak" of a person), what the clause of a predicate
    noun of showing says ("more evidence that X is a fraud"), the doer of a condemned act ("they betrayed us",
    "we were sold out by X", "Russian aggression"), the noun a condemning adjective describes ("the reckless
    moves"), the owner of a merit lacked or had ("lacks the judgment", "has remarkable gifts"), the doer of work a
    praising word describes ("has done a great job"), then the subject of a clause with a condemning adjective anywhere
    ("showed a troubling willingness"), then what the speaker says they themselves think, know or say ("we know that X
    has shown a troubling willingness")."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if _negated(clause):
        yield from _denied(clause, subjects)
        return
    predicates = [c for c in clause.children if c.dep_ in PREDICATES]
    for code, lexicon in _calling(subjects):
        for predicate in predicates:
            for word in _words(predicate, lexicon):
                if code != PRAISE or _praise_of_subject(word, subjects):
                    yield code, word, subjects
    for predicate in predicates:
        if listed(predicate, SHOWING) and not denied_noun(predicate):
            # "the allegations are more evidence that Trump is a fraud", "yet another reminder that he is unfit":
            # what the speaker offers as shown, the speaker says.
            yield from (j for c in predicate.children if c.dep_ in ("acl", "ccomp") for j in judgements(c))
    if _participle_predicate(clause) and listed(clause, CONDEMNING):
        # "Trump's remarks are troubling": the parser may read the adjective in -ing as a verb of its own.
        yield CONDEMN, clause, subjects
    asserted = _asserted(clause)
    for token in asserted:
        if token.pos_ == "VERB" and _condemned_act(token) and not _negated(token):
            yield CONDEMN, token, subject_tokens(token)
        elif token.pos_ == "NOUN" and listed(token, CONDEMNED_DEEDS) and _named(token):
            yield CONDEMN, token, [token]
        elif token.pos_ == "NOUN" and listed(token, CONDEMNED_DEEDS) and (doing := _doing(token)) is not None:
            # "Russia is spreading lies", "the regime committed atrocities": the subject does the deed.
            yield CONDEMN, token, subject_tokens(doing)
    for token in asserted:
        if (merit := _lacked_merit(token)) is not None and (token.i == clause.i or _in_clause(token, clause)):
            # "he lacks the judgment and temperament to be president": a merit said to be missing condemns its owner.
            yield CONDEMN, merit, _merit_owners(token)
        elif (shown := _shown_merit(token)) is not None and (token.i == clause.i or _in_clause(token, clause)):
            # "he just has remarkable gifts", "Obama shows great charm": a merit said to be had judges its owner.
            yield shown[0], shown[1], _merit_owners(token)
    for token in asserted:
        if _done_work(token) and _in_clause(token, clause) and not _negated(token.head):
            # "the president has done an incredible job": praise of whoever did it.
            yield from ((PRAISE, word, subject_tokens(token.head)) for word in _words(token, PRAISING))
    for token in asserted:
        if (
            token.dep_ == "amod"
            and listed(token, CONDEMNING)
            and token.head.dep_ not in PREDICATES
            and _named(token.head)
        ):
            yield CONDEMN, token, [token.head]
    for token in asserted:
        if token.pos_ == "ADJ" and listed(token, CONDEMNING) and not _negated(token.head) and _in_clause(token, clause):
            # "Trump has shown a troubling willingness to back Putin": what the clause's subject does is condemned.
            yield CONDEMN, token, subjects
    if own_view(clause, subjects):
        yield from (j for c in clause.children if c.dep_ == "ccomp" for j in judgements(c))


def _denied(clause: Token, subjects: list[Token]) -> Iterator[Judgement]:
    """Judgements of a negated clause. A merit denied condemns whoever it is denied: "Y is not honest", "Y is not fit
    to lead", "Y cannot be trusted" (a word of ``PRAISING`` or ``DENIED_MERITS`` as the predicate, or the passive
    verb); the negation leaves the subject's own words said: "Trump's reckless remarks did not help" condemns Trump,
    where "Trump is not reckless" condemns no one."""
    merits = PRAISING | DENIED_MERITS
    if any(c.dep_ == "auxpass" for c in clause.children) and listed(clause, merits):
        yield CONDEMN, clause, subjects
    if (shown := _shown_merit(clause)) is not None:
        # "Clinton's use of a private server did not show good judgment"
        yield shown[0], shown[1], subjects
    for predicate in (c for c in clause.children if c.dep_ in PREDICATES):
        yield from ((CONDEMN, word, subjects) for word in _words(predicate, merits))
    for token in (t for s in subjects for t in s.subtree):
        if token.pos_ == "NOUN" and listed(token, CONDEMNED_DEEDS) and _named(token):
            yield CONDEMN, token, [token]
        elif token.dep_ == "amod" and listed(token, CONDEMNING) and _named(token.head):
            yield CONDEMN, token, [token.head]


def own_view(clause: Token, subjects: list[Token]) -> bool:
    """ "I think", "we know", "I said": the speaker's own stance, whose clause the speaker asserts as much as the
    statement itself; a denial ("I deny that ...") asserts nothing, and someone else's view is theirs to judge."""
    verb = reporting_verbs().get(clause.lemma_.lower())
    return (
        verb is not None
        and verb.kind != "denial"
        and bool(subjects)
        and all(s.lower_ in FIRST_PERSON for s in subjects)
    )


def _participle_predicate(clause: Token) -> bool:
    """ "are sickening", "is troubling": a form in -ing after "be" with no object of its own, an adjective the parser
    took for a verb; "is insulting Mexicans" acts on someone."""
    return (
        clause.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children)
        and not any(c.dep_ in ("dobj", "dative") for c in clause.children)
    )


def _labelled(verb: Token) -> Iterator[Judgement]:
    """ "called the remarks troubling", "branded him a liar", "called her a hero", "described the remarks as
    hurtful": the object and the name given."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i] or _antecedent(verb)
    # "as" phrases of the verb or of its object: "described Trump's remarks as hurtful".
    named_as = [
        g for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
    ]
    for child in (*verb.children, *named_as):
        if child.dep_ in ("oprd", "ccomp", "xcomp") or child in named_as:
            # The parser reads "called the remarks troubling" as a small clause too: its subject is the object.
            judged = objects or [c for c in child.children if c.dep_ in SUBJECTS]
            if judged:
                yield from (
                    (code, word, judged)
                    for code, lexicon in _calling(judged)
                    for word in _words(child, lexicon)
                    if code != PRAISE or _praise_of_subject(word, judged)
                )


def _antecedent(verb: Token) -> list[Token]:
    """Whom a labelling ``verb`` of a relative clause whose own subject is someone else names: the noun the clause
    describes, a person or a body ("Clinton, whom he called the most divisive figure", "Bannon, who Beck called a
    despicable human being"); none when the relative word is the subject ("Trump, who called for unity") or tells
    when or where ("in December, when Clinton called ..."), nor for another clause."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    relatives = [c for c in verb.children if c.tag_ in _RELATIVE_TAGS]
    if verb.dep_ != "relcl" or not subjects or any(r.dep_ != "dobj" for r in relatives):
        return []  # "in December, when Clinton called ...": the clause tells when, not of whom
    # Someone, not a thing: "the bill, which Trump called a disaster" judges no actor.
    return [verb.head] if verb.head.ent_type_ in CONTROLLERS or _a_person(verb.head) else []


# Tags of the relative words ("who", "which", "that", "when" of a relative clause).
_RELATIVE_TAGS = frozenset({"WP", "WDT", "WRB"})
# Marks that end a name given in quotation marks: one that closes it, or one that opens another quotation.
_NAME_ENDS = CLOSING_MARKS | OPENING_MARKS
# Words that deny a name given: "not a disaster", "no hero", "never a liar".
_DENYING = frozenset({"not", "no", "never", "n't", "n’t"})
# The most words between a labelling verb and a name in quotation marks (its object), and in the name itself: a
# name given, not a speech.
_OBJECT_WORDS = 8
_NAME_WORDS = 12


def _quoted_name(verb: Token) -> Iterator[Judgement]:
    """The judgements a labelling ``verb`` makes by a name in quotation marks right after its object, read by the
    order of the words, since the parser often breaks a clause at the marks: "calling Trump’s charge “pathetic”" (it
    hangs the object on the adjective), "called Trump a “blowhard”", "called her handling of the emails “extremely
    careless”" (it takes the adjective for the object's own). The object is the words between the verb and the
    opening mark (without a verb among them), else a relative clause's antecedent ("Bannon, who Beck called “a
    despicable human being”"); the name judges by its words of ``CALLING`` up to the closing mark, unless a word
    denies it before them ("“not a disaster”")."""
    doc, sent = verb.doc, verb.sent
    if verb.dep_ in ("amod", "compound"):
        return  # "so-called": no one calls anyone so
    window = doc[verb.i + 1 : min(sent.end, verb.i + 2 + _OBJECT_WORDS)]
    opening = next((t for t in window if t.text in OPENING_MARKS), None)
    if opening is None or quoted_at(doc, sent.start, opening.i):
        return
    between = [t for t in doc[verb.i + 1 : opening.i] if not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return
    # The words of the object that hang off no other word of it: "Trump’s charge" (charge), "her handling of ...".
    judged = [t for t in between if t.pos_ in ("NOUN", "PROPN", "PRON") and not verb.i < t.head.i < opening.i] or (
        [] if between else _antecedent(verb)
    )
    if not judged:
        return
    name: list[Token] = []
    for token in doc[opening.i + 1 : min(sent.end, opening.i + 1 + _NAME_WORDS)]:
        if token.text in _NAME_ENDS:
            break
        name.append(token)
    for k, word in enumerate(name):
        if word.lower_ in _DENYING and not (k + 1 < len(name) and name[k + 1].lower_ == "only"):
            return
        if word.pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue
        for code, lexicon in _calling(judged):
            if not listed(word, lexicon):
                continue
            # "ISIS’ best recruiter": the best one of another's is no praise of whom it is said of.
            owned = any(t.tag_ == "POS" for t in name[:k])
            if code != PRAISE or (_praise_of_subject(word, judged) and not owned):
                yield code, word, judged


def _words(predicate: Token, lexicon: frozenset[str]) -> Iterator[Token]:
    """The words of ``lexicon`` in a predicate: itself, its conjuncts ("not only a racist, but a danger") and their
    adjectives ("a dangerous man", "a great leader")."""
    for head in (predicate, *predicate.conjuncts):
        if _negated(head):
            continue
        if listed(head, lexicon):
            yield head
        yield from (c for c in head.children if c.dep_ == "amod" and listed(c, lexicon))


def _calling(judged: Sequence[Token]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The lexicons of words that judge ``judged`` by saying what they are, by code: those of ``CALLING``, and those
    of ``CALLING_PEOPLE`` when every one judged is a person ("he is weak", "Rubio is a weak candidate", "our leaders
    are weak"), not a thing nor a place ("the economy is weak", "Russia is strong")."""
    people = bool(judged) and all(_a_person(t) for t in judged)
    return CALLING + CALLING_PEOPLE if people else CALLING


def _a_person(token: Token) -> bool:
    """``token`` names a person, people or a body of people: a personal pronoun, a person's name, or a common noun the
    actor tables know ("our leaders", "the Obama administration"); not a country's name nor a thing ("Russia", "the
    economy")."""
    if token.lower_ in PERSONAL or token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "NOUN" and is_actor_noun(token)


def _shown_merit(verb: Token) -> tuple[str, Token] | None:
    """The code and the word of a merit ``verb`` says its subject has or shows (list ``merit_showing``), judged by a
    word before it: praise for one of ``PRAISING`` ("has remarkable gifts", "shows great charm": 051), a condemnation
    for a condemning one ("has terrible judgment") or for praise denied ("did not show good judgment": 111); ``None``
    for a merit with no such word ("has the necessary temperament") or a thing had ("has great support")."""
    if verb.pos_ not in ("VERB", "AUX") or not listed(verb, MERIT_SHOWING):
        return None
    denied = _negated(verb)
    if denied and set(modals_of(verb)) & SUPPOSING:
        return None  # "by the same standards, Obama wouldn't have good judgment": a merit denied only in supposition
    for merit in (c for c in verb.children if c.dep_ == "dobj" and listed(c, LACKED_MERITS)):
        for word in (c for c in merit.children if c.dep_ == "amod"):
            if listed(word, PRAISING):
                return (CONDEMN if denied else PRAISE), word
            if listed(word, CONDEMNING) and not denied:
                return CONDEMN, word
    return None


def _merit_owners(verb: Token) -> list[Token]:
    """Whose merit a verb of having or lacking tells: its subject; for the relative clause of a predicate noun, the
    subject the noun is said of ("she would be a bad president who lacks strength": she, not "a bad president")."""
    if verb.dep_ == "relcl" and verb.head.dep_ in PREDICATES:
        return [c for c in verb.head.head.children if c.dep_ in SUBJECTS]
    return subject_tokens(verb)


def _praise_of_subject(word: Token, judged: list[Token]) -> bool:
    """A praising word of a predicate praises whom it is said of: not a thing ("it's a good decision for Trump",
    "this is the best plan"), nor one who is the best or a good one of another's ("he is becoming ISIS's best
    recruiter", "it's Cuba's best role": what the owner has is told, not who the judged is); "he is our best
    candidate" and "she is a great leader" praise her."""
    if any(t.lower_ in THINGS for t in judged):
        return False
    noun = word.head if word.dep_ == "amod" else word
    return not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)


def _negated(head: Token) -> bool:
    """ "is not reckless"; "is not only a racist but a danger" is no negation."""
    return head.i in heads_with(head.doc, ("neg",)) and any(
        c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only") for c in head.children
    )


def _asserted(clause: Token) -> list[Token]:
    """The tokens of ``clause``'s subtree that no negated verb between them and ``clause`` denies: not "an aggressive
    advocate" in "she did not come across as an aggressive advocate". Each head is judged once, for all below it."""
    first, last = clause.left_edge.i, clause.right_edge.i
    if not any(first <= i <= last for i in heads_with(clause.doc, ("neg",))):
        return list(clause.subtree)  # no negated word in the clause: nothing to walk up to
    denied = {clause.i: False}

    def is_denied(token: Token) -> bool:
        if token.i not in denied:
            head = token.head
            denied[token.i] = is_denied(head) or (head.pos_ in ("VERB", "AUX") and _negated(head))
        return denied[token.i]

    return [t for t in clause.subtree if not is_denied(t)]


def _named(noun: Token) -> bool:
    """The noun names whom it is about: a name, or an owner or a modifier that names one ("Trump's remarks", "North
    Korean provocations"); "untrustworthy people" names no one."""
    return noun.pos_ == "PROPN" or any(
        (c.dep_ in OWNERS or c.dep_ == "amod") and (c.ent_type_ or c.pos_ in ("PROPN", "PRON")) for c in noun.children
    )


def _in_clause(token: Token, clause: Token) -> bool:
    """No clause of its own stands between ``token`` and ``clause``: "while X had been careless, no prosecutor would
    act" says nothing of the prosecutor ("makes it seem insensitive" is one clause with its complement)."""
    head = token.head
    while head.i != clause.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX") and head.dep_ in OWN_CLAUSES:
            return False
        head = head.head
    return head.i == clause.i


def _doing(noun: Token) -> Token | None:
    """The verb of ``DEED_DOING`` whose object the deed is ("spreading lies", "engaged in provocations"), negated
    or not."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or not listed(verb, DEED_DOING) or _negated(verb):
        return None
    return verb


def _done_work(noun: Token) -> bool:
    """ "did a great job", "has done remarkable work": a noun of work done, the object of "do"."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in DONE_WORK and noun.head.lemma_.lower() == "do"


def _lacked_merit(verb: Token) -> Token | None:
    """The merit a verb of lacking says its subject has not: "lacks the judgment" (judgment), "lacked the moral
    character" (character), "lacking in compassion" (compassion); ``None`` for another verb or a thing lacked
    ("lacks the votes"), and for a negated verb ("does not lack courage")."""
    if verb.pos_ != "VERB" or not listed(verb, LACKING) or _negated(verb):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [o for p, o in prep_objects(verb) if p == "in"]
    return next((m for o in objects for m in (o, *o.conjuncts) if listed(m, LACKED_MERITS)), None)


def _condemned_act(verb: Token) -> bool:
    """A verb whose doer is condemned by saying it ("betrayed", "sold out"), its particle included."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return (f"{lemma} {particles[0]}" if particles else lemma) in CONDEMNED_ACTS


def judged_actors(judged: list[Token], ctx: Context) -> list[ActorRef]:
    """The actors judged: the tokens' own actors, else the owners of what they name ("Trump's remarks"), else its
    doers ("the remarks by Trump", "the sanctions imposed by Washington")."""
    owners = [c for t in judged for c in t.children if c.dep_ in OWNERS]
    # The noun's own "by" phrase, or that of a participle describing it.
    heads = [h for t in judged for h in (t, *(c for c in t.children if c.dep_ == "acl"))]
    doers = [o for h in heads for p, o in prep_objects(h) if p == "by"]
    return actors_in(judged, ctx) or actors_in(owners, ctx) or actors_in(doers, ctx)
