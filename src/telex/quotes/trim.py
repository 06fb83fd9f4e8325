"""Where the content of a rule-found attribution stops: its edges trimmed, cut before a writer's aside, a condition
or a second report, and carried on over a clause or phrase that continues it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from telex.ingest.dateline import dateline
from telex.nlp.cached import text_of
from telex.nlp.grammar import plural_noun, to_infinitive
from telex.nlp.sentences import sentence_of_token
from telex.quotes.grammar import CLAUSE_SUBJECTS, FINITE, SUBJECTS, finite_clause, is_mark, span_roots
from telex.quotes.lexicon import media_nouns, reporting_verbs, speaking_occasions
from telex.records import Span

_NON_RESTRICTIVE = frozenset({"who", "whom", "whose", "which"})
# ", though she noted …", ", although he refused …": a concession set after the content is the writer's.
_CONCESSIVE = frozenset({"though", "although"})
DASHES = frozenset({"—", "--", "―", "–", "("})  # a trailing part set off by a dash or a bracket is an aside
_SETTING_OFF = DASHES | {","}
OPENING_MARKS = frozenset({"“", "‘", "«", "„", '"', "'"})
CLOSING_MARKS = frozenset({"”", "’", "»", '"', "'"})
# The contracted words spaCy splits from the word before: "n’t", "'s", "’re".
_CLITIC = re.compile(r"(?:n['’]t|['’](?:s|re|ve|ll|d|m))$", re.IGNORECASE)
_EDGE_JUNK = frozenset({",", ";", ":", "-", "—", "–", "and", "but", "or", "as"})
# Kinds of verb that a reported clause often goes on with ("… and her aides believe …") rather than a new report.
_STANCES = frozenset({"belief", "report"})


def trimmed(doc: Doc, first: int, last: int) -> Span | None:
    """Character span of tokens ``first..last`` without leading/trailing punctuation and conjunctions."""
    while first <= last and (doc[first].lower_ in _EDGE_JUNK or doc[first].is_space or doc[first].is_punct):
        if doc[first].text in "“‘«„\"'" or doc[first].dep_ == "mark":
            break  # "As Trump spoke, …": a subordinator opens the content, unlike "as" before a complement
        first += 1
    first = after_link(doc, first, last)
    last = _before_postposition(doc, first, _before_aside(doc, first, _before_second_report(doc, first, last)))
    last = _before_channel(doc, first, last)
    while last >= first and (doc[last].lower_ in _EDGE_JUNK or doc[last].is_space or doc[last].is_punct):
        if doc[last].text in "”’»“\"'" or (doc[last].text == ")" and any(t.text == "(" for t in doc[first:last])):
            break
        last -= 1
    last = closing_bracket(doc, first, last)
    while last + 1 < len(doc) and not doc[last].whitespace_ and _CLITIC.match(doc[last + 1].text):
        last += 1  # "those who don’t": the parser may hang "n’t" elsewhere, but a word is never cut in two
    if first > last:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    opening = dateline(text_of(doc), start)
    if opening and opening.end() < end:
        start = opening.end()
    return (start, end) if start < end else None


def closing_bracket(doc: Doc, first: int, last: int) -> int:
    """The content's last token, taken on to the closing bracket of a bracket the content opens and leaves open
    ("celebrating with Chris Dodd (D-Conn.) the night …", "fast track the Trans-Pacific Partnership (TPP)."): the
    parser may hang the closing bracket on a word outside the content, but what opens in the content closes in it.
    Only punctuation may stand between the content's last word and the bracket."""
    if last < first or _open_brackets(doc, first, last) <= 0:
        return last
    for i in range(last + 1, min(last + 3, len(doc))):
        if doc[i].text == ")":
            return i
        if not doc[i].is_punct or doc[i].text == "(":
            break
    return last


def _open_brackets(doc: Doc, first: int, last: int) -> int:
    """How many round brackets tokens ``first..last`` open and do not close."""
    texts = [t.text for t in doc[first : last + 1]]
    return texts.count("(") - texts.count(")")


