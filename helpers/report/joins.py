"""Joins across instruments: who voices a theme (themes × quotes), in what tone (themes ×
sentiment), and sentence sentiment with the voice of each sentence (sentiment × quotes).

Why here: instruments import only ``helpers.core``, never each other, so a join of two of their
tables belongs to the report layer. Every join takes the tables already computed (quotes,
sentiment, scores) so nothing is computed twice; the ``*_for`` helpers compute what is missing.

``theme_voices`` — one row per (theme, voice): ``theme``, ``voice`` (speaker of the quotation
containing the match, ``narrator`` outside quotations, ``unattributed`` for a speech quote
without speaker), ``n_matches``, ``n_sentences``, ``share``.

``source_kind_shares`` — the voice table of ``quotes.voice_shares`` with its ``anonymous_share``
split into ``described_share`` (sources the text names by a description: `a senior official`,
a group, a document) and ``unattributed_share`` (no speaker found).

``theme_tone`` — one row per (theme, group): ``theme``, ``group`` (``theme`` | ``rest``),
``n_sentences``, ``mean``, ``median``, ``share_negative``, ``share_positive``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.core.corpus import Corpus
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.sentiment import NEUTRAL_BAND, sentence_sentiment
from helpers.instruments.themes import theme_scores
from helpers.report.speakers import surname_map

__all__ = [
    "SOURCE_KINDS",
    "sentiment_with_voice",
    "source_kind_shares",
    "theme_tone",
    "theme_tone_for",
    "theme_voices",
    "theme_voices_for",
]


def sentiment_with_voice(corpus: Corpus, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`helpers.instruments.sentiment.sentence_sentiment` with each sentence's voice.

    ``quotes`` is an ``extract_quotes`` table already computed; when None the quotes are
    extracted here, once. This is the ``sentiment`` command of the CLI.
    """
    if quotes is None:
        quotes = extract_quotes(corpus)
    return sentence_sentiment(corpus, quotes)


