"""The outlet chain of a story, originator first; outlets a quote was given to stay out."""

import pytest

from telex.ingest.chain import source_chain

CASES = [
    ("Putin visited Pyongyang, notes the Associated Press, quoted by BTA.", ["Associated Press", "BTA"]),
    ("MOSCOW (AP) — Russia's president left for Asia.", ["Associated Press"]),
    ("LONDON, June 3 (Reuters) - Britain said on Monday...", ["Reuters"]),
    ("The minister told Reuters the deal was off.", []),
    ("BTA reported, citing Xinhua, that talks had begun.", ["Xinhua", "BTA"]),
    ("Officials met, according to Yonhap.", ["Yonhap"]),
    ("Officials said two missiles were fired, Yonhap news agency reported.", ["Yonhap"]),
    ("According to the state news agency KCNA, Kim oversaw the test.", ["KCNA"]),
    ("\"We will win,\" he said in an interview with CNN.", []),
    ("Nothing about outlets here.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_source_chain(text: str, expected: list[str]) -> None:
    assert source_chain(text) == expected
