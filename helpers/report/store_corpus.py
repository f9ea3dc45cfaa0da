"""The segmented corpus read from the table store instead of segmented again.

Why. ``make tables`` stores every file's ``articles``, ``blocks`` and ``sentences`` tables, yet
each notebook segmented the whole corpus again in ``setup``: on a 1,000-article archive (20 MB)
that is about 21 CPU seconds per notebook, more than a theme notebook's whole budget.
:func:`stored_corpus` gives the :class:`~helpers.core.corpus.Corpus` that
:func:`~helpers.core.corpus.load_corpus` gives for the same arguments (same ``source`` names,
article ids, offsets and texts; text columns with ``str`` dtype, as in
:func:`helpers.report.store_read.canonical`), or ``None`` when the store does not hold the
segmentation of every file under the current keys (or a file cannot be read), so the caller
segments as before.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from helpers.core.corpus import Corpus, CorpusError
from helpers.core.reading import article_prefixes, expand_inputs, read_source
from helpers.core.text import slugify
from helpers.report.store import plan, read_parquet_files, store_dir, table_path
from helpers.report.store_read import canonical

__all__ = ["SEGMENT_TABLES", "stored_corpus"]

SEGMENT_TABLES = ("articles", "blocks", "sentences")


def stored_corpus(corpus_path: str | Path | Sequence[str | Path], out: str | Path | None = None,
                  date: str | None = None) -> Corpus | None:
    """``load_corpus(corpus_path, date)`` from ``OUT/store``, or None when the store cannot give
    it (a file without stored segmentation, a file skipped or unreadable, no store)."""
    store = store_dir(out)
    if not store.is_dir():
        return None
    paths = [corpus_path] if isinstance(corpus_path, (str, Path)) else list(corpus_path)
    try:
        inputs = expand_inputs(paths)
        if inputs.skipped:
            return None
        _, specs = plan(paths, date)
        by_path = {str(Path(s.path).resolve()): s for s in specs}
        files = [f.path for f in inputs.files]
        chosen = [by_path.get(str(Path(f).resolve())) for f in files]
        if any(s is None for s in chosen) or not files or _sets_metadata(files):
            return None
        table_files = {t: [table_path(store, s, t) for s in chosen] for t in SEGMENT_TABLES}
        if not all(p.exists() for ps in table_files.values() for p in ps):
            return None
        texts: dict[str, str] = {}
        warnings = list(inputs.warnings)
        for f in files:
            text, warns = read_source(f)
            texts[str(f)] = text
            warnings.extend(warns)
    except CorpusError:
        return None
    names = {s.source: str(f) for s, f in zip(chosen, files)}
    prefixes = article_prefixes(files, inputs.root)
    renames = {str(f): (slugify(Path(f).stem, 30), prefixes[f]) for f in files}
    tables = {t: _as_loaded(read_parquet_files(ps), names, renames)
              for t, ps in table_files.items()}
    return Corpus(texts=texts, skipped=[], warnings=warnings, **tables)


def _sets_metadata(files: Sequence[Path]) -> bool:
    """Whether a ``metadata.csv`` beside the files has columns besides ``file`` and ``date``.

    The store segments each file with its ``metadata.csv`` date only; ``title``, ``author``,
    ``url`` or ``section`` columns change what ``load_corpus`` gives, so such a corpus is
    segmented again rather than read from the store.
    """
    for folder in {Path(f).parent for f in files}:
        meta = folder / "metadata.csv"
        if meta.is_file():
            with meta.open(encoding="utf-8-sig", newline="") as fh:
                header = next(csv.reader(fh), [])
            if {h.strip().lower() for h in header} - {"file", "date", ""}:
                return True
    return False


def _as_loaded(df: pd.DataFrame, names: dict[str, str],
               renames: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """A stored table with the ``source`` names and article-id prefixes of ``load_corpus``."""
    df = canonical(df)
    if "source" not in df.columns:
        return df
    df["source"] = df["source"].map(names).astype("str")
    changed = {src for src, (old, new) in renames.items() if old != new}
    if changed and "article_id" in df.columns:
        ids = [renames[s][1] + a[len(renames[s][0]):]
               if s in changed and a.startswith(renames[s][0] + "-") else a
               for s, a in zip(df["source"], df["article_id"])]
        df["article_id"] = pd.Series(ids, index=df.index, dtype="str")
    return df
