"""Properties of the readers and the cleaner over hostile input (no model): no exception but telex's own,
offsets kept, output writable as UTF-8."""

import json
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given
from hypothesis import strategies as st

from telex.errors import TelexError
from telex.ingest.clean import clean
from telex.ingest.read import articles_from
from telex.records import Article, Failure
from tests.strategies import texts


@given(texts)
def test_cleaning_keeps_every_offset(text: str) -> None:
    cleaned = clean(text)
    assert len(cleaned.text) == len(text)
    assert all(0 <= start <= len(text) for start in cleaned.sentence_starts)
    assert all(0 <= start < end <= len(text) for start, end in cleaned.headings)


@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.txt.gz", "a.warc", "a"]))
def test_any_bytes_read_as_articles_or_failures_or_telex_errors(data: bytes, name: str) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            records = list(articles_from(str(path)))
        except TelexError:
            return
    for record in records:
        assert isinstance(record, Article | Failure)
        if isinstance(record, Article):
            json.dumps(record.text, ensure_ascii=False).encode("utf-8")  # writable: no lone surrogate left


FIELD_VALUES = st.one_of(
    st.text(), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=2),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
)


@given(st.lists(FIELD_VALUES, min_size=6, max_size=6))
def test_jsonl_records_with_fields_of_any_type(values: list[object]) -> None:
    record = dict(zip(["id", "text", "title", "source", "author", "published"], values, strict=True))
    with TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8", errors="surrogatepass")
        try:
            records = list(articles_from(str(path)))
        except TelexError:
            return
    for found in records:
        if isinstance(found, Article):
            assert all(v is None or isinstance(v, str) for v in (found.title, found.source, found.author, found.url))
