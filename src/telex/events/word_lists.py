"""The word lists and CAMEO code sets that the event coder's rules read, from ``data/event_word_lists.tsv``: one
named constant a list, imported by the stages that use it."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING

from telex.tables import read_table

if TYPE_CHECKING:
    from spacy.tokens import Token

TABLE = "event_word_lists.tsv"


@cache
def _lists() -> dict[str, frozenset[str]]:
    entries: dict[str, set[str]] = {}
    for row in read_table(TABLE):
        entries.setdefault(row["list"], set()).add(row["entry"])
    return {name: frozenset(words) for name, words in entries.items()}


def word_list(name: str) -> frozenset[str]:
    """The entries of one list; a name the table does not have is a ``KeyError`` (a rule reading nothing)."""
    lists = _lists()
    if name not in lists:
        raise KeyError(f"{TABLE} has no list {name!r}; it has {', '.join(sorted(lists))}")
    return lists[name]


def list_names() -> frozenset[str]:
    return frozenset(_lists())


def listed(token: Token, words: Collection[str]) -> bool:
    """``token`` is one of ``words``, by its lemma or by its own lowercase form ("bills" or "bill")."""
    return token.lemma_.lower() in words or token.lower_ in words


REPORTING = word_list("reporting")
CLAIMING = REPORTING | word_list("claiming")
OBLIGATION = word_list("obligation")
ADVICE = word_list("advice")
SPORT = word_list("sport")
HAZARDS = word_list("hazard")
EXPLOSIONS = word_list("explosion")
MISHAP_SOURCES = word_list("mishap_source")
DECLARING = word_list("declaring")
TROOPS = word_list("troops")
ASPECTUAL = word_list("aspectual")
EARLIER_ADVERBS = word_list("earlier_adverb")
EARLY_ADVERBS = word_list("early_adverb")
NEWS_TIMES = word_list("news_time")
ARMED_STRIKES = word_list("armed_strikes")
YET_TO_COME = word_list("yet_to_come")
MAY_COME = word_list("may_come")
POSSIBILITY = word_list("possibility")
ABILITY = word_list("ability")
ENCOURAGING = word_list("encouraging")
SPENDING = word_list("spending")
SHOWING = word_list("showing")
STANCE = word_list("stance")
PROMOTING = word_list("promoting")
PROMOTING_CODES = word_list("promoting_code")
FAULTING_CODES = word_list("faulting_code")
LAUDING = word_list("lauding")
SPEAKING_FOR = word_list("speaking_for")
KIN = word_list("kin")
ADVERSARIES = word_list("adversary")
AMOUNTS = word_list("amount")
DANGERS = word_list("danger")
ALLEGED_ACTS = word_list("alleged_acts")
FORECASTING = word_list("forecasting")
FOLDING_ROOTS = word_list("folding_root")
ADDRESSED_ROOTS = word_list("addressed_root")
DOMESTIC_CONCESSIONS = word_list("domestic_concession")
STATE_SECTORS = word_list("state_sector")
BINDING_ROOTS = word_list("binding_root")
REFUSAL_ROOTS = word_list("refusal_root")
VOICING_SECTORS = word_list("voicing_sector")
VOICED_ROOTS = word_list("voiced_root")
DEGREE_ADVERBS = word_list("degree_adverb")
PREVENTING = word_list("preventing")
CAMPAIGN_GATHERINGS = word_list("campaign_gathering")
CAMPAIGN = word_list("campaign")
CAMPAIGNING_SECTORS = word_list("campaigning_sector")
CAUSE_PREPS = word_list("cause_preps")
DISCUSSING = word_list("discussing")
BLAMING = word_list("blaming")
RECEIVING = word_list("receiving")
RECEIVED_ROOTS = word_list("received_root")
SUPPORT_GOT = word_list("support_got")
CRITICISM_TAKEN = word_list("criticism_taken")
CRITICISM_TAKEN_PERSON = word_list("criticism_taken_person")
TAKING = word_list("taking")
VOTING_BLOCS = word_list("voting_bloc")
GIVING_CODES = word_list("giving_code")
TALKING = word_list("talking")
ASKING = word_list("asking")
WISHING = word_list("wishing")
UNSPECIFIED = word_list("unspecified")
WANTING = word_list("wanting")
IRREGULAR_SECTORS = word_list("irregular_sector")
STRIKING_IRREGULAR_SECTORS = word_list("striking_irregular_sector")
ARMED_SECTORS = word_list("armed_sector")
CLASH_CODES = word_list("clash_code")
SCENE_PLACED_ROOTS = word_list("scene_placed_root")
SCENE_PREPOSITIONS = word_list("scene_preposition")
SCENE_DOER_SECTORS = word_list("scene_doer_sector")
SCENE_TOLLS = word_list("scene_toll")
SCENE_SOLE_SECTORS = word_list("scene_sole_sector")
STATE_RESTRICTIONS = tuple(word_list("state_restriction"))
ACT_SERIES = word_list("act_series")
TOLL_STATES = word_list("toll_state")
WAR_MACHINE_CODES = word_list("war_machine_code")
QUANTITIES = word_list("quantity")
LEADING = word_list("leading")
BACKING = word_list("backing")
EQUIPPING = word_list("equipping")
ASSURING = word_list("assuring")
PERSUADING = word_list("persuading")
CAPABILITY_ADVERBS = word_list("capability_adverb")
CAMPAIGN_BODIES = word_list("campaign_body")
EXAMPLE_PREPS = word_list("example_preps")
ORIGINS = word_list("origin")
MARKET_FIGURES = word_list("market_figure")
FLED = word_list("fled")
CONDEMNING = word_list("condemning")
INSULTING = word_list("insulting")
FAULTING = word_list("faulting")
FAULTING_PEOPLE = word_list("faulting_person")
PRAISING_PEOPLE = word_list("praising_person")
CONDEMNED_ACTS = word_list("condemned_act")
CONDEMNED_DEEDS = word_list("condemned_deed")
PRAISING = word_list("praising")
STANCE_AGAINST = word_list("stance_against")
STANCE_FOR = word_list("stance_for")
DENIED_MERITS = word_list("denied_merit")
LACKING = word_list("lacking")
LACKED_MERITS = word_list("lacked_merit")
MERIT_SHOWING = word_list("merit_showing")
LABELLING = word_list("labelling")
BELIEVING = word_list("believing")
THREAT_FORMS = word_list("threat_form")
REFUSING_TO_ACCEPT = word_list("refusing_to_accept")
CULPABLE = word_list("culpable")
DONE_WORK = word_list("done_work")
DEED_DOING = word_list("deed_doing")
REGARDING = word_list("regarding")
ACKNOWLEDGING = word_list("acknowledging")
STATEHOOD = word_list("statehood")
INSTRUMENTS = word_list("instrument")
SELF_CLAIMING = word_list("self_claiming")
VERBAL_FORCE = word_list("verbal_force")
CONTEST_FORCE = word_list("contest_force")
RUIN_OR_SURRENDER = word_list("ruin_or_surrender")
PREMISES = word_list("premises")
CIVILIAN_SECTORS = word_list("civilian_sector")
FORCE_SECTORS = word_list("force_sector")
ARMED_DOER_SECTORS = word_list("armed_doer_sector")
STRIKING_SECTORS = word_list("striking_sector")
REPRESSING_SECTORS = word_list("repressing_sector")
REPRESSED_SECTORS = word_list("repressed_sector")
ASSENTING = word_list("assenting")
PLEAS = word_list("plea")
PLEA_PREPS = word_list("plea_preps")
WONDERING = word_list("wondering")
QUESTIONING = word_list("questioning")
ELECTORATE = word_list("electorate")
CAMPAIGN_AUDIENCE = word_list("campaign_audience")
COURTING_ROOTS = word_list("courting_root")
COMMENT_CODES = word_list("comment_code")
FEELING_CODES = word_list("feeling_code")
ASKED_ROOTS = word_list("asked_root")
THANKING = word_list("thanking")
POLL_ROOTS = word_list("poll_roots")
PREFERENCE_ROOTS = word_list("preference_roots")
POLL_MARGINS = word_list("poll_margin")
POLL_SHARES = word_list("poll_share")
COMMENTING = word_list("commenting")
NAMING = word_list("naming")
HELPING = word_list("helping")
SHARE_ROOTS = word_list("share_roots")
GRANTING = word_list("granting")
PERMITTING = word_list("permitting")
CAMPAIGNER_SECTORS = word_list("campaigner_sector")
PROPOSING_SECTORS = word_list("proposing_sector")
FORCE_THREAT_CODES = word_list("force_threat_code")
DONATING = word_list("donating")
VISITING_CODES = word_list("visiting_code")
VISIT_CODES = word_list("visit_code")
SCENE_CODES = tuple(sorted(word_list("scene_code")))
PLACE_TARGET_CODES = tuple(sorted(word_list("place_target_code")))
INTERSTATE_GATHERINGS = word_list("interstate_gathering")
PLEDGING = word_list("pledging")
TAKEN_UP = word_list("taken_up")
TAKING_UP = word_list("taking_up")
BINDING_SECTORS = word_list("binding_sector")
WEIGHING_SECTORS = word_list("weighing_sector")
RESTRAINED_ROOTS = word_list("restrained_root")
REFUSED_HOSTILE_ROOTS = word_list("refused_hostile_root")
DWINDLING = word_list("dwindling")
SETTING_PREPS = word_list("setting_preps")
UNDERGOING = word_list("undergoing")
UNWILLED = word_list("unwilled")
HAVING = word_list("having")
NO_ONE = word_list("no_one")
EXCEPTING = word_list("excepting")
UNDERGOING_PREPS = word_list("undergoing_preps")
SPEECH_ACTS = word_list("speech_act_root")
STANDING = word_list("standing")
PERFORMATIVE = word_list("performative")
PERFORMING_FRAMES = word_list("performing_frame")
JUDGING_CODES = word_list("judging_code")
ABOUT_CODES = word_list("about_code")
CONDUCT = word_list("conduct")
QUALITY = word_list("quality")
TOLD_ACTS = word_list("told_act")
CLAIMING_DEEDS = word_list("claiming_deed")
PHRASAL_PARTICLES = word_list("phrasal_particle")
PROPOSING = word_list("proposing")
PROPOSED = word_list("proposed")


def said_of(code: str) -> bool:
    """Whether an "about" phrase names whom an act of this CAMEO code is aimed at: a statement's or a judgement's
    ("complained about China"), not a meeting's ("talked with Putin about Syria": the topic)."""
    return judging(code) or any(code.startswith(prefix) for prefix in ABOUT_CODES)


def judging(code: str) -> bool:
    """Whether a CAMEO code is a judgement's: it opens with one of ``JUDGING_CODES`` (disapproval, accusation …)."""
    return any(code.startswith(prefix) for prefix in JUDGING_CODES)
