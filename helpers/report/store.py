"""The table store: every instrument table of a corpus, computed once per file and kept as parquet.

Why. Notebooks used to recompute quotes (five times) and sentiment (three times) on a corpus
held whole in memory; on an archive of thousands of articles that does not finish. Here one
step (``make tables``) segments each source file and runs every instrument on it in a worker
process, and each worker writes its file's tables as soon as it finishes, so memory is bounded
by the largest file, not the corpus. Notebooks then read the tables with :func:`load_tables`.

Keys. A table is stored under a sha256 key of everything it depends on: the file's content
hash and its path relative to the corpus root (the ``source`` column), the version and the
code hash of the instrument (and of ``helpers.core``, which segments), the data files it reads
(the theme codebook for themes; people register and word lists for quotes and timeline; the
sentiment calibration and word weights for sentiment), the installed versions of the packages
that shape the numbers, and parameters (``--date``, per-file dates from ``metadata.csv``, for
segmentation and the timeline). A re-run recomputes exactly the tables whose key changed:
editing one article recomputes that article's tables; editing the codebook recomputes only
the theme tables. Layout: ``STORE/<instrument>/<key>.<table>.parquet``.

Tables (columns as the instruments document them; ``source`` is relative to the corpus root):
``articles``, ``blocks``, ``sentences`` (segmentation), ``quotes`` (``extract_quotes``),
``timexes`` (``extract_timexes``), ``paragraph_themes`` and ``theme_matches``
(``paragraph_themes``, ``match_themes``), ``sentiment`` (``sentiment_with_voice``: quotes are
computed once and shared).

Every build writes ``OUT/manifest.json`` (:mod:`helpers.report.manifest`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import pandas as pd
from pyarrow.lib import ArrowException

from helpers.core.corpus import METADATA_FIELDS, CorpusError, file_date, folder_metadata
from helpers.core.paths import (
    LEXICONS,
    MODELS,
    PEOPLE,
    PROJECT_ROOT,
    missing_input,
    resolve_output_dir,
)
from helpers.core.reading import DOC_STEMS, NO_TEXT_FILES, TEXT_SUFFIXES
from helpers.report.manifest import package_versions, sha256_file

__all__ = [
    "COMBINED_KEEP",
    "INSTRUMENTS",
    "INSTRUMENT_VERSIONS",
    "TABLES",
    "FileResult",
    "FileSpec",
    "StoreError",
    "corpus_files",
    "keep_if_round_trips",
    "load_tables",
    "mark_used",
    "plan",
    "prune_combined",
    "prune_recent",
    "skipped_marker",
    "store_dir",
]

#: Bump an instrument's version to force a recompute that the code hash would not catch.
INSTRUMENT_VERSIONS: dict[str, str] = {
    "segment": "1", "quotes": "1", "timeline": "1", "themes": "1", "sentiment": "1",
}
INSTRUMENTS: tuple[str, ...] = tuple(INSTRUMENT_VERSIONS)
#: Table name -> instrument that writes it.
TABLES: dict[str, str] = {
    "articles": "segment", "blocks": "segment", "sentences": "segment", "quotes": "quotes",
    "timexes": "timeline", "paragraph_themes": "themes", "theme_matches": "themes",
    "sentiment": "sentiment",
}
_ALIASES = {"timeline": "timexes", "themes": "paragraph_themes", "matches": "theme_matches"}
_HELPERS = PROJECT_ROOT / "helpers"
#: Code each instrument runs (besides helpers/core, which every key includes).
_CODE = {
    "segment": (),
    "quotes": ("instruments/quotes",),
    "timeline": ("instruments/timeline",),
    "themes": ("instruments/themes",),
    "sentiment": ("instruments/sentiment", "report/joins.py"),
}
DEFAULT_CODEBOOK = LEXICONS / "themes.yml"
CALIBRATION_FILES = (MODELS / "sentiment_calibration.json", MODELS / "sentiment_words.csv")


class StoreError(RuntimeError):
    """The store lacks tables that were asked for (the message says how to build them)."""


class FileSpec(NamedTuple):
    """One source file to process: where it is, what it is called, and its table keys."""

    path: str  # absolute path, read by the worker
    source: str  # path relative to the corpus root (the ``source`` column)
    sha256: str
    n_chars: int  # size in bytes (characters for ASCII text), for progress and throughput
    date: str  # publication date for articles without one ('' if none)
    date_source: str
    keys: dict[str, str]  # instrument -> key
    metadata: dict[str, str] = {}  # title, author, url, section from metadata.csv (if given)


class FileResult(NamedTuple):
    """What the per-file task did: tables computed, read from the store, rows and seconds."""

    source: str
    computed: tuple[str, ...]
    cached: tuple[str, ...]
    seconds: dict[str, float]
    rows: dict[str, int]
    error: str  # '' or why the file was skipped (unreadable, no article)


# --------------------------------------------------------------------------- files and keys


def store_dir(out: str | Path | None = None) -> Path:
    """``OUT/store`` (default ``build/store``)."""
    return resolve_output_dir(out) / "store"


def _listing(p: Path) -> list[Path]:
    """The text files of a folder, as :func:`helpers.core.corpus.load_corpus` lists them
    (documentation files such as ``README.md`` are not articles: ``load_corpus`` lists them
    as skipped, and the notebooks print that)."""
    return sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".")
                  and f.name != "metadata.csv" and f.suffix.lower() in TEXT_SUFFIXES
                  and f.stem.lower() not in DOC_STEMS)


def corpus_files(corpus_paths: str | Path | Sequence[str | Path]) -> tuple[Path, list[Path]]:
    """(corpus root, files in load order) for a file, several files or folders.

    The root is the deepest folder holding every argument (a folder argument counts itself),
    so ``source`` names do not depend on where the project is cloned.
    """
    if isinstance(corpus_paths, (str, Path)):
        corpus_paths = [corpus_paths]
    if not corpus_paths:
        raise CorpusError("no input files")
    files: list[Path] = []
    anchors: list[str] = []
    for p in map(Path, corpus_paths):
        p = p.expanduser().resolve()
        if p.is_dir():
            members = _listing(p)
            if not members:
                raise CorpusError(f"{p}: {NO_TEXT_FILES}")
            files.extend(members)
            anchors.append(str(p))
        elif p.exists():
            files.append(p)
            anchors.append(str(p.parent))
        else:
            raise CorpusError(missing_input(p))
    return Path(os.path.commonpath(anchors)), files


def _file_metadata(files: list[Path], date: str | None
                   ) -> list[tuple[str, str, dict[str, str]]]:
    """(date, date_source, metadata row) per file: ``metadata.csv`` beside it, else an ISO date
    in the file name, else ``date`` (:func:`helpers.core.corpus.file_date`), and its title,
    author, url and section are applied as :func:`load_corpus` applies them."""
    if date:
        try:
            date = dt.date.fromisoformat(date.strip()).isoformat()
        except ValueError:
            raise CorpusError(f"--date: date {date!r} is not YYYY-MM-DD") from None
    meta: dict[Path, dict[str, dict[str, str]]] = {}
    out = []
    for f in files:
        if f.parent not in meta:
            meta[f.parent] = folder_metadata(f.parent)
        row = meta[f.parent].get(f.name, {})
        fields = {k: v for k, v in row.items() if k in METADATA_FIELDS and v}
        out.append((*file_date(f.name, row, date), fields))
    return out


def _tree_hash(paths: Sequence[Path]) -> str:
    """sha256 over the relative names and contents of files (folders: their *.py/data files)."""
    h = hashlib.sha256()
    for root in paths:
        members = sorted(root.rglob("*")) if root.is_dir() else [root]
        for f in members:
            if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc":
                rel = f.relative_to(PROJECT_ROOT) if f.is_relative_to(PROJECT_ROOT) else f.name
                h.update(str(rel).encode() + b"\0" + sha256_file(f).encode())
    return h.hexdigest()


def instrument_inputs(codebook: str | Path | None = None) -> dict[str, dict[str, str]]:
    """What every instrument's tables depend on besides the file: versions and file hashes."""
    core = _tree_hash([_HELPERS / "core"])
    book = Path(codebook) if codebook else DEFAULT_CODEBOOK
    lexicons = [p for p in sorted(LEXICONS.glob("*")) if p.resolve() != book.resolve()]
    common = {"packages": json.dumps(package_versions(), sort_keys=True), "core": core}
    out = {}
    for inst in INSTRUMENTS:
        code = _tree_hash([_HELPERS / c for c in _CODE[inst]]) if _CODE[inst] else ""
        out[inst] = {**common, "version": INSTRUMENT_VERSIONS[inst], "code": code}
    out["quotes"]["data"] = _tree_hash([*lexicons, PEOPLE])
    out["timeline"]["data"] = _tree_hash(lexicons)
    out["themes"]["codebook"] = sha256_file(book) if book.exists() else "missing"
    out["sentiment"]["models"] = _tree_hash([p for p in CALIBRATION_FILES if p.exists()])
    return out


