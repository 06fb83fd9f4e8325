"""The Python API: ``telex.analyze`` for one text, ``telex.analyze_many`` for a batch with one model load."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from telex.isodate import parse_date
from telex.records import Analysis, Article, Failure


def analyze(
    text: str,
    published: date | str | None = None,
    title: str | None = None,
    id: str = "article",
    source: str | None = None,
) -> Analysis:
    """Analyse one article's plain text; offsets in the result index ``text`` unchanged."""
    from telex.pipeline import analyze_one

    article = Article(id=id, text=text, title=title, published=parse_date(published), source=source)
    return analyze_one(article)


def analyze_many(
    articles: Iterable[Article | str], batch_size: int = 16, processes: int = 1
) -> Iterator[Analysis | Failure]:
    """Analyse many articles in order, loading the model once; plain strings get ids "1", "2", ….

    An article that cannot be analysed gives a ``Failure`` in its place. With ``processes`` > 1 the
    articles are analysed in that many worker processes, each with its own model (about 300 MB); the
    calling script then needs multiprocessing's ``if __name__ == "__main__":`` guard.
    """
    from telex.pipeline import analyze_articles

    def as_articles() -> Iterator[Article]:
        for number, item in enumerate(articles, start=1):
            yield item if isinstance(item, Article) else Article(id=str(number), text=item)

    return analyze_articles(as_articles(), batch_size=batch_size, processes=processes)
