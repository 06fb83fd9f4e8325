"""Many articles at once: near-duplicate clusters, events counted once, actors across documents, exports."""

DEFAULT_DB = "telex.duckdb"
"""The database every corpus command (``ingest``, ``list`` … ``serve``) writes or reads when given no ``--db``."""
