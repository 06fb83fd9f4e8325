"""The pipeline reads a document's text and entities through ``telex.nlp.cached``: spaCy rebuilds ``doc.text`` and
``doc.ents`` from every token on each access, so a read of them in per-mention code made extraction quadratic on long
articles (a party-tag check once did, 2,426 rebuilds over 87 articles)."""

import io
import tokenize
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "src" / "telex"
# Allowed: the module that caches them, and scoring code that parses one short gold sentence at a time.
ALLOWED = {SOURCE / "nlp" / "cached.py", SOURCE / "evaluation" / "actors.py"}


def _direct_reads(path: Path) -> list[int]:
    """Lines of ``path`` whose code (not strings or comments) reads ``<...>doc.text`` or ``<...>doc.ents``."""
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
              if t.type in (tokenize.NAME, tokenize.OP)]  # fmt: skip
    return [
        first.start[0]
        for first, dot, attribute in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if first.string == "doc" and dot.string == "." and attribute.string in ("text", "ents")
    ]


def test_the_finder_sees_a_direct_read(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""doc.text in a docstring"""\n# doc.ents in a comment\nx = span.doc.text\n', encoding="utf-8")
    assert _direct_reads(sample) == [3]


def test_no_pipeline_module_reads_doc_text_or_ents_directly() -> None:
    found = {
        f"{path.relative_to(SOURCE)}:{line}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path not in ALLOWED
        for line in _direct_reads(path)
    }
    assert found == set(), "read them with telex.nlp.cached.text_of / entities_of"


def test_tokens_spelled_finds_every_casing_and_only_those_words() -> None:
    import spacy

    from telex.nlp.cached import tokens_spelled

    doc = spacy.blank("en")("Giles said GILES met giles, not Gilesy, in Giles County.")
    assert [t.i for t in tokens_spelled(doc, {"giles"})] == [0, 2, 4, 10]
    assert [t.i for t in tokens_spelled(doc, {"giles", "county"})] == [0, 2, 4, 10, 11]
    assert tokens_spelled(doc, set()) == []
    assert tokens_spelled(doc, {"nobody"}) == []


def test_words_of_is_every_token_text_read_once_per_doc() -> None:
    import spacy

    from telex.entities.extract import _titled_surnames
    from telex.nlp.cached import words_of

    doc = spacy.blank("en")("Mr. Bloomberg met Ms Lee and Mrs. Ford; Bloomberg  left.\n\nDr.")
    assert words_of(doc) == [t.text for t in doc]
    assert words_of(doc) is words_of(doc)  # kept on the doc, not rebuilt
    assert words_of(spacy.blank("en")("Ford")) == ["Ford"]  # another doc, its own words
    assert _titled_surnames(doc) == {"Bloomberg", "Lee", "Ford"}  # the last "Dr." titles no one
