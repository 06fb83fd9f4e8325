"""The roles the article gives a person: "Jane Doe, an expert at X" is an expert, "spokeswoman Ana Lis" a
spokeswoman, "The founder, Tom Reed," a founder, "Doe is a professor" a professor.

A role is compared by its key, so the gendered forms of one role are one role: "spokesman", "spokeswoman" and
"spokesperson" all give "spokes".
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from telex.actors.table import actor_table, name_key
from telex.nlp.cached import text_of
from telex.quotes.lexicon import work_nouns
from telex.tables import read_table

_GENDERED = ("woman", "man", "person")
_ROLE_DEPS = frozenset({"compound", "amod", "nmod"})


def role_key(word: str) -> str:
    """One key for the forms of a role noun: "chairwoman", "chairman", "chairperson" give "chair"; an abbreviated
    title the word it stands for ("Sen." senator, "Rep." congressperson)."""
    word = meaning(word)
    for ending in _GENDERED:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


# Endings of English nouns for what a person does ("glaciologist", "founder", "historian", "nominee").
_AGENTIVE = ("ist", "er", "or", "ian", "ant", "ent", "eer", "ee", "man", "woman", "person")


def agentive(word: str) -> bool:
    """Whether a noun has an ending of a person's role: "glaciologist", "founder"; not "poll", "statement"."""
    word = word.lower()
    return word.endswith(_AGENTIVE) and not word.endswith("ment")


def qualifiers(role: Token) -> list[str]:
    """Words that narrow a role noun: capitalised ones, "Democratic" and "Vermont" in "the Democratic Vermont
    senator", "former" in "the former secretary of state" (lower case, as written), and the state after it ("the
    senator from Florida")."""
    before = [
        w.lower_
        for c in role.lefts
        if c.dep_ in _ROLE_DEPS
        and c.i > role.left_edge.i
        and (c.text[:1].isupper() or narrows(c.lower_))
        for w in (*_name_before(c), c)
    ]
    return before + _places(role)


def _name_before(word: Token) -> list[Token]:
    """The capitalised words a qualifier's own name starts with: "New" of "the New Jersey governor"."""
    return [c for c in word.lefts if c.dep_ == "compound" and c.text[:1].isupper()] if word.text[:1].isupper() else []


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, str]]:
    """Words that change whom "the <role>" stands for: kind and meaning (``data/role_words.tsv``)."""
    return {row["word"]: (row["kind"], row["means"]) for row in read_table("role_words.tsv")}


@lru_cache(maxsize=1)
def _epithets() -> frozenset[str]:
    """Nouns that call a person by what they are rather than an office (``data/epithet_nouns.tsv``)."""
    return frozenset(row["word"] for row in read_table("epithet_nouns.tsv"))


def epithet(token: Token) -> bool:
    """Whether a word calls a person by what they are, own or do rather than by an office: "the billionaire", "the GOP
    front-runner" (a word the tokenizer split at its hyphen), or by their age: "the 46-year-old"."""
    doc, i = token.doc, token.i
    word = token.lower_
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        word = f"{doc[i - 2].lower_}-{word}"
    if word in _epithets() or token.lower_ in _epithets():
        return True
    return token.lower_ == "old" and any(
        c.lower_ in ("year", "years") and any(n.like_num for n in c.children) for c in token.children
    )


def narrows(word: str) -> bool:
    """Whether a lower-case word before a role noun narrows it like a capitalised one: "former"."""
    return _words().get(word, ("", ""))[0] == "narrows"


def meaning(word: str) -> str:
    """The word (lower case) a title, a party's other name or a party tag's letter is written for: "Sen." senator,
    "GOP" republican, "R" republican; any other word itself."""
    word = word.lower()
    kind, means = _words().get(word, ("", ""))
    return means if kind == "means" else word


def open_role(role: Token) -> bool:
    """Whether "the <role>" names a place in an order or a role still to be filled, not a person named before: "the
    next president", "the first female president", "the eventual nominee", "the strongest candidate", "the most
    hawkish candidate" (not "the first-term senator", where "first" tells of the term)."""
    for word in role.lefts:
        words = [word, *(c for c in word.children if c.tag_ == "RBS")]
        if any(w.tag_ in ("JJS", "RBS") or _words().get(w.lower_, ("", ""))[0] == "open" for w in words):
            return True
    return False


def _nouns(head: Token) -> list[str]:
    """The noun ``head`` and the words compounded into it: "China expert" gives expert and china."""
    words = [head.lower_, head.lemma_.lower()]
    words += [c.lower_ for c in head.lefts if c.dep_ in _ROLE_DEPS]
    return words


def role_words(mention: Span) -> list[str]:
    """The role nouns (lower case) the syntax around a person mention gives that person."""
    root = mention.root
    words: list[str] = []
    # "spokeswoman Ana Lis", "Foreign Minister Sergei Lavrov": titles written before the name.
    titles = [t for t in root.subtree if t.i < mention.start and t.dep_ in _ROLE_DEPS | {"compound"}]
    # A plural title shared by the names after it is each one's role: "Morning Joe hosts Joe Scarborough and …".
    words += [t.lower_ for t in titles] + [t.lemma_.lower() for t in titles if t.tag_ == "NNS"]
    words += [t.lower_ for t in mention if t.pos_ == "NOUN"]
    words += _places(root) + _party_tag(mention)  # "Senator Ted Cruz of Texas", "Marco Rubio (R-Fla.)"
    words += _shared_title(mention)  # "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.)"
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words += _nouns(child) + _places(child)  # "Jane Doe, an expert at X", "a senator from Florida"
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        words += _nouns(root.head)  # "The founder, Tom Reed,"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        words += _attributes(root.head)  # "Doe is a professor"
    if root.dep_ == "nsubj" and _writes_work(root.head):
        words += ["author"]  # "Gary Byrne has written a book": the author of a later "the author wrote"
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        for verb in (clause, *clause.conjuncts):
            if verb.lemma_ == "be":
                words += _attributes(verb)  # "Tom Reed, who leads a lab and is an expert on rivers,"
    return words + [means for w in words if (means := meaning(w)) != w]


