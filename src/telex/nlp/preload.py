"""Imported by the worker processes' fork server, never by telex itself: loading the model here, once,
lets every worker forked from the server start with the model already in memory (shared, until written).

The fork server also asks to die with the process that started it: its workers die with it in turn
(telex.parallel), so a killed run (kill -9 included) leaves no process behind.
"""

from telex.nlp.model import load_model
from telex.parallel import die_with_parent

die_with_parent()
load_model()
