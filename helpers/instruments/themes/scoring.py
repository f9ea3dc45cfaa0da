"""Theme scores per unit: ``theme_scores`` (sentence, paragraph, section, article) and the
paragraph table of the CLI (``paragraph_themes``, its columns ``paragraph_columns``).

Per theme: ``<id>_weight``, ``<id>`` (weighted matches per 1,000 words), ``<id>_present``,
``<id>_evidence`` and ``<id>_negated``; the evidence comes from :mod:`.evidence`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.text import count_words
from helpers.instruments.themes.codebook import Codebook, as_codebook
from helpers.instruments.themes.continuation import continuations
from helpers.instruments.themes.evidence import aligned, anchored_units, theme_evidence
from helpers.instruments.themes.matches import match_themes
from helpers.instruments.themes.units import LEVELS, text_units

__all__ = ["paragraph_columns", "paragraph_themes", "theme_scores"]


def theme_scores(
    corpus: Corpus | str | Iterable[str] | Mapping[str, str],
    level: str = "paragraph",
    codebook: Codebook | str | Path | None = None,
    matches: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Theme scores per ``sentence`` | ``paragraph`` | ``section`` | ``article``.

    Per theme: ``<id>_weight`` (sum of match weights; a weak term counts once per unit),
    ``<id>`` (weighted matches per 1,000 words) and ``<id>_present`` (weight >= the theme's
    ``min_weight``). Paragraph level covers body paragraphs only (the unit the gold codes); the
    other levels cover all prose sentences.
    Offsets span the unit (a section or article spans its first to last prose sentence).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, got {level!r}")
    book = as_codebook(codebook)
    texts, sents = text_units(corpus)
    if matches is None:
        matches = match_themes(corpus, book)
    key = {"sentence": ["source", "article_id", "sentence_id"],
           "paragraph": ["source", "article_id", "paragraph_index"],
           "section": ["source", "article_id", "section_index"],
           "article": ["source", "article_id"]}[level]
    if level == "paragraph":
        # (the sentences serve only the units of raw text here: a corpus's are its blocks)
        if isinstance(corpus, Corpus):
            body = (corpus.blocks["kind"] == "body").to_numpy()
            # one selection of rows and columns (a filter of the whole table, then of its
            # columns, then a copy, gave the same table)
            units = corpus.blocks.loc[body, ["source", "article_id", "paragraph_index",
                                             "section", "start", "end"]]
            # insert, not ``units["n_words"] = ...``: pandas formats the whole column index
            # into a KeyError message for every new column set that way (2 ms a table)
            units.insert(len(units.columns), "n_words", np.array(
                [count_words(t) for t, b in zip(corpus.blocks["text"].tolist(), body) if b],
                dtype=np.int64))
        else:
            sents = sents[sents["block_kind"] == "body"]
            units = sents.groupby(key, sort=False).agg(
                section=("section", "first"), start=("start", "min"), end=("end", "max"),
                n_words=("n_words", "sum")).reset_index()
    else:
        extra = {"sentence": {"paragraph_index": ("paragraph_index", "first"),
                              "section": ("section", "first"), "text": ("text", "first")},
                 "section": {"section": ("section", "first")},
                 "article": {}}[level]
        units = sents.groupby(key, sort=False).agg(
            start=("start", "min"), end=("end", "max"), n_words=("n_words", "sum"),
            **extra).reset_index()
    units = units.reset_index(drop=True)
    unit_keys = list(zip(*(units[k].tolist() for k in key))) if len(units) else []
    evidence_of = theme_evidence(book, matches, key, sents, level, texts, set(unit_keys))
    out = units  # not a copy: only the unchanged source and article_id are read from units
    if out["n_words"].dtype != np.int64:  # (int64 already: the conversion changes nothing)
        out["n_words"] = pd.to_numeric(out["n_words"], errors="coerce").fillna(0).astype(int)
    n = out["n_words"].to_numpy(dtype=float)
    n = np.where(n == 0.0, np.nan, n)  # no words: no density (NaN, then 0 below)
    new: dict[str, object] = {}  # the theme columns, joined to ``out`` at once
    unit_articles: list[tuple] | None = None
    for theme in book.themes:
        wcol, own, cue, anchor_cue, evidence, negated = aligned(
            evidence_of.get(theme.id, {}), unit_keys)
        # a unit that only names the theme's actors or setting (its context words) is a
        # mention, not a discussion: it is not coded, however many names it has
        present = cue & (wcol >= theme.min_weight - 1e-9)
        if level == "paragraph":
            # article context decides a borderline paragraph (one weak cue of its own, too weak
            # to code it) in an article anchored in the theme; it never codes one without a cue
            if unit_articles is None:  # once per table, not once per theme
                unit_articles = list(zip(units["source"].tolist(),
                                         units["article_id"].tolist()))
            anchored = anchored_units(unit_articles, own >= theme.min_weight - 1e-9, theme)
            # the one weak cue must be the theme's own (a weak term), not an article word
            present |= anchor_cue & anchored & (wcol >= theme.anchored_min_weight - 1e-9)
            if theme.continuation:  # v39: a reply to, or a reference back to, the paragraph
                # before, coded on its own evidence, in an anchored article
                own_coded = cue & (own >= theme.min_weight - 1e-9)
                cont = continuations(theme.continuation, unit_articles,
                                     units["start"].tolist(), texts, units["end"].tolist(),
                                     own_coded, anchored, evidence.tolist())
                added = cont.coded & ~present
                if added.any():
                    present = present | added
                    evidence = np.array([
                        "; ".join(x for x in (e, c) if x) if a else e
                        for e, c, a in zip(evidence, cont.evidence, added)], dtype=object)
        new[f"{theme.id}_weight"] = wcol
        density = wcol * 1000.0 / n  # numpy: the same operations a Series would do
        new[theme.id] = np.round(np.where(np.isnan(density), 0.0, density), 3)
        new[f"{theme.id}_present"] = present
        new[f"{theme.id}_evidence"] = evidence
        new[f"{theme.id}_negated"] = present & negated
    if set(new) & set(out.columns):
        for name, col in new.items():  # a theme named like a unit column replaces it
            out[name] = col
        return out
    return pd.concat([out, pd.DataFrame(new, index=out.index)], axis=1)


def paragraph_themes(
    corpus: Corpus, codebook: Codebook | str | Path | None = None
) -> pd.DataFrame:
    """One row per body paragraph with a score and a presence flag per theme (the CLI table).

    Columns: ``source``, ``article_id``, ``paragraph_index``, ``section``, ``start``, ``end``,
    ``n_words``, then ``<id>`` (weighted matches per 1,000 words) for every theme, then
    ``<id>_present``, ``<id>_evidence`` (why: ``kind:text@start-end`` entries separated by
    ``"; "``) and ``<id>_negated`` (present, but every statement of the theme is negated or
    denied) for every theme.
    """
    book = as_codebook(codebook)
    return theme_scores(corpus, "paragraph", book).reindex(columns=paragraph_columns(book))


def paragraph_columns(book: Codebook) -> list[str]:
    """The columns of the paragraph table, in order (see :func:`paragraph_themes`)."""
    base = ["source", "article_id", "paragraph_index", "section", "start", "end", "n_words"]
    return (base + book.ids + [f"{t}_present" for t in book.ids]
            + [f"{t}_evidence" for t in book.ids] + [f"{t}_negated" for t in book.ids])
