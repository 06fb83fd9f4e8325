"""Who speaks: the subject of a reporting verb (inherited along "and said", "adding", relative clauses; stranded,
adjacent, inverted or fragment subjects; the person a relative stands for) and the speaker phrase around it.
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.actors.phoenix import phoenix_table
from telex.coref.roles import agentive
from telex.nlp.grammar import copula, to_infinitive
from telex.nlp.sentences import sentence_of_token
from telex.quotes.cues import QUOTING, reporting_verb
from telex.quotes.grammar import ADDRESSING, CLAUSE_SUBJECTS, FINITE, RELATIVE, SUBJECTS, is_mark, that_clause
from telex.quotes.lexicon import holder_nouns, media_nouns, outlet_verbs, reporting_verbs, speaker_words
from telex.quotes.trim import another_report, quoted_at, reports_again
from telex.records import Span

_INHERIT = ("conj", "advcl", "xcomp", "pcomp", "prep")  # "and said", "adding that", "went on to say", "by saying"
# Words a cue's clause hangs on that leave its subject that of the clause above: "was quick to say" (acomp),
# "stopped short of calling", "aside from saying" (advmod).
_PASS_ON = ("acomp", "advmod")
# How many words a cue climbs through to the clause whose subject speaks.
_SUBJECT_REACH = 6
# Verbs whose object after them is the one told, never the speaker: "“…,” he tells Breitbart News".
_TELLING = frozenset({"tell", "inform", "remind", "assure", "reassure", "brief", "notify", "advise", "warn", "read"})
# Verbs whose object does what their to-infinitive says (object control): "asked him to explain", "pressed him to
# admit", "prompted Cooper to accuse", "left many to wonder". Not "promise" (its subject does it), nor verbs whose
# infinitive tells what for ("called Yahoo News to ask": the caller asks), nor rules that oblige ("federal law
# requires candidates to disclose", "rules allow members to vote": the rule is the source of what no one has said).
_OBJECT_CONTROL = frozenset(
    {
        "ask", "tell", "urge", "prompt", "lead", "leave",
        "encourage", "persuade", "convince", "invite", "order", "instruct", "press", "pressure", "push", "inspire",
        "cause", "challenge", "dare", "want", "expect", "need", "remind", "warn", "advise", "beg",
        "implore", "drive", "spur", "provoke", "tempt", "get", "help", "hire", "recruit", "commission",
    }
)  # fmt: skip
# Verbs whose subject "it" stands for a to-infinitive after them, no one: "It is too soon to say", "it takes long to".
_DUMMY_VERBS = frozenset({"be", "take"})
# Prepositions whose object a participle right after it has speak: "footage of Lee saying", "ended with Lee asking".
_SHOWING = frozenset({"of", "with"})
# Tags of a word that opens an adverbial clause as its subordinator or wh-word ("while", "when", "because").
_SUBORDINATING = frozenset({"IN", "WRB", "WDT", "WP"})
# Object pronouns that name a person, who can be the one an object-control verb has speak.
_PERSON_OBJECTS = frozenset({"him", "her", "them", "us", "me", "you"})


def speaker_span(head: Token) -> Span:
    """The speaker phrase around ``head``, without relative clauses and appositions after a comma."""
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "advcl", "parataxis"):
            break
        if child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children):
            break  # "councillors of hiding the audit": what they said, not who they are
        right = max(right, child.right_edge.i)
    doc = head.doc
    left = _after_closing_mark(head, left)
    while left < head.i and (doc[left].is_punct or doc[left].is_space or _fronted_cue(doc[left])):
        left += 1
    while right > head.i and doc[right].is_space:
        right -= 1  # a line break the parser hung on a headline's last word ("SAYS UNION\n\n")
    return doc[left].idx, doc[right].idx + len(doc[right])


# The punctuation a quoted sentence ends on inside its closing mark; a quoted title has none.
_QUOTATION_ENDS = frozenset({",", ".", "?", "!"})


def _after_closing_mark(head: Token, left: int) -> int:
    """The first token of a speaker phrase past a closing quote mark that no opening mark in the phrase matches: the
    parser may hang the quotation before a name on it ("“That’s a legitimate concern,” Sarandon, 69, told MSNBC",
    "…hunky-dory,” Gene Sperling said", "Orange Is the New Black” star Selenis Leyva"), which is never part of who
    spoke. A quoted title inside the phrase stays ("The “No Comparison” ad")."""
    doc, opened = head.doc, 0
    for i in range(left, head.i):
        if _closing_double(doc[i]):
            if opened == 0 or (i > 0 and doc[i - 1].text in _QUOTATION_ENDS):
                left = i + 1  # "“That’s a concern,” Sarandon": a quotation, not a title, ends on its punctuation
            opened = max(0, opened - 1)
        elif doc[i].text == "“" or doc[i].tag_ == "``":
            opened += 1
    return left


def _closing_double(token: Token) -> bool:
    """Whether a token is a closing double quote mark: "”" whatever the tagger made of it, a straight mark it tagged
    closing; never a possessive's "’" ("Sanders’ aides")."""
    return token.text == "”" or (token.tag_ == "''" and token.text in ('"', "''"))


