"""Aggregation by section and author (top N, the rest pooled as ``other``) and charts that never
repeat a colour silently past the eight of the palette."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.report import plots, structure_plots, timeline_plots  # noqa: E402
from helpers.report.aggregate import NO_GROUP, by_group, touched  # noqa: E402

pytestmark = pytest.mark.usefixtures("house_style")


def _articles() -> tuple[pd.DataFrame, pd.Series]:
    """20 articles: 'Politics' 6, 'Culture' 5, 'World' 4, 'Books' 2, three sections of one
    article each, and two without a section. Values: article number; weights: 1 or 3."""
    sections = (["Politics"] * 6 + ["Culture"] * 5 + ["World"] * 4 + ["Books"] * 2
                + ["Science", "Sport", "Travel"] + ["", None])
    ids = [f"a{i:02d}" for i in range(len(sections))]
    per_article = pd.DataFrame({"article_id": ids, "value": np.arange(len(ids), dtype=float),
                                "weight": [1.0 if i % 2 else 3.0 for i in range(len(ids))]})
    return per_article, pd.Series(sections, index=ids)


def test_by_group_keeps_the_largest_and_pools_the_rest():
    per_article, sections = _articles()
    table = by_group(per_article, sections, n=3, noun="sections")
    assert list(table["group"]) == ["Politics", "Culture", "World", "other (5 sections)"]
    assert list(table["n_articles"]) == [6, 5, 4, 7]
    assert list(table["is_other"]) == [False, False, False, True]
    assert table["n_articles"].sum() == len(per_article)
    # 'other' pools Books (a15, a16), Science, Sport, Travel (a17-a19) and (none) (a20, a21):
    # weights 1,3,1,3,1,3,1 on values 15..21 -> (15+48+17+54+19+60+21) / 13
    other = table.iloc[-1]
    assert other["weight"] == 13.0
    assert other["value"] == pytest.approx(234 / 13)
    # Politics: a00..a05, weights 3,1,3,1,3,1 -> (0+1+6+3+12+5) / 12
    assert table.iloc[0]["value"] == pytest.approx(27 / 12)
    assert table.iloc[0]["ci_low"] <= table.iloc[0]["value"] <= table.iloc[0]["ci_high"]


def test_by_group_names_articles_without_a_group_and_keeps_a_short_list_whole():
    per_article, sections = _articles()
    table = by_group(per_article, sections, n=7, noun="sections")
    assert len(table) == 8 and not table["is_other"].any()  # 8 groups <= n + 1: all shown
    none = table[table["group"] == NO_GROUP]
    assert list(none["n_articles"]) == [2]
    single = table[table["group"] == "Science"]
    assert single["ci_low"].isna().all()  # one article: nothing to resample


def test_by_group_without_bootstrap_gives_counts_only():
    per_article, sections = _articles()
    table = by_group(per_article.assign(value=1.0, weight=1.0), sections, n=2, n_boot=0)
    assert list(table["n_articles"]) == [6, 5, 11]
    assert table["ci_low"].isna().all()


def test_group_chart_labels_counts_and_greys_the_rest():
    per_article, sections = _articles()
    authors = pd.Series([f"Writer {i % 11}" for i in range(len(per_article))],
                        index=per_article["article_id"])
    panels = {"By section": by_group(per_article, sections, n=3),
              "By author": by_group(per_article, authors, n=4, noun="authors")}
    fig = plots.group_chart(panels, "Tone", "Mean", interval=True)
    section_ax, author_ax = fig.axes
    labels = [t.get_text() for t in section_ax.get_yticklabels()]
    assert labels == ["Politics (n=6)", "Culture (n=5)", "World (n=4)", "other (5 sections) (n=7)"]
    assert [t.get_text() for t in author_ax.get_yticklabels()][-1] == "other (7 authors) (n=14)"
    assert section_ax.get_xlim() == author_ax.get_xlim()  # one scale for both panels
    points = section_ax.collections[-1].get_facecolors()
    grey = mcolors.to_rgba(plots.GREY)
    assert [tuple(c) == grey for c in points] == [False, False, False, True]


def _whiskers(ax) -> int:
    """Error-bar segments drawn on ``ax`` (one per interval)."""
    from matplotlib.collections import LineCollection

    return sum(len(c.get_segments()) for c in ax.collections if isinstance(c, LineCollection))


def test_group_chart_of_one_article_names_no_interval():
    # one article: every group is one value; the axis said "95% interval over articles" over a
    # lone point (tidy round)
    one = pd.DataFrame({"article_id": ["a"], "value": [-0.1], "weight": [10.0]})
    panels = {"By section": by_group(one, pd.Series(["Politics"], index=["a"])),
              "By author": by_group(one, pd.Series([""], index=["a"]), noun="authors")}
    fig = plots.group_chart(panels, "Tone", "Mean default score", interval=True)
    section_ax, author_ax = fig.axes
    assert [t.get_text() for t in section_ax.get_yticklabels()] == [
        "Politics (n=1, single value)"]
    assert author_ax.get_xlabel() == "Mean default score (one article per group: no interval)"
    assert _whiskers(section_ax) == _whiskers(author_ax) == 0
    # a chart with groups of several articles keeps its interval, and names the single values
    per_article, sections = _articles()
    fig = plots.group_chart({"By section": by_group(per_article, sections, n=12)}, "Tone",
                            "Mean", interval=True)
    ax = fig.axes[0]
    assert ax.get_xlabel() == "Mean (95% interval over articles; hollow: a single value)"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Politics (n=6)" and "Science (n=1, single value)" in labels
    assert _whiskers(ax) == sum(not lab.endswith("single value)") for lab in labels)
    # counts (no interval asked) keep their label as given
    fig = plots.group_chart({"By section": by_group(one, pd.Series(["P"], index=["a"]))},
                            "Articles", "Articles", column="n_articles")
    assert fig.axes[0].get_xlabel() == "Articles"


def test_interval_chart_labels_a_section_of_one_sentence_a_single_value():
    table = pd.DataFrame({"n": [1, 4], "mean": [0.2, -0.1], "ci_low": [0.2, -0.3],
                          "ci_high": [0.2, 0.1]})
    fig = plots.interval_chart(table, ["A · Intro (n=1)", "A · Body (n=4)"], "Tone by section")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "A · Intro (n=1): single value", "A · Body (n=4)"]
    assert ax.get_xlabel() == "Mean default score (95% bootstrap interval; hollow: a single value)"
    assert _whiskers(ax) == 1
    fig = plots.interval_chart(table.iloc[:1], ["A · Intro (n=1)"], "Tone by section")
    assert fig.axes[0].get_xlabel() == "Mean default score (one value per row: no interval)"


# --------------------------------------------------------------------------- colours


def _distinct(colours: list) -> bool:
    rgba = [mcolors.to_hex(c) for c in colours]
    return len(set(rgba)) == len(rgba)


def test_category_colours_refuse_to_repeat():
    assert _distinct(plots.category_colours(len(plots.PALETTE)))
    with pytest.raises(ValueError, match="other"):
        plots.category_colours(len(plots.PALETTE) + 1)


def test_twelve_sections_share_no_colour_and_the_rest_is_one_grey_entry():
    shape = pd.DataFrame({"article_id": "a", "position": range(1, 13), "words": 50,
                          "section_index": range(12),
                          "section": [f"Heading {i}" for i in range(12)]})
    fig = structure_plots.article_structure_chart(shape, {"a": "An article"})
    ax = fig.axes[0]
    handles = ax.get_legend().legend_handles
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels[-1] == f"other ({12 - len(plots.PALETTE) + 1} sections)"
    assert _distinct([h.get_facecolor() for h in handles])
    bars = [mcolors.to_hex(c) for coll in ax.collections for c in coll.get_facecolors()]
    assert len(bars) == 12
    coloured = [c for c in bars if c != mcolors.to_hex(plots.GREY)]
    assert _distinct(coloured) and len(set(bars)) == len(plots.PALETTE)


def test_over_time_chart_with_more_series_than_colours_fails_loudly():
    rows = [{"series": f"s{i}", "period": "2020-01-01", "unit": "month", "n_articles": 1,
             "value": 0.1 * i, "ci_low": np.nan, "ci_high": np.nan} for i in range(9)]
    with pytest.raises(ValueError, match="distinct colours"):
        plots.over_time_chart(pd.DataFrame(rows), "y", "t")
    fig = plots.over_time_chart(pd.DataFrame(rows[:8]), "y", "t")
    points = [ln.get_color() for ln in fig.axes[0].lines if ln.get_marker() == "o"]
    assert len(points) == 8 and _distinct(points)


def test_twelve_timeline_lanes_repeat_no_category_colour():
    rows = [{"article_id": f"a{i}", "date_start": pd.Timestamp(2020, 1, i + 1).date(),
             "date_end": pd.Timestamp(2020, 1, i + 1).date(), "shape": "point",
             "publication": "2020-02-01"} for i in range(12)]
    fig = timeline_plots.time_axis_chart(pd.DataFrame(rows), {})
    ax = fig.axes[0]
    lane_colours = {ln.get_color() for ln in ax.lines if ln.get_marker() == "o"}
    # one colour: the lanes are told apart by their labels, never by a recycled colour
    assert lane_colours == {plots.BLUE}
    assert len(ax.get_yticklabels()) == 12


# --------------------------------------------------------------------------- coverage


def test_touched_marks_units_that_overlap_a_span_of_their_own_group():
    units = pd.DataFrame({"article_id": ["a", "a", "a", "b", "b"],
                          "start": [0, 10, 20, 0, 10], "end": [10, 20, 30, 10, 20]})
    spans = pd.DataFrame({"article_id": ["a", "a", "b"], "start": [12, 2, 20],
                          "end": [14, 9, 25]})
    # a: [2, 9) in unit 0, [12, 14) in unit 1, unit 2 untouched; b: the span starts where
    # unit 4 ends (touching ends do not count)
    assert touched(units, spans).tolist() == [True, True, False, False, False]
    assert touched(units, spans.iloc[:0]).tolist() == [False] * 5


def test_touched_agrees_with_testing_every_pair():
    rng = np.random.default_rng(3)
    units = pd.DataFrame({"article_id": rng.choice(list("abcd"), 300),
                          "start": rng.integers(0, 1000, 300)})
    units["end"] = units["start"] + rng.integers(1, 40, 300)
    spans = pd.DataFrame({"article_id": rng.choice(list("abce"), 80),
                          "start": rng.integers(0, 1000, 80)})
    spans["end"] = spans["start"] + rng.integers(1, 200, 80)
    slow = [bool(((spans["article_id"] == a) & (spans["start"] < e) & (spans["end"] > s)).any())
            for a, s, e in zip(units["article_id"], units["start"], units["end"])]
    assert touched(units, spans).tolist() == slow
    assert 0 < sum(slow) < len(slow)


def test_article_counts_get_whole_ticks_on_a_small_corpus():
    """On one or two articles the count axis read 0.25, 0.50, ... articles."""
    import matplotlib.pyplot as plt

    ones = pd.DataFrame({"article_id": ["a", "b"], "value": 1.0, "weight": 1.0})
    meta = pd.Series(["Politics", "Politics"], index=["a", "b"])
    panels = {"By section": by_group(ones, meta, n=12, noun="sections", n_boot=0)}
    fig = plots.group_chart(panels, "Articles", "Articles", column="n_articles")
    fig.canvas.draw()
    ticks = [t for t in fig.axes[-1].get_xticks() if 0 <= t <= 2]
    assert ticks and all(float(t).is_integer() for t in ticks), ticks
    plt.close(fig)
