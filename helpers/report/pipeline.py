"""Run every instrument once on a corpus and join their outputs: :func:`analyse`.

The instruments are independent of each other (each imports only ``helpers.core``); the joins
between them live here, on the report side. Quotations are extracted once and feed both the
sentiment voice (narrator / quoted / mixed) and the theme voices; sentence sentiment is scored
once and feeds the theme tone. A notebook that needs quotes and sentiment and themes calls
:func:`analyse` instead of re-running the quotation finder inside each join.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.instruments import themes as th
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.sentiment import sentence_sentiment
from helpers.instruments.timeline import extract_timexes
from helpers.report import joins

__all__ = ["INSTRUMENTS", "Analysis", "analyse", "theme_tone_table"]

INSTRUMENTS: tuple[str, ...] = ("quotes", "sentiment", "themes", "timeline")


@dataclass(frozen=True)
class Analysis:
    """The outputs of every instrument on one corpus, and their joins (one DataFrame each).

    Every table carries ``source``/``start``/``end`` character offsets into the source text (so
    any row can be checked in the file) and ``article_id``. An instrument left out of
    :func:`analyse` leaves its tables (and the joins that need them) empty.

    * ``quotes`` — one row per quoted span (``helpers.instruments.quotes.extract_quotes``):
      ``text``, ``kind`` (``speech`` | ``term``), ``speaker``, ``speaker_type``, ``cue``,
      ``continuation``, ``attribution`` (the rule that attributed it), ...
    * ``sentiment`` — one row per sentence (``sentence_sentiment`` with the quotes above):
      ``sentence_id``, ``text``, ``polarity`` (TextBlob), ``vader``, ``score`` (calibrated
      default), ``voice`` (``narrator`` | ``quoted`` | ``mixed``), ``speaker``, ...
    * ``timexes`` — one row per temporal expression (``extract_timexes``): ``text``, ``type``,
      ``value``, ``mod``, ``granularity``, ``anchor``, ``interval_start``, ``interval_end``, ...
    * ``theme_matches`` — one row per codebook match (``match_themes``): ``theme``, ``term``,
      ``weight``, ``paragraph_index``, ...
    * ``paragraphs`` — one row per body paragraph (as ``paragraph_themes``): ``paragraph_index``,
      ``section``, ``n_words``, then ``<theme>`` (weighted matches per 1,000 words) and
      ``<theme>_present`` for every theme.
    * ``sentence_themes`` — the same scores per sentence (``theme_scores`` at sentence level).
    * ``theme_voices`` — who voices each theme (join of matches and quotes): ``theme``,
      ``voice`` (speaker, ``unattributed`` or ``narrator``), ``n_matches``, ``n_sentences``,
      ``share``.
    * ``theme_tone`` — tone of each theme's sentences against the other sentences of the
      articles where the theme is coded present (join of sentence themes and sentiment):
      ``theme``, ``group`` (``theme`` | ``rest``), ``n_sentences``, ``mean``, ``median``,
      ``share_negative``, ``share_positive``.
    """

    quotes: pd.DataFrame
    sentiment: pd.DataFrame
    timexes: pd.DataFrame
    theme_matches: pd.DataFrame
    paragraphs: pd.DataFrame
    sentence_themes: pd.DataFrame
    theme_voices: pd.DataFrame
    theme_tone: pd.DataFrame


def theme_tone_table(sentence_themes: pd.DataFrame, sentiment: pd.DataFrame,
                     paragraphs: pd.DataFrame, themes: Collection[str]) -> pd.DataFrame:
    """Tone of each theme in ``themes``, compared within the articles that have a body paragraph
    coded present for it (all articles when none has): ``theme_tone`` rows stacked by theme."""
    if sentiment.empty or sentence_themes.empty:
        return joins.theme_tone(pd.DataFrame(), pd.DataFrame())
    rows = []
    for t in themes:
        arts = (sorted(set(paragraphs.loc[paragraphs[f"{t}_present"], "article_id"]))
                if f"{t}_present" in paragraphs.columns else [])
        rows.append(joins.theme_tone(sentence_themes, sentiment, [t], "score",
                                  articles=arts or None))
    return pd.concat(rows, ignore_index=True)


def analyse(corpus: Corpus, codebook: th.Codebook | str | Path | None = None,
            instruments: Collection[str] = INSTRUMENTS) -> Analysis:
    """Run each of ``instruments`` (default: all four) once on ``corpus`` and join them.

    ``codebook`` is the theme codebook (default ``data/lexicons/themes.yml``). Sentiment needs
    quotes for its voices, so asking for sentiment also extracts quotes. Raises ``ValueError``
    for an unknown instrument name.
    """
    unknown = set(instruments) - set(INSTRUMENTS)
    if unknown:
        raise ValueError(f"unknown instrument(s) {sorted(unknown)}; choose from {INSTRUMENTS}")
    empty = pd.DataFrame()
    wanted = set(instruments)
    quotes = extract_quotes(corpus) if wanted & {"quotes", "sentiment"} else empty
    sentiment = sentence_sentiment(corpus, quotes=quotes) if "sentiment" in wanted else empty
    timexes = extract_timexes(corpus) if "timeline" in wanted else empty
    if "themes" not in wanted:
        return Analysis(quotes, sentiment, timexes, empty, empty, empty, empty, empty)
    book = th.load_codebook(codebook) if not isinstance(codebook, th.Codebook) else codebook
    matches = th.match_themes(corpus, book)
    paragraphs = th.theme_scores(corpus, "paragraph", book, matches=matches).reindex(
        columns=th.paragraph_columns(book))
    sentence_themes = th.theme_scores(corpus, "sentence", book, matches=matches)
    voices = joins.theme_voices(matches, quotes) if wanted & {"quotes", "sentiment"} else empty
    tone = theme_tone_table(sentence_themes, sentiment, paragraphs, book.ids)
    return Analysis(quotes, sentiment, timexes, matches, paragraphs, sentence_themes, voices,
                    tone)
