"""Page furniture: teasers, invitations and photo credits are never quotes."""

from __future__ import annotations

import re

import pytest

from telex.quotes.furniture import furniture_lines
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
    ],
)
def test_article_sentences_are_not_furniture(line: str) -> None:
    assert furniture(line) == []
