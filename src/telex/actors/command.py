"""``telex actor``: code actor phrases on their own, one JSON line each."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click

from telex.errors import EXIT_SOME_FAILED, InputError, RecordError, TelexError
from telex.ingest.delimited import RowBreak, read_table
from telex.ingest.sniff import GZIP_ERRORS, NAMED_FORMATS, suffix_of, unpacked

# A record of a file of phrases: its file, its line number, and the record or the reason it is unusable.
Place = tuple[str, int, dict[str, Any] | RecordError]


def _date(_: click.Context, __: click.Parameter, value: str | None) -> date | None:
    from telex.actors.coder import actor_date

    try:
        return actor_date(value)
    except TelexError as exc:
        raise click.BadParameter(str(exc)) from exc


# The field of a record, or the column of a CSV, that holds the phrases: "text", else the names a list of actors
# gives it. A JSONL record and a CSV row name it alike: {"name": "Kenyan farmers"} is a CSV of names turned JSONL.
_PHRASE_COLUMNS = ("text", "name", "actor", "phrase")


def _records(name: str, stream: TextIO) -> Iterator[Place]:
    """(file, line number, record or the reason it is unusable) for every non-blank line; the record's phrase is
    its "text", else the first of "name", "actor", "phrase" it has, as a CSV's header names its phrase column."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield name, number, RecordError(f"not a JSON object ({exc.msg})")
            continue
        phrase = _phrase(record) if isinstance(record, dict) else None
        if not isinstance(phrase, str) or not phrase.strip():
            yield name, number, RecordError('a record needs a non-empty "text" (or "name", "actor", "phrase") string')
            continue
        yield name, number, {**record, "text": phrase}


def _phrase(record: dict[str, Any]) -> object:
    """The value of a record's first phrase field (``{"name": "Kenyan farmers"}``: "Kenyan farmers"), or None."""
    return next((record[field] for field in _PHRASE_COLUMNS if field in record), None)


def _csv_records(name: str, data: bytes) -> Iterator[Place]:
    """(file, line number, record or the reason it is unusable) for every row of a CSV or tab-separated file whose
    header names its phrase column (text, name, actor or phrase, any case) and perhaps date and context; other
    columns are left out, blank rows skipped. A file that breaks off as CSV gives the rows before and says where."""
    if not data.strip():
        raise InputError(f"{name} is empty; give a CSV of phrases, its header first (text,date,context)")
    table = read_table(data, name)
    column = next((column for column in _PHRASE_COLUMNS if column in table.header), None)
    if column is None:
        shown = ", ".join(table.header[:8]) or "none"
        raise InputError(f"{name} is CSV with the columns {shown}; it needs a column of phrases named text (or name, "
                         "actor, phrase), and may have date and context (a file of one phrase a line and no header: "
                         "telex actor - < FILE)")
    for place in table.rows:
        if isinstance(place, RowBreak):
            yield name, place.line, RecordError(f"the file breaks off as CSV here ({place.reason}); the rows before "
                                                "were read")
            continue
        line, row = place
        cells = {field: value.strip() for field, value in zip(table.header, row, strict=False)}
        if any(cells.values()):
            record = {"text": cells.get(column, ""), "date": cells.get("date"), "context": cells.get("context")}
            yield name, line, record if record["text"] else RecordError(f'the row has no phrase in "{column}"')


# What a terminal is told it is expected to type, by input format.
_AWAITED = {
    "jsonl": 'records from standard input, one {"text": …} a line, then Ctrl-D (or give a file: telex actor '
             "--input-format jsonl phrases.jsonl)",
    "text": "phrases from standard input, one a line, then Ctrl-D (or give them: telex actor \"Kenyan farmers\")",
    "csv": "a CSV from standard input, its header first (text,date,context), then Ctrl-D (or give a file: telex actor "
           "--input-format csv actors.csv)",
}


@contextmanager
def _lines(name: str, awaited: str = _AWAITED["jsonl"]) -> Iterator[TextIO]:
    """The lines of a file, gunzipped if gzip (``records.jsonl.gz``, as `ingest` reads them), or of standard input;
    bytes that are not UTF-8 become U+FFFD, so the line they are on fails as a record instead of the run. A
    byte-order mark (files saved by Windows editors) is no character."""
    if name == "-":
        if sys.stdin.isatty():  # a terminal waits for lines to be typed: say so, rather than seem to hang
            click.echo(f"telex: reading {awaited}", err=True)
        text = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="replace")
        try:
            yield text
        finally:
            text.detach()  # standard input stays open for whoever reads it next
        return
    try:
        raw = open(name, "rb")  # noqa: SIM115 (closed below, after the reader over it)
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from exc
    with raw:
        try:
            stream, _ = unpacked(raw)
            yield io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace")
        except GZIP_ERRORS as exc:
            raise InputError(f"{name} is not a complete gzip file ({exc}); compress or download it again") from exc


