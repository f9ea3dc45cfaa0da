"""Read gold annotation files, restoring the annotated text from the corpus they annotate.

Why: the project's gold for the default corpus (``data/annotations/*.csv`` and
``data/annotations/agreement/*.csv``) must not carry a copy of the New Statesman's text, which is
third-party and lives in the shared folder beside the clone. Those files keep the offsets and a
short digest of each span (``text_sha1``); :func:`read_gold` cuts the text out of the corpus
file and checks the digest, so a stale offset or a changed corpus fails loudly, naming the file
and the row. Gold of the project's own synthetic articles (``other_styles``, ``heldout``) keeps a
``text`` column, which is checked the same way.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from helpers.core.paths import DEFAULT_CORPUS, MISSING_DEFAULT_CORPUS_HINT

__all__ = ["DIGEST_COLUMN", "read_gold", "span_digest", "without_text"]

#: the column that stands in for ``text`` in gold files of third-party text
DIGEST_COLUMN = "text_sha1"


def span_digest(text: str) -> str:
    """The first 12 hex digits of the SHA-1 of ``text`` (UTF-8): enough to tell a moved span."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _source_text(path: Path, raw: Path, source: str) -> str:
    """The text of ``raw / source``, or a ``FileNotFoundError`` that says where it should be."""
    file = raw / source
    if not file.is_file():
        hint = MISSING_DEFAULT_CORPUS_HINT if raw == DEFAULT_CORPUS.parent else \
            "the gold names it in its `source` column"
        raise FileNotFoundError(f"{path}: annotates {file}, which is not here; {hint}")
    return file.read_text(encoding="utf-8")


def read_gold(path: Path, raw: Path = DEFAULT_CORPUS.parent) -> pd.DataFrame:
    """Read the gold CSV ``path`` whose ``start``/``end`` offsets index ``raw/<source>``.

    A ``text_sha1`` column is replaced by ``text`` cut from the corpus (same position); a
    ``text`` column is checked against the corpus. Files without offsets or text are returned as
    read. Raises ``FileNotFoundError`` when the file or a corpus file is missing and
    ``ValueError`` naming the file and row when an offset no longer gives its text.
    """
    gold = pd.read_csv(path, dtype={"source": str, "text": str, DIGEST_COLUMN: str},
                       keep_default_na=False)
    has_text, has_digest = "text" in gold.columns, DIGEST_COLUMN in gold.columns
    if not (has_text or has_digest) or not {"source", "start", "end"} <= set(gold.columns):
        return gold
    texts: dict[str, str] = {}
    spans = []
    for i, (src, start, end) in enumerate(zip(gold["source"], gold["start"], gold["end"])):
        if src not in texts:
            texts[src] = _source_text(path, raw, src)
        span = texts[src][int(start):int(end)]
        expected = gold.at[i, "text"] if has_text else gold.at[i, DIGEST_COLUMN]
        if (span if has_text else span_digest(span)) != expected:
            raise ValueError(f"{path}: row {i + 2}: offsets {start}-{end} of {src} do not give "
                             f"the annotated text ({expected[:40]!r}); the corpus file or the "
                             "annotation has changed")
        spans.append(span)
    if has_digest:
        gold.insert(gold.columns.get_loc(DIGEST_COLUMN), "text", spans)
        gold = gold.drop(columns=DIGEST_COLUMN)
    return gold


def without_text(gold: pd.DataFrame) -> pd.DataFrame:
    """``gold`` with its ``text`` column replaced by ``text_sha1`` (in the same position)."""
    out = gold.copy()
    out.insert(out.columns.get_loc("text"), DIGEST_COLUMN, out["text"].map(span_digest))
    return out.drop(columns="text")