def _fronted_cue(token: Token) -> bool:
    """ "Said Ellis: “…”": a reporting verb set before the name, which the parser read as part of the name."""
    return token.dep_ == "compound" and token.pos_ == "VERB" and token.head.pos_ == "PROPN" and token.head.i > token.i


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, inherited along "and said" / "adding" / relative clauses."""
    quoted = _quoted_as(verb)
    if quoted is not None:
        return quoted
    if _fronted_cue(verb):
        return verb.head
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in SUBJECTS for c in verb.children):
        return _asker(verb)  # "Asked whether Seoul would retaliate, the spokesman said": the question was put to him
    current = verb
    # Six steps up: "he refuses to discuss it, aside from saying …" climbs saying, from, aside, discuss to refuses.
    for _ in range(_SUBJECT_REACH):
        speaker, above = _subject_step(current, verb)
        if above is None:
            return speaker
        current = above
    return None


def _asker(verb: Token) -> Token | None:
    """Who put the question a passive participle with no subject reports, when its agent names them and the question
    is a clause: "When asked by a reporter whether it differed, Trump said" (not "pressed by Holt about how …", which
    names what the question was about)."""
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)


def _subject_step(clause: Token, verb: Token) -> tuple[Token | None, Token | None]:
    """One step up from ``verb``: the speaker ``clause`` names (with None above it), or no speaker and the clause
    above to read next."""
    subjects = _clause_subjects(clause, verb)
    if not subjects and clause.i == verb.i:
        beside = _subject_beside(verb)
        if beside is not None:
            return beside, None
    if subjects:
        return _speaker_among(subjects, clause, verb), None
    return _climbed(clause, verb)


def _clause_subjects(clause: Token, verb: Token) -> list[Token]:
    """The subjects of ``clause``, which ``verb`` hangs on (or is)."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS and not is_mark(c)]
    if not subjects and clause.i != verb.i and (_conjunct_of(verb, clause) or not _has_agent(clause)):
        # "After saying her foot was swollen, she was taken to hospital", "The statement was issued on Friday,
        # saying …": the one a clause with a passive verb is about is who the participle or conjunct has speak; a
        # conjunct shares it whatever the agent ("FBI officials were angered by the deal and predicted …").
        subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
    if not subjects and clause.i != verb.i:
        fronted = _fronted_subject(clause)
        subjects = [fronted] if fronted is not None else []
    return subjects


def _conjunct_of(verb: Token, clause: Token) -> bool:
    """Whether a finite ``verb`` is coordinated with ``clause`` itself ("were angered by the deal and predicted"), with
    no relative clause between them that it may go on ("was asked by Bill Maher, who is supporting Sanders, but has
    dismissed …")."""
    if verb.dep_ != "conj" or verb.head.i != clause.i or verb.tag_ not in FINITE:
        return False
    return not any(t.dep_ == "relcl" for t in verb.doc[clause.i : verb.i])


def _has_agent(clause: Token) -> bool:
    """Whether a passive ``clause`` names its doer with "by" ("was taken to hospital by police")."""
    return any(c.dep_ == "agent" for c in clause.children)


def _fronted_subject(clause: Token) -> Token | None:
    """The subject of a ``clause`` with none of its own that the parser hung on a clause before it, read as an
    adverbial one with no subordinator: "Republican activists clamoring to block Trump say they are …" ("activists"
    the subject of "clamoring"), "Trump further summed up Clinton as “terrible,” denounced her record and said …"
    (the first of three verb phrases, "Trump" its subject). Not a clause opened by a subordinator or a wh-word ("While
    Republicans supported the delay, …"), nor a report of its own ("Six in 10 say …, after half said so")."""
    if any(c.dep_ in CLAUSE_SUBJECTS or c.dep_ == "csubj" for c in clause.children):
        return None  # "Once a petition tops 100,000 signatures, it must be considered": its own
    for fronted in clause.children:
        if fronted.dep_ != "advcl" or fronted.i > clause.i or reporting_verb(fronted):
            continue
        if any(c.dep_ in ("mark", "advmod") and c.tag_ in _SUBORDINATING for c in fronted.children):
            continue
        subject = next((c for c in fronted.children if c.dep_ == "nsubj" and c.i < fronted.i), None)
        if subject is not None and not is_mark(subject):
            return subject
    return None


def _host_subject(verb: Token) -> Token | None:
    """The subject of the clause before a finite ``verb`` with none, which the parser hung on that clause with no
    label ("dep"): "multiple sources privy to negotiations say it's …" ("say" under "privy"), "Clinton paused, then
    revealed why …", "The State Department repeatedly obfuscated facts, admitted it withheld emails". The verb goes on
    with that clause's subject as a conjunct does; not past a relative clause, whose subject is nearer ("Ben Carson,
    who briefly led the polls, then saw …"), nor past a quote mark (the verb then tags a quotation)."""
    host = verb.head
    if verb.dep_ != "dep" or verb.tag_ not in FINITE or host.i > verb.i:
        return None
    subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < host.i), None)
    if subject is None or is_mark(subject):
        return None
    between = verb.doc[subject.i : verb.i]
    if any(t.dep_ == "relcl" or t.is_quote for t in between):
        return None
    return subject


