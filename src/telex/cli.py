"""The ``telex`` command: each command is a few lines over the Python API.

Heavy modules (spaCy, trafilatura, DuckDB) are imported inside commands so ``telex --help`` is instant.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from telex import __version__
from telex.corpus import ACTOR_RANKS, DEFAULT_DB
from telex.errors import EXIT_SOME_FAILED, InternalError, TelexError
from telex.ingest.sniff import INPUT_FORMATS
from telex.isodate import check_bounds, parse_bound
from telex.records import MODALITIES, Article, Failure

if TYPE_CHECKING:
    import pandas as pd
    from rich.console import Console

    from telex.corpus.ingest import IngestReport
    from telex.corpus.query import Corpus
    from telex.records import Analysis


def _default_processes() -> int:
    from telex.parallel import default_processes

    return default_processes()


def _start_workers_early() -> None:
    """Let the worker processes' fork server import the pipeline while this process imports it too."""
    from telex.parallel import start_early

    start_early(("telex.pipeline", "telex.nlp.preload"))  # pipeline.WORKER_IMPORTS, named here: importing is slow


time_limit_option = click.option(
    "--time-limit",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    metavar="SECONDS",
    help="Stop analysing an article after this long and report it as failed (0: no limit).",
)

quote_scheme_option = click.option(
    "--quote-scheme",
    type=click.Choice(["speech", "attribution"]),
    default="speech",
    show_default=True,
    help="speech: statements made (spoken, written, posted, issued) in the article's body; attribution: also "
    "beliefs, knowledge, documents and data as sources, and the headline's quotes, the way PolNeAR annotates. "
    "Each quote's `class` says which it is, its `headline` whether it stands in the headline.",
)

input_format_option = click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="How to read each SOURCE; auto looks at the file name, then at the content.",
)

allow_private_option = click.option(
    "--allow-private",
    is_flag=True,
    help="Let URL sources reach loopback, private and link-local addresses (refused by default).",
)

processes_option = click.option(
    "--processes",
    "-j",
    type=click.IntRange(min=1),
    default=_default_processes,
    show_default="one per CPU, at most 4",
    help="Worker processes analysing batches of articles; each holds its own model (about 300 MB).",
)


def _error(problem: str | Exception) -> click.ClickException:
    """A one-line error for the user with the exit status of its kind (errors.py); control characters of
    ids and file names are shown, not obeyed."""
    from telex.output.terminal import printable

    error = click.ClickException(printable(str(problem)))
    error.exit_code = problem.exit_code if isinstance(problem, TelexError) else 1  # type: ignore[misc]
    return error


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    class _Piped(Console):
        def on_broken_pipe(self) -> None:  # rich exits with status 1; telex ends as for any output (_reader_gone)
            self.quiet = True
            raise BrokenPipeError

    return _Piped(stderr=stderr, highlight=False)


def _published(_: click.Context, __: click.Parameter, value: str | None) -> date | None:
    """``--published`` read as ``telex.analyze(published=…)`` and a JSONL record's date are ("19 June 2024")."""
    from telex.ingest.fields import given_date

    try:
        return given_date(value)
    except TelexError as exc:
        raise click.BadParameter(str(exc)) from exc


class _Telex(click.Group):
    """The command group: whatever goes wrong ends in one line and a documented exit status, never a
    traceback (an internal error shows its traceback with ``telex -v``)."""

    def invoke(self, ctx: click.Context) -> object:
        signal.signal(signal.SIGTERM, _terminate)  # clean up (workers, temporary files) as on Ctrl-C
        try:
            return self._invoke(ctx)
        except (KeyboardInterrupt, _Terminated) as exc:
            raise _interrupted(exc, ctx.invoked_subcommand) from exc
        except click.NoSuchOption as exc:
            command = ctx.invoked_subcommand
            if exc.option_name in ("-v", "--verbose"):  # telex's own option, given after a command that has none
                raise click.NoSuchOption(
                    exc.option_name,
                    f"No such option {exc.option_name!r} for {command}: it is "
                    f"telex's own option; give it before the command (telex -v {command} …)",
                    ctx=exc.ctx,
                ) from exc
            raise
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except BrokenPipeError as exc:
            raise _reader_gone() from exc
        except TelexError as exc:
            raise _error(exc) from exc
        except OSError as exc:
            from telex.errors import store_error

            problem = store_error("cannot go on", exc) if exc.errno in (errno.ENOSPC, errno.EROFS) else exc
            raise _error(f"{problem if problem is not exc else _os_message(exc)}") from exc
        except Exception as exc:
            if ctx.find_root().params.get("verbose"):
                traceback.print_exc()
            error = _error(
                f"internal error: {exc!r}; this is a bug in telex, please report it "
                "(run with `telex -v …` to see where it happened)"
            )
            error.exit_code = InternalError.exit_code  # type: ignore[misc]
            raise error from exc

    def _invoke(self, ctx: click.Context) -> object:
        """The command, a Ctrl-C that DuckDB took during a query raised as the interruption it was."""
        try:
            return super().invoke(ctx)
        except Exception as exc:
            stopped = _stopped_in_a_query(exc)
            if stopped is None:
                raise
            raise stopped from exc


def _stopped_in_a_query(exc: BaseException) -> KeyboardInterrupt | _Terminated | None:
    """The Ctrl-C or SIGTERM that stopped the DuckDB query that raised ``exc``, or None when none did. DuckDB takes
    the exception a signal raises during a query for its own and raises ``RuntimeError('Query interrupted')`` (or its
    ``InterruptException``) from it instead: a Ctrl-C while `ingest` wrote or `list` read was an "internal error",
    exit 5, and a SIGTERM exited as a Ctrl-C (130, not 143)."""
    import duckdb

    interrupted = isinstance(exc, RuntimeError) and str(exc) == "Query interrupted"
    if not interrupted and not isinstance(exc, duckdb.InterruptException):
        return None
    cause = exc.__cause__ or exc.__context__
    return cause if isinstance(cause, KeyboardInterrupt | _Terminated) else KeyboardInterrupt()


def _os_message(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    return f"cannot go on:{where} {exc.strerror or exc}"


def _reader_gone() -> click.exceptions.Exit:
    """The reader of the output went away (``telex analyze … | head``): stop without a word, as other commands
    of a pipe do, with the status of SIGPIPE; what is still buffered goes nowhere instead of failing at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return click.exceptions.Exit(128 + signal.SIGPIPE)


class _Terminated(SystemExit):
    """SIGTERM: the run stops as on Ctrl-C, its workers and temporary files cleaned up on the way out."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated(128 + signum)


# What an interrupted command leaves, for the line it ends with.
_KEPT_WHEN_INTERRUPTED = {
    "analyze": "what was printed before is complete, one article at a time",
    "ingest": "the articles analysed before are stored; the same command with --skip-existing goes on from there "
    "(and updates the search index and the corpus-wide columns)",
    "serve": "the server stopped after the requests in progress; every article it stored is kept",
}


def _interrupted(exc: KeyboardInterrupt | _Terminated, command: str | None) -> click.ClickException:
    """The line and exit status (128 + the signal: 130 for Ctrl-C, 143 for SIGTERM) of an interrupted run."""
    kept = _KEPT_WHEN_INTERRUPTED.get(command or "")
    error = click.ClickException("interrupted" + (f"; {kept}" if kept else ""))
    error.exit_code = 128 + (signal.SIGTERM if isinstance(exc, _Terminated) else signal.SIGINT)  # type: ignore[misc]
    return error


@click.group(cls=_Telex, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="telex")
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="Show the traceback of an internal error, and the log of a task that fails on a local:N worker.",
)
def main(verbose: bool) -> None:
    """telex turns news articles into evidence-backed event data.

    It finds who said what (quotes, speakers, the outlets a statement passed through) and who did
    what to whom, when (CAMEO and PLOVER events with coded actors), entirely offline.

    \b
    Start with:  telex analyze examples/pyongyang_treaty.txt

    \b
    Exit status: 0 done; 1 bad input or nothing could be done (every record
    failed); 2 bad usage; 3 some records failed (the others were done);
    4 the database cannot be used (damaged, locked, full, read-only);
    5 an internal error (a bug; telex -v shows where);
    130 interrupted by Ctrl-C, 143 by SIGTERM (what was done before is kept);
    141 the reader of the output went away (telex … | head), without a word.
    """


