"""spaCy's rule lemmatizer with every answer remembered.

A rule lemma depends only on the token's text, part of speech and morphology, yet spaCy's lemmatizer
recomputes most of them (base forms are never cached) at about 12 µs a token, 7% of parsing time.

Where two verbs fit a form ("hoped": hope or hop), spaCy takes the one its last rule made, "hop"; English
spelling tells them apart: a short stem doubles its consonant ("hopped"), so "hoped" is "hope".

A verb spaCy's index lacks ("retweeted", "texted", "pooh-poohed") gets the first form its rules make, always with an
"e" ("retweete", "texte", "poohe"), so no table finds it. English spelling says when a stem had a silent "e":
`unknown_base`.

Some forms the small model lemmatises wrongly whatever the rules: an irregular past it tags a base form keeps its own
spelling ("foresaw"), and "lay out" is read as "lie". ``verb_lemmas.tsv`` maps them to the right verb, an ambiguous
form only with the particle, preposition or object that decides it: `corrected_lemma`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from telex.nlp.cached import tokens_spelled
from telex.tables import read_table

PIPE = "lemmatizer"


@lru_cache(maxsize=1)
def lemmatizer_for(nlp: Language) -> Callable[[Doc], Doc]:
    """A ``Doc -> Doc`` step setting the lemmas ``nlp``'s own lemmatizer would, from a memo."""
    lemmatizer = nlp.get_pipe(PIPE)
    if not isinstance(lemmatizer, Lemmatizer):
        raise TypeError(f"the {PIPE!r} component of {nlp.meta.get('name')!r} is not a spaCy Lemmatizer")
    strings = nlp.vocab.strings
    verbs: frozenset[str] = frozenset(lemmatizer.lookups.get_table("lemma_index", {}).get("verb", ()))
    irregular = lemmatizer.lookups.get_table("lemma_exc", {}).get("verb", {})
    memo: dict[tuple[int, int, int], int] = {}

    def lemmatize(doc: Doc) -> Doc:
        for token in doc:
            if token.lemma == 0:  # as spaCy's: a lemma set before (by the attribute ruler) stays
                key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]  # not in the stubs
                lemma = memo.get(key)
                if lemma is None:
                    found = lemmatizer.lemmatize(token)[0]
                    if token.pos_ == "VERB":
                        found = silent_e(token.lower_, found, verbs)
                        if found not in verbs and token.lower_ not in irregular:
                            found = unknown_base(token.lower_, found)
                    lemma = memo[key] = strings.add(found)
                token.lemma = lemma
        return correct_verb_lemmas(doc)

    return lemmatize


@lru_cache(maxsize=1)
def english_word(nlp: Language) -> Callable[[str], bool]:
    """Whether a word (in lower case) is a common word of English: a stop word, a word of the lemmatizer's index
    (WordNet's nouns, verbs, adjectives and adverbs), one of its irregular forms, or a form its rules take to an
    indexed word ("rallies", "detained"). A word that is none ("kwame", "okello") is most likely a name."""
    indexed = _indexed_word(nlp, None)
    return cache(lambda word: word in STOP_WORDS or indexed(word))


@cache
def form_of(nlp: Language, part: str) -> Callable[[str], bool]:
    """Whether a word (in lower case) is a form of an English word of the part of speech ``part`` ("verb", "noun"):
    one of the lemmatizer's index (WordNet's), one of its irregular forms, or a form its rules take to one. Verbs:
    "rebuffs", "pillories", "wins", not "cities", "outlook" or "offensive"; nouns: "pakistan", not "crucial"."""
    return cache(_indexed_word(nlp, part))


def _indexed_word(nlp: Language, part: str | None) -> Callable[[str], bool]:
    """Whether a word (in lower case) is a word of the lemmatizer's index of the part of speech ``part`` (of any when
    None), one of its irregular forms, or a form its rules take to an indexed word."""
    lemmatizer = nlp.get_pipe(PIPE)
    if not isinstance(lemmatizer, Lemmatizer):
        raise TypeError(f"the {PIPE!r} component of {nlp.meta.get('name')!r} is not a spaCy Lemmatizer")
    tables = [lemmatizer.lookups.get_table(name, {}) for name in ("lemma_index", "lemma_exc", "lemma_rules")]
    # A table's keys are the hashes of the parts of speech: ask for one by its name.
    indexes, exceptions, all_rules = (
        table.items() if part is None else [(part, table.get(part, ()))] for table in tables
    )
    index = {pos: frozenset(words) for pos, words in indexes}
    irregular = frozenset().union(*(forms for _, forms in exceptions))
    rules = {pos: pairs for pos, pairs in all_rules if pos in index}

    def known(word: str) -> bool:
        if word in irregular or any(word in words for words in index.values()):
            return True
        return any(
            word.endswith(old) and word[: len(word) - len(old)] + new in index[pos]
            for pos, pairs in rules.items()
            for old, new in pairs
        )

    return known


