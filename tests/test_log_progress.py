"""Table-store progress in a log: whole lines every few files, never a carriage return."""

from __future__ import annotations

import io

from helpers.report.log_progress import MAX_LINES, LineProgress, file_progress


def _run(bar, n_files: int, chars: int = 10) -> None:
    for i in range(1, n_files + 1):
        bar.update(chars)
        bar.set_description(f"tables {i}/{n_files} files")
    bar.close()


def test_a_log_gets_lines_without_carriage_returns():
    log = io.StringIO()  # not a terminal
    bar = file_progress(300, 30, True, log)
    assert isinstance(bar, LineProgress)
    _run(bar, 30)
    text = log.getvalue()
    assert "\r" not in text
    lines = text.splitlines()
    assert 2 <= len(lines) <= MAX_LINES
    assert lines[-1] == "tables 30/30 files (300 of 300 characters)"


def test_every_file_is_a_line_when_there_are_few():
    log = io.StringIO()
    _run(LineProgress(30, 3, log), 3)
    assert log.getvalue().splitlines() == [f"tables {i}/3 files ({10 * i} of 30 characters)"
                                           for i in (1, 2, 3)]


def test_disabled_progress_prints_nothing():
    log = io.StringIO()
    _run(file_progress(30, 3, False, log), 3)
    assert log.getvalue() == ""
