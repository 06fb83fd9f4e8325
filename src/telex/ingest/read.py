"""Turn what a user points at (a file, a folder, a URL, stdin) into ``Article`` records.

Reading never stops a batch: a record that cannot be read becomes a ``Failure`` with its id and a
message, and the caller reports it in place.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePath
from typing import Any, BinaryIO

from telex.dates import resolve_date
from telex.errors import InputError, RecordError
from telex.ingest.dateline import dateline_day
from telex.ingest.decode import (
    declared_charset,
    decode_bytes,
    looks_binary,
    refuse_binary,
    repair_mojibake,
    wide_encoding,
)
from telex.ingest.delimited import RowBreak, read_table
from telex.ingest.feed import ITEM_TAG, feed_articles
from telex.ingest.fetch import Limits, fetch
from telex.ingest.fields import date_field, missing, safe_text, text_field
from telex.ingest.html import html_to_article
from telex.ingest.sniff import GZIP_ERRORS, SUFFIX_FORMATS, is_url, sniff_format, suffix_of, unpacked
from telex.ingest.warc import count_warc_records, warc_articles
from telex.records import Article, Failure

# An address of another kind than http(s): ftp://, s3://, file:// …
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def open_source(spec: str, allow_private: bool = False) -> tuple[BinaryIO, str]:
    """A binary stream behind a path, URL or ``-`` (stdin), and a name for messages; a URL is fetched
    within telex.ingest.fetch's bounds, internal addresses only with ``allow_private``."""
    if spec == "-":
        if sys.stdin is None:  # started with standard input closed (`telex analyze - <&-`, some service managers)
            raise InputError("standard input is closed: give a file, or pipe the article in (… - < story.txt)")
        return sys.stdin.buffer, "stdin"
    if is_url(spec):
        body, _ = fetch(spec, Limits(allow_private=allow_private))
        return io.BytesIO(body), spec
    path = Path(spec)
    if not path.exists():
        raise _missing(spec)
    if path.is_dir():
        raise InputError(f"{spec} is a folder; `telex ingest` reads folders, `telex analyze` one file")
    try:
        return path.open("rb"), spec
    except OSError as exc:
        raise InputError(f"cannot read {spec}: {exc.strerror}") from exc


def _missing(spec: str) -> InputError:
    """The error of a source that is no file here: an address of a scheme telex does not fetch, or a path."""
    if _SCHEME.match(spec):
        return InputError(f"cannot read {spec}: only http and https addresses are fetched; download it first")
    return InputError(f"no such file: {spec}")


# The id of what standard input holds (``telex analyze -``); ``ingest`` stores a piped article by its content.
STDIN_ID = "stdin"


def source_id(spec: str) -> str:
    """The id of what a source named directly holds: a file's name without suffixes (``story.txt.gz`` gives
    ``story``), a URL itself, ``stdin`` for ``-``."""
    if spec == "-":
        return STDIN_ID
    if is_url(spec):
        return spec
    return _without_suffixes(PurePath(spec)).name


