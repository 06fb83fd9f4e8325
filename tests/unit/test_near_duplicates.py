"""Wire copies join their original's cluster, different stories on one topic do not, and a near-exact copy
takes over the original's analysis with every span moved onto its own text."""

import hashlib
import re
import unicodedata
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from datasketch import MinHash

from telex.corpus.fingerprint import content_hash
from telex.corpus.near_duplicates import (
    NUM_PERM,
    SHINGLE_WORDS,
    DuplicateIndex,
    Signature,
    reuse_analysis,
    shingles,
    signature,
)
from telex.errors import StoreError
from telex.records import ActorRef, Analysis, Article, Entity, Event, Number, Quote, Speaker, Trigger

STORY = """Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence treaty \
in Pyongyang on Wednesday, pledging to come to each other's aid if either country is attacked.

"This is a truly breakthrough document," Putin told reporters after the talks, which lasted more than five \
hours. He said the agreement reflected a shared desire to take relations to a new level.

Kim called the treaty the strongest in the history of the two countries and said it would help build a \
multipolar world. North Korea fully supports Russia's war in Ukraine, he added.

The pact commits both sides to provide military assistance without delay in the event of armed aggression \
against either party, according to the text published by the Kremlin on Thursday. It also covers cooperation \
on nuclear energy, space exploration, food security and tourism.

Washington and Seoul condemned the agreement. A spokesman for the U.S. State Department said 11,000 \
containers of ammunition had already been shipped from North Korea to Russia, in violation of United Nations \
sanctions.

South Korea's national security adviser said Seoul would reconsider its long-standing policy of not supplying \
weapons to Ukraine. Analysts said the treaty was the most significant agreement between Moscow and Pyongyang \
since the end of the Cold War."""

# Two more stories on the same visit, in other words.
WELCOME = """North Korea's Kim Jong Un rolled out the red carpet for Vladimir Putin, welcoming the Russian leader \
with a midnight airport ceremony, a parade through central Pyongyang and a gala concert. It was Putin's first \
trip to the isolated country in twenty-four years.

The two men agreed to deepen military and economic ties, and officials in Moscow described the visit as a \
turning point. Western governments fear the partnership will keep Russian artillery supplied in Ukraine while \
giving Kim access to sensitive missile technology.

Putin gifted Kim a Russian-made limousine, the second such car he has given him, Russian state media reported. \
The leaders also toured an Orthodox church and a medical university, and inspected an honour guard on Kim Il \
Sung Square before talks began."""

ALLIANCE = """Moscow and Pyongyang have agreed that each will defend the other against outside attack, a deal \
signed during Vladimir Putin's visit to North Korea that alarmed officials in Washington, Seoul and Tokyo. The \
Kremlin published the full treaty a day later.

Under the agreement the two governments will also cooperate on energy, space and food supplies. Kim Jong Un \
praised what he called an alliance, while Putin said the deal was defensive and aimed at no third country.

The United States says North Korea has sent Russia millions of artillery shells and dozens of ballistic \
missiles for the war in Ukraine, a charge both governments deny. South Korea said it would review its ban on \
arming Kyiv."""

DATELINE = "PYONGYANG (Reuters) - "
PUBLISHED = date(2024, 6, 19)


