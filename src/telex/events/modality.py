"""How an event is asserted: from the words around its trigger, as plain lemmas."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING

from telex.events.codes import quad_class
from telex.events.word_lists import ABILITY, BINDING_ROOTS, POSSIBILITY, REFUSAL_ROOTS, STANCE
from telex.nlp.grammar import to_infinitive
from telex.tables import read_table

if TYPE_CHECKING:
    from spacy.tokens import Token

ALLEGING = frozenset({"accuse", "allege", "charge", "blame", "accusation", "allegation", "claim", "suspect"})
DENYING = frozenset({"deny", "reject", "dismiss", "refute", "denial"})
# "refrained from attacking his rivals": what one holds back from is not done; so is what a refusal or a failure is
# to do ("Russia's refusal to withdraw its troops", "Congress's failure to approve aid") and what one avoids,
# hesitates or is reluctant to do ("avoided criticizing Netanyahu", "is reluctant to cut output", "his reluctance to
# affirm his support").
REFUSING = frozenset(
    {
        "refuse",
        "decline",
        "fail",
        "refrain",
        "refusal",
        "failure",
        "avoid",
        "hesitate",
        "reluctant",
        "unwilling",
        "reluctance",
        "unwillingness",
    }
)
NEGATIONS = frozenset({"not", "n't", "never", "no"})
HYPOTHETICAL = frozenset({"could", "may", "might", "would", "should", "can", "must"})
# Verbs whose to-infinitive someone must still do, so is not done: "Russia needs to withdraw", "has to stop", "China
# ought to release them" (the parser makes "ought" the head of its infinitive).
NEEDING = frozenset({"need", "have", "ought"})
# Governors of an act that may or may not come about: "is considering imposing sanctions", "is weighing sending
# troops", "is likely to reject", "was unable to meet", "postponed imposing sanctions", "is leaning toward supporting
# Trump".
UNSETTLED = frozenset(
    {"consider", "weigh", "mull", "contemplate", "likely", "unlikely", "unable", "delay", "postpone", "lean"}
)
# Prepositions by which a verb that leaves an act unsettled takes it as a gerund ("leaning toward supporting Trump").
UNSETTLED_PREPS = frozenset({"toward", "towards"})
CONDITIONS = frozenset({"if", "unless"})
# Modals the tokenizer leaves contracted, with a straight or a curly apostrophe ("he'd support her", "they’ll meet",
# "won't", "can't", "shan't"): the modal each stands for. A "'d" before a past participle is "had" ("he'd attacked
# them"), no modal.
CONTRACTED_MODALS = {"'d": "would", "'ll": "will", "wo": "will", "ca": "can", "sha": "shall"}
# A headline's future: "Turkey to buy more Russian gas" (``arguments.to_future``), as "will" is the body's.
HEADLINE_FUTURE = frozenset({"to"})
INTENDING = frozenset(
    {
        "will",
        "shall",
        "plan",
        "propose",
        "intend",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "offer",
        "prepare",
        "want",
        "aim",
        "decide",
        "agree",
        "expect",
        "schedule",
        "set",
        "going",
        "swear",
        "commit",
        "ready",
        "willing",
        "prepared",
        "determined",
        "committed",
        "poised",
        "eager",
        "hope",
    }
)


# The governor the builder records for an act told on another's word ("reportedly", "according to", "is said to",
# a speaker's charge): alleged, where nothing else says it is not asserted.
HEARSAY = "hearsay"
# The governor the builder records for an act talked over ("talks about lifting the sanctions"): hypothetical.
DISCUSSED = "discussed"
# The governor the builder records for an act a copula's subject describes as a course, not done ("it is impossible to
# conduct an investigation", "his job is to talk to Congress"): hypothetical.
COURSE = "course"
# Prepositions that name what a talk is over ("talk about barring", "a discussion of sending troops"), not its time.
DISCUSSED_PREPS = frozenset({"about", "of", "on", "over"})
# Subjects that name an actor for ``scheduled``: personal pronouns ("it" is as often a placeholder: "it is time to
# act") and entities of people, groups and places.
PERSONAL_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Pronouns by which the object of a told act may name its teller ("attacked its positions", "raped her").
SPEAKER_PRONOUNS = frozenset(
    {"i", "me", "my", "we", "us", "our", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their"}
)
# Where an act's clause hangs: the verbs above it through which a hedge or an "according to" reaches it ("reportedly
# tried to seize", "according to Kyiv, Russia shelled and burned").
SHARED_CLAUSE = frozenset({"xcomp", "conj"})


@cache
def modality_words(name: str) -> frozenset[str]:
    """The entries of list ``name`` of ``data/modality_words.tsv``."""
    return frozenset(row["entry"] for row in read_table("modality_words.tsv") if row["list"] == name)


def hedged(verb: Token) -> bool:
    """``verb`` tells an act on another's word: with a hedging adverb ("Iran reportedly seized a tanker"), "according
    to" someone ("according to Kyiv, Russian forces shelled Kharkiv"), or as the infinitive of a passive of saying or
    believing ("troops are said to have crossed", "is believed to have ordered"), its own or that of a verb whose
    clause it shares ("reportedly tried to seize")."""
    clause = verb
    while True:
        if any(_hedge(c) for c in clause.children) or _raised(clause):
            return True
        if clause.dep_ not in SHARED_CLAUSE or clause.head.i == clause.i:
            return False
        clause = clause.head


def _hedge(child: Token) -> bool:
    """``child`` is a hedging adverb or an "according to" phrase."""
    if child.dep_ == "advmod" and child.lower_ in modality_words("hedge"):
        return True
    if child.dep_ != "prep" or child.lower_ != "according":
        return False
    cited = [o for g in child.children if g.lower_ == "to" for o in g.children if o.dep_ == "pobj"]
    # "according to a copy of the letter": a record documents the act, where a person or a body claims it.
    return bool(cited) and not any(o.lemma_.lower() in modality_words("record_noun") for o in cited)


def _raised(verb: Token) -> bool:
    """``verb`` is the to-infinitive of a passive of saying or believing: "are said to have crossed"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and to_infinitive(verb)
        and head.lemma_.lower() in modality_words("hearsay_passive")
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    )


