"""A corpus closed by ``close()`` or its ``with`` block says so when read again, instead of opening its file anew."""

from pathlib import Path

import pytest

import telex
from telex.errors import StoreError
from telex.store.duckdb_store import CorpusInfo, Store, content_hash
from tests.unit.fixtures import sample_analysis


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.duckdb"
    analysis = sample_analysis("a")
    with Store(path) as store:
        store.write([analysis], {"a": CorpusInfo("a", content_hash(analysis.text))})
        store.finish()
    return path


@pytest.mark.parametrize("read", [
    lambda corpus: corpus.events(),
    lambda corpus: corpus.articles(),
    lambda corpus: corpus.actors(),
    lambda corpus: corpus.article("a"),
    lambda corpus: corpus.json_rows("quotes"),
    lambda corpus: corpus.store,
])  # fmt: skip
def test_a_closed_corpus_refuses_every_read_with_a_message(db: Path, read: object) -> None:
    corpus = telex.open(db)
    assert len(corpus.events()) == 1
    corpus.close()
    with pytest.raises(StoreError, match=r"closed.*telex\.open"):  # the file was quietly opened again
        read(corpus)  # type: ignore[operator]


def test_a_corpus_closed_by_its_with_block_is_closed_and_closing_twice_is_harmless(db: Path) -> None:
    with telex.open(db) as corpus:
        assert len(corpus.articles()) == 1
    corpus.close()
    with pytest.raises(StoreError, match="closed"):
        corpus.quotes()
    assert "corpus.duckdb" in repr(corpus)
