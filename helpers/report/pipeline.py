"""Run every instrument once on a corpus and join their outputs: :func:`analyse`.

The instruments are independent of each other (each imports only ``helpers.core``); the joins
between them live here, on the report side. Quotations are extracted once and feed both the
sentiment voice (narrator / quoted / mixed) and the theme voices; sentence sentiment is scored
once and feeds the theme tone. A notebook that needs quotes and sentiment and themes calls
:func:`analyse` instead of re-running the quotation finder inside each join.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.text import counted
from helpers.instruments import themes as th
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.sentiment import sentence_sentiment
from helpers.instruments.timeline import extract_timexes
from helpers.report import joins
from helpers.report.store_read import StoreSource, canonical, stored_tables

__all__ = ["INSTRUMENTS", "Analysis", "StoreSource", "analyse", "analyse_theme", "theme_tone_table"]

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


def _instrument_tables(corpus: Corpus, wanted: set[str], book: th.Codebook | None,
                       store: StoreSource | None) -> dict[str, pd.DataFrame]:
    """quotes, sentiment, timexes, theme_matches, paragraphs: from the store when it holds all
    the wanted ones for ``corpus``, computed otherwise (empty frames for unwanted ones)."""
    names = [n for n, inst in (("quotes", {"quotes", "sentiment"}), ("sentiment", {"sentiment"}),
                               ("timexes", {"timeline"}), ("theme_matches", {"themes"}),
                               ("paragraphs", {"themes"})) if wanted & inst]
    empty = pd.DataFrame()
    out = dict.fromkeys(("quotes", "sentiment", "timexes", "theme_matches", "paragraphs"), empty)
    if store is not None:
        found = stored_tables(corpus, store.corpus_path, names, store.output_dir, store.date,
                              book.path if book is not None else None)
        if found is not None:
            return {**out, **found}
        print(_store_miss_note(store, names, corpus))
    if "quotes" in names:
        out["quotes"] = extract_quotes(corpus)
    if "sentiment" in names:
        out["sentiment"] = sentence_sentiment(corpus, quotes=out["quotes"])
    if "timexes" in names:
        out["timexes"] = extract_timexes(corpus)
    if book is not None:
        out["theme_matches"] = th.match_themes(corpus, book)
        out["paragraphs"] = th.theme_scores(corpus, "paragraph", book,
                                            matches=out["theme_matches"]).reindex(
            columns=th.paragraph_columns(book))
    return {k: canonical(v) for k, v in out.items()}


def _store_miss_note(store: StoreSource, names: Sequence[str], corpus: Corpus) -> str:
    """One line saying the store was not used and the tables are computed here.

    Why: on a large corpus computing them takes minutes, and a notebook that printed nothing
    meanwhile looked stuck (measured: 374 s on a 1,000-article archive whose store had been built
    by an earlier version of the code)."""
    folder = Path(store.output_dir or "build") / "store"
    return (f"Table store {folder} has no current {', '.join(names)} tables for this corpus "
            "(not built yet, or built from other files, another date, codebook or version of the "
            f"code): computing them for {counted(len(corpus.articles), 'article')} now. On a "
            "large corpus run `make tables` with the same CORPUS and OUT first.")


def analyse(corpus: Corpus, codebook: th.Codebook | str | Path | None = None,
            instruments: Collection[str] = INSTRUMENTS, store: StoreSource | None = None
            ) -> Analysis:
    """Run each of ``instruments`` (default: all four) once on ``corpus`` and join them.

    ``codebook`` is the theme codebook (default ``data/lexicons/themes.yml``). Sentiment needs
    quotes for its voices, so asking for sentiment also extracts quotes. With ``store`` (how
    ``corpus`` was loaded and where ``make run`` wrote), the instrument tables are read from
    ``OUTPUT/store`` when it holds all of them under current keys, else computed; the result is
    the same either way (text columns have ``str`` dtype in both). Raises ``ValueError`` for an
    unknown instrument name.
    """
    unknown = set(instruments) - set(INSTRUMENTS)
    if unknown:
        raise ValueError(f"unknown instrument(s) {sorted(unknown)}; choose from {INSTRUMENTS}")
    empty = pd.DataFrame()
    wanted = set(instruments)
    book = None
    if "themes" in wanted:
        book = codebook if isinstance(codebook, th.Codebook) else th.load_codebook(codebook)
    t = _instrument_tables(corpus, wanted, book, store)
    quotes, sentiment, timexes = t["quotes"], t["sentiment"], t["timexes"]
    if book is None:
        return Analysis(quotes, sentiment, timexes, empty, empty, empty, empty, empty)
    matches, paragraphs = t["theme_matches"], t["paragraphs"]
    sentence_themes = th.theme_scores(corpus, "sentence", book, matches=matches)
    voices = joins.theme_voices(matches, quotes) if wanted & {"quotes", "sentiment"} else empty
    tone = theme_tone_table(sentence_themes, sentiment, paragraphs, book.ids)
    return Analysis(quotes, sentiment, timexes, matches, paragraphs, sentence_themes, voices,
                    tone)


def analyse_theme(corpus: Corpus, book: th.Codebook, theme: str,
                  store: StoreSource | None = None) -> Analysis:
    """:func:`analyse` with quotes, sentiment and themes, its joins for one ``theme`` only.

    ``quotes``, ``sentiment``, ``theme_matches`` and ``paragraphs`` are those of
    :func:`analyse` (every theme); ``theme_voices`` and ``theme_tone`` equal the rows of
    ``theme`` in :func:`analyse`'s tables; ``sentence_themes`` has ``<theme>_present`` for every
    sentence and the other score columns where the theme has a match; no timexes. Why: a
    theme notebook on a 1,000-article archive spent most of its time scoring 215 k sentences for
    every theme. Sentence scores are computed for the sentences with a match of ``theme``; the
    others score zero and are not present (when the theme's thresholds are above zero, else all
    sentences are scored).
    """
    t = _instrument_tables(corpus, {"quotes", "sentiment", "themes"}, book, store)
    matches, paragraphs = t["theme_matches"], t["paragraphs"]
    mine = matches[matches["theme"] == theme] if not matches.empty else matches
    sentence_themes = _sentence_scores(corpus, book, theme, mine)
    voices = joins.theme_voices(mine, t["quotes"])
    tone = theme_tone_table(sentence_themes, t["sentiment"], paragraphs, [theme])
    return Analysis(t["quotes"], t["sentiment"], pd.DataFrame(), matches, paragraphs,
                    sentence_themes, voices, tone)


def _sentence_scores(corpus: Corpus, book: th.Codebook, theme: str,
                     matches: pd.DataFrame) -> pd.DataFrame:
    """Sentence scores of ``theme`` (``source``, ``article_id``, ``sentence_id``, ``start``,
    ``end``, ``<theme>_present``, ...): scored where it has a match, zero elsewhere."""
    spec = book[theme]
    one = th.Codebook(book.path, (spec,))
    if matches.empty or min(spec.min_weight, spec.anchored_min_weight) <= 0:
        return th.theme_scores(corpus, "sentence", one, matches=matches)
    sents = corpus.sentences
    keys = set(zip(matches["source"], matches["article_id"], matches["sentence_id"]))
    hit = [k in keys for k in zip(sents["source"], sents["article_id"], sents["sentence_id"])]
    part = Corpus(texts=corpus.texts, articles=corpus.articles, blocks=corpus.blocks,
                  sentences=sents[hit].reset_index(drop=True))
    scored = th.theme_scores(part, "sentence", one, matches=matches)
    base = sents[["source", "article_id", "sentence_id", "start", "end"]]
    out = base.merge(scored.drop(columns=["start", "end"]), how="left",
                     on=["source", "article_id", "sentence_id"])
    out[f"{theme}_present"] = out[f"{theme}_present"].fillna(False).astype(bool)
    return out
