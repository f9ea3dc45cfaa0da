"""``scripts/polnear_by_month.py``: which train article falls in which subsample, the gold's
make-up, and the command when the shared data are absent (session 39 lead).

Why: the README's paragraph "Why dev trails train" rests on this script's subsample split (the
rounds' ``sorted(train)[k::4][:200]``) and its gold profile. Splits here are invented; the
expected figures are counted by hand. No test reads ``../shared``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from helpers.evaluate.polnear_gold import POLNEAR_GOLD_COLUMNS, PolnearSplit

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "polnear_by_month.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """The script as a module (it is not a package module)."""
    spec = importlib.util.spec_from_file_location("polnear_by_month_test", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _split(n_articles: int, speakers: dict[str, list[str]]) -> PolnearSplit:
    texts = {f"a{i:04d}.txt": "x" * 500 for i in range(n_articles)}
    rows = []
    for src, spks in speakers.items():
        for j, spk in enumerate(spks):
            rows.append({c: "" for c in POLNEAR_GOLD_COLUMNS} | {
                "source": src, "quote_id": f"{src}:E{j}", "start": j, "end": j + 1,
                "speaker": spk, "speaker_is_pronoun": spk.lower() in {"he", "she", "they"}})
    return PolnearSplit(texts, {a: "2016-01-01" for a in texts},
                        pd.DataFrame(rows, columns=POLNEAR_GOLD_COLUMNS), {})


def test_subsamples_take_every_fourth_article_up_to_two_hundred(script):
    split = _split(810, {})
    sub = script.subsample_of(split)
    arts = sorted(split.texts)
    assert [sub[a] for a in arts[:6]] == ["A", "B", "C", "D", "A", "B"]
    # 200 each; the ten articles after the first 800 are in none
    assert sum(v == "A" for v in sub.values()) == 200
    assert sum(v == "D" for v in sub.values()) == 200
    assert [sub[a] for a in arts[800:]] == ["-"] * 10


def test_gold_profile_counts_pieces_with_a_source(script):
    split = _split(3, {"a0000.txt": ["Ann Lee", "he", ""], "a0001.txt": ["they", "Tom Reed"]})
    p = script.gold_profile(split)
    # four pieces with a Source (the empty one is not counted) in two articles of 500 chars
    assert p["pieces"] == 4 and p["articles"] == 2
    assert p["per_article"] == 2.0
    assert p["pronoun_share"] == 0.5
    assert p["per_kchar"] == 4.0
    only = script.gold_profile(split, {"a0001.txt"})
    assert only["pieces"] == 2 and only["pronoun_share"] == 0.5


def test_absent_shared_data_is_named(script, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NS_SHARED_DATA", str(tmp_path))
    assert script.main([]) == 1
    assert "is absent" in capsys.readouterr().err
