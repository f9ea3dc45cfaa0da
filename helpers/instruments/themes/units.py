"""The units themes are matched in (prose sentences) and the row of one match.

``text_units`` turns a :class:`Corpus` or raw text(s) into texts and a sentence table; the
KWIC and collocate views (:mod:`.concordance`) share it with :mod:`.matches` and
:mod:`.scoring`. ``MATCH_COLUMNS`` / :class:`ThemeMatch` are the columns of ``match_themes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import pandas as pd

from helpers.core.corpus import Corpus
from helpers.core.sentences import split_sentences
from helpers.core.text import count_words

__all__ = ["LEVELS", "MATCH_COLUMNS", "SentenceUnit", "ThemeMatch", "text_units"]

LEVELS = ("sentence", "paragraph", "section", "article")
MATCH_COLUMNS = ["source", "article_id", "theme", "term", "kind", "weight", "start", "end",
                 "text", "sentence_id", "paragraph_index", "block_id"]



class ThemeMatch(NamedTuple):
    """One row of :func:`match_themes` (fields = :data:`MATCH_COLUMNS`)."""

    source: str
    article_id: str
    theme: str
    term: str
    kind: str
    weight: float
    start: int
    end: int
    text: str
    sentence_id: int
    paragraph_index: int
    block_id: int


class SentenceUnit(NamedTuple):
    """A prose sentence as matched: its place in the corpus and its offsets."""

    source: str
    article_id: str
    block_id: int
    paragraph_index: int
    sentence_id: int
    start: int
    end: int


def text_units(corpus: Corpus | str | Iterable[str] | Mapping[str, str]) -> tuple[
        dict[str, str], pd.DataFrame]:
    """Texts and the sentence table to match in (shared with the KWIC and collocate views).

    A :class:`Corpus` contributes its prose sentences. Raw strings (one, a list, or a
    ``{source: text}`` mapping) are split into paragraphs at line breaks and into sentences,
    so short example sentences can be matched without the article segmenter.
    """
    if isinstance(corpus, Corpus):
        cols = ["source", "article_id", "block_id", "block_kind", "section", "section_index",
                "paragraph_index", "sentence_id", "start", "end", "text", "n_words"]
        return corpus.texts, corpus.sentences.reindex(columns=cols)
    if isinstance(corpus, str):
        texts = {"<string>": corpus}
    elif isinstance(corpus, Mapping):
        texts = {str(k): str(v) for k, v in corpus.items()}
    else:
        texts = {f"<text {i}>": str(t) for i, t in enumerate(corpus)}
    rows = []
    for source, text in texts.items():
        sid = 0
        for p_idx, m in enumerate(re.finditer(r"[^\n]+", text)):
            for s, e in split_sentences(text, m.start(), m.end()):
                rows.append([source, "", p_idx, "body", "", 0, p_idx, sid, s, e, text[s:e],
                             count_words(text[s:e])])
                sid += 1
    cols = ["source", "article_id", "block_id", "block_kind", "section", "section_index",
            "paragraph_index", "sentence_id", "start", "end", "text", "n_words"]
    return texts, pd.DataFrame(rows, columns=cols)