_LINK_WORDS = 2
# Adverbs that link a sentence to the one before it, the writer's words even with no comma after them.
_LINK_ADVERBS = frozenset(
    {
        "however", "meanwhile", "meantime", "moreover", "nevertheless", "nonetheless", "furthermore", "therefore",
        "thus", "hence", "consequently", "accordingly", "additionally", "besides",
    }
)  # fmt: skip


def after_link(doc: Doc, first: int, last: int) -> int:
    """The content's first token after the writer's link to the sentence before, a short adverbial opening the
    sentence and set off by a comma that names nothing: "However, growth slowed", "In addition, the campaign
    plans …", "After all, banks …", "Details aside, her plans …" (not "Unlike Patriot, …", "By 2019, …"), or a
    linking adverb with no comma ("However debates are not likely to …")."""
    if doc[first].is_sent_start is not True:
        return first
    if _bare_link(doc, first, last):
        return first + 1
    comma = next((t.i for t in doc[first : min(last, first + _LINK_WORDS + 1)] if t.text == ","), None)
    if comma is None or comma == first:
        return first
    phrase = doc[first:comma]
    adverbial = phrase[0].pos_ in ("ADV", "ADP") or phrase[-1].lower_ == "aside"
    names = any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in phrase)
    return comma + 1 if adverbial and not names else first


# Prepositions of the text words were said in ("in an interview", "via a statement"); "on" and the programmes and
# platforms of ``speaking_occasions`` ("on Twitter", "on a show") are the other channel. Not "over", which names what
# words were about ("alleged defamation over her statements"), nor "on" a text ("blamed the attack on a video").
_TEXT_PREPS = frozenset({"in", "via", "through"})


def _before_channel(doc: Doc, first: int, last: int) -> int:
    """A noun-phrase content's last token before a phrase at its end that names the text, programme or platform a
    verb of speaking's words were said in ("denounced the annexation in an on-air diatribe", "reported her presence
    on Twitter", "noted the comments on its website"): the parser hung it on the noun, but it says where the words
    were said, not what they were. A clause keeps it ("said he would answer on Twitter"), as does a phrase with a
    verb in it ("followers on social media who …") or a noun that what was felt or known is about ("alarmed about
    his rhetoric on the campaign trail")."""
    end = last
    while end > first and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    roots = span_roots(doc, first, end + 1)
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or not _spoken_of(roots[0]):
        return last
    for prep in doc[roots[0].i + 1 : end + 1]:
        if prep.dep_ == "prep" and prep.right_edge.i == end and prep.head.pos_ in ("NOUN", "PROPN", "PRON"):
            verbless = not any(t.pos_ in ("VERB", "AUX") for t in prep.subtree)
            return prep.i - 1 if verbless and channel(prep) else last
    return last


def _spoken_of(noun: Token) -> bool:
    """Whether a noun is the object of a verb of speaking, or of its preposition ("spoke about the plan")."""
    return _speaking(noun.head.head if noun.dep_ == "pobj" else noun.head)


def _speaking(verb: Token) -> bool:
    """Whether ``verb`` is a verb of speaking, one the reporting table gives the class speech ("said", "called")."""
    info = reporting_verbs().get(verb.lemma_.lower())
    return verb.pos_ == "VERB" and info is not None and info.class_ == "speech"


def channel(prep: Token) -> bool:
    """Whether a preposition names the text, programme or platform words were said in: "in a statement", "on
    Twitter", "on its website"."""
    nouns = media_nouns() if prep.lower_ in _TEXT_PREPS else speaking_occasions() if prep.lower_ == "on" else ()
    return any(c.dep_ == "pobj" and c.lemma_.lower() in nouns for c in prep.children)


# Prepositions set after the phrase they govern: "His promises to cut taxes notwithstanding, …".
_POSTPOSITIONS = frozenset({"notwithstanding"})


