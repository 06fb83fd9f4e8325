"""``python -m telex.serve --db PATH``: the same as ``telex serve``, through the telex command group, which
turns every error into one line and its exit status."""

import sys

from telex.cli import main

main(["serve", *sys.argv[1:]], prog_name="python -m telex")
