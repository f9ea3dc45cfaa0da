"""make run starts the notebooks that took longest last time first (its reading of the corpus
from the table store is ``store_read.stored_corpus``, tested in ``test_stored_corpus.py``)."""

from __future__ import annotations

from pathlib import Path

from helpers.report.run_all import _Job, _longest_first


def _job(stem: str) -> _Job:
    p = Path(f"/nowhere/{stem}.ipynb")
    return _Job(p, stem, (), p, None, p.with_suffix(".log"))


def test_longest_recorded_first_unknown_ahead_in_their_order() -> None:
    jobs = [_job(s) for s in ("01_a", "02_b", "03_c", "04_d", "05_e")]
    records = {"01_a": {"seconds": 20.0}, "02_b": {"seconds": 110.0},
               "04_d": {"seconds": 90.0}, "05_e": {"seconds": 0.0}}  # 0: interrupted run
    order = [j.stem for j in _longest_first(jobs, records)]
    assert order == ["03_c", "05_e", "02_b", "04_d", "01_a"]


def test_no_records_keeps_the_name_order() -> None:
    jobs = [_job(s) for s in ("01_a", "02_b", "03_c")]
    assert _longest_first(jobs, {}) == jobs
