"""Tone by section (notebook 02): one distinct, legible label per row (invented input).

Before: the label was ``title · heading cut at 28 characters (n=...)``; two sections of one
article whose headings share their first words (an archive repeats headings) drew two rows
with the same label.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.report import plots  # noqa: E402
from helpers.report.labels import section_labels, tag_repeats  # noqa: E402

pytestmark = pytest.mark.usefixtures("house_style")

LONG = "What the committee decided about the budget"


def _rows(rows: list[tuple[str, str, str, int, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "article", "section", "section_index", "n"])


def _labels(t: pd.DataFrame) -> list[str]:
    return section_labels(t["article_id"], t["article"], t["section"], t["n"], t["section_index"])


def test_headings_sharing_their_first_words_get_the_section_number():
    t = _rows([("a", "Party rift", "(opening)", 0, 12),
               ("a", "Party rift", LONG + " in May", 1, 30),
               ("a", "Party rift", LONG + " in June", 2, 30)])
    labels = _labels(t)
    assert len(set(labels)) == 3
    assert labels[0] == "Party rift · (opening) (n=12)"  # unique: no tag
    assert labels[1] == "Party rift · What the committee decided… (section 1) (n=30)"
    assert labels[2] == "Party rift · What the committee decided… (section 2) (n=30)"


def test_the_same_heading_twice_and_two_articles_with_one_short_title():
    t = _rows([("a", "Budget vote…", "Reaction", 1, 5), ("a", "Budget vote…", "Reaction", 3, 5),
               ("b", "Budget vote…", "Reaction", 1, 5), ("c", "Other piece", "Reaction", 1, 5)])
    labels = _labels(t)
    assert len(set(labels)) == 4, labels
    assert labels[0] == "Budget vote… · Reaction [article 1] (section 1) (n=5)"
    assert labels[1] == "Budget vote… · Reaction [article 1] (section 3) (n=5)"
    assert labels[2] == "Budget vote… · Reaction [article 2] (n=5)"
    assert labels[3] == "Other piece · Reaction (n=5)"


def test_voices_of_two_articles_with_one_short_title():
    ids, titles = ["a", "a", "b", "b"], ["Budget vote…"] * 4
    voices, n = ["narrator", "quoted", "narrator", "quoted"], [40, 9, 40, 9]
    assert section_labels(ids, titles, voices, n) == [
        "Budget vote… · narrator [article 1] (n=40)", "Budget vote… · quoted [article 1] (n=9)",
        "Budget vote… · narrator [article 2] (n=40)", "Budget vote… · quoted [article 2] (n=9)"]
    assert section_labels(["a", "b"], ["One", "Two"], ["narrator"] * 2, [3, 4]) == [
        "One · narrator (n=3)", "Two · narrator (n=4)"]


def test_tag_repeats_keeps_unique_labels_and_tags_in_turn():
    assert tag_repeats(["x", "y", "x"], ["1", "2", "3"]) == ["x 1", "y", "x 3"]
    # a tag that all rows of a repeated label share is not added
    assert tag_repeats(["x", "x"], ["1", "1"], ["a", "b"]) == ["x a", "x b"]
    assert tag_repeats(["x", "x", "x"], ["1", "1", "2"], ["a", "b", "a"]) == [
        "x 1 a", "x 1 b", "x 2"]
    assert tag_repeats(["x", "y"]) == ["x", "y"]


def test_tone_by_section_chart_draws_one_distinct_label_per_row():
    t = _rows([("a", "Party rift", LONG + f" part {k}", k, 10 + k) for k in range(6)])
    t = t.assign(n=10, mean=0.1, ci_low=0.0, ci_high=0.2)
    fig = plots.interval_chart(t, _labels(t), "Tone by section")
    drawn = [label.get_text() for label in fig.axes[0].get_yticklabels()]
    assert len(drawn) == 6 and len(set(drawn)) == 6
