"""``telex actor``: code actor phrases on their own, one JSON line each."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TextIO

import click

from telex.errors import EXIT_SOME_FAILED, InputError, RecordError, TelexError
from telex.ingest.sniff import GZIP_ERRORS, unpacked
from telex.isodate import parse_date


def _date(_: click.Context, __: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_date(value, what="date")
    except TelexError as exc:
        raise click.BadParameter(str(exc)) from exc


def _records(name: str, stream: TextIO) -> Iterator[tuple[str, int, dict[str, Any] | RecordError]]:
    """(file, line number, record or the reason it is unusable) for every non-blank line."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield name, number, RecordError(f"not a JSON object ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield name, number, RecordError('a record needs a non-empty "text" string')
            continue
        yield name, number, record


# What a terminal is told it is expected to type, by input format.
_AWAITED = {
    "jsonl": 'records from standard input, one {"text": …} a line, then Ctrl-D (or give a file: telex actor '
             "--input-format jsonl phrases.jsonl)",
    "text": "phrases from standard input, one a line, then Ctrl-D (or give them: telex actor \"Kenyan farmers\")",
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
              help="The day the phrases were written: office holders are coded by the office held that day.")
@click.option("--context", default="", metavar="TEXT",
              help="The sentence or article the phrases come from; a country it names codes a sector-only phrase.")
@click.option("--input-format", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help='jsonl: PHRASE... are files ("-" or none: standard input) of {"text", "date", "context"} lines.')
def actor(phrases: tuple[str, ...], on: date | None, context: str, input_format: str) -> None:
    """Code actor phrases as CAMEO actors, one JSON line each: {text, name, code, country, sector}.

    \b
    Examples:
      telex actor "Egyptian riot police" "Brazilian lawmakers" "Kenyan farmers"
      telex actor "Hillary Clinton" --date 2016-05-01
      telex actor - < phrases.txt          # one phrase a line
      echo '{"text": "the police", "context": "Riots in Nairobi."}' | telex actor --input-format jsonl

    A JSONL line that cannot be used gives a line with "error" (and its file and line number) and the run
    goes on; the exit status is then 3.
    """
    from telex.actors.coder import code_actor

    if input_format == "text":
        if not phrases:
            raise click.UsageError("give at least one PHRASE, or - to read one a line from standard input "
                                   "(or --input-format jsonl to read records)")
        for phrase in _phrases(phrases):
            click.echo(json.dumps(code_actor(phrase, on, context), ensure_ascii=False))
        return
    failed = 0
    for name in phrases or ("-",):
        with _lines(name) as stream:
            for source, number, record in _records(name, stream):
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
    from telex.actors.coder import code_actor

    if isinstance(record, RecordError):
        return record
    try:
        when = parse_date(record.get("date") or None, what="date") or on
    except TelexError as exc:
        return RecordError(str(exc))
    text_context = record.get("context") or context
    if not isinstance(text_context, str):
        return RecordError('"context" must be a string')
    return code_actor(record["text"], when, text_context)
