"""Every export loads back: tables in pandas and DuckDB, GDELT as 61 tab-separated columns, graphs in networkx."""

import json
from pathlib import Path

import duckdb
import networkx as nx
import pandas as pd
import pytest

from telex.corpus.export import (
    EXPORT_FORMATS,
    GDELT_COLUMNS,
    TABLE_FORMATS,
    actor_graph,
    gdelt_rows,
    write_export,
    write_gdelt,
    write_graph,
    write_table,
)

BIG_ID = 2**62 + 5
EVENT_COLUMNS = [
    "event_id",
    "date",
    "cameo",
    "cameo_root",
    "plover",
    "quad_class",
    "goldstein",
    "modality",
    "source_code",
    "source_name",
    "source_country",
    "source_sector",
    "target_code",
    "target_name",
    "target_country",
    "target_sector",
    "num_mentions",
    "num_sources",
    "num_articles",
    "article_id",
    "url",
    "evidence",
    "added",
]
ROWS = [
    (
        101,
        "2024-06-19",
        "057",
        "05",
        "AGREE",
        1,
        8.0,
        "asserted",
        "RUSGOV",
        "Russian\tgovernment",
        "RUS",
        "GOV",
        "PRKGOV",
        "Kim Jong Un",
        "PRK",
        "GOV",
        3,
        2,
        2,
        "a1",
        "https://example.com/a1",
        "Putin and Kim signed a pact.",
        "2024-06-20",
    ),
    (
        BIG_ID,
        "1961",
        "1721",
        "17",
        None,
        4,
        -5.0,
        "asserted",
        "USA",
        "United States",
        "USA",
        None,
        "CUB",
        "Cuba",
        "CUB",
        None,
        1,
        1,
        1,
        "a2",
        None,
        "The US imposed\nan embargo.",
        "2024-06-21T08:15:00+02:00",
    ),
    (
        103,
        None,
        "111",
        "11",
        "ACCUSE",
        3,
        -2.0,
        "asserted",
        "IGOUNO",
        "United Nations",
        None,
        "IGO",
        None,
        None,
        None,
        None,
        1,
        1,
        1,
        "a3",
        'https://example.com/a 3\t"x"',
        "The UN criticised the strike.",
        "2024-06-22",
    ),
    (
        104,
        "2024-06",
        "042",
        "04",
        "CONSULT",
        1,
        1.9,
        "asserted",
        "RUSGOV",
        "Kremlin",
        "RUS",
        "GOV",
        "USA",
        "United States",
        "USA",
        None,
        2,
        1,
        1,
        "a4",
        "https://example.com/a4",
        "Moscow hosted US envoys.",
        "2024-06-23",
    ),
    (
        105,
        "2024-06-20",
        "036",
        "03",
        "AGREE",
        1,
        4.0,
        "intended",
        "RUSGOV",
        None,
        "RUS",
        "GOV",
        "PRKGOV",
        "Kim Jong Un",
        "PRK",
        "GOV",
        1,
        1,
        1,
        "a5",
        "https://example.com/a5",
        "Russia is ready to meet North Korea.",
        "2024-06-24",
    ),
]


def events() -> pd.DataFrame:
    return pd.DataFrame(ROWS, columns=EVENT_COLUMNS)


def dyads() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "period": ["2024-05", "2024-06"],
            "events": [2, 0],
            "goldstein_sum": [5.9, 0.0],
            "goldstein_mean": [2.95, None],
            "verbal_cooperation": [2, 0],
            "material_cooperation": [0, 0],
            "verbal_conflict": [0, 0],
            "material_conflict": [0, 0],
            "evidence": [["pact signed", "talks held"], []],
        }
    )


def read_gdelt(path: Path) -> pd.DataFrame:
    table = pd.read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False)
    table.columns = list(GDELT_COLUMNS)
    return table


def test_gdelt_columns_are_the_61_of_gdelt_2() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert len(set(GDELT_COLUMNS)) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    assert GDELT_COLUMNS[-3:] == ("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL")