def articles_from(
    spec: str,
    input_format: str = "auto",
    published: date | None = None,
    title: str | None = None,
    *,
    article_id: str | None = None,
    allow_private: bool = False,
) -> Iterator[Article | Failure]:
    """Every article in one source, read as it goes: one for a text or HTML file, one per JSONL line, one per page
    of a WARC archive, one per item of a feed; gzipped sources are read as they are.

    The article of a text or HTML source has the id ``article_id`` (default ``source_id(spec)``); a JSONL record
    without an id gets ``<that id>:<line number>``; a WARC page gets its target URI.
    """
    handle, name = open_source(spec, allow_private)
    source = article_id or source_id(spec)
    with nullcontext(handle) if name == "stdin" else handle:  # stdin stays open for whoever reads it next
        try:
            start = handle.tell() if handle.seekable() else None
            stream, head = unpacked(handle)
            fmt = sniff_format(name, head) if input_format == "auto" else input_format
            if fmt == "warc":
                if start is not None:  # warcio reads the raw file, which lets it skip a damaged record
                    handle.seek(start)
                yield from warc_articles(stream if start is None else handle, name, source, published)
                return
            if fmt == "jsonl":
                lines = (line.removesuffix(b"\n") for line in stream)
                yield from _kept_before_break(_jsonl_articles(lines, name, source, published), name, source)
                return
            if fmt == "feed":
                yield from _kept_before_break(feed_articles(stream, name, source, published), name, source)
                return
            if fmt == "json":
                yield from _json_articles(stream.read(), name, source, published)
                return
            if fmt == "csv":
                yield from _csv_articles(stream.read(), name, source, published)
                return
            data = stream.read()
        except GZIP_ERRORS as exc:
            raise InputError(f"{name} is not a complete gzip file ({exc}); compress or download it again") from exc
        except OSError as exc:
            raise InputError(f"cannot read {name}: {exc}") from exc
    text, warnings = decode_bytes(data, name, declared_charset(data) if fmt == "html" else None)
    try:
        article = _article(
            source,
            text if fmt == "text" else None,
            text if fmt == "html" else None,
            published,
            title,
            None,
            warnings,
            url=spec if is_url(spec) else None,
        )
    except InputError as exc:  # it names the article by its id ('noart'); the file is what the user has in hand
        raise InputError(str(exc) if name == source else f"{exc} ({name})") from exc
    yield _dated_by_dateline(article) if fmt == "text" else article


def _kept_before_break(records: Iterator[Article | Failure], name: str, source: str) -> Iterator[Article | Failure]:
    """The records of a gzipped batch as they come, then one ``Failure`` where the file breaks off (a download cut
    short): ``telex analyze batch.jsonl.gz`` ended with the error alone, and the records before it were lost. A file
    that breaks off before its first record is an error, as before."""
    given = False
    try:
        for record in records:
            given = True
            yield record
    except GZIP_ERRORS as exc:
        if not given:
            raise
        yield Failure(
            source,
            f"{name} breaks off ({exc}): the records before the break were read, any after it "
            "were not; compress or download it again",
        )


def articles_in(
    specs: Iterable[str], input_format: str = "auto", allow_private: bool = False
) -> Iterator[Article | Failure]:
    """Articles from many sources; a folder gives every readable file inside it, sorted by path, each with its
    path in the folder without suffixes as id (``a/index`` for ``a/index.html``)."""
    for spec in specs:
        files = _files(spec)
        if not files:
            yield Failure(source_id(spec), _no_articles(spec))
        for file, file_id in files:
            try:
                yield from articles_from(file, input_format, article_id=file_id, allow_private=allow_private)
            except InputError as exc:
                yield Failure(file_id, str(exc))


def nothing_to_read(specs: Iterable[str]) -> InputError | None:
    """Why no source of ``specs`` can give an article, when that is plain before reading: every one is a path that
    does not exist or a folder holding no article file (the error of the first); else None."""
    problems: list[InputError] = []
    for spec in specs:
        path = Path(spec)
        if spec == "-" or is_url(spec) or (path.exists() and (not path.is_dir() or _files(spec))):
            return None
        if path.is_dir():
            problems.append(InputError(_no_articles(spec)))
            continue
        problems.append(_missing(spec))
    return problems[0] if problems else None


def count_records(specs: Iterable[str], input_format: str = "auto") -> int | None:
    """How many results ``articles_in`` gives (JSONL lines and WARC pages counted), for a progress bar;
    ``None`` if unknown (a URL or stdin)."""
    total = 0
    for spec in specs:
        files = _files(spec)
        total += not files  # a folder with no article file gives one Failure
        for file, _ in files:
            if not Path(file).is_file():
                return None
            try:
                total += _count(file, input_format)
            except (OSError, *GZIP_ERRORS):
                total += 1  # the file gives one Failure
    return total


