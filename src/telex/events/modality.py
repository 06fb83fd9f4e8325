"""How an event is asserted: from the words around its trigger, as plain lemmas."""

from __future__ import annotations

from collections.abc import Collection

from telex.events.word_lists import POSSIBILITY, STANCE

ALLEGING = frozenset({"accuse", "allege", "charge", "blame", "accusation", "allegation", "claim", "suspect"})
DENYING = frozenset({"deny", "reject", "dismiss", "refute", "denial"})
# "refrained from attacking his rivals": what one holds back from is not done; so is what a refusal or a failure is
# to do ("Russia's refusal to withdraw its troops", "Congress's failure to approve aid") and what one avoids,
# hesitates or is reluctant to do ("avoided criticizing Netanyahu", "is reluctant to cut output", "his reluctance to
# affirm his support").
REFUSING = frozenset(
    {
        "refuse", "decline", "fail", "refrain", "refusal", "failure", "avoid", "hesitate", "reluctant", "unwilling",
        "reluctance", "unwillingness",
    }
)
NEGATIONS = frozenset({"not", "n't", "never", "no"})
HYPOTHETICAL = frozenset({"could", "may", "might", "would", "should", "can", "must"})
# Verbs whose to-infinitive someone must still do, so is not done: "Russia needs to withdraw", "has to stop", "China
# ought to release them" (the parser makes "ought" the head of its infinitive).
NEEDING = frozenset({"need", "have", "ought"})
# Governors of an act that may or may not come about: "is considering imposing sanctions", "is weighing sending
# troops", "is likely to reject", "was unable to meet", "postponed imposing sanctions".
UNSETTLED = frozenset(
    {"consider", "weigh", "mull", "contemplate", "likely", "unlikely", "unable", "delay", "postpone"}
)
CONDITIONS = frozenset({"if", "unless"})
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
        "seek",
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


def modality(
    modals: Collection[str] = (),
    negated: bool = False,
    governors: Collection[str] = (),
    conditional: bool = False,
) -> str:
    """One of asserted, alleged, denied, negated, hypothetical, intended.

    ``modals`` are the trigger's auxiliaries, ``governors`` the lemmas of verbs or nouns whose complement
    the event is ("accused X of", "refused to", "plans to"), ``conditional`` an "if"/"unless" clause.
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
    # not done, nor what a stance argues over ("opponents of allowing refugees in", "favored imposing tariffs", list
    # ``stance``).
    if conditional or set(modals) & HYPOTHETICAL or governed & (NEEDING | UNSETTLED | POSSIBILITY | STANCE):
        return "hypothetical"
    if set(modals) & (INTENDING | HEADLINE_FUTURE) or governed & INTENDING:
        return "intended"
    return "asserted"
