"""Charts hold from one article to many: top-N with the rest grouped, shared scales, periods
instead of one point per article, a time axis that a century does not flatten, no layout warning
and no PNG over the pixel cap."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from helpers.report import plots, timeline_plots  # noqa: E402
from helpers.report.aggregate import (  # noqa: E402
    as_percent,
    over_time,
    period_start,
    time_unit,
    top_n_other,
)
from helpers.report.figures import MAX_PIXELS, save_figure  # noqa: E402

N = 8  # speakers drawn per article before "other"
LONG = "a member of the national committee who asked not to be named because"


pytestmark = pytest.mark.usefixtures("house_style")


def _saved_cleanly(fig, tmp_path, name, data) -> tuple[int, int]:
    """Save like a notebook does, failing on any warning; the PNG's size in pixels."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        paths = save_figure(fig, name, data=data, caption="c", output_dir=tmp_path)
    return Image.open(paths["png"]).size


def _shares(n_articles: int = 12, n_speakers: int = 30) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    rows = []
    for a in range(n_articles):
        words = rng.integers(1, 200, n_speakers)
        for s, w in enumerate(words):
            rows.append({"article_id": f"art-{a:02d}", "speaker": f"{LONG} {s}",
                         "named": bool(s % 2), "quoted_words": int(w),
                         "share": w / words.sum()})
    return pd.DataFrame(rows)


def test_top_n_other_keeps_n_rows_and_the_rest_in_one():
    shares = _shares(3, 30)
    top = top_n_other(shares, "speaker", "share", N, by="article_id", sums=["quoted_words"])
    for _, g in top.groupby("article_id"):
        assert len(g) == N + 1
        assert g["speaker"].iloc[-1] == f"other ({30 - N} speakers)" and g["is_other"].iloc[-1]
        assert g["share"].sum() == pytest.approx(1.0)
    assert top["quoted_words"].sum() == shares["quoted_words"].sum()
    # the kept rows are the largest ones
    first = shares[shares["article_id"] == "art-00"].nlargest(N, "share")["speaker"].tolist()
    assert top[top["article_id"] == "art-00"]["speaker"].tolist()[:N] == first


def test_top_n_other_does_not_hide_a_single_name():
    small = pd.DataFrame({"speaker": list("abc"), "share": [0.5, 0.3, 0.2]})
    assert top_n_other(small, "speaker", "share", 2)["speaker"].tolist() == ["a", "b", "c"]


def test_speaker_chart_at_scale_has_few_bars_one_scale_and_no_warning(tmp_path):
    top = top_n_other(_shares(12, 30), "speaker", "share", N, by="article_id",
                      sums=["quoted_words"])
    fig = plots.speaker_shares_chart(as_percent(top, ["share"]), {})
    bars = [len(ax.patches) for ax in fig.axes]
    assert len(bars) == 12 and max(bars) <= N + 1
    assert len({ax.get_xlim() for ax in fig.axes}) == 1  # one scale for every panel
    colours = [matplotlib.colors.to_hex(p.get_facecolor()).upper() for p in fig.axes[0].patches]
    assert colours[0] == plots.GREY  # the 'other' row, drawn at the bottom
    assert max(_saved_cleanly(fig, tmp_path, "speakers", top)) <= MAX_PIXELS


def test_theme_voices_chart_with_long_voices_lays_out_without_warning(tmp_path):
    voices = pd.DataFrame({"voice": [f"{LONG} {i}" for i in range(30)],
                           "n_matches": list(range(30, 0, -1))})
    top = top_n_other(voices, "voice", "n_matches", 12, noun="voices").iloc[::-1]
    fig = plots.theme_voices_chart(top, "A rather long theme label about many things")
    assert len(fig.axes[0].patches) == 13
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[0] == "other (18 voices)" and max(map(len, labels)) <= 38
    assert max(_saved_cleanly(fig, tmp_path, "voices", top)) <= MAX_PIXELS


def test_verb_framing_groups_the_rest(tmp_path):
    pivot = pd.DataFrame({"neutral": range(40, 0, -1), "assertion": [1] * 40},
                         index=pd.Index([f"{LONG} {i}" for i in range(40)], name="speaker"))
    top = top_n_other(pivot.assign(total=pivot.sum(axis=1)).reset_index(), "speaker", "total",
                      15, sums=["neutral", "assertion"])
    fig = plots.verb_framing_chart(top.set_index("speaker")[["neutral", "assertion"]]
                                   .iloc[::-1])
    assert len(fig.axes[0].patches) == 2 * 16
    _saved_cleanly(fig, tmp_path, "framing", top)