def _before_postposition(doc: Doc, first: int, last: int) -> int:
    """The content's last token before a preposition set after the phrase it governs, when that phrase is the whole
    content ("promises to stick it to the rich notwithstanding"): the writer's concession, not what was said. A
    phrase a comma sets off after a clause (", his rhetoric to date notwithstanding") is left as it is: no case on
    dev shows which way PolNeAR draws it."""
    if last <= first or doc[last].lower_ not in _POSTPOSITIONS or doc[last - 1].is_punct:
        return last
    if any(t.text in _SETTING_OFF for t in doc[first + 1 : last]):
        return last
    return last - 1


def _bare_link(doc: Doc, first: int, last: int) -> bool:
    """Whether the content opens with a linking adverb that no comma sets off ("Therefore any attempt …"); not
    "however" of degree, before the adjective or adverb it grades ("However laudable the goal, …")."""
    word, after = doc[first], doc[min(first + 1, last)]
    return (
        first < last
        and word.lower_ in _LINK_ADVERBS
        and word.pos_ == "ADV"  # "Besides the cost, …" is a phrase
        and after.pos_ not in ("ADJ", "ADV", "PUNCT")
    )


def _before_aside(doc: Doc, first: int, last: int) -> int:
    """The content's last token before a trailing aside of the writer's, set off by a comma or a dash: a
    non-restrictive relative (", who …", ", which …"), a noun phrase that sums up (", the party's nominee", ", a
    request not always honored") or a report (", saying …"). An apposition that names (", Lester Holt of NBC
    News", ", especially younger people") says which one was meant and stays, as does what a dash specifies
    (``_specifies``). An aside inside quotation marks is the speaker's and stays."""
    for comma in range(first + 1, last):
        if doc[comma].text not in _SETTING_OFF or quoted_at(doc, first, comma):
            continue
        if doc[comma].text in DASHES and any(t.text in DASHES for t in doc[first:comma]):
            continue  # "members — typically partisans — to cast ballots": the dash closes an aside in the middle
        aside = doc[comma + 1]
        while aside.head.i != aside.i and aside.head.left_edge.i == comma + 1:
            aside = aside.head
        rest = doc[aside.right_edge.i + 1 : last + 1]
        if any(not (t.is_punct or t.is_space) for t in rest):
            continue  # the aside does not run to the end: more content follows it
        if (
            (doc[comma].text in DASHES and not _specifies(doc, comma, last))
            or (
                aside.dep_ == "relcl"
                and doc[comma + 1].lower_ in _NON_RESTRICTIVE
                and not _goes_on(aside, first, comma)
                and not _holders_view(aside)
                and not _before_its_report(doc, first, last)
            )
            or _summing_up(aside, comma)
            or (_reports(aside) and aside.i == comma + 1)
            or (aside.dep_ == "advcl" and doc[comma + 1].lower_ in _CONCESSIVE)
            or _contrasted_report(aside, comma)
            or _beside_question(doc, first, aside)
        ):
            return comma - 1
    return last


# What the parser hangs on a reported question after a comma but says of the asking or its occasion.
_ADVERBIALS = frozenset({"advcl", "prep", "npadvmod", "advmod"})


def _beside_question(doc: Doc, first: int, aside: Token) -> bool:
    """Whether the aside is an adverbial set after a reported question ("wondered whether the moderators will be
    fair to him, engaging in …", "were coy about whether they would change their approach, despite weeks of dipping
    poll numbers"): the question is the whether-clause, and a phrase or clause set off after it on the clause's own
    verb tells of the asking or its occasion, not of what was asked. One set off after a second question joined to
    the first ("whether they could be charged with incitement, for publicly pondering …") belongs to that one."""
    question = doc[first]
    return question.lower_ == "whether" and aside.dep_ in _ADVERBIALS and aside.head.i == question.head.i


# ", while 22 percent said …", ", whereas Petraeus acknowledged …": a contrast set beside what was said.
_CONTRASTS = frozenset({"while", "whereas"})


