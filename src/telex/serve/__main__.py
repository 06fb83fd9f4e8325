"""``python -m telex.serve --db PATH``: the same as ``telex serve``."""

from telex.serve.command import serve

serve(prog_name="python -m telex.serve")