def cut_half(text: str) -> str:
    return text[: text.rfind(" ", 0, len(text) // 2)]


def three_words_changed(text: str) -> str:
    return text.replace("signed", "inked").replace("reporters", "journalists").replace("condemned", "criticised")


def paragraph_dropped(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join(paragraphs[:2] + paragraphs[3:])


COPIES = {
    "exact copy": STORY,
    "dateline added": DATELINE + STORY,
    "tail cut by half": cut_half(STORY),
    "three words changed": three_words_changed(STORY),
    "one paragraph dropped": paragraph_dropped(STORY),
    "all at once": DATELINE + cut_half(paragraph_dropped(three_words_changed(STORY))),
}


def index_of(**texts: str) -> DuplicateIndex:
    index = DuplicateIndex()
    for article_id, text in texts.items():
        index.add(article_id, signature(text), article_id)
    return index


@pytest.mark.parametrize("copy", COPIES.values(), ids=COPIES.keys())
def test_wire_copy_joins_its_original(copy: str) -> None:
    assert index_of(original=STORY, other=WELCOME).match(signature(copy)) == "original"


@pytest.mark.parametrize("copy", COPIES.values(), ids=COPIES.keys())
def test_original_joins_a_copy_seen_first(copy: str) -> None:
    assert index_of(copy=copy).match(signature(STORY)) == "copy"


def test_different_stories_on_one_topic_stay_apart() -> None:
    index = index_of(story=STORY, welcome=WELCOME)
    assert index.match(signature(ALLIANCE)) is None
    assert index_of(alliance=ALLIANCE).match(signature(WELCOME)) is None


def test_match_returns_the_cluster_of_the_indexed_article() -> None:
    index = DuplicateIndex()
    index.add("first", signature(STORY), "first")
    index.add("second", signature(DATELINE + STORY), "first")
    assert index.match(signature(cut_half(DATELINE + STORY))) == "first"


def test_ties_go_to_the_smallest_id() -> None:
    index = DuplicateIndex()
    for article_id in ("b", "c", "a"):
        index.add(article_id, signature(STORY), f"cluster-{article_id}")
    assert index.match(signature(STORY)) == "cluster-a"


def test_re_adding_an_article_replaces_it() -> None:
    index = DuplicateIndex()
    index.add("a", signature(STORY), "a")
    index.add("a", signature(WELCOME), "a")
    assert index.match(signature(STORY)) is None
    assert index.match(signature(WELCOME)) == "a"


HEADLINE = "Putin arrives in Pyongyang for talks with Kim."


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("PUTIN ARRIVES IN PYONGYANG — FOR TALKS WITH KIM", "short"),
        ("Putin arrives in Pyongyang for talks with Kim Jong Un.", None),
        ("Putin arrives in Pyongyang for new talks with Kim.", None),
    ],
)
def test_short_texts_join_only_on_equal_words(query: str, expected: str | None) -> None:
    assert index_of(short=HEADLINE).match(signature(query)) == expected


def test_short_text_never_joins_a_long_one_containing_it() -> None:
    first_sentence = STORY[: STORY.index(".") + 1]
    assert index_of(story=STORY).match(signature(first_sentence)) is None
    assert index_of(short=first_sentence).match(signature(STORY)) is None


def test_signature_round_trip_through_bytes() -> None:
    sig = signature(STORY)
    again = Signature.from_bytes(sig.to_bytes())
    assert again == sig
    assert index_of(original=STORY).match(again) == "original"


def test_signature_counts_shingles_and_words() -> None:
    sig = signature("One two three four five six seven, one two three four five.")
    assert (sig.words, sig.shingles) == (12, 7)


def _datasketch_signature(text: str) -> Signature:
    """The signature as telex computed it before session 33: datasketch's MinHash with its own hash (sha1_hash32)
    over the shingles joined one by one as strings."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    count = len(words) - SHINGLE_WORDS + 1
    grams = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(count)} if count > 1 else {" ".join(words)}
    grams = grams if words else set()
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([gram.encode("utf-8") for gram in grams])
    hashes = np.asarray(minhash.hashvalues, dtype="<u4").tobytes()
    return Signature(hashes, len(grams), len(words), hashlib.sha256(" ".join(words).encode("utf-8")).digest())


@pytest.mark.parametrize("text", [
    STORY,
    DATELINE + STORY,
    "Zürich's café: São Paulo, Łódź and Ōsaka — “naïve” résumés ﬁled by 李克强 and 김정은 in 2024 🙂 again and again.",
    "Only four words here.",
    "Exactly five words right here.",
    "",
    "?!",
    "again " * 40,
])  # fmt: skip
def test_signature_is_datasketch_minhash_of_the_shingles(text: str) -> None:
    """The shingles cut from the joined words and hashed beforehand give datasketch's own values, so signatures
    stored by earlier versions still match."""
    assert signature(text) == _datasketch_signature(text)
    assert len(shingles(text)) == signature(text).shingles


def test_signature_from_other_bytes_says_what_to_do() -> None:
    with pytest.raises(StoreError, match=r"signature\(text\)"):
        Signature.from_bytes(b"\x00" * 40)


def test_content_hash_is_sha256_hex() -> None:
    assert content_hash(STORY) == hashlib.sha256(STORY.encode("utf-8")).hexdigest()
    assert content_hash(STORY) != content_hash(DATELINE + STORY)


def span(text: str, part: str, after: str = "") -> tuple[int, int]:
    start = text.index(part, text.index(after) if after else 0)
    return start, start + len(part)


def analysis_of(text: str = STORY, published: date | None = PUBLISHED) -> Analysis:
    """An analysis of the story built by hand, every span found in ``text``."""
    putin = ActorRef("Vladimir Putin", "Vladimir Putin", "RUSGOV", "RUS", "GOV", "E1")
    kim = ActorRef("Kim Jong Un", "Kim Jong Un", "PRKGOV", "PRK", "GOV", "E2")
    quote = span(text, "This is a truly breakthrough document,")
    speaker = span(text, "Putin", after="document,")
    trigger = span(text, "signed")
    number = span(text, "11,000")
    return Analysis(
        id="original",
        text=text,
        title="Putin and Kim sign defence pact",
        published=published,
        language="en",
        source_chain=("Reuters",),
        warnings=("stray markup masked at 1-2",),
        entities=(
            Entity("E1", "Vladimir Putin", "PERSON", (span(text, "Vladimir Putin"), speaker), "RUSGOV", "RUS"),
            Entity("E2", "Kim Jong Un", "PERSON", (span(text, "Kim Jong Un"), span(text, "Kim", after="hours"))),
        ),
        quotes=(
            Quote(
                "Q1",
                "direct",
                text[slice(*quote)],
                *quote,
                "told",
                Speaker("Putin", *speaker, "Vladimir Putin", "E1"),
                1,
            ),
        ),
        events=(
            Event(
                "V1",
                "057",
                "05",
                "AGREE",
                None,
                1,
                8.0,
                (putin,),
                (kim,),
                "asserted",
                Trigger("signed", *trigger),
                0,
                0.9,
            ),
        ),
        numbers=(Number("11,000", 11000.0, "containers", *number),),
        author="A. Writer",
        url="https://example.org/original",
    )


def copy_of(text: str, published: date | None = PUBLISHED) -> Article:
    return Article(
        "copy",
        text,
        title="Pact signed",
        published=published,
        warnings=("from feed",),
        author="B. Editor",
        url="https://example.org/copy",
    )


def span_texts(analysis: Analysis) -> list[str]:
    """The text at every span of the analysis, checking that each record's own text agrees with it."""
    text = analysis.text
    for q in analysis.quotes:
        assert q.text == text[q.start : q.end]
        assert q.speaker is not None and q.speaker.text == text[q.speaker.start : q.speaker.end]
    for v in analysis.events:
        assert v.trigger.text == text[v.trigger.start : v.trigger.end]
    for n in analysis.numbers:
        assert n.text == text[n.start : n.end]
    return [text[start:end] for entity in analysis.entities for start, end in entity.mentions] + [
        text[q.start : q.end] for q in analysis.quotes
    ]


def test_exact_copy_reuses_the_analysis() -> None:
    original = analysis_of()
    reused = reuse_analysis(original, copy_of(STORY))
    assert reused == replace(
        original,
        id="copy",
        title="Pact signed",
        author="B. Editor",
        url="https://example.org/copy",
        warnings=("from feed", "analysis reused from near-duplicate original"),
    )
    assert reused.source_chain == ("Reuters",)


def test_exact_copy_without_dates_reuses_the_analysis() -> None:
    assert reuse_analysis(analysis_of(published=None), copy_of(STORY, published=None)) is not None


def test_dateline_copy_shifts_every_span() -> None:
    original = analysis_of()
    reused = reuse_analysis(original, copy_of(DATELINE + STORY))
    assert reused is not None
    assert reused.text == DATELINE + STORY
    shift = len(DATELINE)
    assert reused.quotes[0].start == original.quotes[0].start + shift
    assert reused.events[0].trigger.start == original.events[0].trigger.start + shift
    assert reused.numbers[0].end == original.numbers[0].end + shift
    assert reused.entities[0].mentions == tuple((s + shift, e + shift) for s, e in original.entities[0].mentions)
    assert span_texts(reused) == span_texts(original)
    assert reused.quotes[0].sentence == original.quotes[0].sentence


def test_words_edited_outside_every_span_shift_later_spans() -> None:
    original = analysis_of()
    text = STORY.replace("five hours", "four hours").replace("tourism", "culture")
    reused = reuse_analysis(original, copy_of(text))
    assert reused is not None
    assert reused.numbers[0].start == original.numbers[0].start
    assert span_texts(reused) == span_texts(original)


def test_word_changed_inside_a_quote_is_parsed_again() -> None:
    text = STORY.replace("truly breakthrough", "truly historic")
    assert reuse_analysis(analysis_of(), copy_of(text)) is None


def test_different_publication_date_is_parsed_again() -> None:
    assert reuse_analysis(analysis_of(), copy_of(STORY, published=date(2024, 6, 20))) is None
    assert reuse_analysis(analysis_of(), copy_of(STORY, published=None)) is None


def test_copy_differing_by_more_than_a_few_percent_is_parsed_again() -> None:
    assert reuse_analysis(analysis_of(), copy_of(cut_half(STORY))) is None
    assert reuse_analysis(analysis_of(), copy_of(paragraph_dropped(STORY))) is None


def test_sentence_added_before_the_spans_is_parsed_again() -> None:
    """Sentence numbers of quotes and events would no longer hold."""
    assert reuse_analysis(analysis_of(), copy_of("UPDATED. " + STORY)) is None


def loaded(**texts: str) -> DuplicateIndex:
    """An index given the texts' signatures as a store's rows, in one ``load``."""
    index = DuplicateIndex()
    index.load(
        [(article_id, f"cluster-{article_id}", signature(text).to_bytes()) for article_id, text in texts.items()]
    )
    return index


def added(**texts: str) -> DuplicateIndex:
    index = DuplicateIndex()
    for article_id, text in texts.items():
        index.add(article_id, signature(text), f"cluster-{article_id}")
    return index


STORED = {
    "original": STORY,
    "welcome": WELCOME,
    "alliance": ALLIANCE,
    "again": STORY,
    "cut": cut_half(STORY),
    "headline": HEADLINE,
    "headline2": HEADLINE,
}


@pytest.mark.parametrize("query", [STORY, WELCOME, ALLIANCE, HEADLINE, *COPIES.values()])
def test_loading_stored_signatures_matches_as_adding_them(query: str) -> None:
    assert loaded(**STORED).match(signature(query)) == added(**STORED).match(signature(query))


def test_loaded_signatures_find_copies_and_break_ties_by_id() -> None:
    index = loaded(**STORED)
    assert index.match(signature(DATELINE + STORY)) == "cluster-again"
    assert index.match(signature(HEADLINE)) == "cluster-headline"
    assert index.match(signature(ALLIANCE)) == "cluster-alliance"


def test_an_article_added_after_loading_replaces_the_loaded_one() -> None:
    index = loaded(original=STORY, welcome=WELCOME)
    index.add("original", signature(ALLIANCE), "original")
    index.add("welcome", signature(HEADLINE), "welcome")
    assert index.match(signature(STORY)) is None
    assert index.match(signature(WELCOME)) is None
    assert index.match(signature(ALLIANCE)) == "original"
    assert index.match(signature(HEADLINE)) == "welcome"


def test_loading_a_signature_of_another_version_is_refused() -> None:
    packed = bytearray(signature(STORY).to_bytes())
    packed[0] = 9
    with pytest.raises(StoreError, match="not written by this version"):
        DuplicateIndex().load([("a", "a", bytes(packed))])
    with pytest.raises(StoreError, match="not written by this version"):
        DuplicateIndex().load([("a", "a", bytes(packed[:-4]))])


def test_re_adding_a_short_text_replaces_it() -> None:
    index = DuplicateIndex()
    index.add("a", signature(HEADLINE), "a")
    index.add("b", signature(HEADLINE), "b")
    index.add("a", signature("Kim leaves Moscow after two days of talks."), "a")
    assert index.match(signature(HEADLINE)) == "b"
    index.add("b", signature(STORY), "b")
    assert index.match(signature(HEADLINE)) is None
    assert index.match(signature("Kim leaves Moscow after two days of talks.")) == "a"