def _count(file: str, input_format: str) -> int:
    with Path(file).open("rb") as handle:
        stream, head = unpacked(handle)
        fmt = sniff_format(file, head) if input_format == "auto" else input_format
        if fmt == "jsonl":
            return _count_lines(stream)
        if fmt == "warc":
            handle.seek(0)
            return count_warc_records(handle, file)
        if fmt == "feed":
            return max(1, sum(len(ITEM_TAG.findall(line)) for line in stream))
        if fmt == "json":
            with contextlib.suppress(ValueError):  # a file that is not JSON gives one Failure
                value = json.load(stream)
                return len(value) if isinstance(value, list) and value else 1
        if fmt == "csv":
            with contextlib.suppress(InputError):  # a row that breaks off as CSV gives one Failure
                return max(1, sum(1 for _ in read_table(stream.read(), file).rows))
    return 1


def _count_lines(stream: Iterable[bytes]) -> int:
    """How many results ``_jsonl_articles`` gives for a JSONL stream: one a line with words, one failure for a file
    that is binary, in a wide encoding or empty, and the lines before a gzip stream that breaks off and its failure."""
    count = 0
    try:
        for number, line in enumerate(stream, start=1):
            if number == 1 and (looks_binary(line) or wide_encoding(line) is not None):
                return 1
            count += bool(line.strip())
    except GZIP_ERRORS:
        return count + 1
    return max(1, count)


def _files(spec: str) -> list[tuple[str, str]]:
    """The files a source names, each with the id of its article: a folder's files named by their path in it, without
    the format suffix unless two files would share the id ("story.txt" and "story.html" keep their suffixes)."""
    path = Path(spec)
    if not path.is_dir():
        return [(spec, source_id(spec))]
    files = [
        file.relative_to(path)
        for file in sorted(path.rglob("*"))
        if file.is_file() and suffix_of(file.name) in SUFFIX_FORMATS and not _project_file(file)
    ]
    shared = Counter(_without_suffixes(file) for file in files)
    return [
        (str(path / file), (file if shared[_without_suffixes(file)] > 1 else _without_suffixes(file)).as_posix())
        for file in files
    ]


def passed_over(spec: str) -> list[str]:
    """The files of a folder that ``articles_in`` does not read, by their path in it: a PDF, an image, a CSV or
    JSON file (read only when named on its own) beside the pages; hidden files and the folder's notes about
    itself (README, LICENSE) aside. ``[]`` for a source that is no folder."""
    path = Path(spec)
    if not path.is_dir():
        return []
    read = {file for file, _ in _files(spec)}
    return [
        file.relative_to(path).as_posix()
        for file in sorted(path.rglob("*"))
        if file.is_file()
        and str(file) not in read
        and not _project_file(file)
        and not any(part.startswith(".") for part in file.relative_to(path).parts)
    ]


# A folder's notes about itself, not articles: "README.md", "LICENSE.txt" (a file named directly is still read).
_PROJECT_FILES = frozenset(
    {"readme", "license", "licence", "changelog", "contributing", "copying", "notice", "authors"}
)


def _project_file(file: Path) -> bool:
    return _without_suffixes(PurePath(file.name)).name.lower() in _PROJECT_FILES


def _no_articles(folder: str) -> str:
    suffixes = ", ".join(sorted(SUFFIX_FORMATS))
    return f"{folder} holds no article file (none named {suffixes}, or the same with .gz)"


def _without_suffixes(path: PurePath) -> PurePath:
    """The path without its format suffix and any ``.gz``: ``a/index`` for ``a/index.html.gz``."""
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.with_suffix("")


