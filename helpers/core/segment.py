"""Segment one decoded text into the articles, blocks and sentences of a :class:`Corpus`.

The input formats (``newstatesman_web``, ``newstatesman``, ``plain``) are described in
:mod:`helpers.core.corpus`. This module detects the format and assembles the three tables
with offsets into the text; the line kinds come from :mod:`helpers.core.lines`, the article
structure from :mod:`helpers.core.article_layout` and the metadata from
:mod:`helpers.core.article_meta`. Blocks partition the text (gaps are ``blank`` blocks).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from helpers.core.article_layout import classify_article, split_articles
from helpers.core.article_meta import article_meta
from helpers.core.corpus_model import (
    ARTICLE_COLUMNS,
    BLOCK_COLUMNS,
    PROSE_KINDS,
    SENTENCE_COLUMNS,
    Corpus,
)
from helpers.core.css import css_line_indices
from helpers.core.lines import content_lines, plain_paragraphs, static_kind
from helpers.core.sentences import split_sentences
from helpers.core.text import count_words, slugify
from helpers.core.webpage import FORMAT as WEB_FORMAT
from helpers.core.webpage import PageMeta, is_webpage, label_page

__all__ = ["segment_text"]


def segment_text(
    text: str,
    source: str = "<string>",
    date: str | None = None,
    date_source: str = "--date",
    metadata: Mapping[str, str] | None = None,
) -> Corpus:
    """Segment one decoded text into articles, blocks and sentences.

    ``date`` is used for articles without a date of their own; ``date_source`` records where it
    came from (a ``metadata.csv`` date wins over the text's). ``metadata`` is the file's row of
    ``metadata.csv`` (``title``, ``author``, ``url``, ``section`` set or correct the text's).
    A text without any content line gives empty tables.
    """
    lines = content_lines(text)
    for b in lines:
        b.kind = static_kind(b.text)
    for i in css_line_indices([b.text for b in lines]):  # a style sheet left by the scraper
        if not lines[i].kind:
            lines[i].kind, lines[i].rule = "debris", "css"
    page: PageMeta | None = None
    is_ns = any(b.kind == "footer" or b.text.lower() == "show hide image" for b in lines)
    if is_webpage(lines):
        fmt, blocks, page = WEB_FORMAT, lines, label_page(lines)
        groups = [blocks]
    elif is_ns:
        fmt, blocks = "newstatesman", lines
        groups = split_articles(blocks)
    else:
        fmt = "plain"
        blocks = plain_paragraphs(text, lines)
        for b in blocks:
            # in plain files only unmistakable lines get a fixed kind
            b.kind = "debris" if b.rule == "css" else static_kind(b.text) if b.kind else ""
        groups = [blocks] if any(not b.kind for b in blocks) else []
    for pos, b in enumerate(blocks):
        b.pos = pos
    stem = Path(source).stem if source != "<string>" else "text"
    article_rows, block_rows, sentence_rows = [], [], []
    for a_idx, group in enumerate(groups):
        classify_article(group, fmt)
        for b in group:
            b.article = a_idx
        meta = article_meta(group, page, date, date_source, metadata or {})
        article_id = f"{slugify(stem, 30)}-{a_idx + 1:02d}-{slugify(meta.title)}"
        section, section_index, paragraph_index = "", 0, 0
        sentence_id = 0
        n_words = 0
        for b in group:
            p_idx = -1
            if b.kind == "heading":
                section, section_index = b.text, section_index + 1
            if b.kind == "body":
                p_idx, paragraph_index = paragraph_index, paragraph_index + 1
            block_rows.append(
                [source, article_id, -1, b.kind, b.start, b.end, b.text, b.line, section,
                 section_index, p_idx, b.rule]
            )
            if b.kind in PROSE_KINDS:
                for s, e in split_sentences(text, b.start, b.end):
                    nw = count_words(text[s:e])
                    n_words += nw
                    sentence_rows.append(
                        [source, article_id, -1, b.kind, section, section_index, p_idx,
                         sentence_id, s, e, text[s:e], nw]
                    )
                    sentence_id += 1
        kinds = [b.kind for b in group]
        credits = [b.text for b in group if b.kind == "credit" or b.rule == "credit"]
        article_rows.append(
            [
                source, article_id, a_idx, fmt, meta.title, meta.standfirst, meta.date,
                meta.date_source, meta.issue, "; ".join(credits),
                "; ".join(b.text for b in group if b.kind == "correction"),
                group[0].start, group[-1].end, kinds.count("heading"), kinds.count("body"),
                sentence_id, n_words,
                kinds.count("debris") + kinds.count("credit") + kinds.count("furniture"),
                meta.author, meta.updated, meta.section, meta.caption, meta.credit, meta.url,
            ]
        )
    for b in blocks:
        if b.article < 0:  # content outside any article is kept, never dropped
            block_rows.append(
                [source, "", -1, b.kind or "debris", b.start, b.end, b.text, b.line, "", 0, -1,
                 b.rule]
            )
    blocks_df = _with_blank_blocks(text, block_rows, source)
    # block ids follow text order; sentences point at them
    id_by_start = dict(zip(blocks_df["start"], blocks_df["block_id"]))
    sentences_df = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS)
    if not sentences_df.empty:
        # a sentence belongs to the block whose start is the greatest start <= its own
        starts = blocks_df.loc[blocks_df["kind"] != "blank", "start"].to_numpy()
        pos = starts.searchsorted(sentences_df["start"].to_numpy(), side="right") - 1
        sentences_df["block_id"] = [id_by_start[starts[p]] for p in pos]
    # every count and offset int64 also when there is no sentence (an empty frame is object)
    sentences_df = _as_int64(sentences_df, ["block_id", "section_index", "paragraph_index",
                                            "sentence_id", "start", "end", "n_words"])
    return Corpus(
        texts={source: text},
        articles=pd.DataFrame(article_rows, columns=ARTICLE_COLUMNS),
        blocks=blocks_df,
        sentences=sentences_df,
    )


def _with_blank_blocks(text: str, rows: list[list], source: str) -> pd.DataFrame:
    """Add ``blank`` blocks for the gaps so that the blocks partition the whole text.

    A blank block between two blocks of one article belongs to that article; other gaps
    (between articles, at the ends of the file) have an empty ``article_id``.
    """
    rows = sorted(rows, key=lambda r: r[4])
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    out: list[list] = []
    cursor = 0
    for r in rows + [None]:
        gap_end = len(text) if r is None else r[4]
        if gap_end > cursor:
            prev_article = out[-1][1] if out else ""
            article = prev_article if r is not None and prev_article == r[1] else ""
            line = bisect.bisect_right(line_starts, cursor)
            out.append(
                [
                    source,
                    article,
                    -1,
                    "blank",
                    cursor,
                    gap_end,
                    text[cursor:gap_end],
                    line,
                    "",
                    0,
                    -1,
                    "",
                ]
            )
        if r is not None:
            out.append(r)
            cursor = r[5]
    df = pd.DataFrame(out, columns=BLOCK_COLUMNS)
    df["block_id"] = range(len(df))
    return _as_int64(df, ["start", "end", "line", "section_index", "paragraph_index"])


def _as_int64(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """``df`` with ``columns`` as int64: only those not int64 already are converted (a
    table built from Python ints already is, unless it is empty; ``astype`` on the whole
    frame costs more than building it)."""
    todo = {c: "int64" for c in columns if df[c].dtype != "int64"}
    return df.astype(todo) if todo else df
