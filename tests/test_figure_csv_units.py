"""Every figure's CSV holds the numbers drawn, in the unit drawn: the values read back from the
saved CSV equal the bar lengths / line points of the Axes (synthetic frames, invented labels)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.report import plots  # noqa: E402
from helpers.report.aggregate import as_percent, over_time, over_time_plotted  # noqa: E402
from helpers.report.figures import save_figure  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _csv(fig, data: pd.DataFrame, tmp_path) -> pd.DataFrame:
    """Save like a notebook and read the CSV back."""
    paths = save_figure(fig, "f", data=data, caption="c", output_dir=tmp_path)
    return pd.read_csv(paths["csv"])


def _lengths(container, horizontal: bool) -> list[float]:
    return [p.get_width() if horizontal else p.get_height() for p in container.patches]


def test_sentence_length_csv_is_the_drawn_percent(tmp_path):
    hist = pd.DataFrame({"article_id": ["a", "a", "b"], "bin_start": [0, 5, 10],
                         "sentences": [1, 3, 2]})
    hist["share_pct"] = 100 * hist["sentences"] / hist.groupby("article_id")["sentences"].transform(
        "sum")
    fig = plots.sentence_length_chart(hist, {})
    csv = _csv(fig, hist, tmp_path)
    drawn = [h for ax in fig.axes for c in ax.containers for h in _lengths(c, False)]
    np.testing.assert_allclose(drawn, csv["share_pct"])
    assert drawn == pytest.approx([25.0, 75.0, 100.0])  # percent, not 0.25


def test_speaker_shares_csv_is_the_drawn_percent(tmp_path):
    top = as_percent(pd.DataFrame({"article_id": ["a", "a"], "speaker": ["Ann Oak", "a source"],
                                   "named": [True, False], "share": [0.75, 0.25]}), ["share"])
    fig = plots.speaker_shares_chart(top, {})
    csv = _csv(fig, top, tmp_path)
    drawn = _lengths(fig.axes[0].containers[0], True)[::-1]  # first row drawn at the bottom
    np.testing.assert_allclose(drawn, csv["share_pct"])
    assert max(drawn) == pytest.approx(75.0)


def test_voice_shares_csv_is_the_drawn_percent(tmp_path):
    plot = as_percent(pd.DataFrame({"label": ["one", "two"], "writer_share": [0.6, 0.9],
                                    "named_share": [0.3, 0.05],
                                    "anonymous_share": [0.1, 0.05]}),
                      ["writer_share", "named_share", "anonymous_share"])
    fig = plots.voice_shares_chart(plot)
    csv = _csv(fig, plot, tmp_path)
    for container, col in zip(fig.axes[0].containers,
                              ("writer_share_pct", "named_share_pct", "anonymous_share_pct")):
        np.testing.assert_allclose(_lengths(container, True), csv[col])
    assert csv["writer_share_pct"].tolist() == pytest.approx([60.0, 90.0])


def test_over_time_csv_is_the_drawn_percent(tmp_path):
    per = pd.DataFrame({"article_id": list("abcd"), "value": [0.1, 0.3, 0.2, 0.4],
                        "weight": [1, 1, 1, 1]})
    dates = pd.Series({"a": "2010-03-01", "b": "2011-03-01", "c": "2012-03-01",
                       "d": "2012-06-01"})
    plotted = over_time_plotted(over_time(per, dates, unit="year"), 4, percent=True)
    fig = plots.over_time_chart(plotted, "Share (%)", "t", percent=True)
    csv = _csv(fig, plotted, tmp_path)
    np.testing.assert_allclose(fig.axes[0].lines[0].get_ydata(), csv["value_pct"])
    assert csv["value_pct"].tolist() == pytest.approx([10.0, 30.0, 30.0])


def test_count_and_score_charts_draw_their_csv_values(tmp_path):
    voices = pd.DataFrame({"voice": ["narrator", "Ann Oak"], "n_matches": [7, 3]})
    fig = plots.theme_voices_chart(voices, "a theme")
    np.testing.assert_allclose(_lengths(fig.axes[0].containers[0], True),
                               _csv(fig, voices, tmp_path)["n_matches"])
    terms = pd.DataFrame({"term": ["rent", "tax"], "keyness": [-4.5, 12.0]})
    fig = plots.key_terms_chart(terms)
    np.testing.assert_allclose(_lengths(fig.axes[0].containers[0], True),
                               _csv(fig, terms, tmp_path)["keyness"])
    tone = pd.DataFrame({"mean": [-0.2, 0.1], "n_sentences": [4, 9]})
    fig = plots.theme_tone_chart(tone, "a theme")
    np.testing.assert_allclose(_lengths(fig.axes[0].containers[0], False),
                               _csv(fig, tone, tmp_path)["mean"])
    pivot = pd.DataFrame({"neutral": [2, 5], "assertion": [1, 0]},
                         index=pd.Index(["Ann Oak", "Bo Elm"], name="speaker"))
    fig = plots.verb_framing_chart(pivot)
    csv = _csv(fig, pivot.reset_index(), tmp_path)
    for container, col in zip(fig.axes[0].containers, pivot.columns):
        np.testing.assert_allclose(_lengths(container, True), csv[col])
