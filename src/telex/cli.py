"""The ``telex`` command: each command is a few lines over the Python API.

Heavy modules (spaCy, trafilatura, DuckDB) are imported inside commands so ``telex --help`` is instant.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

import click

from telex import __version__
from telex.errors import TelexError
from telex.isodate import parse_date

if TYPE_CHECKING:
    from rich.console import Console

    from telex.records import Analysis, Failure

DEFAULT_DB = "telex.duckdb"


def _default_processes() -> int:
    from telex.parallel import default_processes

    return default_processes()


def _start_workers_early() -> None:
    """Let the worker processes' fork server import the pipeline while this process imports it too."""
    from telex.parallel import start_early

    start_early(("telex.pipeline", "telex.nlp.preload"))  # pipeline.WORKER_IMPORTS, named here: importing is slow


processes_option = click.option(
    "--processes", "-j", type=click.IntRange(min=1), default=_default_processes, show_default="one per CPU, at most 4",
    help="Worker processes analysing batches of articles; each holds its own model (about 300 MB).",
)


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _published(_: click.Context, __: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_date(value)
    except TelexError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="telex")
def main() -> None:
    """telex turns news articles into evidence-backed event data.

    It finds who said what (quotes, speakers, the outlets a statement passed through) and who did
    what to whom, when (CAMEO and PLOVER events with coded actors), entirely offline.

    \b
    Start with:  telex analyze examples/pyongyang_treaty.txt
    """


@main.command()
@click.argument("source", metavar="PATH|URL|-")
@click.option(
    "--format", "-f", "output_format", type=click.Choice(["text", "json", "jsonl"]), default="text",
    show_default=True, help="text: a readable report; json: one document; jsonl: one line per article.",
)
@click.option(
    "--input-format", type=click.Choice(["auto", "text", "html", "jsonl"]), default="auto", show_default=True,
    help="How to read SOURCE; auto looks at the file name, then at the content.",
)
@click.option("--published", callback=_published, metavar="YYYY-MM-DD",
              help="Publication date, to resolve 'on Tuesday' and office holders (default: from the page).")
@click.option("--title", help="Article title, when the input has none.")
@processes_option
def analyze(
    source: str, output_format: str, input_format: str, published: date | None, title: str | None, processes: int
) -> None:
    """Analyse one article (or a JSONL batch) and print the report.

    SOURCE is a text or HTML file, a JSONL file with one record a line
    ({"id", "text" or "html", "published", "title", "source"}), a URL, or - for standard input.
    A record of a batch that fails gives a line with "error" and the run goes on.
    """
    if processes > 1 and (input_format == "jsonl" or Path(source).suffix.lower() in (".jsonl", ".ndjson")):
        _start_workers_early()
    from telex.ingest.read import articles_from
    from telex.pipeline import analyze_articles
    from telex.records import Failure

    try:
        results = analyze_articles(articles_from(source, input_format, published, title), processes=processes)
        if output_format == "jsonl":  # streamed: a batch of any size is printed as it is analysed
            total, failed = _print_jsonl(results)
        else:
            collected = list(results)
            if len(collected) == 1 and isinstance(collected[0], Failure):
                raise click.ClickException(collected[0].error)
            _print_results(collected, output_format)
            total, failed = len(collected), sum(isinstance(r, Failure) for r in collected)
    except TelexError as exc:
        raise click.ClickException(str(exc)) from exc
    if failed:
        _console(stderr=True).print(f"[yellow]{failed} of {total} records failed[/yellow]")


def _print_jsonl(results: Iterable[Analysis | Failure]) -> tuple[int, int]:
    """Print one line per result as it comes; how many there were and how many failed."""
    from telex.records import Failure

    iterator = iter(results)
    head = list(islice(iterator, 2))
    if len(head) == 1 and isinstance(head[0], Failure):  # a single article that fails is an error
        raise click.ClickException(head[0].error)
    counts = [0, 0]
    for result in chain(head, iterator):
        counts[0] += 1
        counts[1] += isinstance(result, Failure)
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    return counts[0], counts[1]


