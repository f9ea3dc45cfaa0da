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
``implausible_date``
    a publication date outside the plausible years (:func:`plausible_years`), naming where it
    came from: a file name, ``DATE`` or a dateline accepts any four-digit year, so
    ``ref-0001-01-01.txt`` dated its article 1 January of year 1. The article is kept with its
    date; the user decides;
``several_articles``
    a file split into more articles than it has magazine footers: it may hold one article.
"""

from __future__ import annotations

import os
import re
from typing import NamedTuple

import pandas as pd

from helpers.core.corpus import Corpus, line_kind
from helpers.core.webpage import FORMAT as WEB_FORMAT
from helpers.core.webpage import furniture_rule

__all__ = [
    "CHECK_COLUMNS",
    "FIRST_PLAUSIBLE_YEAR",
    "LAST_PLAUSIBLE_YEAR",
    "YEARS_VARIABLE",
    "CorpusWarning",
    "check_corpus",
    "date_flags",
    "date_problem",
    "file_warnings",
    "plausible_years",
    "plausible_years_note",
    "reading_problems",
    "summarise",
]

CHECK_COLUMNS = ["source", "article_id", "problem", "message"]
DATE_HINT = (
    "supply one with --date YYYY-MM-DD, DATE=YYYY-MM-DD (make run), a 'date' column in "
    "metadata.csv beside the file, or an ISO date in the file name (outlet_YYYY-MM-DD_slug.txt)"
)
#: The earliest plausible publication year: the first printed newspaper (Strasbourg's
#: *Relation*, 1605). Earlier years, like years after :data:`LAST_PLAUSIBLE_YEAR`, are misread
#: numbers.
FIRST_PLAUSIBLE_YEAR = 1605
#: The last plausible publication year by default: a fixed year, not the year of the run, so a
#: corpus gives the same tables whenever it is run (with the date of the run, a 2028 article was
#: flagged in 2026 and not in 2027). Set in 2026 four years ahead, so articles published until
#: then pass; a later archive sets its range (``PLAUSIBLE_YEARS=1605-2035 make run``), and the
#: toolkit raises this year in a commit of its own.
LAST_PLAUSIBLE_YEAR = 2030
#: Environment variable that sets the plausible years, ``FROM-TO`` (``1990-2026``); ``make run
#: PLAUSIBLE_YEARS=FROM-TO`` and the notebooks' ``PLAUSIBLE_YEARS`` parameter set it too.
YEARS_VARIABLE = "NS_PLAUSIBLE_YEARS"
_YEARS_RE = re.compile(r"^\s*(\d{1,4})\s*-\s*(\d{1,4})\s*$")
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


def plausible_years(value: str = "") -> tuple[int, int]:
    """The first and last plausible publication years (inclusive): ``value`` (``FROM-TO``, the
    ``PLAUSIBLE_YEARS`` parameter) if given, else ``NS_PLAUSIBLE_YEARS`` if set, else
    :data:`FIRST_PLAUSIBLE_YEAR` to :data:`LAST_PLAUSIBLE_YEAR`.

    Never the date of the run: the same corpus must give the same flags next year. A malformed
    range fails loudly rather than silently checking nothing."""
    value = (value or "").strip() or os.environ.get(YEARS_VARIABLE, "").strip()
    if not value:
        return FIRST_PLAUSIBLE_YEAR, LAST_PLAUSIBLE_YEAR
    m = _YEARS_RE.match(value)
    if not m or int(m[1]) > int(m[2]):
        raise ValueError(f"plausible years {value!r}: expected FROM-TO, e.g. 1990-2026 "
                         f"(PLAUSIBLE_YEARS or {YEARS_VARIABLE})")
    return int(m[1]), int(m[2])


def _years_from_variable() -> tuple[int, int] | None:
    """The range ``NS_PLAUSIBLE_YEARS`` sets, or None when it is empty or malformed."""
    m = _YEARS_RE.match(os.environ.get(YEARS_VARIABLE, "").strip())
    return (int(m[1]), int(m[2])) if m else None


def plausible_years_note(value: str = "") -> str:
    """One line naming the plausible years in force and where they come from (the toolkit's
    fixed default, the ``PLAUSIBLE_YEARS`` parameter or ``NS_PLAUSIBLE_YEARS``), for the output
    of a run: a reader of the flags must know the range they were checked against."""
    lo, hi = plausible_years(value)
    if (lo, hi) == (FIRST_PLAUSIBLE_YEAR, LAST_PLAUSIBLE_YEAR):
        whence = ("the toolkit's fixed default, not the run date; PLAUSIBLE_YEARS=FROM-TO sets "
                  "another range")
    elif (value or "").strip() and _years_from_variable() != (lo, hi):
        whence = "set by PLAUSIBLE_YEARS"
    else:  # no parameter, or the parameter repeats the variable's range: `make run` passes the
        # range in force on to notebook 01 as PLAUSIBLE_YEARS, so the variable is its origin
        whence = f"set by {YEARS_VARIABLE}"
    return f"plausible publication years {lo}–{hi} ({whence})"


def date_problem(date: str, source: str = "", years: tuple[int, int] | None = None) -> str:
    """Why ``date`` (ISO, from ``source``, e.g. ``file name``) is implausible, or '' (also for
    no date: that is ``no_date``'s problem). ``years`` defaults to :func:`plausible_years`."""
    if not isinstance(date, str) or not date:  # None/NaN: no date
        return ""
    lo, hi = years or plausible_years()
    whence = f" (date_source: {source})" if isinstance(source, str) and source else ""
    m = re.match(r"\d{4}", str(date))
    if not m:
        return f"date {date!r}{whence} is not an ISO date (YYYY-MM-DD); the article is kept"
    if lo <= int(m[0]) <= hi:
        return ""
    return (f"date {date}{whence} is outside the plausible years {lo}–{hi}: check it and "
            f"correct it with a 'date' column in metadata.csv, or widen the range with "
            f"PLAUSIBLE_YEARS=FROM-TO (make run; {YEARS_VARIABLE} elsewhere) if it is right; "
            f"the article is kept")


def date_flags(articles: pd.DataFrame, years: tuple[int, int] | None = None) -> pd.Series:
    """One short flag per article of ``articles`` (``date``, ``date_source``): '' for a
    plausible date or none, ``outside FROM–TO`` (``outside 1605–2030`` by default) or ``not an
    ISO date``; the column ``date_check`` of notebook 01's articles table, so an implausible
    date shows beside it."""
    lo, hi = years or plausible_years()
    flags = []
    for date, source in zip(articles["date"], articles["date_source"]):
        problem = date_problem(date, source, (lo, hi))
        flags.append("" if not problem else "not an ISO date" if "not an ISO" in problem
                     else f"outside {lo}–{hi}")
    return pd.Series(flags, index=articles.index, dtype=object, name="date_check")


def reading_problems(corpus: Corpus) -> list[CorpusWarning]:
    """One row per file the reading step skipped (``skipped``: empty, binary, ...) or read
    with a warning (``decoding``: decoded as cp1252, invalid bytes replaced, ...).

    Why: these were said on the console and in notebook 01's output, but the problems table a
    run writes (``tables/corpus-problems.csv``) did not hold them, so a record of the run left
    out files it had dropped. The file goes in ``source`` and the message without it.
    """
    rows = [CorpusWarning(source, "", "skipped", _without_path(reason, source))
            for source, reason in corpus.skipped]
    sources = sorted({str(s) for s in corpus.articles["source"]}, key=len, reverse=True)
    for warning in corpus.warnings:
        source = next((s for s in sources if warning.startswith(s + ": ")), "")
        rows.append(CorpusWarning(source, "", "decoding", _without_path(warning, source)))
    return rows


def _without_path(message: str, source: str) -> str:
    """``message`` without a leading ``<source>: `` (the row names the file already)."""
    return message[len(source) + 2:] if source and message.startswith(source + ": ") else message


def check_corpus(corpus: Corpus, years: tuple[int, int] | None = None,
                 reading: bool = False) -> pd.DataFrame:
    """Problems of each article and file: one row per problem (columns ``CHECK_COLUMNS``).

    ``years``: the plausible publication years (default :func:`plausible_years`).
    ``reading``: also the files the reading step skipped or decoded with a warning
    (:func:`reading_problems`; off for the command line, which prints those itself)."""
    years = years or plausible_years()
    rows: list[CorpusWarning] = reading_problems(corpus) if reading else []
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
            problem = date_problem(a.date, a.date_source, years)
            if problem:
                rows.append(CorpusWarning(source, a.article_id, "implausible_date", problem))
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