def _events(n_lanes: int = 3, century: bool = True) -> pd.DataFrame:
    rows = []
    for lane in range(n_lanes):
        pub = f"2016-0{lane + 1}-15"
        for m in range(1, 6):
            rows.append({"article_id": f"a{lane}", "date_start": pd.Timestamp(f"2015-{m:02d}-01"),
                         "date_end": pd.Timestamp(f"2015-{m:02d}-28"), "shape": "span",
                         "publication": pub})
        rows.append({"article_id": f"a{lane}", "date_start": pd.Timestamp("2015-07-04"),
                     "date_end": pd.Timestamp("2015-07-04"), "shape": "day",
                     "publication": pub})
    if century:
        rows.append({"article_id": "a1", "date_start": pd.Timestamp("1801-01-01"),
                     "date_end": pd.Timestamp("1900-12-31"), "shape": "span",
                     "publication": "2016-02-15"})
    return pd.DataFrame(rows)


def test_combined_timeline_clips_a_century_and_marks_it(tmp_path):
    events = _events()
    fig = timeline_plots.time_axis_chart(events, {})
    ax = fig.axes[0]
    lo, hi = ax.get_xlim()
    assert mdates.num2date(lo).year >= 2014 and mdates.num2date(hi).year <= 2016
    marks = [t.get_text() for t in ax.texts]
    assert any("◀" in t and "1801–1900" in t for t in marks), marks
    # a month bar is a visible share of the axis, not a sliver
    month = min(p.get_width() for p in ax.patches if p.get_width() > 0)
    assert month / (hi - lo) > 0.02
    assert max(_saved_cleanly(fig, tmp_path, "combined", events)) <= MAX_PIXELS


def test_combined_timeline_without_long_intervals_marks_nothing():
    fig = timeline_plots.time_axis_chart(_events(century=False), {})
    assert not [t for t in fig.axes[0].texts if "◀" in t.get_text()]


def test_article_timeline_clips_a_century_too():
    ev = _events(1).assign(text="x", label="y", position=0.5)
    ev.loc[len(ev)] = {"article_id": "a0", "date_start": pd.Timestamp("1801-01-01"),
                       "date_end": pd.Timestamp("1900-12-31"), "shape": "span",
                       "publication": "2016-01-15", "text": "the 19th century", "label": "z",
                       "position": 0.1}
    fig = timeline_plots.timeline_chart(timeline_plots.timeline_order(ev), "T", "2016-01-15")
    assert mdates.num2date(fig.axes[0].get_xlim()[0]).year >= 2014
    assert any("1801–1900" in t.get_text() for t in fig.axes[0].texts)


def test_time_unit_follows_the_span():
    assert time_unit(["2023-06-16", "2025-11-10"]) == "month"  # 30 months
    assert time_unit(["2007-09-17", "2017-03-23"]) == "year"
    assert time_unit(["", None]) == "year"
    starts = period_start(["2024-03-26", ""], "month")
    assert starts[0] == pd.Timestamp("2024-03-01") and pd.isna(starts[1])


def test_over_time_weights_articles_and_bootstraps_over_them():
    per = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "value": [1.0, 0.0, 0.5, 0.2],
                        "weight": [3, 1, 2, 5]})
    dates = pd.Series({"a": "2020-01-05", "b": "2020-01-20", "c": "2020-03-01", "d": ""})
    out = over_time(per, dates)
    assert out["unit"].tolist() == ["month", "month"]  # d is undated: left out
    assert out["period_label"].tolist() == ["2020-01", "2020-03"]
    assert out["value"].tolist() == pytest.approx([0.75, 0.5])  # (3*1 + 1*0) / 4
    assert out["n_articles"].tolist() == [2, 1]
    assert 0.0 <= out["ci_low"][0] <= 0.75 <= out["ci_high"][0] <= 1.0
    assert np.isnan(out["ci_low"][1])  # one article: no interval


def test_thirty_articles_over_time_are_one_point_per_period(tmp_path):
    rng = np.random.default_rng(0)
    days = pd.date_range("2023-01-01", "2024-12-31", periods=30)
    per = pd.DataFrame({"article_id": [f"a{i}" for i in range(30)],
                        "value": rng.uniform(-1, 1, 30), "weight": rng.integers(5, 50, 30)})
    data = over_time(per, pd.Series(days.strftime("%Y-%m-%d"), index=per["article_id"]))
    assert len(data) <= 24 and data["n_articles"].sum() == 30
    fig = plots.over_time_chart(data, "Mean score", "Tone over time")
    assert len(fig.axes[0].lines[0].get_xdata()) == len(data)
    assert max(_saved_cleanly(fig, tmp_path, "over-time", data)) <= MAX_PIXELS


