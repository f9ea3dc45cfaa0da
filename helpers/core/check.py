"""Check a segmented corpus for problems a researcher should fix before citing numbers.

:func:`check_corpus` returns one row per problem found (file, article, problem, message);
:func:`file_warnings` folds them into one line per file, as the command line prints them on
stderr and notebook 01 / the ``make run`` summary can show them. Problems:

``no_body``
    an article with no body paragraph (e.g. a caption taken for an article);
``furniture_title``
    a title that looks like page furniture (a banner, newsletter prompt, photo credit, date);
``no_date``
    no publication date, with how to supply one;
``several_articles``
    a file split into more articles than it has magazine footers: it may hold one article.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from helpers.core.corpus import Corpus, line_kind
from helpers.core.webpage import FORMAT as WEB_FORMAT
from helpers.core.webpage import furniture_rule

__all__ = ["CHECK_COLUMNS", "CorpusWarning", "check_corpus", "file_warnings", "summarise"]

CHECK_COLUMNS = ["source", "article_id", "problem", "message"]
DATE_HINT = (
    "supply one with --date YYYY-MM-DD, DATE=YYYY-MM-DD (make run), a 'date' column in "
    "metadata.csv beside the file, or an ISO date in the file name (outlet_YYYY-MM-DD_slug.txt)"
)
#: Files listed one by one before the CLI summarises the rest.
MAX_FILE_LINES = 10


class CorpusWarning(NamedTuple):
    """One problem in one article (``article_id`` empty for a problem of the whole file)."""

    source: str
    article_id: str
    problem: str
    message: str


def _title_problem(title: str) -> str:
    """Why a title looks like furniture, or ''."""
    if not title.strip():
        return "the article has no title"
    rule = furniture_rule(title) or line_kind(title)
    if rule in ("footer", "correction"):
        return f"title {title!r} is a {rule} line"
    if rule:
        return f"title {title!r} looks like page furniture ({rule})"
    return ""


def check_corpus(corpus: Corpus) -> pd.DataFrame:
    """Problems of each article and file: one row per problem (columns ``CHECK_COLUMNS``)."""
    rows: list[CorpusWarning] = []
    footers = corpus.blocks[corpus.blocks["kind"] == "footer"].groupby("source").size()
    for source, arts in corpus.articles.groupby("source", sort=False):
        n_footers = int(footers.get(source, 0))
        if len(arts) > 1 and (len(arts) > n_footers or (arts["format"] == WEB_FORMAT).any()):
            rows.append(
                CorpusWarning(
                    source,
                    "",
                    "several_articles",
                    f"{len(arts)} articles but {n_footers} footer(s): if the file holds one "
                    "article, its boundaries were guessed wrongly",
                )
            )
        for a in arts.itertuples():
            if a.n_paragraphs == 0:
                rows.append(CorpusWarning(source, a.article_id, "no_body", "article has no body"))
            problem = _title_problem(a.title)
            if problem:
                rows.append(CorpusWarning(source, a.article_id, "furniture_title", problem))
            if not a.date:
                rows.append(
                    CorpusWarning(source, a.article_id, "no_date", f"no date: {DATE_HINT}")
                )
    return pd.DataFrame(rows, columns=CHECK_COLUMNS)


def file_warnings(checks: pd.DataFrame) -> list[str]:
    """One line per file: ``<file>: <message>; <message>`` (each message once)."""
    lines = []
    for source, group in checks.groupby("source", sort=False):
        messages = list(dict.fromkeys(group["message"]))
        lines.append(f"{source}: " + "; ".join(messages))
    return lines


def summarise(checks: pd.DataFrame, max_files: int = MAX_FILE_LINES) -> list[str]:
    """Lines for stderr: one per file up to ``max_files``, then counts of the rest by problem."""
    lines = file_warnings(checks)
    if len(lines) <= max_files:
        return lines
    shown = set(checks["source"].drop_duplicates().iloc[:max_files])
    rest = checks[~checks["source"].isin(shown)]
    counts = rest.drop_duplicates(["source", "problem"])["problem"].value_counts()
    detail = ", ".join(f"{n} {problem}" for problem, n in counts.items())
    more = rest["source"].nunique()
    return lines[:max_files] + [f"... and {more} more file(s) with warnings ({detail})"]
