"""One call that gives every notebook its corpus, output folder and export functions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import matplotlib
import pandas as pd

from helpers.core.corpus import Corpus, load_corpus
from helpers.core.paths import DEFAULT_CORPUS, resolve_corpus, resolve_output_dir
from helpers.core.reading import summarise_skipped
from helpers.report import figures

__all__ = ["NotebookContext", "setup"]


@dataclass(frozen=True)
class NotebookContext:
    """What a notebook needs: the loaded corpus and where its outputs go."""

    corpus: Corpus
    corpus_path: Path
    output_dir: Path
    notebook: str
    is_default_corpus: bool

    def save_figure(
        self, fig: matplotlib.figure.Figure, name: str, data: pd.DataFrame, caption: str
    ) -> dict[str, Path]:
        """Export a figure with its data (see :func:`helpers.report.figures.save_figure`)."""
        return figures.save_figure(
            fig,
            name,
            data=data,
            caption=caption,
            output_dir=self.output_dir,
            notebook=self.notebook,
        )

    def save_table(self, df: pd.DataFrame, name: str) -> Path:
        """Export a result table as CSV under ``tables/``."""
        return figures.save_table(df, name, output_dir=self.output_dir)


def setup(
    corpus: str = "", output_dir: str = "", date: str = "", notebook: str = ""
) -> NotebookContext:
    """Load the corpus named by the notebook's parameters and apply the house style.

    Empty strings mean the defaults: the project's corpus in ``data/raw`` and ``build/``.
    Gold annotations describe the default corpus only, so ``is_default_corpus`` tells a
    notebook whether to show validation against them.
    """
    corpus_path = resolve_corpus(corpus)
    out = resolve_output_dir(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    figures.use_style()
    loaded = load_corpus(corpus_path, date=date or None)
    for warning in loaded.warnings:
        print("warning:", warning)
    for line in summarise_skipped(loaded.skipped):  # thousands of bad files: a summary
        print(line)
    is_default = corpus_path.resolve() in (
        DEFAULT_CORPUS.resolve(),
        DEFAULT_CORPUS.parent.resolve(),
    )
    return NotebookContext(loaded, corpus_path, out, notebook, is_default)