def theme_voices(matches: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Who voices which theme: each match is credited to the quotation that contains it.

    ``matches`` from ``helpers.instruments.themes.match_themes``, ``quotes`` from
    ``helpers.instruments.quotes.extract_quotes``
    (``source``, ``start``, ``end``, ``kind``, ``speaker``). A match inside a ``speech`` quote
    is voiced by its ``speaker`` (``unattributed`` if empty); inside a ``term`` quote or outside
    any quote by the ``narrator``. ``share`` is the voice's share of the theme's matches. A
    surname-only speaker is counted with the one full name of the quotes' speakers that has it
    (:func:`helpers.report.speakers.surname_map`).
    """
    cols = ["theme", "voice", "n_matches", "n_sentences", "share"]
    if matches is None or matches.empty:
        return pd.DataFrame(columns=cols)
    voices = []
    q = quotes if quotes is not None else pd.DataFrame(columns=["source", "start", "end"])
    if not q.empty and "kind" in q.columns:
        q = q[q["kind"].astype(str) == "speech"]
    by_src = {s: g[["start", "end", "speaker"]].to_numpy().tolist()
              for s, g in q.groupby("source")} if not q.empty else {}
    for source, s, e in matches[["source", "start", "end"]].itertuples(index=False):
        voice = "narrator"
        for qs, qe, spk in by_src.get(source, []):
            if qs <= s and e <= qe:
                spk = "" if spk is None or (isinstance(spk, float) and math.isnan(spk)) else spk
                voice = str(spk).strip() or "unattributed"
                break
        voices.append(voice)
    # one person, one voice over the corpus: a surname-only speaker joins the one full name of
    # the quoted speakers with that surname (from every quote, so a theme alone or all themes
    # give the same voices)
    people = surname_map(q["speaker"].dropna().astype(str)) if "speaker" in q else {}
    m = matches.assign(voice=[people.get(v, v) for v in voices])
    out = m.groupby(["theme", "voice"]).agg(
        n_matches=("start", "size"),
        n_sentences=("sentence_id", lambda x: x.nunique())).reset_index()
    out["n_sentences"] = m.groupby(["theme", "voice"]).apply(
        lambda g: g[["source", "article_id", "sentence_id"]].drop_duplicates().shape[0],
        include_groups=False).to_numpy()
    out["share"] = (out["n_matches"] / out.groupby("theme")["n_matches"].transform("sum")).round(
        4)
    return out.sort_values(["theme", "n_matches", "voice"], ascending=[True, False, True])[
        cols].reset_index(drop=True)


def _score_column(sentiment: pd.DataFrame) -> str:
    for c in ("score", "compound", "calibrated", "vader_compound", "vader", "polarity",
              "textblob_polarity"):
        if c in sentiment.columns:
            return c
    raise ValueError("sentiment table needs a numeric 'score' column (or compound/polarity); "
                     f"got {', '.join(map(str, sentiment.columns))}")


def theme_tone(
    sentence_scores: pd.DataFrame,
    sentiment: pd.DataFrame,
    themes: Iterable[str] | None = None,
    score: str | None = None,
    articles: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Tone of theme-bearing sentences against the other sentences of the same articles.

    ``rest`` holds the sentences without the theme in the articles where it occurs (all
    sentences when it occurs nowhere), so the comparison is not confounded by other articles.
    ``articles`` (ids) restricts both groups to those articles, e.g. the articles with a
    paragraph coded present.

    ``sentence_scores`` is ``theme_scores`` at sentence level (``<id>_present`` columns);
    ``sentiment`` is ``helpers.instruments.sentiment.sentence_sentiment`` output, joined on
    ``source`` and
    the sentence offsets (``start``, ``end``). ``score`` names the numeric sentiment column
    (default: ``score`` or the first of compound/polarity found); a ``label`` column, when
    present, gives the negative/positive shares, otherwise the score does (negative
    <= -0.05 < neutral < 0.05 <= positive, the bands of ``helpers.instruments.sentiment``).
    """
    cols = ["theme", "group", "n_sentences", "mean", "median", "share_negative",
            "share_positive"]
    if sentence_scores is None or sentence_scores.empty or sentiment is None \
            or sentiment.empty:
        return pd.DataFrame(columns=cols)
    col = score or _score_column(sentiment)
    keep = ["source", "start", "end", col] + (["label"] if "label" in sentiment.columns else [])
    joined = sentence_scores.merge(sentiment[keep].drop_duplicates(["source", "start", "end"]),
                                   on=["source", "start", "end"], how="inner")
    if articles is not None:
        joined = joined[joined["article_id"].isin(set(articles))]
    if themes is None:
        themes = [c[:-8] for c in sentence_scores.columns if c.endswith("_present")]
    rows = []
    for t in themes:
        on = joined[f"{t}_present"].astype(bool)
        arts = set(joined.loc[on, "article_id"]) if "article_id" in joined.columns else set()
        same = joined["article_id"].isin(arts) if arts else pd.Series(True, joined.index)
        for group, part in (("theme", joined[on]), ("rest", joined[~on & same])):
            vals = pd.to_numeric(part[col], errors="coerce").dropna()
            if "label" in part.columns:
                lab = part["label"].astype(str)
                neg, pos = (lab == "negative").mean(), (lab == "positive").mean()
            else:
                neg, pos = (vals <= -NEUTRAL_BAND).mean(), (vals >= NEUTRAL_BAND).mean()
            rows.append({"theme": t, "group": group, "n_sentences": int(len(part)),
                         "mean": round(float(vals.mean()), 4) if len(vals) else np.nan,
                         "median": round(float(vals.median()), 4) if len(vals) else np.nan,
                         "share_negative": round(float(neg), 4) if len(part) else np.nan,
                         "share_positive": round(float(pos), 4) if len(part) else np.nan})
    return pd.DataFrame(rows, columns=cols)


# --------------------------------------------------------------------------- notebook support


def theme_voices_for(corpus: Corpus, matches: pd.DataFrame,
                     quotes: pd.DataFrame | None = None) -> tuple[pd.DataFrame, str]:
    """:func:`theme_voices` with the quotes of ``corpus`` (extracted here when not given).

    Returns the table and a note saying where the quotes came from.
    """
    if quotes is None:
        quotes = extract_quotes(corpus)
    return (theme_voices(matches, quotes),
            f"{len(quotes)} quoted spans from helpers.instruments.quotes")


def theme_tone_for(corpus: Corpus, sentence_scores: pd.DataFrame,
                   themes: Iterable[str] | None = None,
                   sentiment: pd.DataFrame | None = None,
                   paragraphs: pd.DataFrame | None = None) -> tuple[pd.DataFrame, str]:
    """:func:`theme_tone` with the sentence sentiment of ``corpus``.

    Each theme is compared within the articles that have a paragraph coded present for it.
    ``sentiment`` (``sentence_sentiment`` output) and ``paragraphs`` (``theme_scores`` at
    paragraph level) are computed here when not given; tone does not depend on the voice, so
    sentiment computed here skips quote extraction. Returns the table and a note.
    """
    senti = sentiment if sentiment is not None else sentence_sentiment(corpus)
    try:
        col = _score_column(senti)
    except ValueError as exc:
        return theme_tone(pd.DataFrame(), pd.DataFrame()), str(exc)
    themes = list(themes) if themes is not None else [
        c[:-8] for c in sentence_scores.columns if c.endswith("_present")]
    para = paragraphs if paragraphs is not None else theme_scores(corpus, "paragraph")
    rows = []
    for t in themes:
        arts = (sorted(set(para.loc[para[f"{t}_present"], "article_id"]))
                if f"{t}_present" in para.columns else [])
        rows.append(theme_tone(sentence_scores, senti, [t], col, articles=arts or None))
    where = "articles with a paragraph coded present"
    return pd.concat(rows, ignore_index=True), (
        f"sentence sentiment from helpers.instruments.sentiment, column {col!r}; {where}")


#: Kinds of quoted source, in the order drawn: (column of :func:`source_kind_shares`, label).
SOURCE_KINDS: tuple[tuple[str, str], ...] = (
    ("named_share", "named sources"),
    ("described_share", "unnamed sources (described: a senior official)"),
    ("unattributed_share", "unattributed (no speaker found)"),
)


def source_kind_shares(voice: pd.DataFrame, shares: pd.DataFrame) -> pd.DataFrame:
    """``voice`` (``quotes.voice_shares``) with ``anonymous_share`` split in two.

    Why: ``anonymous_share`` holds every quoted word not given to a named speaker, so a
    transcript whose one speaker the extractor could not find read as 96 % "anonymous sources".
    ``unattributed_share``: quoted words of the speakers of ``shares`` (``quotes.quote_shares``:
    top-level speech only, the filter the instrument already applied and which is not repeated
    here) whose ``speaker_type`` is ``none`` or empty, over the article's prose words;
    ``described_share``: the rest of ``anonymous_share`` (descriptions, groups, documents, the
    writer). The two add up to ``anonymous_share`` (kept), so the writer, named, described and
    unattributed shares add up to the article's prose as before.
    """
    out = voice.copy()
    if out.empty:
        return out.assign(described_share=pd.Series(dtype=float),
                          unattributed_share=pd.Series(dtype=float))
    none = (shares[shares["speaker_type"].fillna("").isin(["none", ""])]
            if not shares.empty else shares)
    words = (none.groupby("article_id")["quoted_words"].sum() if not none.empty
             else pd.Series(dtype=float))
    unattributed = out["article_id"].map(words).fillna(0).astype(float)
    prose = out["prose_words"].where(out["prose_words"] > 0, 1).astype(float)
    share = (unattributed / prose).round(4).clip(upper=out["anonymous_share"].astype(float))
    out["unattributed_share"] = share
    out["described_share"] = (out["anonymous_share"].astype(float) - share).clip(lower=0).round(4)
    return out
