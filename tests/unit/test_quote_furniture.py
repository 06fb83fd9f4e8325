"""Page furniture: teasers, invitations, photo credits and the publisher's notes are never quotes."""

from __future__ import annotations

import re

import pytest

from telex.quotes.furniture import furniture_lines, quoted_subheadings
from telex.tables import read_table


def furniture(text: str) -> list[str]:
    return [text[a:b] for a, b in furniture_lines(text)]


def test_every_pattern_fires_on_its_example() -> None:
    for row in read_table("page_furniture.tsv"):
        assert re.search(row["pattern"], row["example"]), row
        assert furniture(row["example"]) == [row["example"]]


@pytest.mark.parametrize(
    "line",
    [
        "WATCH: Minister says the budget is balanced",
        "READ MORE: Premier says the strike must end",
        "Video: Mayor says police will patrol the park",
        "Prime Minister Justin Trudeau speaks in Ottawa on Tuesday. THE CANADIAN PRESS/Sean Kilpatrick",
        "Photo by Jane Doe/Getty Images",
        "(AP Photo/Evan Vucci)",
        "Supporters cheer at a rally. Photo by Jane Doe",
        "Editor’s note: The senator is a candidate who has repeatedly pledged to cut taxes.",
        "Editor's Note: The following is part 2 of 3 exclusive excerpts from the author's new book.",
        "This story has been updated to note that he posted the syllabus on his Facebook page.",
        "This post has been updated to include Zucker’s comments on HLN.",
    ],
)
def test_furniture_lines(line: str) -> None:
    text = f"The talks failed, he said.\n{line}\nShe said they would resume."
    assert furniture(text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Video shows that he had his hands in the air, the lawyer said.",
        "The minister watched the vote and said it was fair.",
        "More than 40 people said they saw the attack.",
        "Related talks will resume on Monday, officials said.",
        "A web video by the party references four of his cases.",
        # A correction speaks of the publication's own text: what it reports is news.
        "Editor's Note: An article on Monday reported that she had talked openly about the plan.",
        "Correction: An earlier version of this story incorrectly indicated that he would run.",
        "The editor's note said the senator had pledged to cut taxes.",
        # Another text updated is news: "this" is the page's own.
        "The report was updated last week to show that he had lied, the agency said.",
    ],
)
def test_article_sentences_are_not_furniture(line: str) -> None:
    assert furniture(line) == []


def test_a_line_broken_inside_its_sentence_goes_on_with_it() -> None:
    note = "Editor’s note: The senator is a candidate\nwho has repeatedly\npledged to cut taxes."
    text = f"The talks failed, he said.\n{note}\nShe said they would resume."
    assert furniture(text) == [note]


def _subheadings(text: str) -> list[str]:
    return [text[a:b] for a, b in quoted_subheadings(text)]


def test_a_line_quoted_in_single_marks_among_double_ones_is_a_subheading() -> None:
    text = "“We lost,” she said.\n\n'A change warrior.'\n\nIn 2005 the board turned on her."
    assert _subheadings(text) == ["'A change warrior.'"]
    assert _subheadings(text.replace("“We lost,”", "''We lost,''")) == ["'A change warrior.'"]


def test_a_text_quoting_with_single_marks_has_no_quoted_subheading() -> None:
    assert _subheadings("‘We lost,’ she said.\n\n‘It was a bad night.’\n\nThe board met.") == []


def test_a_doubled_mark_a_long_line_or_words_after_the_marks_make_no_subheading() -> None:
    text = "“We lost,” she said.\n\n''It was a bad night.''\n\n'Stay or pay' could make firms reconsider.\n\n"
    long_line = "'" + " ".join(["word"] * 13) + ".'"
    assert _subheadings(text + long_line) == []
