"""``telex serve``: a REST API and a dashboard over a stored corpus (``app.create_app``; the command in ``command``).

This module stays light so that ``telex --help`` does not import FastAPI.
"""

DEFAULT_MAX_BODY = 10 * 1024 * 1024
"""The largest request body the server reads, in bytes (``--max-body``)."""
