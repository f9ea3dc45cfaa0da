"""PolNeAR splits and the rules' dev predictions, computed once per test process.

Why: four tests in three files loaded PolNeAR train (``load_polnear``: 840 articles, brat files,
referent codings; about 4 s each) and two files ran ``predict_quotes`` on dev (about 3 s). The
functions are deterministic in the shared data and the code, so a test process computes each
once and hands every caller a fresh copy (a test may change its split or table without another
test seeing it). Nothing is written to disk; each pytest-xdist worker computes its own.

The cache is keyed on the resolved folder as well as the split (review 12): a test that points
``NS_SHARED_DATA`` at another folder gets that folder's data, not the first one's.

Only the default rules are cached: a test that monkeypatches the instrument calls
``predict_quotes`` itself.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from helpers.evaluate.polnear import PolnearSplit, load_polnear, predict_quotes
from helpers.evaluate.shared_data import validation_dir


@functools.cache
def _split(folder: Path, split: str) -> PolnearSplit:
    return load_polnear(folder, split)


@functools.cache
def _dev_prediction(folder: Path) -> pd.DataFrame:
    return predict_quotes(_split(folder, "dev"))


def polnear_split(split: str) -> PolnearSplit:
    """``load_polnear(validation_dir("polnear"), split)``, loaded once per process; a copy
    (its own dicts and gold table) on every call. The caller checks that the folder exists."""
    s = _split(validation_dir("polnear").resolve(), split)
    return PolnearSplit(dict(s.texts), dict(s.dates), s.gold.copy(), dict(s.annotators))


def dev_prediction() -> pd.DataFrame:
    """``predict_quotes`` of the default rules on PolNeAR dev (:func:`polnear_split`), computed
    once per process; a copy on every call."""
    return _dev_prediction(validation_dir("polnear").resolve()).copy()
