"""Theme views for reading: KWIC lines, collocates and key words of a theme or any term.

Why: a score says *that* a theme is present; these views show *how* it is talked about. The
statistics live in :mod:`helpers.core.keyness` (they work on any hits); this module finds the
hits of a codebook theme (all its matches) or of a single term written in codebook term syntax.

``kwic`` — one row per hit: ``source``, ``article_id``, ``sentence_id``, ``paragraph_index``,
``start``, ``end``, ``left``, ``keyword``, ``right``, ``term``.

``collocates`` — one row per collocate: ``collocate``, ``freq_window``, ``freq_corpus``,
``node_freq``, ``log_dice``, ``mi`` sorted by ``log_dice``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.keyness import HIT_COLUMNS, collocates_of, keyness, kwic_lines
from helpers.core.text import fold_quotes
from helpers.instruments.themes.codebook import (
    Codebook,
    CodebookError,
    as_codebook,
    compile_term,
)
from helpers.instruments.themes.matching import match_themes, paragraph_themes, text_units

__all__ = ["collocates", "kwic", "theme_keyness"]


def _hits(corpus: Corpus | str | Iterable[str] | Mapping[str, str], term_or_theme: str,
          codebook: Codebook | str | Path | None) -> tuple[dict[str, str], pd.DataFrame,
                                                          pd.DataFrame]:
    """Matches of a theme id of the codebook, or of a single term (term syntax)."""
    texts, sents = text_units(corpus)
    book = None
    if isinstance(codebook, Codebook) or codebook is None or Path(str(codebook)).exists():
        try:
            book = as_codebook(codebook)
        except CodebookError:
            book = None
    if book is not None and term_or_theme in book:
        m = match_themes(corpus, book)
        m = m[m["theme"] == term_or_theme]
        return texts, sents, m[HIT_COLUMNS].reset_index(drop=True)
    rx = re.compile(compile_term(term_or_theme), re.IGNORECASE)
    rows = []
    for source, art, para, sid, s, e in sents[["source", "article_id", "paragraph_index",
                                               "sentence_id", "start", "end"]].itertuples(
                                                   index=False):
        seg = fold_quotes(texts[source][s:e])
        for m in rx.finditer(seg):
            rows.append([source, art, sid, para, s + m.start(), s + m.end(), term_or_theme])
    return texts, sents, pd.DataFrame(rows, columns=HIT_COLUMNS)


def kwic(
    corpus: Corpus | str | Iterable[str] | Mapping[str, str],
    term_or_theme: str,
    width: int = 50,
    codebook: Codebook | str | Path | None = None,
) -> pd.DataFrame:
    """Keyword-in-context lines for a theme id (all its matches) or any term.

    ``left``/``right`` hold up to ``width`` characters of context (line breaks shown as
    spaces); ``keyword`` is ``text[start:end]``. Columns: see the module docstring and
    :func:`helpers.core.keyness.kwic_lines`.
    """
    texts, _, hits = _hits(corpus, term_or_theme, codebook)
    return kwic_lines(texts, hits, width)


def collocates(
    corpus: Corpus | str | Iterable[str] | Mapping[str, str],
    term_or_theme: str,
    window: int = 5,
    min_freq: int = 2,
    codebook: Codebook | str | Path | None = None,
    stopwords: Iterable[str] | None | bool = True,
) -> pd.DataFrame:
    """Words occurring within ``window`` words left or right of a term's (or theme's) hits.

    The window stays inside the sentence; counts, log-Dice and MI, and what is left out, as in
    :func:`helpers.core.keyness.collocates_of`.
    """
    texts, sents, hits = _hits(corpus, term_or_theme, codebook)
    return collocates_of(texts, sents, hits, window, min_freq, stopwords)


def theme_keyness(
    corpus: Corpus, theme: str, paragraphs: pd.DataFrame | None = None, min_freq: int = 3,
    codebook: Codebook | str | Path | None = None,
) -> tuple[pd.DataFrame, str]:
    """Key words of the article where ``theme`` weighs most against the other articles.

    With a single article, the theme's paragraphs are compared with the rest of it. Returns
    the :func:`keyness` table and a sentence saying what was compared with what.
    """
    book = as_codebook(codebook)
    p = paragraphs if paragraphs is not None else paragraph_themes(corpus, book)
    body = corpus.blocks[corpus.blocks["kind"] == "body"]
    if p.empty or body.empty:
        return keyness([], [], min_freq=min_freq), "no body paragraphs: no keyness table"
    weight = p.groupby("article_id")[f"{theme}_present"].sum()
    arts = list(dict.fromkeys(body["article_id"]))
    if len(arts) >= 2:
        target = weight.reindex(arts).fillna(0).idxmax()
        tt = body.loc[body["article_id"] == target, "text"].tolist()
        rt = body.loc[body["article_id"] != target, "text"].tolist()
        why = ("most paragraphs coded present" if weight.max() > 0 else
               "the theme is absent everywhere; first article")
        return keyness(tt, rt, min_freq=min_freq), (
            f"article {target} ({why}) against the other {len(arts) - 1} article(s)")
    present = p[p[f"{theme}_present"]]
    keys = set(zip(present["source"], present["article_id"], present["paragraph_index"]))
    mask = [(s, a, i) in keys for s, a, i in zip(body["source"], body["article_id"],
                                                   body["paragraph_index"])]
    tt = body.loc[mask, "text"].tolist()
    rt = body.loc[[not m for m in mask], "text"].tolist()
    return keyness(tt, rt, min_freq=min_freq), (
        f"the {len(tt)} paragraph(s) coded present against the other {len(rt)} paragraph(s)")
