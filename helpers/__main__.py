"""Entry point for ``python -m helpers`` (the ``ns-helpers`` script calls the same ``main``)."""

import sys

from helpers.cli import main

sys.exit(main(prog="python -m helpers"))