def material(code: str) -> bool:
    """The act coded ``code`` is material (QuadClass 2 or 4: "seize", "arrest", "send aid"), not said: an attempt at
    it may fail ("tried to storm the city"), where an attempt to say something says it ("tried to rebuke Trump")."""
    return code[:2].isdigit() and quad_class(code[:2]) in (2, 4)


def charged(verb: Token, root: str, doers: Collection[str]) -> bool:
    """``verb`` tells a hostile act (CAMEO roots 11-20, ``root`` its root) of a named doer (``doers``, the texts of
    its sources) on the one who tells it, in the clause of a verb of saying: the wronged speaker's charge, not the
    writer's finding ("Armenia said Azerbaijani forces attacked its positions", "Turkish jets violated its airspace,
    Greece said"). A pronoun doer may be the speaker ("Cruz said he had attacked no one"), and a pronoun speaker
    the doer; a judgement the speaker voices ("Bush tweeted that Trump is a loser") has the speaker for doer."""
    if quad_class(root) < 3:
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    teller = _teller(clause)
    # A verb's own subject only: a conjunct that shares one is often the speaker's own verb misread ("Khan said
    # Trump was ignorant and criticized him").
    subject = _subject(verb)
    if teller is None or subject is None or subject.pos_ == "PRON":
        return False
    told = _phrase(subject)
    speaker = _subject(teller)
    if speaker is not None and (speaker.pos_ == "PRON" or _shares_name(speaker, subject)):
        return False
    return any(doer and doer in told for doer in doers) and _wronged_speaker(verb)