def title_words(mention: Span) -> list[str]:
    """The words (lower case) written as a title of a person mention: the noun right before the name ("hosts Ann
    Lee", "Judge Ann Lee"; a plural one in its singular too) and the nouns inside it ("Judge Ann Lee" as one name)."""
    doc = mention.doc
    before = doc[mention.start - 1] if mention.start > 0 else None
    words = [t.lower_ for t in mention if t.pos_ == "NOUN"]
    # The parser hangs the title on the name or the name on the title ("hosts" heads "Joe Scarborough" as apposition).
    joined = before is not None and (
        before.head.i in range(mention.start, mention.end) or mention.root.head.i == before.i
    )
    if before is not None and joined and before.pos_ in ("NOUN", "PROPN"):
        words += [before.lower_] + ([before.lemma_.lower()] if before.tag_ == "NNS" else [])
    return words + [means for w in words if (means := meaning(w)) != w]


def _shared_title(mention: Span) -> list[str]:
    """The title a plural one before names joined by "and" or commas gives each of them: "Sens. Rand Paul (Ky.) and
    Marco Rubio (Fla.)" makes both senators, "Senators Ted Cruz and Marco Rubio" too."""
    doc, first = mention.doc, mention.root
    if any(_titles(t.lower_) and _plural_title(t.text) is None for t in doc[first.left_edge.i : mention.start]):
        return []  # "… and Ohio Gov. John Kasich": a title of its own
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head  # the first of the names joined
    at = min(first.left_edge.i, mention.start)
    if _plural_title(doc[at].text) is None:
        at -= 1  # a title the parser hung elsewhere, just before the name
    if at > 0 and doc[at].text == "." and not doc[at - 1].whitespace_:
        at -= 1  # "Sens" and "." split by the tokenizer
    title = _plural_title(doc[at].text) if at >= 0 else None
    return [title] if title is not None else []


def _titles(word: str) -> bool:
    """Whether a word written before a name is a title: "Gov.", "Senator", "Rep.", "President"."""
    return meaning(word) != word or bool(actor_table().sectors.get(word))


def _plural_title(word: str) -> str | None:
    """The title a plural one written before several names stands for: "Sens." and "Sens" senator, "Reps."
    congressperson, "Senators" senator; None for any other word ("Democrats")."""
    lower = word.lower()
    bare = lower.rstrip(".")
    if len(bare) < 3 or not bare.endswith("s"):
        return None
    title = meaning(f"{bare}.")
    if title != f"{bare}." and meaning(f"{bare[:-1]}.") == title:
        return title  # an abbreviation: "Sens." as "Sen."
    one = bare[:-1]  # "Senators": an office of the tables, capitalised as a title
    return one if word[:1].isupper() and actor_table().sectors.get(one) and lower == bare else None


def place_words(text: str) -> list[str]:
    """The words (lower case) of the state or region ``text`` names, written out: "Fla." gives florida, "N.J." new
    and jersey; nothing for any other text."""
    table = actor_table()
    place = table.names.get(name_key(text)) or table.postal_codes.get(text)
    if place is None or not place.name or not place.country or place.code != place.country:
        return []
    return place.name.lower().split()


def _places(noun: Token) -> list[str]:
    """The state or region after a name or role noun: "of Texas", "from Florida"."""
    return [
        w
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
        for obj in prep.children
        if obj.dep_ == "pobj"
        for w in place_words(obj.doc[obj.left_edge.i : obj.i + 1].text)
    ]


# A legislator's tag after the name: "(R-Fla.)", ", D-N.Y.,", "(I-Vt.)", "(Ky.)", ", R-Iowa." ending a sentence; read
# from the text, as the parser splits such tags every which way.
_TAG = re.compile(r"\s*[(,]\s*(?:([A-Z])\s*-\s*)?([A-Z][A-Za-z. ]{0,14}?)\s*(?:[),]|\.(?=\s|$))")


def _party_tag(mention: Span) -> list[str]:
    """The party and state of a legislator's tag after a name: "(R-Fla.)" gives republican and florida, "(I-Vt.)"
    independent and vermont, "(Ky.)" kentucky; nothing where the words are no state."""
    found = _TAG.match(text_of(mention.doc), mention.end_char)
    if found is None:
        return []
    letter, state = found.groups()
    place = place_words(state) or place_words(f"{state}.")  # "Fla" of ", R-Fla. said"
    if not place:
        return []
    party = meaning(letter) if letter else ""
    return [party, *place] if party and party != letter.lower() else place


# Verbs by which a person makes a work its author: "has written a book", "penned a memoir", "co-wrote the series".
_WRITING = frozenset({"write", "pen", "author", "co-write", "co-author", "cowrite", "coauthor"})


def _writes_work(verb: Token) -> bool:
    """Whether a verb writes a titled work (``work_nouns``): "has written a book", "penned a memoir"; not "wrote a
    letter" or "wrote that …", which make their writer no author."""
    if verb.lemma_.lower() not in _WRITING:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in work_nouns() for c in verb.children)


def _attributes(verb: Token) -> list[str]:
    """The nouns a copula says its subject is: "is a leading expert" gives expert."""
    return [w for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" for w in _nouns(c)]
