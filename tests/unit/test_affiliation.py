"""A person's coded role from the words around the name, on hand-built parses (no model)."""

from spacy.tokens import Doc

from telex.entities.affiliation import affiliation_of
from tests.unit.fixtures import _blank_vocab


def _parse(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str]) -> Doc:
    return Doc(_blank_vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_role_read_as_apposition_before_the_name_codes_the_person() -> None:
    # "an admirer in British envoy Sir Peter Westmacott": the parser hangs the name on "envoy" as an apposition.
    doc = _parse(
        ["an", "admirer", "in", "British", "envoy", "Sir", "Peter", "Westmacott", "."],
        [1, 1, 1, 4, 2, 7, 7, 4, 1],
        ["det", "ROOT", "prep", "amod", "pobj", "compound", "compound", "appos", "punct"],
        ["DET", "NOUN", "ADP", "ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT"],
        ["O", "O", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    actor = affiliation_of(doc[6:8]).actor
    assert actor is not None and actor.country == "GBR"


def test_a_role_set_off_by_commas_codes_the_person() -> None:
    # "the British envoy, Peter Westmacott": a noun naming a role by itself, in apposition, describes the person.
    doc = _parse(
        ["the", "British", "envoy", ",", "Peter", "Westmacott", "."],
        [2, 2, 2, 2, 5, 2, 2],
        ["det", "amod", "ROOT", "punct", "compound", "appos", "punct"],
        ["DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
        ["O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    actor = affiliation_of(doc[4:6]).actor
    assert actor is not None and actor.code == "GBRGOV"


def test_a_role_after_the_name_gives_its_sector_when_it_names_no_country() -> None:
    # "Lou Jiwei, the finance minister, said": GOV, the country left to the article.
    doc = _parse(
        ["Lou", "Jiwei", ",", "the", "finance", "minister", ",", "said", "."],
        [1, 7, 1, 5, 5, 1, 1, 7, 7],
        ["compound", "nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "punct"],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"],
        ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"],
    )
    actor = affiliation_of(doc[0:2]).actor
    assert actor is not None and (actor.code, actor.sector) == (None, "GOV")


def test_a_member_of_a_body_after_the_name_has_the_bodys_sector() -> None:
    # "Issawi Frej, a member of parliament, said": LEG, the country left to the article; "a member of the audience"
    # names no body of any sector.
    for body, sector in (("parliament", "LEG"), ("audience", None)):
        doc = _parse(
            ["Issawi", "Frej", ",", "a", "member", "of", body, ",", "said", "."],
            [1, 8, 1, 4, 1, 4, 5, 1, 8, 8],
            ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
            ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "PUNCT"],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"],
        )
        actor = affiliation_of(doc[0:2]).actor
        assert (actor.sector if actor is not None else None) == sector


def test_an_apposition_naming_no_role_says_nothing_of_the_persons_country() -> None:
    # "an expert on China, Yang Wei,": whom the expert studies is not whose the expert is.
    doc = _parse(
        ["an", "expert", "on", "China", ",", "Yang", "Wei", "."],
        [1, 1, 1, 2, 1, 6, 1, 1],
        ["det", "ROOT", "prep", "pobj", "punct", "compound", "appos", "punct"],
        ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
        ["O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert affiliation_of(doc[5:7]).actor is None


def test_a_clause_inside_the_role_tells_of_someone_else() -> None:
    # "Ana Reyes, the spokesman of a soldier who died in Libya, spoke": Libya is where the soldier died.
    doc = _parse(
        ["Ana", "Reyes", ",", "the", "spokesman", "of", "a", "soldier", "who", "died", "in", "Libya", ",", "spoke",
         "."],
        [1, 13, 1, 4, 1, 4, 7, 5, 9, 7, 9, 10, 1, 13, 13],
        ["compound", "nsubj", "punct", "det", "appos", "prep", "det", "pobj", "nsubj", "relcl", "prep", "pobj", "punct",
         "ROOT", "punct"],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PRON", "VERB", "ADP", "PROPN", "PUNCT",
         "VERB", "PUNCT"],
        ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"],
    )
    actor = affiliation_of(doc[0:2]).actor
    assert actor is not None and actor.country is None


def _named_before(post: str) -> Doc:
    # "Clinton campaign <post> Robby Mook said .": whom the post serves named before it.
    return _parse(
        ["Clinton", "campaign", post, "Robby", "Mook", "said", "."],
        [4, 2, 4, 4, 5, 5, 5],
        ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
        ["PROPN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ["B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
    )


def test_a_post_after_a_name_serves_the_one_named() -> None:
    # "Clinton campaign manager Robby Mook": acts for Clinton; "Clinton campaign supporter" names no post.
    actor = affiliation_of(_named_before("manager")[3:5]).actor
    assert actor is not None and actor.country == "USA"
    assert affiliation_of(_named_before("supporter")[3:5]).actor is None


def test_a_post_in_apposition_says_whose_by_its_possessor() -> None:
    # "Trump 's campaign chairman , Paul Manafort , said .": "chairman" is a post whatever the words before it.
    doc = _parse(
        ["Trump", "'s", "campaign", "chairman", ",", "Paul", "Manafort", ",", "said", "."],
        [3, 0, 3, 8, 3, 6, 3, 3, 8, 8],
        ["poss", "case", "compound", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
        ["PROPN", "PART", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
        ["B-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    actor = affiliation_of(doc[5:7]).actor
    assert actor is not None and actor.country == "USA"


def test_an_apposition_places_a_person_whose_organisation_gave_only_a_sector() -> None:
    # "Zhang , the Chinese Foreign Ministry spokeswoman , said": "Foreign Ministry" alone is GOV of no country; the
    # apposition says whose. An apposition of another sector tells of someone else and is not taken.
    for noun, code in (("spokeswoman", "CHNGOV"), ("bishop", None)):
        doc = _parse(
            ["Zhang", ",", "the", "Chinese", "Foreign", "Ministry", noun, ",", "said", "."],
            [8, 0, 6, 5, 5, 6, 0, 0, 8, 8],
            ["nsubj", "punct", "det", "amod", "compound", "compound", "appos", "punct", "ROOT", "punct"],
            ["PROPN", "PUNCT", "DET", "ADJ", "PROPN", "PROPN", "NOUN", "PUNCT", "VERB", "PUNCT"],
            ["B-PERSON", "O", "O", "B-NORP", "B-ORG", "I-ORG", "O", "O", "O", "O"],
        )
        actor = affiliation_of(doc[0:1]).actor
        assert actor is not None and actor.code == code and actor.sector == "GOV"


_DEPS = ["compound", "nsubj", "punct", "det", "compound", "appos", "nsubj", "relcl", "det", "amod", "attr", "punct"]
_TAGS = ["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "NOUN", "PRON", "AUX", "DET", "ADJ", "NOUN", "PUNCT"]


def test_an_office_in_a_followers_description_beats_the_follower_noun() -> None:
    # "Pat Brown, a Clinton supporter who is the Democratic chairman, said": the party's chairman, not Clinton's
    # followers (USACVL); "a Clinton supporter who is a retired teacher" stays a follower.
    cases = (("the", "Democratic", "chairman", "USAPTY"), ("a", "retired", "teacher", "USACVL"))
    for det, adjective, noun, code in cases:
        words = ["Pat", "Brown", ",", "a", "Clinton", "supporter", "who", "is", det, adjective, noun, ",", "said", "."]
        doc = Doc(
            _blank_vocab(),
            words=words,
            heads=[1, 12, 1, 5, 5, 1, 7, 5, 10, 10, 7, 1, 12, 12],
            deps=[*_DEPS, "ROOT", "punct"],
            pos=[*_TAGS, "VERB", "PUNCT"],
            lemmas=[*(w.lower() for w in words[:7]), "be", *(w.lower() for w in words[8:])],
            ents=["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", *["O"] * 9],
        )
        actor = affiliation_of(doc[0:2]).actor
        assert actor is not None and actor.code == code
