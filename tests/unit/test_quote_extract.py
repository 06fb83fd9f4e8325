"""Which drafts become quotes: a report nested in another's content is part of that statement."""

from __future__ import annotations

from telex.quotes.direct import Draft
from telex.quotes.extract import _outermost


def _draft(start: int, end: int, class_: str = "speech") -> Draft:
    return Draft("indirect", start, end, "said", None, None, class_=class_)


def test_a_report_inside_another_quote_is_part_of_it() -> None:
    # "Kim recalled the chief calling the plan “a mess”": the quoted call sits inside what Kim recalled.
    outer, inner, beside = _draft(10, 60), _draft(30, 60), _draft(70, 90)
    assert _outermost("x" * 90, [outer, inner, beside]) == [outer, beside]


def test_of_two_drafts_of_one_span_the_first_stays() -> None:
    first, second = _draft(10, 60), _draft(10, 60, "belief")
    kept = _outermost("x" * 60, [first, second])
    assert len(kept) == 1 and kept[0] is first



def test_a_report_stopping_before_the_closing_marks_still_holds_the_quotation() -> None:
    text = "She said she admired what he calls a “war of words.”"
    said = _draft(text.index("she admired"), text.index("words") + len("words"))
    quotation = Draft("direct", text.index("“"), len(text), "calls", None, None)
    assert _outermost(text, [said, quotation]) == [said]
    # A quotation running past the report's last word is not inside it.
    longer = text.replace("words.”", "words,” he said.")
    beyond = Draft("direct", longer.index("“"), longer.rindex("he said"), "calls", None, None)
    cut = _draft(longer.index("she admired"), longer.index("war of") + len("war of"))
    assert _outermost(longer, [cut, beyond]) == [cut, beyond]
