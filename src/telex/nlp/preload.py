"""Imported by the worker processes' fork server, never by telex itself: loading the model here, once,
lets every worker forked from the server start with the model already in memory (shared, until written)."""

from telex.nlp.model import load_model

load_model()