def _subject_beside(verb: Token) -> Token | None:
    """The subject of a ``verb`` the parser gave none: inverted, stranded by a quotation, or next to it."""
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    stranded = stranded_speaker(verb)
    if stranded is not None:
        return stranded[1]
    return _adjacent_subject(verb) or _host_subject(verb) or _fronted_subject(verb)


def _speaker_among(subjects: list[Token], clause: Token, verb: Token) -> Token | None:
    """The speaker ``subjects`` of ``clause`` name for ``verb``."""
    if clause.i != verb.i and all(_quoted_after(c, verb) for c in subjects):
        quoting = _quotation_speaker(clause, verb)
        if quoting is not None:
            # "Emphasizing the urgency, Trump said, “If we do not …, we are going …”", the participle hung on the
            # quoted verb: its words are another's; the one who speaks them is the one who emphasizes.
            return quoting
    # Datelines ("SEOUL (Reuters) - Kim said") parse as a second subject: take the nearest, and one before the verb
    # over one the parser took from the reported clause after it. Words closed off by a quote mark before the verb
    # are what was said, not who said it: “… Total chaos,” said Ann Lee.
    subjects = [c for c in subjects if not _quoted_before(c, clause)] or subjects
    subject = min(subjects, key=lambda c: (c.i > clause.i, abs(c.i - clause.i)))
    if subject.lower_ == "it" and clause.i != verb.i:
        # "It took him a day …, then calling Yahoo News to ask": the one the dummy "it" puts forward speaks;
        # "It is too soon to say", "it takes this long to confirm": no one.
        dummy = to_infinitive(verb) or clause.lemma_ == "take"
        controller = _dummy_controller(clause) if dummy else None
        if controller is not None or _extraposed(verb, clause):
            return controller
    if _quoted_before(subject, verb):
        # “…,” Chief Ann Lee said, with "said" hung on the quotation: the name after the mark speaks.
        return _name_after_quote(verb) or subject
    if subject.i > verb.i and clause.i == verb.i:
        # “…,” Ann Lee, a top aide, said on “Meet the Press”: a subject after the verb is a title or what was said
        # when a name stands between the closing mark and the verb.
        named = _name_after_quote(verb)
        if named is not None:
            return named
    # a relative "who" stays the speaker phrase; the speaker resolver finds its antecedent
    return _name_before(subject, clause) or subject


def _climbed(clause: Token, verb: Token) -> tuple[Token | None, Token | None]:
    """For a ``clause`` with no subject: the speaker its place names (with None above it), or the clause above whose
    subject speaks for it, or neither."""
    at_verb = clause.i == verb.i
    report = _joined_report(verb) if at_verb else None
    if report is not None:
        return None, report  # "said he would order a review and warned …": the one who said it warned
    if at_verb and _fragment_subject(verb):
        return verb.head, None  # "The three governments announced in January that …" parsed as a noun fragment
    if clause.dep_ == "acl" and clause.head.i != clause.i:
        return _described_speaker(clause), None  # "a letter urging …", "officials speaking on condition …"
    shown = _shown_speaking(verb) if at_verb else None
    if shown is not None:
        return shown, None  # "The ad uses footage of Ann Lee asking, “…”": the one shown asks, not the ad
    passes = clause.dep_ in _INHERIT or (not at_verb and clause.dep_ in _PASS_ON)
    if not passes or clause.head.i == clause.i:
        return None, None
    if at_verb and (_adds_to_report(verb) or _after_subordinate(verb)):
        return None, verb.head.head  # "told reporters the budget would pass, saying …": the teller is saying it
    if clause.dep_ == "xcomp" and clause.head.lemma_ == "be" and verb.lemma_ == "blame":
        return None, None  # "West is to blame": a judgement on the subject, not words of it
    controller = _object_controller(clause) if clause.dep_ == "xcomp" else None
    if controller is not None:
        return controller, None
    return None, clause.head


def _extraposed(verb: Token, clause: Token) -> bool:
    """Whether the to-infinitive ``verb`` is what the dummy subject of ``clause`` stands for: "It is too soon to say",
    "it's safe to say", "it takes this long to confirm"; not "it was to report earnings" (the referring "it" will)."""
    be = copula(clause)  # "it’s safe to say": either apostrophe
    if not to_infinitive(verb) or not (be or clause.lemma_ in _DUMMY_VERBS):
        return False
    judged = any(c.dep_ in ("acomp", "attr") for c in clause.children)  # "safe", "a mistake"
    return not be or verb.head.i != clause.i or judged


