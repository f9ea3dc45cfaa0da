"""Findings of a new user's look at every figure of `make run` on one article and on the
default corpus (2026-12-04, session `wt-polish`), each fixed in the chart and tested here.

Before: the speaker chart's legend sat on its first panel, over the longest bar (the grey
`other (42 speakers)` of a one-article run); the paired-bar validation chart's legend covered
the lowest bars; the theme tone chart's values under negative bars were cut by the axis and
two means -0.026 and -0.027 both read -0.03; the sentiment arc's legend hid the sentence
scores in the first panel's lower left corner; a legend under the panels (figure legend) slid
onto the source line when the figure was saved; theme trajectory section names were cut
mid-word ("agree to po") and a panel without a match was an empty frame.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from helpers.report import plots  # noqa: E402
from helpers.report import theme_plots as tp  # noqa: E402
from helpers.report.figures import save_figure  # noqa: E402

pytestmark = pytest.mark.usefixtures("house_style")


def _boxes(fig):
    fig.canvas.draw()
    return fig.canvas.get_renderer()


def _legends(fig) -> list:
    return list(fig.legends) + [ax.get_legend() for ax in fig.axes if ax.get_legend()]


def test_speaker_legend_covers_no_bar():
    rows = [("Tony Blair", True, 19.4), ("Maria Lopez", True, 5.4), ("a spokesperson", False, 4.0),
            ("other (42 speakers)", False, 43.1)]
    top = pd.DataFrame([{"article_id": "a", "speaker": s, "named": n, "share_pct": v,
                         "is_other": s.startswith("other")} for s, n, v in rows])
    fig = plots.speaker_shares_chart(top, {"a": "Party rift deepens over vote on budget deal"})
    renderer = _boxes(fig)
    legends = _legends(fig)
    assert len(legends) == 1
    box = legends[0].get_window_extent(renderer)
    for ax in fig.axes:
        for bar in ax.patches:
            assert not box.overlaps(bar.get_window_extent(renderer))


def test_second_annotator_legend_covers_no_bar():
    versus = pd.DataFrame({"instrument": ["quotes"] * 11, "measure": [f"m{i}" for i in range(11)],
                           "machine": [1.0] * 11, "second_annotator": [0.98] * 11})
    fig = plots.machine_vs_second_chart(versus)
    renderer = _boxes(fig)
    box = fig.axes[0].get_legend().get_window_extent(renderer)
    for bar in fig.axes[0].patches:
        assert not box.overlaps(bar.get_window_extent(renderer))


def test_theme_tone_values_inside_the_axes_and_told_apart():
    plot = pd.DataFrame({"mean": [-0.0256, -0.0274], "n_sentences": [40, 311]})
    fig = plots.theme_tone_chart(plot, "Party factionalism")
    renderer = _boxes(fig)
    ax = fig.axes[0]
    frame = ax.get_window_extent(renderer)
    texts = [t for t in ax.texts if "(n=" in t.get_text()]
    assert len(texts) == 2
    for t in texts:
        box = t.get_window_extent(renderer)
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1, t.get_text()
    assert texts[0].get_text().split()[0] != texts[1].get_text().split()[0]


def _trajectory(score: float) -> pd.DataFrame:
    heading = "Britain and U.S. agree to pool intelligence"
    return pd.DataFrame([{"article_id": "a", "paragraph_index": p,
                          "section": "" if p < 12 else heading, "score": score * (p % 3),
                          "present": score > 0 and p % 3 == 2} for p in range(40)])


def test_trajectory_section_names_are_cut_at_a_word():
    fig = tp.plot_trajectory(_trajectory(20.0), "a theme", {"a": "An article"})
    names = [t.get_text() for t in fig.axes[0].texts]
    assert names == ["Britain and U.S. agree to…"]


def test_a_trajectory_panel_without_a_match_says_so():
    fig = tp.plot_trajectory(_trajectory(0.0), "a theme", {"a": "An article"})
    assert any("no match" in t.get_text() for t in fig.axes[0].texts)
    fig = tp.plot_trajectory(_trajectory(20.0), "a theme", {"a": "An article"})
    assert not any("no match" in t.get_text() for t in fig.axes[0].texts)


def test_sentiment_arc_legend_hides_no_point():
    n = 60
    arc = pd.DataFrame({"article_id": "a", "section_index": [0] * 30 + [1] * 30,
                        "value": [(-0.35 if i % 2 else 0.2) for i in range(n)],
                        "rolling": 0.0, "band_low": -0.1, "band_high": 0.1})
    fig = plots.sentiment_arc_chart(arc, {"a": "An article"})
    renderer = _boxes(fig)
    legends = _legends(fig)
    assert len(legends) == 1
    box = legends[0].get_window_extent(renderer)
    ax = fig.axes[0]
    points = ax.collections[0].get_offsets()
    pixels = ax.transData.transform(points)
    inside = [(box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1) for x, y in pixels]
    assert not any(inside)


def _bottom_band(png) -> tuple[np.ndarray, int]:
    """The saved image as RGB, and the first row of its lowest run of non-white rows (the
    source line, drawn under everything)."""
    pixels = np.asarray(Image.open(png).convert("RGB"))
    inked = np.flatnonzero((pixels < 250).any(axis=2).any(axis=1))
    gaps = np.flatnonzero(np.diff(inked) > 1)
    return pixels, int(inked[gaps[-1] + 1] if gaps.size else inked[0])


@pytest.mark.parametrize("chart", ["speaker", "arc"])
def test_a_legend_under_the_panels_stays_above_the_source_line(chart, tmp_path):
    if chart == "speaker":
        top = pd.DataFrame([{"article_id": "a", "speaker": "Tony Blair", "named": True,
                             "share_pct": 60.0, "is_other": False}])
        fig = plots.speaker_shares_chart(top, {"a": "An article"})
    else:
        arc = pd.DataFrame({"article_id": "a", "section_index": 0, "value": [0.1] * 20,
                            "rolling": 0.1, "band_low": 0.0, "band_high": 0.2})
        fig = plots.sentiment_arc_chart(arc, {"a": "An article"})
    paths = save_figure(fig, "f", pd.DataFrame({"x": [1]}), "c", output_dir=tmp_path,
                        source="Source: a folder of articles, 1 article · toolkit 0.1.0 · run")
    pixels, band = _bottom_band(paths["png"])
    blue = np.array([int(plots.BLUE[i:i + 2], 16) for i in (1, 3, 5)])
    blue_rows = np.flatnonzero((np.abs(pixels.astype(int) - blue) < 8).all(axis=2).any(axis=1))
    assert blue_rows.size
    assert blue_rows.max() < band  # the legend's blue key above the source line, apart


def test_trajectory_ticks_are_whole_paragraphs():
    """A panel of 19 paragraphs had ticks 0.0, 2.5, 5.0 … (the US archive, 2026-12-05)."""
    fig = tp.plot_trajectory(_trajectory(20.0).head(19), "a theme", {"a": "An article"})
    fig.canvas.draw()
    ticks = [t for t in fig.axes[0].get_xticks() if -0.8 <= t <= 18.8]
    assert len(ticks) >= 3 and all(float(t).is_integer() for t in ticks), ticks
    matplotlib.pyplot.close(fig)
