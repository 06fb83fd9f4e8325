"""Government departments named without their country, coded on their own (``telex.code_actor``)."""

from __future__ import annotations

import pytest

import telex


@pytest.mark.parametrize(
    "phrase",
    [
        "The Department of Commerce",
        "the Justice Department",
        "Energy Department officials",
        "the U.S. Trade Representative",
    ],
)
def test_a_federal_department_named_without_its_country_is_american(phrase: str) -> None:
    assert telex.code_actor(phrase)["code"] == "USAGOV"


def test_a_british_department_named_without_its_country_is_british() -> None:
    assert telex.code_actor("the Home Office")["code"] == "GBRGOV"
