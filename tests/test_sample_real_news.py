"""``scripts/sample_real_news.py``: the blind draws of the real-news theme codings (issue 16).

Why: a blind coding is only a first-contact test if its paragraphs were drawn by the stated
procedure, before any coding, and the procedure still gives the committed rows. These tests
redraw the last four blind samples (v10, v11, v12 and v13) from the shared PolNeAR TRAIN
articles and compare them row for row with the committed files (offsets, digests, sample), so
that adding a draw cannot silently change an earlier one. Skipped when the shared data is
absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from helpers.core.paths import ANNOTATIONS
from helpers.evaluate.shared_data import validation_dir

_PATH = Path(__file__).resolve().parents[1] / "scripts" / "sample_real_news.py"
_SPEC = importlib.util.spec_from_file_location("sample_real_news_for_test", _PATH)
sampler = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(sampler)

REAL = ANNOTATIONS / "real_news"
DRAW_COLUMNS = ["source", "start", "end", "text_sha1", "sample"]
POLNEAR_TRAIN = validation_dir("polnear") / "train" / "text"
needs_polnear = pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(),
                                   reason=f"PolNeAR train not found at {POLNEAR_TRAIN} "
                                          "(set NS_SHARED_DATA)")


def test_v11_draw_excludes_every_earlier_coding_and_anchors_on_all_six() -> None:
    """``--v11`` draws with its own seed and takes v5-v10 as both the paragraphs to avoid
    and the anchors of ``adjacent`` (the procedure of v7-v10, one coding further)."""
    assert sampler.SEED_V11 == 1611 and sampler.SEED_V11 != sampler.SEED_V10
    assert sampler.N_BLIND == {"vocab": 100, "adjacent": 50}
    calls: list[tuple[tuple[Path, ...], int]] = []
    original = sampler.draw_blind
    try:
        sampler.draw_blind = lambda folder, earlier, seed: calls.append((earlier, seed))
        sampler.draw_v11(Path("unused"))
    finally:
        sampler.draw_blind = original
    assert calls == [((sampler.V5_CODING, sampler.V6_CODING, sampler.V7_CODING,
                       sampler.V8_CODING, sampler.V9_CODING, sampler.V10_CODING), 1611)]
    assert all(path.is_file() for path in calls[0][0])


def test_v12_draw_excludes_every_earlier_coding_and_anchors_on_all_seven() -> None:
    """``--v12`` draws with its own seed and takes v5-v11 as both the paragraphs to avoid
    and the anchors of ``adjacent`` (the procedure of v7-v11, one coding further)."""
    assert sampler.SEED_V12 == 1612
    assert sampler.SEED_V12 not in {sampler.SEED_V7, sampler.SEED_V8, sampler.SEED_V9,
                                    sampler.SEED_V10, sampler.SEED_V11}
    calls: list[tuple[tuple[Path, ...], int]] = []
    original = sampler.draw_blind
    try:
        sampler.draw_blind = lambda folder, earlier, seed: calls.append((earlier, seed))
        sampler.draw_v12(Path("unused"))
    finally:
        sampler.draw_blind = original
    assert calls == [((sampler.V5_CODING, sampler.V6_CODING, sampler.V7_CODING,
                       sampler.V8_CODING, sampler.V9_CODING, sampler.V10_CODING,
                       sampler.V11_CODING), 1612)]
    assert all(path.is_file() for path in calls[0][0])


def test_v13_draw_excludes_every_earlier_coding_and_anchors_on_all_eight() -> None:
    """``--v13`` draws with its own seed and takes v5-v12 as both the paragraphs to avoid
    and the anchors of ``adjacent`` (the procedure of v7-v12, one coding further)."""
    assert sampler.SEED_V13 == 1613
    assert sampler.SEED_V13 not in {sampler.SEED_V7, sampler.SEED_V8, sampler.SEED_V9,
                                    sampler.SEED_V10, sampler.SEED_V11, sampler.SEED_V12}
    calls: list[tuple[tuple[Path, ...], int]] = []
    original = sampler.draw_blind
    try:
        sampler.draw_blind = lambda folder, earlier, seed: calls.append((earlier, seed))
        sampler.draw_v13(Path("unused"))
    finally:
        sampler.draw_blind = original
    assert calls == [((sampler.V5_CODING, sampler.V6_CODING, sampler.V7_CODING,
                       sampler.V8_CODING, sampler.V9_CODING, sampler.V10_CODING,
                       sampler.V11_CODING, sampler.V12_CODING), 1613)]
    assert all(path.is_file() for path in calls[0][0])


def test_v12_flag_selects_the_v12_draw(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``--v12`` on the command line writes the v12 draw (not v11's or the v5 default)."""
    called: list[str] = []

    def fake(name: str):
        def draw(folder: Path) -> pd.DataFrame:
            called.append(name)
            return pd.DataFrame({"source": ["a.txt"], "start": [0], "end": [4],
                                 "text": ["abcd"], "sample": ["vocab"]})
        return draw

    for name in ("v7", "v8", "v9", "v10", "v11", "v12", "v13"):
        monkeypatch.setattr(sampler, f"draw_{name}", fake(name))
    monkeypatch.setattr(sampler, "polnear_train_dir", lambda: tmp_path)
    out = tmp_path / "draw.csv"
    sampler.main(["--v12", "--out", str(out)])
    assert called == ["v12"]
    assert pd.read_csv(out).columns.tolist() == DRAW_COLUMNS


@pytest.mark.parametrize("name", ["v12", "v13"])
def test_each_blind_flag_selects_its_own_draw(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                             name: str) -> None:
    """``--v12`` and ``--v13`` on the command line each write their own draw (adding
    ``--v13`` must not redirect ``--v12``, nor fall back to v12's or the v5 default)."""
    called: list[str] = []

    def fake(label: str):
        def draw(folder: Path) -> pd.DataFrame:
            called.append(label)
            return pd.DataFrame({"source": ["a.txt"], "start": [0], "end": [4],
                                 "text": ["abcd"], "sample": ["vocab"]})
        return draw

    for label in ("v7", "v8", "v9", "v10", "v11", "v12", "v13"):
        monkeypatch.setattr(sampler, f"draw_{label}", fake(label))
    monkeypatch.setattr(sampler, "polnear_train_dir", lambda: tmp_path)
    monkeypatch.setattr(sampler, "draw_samples", fake("v5"))
    sampler.main([f"--{name}", "--out", str(tmp_path / "draw.csv")])
    assert called == [name]


def _drawn(draw) -> pd.DataFrame:
    """The draw as the script writes it (offsets, digest, sample; no text)."""
    sample = draw(POLNEAR_TRAIN).reset_index(drop=True)
    sample.insert(3, "text_sha1", sample["text"].map(sampler.span_digest))
    return sample[DRAW_COLUMNS]


@needs_polnear
@pytest.mark.slow
@pytest.mark.parametrize(("name", "draw"), [("v10", "draw_v10"), ("v11", "draw_v11"),
                                           ("v12", "draw_v12"), ("v13", "draw_v13")])
def test_blind_draw_regenerates_the_committed_rows(name: str, draw: str) -> None:
    """The committed v10-v13 files are exactly what their draw gives now, row for row (v10-v12
    unchanged by the ``--v11``, ``--v12`` and ``--v13`` changes; v11-v13 drawn before they were
    coded)."""
    committed = pd.read_csv(REAL / f"themes_polnear_train_{name}.csv")[DRAW_COLUMNS]
    drawn = _drawn(getattr(sampler, draw))
    assert len(drawn) == 150
    pd.testing.assert_frame_equal(drawn, committed, check_dtype=False)