def _contrasted_report(aside: Token, comma: int) -> bool:
    """Whether the aside is a statement of its own, with its own speaker and clause, set beside the content as a
    contrast: "74 percent said they are set on voting for him, while 22 percent said they might change their mind".
    The parser hung it on the reported clause, but the second speaker's words are a report of their own, not part of
    the first's (``with_condition`` leaves it out where the parser hung it on the first report)."""
    info = reporting_verbs().get(aside.lemma_.lower())
    return (
        aside.dep_ == "advcl"
        and aside.doc[comma + 1].lower_ in _CONTRASTS
        and info is not None
        and info.class_ == "speech"
        and any(c.dep_ in SUBJECTS for c in aside.children)
        and any(c.dep_ == "ccomp" for c in aside.children)  # not a poll's ", while 23 percent favored Cruz"
    )


# The personal pronouns that, as a relative's own subject, say whose view the relative gives.
_HOLDERS = frozenset({"i", "we", "he", "she", "they"})
# The relative words of a person.
_PERSONS = frozenset({"who", "whom", "whose"})
# How many words after the content's comma its report may take to come: "…, said Larry Sabato", "…, Jones said",
# "…, the White House press secretary said".
_REPORT_REACH = 6


def _holders_view(aside: Token) -> bool:
    """Whether a relative set off after the content gives a view of a person named there: its own subject a personal
    pronoun, the relative word its object, its verb no statement with words of its own ("apologized to Carson, whom
    he considers a friend", "he's with Clinton, who he's supporting", "leaning toward Mr. Trump, whose dynamism he
    admired"). The pronoun stands for the speaker, and the relative goes on with their words, unlike the writer's
    aside about the one named (", who won the primary"); a relative that reports ("Trump, whom he called a “con
    artist”", "a server, which she thought that only she would see") is a statement of its own."""
    if aside.doc[aside.left_edge.i].lower_ not in _PERSONS:
        return False
    clause = any(c.dep_ == "ccomp" for c in aside.children)
    return not (_speaking(aside) or clause) and any(c.dep_ in SUBJECTS and c.lower_ in _HOLDERS for c in aside.children)


def _before_its_report(doc: Doc, first: int, last: int) -> bool:
    """Whether the content ``first..last`` is followed by a comma and its report ("… to mourn his mother, who died
    four days before the crash, according to the AP", "…, whom he's alienated with his rhetoric, said Larry Sabato",
    "…, the lawsuit says"): the content stands before its report, and all the sentence gives before it is the
    speaker's, a relative too; a relative at the sentence's end, after the report ("said … Clinton, who won the
    primary"), is more often the writer's. Not a that-clause, which follows its own report ("announced that it hired
    Pierson, who …, according to Politico": the source after it is the writer's for the relative), nor a relative
    after the comma."""
    i = last if doc[last].text == "," else last + 1
    while i < len(doc) and doc[i].text in CLOSING_MARKS:
        i += 1
    if doc[first].lower_ == "that" or i + 1 >= len(doc) or doc[i].text != ",":
        return False
    after = doc[i + 1 : min(i + 1 + _REPORT_REACH, sentence_of_token(doc[i]).end)]
    if not after or after[0].lower_ in _NON_RESTRICTIVE:
        return False
    return any(_speaking(t) for t in after) or (
        len(after) > 1 and after[0].lower_ == "according" and after[1].lower_ == "to"
    )


def _goes_on(aside: Token, first: int, comma: int) -> bool:
    """Whether a ", which …" after a reported clause goes on with what was said ("warned that the administration was
    giving up leverage over the military, which retains significant power"): after a whole clause the relative
    comments on the reported fact more often than the writer adds an aside, unlike after a noun phrase ("praised her
    proposals, which include …") or a person (", who …"). A relative with a report of its own is someone else's."""
    doc = aside.doc
    roots = span_roots(doc, first, comma)
    root = roots[0] if len(roots) == 1 else None
    finite = root is not None and finite_clause(root)
    verbs = reporting_verbs()
    reported = any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in aside.subtree)
    return doc[comma + 1].lower_ == "which" and finite and not reported