@main.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(["text", "json", "jsonl"]),
    default=None,
    help="text: a readable report; json: one document; jsonl: one line per article "
    "[default: text for one article, jsonl for several files, a folder or a batch (JSONL, JSON, WARC, a feed)].",
)
@input_format_option
@click.option(
    "--published",
    callback=_published,
    metavar="YYYY-MM-DD",
    help="Publication date of a single SOURCE's article (of its records that give none, for JSONL, "
    "WARC or a feed), to resolve 'on Tuesday' and office holders (default: from the page).",
)
@click.option("--title", help="Title of the article of a single text or HTML SOURCE, when it has none.")
@quote_scheme_option
@time_limit_option
@allow_private_option
@processes_option
@click.option("--quiet", "-q", is_flag=True, help="Show no progress, only errors, on stderr.")
def analyze(
    sources: tuple[str, ...],
    output_format: str | None,
    input_format: str,
    published: date | None,
    title: str | None,
    quote_scheme: str,
    time_limit: float,
    allow_private: bool,
    processes: int,
    quiet: bool,
) -> None:
    """Analyse articles and print the result; nothing is stored.

    Each SOURCE is a text or HTML file (either may be .gz), a JSONL file with one record a line
    ({"id", "text" or "html", "published", "title", "source", "author", "url"}), a JSON array of such
    records, a CSV or TSV file whose header names such fields (one record a row), a WARC archive,
    an RSS or Atom feed (one article per item, from the text the feed carries), a folder of such
    files (JSON and CSV aside), a URL, or - for standard input. A record of a
    batch that fails gives a line with "error" and the run goes on. While a batch is written to a
    file or a pipe, progress goes to stderr.
    """
    from telex.ingest.sniff import holds_batch

    _say_stdin_awaited(sources)
    single = len(sources) == 1 and not Path(sources[0]).is_dir()
    batch = not single or holds_batch(sources[0], input_format)
    if published is not None and not single:
        raise click.UsageError(
            '--published dates the articles of one SOURCE; with several, give each JSONL record its own "published"'
        )
    if title is not None and batch:
        raise click.UsageError('--title names a single article; a batch gives each JSONL record its own "title"')
    if output_format is None:
        output_format = "jsonl" if batch else "text"
    if processes > 1 and batch:
        _start_workers_early()
    from telex.ingest.read import articles_from, articles_in, count_records
    from telex.pipeline import analyze_articles

    if not quiet:
        _say_passed_over(sources)
    shown = batch and not quiet and _output_elsewhere()
    progress = _Progress(
        _console(stderr=True), count_records(sources, input_format) if shown else None, "analysing", quiet=not shown
    )
    try:
        with progress:
            records = (
                articles_from(sources[0], input_format, published, title, allow_private=allow_private)
                if single
                else articles_in(sources, input_format, allow_private=allow_private)
            )
            ids: Counter[str] = Counter()
            results = analyze_articles(
                _counted(records, ids),
                processes=processes,
                time_limit=time_limit or None,
                quote_scheme=quote_scheme,
            )
            total, failed = _print_results(results, output_format, progress.advance)  # printed as analysed
    except TelexError as exc:
        raise _error(exc) from exc
    _say_repeated_ids(ids)
    if failed:
        _console(stderr=True).print(f"[yellow]{failed} of {total} records failed[/yellow]")
        sys.exit(1 if failed == total else EXIT_SOME_FAILED)  # none done is "nothing could be done", not "some"


def _counted(records: Iterable[Article | Failure], ids: Counter[str]) -> Iterator[Article | Failure]:
    """``records`` as they come, counting each article's id in ``ids``."""
    for record in records:
        if not isinstance(record, Failure):
            ids[record.id] += 1
        yield record


def _say_repeated_ids(ids: Counter[str]) -> None:
    """Name on stderr the ids given to more than one article of a run: each is printed, but a reader joining the
    output on ``id`` takes them for one (``telex ingest`` keeps the first and fails the others)."""
    repeated = [f"{name!r} ({count})" for name, count in ids.items() if count > 1]
    if repeated:
        click.echo(
            f"telex: {len(repeated)} id(s) given to more than one article: {', '.join(repeated[:5])}"
            f"{', …' if len(repeated) > 5 else ''}; each is printed, but a reader joining on id takes them "
            "for one (telex ingest keeps the first)",
            err=True,
        )


def _say_stdin_awaited(sources: Iterable[str]) -> None:
    """A ``-`` typed at a terminal waits for the article to be typed: say so, rather than seem to hang."""
    if "-" in sources and sys.stdin is not None and sys.stdin.isatty():
        click.echo(
            "telex: reading standard input: paste or type the article, then Ctrl-D on a line of its own "
            "(or give a file: telex analyze story.txt)",
            err=True,
        )


def _say_passed_over(sources: Iterable[str]) -> None:
    """Name on stderr, in one line per folder, the files of a folder SOURCE that are not read (a PDF, an image, a
    CSV beside the pages): they were passed over without a word, and a user counting articles found fewer."""
    from telex.ingest.read import nothing_to_read, passed_over
    from telex.ingest.sniff import NAMED_FORMATS, SUFFIX_FORMATS, suffix_of
    from telex.output.terminal import printable

    for source in sources:
        files = passed_over(source)
        if not files or nothing_to_read([source]) is not None:  # a folder of no article file fails, saying so
            continue
        named = ", ".join(files[:3]) + (", …" if len(files) > 3 else "")
        alone = any(suffix_of(file) in set(NAMED_FORMATS) - set(SUFFIX_FORMATS) for file in files)
        click.echo(
            printable(
                f"telex: passed over {len(files)} file(s) of {source} that are no text, HTML, JSONL, "
                f"WARC or feed file: {named}"
                + ("; a CSV, TSV or JSON file is read when named on its own" if alone else "")
            ),
            err=True,
        )


def _output_elsewhere() -> bool:
    """Whether what telex prints goes to a file or a pipe that is not where stderr goes, so progress on
    stderr is seen and never mixed into the output."""
    try:
        return not sys.stdout.isatty() and not os.path.sameopenfile(sys.stdout.fileno(), sys.stderr.fileno())
    except (OSError, ValueError):  # a stream with no file behind it (a test runner's): not the same file
        return not sys.stdout.isatty()