def test_telling_vs_told_clips_a_century_and_marks_it():
    ev = _events(1, century=False).assign(position=np.linspace(0, 1, 6))
    ev.loc[len(ev)] = {"article_id": "a0", "date_start": pd.Timestamp("1801-01-01"),
                       "date_end": pd.Timestamp("1900-12-31"), "shape": "span",
                       "publication": "2016-01-15", "position": 0.5}
    ev["date_mid"] = ev["date_start"] + (ev["date_end"] - ev["date_start"]) / 2
    fig = timeline_plots.telling_vs_told_chart(ev, {})
    bottom, _ = fig.axes[0].get_ylim()
    assert mdates.num2date(bottom).year >= 2014
    assert any("▼ 1801–1900" in t.get_text() for t in fig.axes[0].texts)


def test_sentence_lengths_of_twelve_articles_are_panels_on_one_scale(tmp_path):
    rows = [{"article_id": f"a{a}", "bin_start": b, "sentences": a + b}
            for a in range(12) for b in range(0, 60, 5)]
    hist = pd.DataFrame(rows)
    hist["share_pct"] = 100 * hist["sentences"] / hist.groupby("article_id")["sentences"].transform(
        "sum")
    fig = plots.sentence_length_chart(hist, {})
    assert len(fig.axes) == 12 and len({ax.get_ylim() for ax in fig.axes}) == 1
    assert all(ax.get_legend() is None for ax in fig.axes)  # no 12-entry legend
    assert max(_saved_cleanly(fig, tmp_path, "lengths", hist)) <= MAX_PIXELS


def test_over_time_line_breaks_where_no_article_was_published():
    per = pd.DataFrame({"article_id": ["a", "b", "c"], "value": [0.1, 0.2, 0.3],
                        "weight": [1, 1, 1]})
    dates = pd.Series({"a": "2007-09-17", "b": "2008-01-02", "c": "2017-03-23"})
    data = over_time(per, dates)
    assert data["period_label"].tolist() == ["2007", "2008", "2017"]
    fig = plots.over_time_chart(data, "y", "t")
    points, line = fig.axes[0].lines[:2]
    assert len(points.get_xdata()) == 3
    y = np.asarray(line.get_ydata(), dtype=float)
    assert len(y) == 11 and np.isnan(y).sum() == 8  # 2009-2016 are gaps: no line across them


def test_mention_arrows_stay_thin_when_a_pair_is_mentioned_hundreds_of_times():
    """On the 1,000-article archive a speaker named another 400 times: one point of width per
    mention drew arrows wider than the chart, covering every node and label."""
    edges = pd.DataFrame({"speaker": ["Ann Lee", "Ann Lee", "Bo Ray"],
                          "mentioned": ["Bo Ray", "Cy Fox", "Cy Fox"],
                          "mentions": [400, 40, 1]})
    fig = plots.mention_network_chart(edges)
    widths = sorted(p.arrow_patch.get_linewidth() for p in fig.axes[0].texts
                    if getattr(p, "arrow_patch", None) is not None)
    lo, hi = plots.ARROW_WIDTH
    assert len(widths) == 3
    assert widths[0] == pytest.approx(lo, abs=0.1) and widths[-1] == pytest.approx(hi)
    assert widths[0] < widths[1] < widths[2]  # width still tells the counts apart
    assert "400 mentions" in fig.axes[0].get_legend().get_title().get_text()
    plt.close(fig)


def test_theme_where_finding_is_one_sentence_on_an_archive():
    """On the 1,000-article archive the "Where" bullet named every article (87,000 characters
    of Markdown); it now sums them and names the few with most paragraphs coded present."""
    from helpers.report.findings import WHERE_ARTICLES, theme_findings

    n = 1000
    summary = pd.DataFrame({"article_id": [f"a{i}" for i in range(n)],
                            "paragraphs": [40] * n,
                            "present": [0 if i % 4 == 0 else i % 7 for i in range(n)],
                            "title": [f"Title {i}" for i in range(n)]})
    empty = pd.DataFrame(columns=["voice", "n_matches"])
    tone = pd.DataFrame({"group": ["theme", "rest"], "n_sentences": [0, 0], "mean": [0, 0],
                         "share_negative": [0, 0]})
    key = pd.DataFrame(columns=["term", "direction"])
    where = theme_findings("x", "X", summary, empty, tone, key).splitlines()[0]
    present = int(summary["present"].sum())
    assert f"codes {present:,} of 40,000 body paragraphs" in where
    with_any = int((summary["present"] > 0).sum())
    assert f"in {with_any:,} of 1,000 articles" in where
    assert where.count("body paragraphs of “") == WHERE_ARTICLES
    assert "6 of 40 body paragraphs of “Title 6”" in where  # the most coded first
    assert len(where) < 600
