"""telex: evidence-backed event data from international news.

    >>> import telex
    >>> result = telex.analyze("Russian President Vladimir Putin visited Pyongyang.", published="2024-06-19")
    >>> result.to_dict()["events"][0]["source"][0]["code"]
    'RUSGOV'
"""

import typing

from telex.api import analyze, analyze_many, code_actor, open
from telex.errors import InputError, ModelError, RecordError, StoreError, TelexError, WorkerError
from telex.records import ActorRef, Analysis, Article, Entity, Event, Failure, Number, Quote, Speaker, Trigger

if typing.TYPE_CHECKING:  # a type checker sees the class ``__getattr__`` gives (``def f(corpus: telex.Corpus)``)
    from telex.corpus.query import Corpus

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """``telex.Corpus`` is imported on first use: it brings DuckDB and the near-duplicate index."""
    if name == "Corpus":
        from telex.corpus.query import Corpus

        return Corpus
    raise AttributeError(f"module 'telex' has no attribute {name!r}")

__all__ = [
    "ActorRef",
    "Analysis",
    "Article",
    "Corpus",
    "Entity",
    "Event",
    "Failure",
    "InputError",
    "ModelError",
    "Number",
    "Quote",
    "RecordError",
    "Speaker",
    "StoreError",
    "TelexError",
    "Trigger",
    "WorkerError",
    "__version__",
    "analyze",
    "analyze_many",
    "code_actor",
    "open",
]