def _print_results(
    results: Iterable[Analysis | Failure], output_format: str, done: Callable[[int], None] | None = None
) -> tuple[int, int]:
    """Print each result as it comes, in the chosen format, calling ``done(1)`` after each; how many there
    were and how many failed.

    A single article that fails is an error. JSON is one document for one article, else a list written
    element by element, so no format holds a whole batch in memory.
    """
    from rich.text import Text

    from telex.output.report import render
    from telex.output.terminal import printable

    iterator = iter(results)
    head = list(islice(iterator, 2))
    if len(head) == 1 and isinstance(head[0], Failure):
        raise _error(head[0].error)
    total = failed = 0
    console = _console()
    if output_format == "json" and len(head) > 1:
        click.echo("[")
    for result in chain(head, iterator):
        failed += isinstance(result, Failure)
        if output_format == "jsonl":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        elif output_format == "json":
            document = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
            click.echo(("," if total else "") + (document if len(head) == 1 else _indented(document)))
        else:
            if total:
                console.rule()
            if isinstance(result, Failure):
                console.print(Text(printable(f"{result.id}: {result.error}"), style="red"))
            else:
                render(result, console)
        total += 1
        if done is not None:
            done(1)
    if output_format == "json" and len(head) > 1:
        click.echo("]")
    return total, failed


def _indented(document: str) -> str:
    return "\n".join("  " + line for line in document.splitlines())


