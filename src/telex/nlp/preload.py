"""Imported by the worker processes' fork server, never by telex itself: loading the model here, once,
lets every worker forked from the server start with the model already in memory (shared, until written).

The tables every article needs (actors, the Phoenix fallback, event patterns) are read here too, for the same
reason: read once by the server, not once by every worker (the Phoenix tables alone take 0.2 to 0.35 s).

Then everything read so far is frozen out of the cyclic garbage collector: the model and the tables live as long
as the process, so no collection needs to walk them again (a full walk of them takes about 0.1 s, about once a
batch), and a worker that does not walk them keeps sharing their memory pages with the server.

The fork server also asks to die with the process that started it: its workers die with it in turn
(telex.parallel), so a killed run (kill -9 included) leaves no process behind.
"""

import gc

from telex.actors.phoenix import phoenix_table
from telex.actors.table import actor_table
from telex.events.patterns import noun_codes, petrarch_patterns, verb_patterns
from telex.nlp.model import load_model
from telex.parallel import die_with_parent

die_with_parent()
load_model()
for table in (actor_table, phoenix_table, verb_patterns, petrarch_patterns, noun_codes):
    table()
gc.freeze()
