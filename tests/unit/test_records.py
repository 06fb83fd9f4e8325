"""The output contract: every field of DESIGN.md present, and a stored result rebuilds exactly."""

from telex.records import analysis_from_dict
from tests.unit.fixtures import sample_analysis

TOP = {"id", "title", "published", "language", "source_chain", "text", "warnings", "entities", "quotes",
       "events", "numbers"}
ENTITY = {"id", "name", "type", "code", "country", "affiliation", "mentions"}
QUOTE = {"id", "kind", "text", "start", "end", "cue", "speaker", "via", "sentence"}
SPEAKER = {"text", "start", "end", "name", "entity_id", "affiliation", "country"}
EVENT = {"id", "cameo", "cameo_root", "plover", "plover_mode", "quad_class", "goldstein", "source", "target",
         "modality", "reported_by", "date", "date_text", "trigger", "sentence", "confidence"}
ACTOR = {"text", "name", "code", "country", "sector", "entity_id"}


def test_to_dict_has_every_contract_field() -> None:
    data = sample_analysis().to_dict()
    assert data.keys() >= TOP
    assert data["entities"][0].keys() >= ENTITY
    assert data["quotes"][0].keys() >= QUOTE
    assert data["quotes"][0]["speaker"].keys() >= SPEAKER
    assert data["events"][0].keys() >= EVENT
    assert data["events"][0]["source"][0].keys() >= ACTOR
    assert data["published"] == "2024-06-19"
    assert data["entities"][0]["mentions"] == [[0, 5], [49, 54]]
    assert data["numbers"][0]["value"] == 2


def test_round_trip() -> None:
    analysis = sample_analysis()
    assert analysis_from_dict(analysis.to_dict()) == analysis
