"""Bytes to text: binaries refused, bad UTF-8 survives with a warning, mojibake repaired."""

import pytest

from telex.errors import InputError
from telex.ingest.decode import decode_bytes, looks_binary, repair_mojibake


def test_binary_is_refused_with_a_clear_message() -> None:
    with pytest.raises(InputError, match=r"picture\.png is an image, not an article"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "picture.png")
    with pytest.raises(InputError, match=r"dump\.bin is a binary file, not an article"):
        decode_bytes(b"\x01\x02\x00\x00\x07", "dump.bin")


@pytest.mark.parametrize(("data", "told"), [
    # A PDF of uncompressed text holds no NUL byte: it was analysed as an article of PDF syntax, exit 0.
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nBT (Hello world) Tj ET\n",
     "report.txt is a PDF, not an article: extract its text first (pdftotext report.txt out.txt)"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "report.txt is a zip archive (as a .docx, .xlsx or .odt is)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "report.txt is an old Office document (.doc, .xls), not an article"),
])  # fmt: skip
def test_a_document_that_is_no_text_is_named_with_what_to_give(data: bytes, told: str) -> None:
    with pytest.raises(InputError) as raised:
        decode_bytes(data, "report.txt")
    assert str(raised.value).startswith(told)


def test_empty_is_refused() -> None:
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"   \n", "empty.txt")


def test_invalid_utf8_is_replaced_and_reported() -> None:
    text, warnings = decode_bytes(b"Seoul said " + b"\x81\x8d" + b" today.", "bad.txt")  # neither UTF-8 nor cp1252
    assert text.startswith("Seoul said ")
    assert "\ufffd" in text
    assert any("not valid UTF-8" in w for w in warnings)


def test_mojibake_is_repaired_and_curly_quotes_kept() -> None:
    assert repair_mojibake("Russiaâ€™s â€œtreatyâ€\x9d") == "Russia’s “treaty”"
    assert repair_mojibake("„Fundamental“, he said") == "„Fundamental“, he said"


def test_plain_text_is_not_binary() -> None:
    assert not looks_binary(b"Plain words.\n\tIndented.")


TEXT = "Kim met Putin in Pyongyang on Wednesday. „Good“ talks, said Lavrov."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_or_without_bom(encoding: str) -> None:
    text, warnings = decode_bytes(TEXT.encode(encoding), "story.txt")
    assert text == TEXT
    assert warnings and "read as UTF-" in warnings[0]


def test_windows_1252_is_read_as_such() -> None:
    text, warnings = decode_bytes("Café in Zürich – “quoted”".encode("cp1252"), "story.txt")
    assert text == "Café in Zürich – “quoted”"
    assert "Windows-1252" in warnings[0] and "not valid UTF-8" in warnings[0]


def page(charset: str, body: str, encoding: str) -> bytes:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
            f"<body><p>{body}</p></body></html>").encode(encoding)


@pytest.mark.parametrize(("charset", "body"), [
    ("shift_jis", "The minister said talks in 東京 would go on."),
    ("windows-1251", "Лавров said the talks would go on."),
    ("iso-8859-1", "Moscow would “never accept” it, the café owner said."),  # read as browsers do: Windows-1252
])  # fmt: skip
def test_a_page_that_is_not_utf8_is_read_in_the_encoding_it_declares(charset: str, body: str) -> None:
    from telex.ingest.decode import declared_charset

    data = page(charset, body, "cp1252" if charset == "iso-8859-1" else charset)
    text, warnings = decode_bytes(data, "page.html", declared_charset(data))
    assert body in text and len(warnings) == 1 and "the encoding it declares" in warnings[0]


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    from telex.ingest.decode import declared_charset

    data = page("windows-1252", "Moscow would “never accept” it.", "utf-8")
    assert declared_charset(data) == "cp1252"
    assert decode_bytes(data, "page.html", declared_charset(data)) == (data.decode(), ())


@pytest.mark.parametrize("charset", ["utf-16", "UTF-16LE", "utf-32"])
def test_a_wide_encoding_declared_in_a_readable_meta_is_not_believed(charset: str) -> None:
    from telex.ingest.decode import declared_charset

    data = page(charset, "Moscow would “never accept” it, the café owner said. ", "cp1252")
    data += b" " * (len(data) % 4 and 4 - len(data) % 4)  # a length UTF-16 and UTF-32 would decode
    assert declared_charset(data) is None
    text, _ = decode_bytes(data, "page.html", declared_charset(data))
    assert "Moscow would “never accept” it, the café owner said." in text


@pytest.mark.parametrize(("charset", "encoding", "body"), [
    ("gb2312", "gbk", "Premier 朱镕基 said the talks would go on."),  # 镕 is GBK, not GB2312
    ("shift_jis", "cp932", "Item ① of the plan, the minister said."),  # ① is Windows-31J
    ("iso-8859-9", "cp1254", "Erdoğan said the “talks” would go on."),
])  # fmt: skip
def test_a_declared_encoding_is_read_as_browsers_read_it(charset: str, encoding: str, body: str) -> None:
    from telex.ingest.decode import declared_charset

    data = page(charset, body, encoding)
    text, warnings = decode_bytes(data, "page.html", declared_charset(data))
    assert body in text and "the encoding it declares" in warnings[0]
