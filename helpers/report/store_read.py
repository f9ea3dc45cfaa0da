"""The corpus and its instrument tables read from the table store, when it holds all of them.

:func:`load_store_corpus` is the one reader of the stored segmentation (the corpus
``load_corpus`` would return; ``StoreError`` says why not); :func:`stored_corpus` is the same
returning None, for callers that then segment.

Why. ``make run`` builds the table store (:mod:`helpers.report.store_build`) before the
notebooks; without this module every notebook computed quotes, sentiment, the timeline and
themes again. :func:`stored_tables` returns the tables of :func:`helpers.report.pipeline.analyse`
from ``OUT/store`` when every file of the corpus has every asked table under the current keys
(same file bytes, code, data, date and codebook), and ``None`` otherwise, so the caller
computes them as before. What it returns equals the computed tables (``DataFrame.equals``):
``source`` is renamed back to the corpus's names, and the articles must agree (same ids and
offsets), else the store is not used.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.core.corpus import Corpus, CorpusError, read_source
from helpers.core.reading import article_prefixes, expand_inputs
from helpers.core.text import counted, slugify
from helpers.report.store import StoreError, load_tables, plan, skipped_marker, store_dir

__all__ = ["StoreSource", "canonical", "load_store_corpus", "stored_corpus", "stored_tables"]


@dataclass(frozen=True)
class StoreSource:
    """Where a corpus's tables may be stored: the corpus argument, output folder and date it
    was loaded with (``make run`` builds ``OUTPUT/store`` from the same three).

    Defined here, beside the reader, so that ``helpers.report.notebook`` names it without
    importing :mod:`helpers.report.pipeline` (and with it every instrument); the pipeline
    re-exports it.
    """

    corpus_path: str | Path | Sequence[str | Path]
    output_dir: str | Path | None = None
    date: str | None = None


#: analyse() table name -> store table name
STORE_NAMES: dict[str, str] = {
    "quotes": "quotes", "sentiment": "sentiment", "timexes": "timexes",
    "theme_matches": "theme_matches", "paragraphs": "paragraph_themes",
}


def canonical(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every object column that holds only strings (or nulls) as ``str`` dtype.

    Parquet reads text back as ``str`` whatever the computed dtype was; giving both paths the
    same dtypes makes a table read from the store ``equals`` the computed one.
    """
    out = df
    for col in df.columns:
        s = df[col]
        if s.dtype == object and s.dropna().map(type).eq(str).all():
            if out is df:
                out = df.copy()
            out[col] = s.astype("str")
    return out


def stored_tables(corpus: Corpus, corpus_path: str | Path | Sequence[str | Path],
                  tables: Collection[str], out: str | Path | None = None, date: str | None = None,
                  codebook: str | Path | None = None) -> dict[str, pd.DataFrame] | None:
    """The ``tables`` (names of :data:`STORE_NAMES`) of ``corpus`` from ``OUT/store``, or None.

    ``corpus_path``, ``date`` and ``codebook`` must be those ``corpus`` was loaded and the store
    built with. None when the store lacks a table of a file, holds a table without columns
    (computed empty tables keep the instrument's own columns), or segments the corpus
    differently. An empty table with its columns is read like any other: parquet keeps the
    column types, so it equals the computed one (a short article with no quotation, date or
    theme match made every theme notebook compute again, saying the store was not built).
    """
    if not store_dir(out).is_dir():
        return None
    try:
        _, specs = plan(corpus_path, date, codebook)
        names = {str(Path(s.path)): s.source for s in specs}
        rename = {}
        for key in corpus.texts:
            resolved = str(Path(key).expanduser().resolve())
            if resolved not in names:
                return None
            rename[names[resolved]] = key
        articles = _renamed(load_tables(corpus_path, "articles", out, date, codebook), rename)
        cols = ["source", "start", "end"]
        mine = canonical(corpus.articles).reset_index(drop=True)
        if not articles[cols].reset_index(drop=True).equals(mine[cols]):
            return None
        prefixes = _prefixes(articles, mine)
        if prefixes is None:
            return None
        found = {}
        for name in tables:
            df = load_tables(corpus_path, STORE_NAMES[name], out, date, codebook)
            if df.empty and not len(df.columns):
                return None
            found[name] = _with_prefixes(_renamed(df, rename), prefixes)
    except (CorpusError, StoreError):
        return None
    return found


def _renamed(df: pd.DataFrame, rename: dict[str, str]) -> pd.DataFrame:
    """``df`` with ``source`` renamed from store names to corpus names, canonical dtypes."""
    df = canonical(df)
    if "source" in df.columns:
        df["source"] = df["source"].map(rename).astype("str")
    return df


