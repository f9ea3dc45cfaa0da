"""Quoted words without a speaker are their own category, not "anonymous sources" (a new user's
transcript article read 96 % anonymous when it was one speaker the extractor did not find)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.instruments.quotes import quote_shares  # noqa: E402
from helpers.report import plots  # noqa: E402
from helpers.report.aggregate import as_percent  # noqa: E402
from helpers.report.figures import save_figure  # noqa: E402
from helpers.report.joins import source_kind_shares  # noqa: E402


def _quote(article: str, speaker_type: str, words: int, level: int = 0) -> dict:
    speaker = {"none": "", "named": "Ann Smith", "description": "a senior official"}[speaker_type]
    return {"article_id": article, "kind": "speech", "level": level, "text": "x",
            "speaker": speaker, "speaker_type": speaker_type, "n_words": words}


VOICE = pd.DataFrame({
    "article_id": ["transcript", "report"], "title": ["T", "R"], "prose_words": [100, 200],
    "quoted_words": [96, 60], "writer_words": [4, 140], "quoted_share": [0.96, 0.3],
    "writer_share": [0.04, 0.7], "named_share": [0.0, 0.1], "anonymous_share": [0.96, 0.2]})
QUOTES = pd.DataFrame([
    _quote("transcript", "none", 96),
    _quote("transcript", "none", 5, level=1),  # nested: already inside its parent's words
    _quote("report", "named", 20), _quote("report", "description", 30),
    _quote("report", "none", 10),
])
SHARES = quote_shares(QUOTES)  # the per-speaker table notebook 03 has already computed


def test_unattributed_words_are_apart_from_described_sources() -> None:
    out = source_kind_shares(VOICE, SHARES).set_index("article_id")
    assert out.loc["transcript", "unattributed_share"] == pytest.approx(0.96)
    assert out.loc["transcript", "described_share"] == pytest.approx(0.0)
    assert out.loc["report", "unattributed_share"] == pytest.approx(0.05)
    assert out.loc["report", "described_share"] == pytest.approx(0.15)
    kinds = ["writer_share", "named_share", "described_share", "unattributed_share"]
    total = out[kinds].sum(axis=1)
    np.testing.assert_allclose(total, 1.0)


def test_reads_the_speaker_table_and_does_not_filter_quotations_again() -> None:
    """The split reads ``quote_shares`` (top-level speech, filtered once by the instrument):
    a table with only its columns is enough, and no quotation-level column is consulted."""
    shares = pd.DataFrame({"article_id": ["transcript", "report", "report"],
                           "speaker": ["(unattributed)", "(unattributed)", "Ann Smith"],
                           "speaker_type": ["none", "", "named"], "quoted_words": [50, 20, 7]})
    out = source_kind_shares(VOICE, shares).set_index("article_id")
    assert out.loc["transcript", "unattributed_share"] == pytest.approx(0.5)
    assert out.loc["transcript", "described_share"] == pytest.approx(0.46)
    assert out.loc["report", "unattributed_share"] == pytest.approx(0.1)


def test_the_chart_draws_four_kinds_and_its_csv_holds_them(tmp_path) -> None:
    shares = ["writer_share", "named_share", "described_share", "unattributed_share"]
    plot = source_kind_shares(VOICE, SHARES).assign(label=["T", "R"])
    plot = as_percent(plot[["article_id", "label", *shares]], shares)
    fig = plots.voice_shares_chart(plot)
    paths = save_figure(fig, "voice", data=plot, caption="c", output_dir=tmp_path)
    csv = pd.read_csv(paths["csv"])
    ax = fig.axes[0]
    assert len(ax.containers) == 4
    for container, col in zip(ax.containers, [f"{s}_pct" for s in shares]):
        np.testing.assert_allclose([p.get_width() for p in container.patches], csv[col])
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "unattributed (no speaker found)" in labels
    assert not any("anonymous" in label for label in labels)
    colours = {c.get_label(): c.patches[0].get_facecolor() for c in ax.containers}
    assert colours["unattributed (no speaker found)"] != colours[
        "unnamed sources (described: a senior official)"]
    plt.close(fig)
