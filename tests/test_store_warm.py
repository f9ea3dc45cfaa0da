"""The fork server's warm-up (``helpers.report.store_warm``) runs every store instrument."""

from __future__ import annotations

import tempfile
from pathlib import Path

from helpers.report import store_build, store_warm


def test_the_warm_up_article_goes_through_every_instrument() -> None:
    # warm() swallows failures (it must never break the fork server), so a broken warm-up
    # would otherwise go unnoticed: it must report success here
    assert store_warm.warm() is True
    assert store_warm.WARMED is True


def test_the_warm_up_leaves_no_files_behind(tmp_path: Path, monkeypatch) -> None:
    """Checked in a temporary folder of this test's own (review 9): the shared system one also
    receives the warm-ups of fork servers started by tests on other xdist workers (and by other
    runs on the machine), so comparing its listing before and after failed at random."""
    made: list[str] = []
    real = tempfile.TemporaryDirectory

    def recording(*args, **kwargs):  # the warm-up must use the folder this test watches
        tmp = real(*args, **kwargs)
        made.append(tmp.name)
        return tmp

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(tempfile, "TemporaryDirectory", recording)
    assert store_warm.warm() is True
    assert made and all(Path(m).parent == tmp_path for m in made), made
    assert not list(tmp_path.glob("ns-store-warm-*"))


def test_store_workers_preload_the_warm_up() -> None:
    assert "helpers.report.store_warm" in store_build._PRELOAD