def test_gdelt_rows_have_61_fields() -> None:
    rows = list(gdelt_rows(events()))
    assert [len(row) for row in rows] == [61] * len(ROWS)


def test_gdelt_loads_back_with_values_in_their_columns(tmp_path: Path) -> None:
    path = tmp_path / "events.tsv"
    write_gdelt(events(), path)
    assert pd.read_csv(path, sep="\t", header=None).shape == (len(ROWS), 61)
    table = read_gdelt(path)
    first, embargo, undated, month = (table.iloc[i] for i in range(4))
    assert list(table["GLOBALEVENTID"]) == ["101", str(BIG_ID), "103", "104", "105"]
    assert list(table["EventCode"]) == ["057", "1721", "111", "042", "036"]
    assert list(table["EventBaseCode"]) == ["057", "172", "111", "042", "036"]
    assert list(table["EventRootCode"]) == ["05", "17", "11", "04", "03"]
    assert list(table["QuadClass"]) == ["1", "4", "3", "1", "1"]
    assert list(table["NumArticles"]) == ["2", "1", "1", "1", "1"]
    assert list(table["IsRootEvent"]) == ["1"] * len(ROWS)
    assert (first["SQLDATE"], first["MonthYear"], first["Year"], first["FractionDate"]) == (
        "20240619",
        "202406",
        "2024",
        "2024.4630",
    )
    assert (first["Actor1Code"], first["Actor1Name"], first["Actor1CountryCode"], first["Actor1Type1Code"]) == (
        "RUSGOV",
        "Russian government",
        "RUS",
        "GOV",
    )
    assert (first["Actor2Code"], first["GoldsteinScale"], first["NumMentions"], first["NumSources"]) == (
        "PRKGOV",
        "8",
        "3",
        "2",
    )
    assert (first["DATEADDED"], first["SOURCEURL"], first["AvgTone"]) == (
        "20240620000000",
        "https://example.com/a1",
        "",
    )
    assert (embargo["SQLDATE"], embargo["MonthYear"], embargo["Year"], embargo["FractionDate"]) == (
        "19610000",
        "196100",
        "1961",
        "1961.0000",
    )
    # An article of no URL is cited by its id (GDELT's "URL or citation"): the field was empty, and a GDELT row of a
    # JSONL corpus had no way back to its article.
    assert (embargo["SOURCEURL"], embargo["DATEADDED"], embargo["Actor1Type1Code"]) == ("a2", "20240621061500", "")
    assert (month["SQLDATE"], month["MonthYear"], month["FractionDate"]) == ("20240600", "202406", "2024.4110")
    assert [undated[name] for name in ("SQLDATE", "MonthYear", "Year", "FractionDate")] == ["", "", "", ""]
    assert [undated[f"Actor2{field}"] for field in ("Code", "Name", "CountryCode", "Type1Code")] == ["", "", "", ""]
    assert undated["SOURCEURL"] == "https://example.com/a%203%09%22x%22"


def test_a_gdelt_actor_of_a_code_no_article_names_is_named_by_what_the_code_means() -> None:
    # "Russia bombed civilians in Syria": the target is coded SYRCVL with no name, and Actor2Name was empty, as for
    # an event of no target, where the actor network already labels the node "Syria: civilians".
    frame = events().assign(target_code=["PRKGOV", "SYRCVL", None, "XYZ", "USA"], target_name=None)
    names = [row[GDELT_COLUMNS.index("Actor2Name")] for row in gdelt_rows(frame)]
    assert names == ["North Korea: government", "Syria: civilians", "", "", "United States"]


def test_gdelt_malformed_date_is_an_error() -> None:
    frame = events().assign(date=["June 2024", None, None, None, None])
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        list(gdelt_rows(frame))


def _pandas(fmt: str, path: Path) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(path)
    if fmt == "parquet":
        return pd.read_parquet(path)
    return pd.read_json(path, lines=True, dtype=False)