def _jsonl_articles(
    lines: Iterable[bytes], name: str, source: str, published: date | None
) -> Iterator[Article | Failure]:
    found = False
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            if wide_encoding(raw) is not None:
                raise InputError(f"{name} is JSONL in {wide_encoding(raw)}; save it as UTF-8, one record a line")
            refuse_binary(raw, name)
            raw = raw.removeprefix(codecs.BOM_UTF8)
        decoded = raw.decode("utf-8", errors="replace")
        line = repair_mojibake(decoded)
        if not line.strip():
            continue
        found = True
        line_id = f"{source}:{number}"
        notes: tuple[str, ...] = ()
        if "\ufffd" in decoded and "\ufffd".encode() not in raw:
            notes = (
                f"{name} line {number} is not valid UTF-8; {decoded.count(chr(0xFFFD))} undecodable byte(s) "
                "replaced with U+FFFD",
            )
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(line_id, f"{name} line {number} is not JSON: {exc.msg}")
            continue
        yield record_or_failure(record, line_id, published, notes, where=f"{name} line {number}")
    if not found:
        raise InputError(f"{name} is empty; give a file with the article's words")


def _json_articles(data: bytes, name: str, source: str, published: date | None) -> Iterator[Article | Failure]:
    """The records of a JSON file: an array of records, or one record (pretty-printed or not), each as a JSONL
    line is read; an id-less record is ``<source>:<its place in the array>``."""
    refuse_binary(data, name)
    try:
        value = json.loads(data)  # UTF-8, -16 or -32, told by the bytes
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise InputError(
            f"{name} is not JSON ({exc.msg if isinstance(exc, json.JSONDecodeError) else exc}{where});"
            " give an array of records, one record, or JSONL with one record a line"
        ) from exc
    records = value if isinstance(value, list) else [value]
    if not records:
        raise InputError(f"{name} is an empty JSON array; it holds no articles")
    for number, record in enumerate(records, start=1):
        yield record_or_failure(record, f"{source}:{number}", published, where=f"{name} record {number}")


# The fields of a record; a CSV's header names them (any case), its other columns are left out.
_RECORD_FIELDS = ("id", "text", "html", "published", "title", "source", "author", "url")
# Names crawlers and spreadsheets give a publication date ("date", "pubDate", "published_at", "timestamp"): telex
# reads "published" only, so a record dated under another name is told so, rather than analysed undated in silence.
_DATE_LIKE = re.compile(r"date|time|published", re.IGNORECASE)


def _csv_articles(data: bytes, name: str, source: str, published: date | None) -> Iterator[Article | Failure]:
    """The records of a CSV (or tab-separated) file whose header names the fields of a JSONL record; an empty cell
    is no value; an id-less row is ``<source>:<its line>``. A file that breaks off as CSV gives the rows before."""
    table = read_table(data, name)
    if "text" not in table.header and "html" not in table.header:
        shown = ", ".join(table.header[:8]) or "none"
        raise InputError(
            f"{name} is CSV with the columns {shown}; it needs a column named text (or html), and may "
            "have id, published, title, source, author, url"
        )
    read = False
    for place in table.rows:
        if isinstance(place, RowBreak):
            yield Failure(
                f"{source}:{place.line}",
                f"{name} breaks off at line {place.line}: {place.reason}; the rows before were read",
            )
            continue
        line, row = place
        read = True
        record = {
            field: value
            for field, value in zip(table.header, row, strict=False)
            if (field in _RECORD_FIELDS or _DATE_LIKE.search(field)) and value.strip()
        }
        if record:  # else a blank line
            record = record if "text" in record or "html" in record else {**record, "text": ""}  # "is empty"
            yield record_or_failure(record, f"{source}:{line}", published, table.warnings, where=f"{name} line {line}")
    if not read:
        raise InputError(f"{name} has a header and no rows; give one article a row")


def record_or_failure(
    record: Any, place_id: str, published: date | None, notes: tuple[str, ...] = (), where: str | None = None
) -> Article | Failure:
    """A record of a batch as an article, or the failure that takes its place, named by its id if it has one; its
    message names ``where`` the record stands ("batch.jsonl line 7"), as a record's id need not."""
    try:
        return _record_article(record, place_id, published, notes)
    except InputError as exc:
        record_id = record.get("id") if isinstance(record, dict) else None
        return Failure(str(record_id or place_id), f"{exc} ({where})" if where else str(exc))


