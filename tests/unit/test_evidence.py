"""The evidence sentence cut with the breaks found once is the one a scan from the text's start finds."""

import pytest

from telex.output.evidence import evidence, sentence_breaks

TEXTS = [
    'Putin arrived. "We signed it," he said.  Kim agreed!\nSeoul protested? Yes.” Then “More.»  \n\nEnd',
    "No break at all in this line",
    "Ends here.",
    '"Quoted." "Again."   Tail',
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_breaks_found_once_cut_the_same_sentence_at_every_span(text: str) -> None:
    breaks = sentence_breaks(text)
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 12) + 1):
            assert evidence(text, start, end, breaks) == evidence(text, start, end)


def test_the_sentence_around_a_span_on_one_line() -> None:
    text = 'Putin arrived. "We signed it,"\nhe said.  Kim agreed.'
    start = text.index("signed")
    assert evidence(text, start, start + 6, sentence_breaks(text)) == '"We signed it," he said.'


@pytest.mark.parametrize("mark", ['"', "”", "’", "»"])
def test_a_sentence_keeps_the_quotation_mark_that_closes_it(mark: str) -> None:
    text = f"The mayor said the plan was {mark}dead on arrival.{mark} Critics agreed."
    start = text.index("plan")
    assert evidence(text, start, start + 4, sentence_breaks(text)).endswith(f"arrival.{mark}")
    assert evidence(text, start, start + 4) == evidence(text, start, start + 4, sentence_breaks(text))


def test_a_line_wrapped_at_a_fixed_width_goes_on_but_a_headline_stands_alone() -> None:
    text = "Farmers block roads\nThe ministers of three states\n  met the farmers' union and\nagreed to talks.\nNext"
    start = text.index("agreed")
    assert evidence(text, start, start + 6, sentence_breaks(text)) == (
        "The ministers of three states met the farmers' union and agreed to talks.")
    assert evidence(text, 0, 7, sentence_breaks(text)) == "Farmers block roads"
