"""The article's headline: told from the body's first sentence by the input's title or by its shape, and the quotes
that stand in it, which the speech scheme leaves out and the attribution scheme keeps."""

from __future__ import annotations

import pytest

from telex.quotes.headline import headline_span, in_headline
from telex.quotes.scheme import in_scheme, keeps_headline, with_events_in_scheme
from telex.records import Event, Quote, Speaker, Trigger

BODY = "The mayor of Lakeview said on Tuesday that the bridge would reopen in May.\n\nWork began in March.\n"


def headline(text: str, title: str | None = None) -> str | None:
    span = headline_span(text, title)
    return text[span[0] : span[1]] if span is not None else None


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # The title given with the text, as PolNeAR and many feeds give it: a stop added, quote marks moved.
        ("Bridge to reopen in May, mayor says.", "Bridge to reopen in May, mayor says"),
        ("Mayor: Bridge ‘Will Reopen in May.’", "Mayor: Bridge ‘Will Reopen in May’"),
        # A feed that cuts the title at its semicolon.
        ("Lakeview bridge to reopen;", "Lakeview bridge to reopen; Repairs cost $4 million"),
        # No title: title case or capitals, whatever ends the line.
        ("Mayor Says Bridge Will Reopen in May.", None),
        ("MAYOR SAYS BRIDGE WILL REOPEN", None),
        # No title: a paragraph of its own with no closing punctuation.
        ("Bridge to reopen in May, mayor says", None),
    ],
)
def test_a_first_line_that_is_the_headline(first: str, title: str | None) -> None:
    assert headline(f"{first}\n\n{BODY}", title) == first


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (BODY, None),  # the body's first sentence: sentence case, a full stop
        (BODY, "Bridge to reopen in May"),  # a title that is not the first line
        # A sentence dense with names is not title case: "said", "bridge" are in lower case.
        ("Mayor Ana Ortiz of Lakeview said the bridge to Port Ellis would reopen.\n\nWork began in March.", None),
        # A line hard-wrapped inside its sentence has no closing punctuation, and its sentence goes on below.
        ("The mayor of Lakeview said on Tuesday that the\nbridge would reopen in May.\n", None),
        # A line that introduces what follows.
        ("The mayor told the council on Tuesday:\n\n“The bridge will reopen in May.”\n", None),
        # A text of one line is all body.
        ("Bridge to reopen in May, mayor says", None),
        # A long paragraph with no stop is no headline.
        (" ".join(["word"] * 30) + "\n\n" + BODY, None),
    ],
)
def test_a_first_line_that_is_the_body(text: str, title: str | None) -> None:
    assert headline(text, title) is None


def test_blank_lines_before_the_headline_are_skipped() -> None:
    text = f"\n  Mayor Says Bridge Will Reopen  \n\n{BODY}"
    assert headline(text) == "Mayor Says Bridge Will Reopen"


def _quote(number: int, start: int) -> Quote:
    speaker = Speaker("Ortiz", 0, 5, "Ana Ortiz")
    return Quote(f"Q{number}", "direct", "x", start, start + 5, "says", speaker, number)


def test_the_speech_scheme_leaves_the_headline_out_and_attribution_keeps_it_marked() -> None:
    quotes = in_headline([_quote(1, 10), _quote(2, 60), _quote(3, 90)], (0, 40))
    assert [q.headline for q in quotes] == [True, False, False]
    assert [(q.id, q.start) for q in in_scheme(quotes, "speech")] == [("Q1", 60), ("Q2", 90)]
    assert in_scheme(quotes, "attribution") == quotes
    assert not keeps_headline("speech") and keeps_headline("attribution")


def test_no_headline_marks_no_quote() -> None:
    quotes = [_quote(1, 10)]
    assert in_headline(quotes, None) == quotes
    assert Quote.from_dict({**quotes[0].to_dict(), "headline": True}).headline
    assert not Quote.from_dict({k: v for k, v in quotes[0].to_dict().items() if k != "headline"}).headline


def _event(number: int, reported_by: str | None) -> Event:
    return Event(f"V{number}", "111", "11", "ACCUSE", None, 3, -2.0, (), (), "asserted",
                 Trigger("failure", number * 10, number * 10 + 7), number, 0.8, reported_by=reported_by)  # fmt: skip


def test_events_name_the_quotes_the_scheme_keeps_by_their_new_ids() -> None:
    quotes = in_headline([_quote(1, 10), _quote(2, 60)], (0, 40))
    events = [_event(1, "Q1"), _event(2, "Q2"), _event(3, None)]
    kept, renamed = with_events_in_scheme(quotes, events, "speech")
    assert [q.id for q in kept] == ["Q1"] and kept[0].start == 60
    # The headline's event stays, its quote no longer listed; the body's names its quote's new id.
    assert [e.reported_by for e in renamed] == [None, "Q1", None]
    assert with_events_in_scheme(quotes, events, "attribution") == (quotes, events)