def _specifies(doc: Doc, dash: int, last: int) -> bool:
    """Whether the words after a dash up to the content's end spell out what came before rather than comment on it:
    a phrase with no finite verb and no relative ("… problems — the high cost of childcare, mounting student debt",
    "a process — from a signature requirement to a vote"), unlike "— as was true for …", "— which …", "— he
    added"; a bracket always opens an aside."""
    if doc[dash].text == "(" or doc[dash + 1].lower_ in _NON_RESTRICTIVE:
        return False
    return not any(t.tag_ in FINITE for t in doc[dash + 1 : last + 1])


def _summing_up(aside: Token, comma: int) -> bool:
    """A noun phrase after the comma that sums up or restates what came before rather than goes on with it, which
    the parser made an apposition tagged an adjective ("Mr. Trump, the presumed favorite"), an adverbial noun ("…
    to replace him, the only time a party has done so") or a second object ("asked them to debate, a request not
    always honored", "sought to protect breaks, the bedrock of his business")."""
    if aside.doc[comma + 1].pos_ != "DET" or aside.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if aside.dep_ == "appos":
        return True
    if aside.dep_ == "npadvmod":
        return not any(t.dep_ == "conj" for t in aside.subtree)  # "including A, the player B and the judge C": a list
    # After an infinitive or a clause, which no noun restates, an object set off by a comma sums up all before it.
    return aside.dep_ == "dobj" and any(c.dep_ in ("xcomp", "ccomp") and c.i < comma for c in aside.head.children)


def _before_second_report(doc: Doc, first: int, last: int) -> int:
    """The content's last token before a second report of the speaker's that the parser hung on the reported words
    (``reports_again``): what was said ends there, and the speaker goes on to do or say something else."""
    for token in doc[first + 3 : last + 1]:
        if reports_again(token) and not quoted_at(doc, first, token.left_edge.i - 1):
            return token.left_edge.i - 2
    return last


def reports_again(token: Token) -> bool:
    """Whether ``token`` is a report with no subject of its own joined by a conjunction that the speaker goes on
    with: after a closing quote mark ("tweeted that she was “a con” and encouraged fans to …"), or reporting a
    clause of its own ("says Machado promised to back Clinton and said she would …", "refuses to release his
    records or explain how …"); not under a modal ("… and would say that …" is what was said)."""
    info = reporting_verbs().get(token.lemma_.lower())
    doc = token.doc
    start = token.left_edge.i
    if (
        token.dep_ != "conj"
        or token.pos_ != "VERB"
        or info is None
        or info.kind in _STANCES
        or any(c.dep_ in SUBJECTS for c in token.children)
        or start < 2
        or doc[start - 1].dep_ != "cc"
    ):
        return False
    if doc[start - 2].text in CLOSING_MARKS and doc[start - 2].tag_ == "''":
        return True
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children)
    return not modal and any(c.dep_ == "ccomp" for c in token.children)


def _reports(aside: Token) -> bool:
    """Whether an aside after the content is a participle of report, the writer's (", saying …", ", adding …"); any
    other participle (", leaving …", ", allowing …") goes on with what was said."""
    return aside.dep_ in ("advcl", "acl", "xcomp") and aside.tag_ == "VBG" and aside.lemma_.lower() in reporting_verbs()


def quoted_at(doc: Doc, first: int, i: int) -> bool:
    """Whether token ``i`` lies inside quotation marks opened after token ``first``."""
    marks = [t.text for t in doc[first:i] if t.text in OPENING_MARKS or t.text in CLOSING_MARKS]
    depth = 0
    for mark in marks:
        if mark in OPENING_MARKS and (mark not in CLOSING_MARKS or depth == 0):
            depth += 1
        else:
            depth = max(0, depth - 1)
    return depth > 0