def _dummy_controller(clause: Token) -> Token | None:
    """The object set before a to-infinitive of a clause whose subject is a dummy "it" ("It took him a day to …",
    "it prompted Cooper to accuse"); none when the clause names no one ("It is too soon to say")."""
    infinitive = next((c for c in clause.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
    return _object_controller(infinitive) if infinitive is not None else None


def _object_controller(clause: Token) -> Token | None:
    """The object that does what a to-infinitive ``clause`` says, when the verb it hangs on passes it to its object
    ("asked him to explain", "prompted Anderson Cooper to accuse"), or when a dummy "it" is that verb's subject ("It
    took him a day to ask"): someone who can speak, set before the infinitive."""
    verb = clause.head
    if not to_infinitive(clause):
        return None
    dummy = any(c.dep_ in SUBJECTS and c.lower_ == "it" for c in verb.children)
    if verb.lemma_.lower() not in _OBJECT_CONTROL and not dummy:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.i < clause.i
            and (c.lower_ in _PERSON_OBJECTS or c.pos_ == "PROPN" or can_speak(c))
        ),
        None,
    )


def _shown_speaking(verb: Token) -> Token | None:
    """The one named right before a participle with no subject of its own after "of" or "with": "footage of Ann Lee
    asking …", "a video of Lee saying …", "reminds me of Lincoln saying that …", "the interview ended with Maddow
    asking …": the participle's own subject, whichever word the parser hung the participle on (the ad, the one
    reminded or the interview says nothing)."""
    doc = verb.doc
    name = doc[verb.i - 1] if verb.i > 0 else None
    if (
        name is None
        or verb.tag_ != "VBG"
        or verb.dep_ not in ("xcomp", "acl", "advcl")
        or name.dep_ != "pobj"
        or name.head.lower_ not in _SHOWING
        or not (name.pos_ == "PROPN" or can_speak(name))
    ):
        return None
    return name


def _name_before(subject: Token, verb: Token) -> Token | None:
    """A name the parser hung on the subject as an apposition though it stands right before the verb, set off
    by a comma from the subject: "To grasp the old law, Judge Ann Roe said, one must …" ("law" is no speaker)."""
    if subject.i > verb.i:
        return None
    return next(
        (
            c
            for c in subject.rights
            if c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and c.right_edge.i + 1 == verb.i
            and c.left_edge.i > subject.i
            and c.doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )


def _name_after_quote(verb: Token) -> Token | None:
    """The noun right before ``verb`` when a closing quote mark comes before it: "Chief Ann Lee" in "“…,” Chief
    Ann Lee said"; with an apposition set off by commas, the name before it: "“…,” Ann Lee, a top aide, said"."""
    doc = verb.doc
    apposed = verb.i > 1 and doc[verb.i - 1].text == ","
    before = doc[verb.i - (2 if apposed else 1)] if verb.i > 0 else None
    if before is None or before.pos_ not in ("PROPN", "NOUN"):
        return None
    i = before.i
    while i > 0 and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[i].ent_type_ or doc[i].text == ","):
        i -= 1
    if not (doc[i].is_quote and doc[i].tag_ == "''"):
        return None
    if not apposed:
        return before
    name = doc[i + 1]
    while name.i + 1 < before.i and doc[name.i + 1].text != ",":
        name = doc[name.i + 1]
    return name if name.pos_ == "PROPN" and doc[name.i + 1].text == "," else None


def _quoted_before(subject: Token, verb: Token) -> bool:
    """Whether a closing quote mark stands between ``subject`` and the ``verb`` after it: the subject is inside
    the quotation ("“… Total chaos,” said Ann Lee" parses "chaos" as a second subject of "said")."""
    doc = verb.doc
    return subject.i < verb.i and any(t.is_quote and t.tag_ == "''" for t in doc[subject.right_edge.i + 1 : verb.i])