def _key(parts: dict) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def plan(corpus_paths: str | Path | Sequence[str | Path], date: str | None = None,
         codebook: str | Path | None = None) -> tuple[Path, list[FileSpec]]:
    """(corpus root, one :class:`FileSpec` per file) with the store key of every instrument.

    Reads each file once to hash it; nothing is segmented. ``date`` enters only the keys of
    segmentation and the timeline (the other tables do not depend on it); the sentiment key
    includes the quotes key, because the voice of a sentence comes from the quotes.
    """
    root, files = corpus_files(corpus_paths)
    inputs = instrument_inputs(codebook)
    specs = []
    for f, (fdate, fsrc, fmeta) in zip(files, _file_metadata(files, date)):
        source = f.relative_to(root).as_posix()
        base = {"sha256": sha256_file(f), "source": source}
        keys = {}
        for inst in INSTRUMENTS:
            parts = {**base, "instrument": inst, **inputs[inst]}
            if inst in ("segment", "timeline"):
                parts.update(date=fdate, date_source=fsrc)
            if fmeta:  # title, author, url, section from metadata.csv (only when given, so
                parts["metadata"] = fmeta  # the keys of files without them stay as they were)
            if inst == "sentiment":
                parts["quotes"] = keys["quotes"]
            keys[inst] = _key(parts)
        specs.append(FileSpec(str(f), source, base["sha256"], f.stat().st_size, fdate, fsrc,
                              keys, fmeta))
    return root, specs


