"""Validation tables that do not depend on the corpus, computed once per version of their inputs.

Why: notebook 07 scores every instrument on the annotated sets in ``data/other_styles`` and
``data/heldout`` (segmenting and analysing them again) on every run and for every corpus, a
1,000-article archive included, although the numbers only change with the code, the word
lists, the models, the annotated files or the installed packages. :func:`cached_table` keeps
such a table in ``OUT/store/results/<name>-<key>.parquet``, the key a sha256 of those inputs,
like the instrument tables of :mod:`helpers.report.store`. The cached table equals the
computed one (``DataFrame.equals``, same dtypes); a table that would not (or that parquet
cannot hold) is not cached. Every change of code, word lists or packages gives a new key, so
only the :data:`RESULTS_KEEP` most recently used versions of each table are kept.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from helpers.core.paths import DATA, LEXICONS, MODELS, PEOPLE, PROJECT_ROOT
from helpers.report.manifest import package_versions
from helpers.report.store import (
    _tree_hash,
    keep_if_round_trips,
    mark_used,
    prune_recent,
    store_dir,
)

__all__ = [
    "INSTRUMENT_INPUTS", "RESULTS_KEEP", "annotated_set_inputs", "cached_table", "prune_results",
    "result_key",
]

#: Versions kept per result table in ``OUT/store/results/`` (the most recently used). Why
#: three: the current code, and a version or two to go back to while comparing branches.
RESULTS_KEEP = 3

#: What every instrument score depends on besides its annotated set: the code that segments,
#: analyses and scores, the word lists, the people register and the sentiment models.
INSTRUMENT_INPUTS: tuple[Path, ...] = (
    PROJECT_ROOT / "helpers" / "core", PROJECT_ROOT / "helpers" / "instruments",
    PROJECT_ROOT / "helpers" / "evaluate", LEXICONS, PEOPLE, MODELS,
)


def result_key(name: str, inputs: Sequence[Path]) -> str:
    """sha256 of ``name``, the files under ``inputs`` (names and contents) and the installed
    package versions."""
    parts = {"name": name, "files": _tree_hash([p for p in inputs if p.exists()]),
             "packages": package_versions()}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def cached_table(name: str, compute: Callable[[], pd.DataFrame], inputs: Sequence[Path],
                 out: str | Path | None = None) -> pd.DataFrame:
    """``compute()``, or the table it returned last time the files under ``inputs`` were the
    same (see :func:`result_key`), read from ``OUT/store/results``.

    ``inputs`` must name everything the table depends on (:data:`INSTRUMENT_INPUTS` plus the
    annotated set, for example). A table that would not read back equal is returned without
    being cached.
    """
    path = store_dir(out) / "results" / f"{name}-{result_key(name, inputs)}.parquet"
    try:
        table = pd.read_parquet(path)
    except FileNotFoundError:
        pass
    else:
        mark_used(path)
        return table
    table = compute()
    if keep_if_round_trips(path, table, pd.read_parquet):
        mark_used(path)
        prune_results(path.parent, name)
    return table


def prune_results(folder: Path, name: str, keep: int = RESULTS_KEEP) -> list[Path]:
    """Remove all but the ``keep`` most recently used versions of result table ``name`` in
    ``folder`` (``<name>-<64 hex>.parquet`` only: ``name-x`` is another table); return them."""
    own = re.compile(re.escape(name) + r"-[0-9a-f]{64}\.parquet")
    return prune_recent([p for p in folder.glob(f"{name}-*.parquet") if own.fullmatch(p.name)],
                        keep)


def annotated_set_inputs(name: str) -> list[Path]:
    """The inputs of :func:`helpers.evaluate.validation.annotated_set_summary` for ``name``."""
    return [*INSTRUMENT_INPUTS, DATA / name, DATA / "annotations" / name]
