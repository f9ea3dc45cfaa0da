"""Validation tables that do not depend on the corpus, computed once per version of their inputs.

Why: notebook 07 scores every instrument on the annotated sets in ``data/other_styles`` and
``data/heldout`` (segmenting and analysing them again) on every run and for every corpus, a
1,000-article archive included, although the numbers only change with the code, the word
lists, the models, the annotated files or the installed packages. :func:`cached_table` keeps
such a table in ``OUT/store/results/<name>-<key>.parquet``, the key a sha256 of those inputs,
like the instrument tables of :mod:`helpers.report.store`. The cached table equals the
computed one (``DataFrame.equals``, same dtypes); a table that would not (or that parquet
cannot hold) is not cached.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from helpers.core.paths import DATA, LEXICONS, MODELS, PEOPLE, PROJECT_ROOT
from helpers.report.manifest import package_versions
from helpers.report.store import _tree_hash, keep_if_round_trips, store_dir

__all__ = ["INSTRUMENT_INPUTS", "annotated_set_inputs", "cached_table", "result_key"]

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
    if path.exists():
        return pd.read_parquet(path)
    table = compute()
    keep_if_round_trips(path, table, pd.read_parquet)
    return table


def annotated_set_inputs(name: str) -> list[Path]:
    """The inputs of :func:`helpers.evaluate.validation.annotated_set_summary` for ``name``."""
    return [*INSTRUMENT_INPUTS, DATA / name, DATA / "annotations" / name]