def _print_results(results: list[Analysis | Failure], output_format: str) -> None:
    from telex.output.report import render
    from telex.records import Failure

    if output_format == "json":
        documents = [r.to_dict() for r in results]
        click.echo(json.dumps(documents[0] if len(documents) == 1 else documents, ensure_ascii=False, indent=2))
    else:
        console = _console()
        for number, result in enumerate(results):
            if number:
                console.rule()
            if isinstance(result, Failure):
                console.print(f"[red]{result.id}: {result.error}[/red]")
            else:
                render(result, console)


@main.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="DuckDB file to write; created if missing.")
@click.option("--input-format", type=click.Choice(["auto", "text", "html", "jsonl"]), default="auto",
              show_default=True, help="How to read each source.")
@click.option("--batch-size", default=64, show_default=True, help="Articles written per transaction.")
@processes_option
def ingest(sources: tuple[str, ...], db: str, input_format: str, batch_size: int, processes: int) -> None:
    """Analyse articles and store them in a DuckDB database.

    Each SOURCE is a file (text, HTML, JSONL), a folder (every .txt, .html and .jsonl file inside),
    or a URL. Re-ingesting an article id replaces it; it is never duplicated.
    """
    if processes > 1:
        _start_workers_early()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from telex.ingest.read import articles_in, count_records
    from telex.pipeline import analyze_articles
    from telex.records import Failure
    from telex.store.duckdb_store import Store

    started = time.perf_counter()
    failures: list[Failure] = []
    stored = 0
    err = _console(stderr=True)
    try:
        with Store(db) as store, Progress(
            TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("ingest", total=count_records(sources))
            batch: list[Analysis] = []
            for result in analyze_articles(articles_in(sources, input_format), processes=processes):
                progress.advance(task)
                if isinstance(result, Failure):
                    failures.append(result)
                    continue
                batch.append(result)
                if len(batch) >= batch_size:
                    stored += store.write(batch)
                    batch = []
            stored += store.write(batch)
            counts = store.counts()
    except TelexError as exc:
        raise click.ClickException(str(exc)) from exc
    seconds = time.perf_counter() - started
    for failure in failures[:20]:
        err.print(f"[red]failed[/red] {failure.id}: {failure.error}")
    if len(failures) > 20:
        err.print(f"… and {len(failures) - 20} more failures")
    click.echo(
        f"ingested {stored} article(s), {len(failures)} failed, in {seconds:.1f} s into {db}; "
        f"the database holds {counts['articles']} articles, {counts['entities']} entities, "
        f"{counts['quotes']} quotes, {counts['events']} events"
    )


@main.command()
@click.argument("article_id")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="DuckDB file written by `telex ingest`.")
@click.option("--format", "-f", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: the readable report; json: the stored analysis.")
def show(article_id: str, db: str, output_format: str) -> None:
    """Print the report of one stored article."""
    from telex.output.report import render
    from telex.records import analysis_from_dict
    from telex.store.duckdb_store import Store

    try:
        with Store(db, read_only=True) as store:
            stored = store.analysis(article_id)
    except TelexError as exc:
        raise click.ClickException(str(exc)) from exc
    if stored is None:
        raise click.ClickException(f"no article {article_id!r} in {db}; `telex ingest` stores articles")
    if output_format == "json":
        click.echo(json.dumps(stored, ensure_ascii=False, indent=2))
    else:
        render(analysis_from_dict(stored), _console())


@main.command(name="eval")
@click.option("--data", "data_dir", default="../shared/data", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder with the gold data.")
@click.option("--limit", type=int, default=None, help="Score only the first N records of each file.")
def evaluate(data_dir: Path, limit: int | None) -> None:
    """Score quotes and events against gold data with the metrics of DESIGN.md.

    Skips cleanly (exit 0) where the data folder is absent.
    """
    from telex.evaluation.run import run_all

    if not data_dir.is_dir():
        click.echo(f"no gold data at {data_dir}: evaluation skipped")
        return
    for line in run_all(data_dir, limit):
        click.echo(line)


if __name__ == "__main__":
    sys.exit(main())
