"""The public API is small and checked: everything in __all__ exists and nothing else is promised."""

import telex


def test_all_names_exist() -> None:
    for name in telex.__all__:
        assert hasattr(telex, name), name


def test_all_is_sorted_and_complete() -> None:
    public = {n for n in dir(telex) if (not n.startswith("_") and n[0].isupper()) or n in ("analyze", "analyze_many")}
    assert sorted(telex.__all__, key=str.lower) == sorted(telex.__all__, key=str.lower)
    assert public <= set(telex.__all__)
