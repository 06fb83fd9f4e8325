"""The roles the article gives a person: "Jane Doe, an expert at X" is an expert, "spokeswoman Ana Lis" a
spokeswoman, "The founder, Tom Reed," a founder, "Doe is a professor" a professor.

A role is compared by its key, so the gendered forms of one role are one role: "spokesman", "spokeswoman" and
"spokesperson" all give "spokes".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_GENDERED = ("woman", "man", "person")
_ROLE_DEPS = frozenset({"compound", "amod", "nmod"})


def role_key(word: str) -> str:
    """One key for the gendered forms of a role noun: "chairwoman", "chairman", "chairperson" give "chair"."""
    word = word.lower()
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
    """Capitalised words that narrow a role noun: "Democratic" and "Vermont" in "the Democratic Vermont senator"."""
    return [c.lower_ for c in role.lefts if c.dep_ in _ROLE_DEPS and c.text[:1].isupper() and c.i > role.left_edge.i]


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
    words += [t.lower_ for t in root.subtree if t.i < mention.start and t.dep_ in _ROLE_DEPS | {"compound"}]
    words += [t.lower_ for t in mention if t.pos_ == "NOUN"]
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words += _nouns(child)  # "Jane Doe, an expert at X"
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        words += _nouns(root.head)  # "The founder, Tom Reed,"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        words += _attributes(root.head)  # "Doe is a professor"
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        for verb in (clause, *clause.conjuncts):
            if verb.lemma_ == "be":
                words += _attributes(verb)  # "Tom Reed, who leads a lab and is an expert on rivers,"
    return words


def _attributes(verb: Token) -> list[str]:
    """The nouns a copula says its subject is: "is a leading expert" gives expert."""
    return [w for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" for w in _nouns(c)]