_VOWELS = frozenset("aeiou")
_VERBAL = frozenset({"VERB", "AUX"})
# The words after a verb that can decide which verb an ambiguous form is: its particle, preposition or object.
_DECIDING = frozenset({"prt", "prep", "dobj"})


@cache
def _verb_lemmas() -> dict[str, tuple[str, frozenset[str]]]:
    """``verb_lemmas.tsv``: each form's right lemma and the words that decide it (none: always)."""
    return {row["form"]: (row["lemma"], frozenset(row["objects"])) for row in read_table("verb_lemmas.tsv")}


def correct_verb_lemmas(doc: Doc) -> Doc:
    """``doc`` with the lemma of each verb form ``verb_lemmas.tsv`` lists set as `corrected_lemma` says."""
    for token in tokens_spelled(doc, _verb_lemmas()):
        if token.pos_ in _VERBAL:
            token.lemma_ = corrected_lemma(token.lower_, token.lemma_, _deciding_words(token))
    return doc


def _deciding_words(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in _DECIDING]


def corrected_lemma(word: str, lemma: str, after: Iterable[str]) -> str:
    """The lemma of a verb ``word`` the model lemmatised as ``lemma``, by ``verb_lemmas.tsv``: "foresaw" -> "foresee";
    "lay" with "out", "into" or "claim" among the words ``after`` it (its particle, preposition or object) -> "lay",
    else what the model said ("he lay on the floor": "lie")."""
    entry = _verb_lemmas().get(word)
    if entry is None:
        return lemma
    right, deciding = entry
    return right if not deciding or not deciding.isdisjoint(after) else lemma


def silent_e(word: str, lemma: str, verbs: frozenset[str]) -> str:
    """``lemma`` with the silent "e" its inflected ``word`` dropped: "hoped", "hopes", "hoping" -> "hope".

    Only when both verbs exist and ``lemma`` ends consonant-vowel-consonant: such a stem would have doubled
    its last consonant ("hopped", "hopping"), and a stem like "sing" keeps "singing" for itself.
    """
    restored = lemma + "e"
    if restored not in verbs or word not in (lemma + "ed", lemma + "es", lemma + "ing") or len(lemma) < 3:
        return lemma
    last, vowel, before = lemma[-1], lemma[-2], lemma[-3]
    if last in _VOWELS or last in "wxy" or vowel not in _VOWELS or before in _VOWELS:
        return lemma
    return restored


# Endings after which a stem wrote its silent "e" ("google", "tase", "binge", "force", "solve"), by the spelling of
# English verbs: a consonant then l, r, c, v, s or z ("-le", "-re", "-ce", "-ve", "-se", "-ze") or g.
_E_AFTER_CONSONANT = frozenset("lrcvsz")
# Doubled finals that are the stem's own ("dissed" is "diss", "trolled" "troll"); any other doubled consonant was
# doubled by the ending ("photoshopped", "vetted").
_OWN_DOUBLES = frozenset("lsfz")
_SUFFIXES = ("ed", "ing")


def unknown_base(word: str, lemma: str) -> str:
    """The base of an "-ed" or "-ing" form of a verb no lexicon knows, by English spelling: "retweeted" -> "retweet",
    "texting" -> "text", "poohed" -> "pooh", "vaped" -> "vape", "googled" -> "google", "photoshopped" ->
    "photoshop". ``lemma`` (spaCy's guess) is kept for other forms and for stems too short to judge.

    A stem ending vowel-vowel-consonant or in two consonants had no "e" ("tweet", "text"), but for the endings
    above; one ending single vowel-consonant had one ("vape", "tase"; "-ate", "-ize"), but for r, n, w, x, y, whose
    verbs mostly end so ("answer", "open", "show"). Checked on the regular verbs of spaCy's index, their forms made
    from them: right for 87% of forms, where spaCy's guess is right for 46%.
    """
    suffix = next((s for s in _SUFFIXES if word.endswith(s)), None)
    if suffix is None:
        return lemma
    head, _, stem = word[: -len(suffix)].rpartition("-")  # "fact-checked": the last word is the verb
    if len(stem) < 3 or not stem.isalpha():
        return lemma
    base = _base_of_stem(stem, suffix)
    return f"{head}-{base}" if head else base


def _base_of_stem(stem: str, suffix: str) -> str:
    last, second, third = stem[-1], stem[-2], stem[-3]
    if last == "e":  # "emceed", "agreeing"
        return stem + "e" if suffix == "ed" else stem
    if last == "u":  # "argued"
        return stem + "e"
    if last == "i" and suffix == "ed":  # "primaried"
        return stem[:-1] + "y"
    if last in _VOWELS or last in "wxy" or (last == "h" and second in _VOWELS):
        return stem  # "vetoed", "faxed", "poohed"
    if last == second:
        return stem if last in _OWN_DOUBLES else stem[:-1]
    if second in _VOWELS or second == "y":
        return stem if third in _VOWELS or last in "rn" else stem + "e"
    after_consonant = last in _E_AFTER_CONSONANT and not (last == "l" and second in "wr")  # "bowled", "curled"
    return stem + "e" if after_consonant or (last == "g" and second in "dnlr") else stem
