"""House-style polish: grid lines under the bars, and a framing legend that covers no bar."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.report import plots  # noqa: E402

pytestmark = pytest.mark.usefixtures("house_style")


def test_grid_lines_are_drawn_below_the_bars():
    fig, ax = plt.subplots()
    ax.bar([0, 1], [3, 4])
    assert ax.get_axisbelow() is True
    fig.canvas.draw()  # the axis (with its grid) takes its drawing order at draw time
    assert ax.yaxis.get_zorder() < ax.patches[0].get_zorder()


def test_framing_legend_lies_outside_the_bars():
    pivot = pd.DataFrame({"neutral": [9, 2, 1], "denial": [3, 0, 1]},
                         index=pd.Index(["Ann Oak", "Bo Elm", "Cy Ash"], name="speaker"))
    fig = plots.verb_framing_chart(pivot)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    legend = ax.get_legend().get_window_extent(renderer)
    for bar in ax.patches:
        assert not legend.overlaps(bar.get_window_extent(renderer))