def before_next_report(doc: Doc, verb: Token, first: int, last: int) -> int:
    """The content's last token before a conjoined report of someone else: "X said A and Y accused B of C"."""
    verbs = reporting_verbs()
    for token in doc[first : last + 1]:
        info = verbs.get(token.lemma_.lower())
        if (
            token.dep_ == "conj"
            and info is not None
            and info.kind not in _STANCES
            and token.head.i != verb.i
            and not any(c.dep_ == "mark" for c in token.children)  # "… and that he wants …": more of the same
            and (
                any(c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN") for c in token.children)
                or another_report(token, verb)
            )
        ):
            return min(last, token.left_edge.i - 1)
    return last


def another_report(token: Token, verb: Token) -> bool:
    """A report the parser joined to the reported clause, with no subject of its own and in the tense of the report
    where the verb it is joined to has another form: "said he would order a review and warned against hackers"
    ("would order … and warned" is no one verb phrase), so it goes on with what the speaker did."""
    head = token.head
    joined_form = (
        head.tag_ == token.tag_
        and head.pos_ == token.pos_
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    )
    return (
        token.tag_ == verb.tag_
        and token.tag_ in ("VBD", "VBZ")
        and not joined_form
        and not any(c.dep_ in SUBJECTS for c in token.children)
    )


def joined_before(verb: Token, first: int, last: int) -> int:
    """The first token of content that a trailing report takes in when the parser joined it to the first of two
    coordinated clauses: in "The van was to be escorted, but the Secret Service whisked her away, a source said" the
    report hangs as a conjunct on "escorted" and holds only the second clause, yet the source said both."""
    head = verb.head
    if verb.dep_ != "conj" or not head.i < first <= last < verb.i:
        return first
    joined = any(c.dep_ == "cc" and head.i < c.i < first for c in head.children)
    # Between the first clause's verb and the second clause only the first clause's own words, punctuation and the
    # conjunction may stand.
    reported = {t.i for t in verb.subtree}
    stray = [t for t in verb.doc[head.i + 1 : first] if t.i in reported and not (t.is_punct or t.dep_ == "cc")]
    if not joined or stray or head.left_edge.i != sentence_of_token(verb).start:
        return first
    return head.left_edge.i


# Subordinators of a clause the writer sets beside a report: a concession or contrast, or "as X said".
_ASIDE_MARKS = _CONCESSIVE | {"while", "whereas", "as"}


def with_condition(verb: Token, last: int) -> int:
    """The reported clause's last token, taking in a finite adverbial clause with a subject of its own that the
    parser hung on the report right after it: "said there remains a difference, when it comes to …", "said the
    claim smacked of hypocrisy, because Democrats …" (not a concession or contrast of the writer's, ", though …",
    ", while 73% said …", nor "as X said", nor a participle, ", saying …")."""
    doc = verb.doc
    for clause in (c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i > last):
        if not all(t.is_punct for t in doc[last + 1 : clause.left_edge.i]):
            break
        marks = {m.lower_ for m in clause.children if m.dep_ in ("mark", "advmod") and m.i < clause.i}
        finite = clause.tag_ in FINITE or any(c.dep_ == "aux" and c.tag_ in FINITE for c in clause.children)
        subject = any(c.dep_ in CLAUSE_SUBJECTS and not is_mark(c) for c in clause.children)
        if not finite or not subject or marks & _ASIDE_MARKS or clause.lemma_.lower() in reporting_verbs():
            break
        last = clause.right_edge.i
    return last


# Auxiliaries that open a condition by inversion: "should he fail", "had the bank acted", "were she to lose".
_INVERTING = frozenset({"should", "had", "were"})


def inverted_condition(verb: Token, last: int) -> int:
    """The content's last token, taking in a condition by inversion right after it that the parser made the head of
    the report ("threatened to make him testify, should he fail to …", "might evolve after the election should she
    become president"): the condition is part of what was said, not a clause of the writer's."""
    host = verb.head
    if verb.dep_ != "ccomp" or host.i <= last:
        return last
    aux = next((c for c in host.lefts if c.dep_ == "aux" and c.i > last), None)
    subject = next((c for c in host.lefts if c.dep_ in CLAUSE_SUBJECTS and c.i > last), None)
    if aux is None or subject is None or aux.lower_ not in _INVERTING or aux.i > subject.i:
        return last
    if not all(t.is_punct for t in verb.doc[last + 1 : aux.i]):
        return last
    # Up to an aside set off after the condition: "…, should he fail to act, in effect daring him to say …".
    return next((t.i - 1 for t in verb.doc[aux.i : host.right_edge.i + 1] if t.text in _SETTING_OFF), host.right_edge.i)


_NON_FINITE = frozenset({"VB", "VBG"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT"})  # how, what, which: an indirect question's first word
_MODALS = frozenset({"would", "could", "will", "can", "might", "may", "should", "must"})
_BINDING = frozenset({"would", "will", "should", "must"})  # what is to be, unlike "could not resist"


def continued_clause(verb: Token, last: int) -> int:
    """The content's last token, taking in a clause coordinated after it that the parser joined to the report
    rather than to what was reported: "said it would cost more, but would save money later", "said the talks had
    failed, and no new date was set". A joined report ("… and warned …") or the speaker going on is not content, but
    a belief with a subject of its own is ("says she hopes to win, but she knows that …", "…, and you don't want
    …"): it goes on with what was said, and PolNeAR keeps a nested report in the outer one's content, never both."""
    doc = verb.doc
    speaker = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    conj = _conjunct_after(verb, last)
    if conj is None:
        return last
    if _infinitive_goes_on(verb, conj, last) or _second_complement(conj, last):
        return conj.right_edge.i
    # "would add $84 billion": a verb of report under a modal says what would happen, not what the speaker did.
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in conj.children)
    subject = next((c for c in conj.children if c.dep_ in CLAUSE_SUBJECTS), None)
    info = reporting_verbs().get(conj.lemma_.lower())
    # "… , and no new date was set", not "… , and he left" nor "…, but they could not resist pointing out …" after
    # "Politifact ruled …": a pronoun that agrees with the speaker is the speaker going on, unless what it goes on
    # with is a belief ("says she hopes to win, but she knows that …") or what should or will be ("… and he should
    # resign"; "they could not resist" is what they did).
    bound = any(c.dep_ == "aux" and c.lower_ in _BINDING for c in conj.children)
    own = subject is not None and not (
        _same_words(subject, speaker) or (info is None and not bound and _stands_for(subject, speaker))
    )
    if info is not None and not modal and not (own and info.kind == "belief"):
        return last
    between = doc[last + 1 : conj.left_edge.i]
    if not any(t.dep_ == "cc" for t in between) or not all(t.is_punct or t.dep_ == "cc" for t in between):
        return last
    return conj.right_edge.i if own or (subject is None and modal) else last


def _second_complement(conj: Token, last: int) -> bool:
    """Whether a clause joined to the report opens with "that" right after the content and a conjunction: "saying he
    would deploy troops, and that he won't rule out …", "point out that he placed second, and that polls show …". It
    is a second clause of what was said, which the parser hung on the report, whatever its verb: no deed or report of
    the speaker's goes on with "and that"."""
    doc = conj.doc
    mark = conj.left_edge
    if mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.i != conj.i:
        return False
    between = doc[last + 1 : mark.i]
    return any(t.dep_ == "cc" for t in between) and all(t.is_punct or t.dep_ == "cc" for t in between)


def _infinitive_goes_on(verb: Token, conj: Token, last: int) -> bool:
    """Whether a bare verb the parser joined to a report in the past or third person goes on with an infinitive in
    the reported clause, as the report itself cannot: "said she wanted to speak “directly to white people” and let
    them know that …" ("said … and let" is no English). Only right after the content and a conjunction, with no
    subject or auxiliary of its own, when the content holds an infinitive for it to go on with."""
    if verb.tag_ not in ("VBD", "VBZ") or conj.tag_ != "VB" or conj.left_edge.i != conj.i:
        return False
    if any(c.dep_ in CLAUSE_SUBJECTS or c.dep_ in ("aux", "auxpass") for c in conj.children):
        return False
    between = verb.doc[last + 1 : conj.i]
    if not any(t.dep_ == "cc" for t in between) or not all(t.is_punct or t.dep_ == "cc" for t in between):
        return False
    return any(_infinitive(t) for t in verb.doc[verb.i + 1 : last + 1])


def _infinitive(token: Token) -> bool:
    """Whether ``token`` is a bare verb after "to" or a modal: "to speak", "would fix"."""
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children)
    return token.tag_ == "VB" and (modal or to_infinitive(token))


# How the parser hangs a gerund that goes on with the noun before it on the verb instead: "bragged about her father
# teaching her to shoot" (an adverbial clause), "talking about Clinton breaking down barriers".
_GERUND_DEPS = frozenset({"advcl", "xcomp", "dep"})


def gerund_predicate(verb: Token, last: int) -> int:
    """The noun-phrase content's last token, taken on over a gerund right after it, with no comma between, that the
    parser hung on the verb although the noun is its subject: "disclosed the specter of her husband making millions",
    "bragged about her father teaching her how to shoot", "decrying a rash of incendiary speech bubbling to the
    surface". Not a gerund set off by a comma, nor one with a subject or subordinator of its own, nor a report
    ("…, adding that"), which is the speaker going on."""
    doc = verb.doc
    if last + 1 >= len(doc) or doc[last].pos_ not in ("NOUN", "PROPN", "PRON"):
        return last
    gerund = doc[last + 1]
    if gerund.tag_ != "VBG" or gerund.head.i != verb.i or gerund.dep_ not in _GERUND_DEPS:
        return last
    if gerund.left_edge.i != gerund.i or any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in gerund.children):
        return last
    if gerund.lemma_.lower() in reporting_verbs():
        return last
    return gerund.right_edge.i


