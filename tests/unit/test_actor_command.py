"""``telex actor`` over an analyst's files of actor names: a CSV (or tab-separated) file with a header, and a file
given where a phrase is expected."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from telex.cli import main


def _coded(stdout: str) -> list[tuple[str | None, str | None]]:
    return [(line.get("text"), line.get("code") or line.get("error")) for line in map(json.loads, stdout.splitlines())]


def test_a_csv_of_names_is_coded_a_row_each_with_its_date_and_context(tmp_path: Path) -> None:
    names = tmp_path / "actors.csv"  # as a spreadsheet saves it: a BOM, CRLF, a quoted cell, columns of its own
    names.write_bytes("\ufeffId,Name,Date,Context\r\n1,Egyptian riot police,,\r\n2,\"Hillary Clinton\",2016-05-01,\r\n"
                      "3,the police,,Riots in Nairobi.\r\n\r\n".encode())
    result = CliRunner().invoke(main, ["actor", "--input-format", "csv", str(names)])
    assert result.exit_code == 0, result.output  # csv was no input format: usage error
    assert _coded(result.stdout) == [("Egyptian riot police", "EGYCOP"), ("Hillary Clinton", "USAELI"),
                                     ("the police", "KENCOP")]


def test_a_csv_from_standard_input_tab_separated_goes_on_after_a_bad_row() -> None:
    rows = "text\tdate\nKenyan farmers\t\n\t2016-01-01\nthe Kremlin\tyesterday\nBrazilian lawmakers\t\n"
    result = CliRunner().invoke(main, ["actor", "--input-format", "csv"], input=rows)
    assert result.exit_code == 3, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("code") for line in lines] == ["KENAGR", None, None, "BRALEG"]
    assert [(line.get("file"), line.get("line")) for line in lines if "error" in line] == [("-", 3), ("-", 4)]
    assert 'no phrase in "text"' in lines[1]["error"] and "not a date" in lines[2]["error"]


@pytest.mark.parametrize(("content", "told"), [
    (b"Egyptian riot police\nKenyan farmers\n", "needs a column of phrases named text (or name, actor, phrase)"),
    (b"", "is empty; give a CSV of phrases"),
])
def test_a_csv_without_a_column_of_phrases_says_what_it_needs(tmp_path: Path, content: bytes, told: str) -> None:
    names = tmp_path / "names.csv"
    names.write_bytes(content)
    result = CliRunner().invoke(main, ["actor", "--input-format", "csv", str(names)])
    assert result.exit_code == 1 and told in result.output


@pytest.mark.parametrize(("name", "hint"), [
    ("actors.csv", "telex actor --input-format csv"),
    ("records.jsonl.gz", "telex actor --input-format jsonl"),
    ("phrases.txt", "telex actor - <"),
])
def test_a_file_given_as_a_phrase_is_refused_naming_how_to_read_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, hint: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(b"name\nKenyan farmers\n")
    result = CliRunner().invoke(main, ["actor", "Kenyan farmers", name])
    assert result.exit_code == 2, result.output  # was 0, with the file's name coded as an actor of no code
    assert f"{name!r} is a file" in result.output and hint in result.output
    absent = CliRunner().invoke(main, ["actor", "other.csv", "U.S. Army"])  # no such file: a phrase as written
    assert absent.exit_code == 0 and [line["text"] for line in map(json.loads, absent.stdout.splitlines())] == [
        "other.csv", "U.S. Army"]


def test_a_year_or_a_month_is_read_as_telex_code_actor_reads_it(tmp_path: Path) -> None:
    # telex.code_actor took "2016" and "2016-05" (their middle day); the command refused them: "not a date".
    import telex

    names = tmp_path / "actors.csv"
    names.write_text("name,date\nBoris Johnson,2016\nBoris Johnson,2016-05\nBoris Johnson,2016-08-01\n",
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["actor", "--input-format", "csv", str(names)])
    assert result.exit_code == 0, result.output
    expected = [telex.code_actor("Boris Johnson", day)["code"] for day in ("2016", "2016-05", "2016-08-01")]
    assert [code for _, code in _coded(result.stdout)] == expected
    for day in ("2016", "2016-05"):
        given = CliRunner().invoke(main, ["actor", "Boris Johnson", "--date", day])
        assert given.exit_code == 0, given.output
        assert json.loads(given.stdout)["code"] == telex.code_actor("Boris Johnson", day)["code"]
    assert CliRunner().invoke(main, ["actor", "Boris Johnson", "--date", "2016-13"]).exit_code == 2


def test_a_jsonl_record_names_its_phrase_as_a_csv_header_does() -> None:
    # A list of actors as a CSV reads with a "name" column; the same list as JSONL failed on every line ("a record
    # needs a non-empty "text" string"). A record's "text" still comes first: a line of this command's output
    # read again codes its phrase, not the name it was coded as.
    records = ('{"name": "Egyptian riot police"}\n{"actor": "Kenyan farmers", "date": "2016-05-01"}\n'
               '{"text": "the police", "name": "Kenya", "context": "Riots in Nairobi."}\n'
               '{"name": ""}\n{"date": "2016"}\n')
    result = CliRunner().invoke(main, ["actor", "--input-format", "jsonl"], input=records)
    assert result.exit_code == 3, result.output
    assert _coded(result.stdout)[:3] == [("Egyptian riot police", "EGYCOP"), ("Kenyan farmers", "KENAGR"),
                                         ("the police", "KENCOP")]
    errors = [line["error"] for line in map(json.loads, result.stdout.splitlines()) if "error" in line]
    assert errors == ['a record needs a non-empty "text" (or "name", "actor", "phrase") string'] * 2
