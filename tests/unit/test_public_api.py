"""The public API is small and checked: __all__ names exactly what the package offers, nothing else."""

import inspect

import telex


def test_all_names_exist() -> None:
    for name in telex.__all__:
        assert getattr(telex, name) is not None, name


def test_all_is_exactly_the_public_names() -> None:
    offered = {
        name for name, value in vars(telex).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    } | {"__version__", "Corpus"}  # Corpus is imported on first use (it brings DuckDB)
    assert set(telex.__all__) == offered
    assert len(telex.__all__) == len(set(telex.__all__))


def test_the_lazy_name_is_the_real_class() -> None:
    from telex.corpus.query import Corpus

    assert telex.Corpus is Corpus
