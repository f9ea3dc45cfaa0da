"""``scripts/sample_real_news.py``: the blind draws of the real-news theme codings (issue 16).

Why: a blind coding is only a first-contact test if its paragraphs were drawn by the stated
procedure, before any coding, and the procedure still gives the committed rows. These tests
redraw the last nine blind samples (v10-v18) from the shared PolNeAR TRAIN articles and
compare them row for row with the committed files (offsets, digests, sample), so that adding a
draw cannot silently change an earlier one. Skipped when the shared data is absent.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from unittest import mock

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


#: each blind draw: its seed and the codings it avoids and anchors ``adjacent`` on, written
#: out by hand from the procedure (v5 up to the coding before it)
BLIND_DRAWS = [("v11", 1611, ("V5", "V6", "V7", "V8", "V9", "V10")),
               ("v12", 1612, ("V5", "V6", "V7", "V8", "V9", "V10", "V11")),
               ("v13", 1613, ("V5", "V6", "V7", "V8", "V9", "V10", "V11", "V12")),
               ("v14", 1614, ("V5", "V6", "V7", "V8", "V9", "V10", "V11", "V12", "V13")),
               ("v15", 1615, ("V5", "V6", "V7", "V8", "V9", "V10", "V11", "V12", "V13",
                              "V14")),
               ("v16", 1616, ("V5", "V6", "V7", "V8", "V9", "V10", "V11", "V12", "V13",
                              "V14", "V15")),
               ("v17", 1617, ("V5", "V6", "V7", "V8", "V9", "V10", "V11", "V12", "V13",
                              "V14", "V15", "V16")),
               ("v18", 1618, ("V5", "V6", "V7", "V8", "V9", "V10", "V11", "V12", "V13",
                              "V14", "V15", "V16", "V17"))]


@pytest.mark.parametrize(("name", "seed", "earlier"), BLIND_DRAWS)
def test_blind_draw_excludes_every_earlier_coding_and_anchors_on_all_of_them(
        monkeypatch: pytest.MonkeyPatch, name: str, seed: int, earlier: tuple[str, ...]) -> None:
    """``--v11`` to ``--v18`` each draw with its own seed (no earlier draw's) and take
    every earlier coding from v5 on as both the paragraphs to avoid and the anchors of
    ``adjacent`` (the procedure of v7 on, one coding further each time)."""
    assert getattr(sampler, f"SEED_{name.upper()}") == seed
    earlier_seeds = {getattr(sampler, f"SEED_{v}") for v in earlier if v != "V5"}
    assert seed not in earlier_seeds
    calls: list[tuple[tuple[Path, ...], int]] = []
    monkeypatch.setattr(sampler, "draw_blind",
                        lambda folder, paths, seed: calls.append((paths, seed)))
    getattr(sampler, f"draw_{name}")(Path("unused"))
    assert calls == [(tuple(getattr(sampler, f"{v}_CODING") for v in earlier), seed)]
    assert all(path.is_file() for path in calls[0][0])


@pytest.mark.parametrize("name", ["v12", "v13", "v14", "v15", "v16", "v17", "v18"])
def test_each_blind_flag_selects_its_own_draw(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                             name: str) -> None:
    """``--v12`` to ``--v18`` on the command line each write their own draw, with
    the draw columns (adding a flag must not redirect an earlier one, nor fall back to an
    earlier draw or the v5 default)."""
    called: list[str] = []

    def fake(label: str):
        def draw(folder: Path) -> pd.DataFrame:
            called.append(label)
            return pd.DataFrame({"source": ["a.txt"], "start": [0], "end": [4],
                                 "text": ["abcd"], "sample": ["vocab"]})
        return draw

    for label in ("v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15",
                  "v16", "v17", "v18"):
        monkeypatch.setattr(sampler, f"draw_{label}", fake(label))
    monkeypatch.setattr(sampler, "polnear_train_dir", lambda: tmp_path)
    monkeypatch.setattr(sampler, "draw_samples", fake("v5"))
    out = tmp_path / "draw.csv"
    sampler.main([f"--{name}", "--out", str(out)])
    assert called == [name]
    assert pd.read_csv(out).columns.tolist() == DRAW_COLUMNS


@functools.cache
def _train_body() -> pd.DataFrame:
    """PolNeAR train's body paragraphs (``sampler.body_paragraphs``), segmented once per test
    process: every draw starts from them, and segmenting the 840 articles again for each
    draw was about 6 of its 10 CPU seconds."""
    return sampler.body_paragraphs(POLNEAR_TRAIN)


def _drawn(draw) -> pd.DataFrame:
    """The draw as the script writes it (offsets, digest, sample; no text), the script's own
    draw code run on the body paragraphs of :func:`_train_body` (a fresh copy each time)."""
    body = _train_body()  # before the patch: the script's own function segments them

    def body_paragraphs(folder: Path) -> pd.DataFrame:
        assert folder == POLNEAR_TRAIN, folder
        return body.copy()

    with mock.patch.object(sampler, "body_paragraphs", body_paragraphs):
        sample = draw(POLNEAR_TRAIN).reset_index(drop=True)
    sample.insert(3, "text_sha1", sample["text"].map(sampler.span_digest))
    return sample[DRAW_COLUMNS]


@needs_polnear
@pytest.mark.slow
@pytest.mark.parametrize(("name", "draw"), [("v10", "draw_v10"), ("v11", "draw_v11"),
                                           ("v12", "draw_v12"), ("v13", "draw_v13"),
                                           ("v14", "draw_v14"), ("v15", "draw_v15"),
                                           ("v16", "draw_v16"), ("v17", "draw_v17"),
                                           ("v18", "draw_v18")])
def test_blind_draw_regenerates_the_committed_rows(name: str, draw: str) -> None:
    """The committed v10-v18 files are exactly what their draw gives now, row for row (v10-v17
    unchanged by the ``--v11`` to ``--v18`` changes; v11-v18 drawn before they were coded)."""
    committed = pd.read_csv(REAL / f"themes_polnear_train_{name}.csv")[DRAW_COLUMNS]
    drawn = _drawn(getattr(sampler, draw))
    assert len(drawn) == 150
    pd.testing.assert_frame_equal(drawn, committed, check_dtype=False)