def continued_phrase(verb: Token, last: int) -> int:
    """The object content's last token, taking in a bare infinitive or gerund coordinated after it that the parser
    joined to the report: "wants to triple the program, grow the Corps and create …", "mentioned refinancing loans
    and forcing universities to …" (a finite verb, "endorsed Kim and left", is the speaker going on), and a noun
    phrase or an indirect question, which no speaker does: "emphasizing economic fairness, and a need to raise …",
    "spoke of the legacy of racism, and how the fight for justice flowed through …"."""
    doc = verb.doc
    conj = _conjunct_after(verb, last)
    if conj is None:
        return last
    # "and how the fight flowed", not a relative going on ("…, and who has been hoping to …").
    wh = conj.left_edge
    question = conj.pos_ in ("VERB", "AUX") and wh.tag_ in _WH_TAGS and wh.dep_ not in CLAUSE_SUBJECTS
    phrase = conj.tag_ in _NON_FINITE and conj.tag_ != verb.tag_ and conj.lemma_.lower() not in reporting_verbs()
    if not (phrase or question or conj.pos_ in ("NOUN", "PROPN")):
        return last
    end = last
    while end > verb.i and doc[end].is_punct:
        end -= 1  # the comma before the next item, which the parser may hang on the item before
    between = doc[end + 1 : conj.left_edge.i]
    if not between or not all(t.is_punct or t.dep_ == "cc" for t in between):
        return last
    if not question and any(c.dep_ in CLAUSE_SUBJECTS for c in conj.children):
        return last
    return conj.right_edge.i


def _same_words(subject: Token, speaker: Token | None) -> bool:
    return speaker is not None and subject.lower_ == speaker.lower_


def _stands_for(subject: Token, speaker: Token | None) -> bool:
    """Whether a personal pronoun subject can stand for the speaker: "they" for a plural noun, coordinated names or
    a body named ("Politifact … they"), "he" or "she" for a person named."""
    if speaker is None:
        return False
    if subject.lower_ == "they":
        return plural_noun(speaker) or (speaker.pos_ == "PROPN" and speaker.ent_type_ != "PERSON")
    return subject.lower_ in ("he", "she") and speaker.ent_type_ == "PERSON"


def _conjunct_after(verb: Token, last: int) -> Token | None:
    """The first verb coordinated with ``verb`` that opens after the content's last token ``last``."""
    return next((c for c in verb.rights if c.dep_ == "conj" and c.left_edge.i > last), None)