# What a JSON value that is no object is, for a message.
_JSON_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true or false"}


def _fields_said(record: dict[Any, Any]) -> str:
    """What a record that holds no text has instead, for its message: "; its fields are id, body: name the article's
    words "text"" (a batch from another tool calls them body, content or article), or what its "text" holds."""
    given = [name for name in ("text", "html") if name in record]
    if given:
        value = record[given[0]]
        kind = "null" if value is None else "empty" if missing(value) else _JSON_KINDS.get(type(value), "no string")
        return f' ("{given[0]}" is {kind})'
    names = [str(name) for name in record]
    shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
    return f'; its fields are {shown}: name the article\'s words "text"' if names else "; it has no fields"


def _record_article(record: Any, line_id: str, published: date | None, notes: tuple[str, ...] = ()) -> Article:
    """One JSONL record as an article: odd fields are converted or left out with a warning, never fatal."""
    if not isinstance(record, dict):
        kind = "null" if record is None else _JSON_KINDS.get(type(record), type(record).__name__)
        raise RecordError(f"record {line_id!r} is {kind}, not a JSON object; give one {{...}} object a line")
    given_id = record.get("id")
    record_id = str(given_id) if given_id is not None and str(given_id).strip() else line_id
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise RecordError(f'record {record_id!r} has neither "text" nor "html" as a string{_fields_said(record)}')
    warnings = list(notes)
    fields = {name: text_field(name, record.get(name), warnings) for name in ("title", "source", "author")}
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        warnings.append(f"url is a {type(url).__name__}, not text; left out")
    fields["url"] = text_field("url", url, warnings) if isinstance(url, str) else None
    when = date_field("published", record.get("published"), warnings)
    if record.get("published") is None:
        warnings += [
            f'field {name!r} is not read as the publication date; name it "published" (YYYY-MM-DD)'
            for name in record
            if isinstance(name, str) and name != "published" and _DATE_LIKE.search(name)
        ]
    return _article(
        record_id,
        text if isinstance(text, str) else None,
        html if isinstance(html, str) and not isinstance(text, str) else None,
        when or published,
        fields["title"],
        fields["source"],
        tuple(warnings),
        fields["author"],
        url=fields["url"],
    )


def _article(
    article_id: str,
    text: str | None,
    html: str | None,
    published: date | None,
    title: str | None,
    source: str | None,
    warnings: tuple[str, ...],
    author: str | None = None,
    url: str | None = None,
) -> Article:
    """The article of one document; ``url`` is where it came from, kept when an HTML page names no address."""
    if html is not None:
        article = html_to_article(article_id, html, url)
        body, repaired = safe_text(article.text)
        return Article(
            id=article_id,
            text=body,
            title=title or article.title,
            published=published or article.published,
            source=source or article.source,
            warnings=warnings + repaired + article.warnings,
            author=author or article.author,
            url=article.url,
        )
    assert text is not None
    if not text.strip():
        raise RecordError(f"article {article_id!r} is empty; give it some text")
    body, repaired = safe_text(text)
    return Article(article_id, body, title, published, source, warnings + repaired, author, url)


def _dated_by_dateline(article: Article) -> Article:
    """A plain-text file's article dated by the day its dateline names with its year ("WASHINGTON, March 3, 2025
    (Reuters) -"), as an HTML page is by its metadata, when no date was given; a dateline's day without a year is no
    date, and a warning says so (its events would be undated)."""
    words = None if article.published else dateline_day(article.text)
    if words is None:
        return article
    day = resolve_date(words, None)
    if day and len(day) == len("2025-03-03"):
        return replace(article, published=date.fromisoformat(day))
    return replace(
        article,
        warnings=(
            *article.warnings,
            f"the dateline names {words!r} without a year, so the "
            "article has no publication date and its events are undated; give the date (--published)",
        ),
    )
