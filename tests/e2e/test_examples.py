"""The bundled examples end to end: golden JSON, plus the hard cases each example was written for."""

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from telex.ingest.read import articles_from
from telex.pipeline import analyze_articles
from telex.records import Analysis

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".html"))
GOLDEN = ROOT / "tests" / "cases" / "examples"
PUBLISHED = {"pyongyang_treaty": date(2024, 6, 19), "geneva_ceasefire": date(2024, 10, 15)}


def analyse(path: Path, nlp: Language) -> Analysis:
    [article] = list(articles_from(str(path), published=PUBLISHED.get(path.stem)))
    [result] = list(analyze_articles([article], nlp))
    assert isinstance(result, Analysis)
    return result


@pytest.fixture(scope="module")
def results(nlp: Language) -> dict[str, dict[str, Any]]:
    return {path.stem: analyse(path, nlp).to_dict() for path in EXAMPLES}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_golden(path: Path, results: dict[str, dict[str, Any]]) -> None:
    golden = GOLDEN / f"{path.stem}.expected.json"
    actual = results[path.stem]
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n")
    assert actual == json.loads(golden.read_text())


def entity(result: dict[str, Any], name: str) -> dict[str, Any]:
    matches = [e for e in result["entities"] if e["name"] == name]
    assert len(matches) == 1, [e["name"] for e in result["entities"]]
    return matches[0]


def test_plain_text_comes_back_unchanged(results: dict[str, dict[str, Any]]) -> None:
    for path in EXAMPLES:
        if path.suffix == ".txt":
            assert results[path.stem]["text"] == path.read_text()


def test_outlet_chain_and_stray_markup(results: dict[str, dict[str, Any]]) -> None:
    seed = results["pyongyang_treaty"]
    assert seed["source_chain"] == ["Associated Press", "BTA"]
    start = seed["text"].index("p>\n")
    assert f"stray markup masked at {start}-{start + 2}" in seed["warnings"]
    assert results["geneva_ceasefire"]["source_chain"] == ["Reuters"]
    assert results["sahel_sanctions"]["source_chain"][0] == "Agence France-Presse"


def test_html_metadata(results: dict[str, dict[str, Any]]) -> None:
    page = results["sahel_sanctions"]
    assert page["title"] == "West African bloc lifts sanctions on Niger"
    assert page["author"] == "Aminata Diallo" and page["published"] == "2024-02-25"
    assert not page["text"].startswith("West African bloc")  # the title is not repeated as body text


def test_one_entity_per_real_actor(results: dict[str, dict[str, Any]]) -> None:
    seed = results["pyongyang_treaty"]
    putin = entity(seed, "Vladimir Putin")
    assert putin["code"] == "RUSGOV"
    texts = {seed["text"][s:e] for s, e in putin["mentions"]}
    assert {"Vladimir Putin", "Putin", "Russian president"} <= texts
    assert entity(seed, "Kim Jong Un")["code"] == "PRKGOV"
    north_korea = entity(seed, "North Korea")
    assert {seed["text"][s:e] for s, e in north_korea["mentions"]} >= {"Pyongyang", "North Korea"}
    yun = entity(seed, "Yun Sun")
    assert yun["affiliation"] == "Stimson Center"
    assert {seed["text"][s:e] for s, e in yun["mentions"]} >= {"Yun Sun", "Yoon Sun"}
    geneva = results["geneva_ceasefire"]
    greene = [e for e in geneva["entities"] if e["name"] in ("Sam Greene", "Sam Green")]
    assert len(greene) == 1 and len(greene[0]["mentions"]) == 2
    assert greene[0]["affiliation"] == "International Crisis Group"


def test_heading_is_kept_out_of_the_sentence_before(results: dict[str, dict[str, Any]]) -> None:
    seed = results["pyongyang_treaty"]
    heading = seed["text"].index("ACCUSATIONS OF ARMS")
    for quote in seed["quotes"]:
        assert not (quote["start"] < heading < quote["end"])


def test_speakers_through_pronouns_and_second_spellings(results: dict[str, dict[str, Any]]) -> None:
    seed = results["pyongyang_treaty"]
    text = seed["text"]
    by_mention = {text[q["speaker"]["start"] : q["speaker"]["end"]]: q for q in seed["quotes"] if q["speaker"]}
    assert by_mention["she"]["speaker"]["name"] == "Yun Sun"
    assert by_mention["Yoon Sun"]["speaker"]["name"] == "Yun Sun"
    official = next(q for q in seed["quotes"] if q["via"] == ["Reuters"])
    assert official["speaker"]["country"] == "USA" and official["kind"] == "mixed"


def test_events_keep_history_modality_and_their_quotes(results: dict[str, dict[str, Any]]) -> None:
    seed = results["pyongyang_treaty"]
    treaty_1961 = [e for e in seed["events"] if e["date"] == "1961"]
    assert {(e["source"][0]["code"], e["target"][0]["code"]) for e in treaty_1961} == {("USR", "PRK"), ("PRK", "USR")}
    accusation = next(e for e in seed["events"] if e["cameo"] == "112")
    assert {a["code"] for a in accusation["source"]} == {"USA", "KOR"}
    assert [a["code"] for a in accusation["target"]] == ["PRK"]
    denial = next(e for e in seed["events"] if e["cameo_root"] == "12")
    assert denial["modality"] == "denied" and {a["code"] for a in denial["target"]} == {"USA", "KOR"}
    support = next(e for e in seed["events"] if e["cameo"] == "032")
    assert support["modality"] == "intended" and support["reported_by"] is not None