@main.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--db",
    default=None,
    type=click.Path(dir_okay=False),
    help=f"DuckDB file to write; created if missing, with its folders [default: {DEFAULT_DB}, none when only "
    "--out is given].",
)
@click.option(
    "--out",
    metavar="DIR",
    help="Also write a Parquet dataset here, or only there without --db: a folder or an fsspec URL "
    "every Dask worker reaches. Tables articles, entities, quotes, events partitioned by "
    "publication month; `telex dyad … --db DIR` and the other corpus commands read it.",
)
@click.option(
    "--scheduler",
    metavar="local:N|tcp://HOST:PORT",
    help="Analyse on Dask: local:N starts N worker processes here, tcp://HOST:PORT joins a running "
    "cluster (docs/scale-out.md); -j is then unused.",
)
@click.option(
    "--partition-size",
    default=32,
    show_default=True,
    type=click.IntRange(min=1),
    help="Articles per Dask task (with --scheduler).",
)
@quote_scheme_option
@time_limit_option
@allow_private_option
@input_format_option
@click.option(
    "--batch-size", default=64, show_default=True, type=click.IntRange(min=1), help="Articles written per transaction."
)
@click.option(
    "--skip-existing", is_flag=True, help="Do not analyse again an article stored with the same id and the same text."
)
@click.option(
    "--no-dedup", is_flag=True, help="Analyse every article, even an exact or near copy of one already analysed."
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--verbose", "-v", is_flag=True, help="List every failed record, not only the first 20.")
@processes_option
def ingest(
    sources: tuple[str, ...],
    db: str | None,
    out: str | None,
    scheduler: str | None,
    partition_size: int,
    quote_scheme: str,
    time_limit: float,
    allow_private: bool,
    input_format: str,
    batch_size: int,
    skip_existing: bool,
    no_dedup: bool,
    quiet: bool,
    verbose: bool,
    processes: int,
) -> None:
    """Analyse articles and store them in a DuckDB database and/or a Parquet dataset.

    Each SOURCE is a file (text, HTML, JSONL, JSON, CSV, an RSS or Atom feed, any of them .gz, or a WARC archive),
    a folder (every such file inside but JSON and CSV, ids relative to the folder), a URL, or - for standard input.
    Re-ingesting an article id replaces it; it is never duplicated. Wire copies (exact or near, e.g. with
    a dateline added or the tail cut) join the cluster of their original and reuse its analysis instead
    of being parsed again.

    \b
    Exit status: 0 all stored; 3 some records failed (the rest are stored);
    1 nothing could be done (unreadable source, every record failed,
    unreachable scheduler); 2 bad usage;
    4 the database cannot be used (damaged, locked, full, read-only).
    """
    if db is None and out is None:
        db = DEFAULT_DB
    if processes > 1 and scheduler is None:
        _start_workers_early()
    from telex.corpus.ingest import ingest as run_ingest
    from telex.errors import InputError
    from telex.ingest.read import count_records, nothing_to_read

    unreadable = nothing_to_read(sources)
    if unreadable is not None:  # nothing can be done: no database is made for it (`telex ingest typo.txt`)
        raise _error(unreadable)
    _say_stdin_awaited(sources)
    if not quiet:
        _say_passed_over(sources)
    err = _console(stderr=True)
    progress = _Progress(err, count_records(sources, input_format), "ingesting", quiet)
    try:
        with progress:
            report = run_ingest(
                sources,
                db,
                input_format=input_format,
                processes=processes,
                batch_size=batch_size,
                skip_existing=skip_existing,
                dedup=not no_dedup,
                progress=progress.advance,
                notify=None if quiet else lambda message: err.print(message, markup=False, soft_wrap=True),
                out=out,
                scheduler=scheduler,
                partition_size=partition_size,
                quote_scheme=quote_scheme,
                time_limit=time_limit or None,
                allow_private=allow_private,
                worker_logs=bool(click.get_current_context().find_root().params.get("verbose")),
            )
    except InputError as exc:
        if scheduler is not None and str(exc).startswith("--scheduler"):
            raise click.BadParameter(str(exc).removeprefix("--scheduler "), param_hint="--scheduler") from exc
        raise _error(exc) from exc
    except TelexError as exc:
        raise _error(exc) from exc
    _say_ingested(report, err, " and ".join(p for p in (db, out) if p), "database" if db else "dataset", quiet, verbose)
    if not quiet and db is not None and not report.unmade:
        _say_mixed_schemes(db, err)
    if report.all_failed:  # nothing could be done, as for an unreadable source: not "some records failed"
        sys.exit(1)
    if report.failures:
        sys.exit(EXIT_SOME_FAILED)


def _say_mixed_schemes(db: str, err: Console) -> None:
    """On stderr, when the store now holds articles of several quote schemes (`--quote-scheme speech` for some,
    `attribution` for others): their quotes count different things, which a count over the store mixes."""
    from telex.corpus.query import open_corpus

    try:
        with open_corpus(db) as corpus:
            schemes = corpus.quote_schemes()
    except TelexError:
        return
    # Articles stored before telex recorded the scheme were most likely analysed with the default, speech.
    if len({scheme or "speech" for scheme in schemes}) < 2:
        return
    counts = ", ".join(
        f"{count} {scheme or 'of no recorded scheme (stored before telex recorded it)'}"
        for scheme, count in schemes.items()
    )
    err.print(
        f"{db} holds articles of several quote schemes ({counts}): their quotes count different "
        "things (attribution adds beliefs, knowledge, documents …); `telex list` shows each article's "
        "quote_scheme, `telex quotes --class speech` keeps the statements every scheme gives, and ingesting "
        "again with one --quote-scheme (without --skip-existing) makes them one.",
        markup=False,
        soft_wrap=True,
    )


def _say_ingested(report: IngestReport, err: Console, into: str, kind: str, quiet: bool, verbose: bool) -> None:
    """What an ingest did: its failures (the first 20 unless ``verbose``), the stored articles it replaced with
    another text, how many it analysed again with the text stored, and (unless ``quiet``) its counts."""
    from rich.text import Text

    from telex.output.terminal import printable

    shown = report.failures if verbose else report.failures[:20]
    for failure in shown:
        err.print(Text.assemble(("failed ", "red"), printable(f"{failure.id}: {failure.error}")))
    if len(report.failures) > len(shown):
        err.print(f"… and {len(report.failures) - len(shown)} more failures (-v lists them all)")
    if report.replaced and not quiet:  # an update, or another story under the id of one stored before
        named = ", ".join(repr(i) for i in report.replaced[:5]) + (" …" if len(report.replaced) > 5 else "")
        err.print(
            printable(
                f"replaced {len(report.replaced)} stored article(s) of the same id with another text: "
                f"{named}. An id ingested again is an update; if these are other stories, give them "
                "other ids: a file named directly is stored under its name (story.txt is 'story'), a "
                "folder's files under their path in it, so give the folder above to keep both"
            ),
            markup=False,
            soft_wrap=True,
        )
    if report.again and not quiet:
        err.print(
            f"of the {report.stored} article(s) ingested, {report.again} were stored before with the same text, "
            "so were analysed again and written over rather than added; `--skip-existing` leaves such articles "
            "alone",
            soft_wrap=True,
        )
    if report.unmade:  # said even with --quiet: a file the user named is not there
        err.print(
            printable(f"nothing was stored: every record failed, so no database was made at {report.unmade}"),
            markup=False,
            soft_wrap=True,
        )
        return
    if report.other_languages and not quiet:
        tongues = ", ".join(f"{language} {count}" for language, count in report.other_languages.most_common())
        err.print(
            f"{report.other_languages.total()} of the article(s) stored are not in English ({tongues}): telex "
            "extracts from English only, so they hold no actors, quotes or events (`telex list` gives each "
            "article's language)",
            markup=False,
            soft_wrap=True,
        )
    if not quiet:
        counts = report.counts
        click.echo(
            f"ingested {report.stored} article(s) ({report.copies} near-duplicate copies, {report.reused} of them "
            f"reusing their original's analysis), {report.skipped} unchanged skipped, {len(report.failures)} failed, "
            f"in {report.seconds:.1f} s into {into}; the {kind} holds {counts.get('articles', 0)} articles, "
            f"{counts.get('entities', 0)} entities, {counts.get('quotes', 0)} quotes, {counts.get('events', 0)} event "
            "mentions (`telex events` and exports count an event told by several articles once)"
        )


# Seconds between two progress lines in a log (a progress bar at a terminal moves as it goes).
PROGRESS_EVERY = 5.0


class _Progress:
    """A progress bar at a terminal; elsewhere (a log, CI) a line on stderr every few seconds, whether or not records
    came in meanwhile: they come a batch at a time, the first only after the workers have loaded the language model,
    and a log silent for half a minute looks like a run that hangs. A run that fails at once still says one line."""

    def __init__(self, console: Console, total: int | None, label: str, quiet: bool) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.console, self.total, self.label, self.quiet = console, total, label, quiet
        self.done = self.skipped = 0  # records handled, and of them those skipped as stored unchanged (no time spent)
        self.shown: int | None = None  # the count the log was last told, None before its first line
        self.started = self.last = time.monotonic()
        self.lock = threading.Lock()
        self.stop = threading.Event()
        columns: list[ProgressColumn] = [TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
        if total is not None:  # a count known beforehand gives the time left at the rate so far, as a log is told
            columns.append(TextColumn("{task.fields[left]}"))
        self.bar = Progress(*columns, console=console, transient=True, disable=quiet or not console.is_terminal)
        self.task = self.bar.add_task(label, total=total, left="")

    @property
    def logged(self) -> bool:
        return not self.quiet and not self.console.is_terminal

    def __enter__(self) -> _Progress:
        self.bar.__enter__()
        if self.logged:
            threading.Thread(target=self._beat, name="telex-progress", daemon=True).start()
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.stop.set()
        self.bar.__exit__(None, None, None)
        # Records arrive a batch at a time, so a log's last line may be a batch's first record ("1/100"): a log that
        # was shown progress is told where the run ended, lest it seem to have stopped there.
        with self.lock:
            if kind is None and self.shown is not None and self.shown < self.done:
                self._line(time.monotonic())

    def advance(self, count: int, skipped: bool = False) -> None:
        with self.lock:
            self.done += count
            self.skipped += count if skipped else 0
            now = time.monotonic()
            left = time_left(self.done, self.total, now - self.started, self.skipped).removeprefix(", ")
            self.bar.update(self.task, advance=count, left=left)
            if now - self.last >= PROGRESS_EVERY:
                self._line(now)

    def _beat(self) -> None:
        """A line every few seconds while no record comes (the model loading, a long batch). The first waits twice as
        long, so a run that fails early says only its error (an unreachable Dask scheduler gives up after five)."""
        while not self.stop.wait(max(PROGRESS_EVERY, 0.01)):
            with self.lock:
                now = time.monotonic()
                silence = PROGRESS_EVERY * (2 if self.shown is None else 1)
                if not self.stop.is_set() and now - self.last >= silence:
                    self._line(now)

    def _line(self, now: float) -> None:
        """A progress line, in a log only (a terminal has the bar)."""
        if not self.logged:
            return
        starting = self.shown is None and self.done == 0
        self.last, self.shown = now, self.done
        # Records skipped as stored unchanged take no time: the rate is of those analysed, as the time left is.
        rate = (self.done - self.skipped) / max(now - self.started, 1e-9)
        skipped = f" ({self.skipped} unchanged skipped)" if self.skipped else ""
        pace = "" if self.skipped and self.done == self.skipped else f", {rate:.1f}/s"  # no rate before one is analysed
        if starting:
            self._print(
                f"{self.label}: 0{self._of()} records, starting: the first come once the language model is loaded"
            )
        else:
            self._print(
                f"{self.label}: {self.done}{self._of()} records{skipped}{pace}"
                f"{time_left(self.done, self.total, now - self.started, self.skipped)}"
            )

    def _of(self) -> str:
        return f"/{self.total}" if self.total is not None else ""

    def _print(self, line: str) -> None:
        self.console.print(line, markup=False, soft_wrap=True)


def time_left(done: int, total: int | None, elapsed: float, skipped: int = 0) -> str:
    """What a log's progress line adds about the time a run has left at the rate so far (", about 12 min left"), or
    nothing when the count is unknown, nothing is analysed yet or all is done. Of the ``done``, ``skipped`` were
    stored unchanged and took no time (``ingest --skip-existing`` going on after a stop): they set no rate."""
    if total is None or done - skipped <= 0 or done >= total:
        return ""
    minutes = round((total - done) * elapsed / (done - skipped) / 60)
    if minutes < 1:
        return ", under a minute left"
    return f", about {minutes} min left" if minutes < 60 else f", about {minutes // 60} h {minutes % 60:02d} min left"


@main.command()
@click.argument("article_id")
@click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(),
    help="DuckDB file written by `telex ingest`, or a Parquet dataset folder (`ingest --out`).",
)
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: the readable report; json: the stored analysis.",
)
def show(article_id: str, db: str, output_format: str) -> None:
    """Print the report of one stored article."""
    from telex.output.report import render
    from telex.records import analysis_from_dict
    from telex.store.duckdb_store import Store

    try:
        with Store(db, read_only=True) as store:
            stored = store.analysis(article_id)
            if stored is None:
                missing = store.no_article(article_id, db)
                raise _error(f"{missing}; `telex list` and `telex search` give the ids stored")
    except TelexError as exc:
        raise _error(exc) from exc
    if output_format == "json":
        click.echo(json.dumps(stored, ensure_ascii=False, indent=2))
    else:
        render(analysis_from_dict(stored), _console())


db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(),
    help="DuckDB file written by `telex ingest`, or a Parquet dataset folder (`ingest --out`).",
)
table_format_option = click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table: readable columns; csv: for spreadsheets; json: a list of objects.",
)
limit_option = click.option(
    "--limit", "-n", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many rows."
)

