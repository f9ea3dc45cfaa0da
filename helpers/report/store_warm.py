"""Warm the table store's instruments once in the fork server, before workers are forked.

Imported as a fork-server preload module by :mod:`helpers.report.store_build`. Each store
worker's first file used to cost about 1.5 CPU seconds more than the rest: the theme codebook
compiled, the lexicons read, TextBlob's and VADER's set-up, regexes compiled on first use.
Running :func:`warm` on a short invented article once in the fork server does that work before
the workers are forked, so every worker inherits it (on a 2-core machine about 1.5 s of wall
time per cold store). Importing the module runs it (a preload module can only be imported);
nothing else imports it. Only an optimisation: a failure here never stops the store (the workers
then warm up by themselves, as before).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

#: A short invented article touching every instrument (a quotation with a speaker, dates,
#: theme vocabulary); not taken from any corpus.
_ARTICLE = """Example headline for a warm-up article
By A Writer
1 March 2016

"We will not split the party," said Jane Example, the Labour MP, on Tuesday.
She told reporters in Washington last week that the alliance with America mattered.
The rebels met again in 2015, after the spending cuts.
"""


def warm() -> bool:
    """Run every store instrument once on :data:`_ARTICLE` in a temporary store.

    Returns True when all of them ran, False when any step failed (the failure is ignored:
    warming is an optimisation and must never break the fork server that imports this).
    """
    from helpers.core.lazy_patterns import compile_loaded
    from helpers.report.store import INSTRUMENT_VERSIONS, plan
    from helpers.report.store_build import process_file

    try:
        with tempfile.TemporaryDirectory(prefix="ns-store-warm-") as tmp:
            source = Path(tmp) / "warm.txt"
            source.write_text(_ARTICLE, encoding="utf-8")
            _, specs = plan([source])
            result = process_file(specs[0], str(Path(tmp) / "store"), tuple(INSTRUMENT_VERSIONS))
            compile_loaded()  # what the short article left uncompiled (import-cost round 40)
            return not result.error
    except Exception:  # noqa: BLE001 - an optimisation only; see the module docstring
        return False


#: Importing this module is what warms the fork server (its one job): preload modules can only
#: be imported.
WARMED = warm()
