"""Events whose actors are known only by their sector (police, rebels, protesters) are kept; hazards are not actors."""

from datetime import date

import pytest

from telex.records import Analysis, Article

pytestmark = pytest.mark.model

TEXT = (
    "Riot police fired tear gas at stone-throwing protesters outside the parliament on Monday. "
    "Hours later, armed rebels attacked a police checkpoint on the main highway. "
    "A strong earthquake struck the mountain region on Tuesday, destroying hundreds of homes."
)


def test_sector_only_actors_keep_protest_and_attack_events() -> None:
    from telex.pipeline import analyze_articles

    [result] = analyze_articles([Article(id="sectors", text=TEXT, published=date(2021, 3, 2))])
    assert isinstance(result, Analysis), result
    coded = [(e.plover, [a.to_dict()["code"] for a in e.source], e.trigger.start) for e in result.events]
    quake = TEXT.index("earthquake")
    assert any(plover == "ASSAULT" and "COP" in sources for plover, sources, _ in coded), coded
    assert any(plover == "ASSAULT" and "REB" in sources for plover, sources, _ in coded), coded
    assert not any(start > quake for _, _, start in coded), coded  # the earthquake is no event