offset_option = click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Skip this many rows first: --limit 50 --offset 50 is the second page, as the REST API pages.",
)


def _date_bound(ctx: click.Context, param: click.Parameter, value: str | None) -> date | str | None:
    """A ``--since`` or ``--until`` bound, read as every corpus read reads it (``parse_bound``); the two the wrong way
    round are a usage error, not an empty answer."""
    try:
        bound = parse_bound(value, f"--{param.name}")
    except TelexError as exc:
        raise click.BadParameter(str(exc).removeprefix(f"--{param.name} "), ctx, param) from exc
    since, until = (bound, ctx.params.get("until")) if param.name == "since" else (ctx.params.get("since"), bound)
    try:
        check_bounds(since, until)
    except TelexError:
        raise click.UsageError(f"--since {since} is after --until {until}; no date can be both", ctx) from None
    return bound


_BOUND_HELP = "YYYY-MM-DD, or YYYY-MM / YYYY for a whole month or year; May 2016 and 19 June 2024 read too"


def _root(_: click.Context, __: click.Parameter, value: str | None) -> str | None:
    """A ``--root`` as every corpus read reads it; one that is no CAMEO root is a usage error (exit 2), as any other
    option's bad value, not bad input (exit 1)."""
    from telex.corpus.query import cameo_root

    try:
        return None if value is None else cameo_root(value)
    except TelexError as exc:
        raise click.BadParameter(str(exc)) from exc


