"""One call that gives every notebook its corpus, output folder and export functions.

Also names the runs of the theme template: ``notebooks/05_theme.ipynb`` is executed once per
codebook theme, as ``NN_<theme id>`` (:func:`theme_notebook_names`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from helpers.core.corpus import Corpus, CorpusError, load_corpus
from helpers.core.paths import (
    DEFAULT_CORPUS,
    NOTEBOOKS,
    corpus_name,
    resolve_corpus,
    resolve_output_dir,
)
from helpers.core.reading import summarise_skipped
from helpers.core.text import counted
from helpers.report import figures
from helpers.report.manifest import run_commit, toolkit_version
from helpers.report.store_read import StoreSource, stored_corpus

__all__ = ["DEFAULT_CORPUS_LABEL", "FIRST_THEME_NUMBER", "MAX_PANELS", "THEME_TEMPLATE",
           "ArticleChoice", "NotebookContext", "artefact_prefix", "choose_articles",
           "report_choice", "require_sentences", "run_corpus_name", "setup",
           "theme_notebook_names"]

#: The name of the default corpus in source lines and the console.
DEFAULT_CORPUS_LABEL = "default corpus (New Statesman)"

#: Articles drawn in detail (one panel or one figure each) at most; more would not be readable.
MAX_PANELS = 12

THEME_TEMPLATE = "05_theme.ipynb"
FIRST_THEME_NUMBER = 5


def theme_notebook_names(folder: Path = NOTEBOOKS, codebook: str | Path | None = None
                         ) -> dict[str, str]:
    """Theme id -> name of its run of the theme template, in codebook order.

    The n-th theme of the codebook (``data/lexicons/themes.yml`` by default) is numbered
    ``FIRST_THEME_NUMBER + n``, skipping the numbers of the other numbered notebooks in
    ``folder`` (07 is the limitations notebook): ``05_special_relationship``,
    ``06_party_factionalism``, ``08_iraq_war_intelligence``, ... Names therefore follow the
    order of the themes in the codebook; add new themes at the end to keep existing names.
    """
    # imported here: the codebook's module compiles regexes a kernel that only calls setup()
    # never uses (the theme template loads the codebook anyway, once per process)
    from helpers.instruments.themes import load_codebook

    taken = {int(p.name[:2]) for p in folder.glob("[0-9][0-9]_*.ipynb")
             if p.name != THEME_TEMPLATE}
    names: dict[str, str] = {}
    number = FIRST_THEME_NUMBER
    for theme in load_codebook(codebook).ids:
        while number in taken:
            number += 1
        names[theme] = f"{number:02d}_{theme}"
        number += 1
    return names


def artefact_prefix(theme: str) -> str:
    """Prefix of a theme's figure and table names: the id with ``-`` for ``_``
    (``special_relationship`` -> ``special-relationship``)."""
    return theme.replace("_", "-")


@dataclass(frozen=True)
class NotebookContext:
    """What a notebook needs: the loaded corpus and where its outputs go."""

    corpus: Corpus
    corpus_path: Path
    output_dir: Path
    notebook: str
    is_default_corpus: bool
    date: str = ""
    name: str = ""  # the corpus's name in source lines ('': from its path, run_corpus_name)

    @property
    def store(self) -> StoreSource:
        """Where ``make run`` stored this corpus's tables: pass to ``analyse(..., store=)`` so
        the notebook reads them instead of computing them again."""
        return StoreSource(self.corpus_path, self.output_dir, self.date or None)

    def save_figure(
        self, fig: matplotlib.figure.Figure, name: str, data: pd.DataFrame, caption: str,
        formats: Sequence[str] = figures.FORMATS,
    ) -> dict[str, Path]:
        """Export a figure with its data (see :func:`helpers.report.figures.save_figure`)."""
        return figures.save_figure(
            fig,
            name,
            data=data,
            caption=caption,
            output_dir=self.output_dir,
            notebook=self.notebook,
            formats=formats,
            source=self.source_line(),
        )

    def source_line(self) -> str:
        """The source line drawn under every saved figure: the corpus's name (``CORPUS_NAME``,
        else :func:`run_corpus_name`), its number of articles, the toolkit version and short
        commit (when the project is a git checkout) and the UTC date of the run."""
        name = self.name or run_corpus_name(self.corpus_path, self.is_default_corpus)
        n = len(self.corpus.articles)
        return (f"Source: {name}, {n} article{'s' if n != 1 else ''} · {_toolkit()} · "
                f"run {datetime.now(UTC).date().isoformat()}")

    def show_saved(self, fig: matplotlib.figure.Figure, paths: dict[str, Path]) -> None:
        """Show the PNG that :meth:`save_figure` wrote instead of rendering ``fig`` again.

        Why: ``plt.show()`` renders a figure once more for the notebook; for a chart of a
        hundred labelled rows that is 1-1.5 CPU seconds, a dozen times in notebook 04. The
        saved PNG is shown at the width ``plt.show()`` would give it, and ``fig`` is closed.
        """
        from IPython.display import Image, display

        width = int(fig.get_size_inches()[0] * float(matplotlib.rcParams["figure.dpi"]))
        plt.close(fig)
        display(Image(filename=str(paths["png"]), width=width))

    def save_table(self, df: pd.DataFrame, name: str) -> Path:
        """Export a result table as CSV under ``tables/``."""
        return figures.save_table(df, name, output_dir=self.output_dir)


@functools.cache
def _toolkit() -> str:
    """``toolkit 0.x (abc1234)``: the version and the short commit, once per kernel (from
    ``make run``'s :data:`~helpers.report.manifest.COMMIT_ENV`, else git in a subprocess);
    ``+dirty`` marks uncommitted changes, no commit outside git."""
    commit = run_commit()
    dirty = "+dirty" if commit.endswith("+dirty") else ""
    short = "" if commit == "unknown" else f" ({commit[:7]}{dirty})"
    return f"toolkit {toolkit_version()}{short}"


def run_corpus_name(corpus_path: str | Path, is_default: bool = False, given: str = "") -> str:
    """The corpus's name as a run shows it: ``given`` (``make run CORPUS_NAME=...``) when not
    blank, else :data:`DEFAULT_CORPUS_LABEL` for the default corpus, else
    :func:`helpers.core.paths.corpus_name` (a file's stem; a folder's name, skipping names
    such as ``text``: ``polnear/train/text`` -> ``polnear train``). One function, so figures,
    manifests and the console agree."""
    if given.strip():
        return given.strip()
    return DEFAULT_CORPUS_LABEL if is_default else corpus_name(corpus_path)


def require_sentences(corpus: Corpus) -> None:
    """Raise :class:`CorpusError` naming the file(s) when ``corpus`` holds no sentence.

    Why: a corpus of titles only (a one-line file read as a headline) ran every notebook on
    empty tables, which failed far from the cause; one message at the start names it.
    """
    if len(corpus.sentences):
        return
    files = list(dict.fromkeys(corpus.articles["source"])) or sorted(corpus.texts)
    shown = ", ".join(map(str, files[:5])) + (f" and {len(files) - 5} more" if len(files) > 5
                                              else "")
    raise CorpusError(f"no sentence to analyse in {shown}: every line was read as a title or "
                      "heading (a file needs a body: a title line, then sentences)")


def setup(
    corpus: str = "", output_dir: str = "", date: str = "", notebook: str = "",
    from_store: bool = True, name: str = "",
) -> NotebookContext:
    """Load the corpus named by the notebook's parameters and apply the house style.

    Empty strings mean the defaults: the default corpus (``../shared/corpus``) and ``build/``.
    Gold annotations describe the default corpus only, so ``is_default_corpus`` tells a
    notebook whether to show validation against them. With ``from_store`` the segmentation is
    read from ``OUTPUT_DIR/store`` when it holds every file
    (:func:`helpers.report.store_read.stored_corpus`; the same corpus, without segmenting
    a large one again), else the corpus is segmented as usual (``from_store=False``: always).
    ``name`` (the ``CORPUS_NAME`` parameter) names the corpus in figure source lines; empty,
    :func:`run_corpus_name` derives one from the path.
    """
    corpus_path = resolve_corpus(corpus)
    out = resolve_output_dir(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    figures.use_style()
    # the segmentation make run stored (same tables), else segment here
    loaded = stored_corpus(corpus_path, out, date or None) if from_store else None
    if loaded is None:
        loaded = load_corpus(corpus_path, date=date or None)
    require_sentences(loaded)
    for warning in loaded.warnings:
        print("warning:", warning)
    for line in summarise_skipped(loaded.skipped):  # thousands of bad files: a summary
        print(line)
    # the file itself: its folder in ../shared also holds a README, which would be an article
    is_default = corpus_path.resolve() == DEFAULT_CORPUS.resolve()
    return NotebookContext(loaded, corpus_path, out, notebook, is_default, date,
                           run_corpus_name(corpus_path, is_default, name))


class ArticleChoice(NamedTuple):
    """Which articles a notebook draws in detail, and every other one with the reason."""

    shown: list[str]  # article ids, in corpus order
    skipped: pd.DataFrame  # article_id, title, n_words, reason


def _rank_value(value: object) -> float:
    """A rank as a number to sort by: missing, empty or not a finite number counts as 0 (a NaN
    left as it is would make ``sorted`` order the articles arbitrarily)."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def choose_articles(articles: pd.DataFrame, wanted: str = "", cap: int = MAX_PANELS,
                    rank: Mapping[str, float] | None = None, ranked_by: str = "",
                    tie: Mapping[str, float] | None = None) -> ArticleChoice:
    """The articles to draw one panel (or figure) each: ``wanted`` (the ``ARTICLES`` notebook
    parameter: comma-separated article ids), else the ``cap`` longest (``n_words``), or, given
    ``rank`` (article id -> value, e.g. paragraphs where a theme is coded present), the ``cap``
    with the highest value, ties by the highest ``tie`` value (e.g. the share of the article's
    paragraphs where the theme is coded), then by length; ``ranked_by`` names the order in the
    reason (``with the theme in most paragraphs``).

    Why: per-article small multiples of a 1,000-article archive are thousands of panels. The
    tables keep every article; only the detail figures are limited. ``wanted`` ids that are not
    in the corpus are listed in ``skipped`` with reason ``no such article``; at most ``cap`` of
    the wanted ones are drawn. ``rank``: the 12 longest of a US news archive held no match of a
    UK theme, and its trajectory was twelve empty panels. ``tie``: with ties going to the
    longest article, a 153-paragraph live blog with the theme in one paragraph was drawn
    before a 10-paragraph article with the theme in one paragraph.
    """
    ids = articles["article_id"].astype(str).tolist()
    words = dict(zip(ids, articles["n_words"]))
    asked = [a.strip() for a in wanted.split(",") if a.strip()]
    if asked:
        order = [a for a in dict.fromkeys(asked) if a in words]
        reason = f"not in ARTICLES (or beyond the first {cap} of them)"
    elif rank is not None:
        position = {a: i for i, a in enumerate(ids)}
        ties = tie if tie is not None else {}
        order = sorted(ids, key=lambda a: (-_rank_value(rank.get(a)), -_rank_value(ties.get(a)),
                                           -int(words[a]), position[a]))
        reason = (f"not among the {cap} articles {ranked_by or 'ranked first'} "
                  "(choose with ARTICLES)")
    else:
        order = sorted(ids, key=lambda a: (-int(words[a]), ids.index(a)))
        reason = f"not among the {cap} longest articles (choose with ARTICLES)"
    keep = set(order[:cap])
    shown = [a for a in ids if a in keep]
    rows = [{"article_id": a, "reason": reason} for a in ids if a not in keep]
    rows += [{"article_id": a, "reason": "no such article"} for a in asked if a not in words]
    skipped = pd.DataFrame(rows, columns=["article_id", "reason"])
    meta = articles.assign(article_id=articles["article_id"].astype(str)).set_index("article_id")
    skipped.insert(1, "title", skipped["article_id"].map(meta["title"]).fillna(""))
    skipped.insert(2, "n_words", skipped["article_id"].map(meta["n_words"]).fillna(0).astype(int))
    return ArticleChoice(shown, skipped)


#: Skipped articles listed one a line under each reason; past this, the first ones and a count.
LIST_SKIPPED = 10


def report_choice(choice: ArticleChoice, limit: int = LIST_SKIPPED) -> None:
    """Print which articles are drawn in detail and, per reason, the skipped ones.

    Why: one line per skipped article printed 988 lines at the head of every notebook run on
    a 1,000-article archive; past ``limit`` a reason lists its first ``limit`` articles and
    counts the rest (the tables keep them all). Unknown ids asked for are always all listed.
    """
    if choice.skipped.empty:
        return
    print(f"Detail figures show {counted(len(choice.shown), 'article')}; "
          f"{len(choice.skipped):,} not drawn (the tables keep them all):")
    for reason, group in choice.skipped.groupby("reason", sort=False):
        ids = group["article_id"].tolist()
        cut = len(ids) if reason == "no such article" or len(ids) <= limit else limit
        for article_id in ids[:cut]:
            print(f"  {article_id}: {reason}")
        if cut < len(ids):
            print(f"  ... and {len(ids) - cut:,} more: {reason}")


def show_markdown(text: str) -> None:
    """Display ``text`` as Markdown in a notebook (plain text elsewhere)."""
    from IPython.display import Markdown, display

    display(Markdown(text))
