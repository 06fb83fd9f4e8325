"""Many articles at once: near-duplicate clusters, events counted once, actors across documents, exports."""

DEFAULT_DB = "telex.duckdb"
"""The database every corpus command (``ingest``, ``list`` … ``serve``) writes or reads when given no ``--db``."""

# What ``Corpus.actors`` (``telex actors --by``) ranks actors by: its first count, the others breaking ties.
ACTOR_RANKS = ("events", "quotes", "mentions", "articles")
