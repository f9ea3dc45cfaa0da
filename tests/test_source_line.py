"""Every saved figure carries a small source line (corpus, articles, toolkit commit, run date)
under everything it draws, added by the one function that saves figures."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from helpers.core.paths import PROJECT_ROOT  # noqa: E402
from helpers.report.figures import SOURCE_GID, save_figure  # noqa: E402
from helpers.report.notebook import setup  # noqa: E402

ARTICLE = """A headline about the {thing}
By A Writer
4 May 2022

"We will mend the {thing} next week," said Jane Example, who chairs the committee.
"""


def _sources(fig) -> list:
    return [t for t in fig.texts if t.get_gid() == SOURCE_GID]


def test_source_line_sits_below_the_legend_and_is_drawn_once(tmp_path: Path) -> None:
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2], label="bars")
    ax.set_xlabel("a label")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3))  # a legend below the axes
    for _ in range(2):
        save_figure(fig, "f", pd.DataFrame({"x": [1, 2]}), "c", output_dir=tmp_path,
                    source="Source: my folder, 2 articles")
    lines = _sources(fig)
    assert len(lines) == 1 and lines[0].get_text() == "Source: my folder, 2 articles"
    renderer = fig.canvas.get_renderer()
    text_box = lines[0].get_window_extent(renderer)
    legend_box = ax.get_legend().get_window_extent(renderer)
    assert text_box.y1 <= legend_box.y0  # under the legend, not over it
    plt.close(fig)


def test_notebook_figures_name_corpus_articles_commit_and_date(tmp_path: Path) -> None:
    corpus = tmp_path / "my articles"
    corpus.mkdir()
    for thing in ("bridge", "road"):
        (corpus / f"{thing}.txt").write_text(ARTICLE.format(thing=thing), encoding="utf-8")
    ctx = setup(str(corpus), str(tmp_path / "out"), from_store=False)
    fig, ax = plt.subplots()
    ax.plot([1, 2], [3, 4])
    ctx.save_figure(fig, "line", pd.DataFrame({"x": [1, 2]}), "c")
    text = _sources(fig)[0].get_text()
    assert text.startswith("Source: my articles, 2 articles · toolkit ")
    assert re.search(r"run \d{4}-\d\d-\d\d$", text), text
    if (PROJECT_ROOT / ".git").exists():  # a git checkout names the commit; a tarball cannot
        assert re.search(r"\([0-9a-f]{7}(\+dirty)?\)", text), text
    plt.close(fig)


def test_source_line_clears_the_x_label_under_constrained_layout(tmp_path: Path) -> None:
    from helpers.report.figures import use_style

    use_style()  # the house style lays figures out with constrained layout
    fig, ax = plt.subplots(figsize=(8, 6))
    ax.barh([f"speaker {i}" for i in range(15)], range(15))
    ax.set_xlabel("Quotations introduced by a verb of this class")
    save_figure(fig, "f", pd.DataFrame({"x": [1]}), "c", output_dir=tmp_path,
                source="Source: a folder, 40 articles · toolkit 0.1.0 (abcdef1) · run 2026-01-01")
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    line = _sources(fig)[0].get_window_extent(renderer)
    label = ax.xaxis.label.get_window_extent(renderer)
    assert line.y1 <= label.y0, (line, label)
    plt.close(fig)


def test_source_line_names_the_folder_given_with_dots(tmp_path: Path) -> None:
    # CORPUS=. or a path ending in .. names the folder it means, not "." or ".."
    corpus = tmp_path / "my articles"
    (corpus / "sub").mkdir(parents=True)
    for thing in ("bridge", "road"):
        (corpus / f"{thing}.txt").write_text(ARTICLE.format(thing=thing), encoding="utf-8")
    ctx = setup(str(corpus / "sub" / ".."), str(tmp_path / "out"), from_store=False)
    assert ctx.source_line().startswith("Source: my articles, 2 articles · "), ctx.source_line()