@click.command(name="actor")
@click.argument("phrases", nargs=-1, metavar="PHRASE...")
@click.option("--date", "on", callback=_date, metavar="YYYY-MM-DD",
              help="The day the phrases were written: office holders are coded by the office held that day (a "
                   "month, YYYY-MM, or a year, YYYY, stands for its middle day, as in a record's date).")
@click.option("--context", default="", metavar="TEXT",
              help="The sentence or article the phrases come from; a country it names codes a sector-only phrase.")
@click.option("--input-format", type=click.Choice(["text", "jsonl", "csv"]), default="text", show_default=True,
              help='jsonl, csv: PHRASE... are files ("-" or none: standard input) of {"text" (or "name", "actor", '
                   '"phrase"), "date", "context"} lines, or of CSV (or tab-separated) rows whose header names a '
                   "column text (or name, actor, phrase) and perhaps date and context.")
def actor(phrases: tuple[str, ...], on: date | None, context: str, input_format: str) -> None:
    """Code actor phrases as CAMEO actors, one JSON line each: {text, name, code, country, sector}.

    \b
    Examples:
      telex actor "Egyptian riot police" "Brazilian lawmakers" "Kenyan farmers"
      telex actor "Hillary Clinton" --date 2016-05-01
      telex actor - < phrases.txt          # one phrase a line
      telex actor --input-format csv actors.csv   # a header: name (or text),date,context
      echo '{"text": "the police", "context": "Riots in Nairobi."}' | telex actor --input-format jsonl

    A line or row that cannot be used gives a line with "error" (and its file and line number) and the run
    goes on; the exit status is then 3.
    """
    from telex.actors.coder import code_actor

    if input_format == "text":
        if not phrases:
            raise click.UsageError("give at least one PHRASE, or - to read one a line from standard input "
                                   "(or --input-format jsonl or csv to read records)")
        _refuse_files(phrases)
        for phrase in _phrases(phrases):
            click.echo(json.dumps(code_actor(phrase, on, context), ensure_ascii=False))
        return
    failed = 0
    for name in phrases or ("-",):
        for source, number, record in _file_records(name, input_format):
            result = _code_record(record, on, context)
            if isinstance(result, RecordError):
                failed += 1
                where = "standard input" if source == "-" else source
                click.echo(f"{where} line {number}: {result}", err=True)
                click.echo(json.dumps({"file": source, "line": number, "error": str(result)}, ensure_ascii=False))
            else:
                click.echo(json.dumps(result, ensure_ascii=False))
    if failed:
        sys.exit(EXIT_SOME_FAILED)


def _file_records(name: str, input_format: str) -> Iterator[Place]:
    """The records of one file (or ``-``, standard input), JSONL or CSV, each with its file and line number."""
    with _lines(name, _AWAITED[input_format]) as stream:
        if input_format == "jsonl":
            yield from _records(name, stream)
        else:  # decoded as `telex analyze texts.csv` decodes it: UTF-16 and Windows-1252 too
            yield from _csv_records(name, stream.buffer.read())


# How to code the phrases of a file given as a PHRASE, by the format its name says.
_FILE_HINTS = {"csv": "telex actor --input-format csv {0}", "jsonl": "telex actor --input-format jsonl {0}",
               "text": "telex actor - < {0} (one phrase a line)"}


def _refuse_files(phrases: Iterable[str]) -> None:
    """Refuse a PHRASE that names a file of phrases (``actors.csv``): coded as written, it was an actor of no code,
    exit 0, and the file's rows were never read. No actor's name ends in such a suffix."""
    for phrase in phrases:
        hint = _FILE_HINTS.get(NAMED_FORMATS.get(suffix_of(phrase), ""))
        if hint and Path(phrase).is_file():
            raise click.UsageError(f"{phrase!r} is a file, and a PHRASE is coded as written; to code what the file "
                                   f"holds: {hint.format(phrase)}")


def _phrases(given: Iterable[str]) -> Iterator[str]:
    """The phrases given, ``-`` standing for those of standard input, one a line (blank lines skipped), as ``-``
    stands for standard input in every telex command: it was coded as the phrase "-"."""
    for phrase in given:
        if phrase != "-":
            yield phrase
            continue
        with _lines("-", _AWAITED["text"]) as stream:
            yield from (line.strip() for line in stream if line.strip())


def _code_record(
    record: dict[str, Any] | RecordError, on: date | None, context: str
) -> dict[str, str | None] | RecordError:
    from telex.actors.coder import actor_date, code_actor

    if isinstance(record, RecordError):
        return record
    try:
        when = actor_date(record.get("date") or None) or on
    except TelexError as exc:
        return RecordError(str(exc))
    text_context = record.get("context") or context
    if not isinstance(text_context, str):
        return RecordError('"context" must be a string')
    return code_actor(record["text"], when, text_context)
