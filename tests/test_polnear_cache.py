"""The per-process PolNeAR cache of the tests follows ``NS_SHARED_DATA`` (review 12).

Two invented shared folders; the loader is replaced by one that names the folder it was given,
so the test reads which folder each cached split came from (the real loader needs the real
split's referent codings). Before the fix the cache was keyed on the split name alone and gave
the first folder's split for both.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import tests.polnear_cache as cache
from helpers.evaluate.polnear import PolnearSplit


def _fake_loader(folder: Path, split: str) -> PolnearSplit:
    """A split whose one text names the folder it was loaded from."""
    return PolnearSplit({f"{split}.txt": str(folder)}, {}, pd.DataFrame(), {})


def test_the_cache_is_keyed_on_the_shared_folder(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "load_polnear", _fake_loader)
    for name in ("one", "two"):
        (tmp_path / name / "validation" / "polnear").mkdir(parents=True)
    monkeypatch.setenv("NS_SHARED_DATA", str(tmp_path / "one"))
    first = cache.polnear_split("dev")
    monkeypatch.setenv("NS_SHARED_DATA", str(tmp_path / "two"))
    second = cache.polnear_split("dev")
    assert first.texts["dev.txt"].endswith(str(Path("one", "validation", "polnear")))
    assert second.texts["dev.txt"].endswith(str(Path("two", "validation", "polnear")))