def _duckdb(fmt: str, path: Path) -> pd.DataFrame:
    reader = {"csv": "read_csv", "parquet": "read_parquet", "jsonl": "read_json"}[fmt]
    return duckdb.sql(f"select * from {reader}('{path}')").df()


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_events_table_loads_back_in_pandas_and_duckdb(fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"events.{fmt}"
    write_export(events(), fmt, path)
    for table in (_pandas(fmt, path), _duckdb(fmt, path)):
        assert list(table.columns) == EVENT_COLUMNS
        assert [int(value) for value in table["event_id"]] == [row[0] for row in ROWS]
        assert table["source_name"].iloc[0] == "Russian\tgovernment"
        assert table["evidence"].iloc[1] == "The US imposed\nan embargo."
        assert pd.isna(table["target_code"].iloc[2])
        assert pd.isna(table["date"].iloc[2])
        assert str(table["date"].iloc[1]) == "1961"


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_dyad_table_keeps_its_lists(fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"dyads.{fmt}"
    write_export(dyads(), fmt, path)
    for table in (_pandas(fmt, path), _duckdb(fmt, path)):
        assert list(table["period"]) == ["2024-05", "2024-06"]
        evidence = table["evidence"].iloc[0]
        assert list(json.loads(evidence) if fmt == "csv" else evidence) == ["pact signed", "talks held"]


def test_jsonl_is_one_object_a_line_with_nulls(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    write_table(events(), "jsonl", path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(ROWS)
    assert records[1]["event_id"] == BIG_ID
    assert records[2]["target_code"] is None
    assert records[2]["date"] is None


def test_actor_graph_nodes_and_edges() -> None:
    graph = actor_graph(events())
    assert isinstance(graph, nx.MultiDiGraph)
    assert set(graph.nodes) == {"RUSGOV", "PRKGOV", "USA", "CUB", "IGOUNO"}
    assert graph.number_of_edges() == 4
    assert graph.nodes["RUSGOV"] == {"label": "Russian\tgovernment", "country": "RUS"}
    assert graph.nodes["IGOUNO"] == {"label": "United Nations"}
    assert graph.number_of_edges("RUSGOV", "PRKGOV") == 2
    assert graph.edges["USA", "CUB", BIG_ID] == {
        "cameo": "1721",
        "quad_class": 4,
        "goldstein": -5.0,
        "weight": 1,
        "date": "1961",
    }


def test_an_actor_code_is_labelled_by_the_name_it_is_given_most_often() -> None:
    # "USA" is the source of the embargo (named "United States") and the target of two more events; a person
    # coded as USA in the first of them must not name the node.
    frame = events()
    frame.loc[0, ["target_code", "target_name"]] = ["USA", "Freddy Trump"]
    frame.loc[4, ["target_code", "target_name"]] = ["USA", "United States"]
    frame = pd.concat([frame.iloc[[0]], frame.drop(index=0)])
    assert actor_graph(frame).nodes["USA"]["label"] == "United States"
    assert actor_graph(events()).nodes["RUSGOV"]["label"] == "Russian\tgovernment"  # among equals, the first


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("FRALAB", "France: labour"),
        ("FRAAGR", "France: agriculture"),
        ("USAGOVMIL", "United States: government / military"),
        ("FRA", "France"),
        ("COP", "police"),
        ("IGOWTO", "intergovernmental organisation / WTO"),
        ("XYZQQQ", "XYZQQQ"),  # nothing known: the code itself
    ],
)
def test_an_actor_code_no_name_labels_is_labelled_by_what_it_means(code: str, label: str) -> None:
    # A network's FRALAB and FRAAGR nodes were labelled "FRALAB" and "FRAAGR": codes a reader has to look up.
    frame = events()
    frame.loc[4, ["source_code", "source_name"]] = [code, None]
    assert actor_graph(frame).nodes[code]["label"] == label


def test_graphml_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "actors.graphml"
    write_graph(events(), "graphml", path)
    graph = nx.read_graphml(path)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (5, 4)
    assert graph.nodes["CUB"] == {"label": "Cuba", "country": "CUB"}
    assert graph.edges["RUSGOV", "PRKGOV", 101] == {
        "cameo": "057",
        "quad_class": 1,
        "goldstein": 8.0,
        "weight": 3,
        "date": "2024-06-19",
    }


def test_gexf_is_dynamic_with_a_day_per_edge(tmp_path: Path) -> None:
    path = tmp_path / "actors.gexf"
    write_export(events(), "gexf", path)
    graph = nx.read_gexf(path)
    assert graph.graph["mode"] == "dynamic"
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (5, 4)
    starts = {key: data["start"] for _, _, key, data in graph.edges(keys=True, data=True)}
    ends = {key: data["end"] for _, _, key, data in graph.edges(keys=True, data=True)}
    assert starts == {101: "2024-06-19", BIG_ID: "1961-01-01", 104: "2024-06-01", 105: "2024-06-20"}
    assert ends == starts
    assert graph.nodes["RUSGOV"]["label"] == "Russian\tgovernment"


def test_gexf_undated_edge_has_no_interval(tmp_path: Path) -> None:
    path = tmp_path / "actors.gexf"
    write_graph(events().assign(date=[None, "1961", None, "2024-06", None]), "gexf", path)
    graph = nx.read_gexf(path)
    assert "start" not in graph.edges["RUSGOV", "PRKGOV", 101]
    assert graph.edges["USA", "CUB", BIG_ID]["start"] == "1961-01-01"


@pytest.mark.parametrize("fmt", ["gdelt", "graphml", "gexf"])
def test_event_formats_refuse_a_dyad_frame(fmt: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="needs the events frame"):
        write_export(dyads(), fmt, tmp_path / "dyads.out")


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="choose one of csv, parquet, jsonl, gdelt, graphml, gexf"):
        write_export(events(), "xlsx", tmp_path / "events.xlsx")
    assert EXPORT_FORMATS == ("csv", "parquet", "jsonl", "gdelt", "graphml", "gexf")


def test_a_parquet_column_of_nulls_keeps_its_type(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    import telex
    from tests.unit.fixtures import stored_sample

    db = stored_sample(tmp_path / "news.duckdb")  # articles of no url or author
    with telex.open(db) as corpus:
        corpus.export("articles", "parquet", tmp_path / "articles.parquet")
        corpus.export("events", "parquet", tmp_path / "events.parquet")
    articles = pq.read_schema(tmp_path / "articles.parquet")
    assert str(articles.field("url").type) == str(articles.field("title").type) == "large_string"  # was null
    assert str(articles.field("author").type) == "large_string"
    events = pq.read_schema(tmp_path / "events.parquet")
    assert str(events.field("url").type) == "large_string"
    assert str(events.field("source_codes").type).startswith("list<")
    assert all(str(field.type) != "null" for schema in (articles, events) for field in schema)


def test_events_added_is_a_timestamp_in_frames_parquet_and_json(tmp_path: Path) -> None:
    """``counted_events`` keeps ``added`` as text: readers get it typed (ux50 found a Parquet export of text), and
    the command's JSON and the server's rows keep writing it as before ("2026-12-07 22:09:59")."""
    import pyarrow.parquet as pq

    import telex
    from telex.corpus.tabular import frame_records
    from tests.unit.fixtures import stored_sample

    db = stored_sample(tmp_path / "news.duckdb")
    with telex.open(db) as corpus:
        frame = corpus.events()
        corpus.export("events", "parquet", tmp_path / "events.parquet")
        served = json.loads(corpus.json_rows("events")[0])["added"]
    assert str(frame["added"].dtype).startswith("datetime64")
    assert str(pq.read_schema(tmp_path / "events.parquet").field("added").type) == "timestamp[us]"
    assert served == frame_records(frame)[0]["added"]
    assert len(served) == 19 and served[10] == " "
