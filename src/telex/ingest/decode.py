"""Bytes to text: refuse binaries, survive bad encodings, repair mojibake, and say what changed."""

from __future__ import annotations

import codecs
import re

import ftfy

from telex.errors import InputError

_SNIFF = 8192
# Labels that pages mean as a wider encoding, as browsers read them (WHATWG Encoding): Windows-1252 for Latin-1, whose
# “quotes” are 0x93 and 0x94; GBK (朱镕基) for GB2312, Windows-31J (①) for Shift_JIS, and the like.
_AS_BROWSERS_READ = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874", "iso8859-11": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs",
}  # fmt: skip
# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…"> in a page's head.
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)  # fmt: skip


def wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 told by a byte-order mark, or without one by where the NUL bytes of ASCII text fall."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return None if encoding == "utf-8" else encoding
    head = data[: _SNIFF - _SNIFF % 4]
    if len(head) < 4:
        return None
    columns = [head[i::4].count(0) / len(head[i::4]) for i in range(4)]
    if columns[1] > 0.9 and columns[2] > 0.9 and columns[3] > 0.9 and columns[0] < 0.5:
        return "utf-32-le"
    if columns[0] > 0.9 and columns[1] > 0.9 and columns[2] > 0.9 and columns[3] < 0.5:
        return "utf-32-be"
    odd, even = (columns[1] + columns[3]) / 2, (columns[0] + columns[2]) / 2
    if odd > 0.6 and even < 0.2:
        return "utf-16-le"
    if even > 0.6 and odd < 0.2:
        return "utf-16-be"
    return None


# Files analysts hold beside their articles, told by their first bytes: what each is, and what to give instead.
_GIVE = "give text, HTML or JSONL"
_BINARY_KINDS = (
    (b"%PDF-", "a PDF", "extract its text first (pdftotext {name} out.txt) and give that"),
    (b"PK\x03\x04", "a zip archive (as a .docx, .xlsx or .odt is)", "unzip it, or save the document as plain text"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls)", "save it as plain text or HTML"),
    (b"\x89PNG", "an image", _GIVE), (b"\xff\xd8\xff", "an image", _GIVE), (b"GIF8", "an image", _GIVE),
)  # fmt: skip


def refuse_binary(data: bytes, name: str) -> None:
    """An ``InputError`` for bytes that are no article (``looks_binary``), saying what the file is when its first
    bytes tell it and what to give instead: "report.pdf is a PDF, not an article: extract its text first
    (pdftotext …)". A PDF starts with text ("%PDF-1.4"), so it is told by its mark even with no NUL byte near."""
    if not looks_binary(data):
        return
    for mark, kind, instead in _BINARY_KINDS:
        if data.startswith(mark):
            raise InputError(f"{name} is {kind}, not an article: {instead.format(name=name)}")
    raise InputError(f"{name} is a binary file, not an article; {_GIVE}")


def looks_binary(data: bytes) -> bool:
    """The mark of a document or image (``_BINARY_KINDS``), NUL bytes or many control characters in the first few
    kilobytes: not an article."""
    if data.startswith(tuple(mark for mark, _, _ in _BINARY_KINDS)):
        return True
    if wide_encoding(data) is not None:
        return False
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def declared_charset(html: bytes) -> str | None:
    """The encoding a web page declares in a ``<meta>`` of its first bytes, if Python knows it. A page whose
    ``<meta>`` reads as ASCII is in no UTF-16 or UTF-32, whatever it says (browsers then read UTF-8): a truly
    wide page is told by ``wide_encoding``."""
    found = _META_CHARSET.search(html[:_SNIFF])
    declared = known_charset(found.group(1).decode("ascii")) if found else None
    return None if declared is not None and declared.startswith(("utf-16", "utf-32")) else declared


def known_charset(label: str) -> str | None:
    """Python's name for an encoding label of a page or an HTTP header, read as browsers read it; ``None`` if
    Python does not know it."""
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return _AS_BROWSERS_READ.get(name, name)


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8 (with or without BOM), UTF-16 and UTF-32 (with or without BOM), else the ``declared``
    encoding (an HTTP header's or a page's), else Windows-1252; replace what still cannot be decoded; repair
    mojibake; say what was done. Valid UTF-8 wins over a declaration, which pages often get wrong."""
    refuse_binary(data, name)
    warnings: list[str] = []
    wide = wide_encoding(data)
    if wide is None and declared is not None and not _is_utf8(data):
        try:
            text = data.decode(declared)
            warnings.append(f"{name} is not UTF-8; read as {declared}, the encoding it declares")
        except (LookupError, UnicodeDecodeError):
            text = _narrow(data, name, warnings)
    elif wide is not None:
        text = data.decode(wide, errors="replace").removeprefix("\ufeff")
        warnings.append(f"{name} read as {wide.upper()}")
        if "\ufffd" in text:
            warnings.append(f"{text.count(chr(0xFFFD))} undecodable byte(s) of {name} replaced with U+FFFD")
    else:
        text = _narrow(data, name, warnings)
    repaired = repair_mojibake(text)
    if repaired != text:
        warnings.append("mojibake repaired (text was decoded with the wrong encoding); offsets index the repaired text")
    if not repaired.strip():
        raise InputError(f"{name} is empty; give a file with the article's words")
    return repaired, tuple(warnings)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _narrow(data: bytes, name: str, warnings: list[str]) -> str:
    """UTF-8, or Windows-1252 for text that is not UTF-8 but is that, else UTF-8 with replacements."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first = exc.start
    try:
        text = data.decode("cp1252")
        warnings.append(f"{name} is not valid UTF-8 (first bad byte at {first}); read as Windows-1252")
        return text
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
    warnings.append(
        f"{name} is not valid UTF-8 (first bad byte at {first}); {text.count(chr(0xFFFD))} undecodable "
        "byte(s) replaced with U+FFFD"
    )
    return text


def repair_mojibake(text: str) -> str:
    """Undo wrong-encoding damage ("Russiaâ€™s" is "Russia’s") and nothing else: quotes stay as written."""
    return str(
        ftfy.fix_text(
            text,
            uncurl_quotes=False,
            fix_line_breaks=False,
            normalization=None,
            fix_latin_ligatures=False,
            fix_character_width=False,
            remove_control_chars=False,
            unescape_html=False,
        )
    )
