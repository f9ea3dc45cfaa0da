"""Dated events: the expressions that name a calendar interval, ready for a timeline figure."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.instruments.timeline.extract import TIMEX_COLUMNS

DATED_EVENT_COLUMNS = [
    "source", "article_id", "title", "publication", "sentence_id", "start", "end", "text",
    "type", "value", "mod", "granularity", "anchor", "in_quote", "interval_start",
    "interval_end", "date_start", "date_end", "date_mid", "shape", "position", "label",
    "event_text",
]


def short_label(event: str, expression: str, max_chars: int = 48) -> str:
    """A short event label: the clause around ``expression``, cut to ``max_chars`` characters
    on word boundaries and centred on the expression when the clause is long."""
    event = re.sub(r"\s+", " ", str(event)).strip().strip("“”\"'‘’ ")
    if len(event) <= max_chars:
        return event
    i = event.find(expression)
    lo = 0 if i < 0 else max(0, i - max_chars // 3)
    piece = event[lo:lo + max_chars]
    if lo > 0:
        piece = "…" + piece[piece.find(" ") + 1:] if " " in piece else "…" + piece
    if lo + max_chars < len(event):
        piece = piece[:piece.rfind(" ")] + "…" if " " in piece else piece + "…"
    return piece


def dated_events(timexes: pd.DataFrame, corpus: Corpus | None = None,
                 max_chars: int = 48) -> pd.DataFrame:
    """The expressions that name a calendar interval, ready for a timeline.

    Keeps rows of :func:`extract_timexes` with an ``interval_start`` (dates and times, not
    durations, sets or PRESENT/PAST/FUTURE_REF). Adds ``date_start``/``date_end``/``date_mid``
    (``datetime.date``; any year from 1 to 9999), ``shape`` (``point`` for a single day,
    ``span`` for weeks, months, seasons, years, ranges, decades, centuries), ``position`` (share
    of the article's characters before the expression: 0 = top, 1 = end; the *time of telling*),
    ``label`` (short event text), and, with ``corpus``, ``title`` and ``publication``.
    """
    df = timexes[timexes["interval_start"].astype(str) != ""].copy() if len(timexes) else \
        pd.DataFrame(columns=TIMEX_COLUMNS)
    if df.empty:
        return pd.DataFrame(columns=DATED_EVENT_COLUMNS)
    df["date_start"] = df["interval_start"].map(dt.date.fromisoformat)
    df["date_end"] = df["interval_end"].map(dt.date.fromisoformat)
    df["date_mid"] = [a + (b - a) / 2 for a, b in zip(df["date_start"], df["date_end"])]
    df["shape"] = ["point" if a == b else "span" for a, b in zip(df["date_start"], df["date_end"])]
    df["label"] = [short_label(e, t, max_chars) for e, t in zip(df["event_text"], df["text"])]
    df["title"] = ""
    df["publication"] = ""
    df["position"] = 0.0
    if corpus is not None and len(corpus.articles):
        arts = corpus.articles.set_index("article_id")
        df["title"] = df["article_id"].map(arts["title"]).fillna("")
        df["publication"] = df["article_id"].map(arts["date"]).fillna("")
        a_start = df["article_id"].map(arts["start"]).astype(float)
        a_len = (df["article_id"].map(arts["end"]) - df["article_id"].map(arts["start"]))
        df["position"] = ((df["start"] - a_start) / a_len.clip(lower=1)).round(4)
    return df[DATED_EVENT_COLUMNS].reset_index(drop=True)