def _prefixes(stored: pd.DataFrame, mine: pd.DataFrame) -> dict[str, tuple[str, str]] | None:
    """source -> (stored id prefix, corpus id prefix) for files whose article ids differ.

    The store segments each file alone (ids start with the slug of the file stem); a corpus of
    several folders prefixes ids with the folder too (``quotes-wire-style-01-...``). None when
    the ids differ otherwise.
    """
    out: dict[str, tuple[str, str]] = {}
    for src, s_id, c_id in zip(mine["source"], stored["article_id"], mine["article_id"]):
        if s_id == c_id:
            continue
        old = slugify(Path(src).stem, 30)
        new = c_id[: len(c_id) - len(s_id) + len(old)]
        if not s_id.startswith(old + "-") or new + s_id[len(old):] != c_id:
            return None
        if out.setdefault(src, (old, new)) != (old, new):
            return None
    return out


def _with_prefixes(df: pd.DataFrame, prefixes: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """``df`` with article-id prefixes replaced in ``article_id`` and every other ``*_id``
    text column (``speaker_id`` ...), as ``load_corpus`` names the articles."""
    if not prefixes or "source" not in df.columns:
        return df
    df = df.copy()

    def fix(src: str, value: object) -> object:
        if src in prefixes and isinstance(value, str):
            old, new = prefixes[src]
            if value.startswith(old + "-"):
                return new + value[len(old):]
        return value

    for col in df.columns:
        if (col == "article_id" or col.endswith("_id")) and df[col].dtype == "str":
            df[col] = pd.Series([fix(s, v) for s, v in zip(df["source"], df[col])],
                                index=df.index, dtype="str")
    return df


def load_store_corpus(corpus_paths: str | Path | Sequence[str | Path],
                      out: str | Path | None = None, date: str | None = None) -> Corpus:
    """The corpus :func:`helpers.core.corpus.load_corpus` would return, read from ``OUT/store``.

    The one reader of a stored segmentation. Why: segmenting a 1,000-article archive again in
    every notebook costs about 20 CPU seconds each, and ``make run`` has already stored it.
    Sources, article ids, texts and warnings are those of ``load_corpus(corpus_paths, date)``;
    text columns have ``str`` dtype (as every table read from the store). Raises
    :class:`~helpers.report.store.StoreError` saying why when the store cannot give that
    corpus: no store, a file whose tables are missing (never built, or changed since), a file
    the build left out (the reason is only known to ``load_corpus``), or files listed in
    another order. :func:`stored_corpus` returns None instead.
    """
    store = store_dir(out)
    if not store.is_dir():
        raise StoreError(f"no table store in {store}; run `make tables CORPUS=...`")
    paths = [corpus_paths] if isinstance(corpus_paths, (str, Path)) else list(corpus_paths)
    try:
        inputs = expand_inputs(paths)
        _, specs = plan(paths, date)
        files = [f.path for f in inputs.files]
        if [str(Path(f).resolve()) for f in files] != [str(Path(s.path)) for s in specs]:
            raise StoreError("the store lists the corpus files otherwise than load_corpus")
        left_out = [s.source for s in specs if skipped_marker(store, s).exists()]
        if left_out:
            raise StoreError(f"{counted(len(left_out), 'file')} were left out when the store "
                             f"was built (first: {left_out[0]}); load_corpus says why")
        texts, warnings = {}, list(inputs.warnings)
        for f in files:
            texts[str(f)], warns = read_source(f)
            warnings.extend(warns)
        rename = {s.source: str(f) for s, f in zip(specs, files)}
        new = article_prefixes(files, inputs.root)
        prefixes = {str(f): (slugify(f.stem, 30), new[f]) for f in files
                    if slugify(f.stem, 30) != new[f]}
        tables = {t: _with_prefixes(_renamed(load_tables(paths, t, out, date), rename), prefixes)
                  for t in ("articles", "blocks", "sentences")}
    except (CorpusError, OSError) as exc:
        raise StoreError(f"the corpus cannot be read as the store was built: {exc}") from exc
    if set(tables["articles"]["source"]) != set(texts):
        raise StoreError("the stored articles do not cover every file of the corpus")
    return Corpus(texts=texts, skipped=list(inputs.skipped), warnings=warnings, **tables)


def stored_corpus(corpus_paths: str | Path | Sequence[str | Path],
                  out: str | Path | None = None, date: str | None = None) -> Corpus | None:
    """:func:`load_store_corpus`, or None where it raises ``StoreError``, so that the caller
    segments with ``load_corpus`` as before (``setup()`` and ``make run`` do)."""
    try:
        return load_store_corpus(corpus_paths, out, date)
    except StoreError:
        return None
