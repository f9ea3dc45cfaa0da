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


def test_the_warm_up_leaves_no_files_behind() -> None:
    before = set(Path(tempfile.gettempdir()).glob("ns-store-warm-*"))
    store_warm.warm()
    assert set(Path(tempfile.gettempdir()).glob("ns-store-warm-*")) == before


def test_store_workers_preload_the_warm_up() -> None:
    assert "helpers.report.store_warm" in store_build._PRELOAD