def _wronged_speaker(verb: Token) -> bool:
    """The act told falls on the one who tells it, named by a pronoun in its object or phrases ("attacked its
    positions", "raped her", "is killing us", "are maligning his record"): a wronged party's charge. A report of an
    act on others ("Russian forces shelled Kharkiv, regional officials said", "the two armies had clashed, a
    researcher added") is the report of a witness, and asserted; "their own" is the doer's."""
    said_of = [t for c in verb.children if c.dep_ not in ("nsubj", "ccomp", "parataxis") for t in c.subtree]
    return any(
        t.lower_ in SPEAKER_PRONOUNS and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "own") for t in said_of
    )


def _shares_name(one: Token, other: Token) -> bool:
    """The phrases ``one`` and ``other`` head share a proper name ("Bush says … Gov. Jeb Bush criticized")."""
    names = {t.lower_ for t in one.subtree if t.pos_ == "PROPN"}
    return any(t.lower_ in names for t in other.subtree if t.pos_ == "PROPN")


def _teller(clause: Token) -> Token | None:
    """The verb of saying ``clause`` is told by: the one it is the "that" clause of ("Greece said Turkish jets
    violated"), or one trailing it with a speaker of its own ("Turkish jets violated its airspace, Greece said")."""
    telling = modality_words("telling")
    if clause.dep_ == "ccomp" and clause.head.i != clause.i and clause.head.lemma_.lower() in telling:
        return clause.head
    trailing = (
        c
        for c in clause.children
        if c.dep_ in ("ccomp", "parataxis") and c.i > clause.i and c.lemma_.lower() in telling and _subject(c)
    )
    return next(trailing, None)