def _event_type(_: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A ``--cameo`` code or ``--plover`` type as every corpus read reads it; an unknown one is a usage error."""
    from telex.corpus.query import cameo_code, plover_type

    try:
        return None if value is None else (cameo_code if param.name == "cameo" else plover_type)(value)
    except TelexError as exc:
        raise click.BadParameter(str(exc).removeprefix(f"{param.name} ")) from exc


since_option = click.option("--since", callback=_date_bound, metavar="DATE", help=f"From this date on ({_BOUND_HELP}).")
until_option = click.option("--until", callback=_date_bound, metavar="DATE", help=f"Up to this date ({_BOUND_HELP}).")


@contextmanager
def _open_corpus(db: str) -> Iterator[Corpus]:
    """The corpus at ``db`` for reading; every telex error becomes a one-line message. A store an ingest left
    unfinished, or one of no article at all, is said so on stderr."""
    from telex.corpus.query import open_corpus
    from telex.output.terminal import printable

    err = _console(stderr=True)
    try:
        with open_corpus(db, notify=lambda message: err.print(message, markup=False, soft_wrap=True)) as corpus:
            if corpus.unfinished():  # after a Ctrl-C, `telex actors` listed one Donald Trump per article, silently
                err.print(
                    f"{db}: an ingest is writing to it, or stopped before its end; until one ends (the same "
                    "`telex ingest` with --skip-existing goes on), the articles it wrote have no corpus actor "
                    "ids and their events are not yet counted once with other articles'",
                    markup=False,
                    soft_wrap=True,
                )
            elif corpus.articles(limit=1).empty:  # every answer is "no rows", as for a filter that matches nothing
                err.print(
                    printable(f"{db} holds no articles yet: `telex ingest SOURCE --db {db}` adds them"),
                    markup=False,
                    soft_wrap=True,
                )
            yield corpus
    except TelexError as exc:
        raise _error(exc) from exc


def _emit(frame: pd.DataFrame, output_format: str, title: str | None = None) -> None:
    """Print a result table in the chosen format."""
    from telex.corpus.export import csv_text
    from telex.corpus.tabular import frame_records

    if output_format == "csv":
        click.echo(csv_text(frame), nl=False)
        return
    records = frame_records(frame)
    if output_format == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(title=title, box=None, header_style="bold", pad_edge=False)
    cells = [[_cell(value) for value in record.values()] for record in records]
    least = natural = 0  # the narrowest the table can be with every id whole, and its width with nothing folded
    for number, column in enumerate(map(str, frame.columns)):
        longest = max(max((len(row[number]) for row in cells), default=0), len(column))
        if column in _ID_COLUMNS:
            table.add_column(column, no_wrap=True, min_width=longest)
            least, natural = least + longest + 2, natural + longest + 2
            continue
        table.add_column(column, overflow="fold", max_width=_WIDEST)
        least, natural = least + min(longest, _NARROWEST) + 2, natural + min(longest, _WIDEST) + 2
    for row in cells:
        table.add_row(*row)
    console = _console()
    # Piped to a file or a pager there is no terminal width to respect; a terminal too narrow for the ids soft-wraps
    # the lines, as an id cut or folded is no id.
    console.width = max(console.width, least) if console.is_terminal else max(200, natural)
    console.print(table if records else "[dim]no rows[/dim]")


# Columns a reader copies into another command (`telex show ID`, `--actor CODE`): whole, never cut or folded.
_ID_COLUMNS = frozenset({"id", "article_id", "cluster", "url", "event_id", "actor_id"})
# The widths a column of text is folded at, and may be narrowed to so that the ids keep theirs.
_WIDEST, _NARROWEST = 70, 12


def _cell(value: object) -> str:
    from rich.markup import escape

    from telex.output.terminal import printable

    if value is None:
        return ""
    if isinstance(value, list):
        return escape(printable(", ".join(str(v) for v in value)))
    if isinstance(value, float):
        return f"{value:g}"
    return escape(printable(str(value)))


@main.command(name="list")
@db_option
@click.option("--query", help="Only articles whose title or text contains this.")
@click.option("--outlet", help="Only articles of this outlet.")
@since_option
@until_option
@limit_option
@offset_option
@table_format_option
def list_articles(
    db: str,
    query: str | None,
    outlet: str | None,
    since: date | str | None,
    until: date | str | None,
    limit: int,
    offset: int,
    output_format: str,
) -> None:
    """List stored articles, newest first, with their cluster, outlet and counts."""
    with _open_corpus(db) as corpus:
        filters: dict[str, Any] = {"query": query, "outlet": outlet, "since": since, "until": until}
        frame = corpus.articles(**filters, limit=limit + 1, offset=offset)
        _say_past_the_end(frame, offset, "articles", lambda: corpus.articles(**filters, limit=1))
        if frame.empty and outlet is not None:
            _say_unknown_outlet(corpus, outlet, db)
    _emit(_at_most(frame, limit, f"--offset {offset + limit}"), output_format)


@main.command(name="stats")
@db_option
@table_format_option
def stats(db: str, output_format: str) -> None:
    """What a store holds: articles (first and last publication day, undated, outlets), quotes, events counted once
    and their mentions, and actors."""
    with _open_corpus(db) as corpus:
        frame = corpus.summary()
    _emit(frame, output_format)


def _say_past_the_end(frame: pd.DataFrame, offset: int, what: str, first: Callable[[], pd.DataFrame]) -> None:
    """On stderr, when a page past --offset is empty while rows match (``first()``, the first of them, has one): an
    empty page past the end read as "none match" ("no rows", as for an empty store)."""
    if frame.empty and offset and not first().empty:
        click.echo(f"no rows past --offset {offset}: fewer {what} match; --offset 0 shows the first", err=True)


def _say_unknown_outlet(corpus: Corpus, outlet: str, db: str) -> None:
    """On stderr, when no article at all is of ``outlet``: the outlets whose name holds it, as ``--outlet`` takes a
    whole name ("Times" found nothing beside "The Example Times", like a quiet period)."""
    from telex.output.terminal import printable

    near = corpus.unknown_outlet(outlet)
    if near is None:
        return
    hint = (
        f"outlets whose name holds it: {', '.join(near[:5])}{' …' if len(near) > 5 else ''}; --outlet takes the "
        "whole name"
        if near
        else "`telex list` shows each article's outlet"
    )
    click.echo(printable(f"no article of {db} has the outlet {outlet!r}; {hint}"), err=True)


@main.command()
@click.argument("query")
@db_option
@limit_option
@table_format_option
def search(query: str, db: str, limit: int, output_format: str) -> None:
    """Full-text search over stored articles (DuckDB FTS, BM25), best match first.

    An article matches when its title or text holds any word of QUERY, in any form ("treaties" finds "treaty");
    those holding more of them, and rarer ones, rank first. Quotation marks, AND, OR and NOT are no operators:
    "defence treaty" is the two words, not the phrase. Common words (the, of), numbers and signs are not indexed.
    """
    from telex.output.terminal import printable

    with _open_corpus(db) as corpus:
        frame = corpus.search(query, limit=limit + 1)
        note = corpus.search_note(query) if frame.empty else None
        if note is not None:
            click.echo(printable(note), err=True)
    _emit(_at_most(frame, limit), output_format)


def _quad_class(_: click.Context, __: click.Parameter, value: str | None) -> int | None:
    """A ``--quad-class`` as every corpus read reads it (1 to 4, or a dyad column's name); another is a usage error."""
    from telex.corpus.query import quad_class_number

    try:
        return None if value is None else quad_class_number(value)
    except TelexError as exc:
        raise click.BadParameter(str(exc).removeprefix("quad class ")) from exc


# The filters of `telex events`, which `telex export --what events` takes too: one event, one answer.
EVENT_FILTERS = ("actor", "source", "target", "exact", "root", "cameo", "plover", "quad_class", "modality")
exact_option = click.option(
    "--exact",
    is_flag=True,
    default=None,
    help="Read the actors as whole codes (USA: the actor coded USA alone, not every US actor) of each event's first "
    "source and target, as the actor network (export -f graphml, telex serve) joins them.",
)
_EVENT_FILTER_OPTIONS = (
    click.option(
        "--actor",
        help="Either side: a code (RUS, RUSGOV; a country's code is every actor of that country), "
        "a name (Russia, Vladimir Putin) or its last words (Putin).",
    ),
    click.option("--source", help="The source actor."),
    click.option("--target", help="The target actor."),
    exact_option,
    click.option("--root", callback=_root, help="CAMEO root code, e.g. 14 for protests."),
    click.option("--cameo", callback=_event_type, help="CAMEO event code with the codes under it, e.g. 112 (accuse)."),
    click.option("--plover", callback=_event_type, help="PLOVER event type, e.g. ACCUSE or CONSULT."),
    click.option(
        "--quad-class",
        callback=_quad_class,
        metavar="1-4",
        help="QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material "
        "conflict (or those names, as the dyad's columns: verbal_conflict).",
    ),
    click.option(
        "--modality",
        type=click.Choice(MODALITIES),
        help="Only events told this way: alleged is claimed, not established; intended a promise, plan or "
        "threat (docs/events.md).",
    ),
)


def event_filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options of ``EVENT_FILTERS``, in that order, on ``command``."""
    for option in reversed(_EVENT_FILTER_OPTIONS):
        command = option(command)
    return command


@main.command()
@db_option
@event_filter_options
@since_option
@until_option
@limit_option
@offset_option
@table_format_option
def events(
    db: str,
    since: date | str | None,
    until: date | str | None,
    limit: int,
    offset: int,
    output_format: str,
    **chosen: Any,
) -> None:
    """Events counted once across articles, with NumMentions, NumSources and NumArticles."""
    filters: dict[str, Any] = {**chosen, "exact": bool(chosen["exact"]), "since": since, "until": until}
    with _open_corpus(db) as corpus:
        frame = corpus.events(**filters, limit=limit + 1, offset=offset)
        if frame.empty:
            _say_unknown_actors(corpus, (chosen["actor"], chosen["source"], chosen["target"]), db)
        _say_past_the_end(frame, offset, "events", lambda: corpus.events(**filters, limit=1))
    frame = _at_most(frame, limit, f"--offset {offset + limit}")
    if output_format == "table":
        frame = frame[
            [
                "event_id",
                "date",
                "cameo",
                "source_code",
                "target_code",
                "modality",
                "num_articles",
                "num_sources",
                "evidence",
            ]
        ]
    _emit(frame, output_format)


def _at_most(frame: pd.DataFrame, limit: int, next_page: str | None = None) -> pd.DataFrame:
    """The first ``limit`` rows of ``frame`` (asked for one more), saying on stderr when more matched, and the
    option that shows the ``next_page`` where the command pages: an answer cut at the default --limit looked like
    the whole answer."""
    if len(frame) <= limit:
        return frame
    also = f", or {next_page} for the next {limit}" if next_page else ""
    click.echo(f"more rows match than the {limit} shown; raise --limit to see them{also}", err=True)
    return frame.head(limit)


def _say_unknown_actors(corpus: Corpus, actors: Iterable[str | None], db: str) -> None:
    """On stderr, which of the actors a query gave no rows for is in no event of the corpus at all: a typo or a
    name the articles do not use, rather than a quiet period."""
    from telex.output.terminal import printable

    for actor in corpus.unknown_actors(*actors):
        click.echo(
            printable(
                f"{actor!r} is in no event of {db}: give a CAMEO code (RUS, RUSGOV) or a name the "
                "articles use (`telex actors` lists them)"
            ),
            err=True,
        )


def _quote_class(_: click.Context, __: click.Parameter, value: str | None) -> str | None:
    """A ``--class`` as every corpus read reads it; one that is no quote class is a usage error naming them."""
    from telex.corpus.query import quote_class_name

    try:
        return None if value is None else quote_class_name(value)
    except TelexError as exc:
        raise click.BadParameter(str(exc).removeprefix("quote class ")) from exc


headline_option = click.option(
    "--headline/--body",
    default=None,
    help="Only the quotes of headlines (which `ingest --quote-scheme attribution` keeps), or only the body's.",
)


@main.command()
@db_option
@click.option(
    "--speaker",
    help="A speaker: a name or part of it, every actor one of whose names holds it counting "
    "(Clinton: Hillary and Bill); or an actor id from `telex actors` "
    "(person:hillary-clinton), that actor alone.",
)
@click.option("--about", help="Only quotes whose words contain this.")
@click.option("--outlet", help="Only quotes of articles of this outlet (its whole name, any case).")
@click.option(
    "--via", help='Only statements given to or passed through this outlet ("told Reuters"): its whole name, any case.'
)
@click.option(
    "--class",
    "quote_class",
    callback=_quote_class,
    help="Only quotes of this class: speech, or with `ingest --quote-scheme attribution` also belief, "
    "knowledge, document, … (docs/quotes.md).",
)
@headline_option
@since_option
@until_option
@limit_option
@offset_option
@table_format_option
def quotes(
    db: str,
    speaker: str | None,
    about: str | None,
    outlet: str | None,
    via: str | None,
    quote_class: str | None,
    headline: bool | None,
    since: date | str | None,
    until: date | str | None,
    limit: int,
    offset: int,
    output_format: str,
) -> None:
    """Stored quotes with their speakers, oldest first."""
    filters: dict[str, Any] = dict(
        zip(QUOTE_FILTERS, (speaker, about, outlet, via, quote_class, headline), strict=True)
    )
    filters.update(since=since, until=until)
    with _open_corpus(db) as corpus:
        frame = corpus.quotes(**filters, limit=limit + 1, offset=offset)
        _say_past_the_end(frame, offset, "quotes", lambda: corpus.quotes(**filters, limit=1))
        if speaker is not None:
            _say_speakers(corpus, speaker, db, empty=frame.empty)
        if frame.empty and outlet is not None:
            _say_unknown_outlet(corpus, outlet, db)
        if frame.empty:
            _say_scheme_left_out(corpus, db, quote_class, headline)
    frame = _at_most(frame, limit, f"--offset {offset + limit}")
    if output_format == "table":
        frame = frame[["published", "speaker", "kind", "text", "article_id"]]
    _emit(frame, output_format)


def _say_scheme_left_out(corpus: Corpus, db: str, quote_class: str | None, headline: bool | None) -> None:
    """On stderr, when quotes of a headline or of a class were asked for, none came, and no stored article was
    analysed with a quote scheme that keeps them: the default scheme, speech, leaves out headlines' quotes and
    beliefs, documents …, so `telex quotes --headline` on a store ingested with it answered "no rows", as for a
    corpus that has none, while the docs say `ingest --quote-scheme attribution` keeps them."""
    if not headline and quote_class is None:
        return
    from telex.quotes.scheme import keeps_headline, kept_classes, schemes

    def keeps(scheme: str) -> bool:
        return (not headline or keeps_headline(scheme)) and (quote_class is None or quote_class in kept_classes(scheme))

    stored = sorted({scheme or "speech" for scheme in corpus.quote_schemes()} & set(schemes()))
    keeping = [scheme for scheme in schemes() if keeps(scheme)]
    if not stored or not keeping or any(keeps(scheme) for scheme in stored):
        return
    what = " ".join(word for word in ("headline" if headline else None, quote_class) if word)
    click.echo(
        f"the articles of {db} were analysed with the quote scheme {', '.join(stored)}, which keeps no {what} "
        f"quotes; to keep them, ingest the articles again with --quote-scheme {keeping[0]} (without "
        "--skip-existing)",
        err=True,
    )


def _say_speakers(corpus: Corpus, speaker: str, db: str, empty: bool) -> None:
    """On stderr: that ``speaker`` speaks in no quote of the store at all (a typo, rather than a quiet period), or
    that the name is several actors, each with its id (--speaker "Clinton" is Hillary and Bill Clinton)."""
    from telex.output.terminal import printable

    found = corpus.speakers(speaker)
    if found.empty:
        if empty:
            click.echo(
                printable(
                    f"{speaker!r} speaks in no quote of {db}: give a name or part of one the articles "
                    "quote (`telex actors` lists the most quoted)"
                ),
                err=True,
            )
        return
    actors = found.dropna(subset=["actor_id"])
    if len(actors) < 2:
        return
    named = [f"{row.speaker} ({row.actor_id}, {row.quotes})" for row in actors.head(5).itertuples()]
    more = f" and {len(actors) - 5} more" if len(actors) > 5 else ""
    click.echo(
        printable(
            f"{speaker!r} names {len(actors)} speakers of {db}: {', '.join(named)}{more}; give one's "
            "actor id (--speaker ID) for that one alone"
        ),
        err=True,
    )


@main.command()
@db_option
@limit_option
@click.option(
    "--by",
    type=click.Choice(ACTOR_RANKS),
    default="events",
    show_default=True,
    help="Rank by this count first: quotes gives the most quoted.",
)
@table_format_option
def actors(db: str, limit: int, by: str, output_format: str) -> None:
    """The most active and most quoted actors of the corpus, one row per actor across articles.

    Each actor's actor_id follows it alone elsewhere: `telex quotes --speaker ACTOR_ID` lists the quotes counted
    here, `telex events --actor` takes its name.
    """
    with _open_corpus(db) as corpus:
        frame = corpus.actors(limit=limit + 1, by=by)
    _emit(_at_most(frame, limit), output_format)


@main.command()
@click.argument("actor_a", metavar="A")
@click.argument("actor_b", metavar="B")
@db_option
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month", "year"]),
    default="month",
    show_default=True,
    help="Length of each period.",
)
@since_option
@until_option
@exact_option
@table_format_option
@click.option(
    "--plot", type=click.Path(dir_okay=False, path_type=Path), help="Also draw the timeline to FILE.svg or FILE.png."
)
def dyad(
    actor_a: str,
    actor_b: str,
    db: str,
    by: str,
    since: date | str | None,
    until: date | str | None,
    exact: bool | None,
    output_format: str,
    plot: Path | None,
) -> None:
    """How relations between A and B moved: events in both directions by period.

    A and B are actor codes (RUS is Russia in every sector, RUSGOV its government) or names (Russia,
    Pyongyang, the Kremlin, Donald Trump, or the last words of a name: Trump). Columns: period, events,
    goldstein_sum, goldstein_mean, verbal_cooperation, material_cooperation, verbal_conflict,
    material_conflict, one row for every period from the first to the last (a period without events has
    zeros); JSON adds the top evidence sentences. --since and --until keep the events `telex events` keeps
    with them, and the rows then run from the period of --since to that of --until. --exact counts the events of
    the actor network's edge between two codes (USA USAELI: the actors coded so, first on each side).
    """
    if plot is not None and plot.suffix.lower() not in (".svg", ".png"):
        raise click.BadParameter("the chart is written as .svg or .png", param_hint="--plot")
    from telex.corpus.query import DYAD_COLUMNS

    with _open_corpus(db) as corpus:
        try:
            frame = corpus.dyad(actor_a, actor_b, by=by, since=since, until=until, exact=bool(exact))
        except TelexError as exc:
            raise _error(exc) from exc
        if frame.empty:
            _say_unknown_actors(corpus, (actor_a, actor_b), db)
        undated, coarse = corpus.dyad_left_out(actor_a, actor_b, by=by, since=since, until=until, exact=bool(exact))
        _say_left_out(actor_a, actor_b, by, undated, coarse)
    if plot is not None and frame.empty:  # an empty frame would overwrite an earlier chart with blank axes
        click.echo(f"no chart drawn to {plot}: no events between {actor_a} and {actor_b}", err=True)
    elif plot is not None:
        from telex.corpus.chart import write_chart

        _create_folder_of(plot)
        try:
            write_chart(frame, actor_a, actor_b, plot)
        except OSError as exc:
            raise _error(f"cannot write the chart to {plot}: {exc.strerror or exc}") from exc
        # The table goes to stdout; the chart was written in silence, so a mistyped path was found only by looking.
        click.echo(f"drew the chart to {plot} ({len(frame)} {by}{'' if len(frame) == 1 else 's'})", err=True)
    _emit(
        frame if output_format == "json" else frame[list(DYAD_COLUMNS)],
        output_format,
        title=f"{actor_a} – {actor_b} by {by}" if output_format == "table" else None,
    )


def _say_left_out(actor_a: str, actor_b: str, by: str, undated: int, coarse: int) -> None:
    """On stderr, how many events between the two the dyad puts in no period: undated ones (an article of no date)
    and those dated less precisely than a period ("2007" by month). They were left out without a word, and the
    dyad's count fell short of `telex events`'."""
    from telex.output.terminal import printable

    parts = [f"{undated} undated" if undated else "", f"{coarse} dated less precisely than a {by}" if coarse else ""]
    if not any(parts):
        return
    click.echo(
        printable(
            f"{undated + coarse} event(s) between {actor_a} and {actor_b} are in no {by}: "
            f"{' and '.join(part for part in parts if part)}; `telex events --actor` lists them"
        ),
        err=True,
    )


@main.command()
@db_option
@click.option(
    "--what",
    type=click.Choice(["events", "quotes", "actors", "articles"]),
    default="events",
    show_default=True,
    help="Which table to write.",
)
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(["csv", "parquet", "jsonl", "gdelt", "graphml", "gexf"]),
    help="gdelt: the 61 tab-separated columns of GDELT 2.0 events, no header; graphml/gexf: the actor "
    "network (gexf with dated edges).  [default: the one the --output name says: .csv, .parquet, "
    ".jsonl, .graphml, .gexf]",
)
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="File to write, or - for standard output. A name ending .gz is written gzip-compressed.",
)
@click.option("--speaker", help="Quotes of this speaker alone, as `telex quotes --speaker` (with --what quotes).")
@click.option("--about", help="Quotes whose words contain this (with --what quotes).")
@click.option("--outlet", help="Quotes of articles of this outlet (with --what quotes).")
@click.option("--via", help="Statements given to or passed through this outlet (with --what quotes).")
@click.option("--class", "quote_class", callback=_quote_class, help="Quotes of this class (with --what quotes).")
@headline_option
@event_filter_options
@since_option
@until_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors (not the count of rows written).")
def export(
    db: str,
    what: str,
    output_format: str | None,
    output: Path,
    since: date | str | None,
    until: date | str | None,
    quiet: bool,
    **chosen: Any,
) -> None:
    """Write events, quotes, actors or articles in a format other tools load.

    The format is --format, else the one the file's name says (events.parquet, quotes.csv.gz); a name that says
    another format than --format is refused, as its readers would fail on the file. The filters keep the rows
    `telex quotes` gives with them (--speaker … --class), or for the events (and their GDELT rows and network) the
    rows `telex events` gives (--actor … --modality); --since and --until take both, and the articles published
    between them (as `telex list`); the actors are written whole.
    """
    from telex.corpus.export import format_named
    from telex.corpus.query import check_export, check_export_path

    filters = _export_filters(what, {**chosen, "since": since, "until": until})
    output_format = output_format or format_named(output)
    if output_format is None:
        named = "standard output" if str(output) == "-" else output
        raise click.UsageError(f"give --format: {named} names no format (csv, parquet, jsonl, gdelt, graphml, gexf)")
    try:
        check_export(what, output_format)
        if str(output) != "-":
            check_export_path(output_format, output)
    except TelexError as exc:
        raise click.UsageError(str(exc)) from exc
    to_stdout = str(output) == "-"
    if to_stdout and output_format == "parquet" and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: write it to a file (-o events.parquet) or a pipe, not the terminal")
    with _open_corpus(db) as corpus, _written(output if not to_stdout else None, output_format) as path:
        try:
            rows = corpus.export(what, output_format, path, **filters)
        except (TelexError, ValueError) as exc:
            raise _error(exc) from exc
        except OSError as exc:
            raise _error(f"cannot write {output}: {exc.strerror or exc}") from exc
        if not rows and what == "events":
            _say_unknown_actors(corpus, (filters.get(side) for side in ("actor", "source", "target")), db)
        if not rows and what == "quotes":
            _say_scheme_left_out(corpus, db, filters.get("quote_class"), filters.get("headline"))
    if not quiet:
        click.echo(f"wrote {rows} {what} to {'standard output' if to_stdout else output}", err=True)


def _export_filters(what: str, given: dict[str, Any]) -> dict[str, Any]:
    """The filters an export of ``what`` takes, of those ``given``; one it does not take is a usage error (the
    table would be written whole, as if the filter had not been given)."""
    filters = {name: value for name, value in given.items() if value is not None}
    named = {"quotes": QUOTE_FILTERS, "events": EVENT_FILTERS}.get(what, ())
    takes = {*named, "since", "until"} if named or what == "articles" else set()
    refused = [name for name in filters if name not in takes]
    if not refused:
        return filters
    options = ", ".join(map(_option_name, refused))
    if what in ("events", "quotes"):
        other = "quotes" if what == "events" else "events"
        raise click.UsageError(
            f"{options} filter{'' if len(refused) > 1 else 's'} the {other}: give --what {other} "
            f"(the {what} take {_filters_of(what)}, --since and --until)"
        )
    whole = "take --since and --until alone" if what == "articles" else "are exported whole"
    raise click.UsageError(
        f"{options}: the {what} {whole}; the quotes take {_filters_of('quotes')}, the "
        f"events {_filters_of('events')}, and both --since and --until"
    )


# The filters of `telex quotes`, which `telex export --what quotes` takes too.
QUOTE_FILTERS = ("speaker", "about", "outlet", "via", "quote_class", "headline")


def _filters_of(what: str) -> str:
    """The options that filter an export of ``what`` (events or quotes), but the dates: "--speaker, --about, …"."""
    names = QUOTE_FILTERS if what == "quotes" else EVENT_FILTERS
    return ", ".join(map(_option_name, names))


def _option_name(filter_name: str) -> str:
    """The option of a filter: ``quote_class`` is ``--class``, ``headline`` ``--headline/--body``."""
    return {"quote_class": "--class", "headline": "--headline/--body"}.get(
        filter_name, f"--{filter_name.replace('_', '-')}"
    )


@contextmanager
def _written(output: Path | None, output_format: str) -> Iterator[Path]:
    """The file an export writes: ``output``, or for standard output (``None``) a temporary file whose bytes are
    copied there once written (GraphML, GEXF and Parquet writers need a file)."""
    if output is not None:
        _create_folder_of(output)
        yield output
        return
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="telex-export-") as folder:
        path = Path(folder) / f"export.{output_format}"
        yield path
        with path.open("rb") as data:
            sys.stdout.flush()
            shutil.copyfileobj(data, sys.stdout.buffer)


def _create_folder_of(path: Path) -> None:
    """Create the missing folders of a file to write, as for every output (``--db``, ``--out``), saying which."""
    from telex.output.folders import create_folder_of

    try:
        create_folder_of(path, lambda message: click.echo(message, err=True))
    except OSError as exc:
        problem = f"{exc.strerror or exc} ({exc.filename})"
        raise _error(f"cannot create the folder {path.parent} for {path}: {problem}") from exc


@main.command(name="eval")
@click.option(
    "--data",
    "data_dir",
    default="../shared/data",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder with the gold data.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N records of each file.")
@click.option(
    "--held-out",
    is_flag=True,
    help="Also score the gold files no rule is tuned on (PolNeAR train: about 8 minutes more).",
)
def evaluate(data_dir: Path, limit: int | None, held_out: bool) -> None:
    """Score quotes and events against gold data: the figures of README.md's quality table (docs/quality.md).

    Skips cleanly (exit 0) where the data folder is absent.
    """
    from telex.evaluation.run import run_all

    if not data_dir.is_dir():
        click.echo(f"no gold data at {data_dir}: evaluation skipped")
        return
    for line in run_all(data_dir, limit, held_out):
        click.echo(line)


def _register_serve() -> None:
    from telex.serve.command import serve

    main.add_command(serve)


def _register_actor() -> None:
    from telex.actors.command import actor

    main.add_command(actor)


_register_serve()
_register_actor()

if __name__ == "__main__":
    sys.exit(main())