def _quoted_after(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` stands inside a quotation that opens after ``verb``, which is outside it."""
    return subject.i > verb.i and quoted_at(verb.doc, verb.i + 1, subject.i)


def _quotation_speaker(quoted: Token, verb: Token) -> Token | None:
    """The subject of the report hung on the quoted clause ``quoted`` ("Trump said" set between the participle and
    the quotation), when it stands outside the quotation like ``verb``; none otherwise (a direct quotation's speaker
    found among its own words is then read outside it, ``direct._speaker_outside``)."""
    for report in quoted.children:
        if report.dep_ not in ("parataxis", "ccomp", "conj") or report.lemma_.lower() not in reporting_verbs():
            continue
        for subject in (c for c in report.children if c.dep_ in SUBJECTS):
            if verb.i < subject.i < report.i and not _quoted_after(subject, verb):
                return subject
    return None


def _adds_to_report(verb: Token) -> bool:
    """Whether ``verb`` is a participle after a comma that the parser hung on a reported clause rather than on
    the report: "said the budget would pass, saying the coalition was united". Not when an outlet's report comes
    after the participle: "Trump welcomed the news, saying Kasich was doing the right thing, CNN reported" relays
    what the one who welcomed it said (a person's "…, calling Trump “a buffoon,” Susan said" stays Susan's)."""
    clause = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in reporting_verbs()
        and (clause.head.i < verb.i or clause.head.lemma_.lower() not in outlet_verbs())
    )


def _after_subordinate(verb: Token) -> bool:
    """Whether ``verb`` is a participle after a comma that the parser hung on a passive subordinate clause closing the
    main one: "The candidate changed her story after her statement was shown to be false, stating that …" (the
    candidate states, not the statement), "Lee left the talks when the vote was called, saying …". Like a participle
    after a reported clause (``_adds_to_report``), it goes on with the main clause. A subordinate clause with a doer
    of its own may be the one who goes on: "… after the tycoon entered the race, calling them rapists"."""
    clause = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.doc[verb.i - 1].text == ","
        and clause.dep_ == "advcl"
        and clause.head.i < clause.i < verb.i
        and any(c.dep_ == "mark" and c.i < clause.i for c in clause.children)
        and not any(c.dep_ in ("nsubj", "csubj") for c in clause.children)
    )


def _quoted_as(verb: Token) -> Token | None:
    """ "Tass quoted Lavrov as saying …", "cited officials as saying …": the one quoted is the speaker."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in QUOTING:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


# Entity types of a noun that can speak for itself in "officials speaking on condition of anonymity".
SPEAKING_TYPES = frozenset({"PERSON", "ORG", "NORP"})


def _described_speaker(clause: Token) -> Token | None:
    """Who speaks in a participle clause describing a noun: the noun's issuer for a text that speaks ("a statement
    saying …", "a memo sent to staff saying …", "the letter, signed by 40 senators, warning …"), the sender for the
    addressee ("emailed supporters saying …"), the noun itself for one that can speak doing it ("officials speaking
    on condition of anonymity", "aides arguing that …"), else whoever holds or uses the noun ("held signs calling
    him …"). A past participle on a person is done to them ("members, called to service by the governor"): no
    speaker."""
    noun = clause.head
    if noun.lemma_.lower() in media_nouns():
        return _medium_owner(noun)
    sender = _sent_to(noun, clause)
    if sender is not None:
        return _medium_owner(sender) if sender.pos_ == "NOUN" else subject_of(sender)
    if clause.tag_ == "VB" and to_infinitive(clause):
        return _controller(noun)
    if clause.tag_ != "VBG" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun if can_speak(noun) else _members(noun) or _user(noun)


def _members(noun: Token) -> Token | None:
    """The ones a noun of number or kind counts out with its of-phrase, when they can speak: "a wide array of black
    artists writing songs about him", "a handful of protesters chanting …" (the artists, the protesters speak, not
    whoever has the array). Not a proper noun's of-phrase ("Bank of America")."""
    if noun.pos_ != "NOUN":
        return None
    return next(
        (
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and can_speak(o)
        ),
        None,
    )


def can_speak(noun: Token) -> bool:
    """Whether a noun names someone who can speak: one a table or the tagger names (``names_speaker``) or a noun with
    the ending of one ("staff members", "a gunman")."""
    return names_speaker(noun) or agentive(noun.lemma_.lower())


def names_speaker(noun: Token) -> bool:
    """Whether a noun names someone who can speak by its entity type (a person, organisation or people) or a table: a
    role ("the spokesman"), one who holds a stance ("critics", "supporters"), an actor's agent noun ("protesters")."""
    lemma = noun.lemma_.lower()
    word = speaker_words().get(lemma)
    return (
        noun.ent_type_ in SPEAKING_TYPES
        or (word is not None and word.kind == "role")
        or lemma in holder_nouns()
        or lemma in phoenix_table().agents
    )


def _sent_to(noun: Token, clause: Token) -> Token | None:
    """The verb or text that sent words to ``noun`` when the parser hung a participle of speech on the addressee:
    "sent a text message to supporters saying …", "an email to supporters stating …", "emailed supporters saying …"
    (the sender or the text says it, not the supporters). Not the object of a verb that takes what it judges or says
    as its object ("criticized Republicans claiming …": the Republicans claim), nor a past participle ("a website
    called Real News")."""
    info = reporting_verb(clause)
    if info is None or info.class_ != "speech" or clause.tag_ != "VBG":
        return None
    to = noun.dep_ == "pobj" and noun.head.lower_ == "to"
    sender = noun.head.head if to else noun.head
    if sender.pos_ == "NOUN":
        return sender if to and sender.lemma_.lower() in media_nouns() else None
    sending = reporting_verb(sender)
    told = noun.dep_ == "dative" or (noun.dep_ == "dobj" and sending is not None and not sending.takes_object)
    return sender if sender.pos_ == "VERB" and (to or told) else None


def _user(noun: Token) -> Token | None:
    """Who speaks through a thing they hold, write or take part in, described by a participle of report: the subject
    of the verb it hangs on ("she said at a news conference announcing …", "began writing op-eds defending …",
    "protesters held signs calling him …")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return None
    return subject_of(verb)


def _medium_owner(noun: Token) -> Token:
    """Who speaks through ``noun`` in "a statement saying …": its owner, the subject that issued it, or itself."""
    while noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "posted a series of tweets criticizing …": the series was posted
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ == "dobj":
        issuer = next((c for c in noun.head.children if c.dep_ in SUBJECTS and not is_mark(c)), None)
        if issuer is not None:
            return issuer
    return noun


# Determiners of a text named again: "the statement said", "that letter reads".
_DEFINITE = frozenset({"the", "this", "that"})
# Verbs whose subject is the one who speaks through the text they take as object: "Cook provided a statement".
_ISSUING = frozenset({
    "issue", "release", "provide", "send", "put", "post", "publish", "write", "sign", "file", "deliver", "make",
    "give", "submit", "pen", "draft", "run", "air", "launch", "unveil", "tweet", "email", "distribute", "circulate",
    "produce", "prepare", "present", "offer", "announce",
})  # fmt: skip
# How many sentences back the text a definite noun names again may have been issued, and through how many namings
# of it again as a subject the issuer is looked for.
_ISSUED_REACH = 3
_ISSUED_HOPS = 3


def issuer_before(noun: Token, hops: int = _ISSUED_HOPS) -> Token | None:
    """Who issued the text a definite noun names again ("Cook provided a written statement … . “…,” the statement
    said"), from the same noun in its sentence or the few before it (``_issuer_of``); None for a noun that names its
    issuer itself ("the White House statement", "her letter") or one the article issued no text of before."""
    if noun.lemma_.lower() not in media_nouns() or any(c.dep_ not in ("det", "amod") for c in noun.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    doc = noun.doc
    floor = sentence_of_token(doc[max(0, sentence_of_token(noun).start - 1)]).start
    for _ in range(_ISSUED_REACH - 1):
        floor = sentence_of_token(doc[max(0, floor - 1)]).start
    lemma = noun.lemma_.lower()
    earlier = next((t for t in reversed(doc[floor : noun.i]) if t.lemma_.lower() == lemma and t.pos_ == "NOUN"), None)
    return _issuer_of(earlier, hops) if earlier is not None else None


# Things whose written words "it reads" may give besides a text: a sign, a shirt, a banner (no statement of anyone's).
_DISPLAYS = frozenset({"sign", "shirt", "t-shirt", "banner", "placard", "poster", "plaque", "sticker", "cap", "hat"})
# How many sentences before its own one the text "it reads" stands for may be named.
_READ_REACH = 2


def text_read(verb: Token) -> Token | None:
    """The text whose words ``verb`` gives when it is "read" with a text for subject: "the statement read", or "it
    read"/"which reads" standing for the text named last in its sentence or the two before ("The group sent a letter
    … . “…,” it read"); None when that last thing named is a display ("She lifted a sign. “…,” it read": a sign's
    words are no one's statement) or no text was named."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if verb.lemma_.lower() != "read" or subject is None:
        return None
    if subject.lemma_.lower() in media_nouns():
        return subject
    if subject.lower_ not in ("it", "which", "that"):
        return None
    doc = verb.doc
    floor = sentence_of_token(verb).start
    for _ in range(_READ_REACH):
        floor = sentence_of_token(doc[max(0, floor - 1)]).start
    for token in reversed(doc[floor : subject.i]):
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and token.tag_ == "NN" and (lemma in media_nouns() or lemma in _DISPLAYS):
            return token if lemma in media_nouns() else None
    return None


def issuer_of(text: Token) -> Token | None:
    """Who issued the text ``text`` names (``_issuer_of``): "sent out an email", "a letter from the groups"."""
    return _issuer_of(text, _ISSUED_HOPS)


def _issuer_of(text: Token, hops: int) -> Token | None:
    """Who issued the text ``text`` names: the one it came from ("a note from Trump"), the subject of the report it
    was given in ("Lee said in a statement …"), the agent of its issuing ("a statement issued by the Sanders
    campaign", "the email was sent by Bash"), the subject of a verb that issues it ("released a letter", "unveiled
    her first ad"), its owner ("Powell's statement"), or for the text named again as a subject ("The lawsuit
    contends … . The lawsuit also alleges"), whoever issued it before; None for a text only had, got or read ("Singer
    has a note …", "the Times obtained a letter")."""
    sender = next((o for p in text.children if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"), None)
    if sender is not None:
        return sender  # "a handwritten note from Donald Trump"
    if text.dep_ == "pobj" and text.head.lower_ == "in" and text.head.head.pos_ in ("VERB", "AUX"):
        # "Lee said in a statement …"; not "Lee slipped to 39 percent in Monday's poll", which Lee did not issue
        return subject_of(text.head.head) if reporting_verb(text.head.head) is not None else None
    issued = next((c for c in text.children if c.dep_ == "acl" and c.lemma_.lower() in _ISSUING), None)
    if text.dep_ == "nsubjpass" and text.head.lemma_.lower() in _ISSUING:
        issued = text.head  # "The email, released by a watchdog, was sent by Bash": its clause's own verb says who
    agent = next((o for a in issued.children if a.dep_ == "agent" for o in a.children), None) if issued else None
    if agent is not None:
        return agent  # "a separate statement issued by the Sanders campaign"
    verb = text.head
    issuer = None
    if text.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING:
        issuer = next((c for c in verb.children if c.dep_ in SUBJECTS and not is_mark(c)), None)
    owner = next((c for c in text.children if c.dep_ == "poss"), None)
    if owner is not None and owner.ent_type_ in ("DATE", "TIME"):
        return None  # "last week's poll" has a day, not an issuer
    if owner is not None and (issuer is None or owner.pos_ != "PRON"):
        return owner  # "Powell's statement"; "Clinton unveiled her first ad" is Clinton's
    if issuer is None and text.dep_ in SUBJECTS and hops > 0:
        return issuer_before(text, hops - 1)
    return issuer


def _controller(noun: Token) -> Token | None:
    """Who does what a to-infinitive on ``noun`` says: its owner ("her decision to announce …") or the one who has,
    takes or misses it ("missed an opportunity to remind …", "made an effort to reassure …")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None or noun.dep_ != "dobj":
        return owner
    return next((c for c in noun.head.children if c.dep_ in SUBJECTS and not is_mark(c)), None)


def _fragment_subject(verb: Token) -> bool:
    """Whether the parser read "X announced that …" as a noun X modified by a participle: X is the subject."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def antecedent(subject: Token) -> Token | None:
    """The noun a relative subject stands for: "Cruz" in "Cruz, who said …"; None for any other subject."""
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl" and subject.head.head.i != subject.head.i:
        noun = subject.head.head
        return _described_person(noun) or noun if subject.lower_ == "who" else noun
    return None


def _described_person(noun: Token) -> Token | None:
    """The person a phrase describes, when "who" hangs on a word inside it: "Alan Berger, a gynecologist from
    Englewood, N.J., who said", "Howard Rubel, a senior analyst at Jefferies, who notes", "Gov. Phil Bryant, a former
    backer of Sen. Ted Cruz, who has since called": a description (an apposition, with the phrases hung on it) tells
    about the person it follows, and the relative clause after it goes on about that person. Not a plural noun (a
    group: "two of the women who"); a name the description holds is its own person ("Trump and Cruz, who has", "his
    friend Donald Trump, who has pledged") unless it is the object of a preposition in it ("a backer of Cruz")."""
    if noun.tag_ in ("NNS", "NNPS") or (noun.ent_type_ == "PERSON" and noun.dep_ != "pobj"):
        return None
    top = noun
    while True:
        if top.dep_ in ("appos", "compound", "conj"):
            up = top.head
        elif top.dep_ == "pobj" and top.head.dep_ == "prep":
            up = top.head.head
        else:
            return None
        if up.i == top.i or up.pos_ not in ("NOUN", "PROPN"):
            return None
        if up.ent_type_ == "PERSON":
            return up
        top = up


def _inverted_subject(verb: Token) -> Token | None:
    """The name right after the verb in “…,” said Pavel Novak, when the parser took a quote mark as subject."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or not (
        any(c.dep_ in SUBJECTS and is_mark(c) for c in verb.children) or quotative_inversion(verb)
    ):
        return None
    token = doc[verb.i + 1]
    while token.head.i != verb.i and token.head.i > verb.i and token.head.i - verb.i <= 5 and not _named_at(token):
        token = token.head
    return token if token.pos_ in ("PROPN", "NOUN") else None


def _named_at(token: Token) -> bool:
    """Whether a name after an inverted verb ends at a comma, hung on a verb after it as its subject: "“…,” said Robin
    Maynard, half joking" ("Maynard" the subject of "joking"). Not a name that goes on ("said Oversight ranking
    Democrat Elijah Cummings")."""
    doc = token.doc
    ends = token.i + 1 < len(doc) and doc[token.i + 1].text == ","
    return ends and token.pos_ == "PROPN" and token.head.pos_ == "VERB" and token.head.i > token.i


def quotative_inversion(verb: Token) -> bool:
    """ "“…,” added another Republican", "…, recalled Mr. Rhodes": the reported clause set off before the verb, no
    subject, and after it a noun phrase that ends the clause, which the parser took for an object. Not a verb that
    takes an object or an addressee ("“…,” he tells Breitbart News": the one told)."""
    doc = verb.doc
    info = reporting_verb(verb)
    if info is None or info.takes_object or info.kind in ADDRESSING or verb.lemma_.lower() in _TELLING:
        return False
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return False
    before = verb.i - 1
    while before > 0 and doc[before].is_quote:
        before -= 1
    phrase = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if phrase is None or doc[before].text != "," or phrase.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
        return False
    while phrase.head.i != verb.i and phrase.head.i > verb.i:
        phrase = phrase.head
    end = phrase.right_edge.i + 1
    return phrase.head.i == verb.i and (end >= len(doc) or doc[end].text in (".", ",", ";") or doc[end].is_space)


# Words that join a speaker's name to their institution: ", Jane Doe of the Potsdam Institute told AFP".
_NAME_LINKS = frozenset({"of", "at", "from", "for", "the", "'s", "’s", "and"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_STRANDED_REACH = 15


def stranded_speaker(verb: Token) -> tuple[int, Token] | None:
    """A speaker named between a comma and the reporting verb, ", <Name> of <Institute> told <Agency>", that the
    parser did not make the verb's subject (after a long clause it often hangs the name elsewhere): the index
    of the comma and the name's last word."""
    doc = verb.doc
    sent = sentence_of_token(verb)
    i = verb.i - 1
    while i > sent.start and doc[i].text != ",":
        if verb.i - i > _STRANDED_REACH or not (doc[i].ent_type_ in _NAMED or doc[i].lower_ in _NAME_LINKS):
            return None
        i -= 1
    first = i + 1
    if i <= sent.start or first >= verb.i or doc[first].ent_type_ != "PERSON" or doc[first].ent_iob_ != "B":
        return None
    last = first
    while last + 1 < verb.i and doc[last + 1].ent_type_ == "PERSON" and doc[last + 1].ent_iob_ == "I":
        last += 1
    return i, doc[last]


_CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp", "parataxis", "dep"})
_PHRASE_ENDS = frozenset({")"})  # "Sen. Lindsey Graham (R-SC) called …"; past a comma lie lists and appositions


def _adjacent_subject(verb: Token) -> Token | None:
    """The noun phrase right before a finite reporting verb heading a clause that the parser gave no subject, hung
    elsewhere, when it names one who can speak: "In a meeting with the editorial board of the Washington Post Trump
    said that …", "Not so, experts say", "Sen. Lindsey Graham (R-SC) called out …", "a young woman who had been an
    exchange student asked …" (the woman, ``_described_by``); the lowest word of the phrase ending there that can
    speak, not "sources privy to negotiations say", nor "a PAC called Stop Hillary" (a participle read as a past
    tense). Before a root verb the phrase may end past the verb's adverbs ("Brenda Johnson also railed against …"),
    or at a comma after a subject hung as an apposition (``_apposed_subject``)."""
    doc = verb.doc
    start = sentence_of_token(verb).start
    last = verb.i - 1
    if verb.tag_ not in FINITE or verb.dep_ not in _CLAUSE_HEADS or last < start:
        return None
    bare = _before_adverbs(verb, last) if verb.dep_ == "ROOT" else last
    if doc[bare].text != "," and bare >= start:
        last = bare  # "62-year-old Brenda Johnson also railed against …"
    if last > start and doc[last].text in _PHRASE_ENDS:
        last -= 1
    token = doc[last]
    while token.right_edge.i == last:
        if token.pos_ in ("NOUN", "PROPN") and token.head.i != verb.i and can_speak(token):
            return _described_by(token)
        if token.head.i == token.i:
            break
        token = token.head
    if verb.dep_ == "ROOT" and doc[bare].text == "," and bare - 1 > start:
        return _apposed_subject(doc[bare - 1])
    return None


def _before_adverbs(verb: Token, last: int) -> int:
    """The index before the adverbs of ``verb`` that stand right before it ("also", "bluntly"), from ``last``."""
    doc = verb.doc
    while last >= 0 and doc[last].dep_ == "advmod" and doc[last].head.i == verb.i and doc[last].pos_ == "ADV":
        last -= 1
    return last


def _apposed_subject(end: Token) -> Token | None:
    """The subject of a root verb with none, set off by commas before it, that the parser hung as an apposition on a
    noun of the phrase fronted before it: "At Boca West, where it costs $70,000 to sign up, Jay DiPietro, the club's
    president, suggested that …" (DiPietro an apposition of "West"), "In a message to Clinton, Tanden, head of the
    Center for American Progress, recounted …" (of "Clinton"), "…, the campaign chief, Paul Manafort, bluntly
    suggested …". The outermost apposition whose phrase ends at ``end``, or the first apposition of the same noun
    before it (Tanden, not "head of the Center"), when it can speak; else None. Not an apposition of a subject, which
    says who that subject is ("said Kristen Day, executive director of Democrats for Life, reports USA Today"), nor
    one inside a clause the verb reports ("… have been placed in secure storage, Patrick F. Kennedy, the
    undersecretary, wrote": the name ends what was written)."""
    token, outer = end, None
    while True:
        if token.dep_ == "appos" and token.head.i < token.i:
            outer = token
        if token.head.i == token.i or token.head.right_edge.i != end.i:
            break
        token = token.head
    if outer is None or token.dep_ == "ccomp" or outer.head.dep_ in SUBJECTS:
        return None
    first = next(c for c in outer.head.children if c.dep_ == "appos" and c.i > outer.head.i)
    return first if can_speak(first) else None


def _described_by(noun: Token) -> Token:
    """The one a noun says what they were or are, in a relative clause on them: "a young woman who had been an
    exchange student in Montana asked": the woman asked, the student is what she had been. Else the noun itself."""
    clause = noun.head
    if noun.dep_ != "attr" or clause.dep_ != "relcl" or clause.lemma_ != "be":
        return noun
    person = clause.head
    return person if person.pos_ in ("NOUN", "PROPN") and can_speak(person) else noun


def _joined_report(verb: Token) -> Token | None:
    """The report whose clause the parser joined ``verb`` to though it goes on with the report (``another_report``)."""
    if verb.dep_ != "conj":
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    report = clause.head
    reported = clause.dep_ == "ccomp" or that_clause(clause)
    if not reported or report.lemma_.lower() not in reporting_verbs():
        return None
    # After a closing quote mark the speaker goes on, when the report names one ("Trump tweeted that …”
    # and encouraged …").
    speaks = reports_again(verb) and any(c.dep_ in SUBJECTS for c in report.children)
    if not (another_report(verb, report) or speaks):
        return None
    return report