def table_path(store: Path, spec: FileSpec, table: str) -> Path:
    """Where ``table`` of the file ``spec`` is stored."""
    inst = TABLES[table]
    return store / inst / f"{spec.keys[inst]}.{table}.parquet"


def skipped_marker(store: Path, spec: FileSpec) -> Path:
    """Where the build records that the file ``spec`` was left out (empty, binary, no article),
    with the reason (JSON ``{"source", "reason"}``)."""
    return store / "segment" / f"{spec.keys['segment']}.skipped.json"


def missing(store: Path, spec: FileSpec) -> tuple[str, ...]:
    """Instruments whose tables for this file are not all in the store."""
    return tuple(inst for inst in INSTRUMENTS
                 if not all(table_path(store, spec, t).exists()
                            for t, i in TABLES.items() if i == inst))


# --------------------------------------------------------------------------- reading


def read_parquet_files(paths: Sequence[Path]) -> pd.DataFrame:
    """Parquet files read as one table, converted to pandas once (empty ones left out unless
    all are empty; no file: an empty frame).

    Why: ``pd.read_parquet`` per file costs milliseconds of metadata and conversion; with a
    thousand files and five tables a notebook spent half a minute reading the store.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = [pq.ParquetFile(p).read(use_threads=False) for p in paths]
    non_empty = [t for t in tables if t.num_rows]
    if not non_empty:
        return tables[0].to_pandas() if tables else pd.DataFrame()
    return pa.concat_tables(non_empty, promote_options="default").to_pandas()


def load_tables(corpus_paths: str | Path | Sequence[str | Path], table: str,
                out: str | Path | None = None, date: str | None = None,
                codebook: str | Path | None = None) -> pd.DataFrame:
    """One table for the whole corpus, read from the store (files in corpus order).

    ``table`` is one of :data:`TABLES` (or ``timeline``/``themes``/``matches``). ``date`` and
    ``codebook`` must be those the store was built with. Raises :class:`StoreError` naming
    the files whose tables are missing (build them with ``make tables CORPUS=...``). The
    concatenation is kept in ``OUT/store/combined/`` for the next read (the
    :data:`COMBINED_KEEP` most recently used per table, see :func:`prune_combined`).
    """
    table = _ALIASES.get(table, table)
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    store = store_dir(out)
    _, specs = plan(corpus_paths, date, codebook)
    paths = [table_path(store, s, table) for s in specs]
    absent = [s.source for s, p in zip(specs, paths) if not p.exists()]
    skipped = _skipped(store, specs)
    absent = [a for a in absent if a not in skipped]
    if absent:
        raise StoreError(f"{len(absent)} of {len(specs)} files have no {table!r} table in "
                         f"{store} (first: {absent[0]}); run `make tables CORPUS=...` with the "
                         "same --date and codebook")
    used = [p for s, p in zip(specs, paths) if s.source not in skipped]
    combined = _combined_path(store, table, used)
    cached = _read_combined(combined)
    if cached is not None:
        return cached
    df = read_parquet_files(used)
    if used and keep_if_round_trips(combined, df, lambda p: read_parquet_files([p])):
        mark_used(combined)
        prune_combined(store, table)
    return df


#: Combined tables kept per table in ``OUT/store/combined/``: the most recently used ones.
#: Why four: a researcher alternates between a few corpora (the default one, an archive, a
#: subset, another ``--date``) in one output folder; each is one combined file per table.
COMBINED_KEEP = 4


def _combined_path(store: Path, table: str, used: Sequence[Path]) -> Path:
    """Where the concatenation of the per-file tables ``used`` (in this order) is kept.

    Why: reading a table of a 1,000-file corpus is 1,000 parquet reads (3-6 CPU seconds), in
    every notebook; the concatenation is one read. Its name hashes the ordered per-file table
    names, which are content keys, so any changed file, code or parameter gives a new name.
    """
    digest = hashlib.sha256("\n".join(p.name for p in used).encode()).hexdigest()
    return store / "combined" / f"{digest}.{table}.parquet"


def _read_combined(path: Path) -> pd.DataFrame | None:
    """The combined table at ``path`` (marked as just used), or None when there is none (never
    written, or pruned by a run of another corpus meanwhile)."""
    try:
        df = read_parquet_files([path])
    except FileNotFoundError:
        return None
    mark_used(path)
    return df


def mark_used(path: Path) -> None:
    """Set ``path``'s mtime to now (nanoseconds, as the file system keeps them): the order in
    which :func:`prune_recent` keeps combined and result tables."""
    now = time.time_ns()
    try:
        os.utime(path, ns=(now, now))
    except OSError:  # pruned meanwhile, or a read-only store: nothing to keep in order
        pass


def prune_combined(store: Path, table: str, keep: int = COMBINED_KEEP) -> list[Path]:
    """Remove all but the ``keep`` most recently used combined files of ``table``; return those
    removed.

    Why: every new corpus, subset, date or code change gives each table a new combined file,
    and without a bound they pile up (17 MB for the eight tables of a 1,000-article archive). Only
    ``OUT/store/combined/`` is touched: the per-file tables, which are the store, stay. "Used"
    is the mtime, set on every write and read (:func:`mark_used`). A file removed while
    another process reads it costs that process one read of the per-file tables.
    """
    found = []
    for p in (store / "combined").glob(f"*.{table}.parquet"):
        parts = p.name.split(".")
        if len(parts) > 1 and parts[1] == table:
            found.append(p)
    return prune_recent(found, keep)


def prune_recent(files: Sequence[Path], keep: int) -> list[Path]:
    """Remove all but the ``keep`` most recently used of ``files`` (mtime, see
    :func:`mark_used`); return those removed. Files that vanish meanwhile (another process
    pruned them first) are skipped."""
    found = []
    for p in files:
        try:
            found.append((p.stat().st_mtime_ns, p.name, p))
        except FileNotFoundError:
            continue
    found.sort(reverse=True)
    removed = []
    for _, _, p in found[keep:]:
        try:
            p.unlink()
        except FileNotFoundError:
            continue
        removed.append(p)
    return removed


def keep_if_round_trips(path: Path, df: pd.DataFrame,
                        read: Callable[[Path], pd.DataFrame]) -> bool:
    """Write ``df`` to ``path`` as parquet when ``read`` gives it back equal (same values and
    dtypes); return whether it was kept.

    Why: a cache must return what computing returns, and parquet cannot hold every column
    (mixed types, some extension dtypes). Written under a temporary name and moved into
    place, so processes reading at the same time never see half a file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        df.to_parquet(tmp, index=False)
        back = read(tmp)
        if back.equals(df) and list(back.dtypes) == list(df.dtypes):
            os.replace(tmp, path)
            return True
    except (OSError, ValueError, TypeError, ArrowException):  # not kept; computing still works
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return False


def _skipped(store: Path, specs: list[FileSpec]) -> set[str]:
    """Files the build recorded as unusable (empty, binary, no article)."""
    return {s.source for s in specs if skipped_marker(store, s).exists()}
