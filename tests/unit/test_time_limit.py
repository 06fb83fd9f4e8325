"""A pathological article is bounded in time: masked noise, and a limit that fails it in place."""

import time

import pytest

from telex.ingest.clean import clean, mask_runs
from telex.timelimit import TimeLimitExceeded, time_limit


def test_the_limit_stops_a_slow_block() -> None:
    started = time.perf_counter()
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        while True:
            sum(range(1000))
    assert time.perf_counter() - started < 2


def test_no_limit_and_a_fast_block_run_to_their_end() -> None:
    with time_limit(None):
        total = sum(range(1000))
    with time_limit(5):
        total += 1
    assert total == 499501


@pytest.mark.parametrize("noise", ["!" * 16_000, "_" * 49_000, "😀" * 500, "! " * 800, "ha " * 40, "-=+*" * 100,
                                   "#$%&*@!?" * 20])
def test_noise_is_masked_with_offsets_kept(noise: str) -> None:
    text = "Putin said on Monday that talks would go on. " + noise + " Kim agreed."
    cleaned = clean(text)
    assert len(cleaned.text) == len(text)
    assert cleaned.text.startswith("Putin said on Monday that talks would go on.")
    assert cleaned.text.endswith(" Kim agreed.")
    assert not cleaned.text[46:46 + len(noise)].strip()
    assert any("repeated characters masked" in w for w in cleaned.warnings)


@pytest.mark.parametrize("prose", ["Wait... what?!", "Scores: 1-0, 2-2 and 3-3.", "He said \"no\" -- twice.",
                                   "=" * 20, "www.example.com/aaaa", "1234567890" * 5, "\n" * 100,
                                   "$$$ 100,000,000 $$$", "Ready... set... go!!! Now!!!"])
def test_prose_and_short_separators_are_kept(prose: str) -> None:
    assert mask_runs(prose) == (prose, [])
