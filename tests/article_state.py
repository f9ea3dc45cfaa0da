"""Shared by the throughput tests: the article state of an invented text after the paragraph
pass, as :func:`helpers.instruments.quotes.extract_quotes` builds it before the attribution
passes (throughput rounds 4 and 5 each had a copy; review 14 moved it here)."""

from __future__ import annotations

from helpers.core.corpus import segment_text
from helpers.core.quotation_marks import typewriter_to_double
from helpers.instruments.quotes.article import _article_rows
from helpers.instruments.quotes.extract import _read_blocks
from helpers.instruments.quotes.state import ArticleState

#: the block columns :func:`.extract._read_blocks` reads
BLOCK_COLUMNS = ("source", "article_id", "block_id", "start", "end", "paragraph_index", "kind",
                 "text")


def article_state(text: str) -> ArticleState:
    """The article state of ``text`` after the paragraph pass (blocks, rows, block starts)."""
    corpus = segment_text(text, source="invented.txt")
    cols = _read_blocks(corpus.blocks, BLOCK_COLUMNS)
    work = typewriter_to_double(text)
    art = ArticleState(work, {})
    art.block_starts = [int(s) for s in cols["start"]]
    _article_rows(work, cols, art)
    return art
