"""A run without dates says so in one line, not one line per article (a new user's 40 undated
articles printed 40 identical "no date" lines)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.report.aggregate import undated_note
from helpers.report.run_all import run_notebooks

UNDATED = """A headline about the {thing}
By A Writer

"We will mend the {thing} next week," said Jane Example, who chairs the committee.
The committee met in the town hall and agreed on a plan.
"""


def test_undated_note_counts_names_a_few_and_says_how() -> None:
    dates = pd.Series({"a": "2020-01-01", "b": "", "c": None, "d": "", "e": ""})
    line = undated_note(list("abcde"), dates)
    assert line is not None
    assert line.startswith("not in the figure: 4 of 5 articles have no publication date")
    assert "(b, c, d, ... and 1 more)" in line
    assert "DATE=" in line and "metadata.csv" in line
    assert undated_note(["a"], dates) is None


def test_a_run_without_dates_prints_one_line(tmp_path: Path) -> None:
    corpus = tmp_path / "mine"
    corpus.mkdir()
    for thing in ("bridge", "road", "school", "library", "harbour"):
        (corpus / f"{thing}.txt").write_text(UNDATED.format(thing=thing), encoding="utf-8")
    lines: list[str] = []
    run_notebooks(corpus, tmp_path / "out", notebooks=[], html=False, progress=lines.append,
                  processed_dir=tmp_path / "processed")
    dated = [x for x in lines if "date" in x.lower() and "warning" in x]
    assert len(dated) == 1, lines
    assert "5 of 5 articles have no publication date" in dated[0]
    assert "metadata.csv" in dated[0] and "DATE=" in dated[0]
