"""The :class:`Corpus` of segmented articles and the schema of its three tables.

Why apart: the loader (:mod:`helpers.core.corpus`) and the segmenter
(:mod:`helpers.core.segment`) both build a ``Corpus``, and every instrument reads the block
kinds; one small module that imports nothing of the segmentation keeps them free of cycles.
The columns are documented in ``data/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS",
    "BLOCK_COLUMNS",
    "BLOCK_KINDS",
    "MAX_TITLE_CHARS",
    "METADATA_FIELDS",
    "PROSE_KINDS",
    "READ_KINDS",
    "SENTENCE_COLUMNS",
    "Corpus",
]

BLOCK_KINDS = (
    "title",
    "standfirst",
    "heading",
    "body",
    "list_item",
    "credit",
    "debris",
    "footer",
    "correction",
    "furniture",
    "blank",
)
#: Block kinds whose text is split into sentences.
PROSE_KINDS = frozenset({"standfirst", "body", "list_item", "correction"})
#: Block kinds the instruments read (quotes, timeline): the prose plus the title and headings.
READ_KINDS = frozenset({"title", "heading"} | PROSE_KINDS)
#: A first line longer than this is not a title (a text without newlines is all body).
MAX_TITLE_CHARS = 300

ARTICLE_COLUMNS = [
    "source",
    "article_id",
    "article_index",
    "format",
    "title",
    "standfirst",
    "date",
    "date_source",
    "issue_title",
    "credits",
    "corrections",
    "start",
    "end",
    "n_sections",
    "n_paragraphs",
    "n_sentences",
    "n_words",
    "n_debris",
    "author",
    "updated",
    "section",
    "caption",
    "credit",
    "url",
]
BLOCK_COLUMNS = [
    "source",
    "article_id",
    "block_id",
    "kind",
    "start",
    "end",
    "text",
    "line",
    "section",
    "section_index",
    "paragraph_index",
    "rule",
]
#: Article columns that a ``metadata.csv`` row sets or corrects (``date`` is handled apart).
METADATA_FIELDS = ("title", "author", "url", "section")
SENTENCE_COLUMNS = [
    "source",
    "article_id",
    "block_id",
    "block_kind",
    "section",
    "section_index",
    "paragraph_index",
    "sentence_id",
    "start",
    "end",
    "text",
    "n_words",
]

@dataclass(frozen=True)
class Corpus:
    """Segmented articles: the decoded texts and the three tables that index into them.

    ``texts`` maps each ``source`` to its decoded text; ``articles``, ``blocks`` and
    ``sentences`` are DataFrames whose ``start``/``end`` columns index those texts.
    ``skipped`` lists (file, reason) for files left out of a folder; ``warnings`` holds
    messages about recoverable problems (such as a cp1252 fallback).
    """

    texts: dict[str, str]
    articles: pd.DataFrame
    blocks: pd.DataFrame
    sentences: pd.DataFrame
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def text_of(self, source: str, start: int, end: int) -> str:
        """The source text between two offsets."""
        return self.texts[source][start:end]

    def save(self, folder: str | Path) -> list[Path]:
        """Write the three tables as parquet files into ``folder``; return the paths."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name in ("articles", "blocks", "sentences"):
            path = folder / f"{name}.parquet"
            getattr(self, name).to_parquet(path, index=False)
            written.append(path)
        return written
