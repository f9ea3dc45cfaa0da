"""helpers.report.plots draws from documented tables, in the house palette; notebooks hold no
plotting colours of their own."""

from __future__ import annotations

import json
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.core.paths import NOTEBOOKS  # noqa: E402
from helpers.report import plots  # noqa: E402
from helpers.report.findings import reading_of, theme_findings  # noqa: E402

HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_palette_is_the_style_file_cycle():
    assert plots.PALETTE[:2] == ("#0072B2", "#D55E00")  # Okabe–Ito, as in newsroom.mplstyle
    assert plots.BLUE == plots.PALETTE[0] and plots.VERMILION == plots.PALETTE[1]


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_notebooks_hold_no_hex_colours(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert not HEX.findall(code), "colours belong in helpers/report/plots.py"


def _bar_colours(fig):
    return [matplotlib.colors.to_hex(p.get_facecolor()).upper()
            for p in fig.axes[0].patches]


def test_key_terms_chart_colours_by_direction():
    data = pd.DataFrame({"term": ["a", "b", "c"], "keyness": [-3.0, 2.0, 5.0]})
    fig = plots.key_terms_chart(data)
    assert _bar_colours(fig) == [plots.VERMILION, plots.BLUE, plots.BLUE]
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["a", "b", "c"]
    plt.close(fig)


def test_theme_tone_chart_labels_means_and_counts():
    data = pd.DataFrame({"group": ["theme", "rest"], "n_sentences": [4, 10],
                         "mean": [-0.25, 0.1]})
    fig = plots.theme_tone_chart(data, "A theme")
    texts = sorted(t.get_text() for t in fig.axes[0].texts)
    assert texts == ["+0.100 (n=10)", "-0.250 (n=4)"]  # three decimals (test_figure_review)
    assert [p.get_height() for p in fig.axes[0].patches] == [-0.25, 0.1]
    plt.close(fig)


def test_interval_chart_puts_the_first_row_on_top():
    data = pd.DataFrame({"mean": [0.1, -0.2], "ci_low": [0.0, -0.3], "ci_high": [0.2, -0.1]})
    fig = plots.interval_chart(data, ["first", "second"], "t")
    ticks = {t.get_text(): t.get_position()[1] for t in fig.axes[0].get_yticklabels()}
    assert ticks["first"] > ticks["second"]
    plt.close(fig)


def test_mention_network_chart_draws_a_note_when_empty():
    fig = plots.mention_network_chart(pd.DataFrame(columns=["speaker", "mentioned", "mentions"]))
    assert "No named person" in fig.axes[0].texts[0].get_text()
    width, height = fig.get_size_inches()
    assert height <= 2.5 < width, "a one-line note is a strip, not a 7.5 in blank square"
    plt.close(fig)


def test_theme_findings_state_the_measured_numbers():
    summary = pd.DataFrame({"article_id": ["a"], "paragraphs": [10], "present": [3],
                            "title": ["T"]})
    voices = pd.DataFrame({"voice": ["narrator", "Ann Lee"], "n_matches": [6, 2]})
    tone = pd.DataFrame({"group": ["theme", "rest"], "n_sentences": [5, 20],
                         "mean": [-0.2, 0.05], "share_negative": [0.6, 0.3]})
    key = pd.DataFrame({"term": ["war", "peace"], "direction": ["target", "reference"]})
    text = theme_findings("x", "X", summary, voices, tone, key)
    assert "3 of 10 body paragraphs of “T”" in text
    assert "6 of 8 matches (75%)" in text and "Ann Lee (2)" in text
    assert "5 theme sentences, mean sentiment -0.20 (60% negative)" in text
    assert "*war*" in text and "*peace*" not in text
    assert "not validated" in text


def test_reading_of_a_theme_without_one_says_so(tmp_path):
    assert "No reading" in reading_of("new_theme", tmp_path)
    (tmp_path / "new_theme.md").write_text("my reading", encoding="utf-8")
    assert reading_of("new_theme", tmp_path) == "my reading"


def test_sentiment_arc_panels_share_one_scale():
    rows = []
    for art, amp in (("a", 0.2), ("b", 0.9)):
        for i in range(12):
            v = amp * (-1) ** i
            rows.append({"article_id": art, "section_index": 0, "value": v, "rolling": v / 2,
                         "band_low": v / 2 - 0.1, "band_high": v / 2 + 0.1})
    fig = plots.sentiment_arc_chart(pd.DataFrame(rows), {"a": "A", "b": "B"})
    limits = {ax.get_ylim() for ax in fig.axes}
    plt.close(fig)
    assert len(limits) == 1 and max(next(iter(limits))) >= 0.9