def _subject(verb: Token) -> Token | None:
    """The active subject of ``verb``."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _phrase(token: Token) -> str:
    """The text of the phrase ``token`` heads."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def report_denied(noun: Token) -> list[str]:
    """The verb that denies the report, claim or allegation ``noun`` whose clause tells an act ("dismissed reports
    that the Taliban had executed soldiers", "rejected claims that it had arrested them"), as a governor of that act."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in modality_words("report_noun"):
        return []
    lemma = head.lemma_.lower()
    denies = lemma in DENYING or lemma in modality_words("denying_report")
    return [lemma] if noun.dep_ in ("dobj", "nsubjpass") and head.i != noun.i and denies else []


def discussed(verb: Token, governor: Token) -> bool:
    """``verb`` is an act talked over, not done: the gerund or infinitive a verb or noun of discussing (list
    ``discussing``) takes ("met to talk about closing the border", "in talks about lifting the sanctions", "discussed
    sending troops"), with no doer of its own ("talked about Turkey attacking Greece" tells an act) and not a clause
    of time beside the talk ("discussed the budget after attacking the mayor")."""
    if governor.lemma_.lower() not in modality_words("discussing"):
        return False
    topic = verb.dep_ == "pcomp" and verb.head.lower_ in DISCUSSED_PREPS
    return (topic or verb.dep_ in ("xcomp", "acl")) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children
    )


def scheduled(verb: Token, governor: Token) -> bool:
    """``verb`` is the to-infinitive of "be" with an actor for subject, a future planned ("France is to send jets",
    "Netanyahu was to arrive on Monday"), not what an aim or a job is ("his job is to talk", "the plan is to wait")."""
    if governor.lemma_.lower() != "be" or verb.dep_ != "xcomp" or not to_infinitive(verb):
        return False
    subject = _subject(governor)
    if subject is None:
        return False
    return subject.pos_ == "PROPN" or subject.lower_ in PERSONAL_SUBJECTS or subject.ent_type_ in ACTOR_ENTITIES


def spelled_out(word: str, verb_tag: str) -> str | None:
    """The modal auxiliary ``word`` (lower-cased) stands for before a verb tagged ``verb_tag``: "would" for "’d"
    before a bare verb, None for a "'d" that is "had" ("he'd attacked"), the word itself when it is spelled out."""
    straight = word.replace("\u2019", "'")
    if straight == "'d" and verb_tag in ("VBN", "VBD"):
        return None
    return CONTRACTED_MODALS.get(straight, straight)


def modality(
    modals: Collection[str] = (),
    negated: bool = False,
    governors: Collection[str] = (),
    conditional: bool = False,
) -> str:
    """One of asserted, alleged, denied, negated, hypothetical, intended.

    ``modals`` are the trigger's auxiliaries, ``governors`` the lemmas of verbs or nouns whose complement
    the event is ("accused X of", "refused to", "plans to"), with ``HEARSAY`` for an act told on another's word,
    ``conditional`` an "if"/"unless" clause.
    """
    governed = set(governors)
    if governed & DENYING:
        return "denied"
    if negated:
        # "he claimed they had never met", "berated the guards for not ejecting protesters": what is claimed or
        # blamed as not done was not done; the claim or the blame is an event of its own.
        return "negated"
    if governed & ALLEGING:
        return "alleged"
    if governed & REFUSING:
        return "negated"
    # "an opportunity to take aim at the Republicans": what a noun of possibility (list ``possibility``) opens is
    # not done, nor what one is able to do (list ``ability``: "is able to invite"), nor what a stance argues over
    # ("opponents of allowing refugees in", "favored imposing tariffs", list ``stance``), nor what is talked over
    # ("talks about lifting the sanctions"), nor a course a copula describes ("it is premature to back her").
    undone = NEEDING | UNSETTLED | POSSIBILITY | ABILITY | STANCE | {DISCUSSED, COURSE}
    if conditional or set(modals) & HYPOTHETICAL or governed & undone:
        return "hypothetical"
    # "the goal of withdrawing", "bent on attacking": aimed at, not done.
    if set(modals) & (INTENDING | HEADLINE_FUTURE) or governed & (INTENDING | modality_words("aiming")):
        return "intended"
    # "Iran reportedly seized a tanker", "Armenia said Azerbaijani forces attacked": told on another's word.
    return "alleged" if HEARSAY in governed else "asserted"


def takes_in_act(head: Token) -> bool:
    """``head``, a word of promising, threatening or aiming, takes in an act to come: a to-infinitive ("threatening
    to pull out of NATO if he is elected", "pledged to act as well", "a vow to ban them") or a gerund after "to" ("is
    committed to maintaining the relationship"). Another verb's infinitive is often a purpose ("the concessions Obama
    made to unify the party"), and a warning's what another is warned to do ("warned the Fed not to act")."""
    if head.lemma_.lower() not in INTENDING | modality_words("aiming"):
        return False
    for child in head.children:
        if child.dep_ in ("xcomp", "acl") and to_infinitive(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.dep_ == "pcomp" for g in child.children):
            return True
    return False


def as_told(mode: str, root: str, takes_in: bool, governors: Collection[str]) -> str:
    """The modality an event is given out with, where ``mode`` is the one its filters and its date read: a promise or
    a threat (CAMEO root ``root`` of list ``binding_root``) that takes in the act it promises or threatens
    (``takes_in``: "pledged to provide aid" 0331, "threatened to sue" 130, "agreed to hold votes" 030, "threatening to
    pull out of NATO if he is elected"), and a material act attempted (a governor of list ``attempting``, recorded for
    material acts only: "tried to storm the city", "attempted to seize the airport"), are ``intended``, as "said it
    will send troops" is: the act is not told done. Both were said or tried when the text says, so they are dated and
    kept as acts done. One told on another's word, denied or refused keeps that modality; a warning with no act
    taken in ("warned China") is asserted."""
    if mode != "asserted":
        return mode
    promise = takes_in and root in BINDING_ROOTS
    return "intended" if promise or set(governors) & modality_words("attempting") else mode


def refusal_asserted(mode: str, root: str) -> str:
    """The modality a refusal is given out with: a negation that declares a refusal was recoded to the refusal (root of
    list ``refusal_root``: "refused to meet the envoys" 125, "will not support him" 120, "declined a Defense Department
    offer" 120), which is then an act done, ``asserted``, as news-silver codes rejections; any other ``mode`` is kept.
    Applied once denials have been answered, which tell a rejection said from one a negation makes by ``negated``."""
    return "asserted" if mode == "negated" and root in REFUSAL_ROOTS else mode
