"""Notebook 01's article-structure chart at 1, 2 and 12 articles.

Before (one column at any number of articles, a legend of headings beside every panel): twelve
panels were 10 x 31.2 in, saved at 125 dpi to stay within the pixel cap. Now past four panels
the chart is a grid with one legend of section numbers for the whole figure; one and two
panels keep their size and their legends of headings.
"""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from helpers.report.figures import MAX_PIXELS, png_dpi, save_figure  # noqa: E402
from helpers.report.plots import GREY  # noqa: E402
from helpers.report.structure_plots import (  # noqa: E402
    OWN,
    SHARED_LEGEND_GID,
    article_structure_chart,
)

pytestmark = pytest.mark.usefixtures("house_style")

TITLE = "A rather long article title about the party's budget rift and the vote that follows"


def _shape(n: int, sections: int = 3) -> pd.DataFrame:
    """``n`` invented articles; article ``i`` has ``sections + i`` sections of 4 blocks."""
    rows = []
    for a in range(n):
        for s in range(sections + a):
            for b in range(4):
                rows.append({"article_id": f"a{a:02d}", "position": s * 4 + b + 1,
                             "section_index": s, "section": "" if s == 0 else f"Part {s}",
                             "words": 20 + 7 * b + s})
    return pd.DataFrame(rows)


def _titles(n: int) -> dict[str, str]:
    return {f"a{i:02d}": TITLE for i in range(n)}


def _panels(fig: matplotlib.figure.Figure) -> list:
    return [ax for ax in fig.axes if ax.get_visible()]


def _columns(fig: matplotlib.figure.Figure) -> int:
    return len({round(ax.get_position().x0, 3) for ax in _panels(fig)})


def _save(fig: matplotlib.figure.Figure, tmp_path, data: pd.DataFrame) -> tuple[int, tuple]:
    dpi = png_dpi(fig)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        paths = save_figure(fig, "article-structure", data=data, caption="c",
                            output_dir=tmp_path)
    return dpi, Image.open(paths["png"]).size


def _bar_colours(ax) -> list[str]:
    return [mcolors.to_hex(c) for coll in ax.collections for c in coll.get_facecolors()]


def test_twelve_articles_are_a_grid_with_one_shared_legend(tmp_path):
    shape = _shape(12)
    fig = article_structure_chart(shape, _titles(12))
    assert len(_panels(fig)) == 12
    assert _columns(fig) == 3
    assert not [ax for ax in fig.axes if ax.get_legend() is not None]  # no per-panel legend
    assert len(fig.legends) == 1 and fig.legends[0].get_gid() == SHARED_LEGEND_GID
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    # sections 0 .. 14 occur (article 11 has 14): OWN numbered entries, then one grey entry
    assert len(labels) == OWN + 1
    assert labels[0].startswith("0") and labels[-1] == f"section {OWN} and later"
    width, height = fig.get_size_inches()
    assert height < 12 and width <= 15, (width, height)  # was 10 x 31.2 in
    dpi, size = _save(fig, tmp_path, shape)
    assert max(size) <= MAX_PIXELS and dpi >= 200, (size, dpi)  # was 125 dpi


def test_a_colour_is_the_same_section_number_in_every_panel():
    shape = _shape(6)
    fig = article_structure_chart(shape, _titles(6))
    legend = fig.legends[0]
    key = {t.get_text(): mcolors.to_hex(h.get_facecolor())
           for t, h in zip(legend.get_texts(), legend.legend_handles)}
    for ax, (_, grp) in zip(_panels(fig), shape.groupby("article_id", sort=False)):
        expected = [key["0: before the first subheading"] if s == 0 else
                    key.get(f"section {s}", mcolors.to_hex(GREY)) for s in grp["section_index"]]
        assert _bar_colours(ax) == expected


@pytest.mark.parametrize("n", [1, 2])
def test_one_or_two_articles_keep_one_column_and_their_headings(n, tmp_path):
    shape = _shape(n)
    fig = article_structure_chart(shape, _titles(n))
    assert len(_panels(fig)) == n and _columns(fig) == 1
    assert not fig.legends
    legends = [ax.get_legend() for ax in _panels(fig)]
    assert all(lg is not None for lg in legends)
    assert [t.get_text() for t in legends[0].get_texts()] == ["(opening)", "Part 1", "Part 2"]
    assert tuple(fig.get_size_inches()) == pytest.approx((10, 2.6 * n))  # as before
    dpi, size = _save(fig, tmp_path, shape)
    assert dpi == 300 and max(size) <= MAX_PIXELS


def test_headings_sharing_their_first_words_get_distinct_legend_entries():
    shape = _shape(1).assign(section=lambda d: d["section_index"].map(
        {0: "", 1: "The vote that split the party over the budget in May",
         2: "The vote that split the party over the budget in June"}))
    fig = article_structure_chart(shape, _titles(1))
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["(opening)", "The vote that split the… (section 1)",
                      "The vote that split the… (section 2)"]


@pytest.mark.parametrize("blocks", [2, 4])
def test_a_short_article_has_whole_block_numbers_on_its_axis(blocks):
    """Blocks are counted: a two-block article was labelled 0.75, 1.00, 1.25 … (session 13)."""
    shape = pd.DataFrame({"article_id": "a00", "position": range(1, blocks + 1),
                          "section_index": 0, "section": "", "words": 20})
    fig = article_structure_chart(shape, _titles(1))
    fig.canvas.draw()
    ticks = [t for t in _panels(fig)[0].get_xticks()
             if _panels(fig)[0].get_xlim()[0] <= t <= _panels(fig)[0].get_xlim()[1]]
    assert ticks and all(float(t).is_integer() for t in ticks), ticks
