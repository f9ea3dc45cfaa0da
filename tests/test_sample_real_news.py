"""``scripts/sample_real_news.py``: the blind draws of the real-news theme codings (issue 16).

Why: a blind coding is only a first-contact test if its paragraphs were drawn by the stated
procedure, before any coding, and the procedure still gives the committed rows. These tests
redraw every committed blind sample (v7-v19, ``draw_version``) from the shared PolNeAR TRAIN
articles and compare them row for row with the committed files (offsets, digests, sample), so
that adding a draw cannot silently change an earlier one. Skipped when the shared data is absent.
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


#: each committed blind draw: its seed, written out by hand from the committed files' records
#: (data/annotations/real_news/README.md, "Sample"), not computed from the script's rule
COMMITTED_SEEDS = {7: 1607, 8: 1608, 9: 1609, 10: 1610, 11: 1611, 12: 1612, 13: 1613,
                   14: 1614, 15: 1615, 16: 1616, 17: 1617, 18: 1618,
                   19: 1619}


def test_the_table_holds_every_committed_blind_draw_with_its_seed() -> None:
    """The script's table is the committed draws, each with its recorded seed, and no two
    draws share a seed."""
    assert sampler.BLIND_SEEDS == COMMITTED_SEEDS
    assert len(set(sampler.BLIND_SEEDS.values())) == len(sampler.BLIND_SEEDS)


@pytest.mark.parametrize("version", sorted(COMMITTED_SEEDS))
def test_blind_draw_excludes_every_earlier_coding_and_anchors_on_all_of_them(
        monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    """``draw_version(n)`` draws with n's own seed and takes every earlier coding from v5 to
    v(n-1) as both the paragraphs to avoid and the anchors of ``adjacent`` (the procedure of
    v7 on, one coding further each time); the files are named by hand here."""
    names = ["themes_polnear_train.csv"] + [f"themes_polnear_train_v{v}.csv"
                                            for v in range(6, version)]
    calls: list[tuple[tuple[Path, ...], int]] = []
    monkeypatch.setattr(sampler, "draw_blind",
                        lambda folder, paths, seed: calls.append((paths, seed)))
    sampler.draw_version(Path("unused"), version)
    assert calls == [(tuple(REAL / name for name in names), COMMITTED_SEEDS[version])]
    assert all(path.is_file() for path in calls[0][0])


def test_a_version_with_no_blind_draw_fails_loudly() -> None:
    for version in (6, max(COMMITTED_SEEDS) + 1):
        with pytest.raises(ValueError, match="no blind draw"):
            sampler.draw_version(Path("unused"), version)


def _fake_draw(called: list[int]):
    def draw(folder: Path, version: int) -> pd.DataFrame:
        called.append(version)
        return pd.DataFrame({"source": ["a.txt"], "start": [0], "end": [4],
                             "text": ["abcd"], "sample": ["vocab"]})
    return draw


@pytest.mark.parametrize("flag", ["--version", "--v"])
@pytest.mark.parametrize("version", sorted(COMMITTED_SEEDS))
def test_each_blind_flag_selects_its_own_draw(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                             flag: str, version: int) -> None:
    """``--version N`` and its alias ``--vN`` (the flag the README and notes cite) each write
    draw N, with the draw columns (adding a version must not redirect an earlier one, nor fall
    back to an earlier draw or the v5 default)."""
    called: list[int] = []
    monkeypatch.setattr(sampler, "draw_version", _fake_draw(called))
    monkeypatch.setattr(sampler, "polnear_train_dir", lambda: tmp_path)
    monkeypatch.setattr(sampler, "draw_samples", lambda folder: called.append(5))
    out = tmp_path / "draw.csv"
    args = ["--version", str(version)] if flag == "--version" else [f"--v{version}"]
    sampler.main([*args, "--out", str(out)])
    assert called == [version]
    assert pd.read_csv(out).columns.tolist() == DRAW_COLUMNS


def test_two_draw_flags_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Two draws named at once is an error, not a silent choice of one of them."""
    monkeypatch.setattr(sampler, "polnear_train_dir", lambda: tmp_path)
    for argv in (["--v12", "--v13"], ["--version", "12", "--v6", "vocab"]):
        with pytest.raises(SystemExit):
            sampler.main(argv)


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
@pytest.mark.parametrize("version", sorted(COMMITTED_SEEDS))
def test_blind_draw_regenerates_the_committed_rows(version: int) -> None:
    """Each committed blind draw (v7-v19) is exactly what ``draw_version`` gives now, row for
    row (v7-v17 unchanged by every later draw and by the table-driven rewrite of the tidy
    round; v11-v19 drawn before they were coded)."""
    committed = pd.read_csv(REAL / f"themes_polnear_train_v{version}.csv")[DRAW_COLUMNS]
    drawn = _drawn(functools.partial(sampler.draw_version, version=version))
    assert len(drawn) == 150
    pd.testing.assert_frame_equal(drawn, committed, check_dtype=False)
