"""Build the table store (:mod:`helpers.report.store`): the per-file task and its engines.

``build_store(corpus)`` hashes every file, skips files whose tables are all in the store, and
runs :func:`process_file` on the others in worker processes (``engine="process"``, default one
per core) or on a dask.distributed cluster (``engine="dask"``, optional extra). Each worker
writes its file's parquet tables when it finishes and returns only a small
:class:`~helpers.report.store.FileResult`, so no process holds the corpus. A tqdm bar on
stderr shows files, characters and time left. The run is recorded in ``OUT/manifest.json``.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from helpers.core.check import plausible_years
from helpers.core.corpus import CorpusError, read_source, segment_text
from helpers.core.paths import PROJECT_ROOT, resolve_output_dir
from helpers.report.log_progress import file_progress
from helpers.report.manifest import sha256_file, utc_now, write_manifest
from helpers.report.store import (
    INSTRUMENT_VERSIONS,
    TABLES,
    FileResult,
    FileSpec,
    instrument_inputs,
    missing,
    plan,
    skipped_marker,
    store_dir,
    table_path,
)

__all__ = ["BuildReport", "arrow_table", "build_store", "forkserver_context", "process_file",
           "write_parquet"]

DASK_HINT = ("the dask engine needs the optional extra: pip install '.[dask]' "
             "(or pip install -r requirements-dask.txt)")


class BuildReport(NamedTuple):
    """Outcome of :func:`build_store`: per-file results, the manifest path, wall seconds."""

    results: list[FileResult]
    manifest: Path
    seconds: float
    n_chars: int


# --------------------------------------------------------------------------- the per-file task


#: The arrow schema (with its pandas metadata) of the tables written so far, per column
#: names, dtypes and arrow types (see :func:`arrow_table`).
_SCHEMAS: dict[tuple, pa.Schema] = {}


def arrow_table(df: pd.DataFrame) -> pa.Table:
    """``pa.Table.from_pandas(df, preserve_index=False)`` for a frame without ``attrs``, with
    the schema reused from an earlier frame of the same columns, dtypes and arrow types.

    Why: the store writes the same few tables for every file, and pyarrow rebuilds the
    schema and the pandas metadata (a JSON description of every column) each time, about a
    third of the conversion. Each column is converted with the call pyarrow makes
    (``pa.array(column, from_pandas=True)``), so the arrays are its arrays; the metadata
    depends only on the column names, their dtypes (names, categories, time zone) and arrow
    types, the frame's ``attrs`` (none here) and the library versions, so a schema of the
    same key is the schema pyarrow would build (``tests/test_parquet_schema.py`` compares
    them, metadata included). Column names that are not unique strings, and a frame with
    ``attrs``, go the usual way.

    The arrays are converted from each column's stored values (:func:`_column_values`), not
    from a Series per column: pyarrow takes ``Series.values`` from a Series anyway, after
    probing it for three conversion protocols that a Series answers through pandas' slow
    attribute fallback (with the Series construction, 85 % of the conversion)."""
    names = list(df.columns)
    if (df.attrs or not names or len(set(names)) != len(names)
            or not all(type(n) is str for n in names)):
        return pa.Table.from_pandas(df, preserve_index=False)
    cols = _column_values(df)
    arrays = [pa.array(c, from_pandas=True) for c in cols]
    key = (tuple(names), tuple(c.dtype for c in cols), tuple(str(c.dtype) for c in cols),
           tuple(a.type for a in arrays))
    schema = _SCHEMAS.get(key)
    if schema is None:
        table = pa.Table.from_pandas(df, preserve_index=False)
        if list(table.schema.types) == list(key[3]) and len(_SCHEMAS) < 256:
            _SCHEMAS[key] = table.schema
        return table
    return pa.Table.from_arrays(arrays, schema=schema)


def _column_values(df: pd.DataFrame) -> list:
    """Each column's values as pyarrow reads them from the column's Series (its
    ``Series.values``), for :func:`arrow_table`.

    The values stored in the frame are ``Series.values`` itself except for the dtypes whose
    ``values`` pandas converts (datetimes, timedeltas, periods, intervals) and pyarrow reads
    otherwise (time zones): those columns are given as a Series. pandas' own iterator over
    the stored arrays (``_iter_column_arrays``, read-only use); without it, every column as
    a Series (``tests/test_parquet_schema.py`` compares with ``pa.Table.from_pandas``)."""
    stored = getattr(df, "_iter_column_arrays", None)
    if stored is None:  # pragma: no cover - another pandas
        return [df.iloc[:, i] for i in range(df.shape[1])]
    return [v if getattr(v.dtype, "kind", "O") not in "mM"
            and not isinstance(v.dtype, pd.PeriodDtype | pd.IntervalDtype) else df.iloc[:, i]
            for i, v in enumerate(stored())]


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    """Write one per-file table as parquet, atomically (temporary name, then rename) so a
    killed run leaves no half file.

    ``pyarrow`` directly, as ``DataFrame.to_parquet(index=False)`` does (same schema and
    pandas metadata, snappy), but without dictionary encoding and column statistics: the
    tables are a few hundred rows, where building dictionaries and min/max per column cost
    more than they save (about a fifth of the writing time; the files come out smaller, as
    snappy compresses the repeated values anyway). Reads back as the same frame
    (``tests/test_store.py``). A frame with ``attrs`` goes through ``to_parquet``, which
    keeps them. The row index is not written (``preserve_index=False``, ``index=False``:
    the same bytes whatever it is), so the frame is not copied to reset it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if df.attrs:
        df.to_parquet(tmp, index=False)
    else:
        pq.write_table(arrow_table(df), tmp, use_dictionary=False, write_statistics=False)
    os.replace(tmp, path)


def _paragraph_themes(corpus: object, book: object, matches: pd.DataFrame) -> pd.DataFrame:
    """``paragraph_themes(corpus, book)`` from matches already found (not matched twice)."""
    from helpers.instruments.themes import paragraph_columns, theme_scores

    scores = theme_scores(corpus, "paragraph", book, matches=matches)
    return scores.reindex(columns=paragraph_columns(book))


def _compute(corpus: object, todo: tuple[str, ...], spec: FileSpec, store: Path,
             codebook: str, seconds: dict[str, float]) -> dict[str, pd.DataFrame]:
    """Run the instruments in ``todo`` on one file's corpus; return table name -> frame."""
    tables: dict[str, pd.DataFrame] = {}

    def timed(name: str, fn: Callable[[], object]) -> object:
        t0 = time.perf_counter()
        value = fn()
        seconds[name] = round(time.perf_counter() - t0, 4)
        return value

    if "segment" in todo:
        tables.update(articles=corpus.articles, blocks=corpus.blocks, sentences=corpus.sentences)
    quotes = None
    if "quotes" in todo:
        from helpers.instruments.quotes import extract_quotes

        quotes = tables["quotes"] = timed("quotes", lambda: extract_quotes(corpus))
    elif "sentiment" in todo:
        quotes = pd.read_parquet(table_path(store, spec, "quotes"))
    if "timeline" in todo:
        from helpers.instruments.timeline import extract_timexes

        tables["timexes"] = timed("timeline", lambda: extract_timexes(corpus))
    if "themes" in todo:
        from helpers.instruments.themes import load_codebook, match_themes

        def themes() -> tuple[pd.DataFrame, pd.DataFrame]:
            book = load_codebook(codebook or None)
            matches = match_themes(corpus, book)
            return matches, _paragraph_themes(corpus, book, matches)

        tables["theme_matches"], tables["paragraph_themes"] = timed("themes", themes)
    if "sentiment" in todo:
        from helpers.report.joins import sentiment_with_voice

        tables["sentiment"] = timed("sentiment", lambda: sentiment_with_voice(corpus, quotes))
    return tables


def process_file(spec: FileSpec, store: str, todo: Sequence[str], codebook: str = ""
                 ) -> FileResult:
    """Segment one file, run the instruments in ``todo`` and write their tables to ``store``.

    Runs in a worker: takes and returns small records only. Quotes are computed once and
    shared with sentiment (or read from the store when only sentiment is missing). A file that
    cannot be used (empty, binary, no article) is recorded as skipped, as ``load_corpus``
    skips it inside a folder.
    """
    store_path = Path(store)
    todo = tuple(todo)
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    try:
        text, _ = read_source(spec.path)
    except CorpusError as exc:
        return _skip(spec, store_path, str(exc).replace(spec.path, spec.source))
    corpus = segment_text(text, source=spec.source, date=spec.date or None,
                          date_source=spec.date_source, metadata=spec.metadata or None)
    seconds["segment"] = round(time.perf_counter() - t0, 4)
    if corpus.articles.empty:
        return _skip(spec, store_path, f"{spec.source}: no recognisable article")
    tables = _compute(corpus, todo, spec, store_path, codebook, seconds)
    for name, df in tables.items():
        write_parquet(df, table_path(store_path, spec, name))
    rows = {name: int(len(df)) for name, df in tables.items()}
    cached = tuple(i for i in INSTRUMENT_VERSIONS if i not in todo)
    return FileResult(spec.source, todo, cached, seconds, rows, "")


def _skip(spec: FileSpec, store: Path, reason: str) -> FileResult:
    path = skipped_marker(store, spec)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"source": spec.source, "reason": reason}) + "\n",
                    encoding="utf-8")
    return FileResult(spec.source, (), (), {}, {}, reason)


# --------------------------------------------------------------------------- engines


#: Imported once by the fork server, so that each worker starts with the instruments loaded
#: (and, by ``store_warm``, their codebook, lexicons and lazy set-up already run).
_PRELOAD = ["helpers.report.store_build", "helpers.instruments.quotes",
            "helpers.instruments.timeline", "helpers.instruments.themes",
            "helpers.report.joins", "helpers.report.store_warm"]


def forkserver_context(preload: Sequence[str]) -> multiprocessing.context.BaseContext:
    """``forkserver`` importing the modules ``preload`` once, where available (Linux, macOS),
    else ``spawn``. Used for the store's workers and for ``make run``'s notebook workers.

    Why: forking this process, which may run threads (tqdm's monitor, pyarrow's pools), can
    deadlock a child that inherits a held lock; Python 3.12 warns about it
    (DeprecationWarning). The fork server is a clean single-threaded process that imported
    ``preload`` once, so workers still start without re-importing them (a spawned worker
    would: papermill and nbconvert take seconds of CPU).
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    _stop_forkserver_unless_preloading(list(preload))
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(preload))
    return context


def _stop_forkserver_unless_preloading(preload: list[str]) -> None:
    """Stop this process's running fork server when it preloaded other modules.

    Why: Python keeps one fork server per process and applies a new preload list only when it
    starts one, so ``make run`` (the table store's workers, then the notebook workers) forked
    its notebook workers from the store's server, and each imported papermill and nbconvert
    again. Stopping the idle server lets the next pool start one with ``preload``. Workers
    already forked keep running. Uses CPython's ``multiprocessing.forkserver`` internals,
    checked with ``getattr`` so that another implementation only loses the optimisation.
    """
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if (server is None or getattr(server, "_forkserver_pid", None) is None
            or getattr(server, "_preload_modules", preload) == preload):
        return
    stop = getattr(server, "_stop", None)
    if stop is not None:
        stop()


def _run_local(jobs: int, work: list[tuple[FileSpec, tuple[str, ...]]], store: str,
               codebook: str) -> Iterable[FileResult]:
    if jobs <= 1:
        for spec, todo in work:
            yield process_file(spec, store, todo, codebook)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=forkserver_context(_PRELOAD)) as pool:
        futures = [pool.submit(process_file, spec, store, todo, codebook) for spec, todo in work]
        for fut in as_completed(futures):
            yield fut.result()


def _run_dask(jobs: int, work: list[tuple[FileSpec, tuple[str, ...]]], store: str,
              codebook: str, scheduler: str | None, processes: bool = True
              ) -> Iterable[FileResult]:
    """The same task on dask.distributed: a local cluster, or the scheduler at ``scheduler``.

    Remote workers must see the corpus and the store under the same paths (a shared
    filesystem, as on a SLURM cluster; see docs/archive.md).
    """
    try:
        from dask.distributed import Client, LocalCluster
        from dask.distributed import as_completed as dask_completed
    except ImportError as exc:
        raise RuntimeError(DASK_HINT) from exc
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1,
                               processes=processes, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(process_file, spec, store, todo, codebook, pure=False)
                   for spec, todo in work]
        for fut in dask_completed(futures):
            yield fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _progress(total_chars: int, n_files: int, enabled: bool) -> object:
    # a bar on a terminal; in a log (not a tty) a line every few files, no carriage returns
    return file_progress(total_chars, n_files, enabled, sys.stderr)


# --------------------------------------------------------------------------- build


def build_store(corpus_paths: str | Path | Sequence[str | Path], out: str | Path | None = None,
                date: str | None = None, codebook: str | Path | None = None,
                jobs: int | None = None, engine: str = "process", scheduler: str | None = None,
                progress: bool = True, dask_processes: bool = True, name: str = "",
                years: str = "") -> BuildReport:
    """Compute every missing table of the corpus into ``OUT/store`` and write the manifest.

    ``jobs`` worker processes (default: all cores; 1 runs in this process). ``engine`` is
    ``process`` or ``dask`` (``scheduler`` = address of a running dask scheduler; default a
    local cluster of ``jobs`` workers). Files whose tables are all stored are not touched.
    ``name``: the corpus's name in the manifest (default: the corpus folder's own name, which
    does not depend on where the folder is; ``logs/run.json`` holds the name the figures use).
    ``years``: the plausible publication years of the run's date check (``FROM-TO``; empty:
    ``NS_PLAUSIBLE_YEARS``, else the fixed default), recorded in the manifest's parameters.
    """
    t_start = time.perf_counter()
    first, last = plausible_years(years)  # a malformed range fails before any work
    t0 = time.perf_counter()
    root, specs = plan(corpus_paths, date, codebook)
    t_plan = time.perf_counter() - t0
    store = store_dir(out)
    store.mkdir(parents=True, exist_ok=True)
    book = str(Path(codebook).resolve()) if codebook else ""
    work = [(s, m) for s in specs
            if (m := missing(store, s)) and not skipped_marker(store, s).exists()]
    jobs = jobs or os.cpu_count() or 1
    total = sum(s.n_chars for s, _ in work)
    bar = _progress(total, len(work), progress and bool(work))
    by_source = {s.source: s for s in specs}
    results: dict[str, FileResult] = {}
    if engine == "process":
        runner = _run_local(min(jobs, max(1, len(work))), work, str(store), book)
    elif engine == "dask":
        runner = _run_dask(jobs, work, str(store), book, scheduler, dask_processes)
    else:
        raise ValueError(f"engine must be 'process' or 'dask', got {engine!r}")
    t0 = time.perf_counter()
    for res in runner:
        results[res.source] = res
        bar.update(by_source[res.source].n_chars)
        bar.set_description(f"tables {len(results)}/{len(work)} files")
    bar.close()
    t_compute = time.perf_counter() - t0
    for s in specs:
        if s.source not in results:
            results[s.source] = FileResult(s.source, (), tuple(INSTRUMENT_VERSIONS), {}, {},
                                           _skip_reason(store, s))
    ordered = [results[s.source] for s in specs]
    seconds = time.perf_counter() - t_start
    # the folder's own name unless one is given: a name from the folders above the corpus
    # would differ between two clones holding it (their manifests must be identical)
    name = name.strip() or root.name
    manifest = _manifest(out, root, specs, ordered, corpus_paths, date, codebook, jobs, engine,
                         {"plan": t_plan, "compute": t_compute, "total": seconds}, name,
                         f"{first}-{last}")
    return BuildReport(ordered, manifest, seconds, sum(s.n_chars for s in specs))


def _skip_reason(store: Path, spec: FileSpec) -> str:
    path = skipped_marker(store, spec)
    return json.loads(path.read_text(encoding="utf-8"))["reason"] if path.exists() else ""


def _rel_arg(p: str | Path, root: Path) -> str:
    """A corpus argument as written in the manifest: relative to the corpus root."""
    full = Path(p).expanduser().resolve()
    rel = os.path.relpath(full, root)
    return "." if rel == "." else Path(rel).as_posix()


def _manifest(out: str | Path | None, root: Path, specs: list[FileSpec],
              results: list[FileResult], corpus_paths: object, date: str | None,
              codebook: str | Path | None, jobs: int, engine: str,
              timings: dict[str, float], name: str = "", years: str = "") -> Path:
    args = [corpus_paths] if isinstance(corpus_paths, (str, Path)) else list(corpus_paths)
    book = Path(codebook) if codebook else PROJECT_ROOT / "data" / "lexicons" / "themes.yml"
    files = []
    for s, r in zip(specs, results):
        files.append({"path": s.source, "sha256": s.sha256, "bytes": s.n_chars,
                      "computed": list(r.computed), "from_store": list(r.cached),
                      "skipped": r.error, "rows": r.rows,
                      # a date given from outside the text (metadata.csv, or --date where
                      # the text has none): the manifest says where the dates came from
                      "date": s.date, "date_source": s.date_source if s.date else "",
                      "tables": {t: table_path(Path("store"), s, t).as_posix()
                                 for t in TABLES}})
    # the metadata.csv files read beside the articles are inputs too (dates, titles, authors)
    sheets = sorted({Path(s.path).parent / "metadata.csv" for s in specs}, key=str)
    metadata = [{"path": Path(os.path.relpath(m, root)).as_posix(), "sha256": sha256_file(m)}
                for m in sheets if m.is_file()]
    record = {
        "parameters": {"corpus": [_rel_arg(a, root) for a in args],
                       "corpus_name": name or root.name, "date": date or "",
                       "codebook": book.name, "jobs": jobs, "engine": engine,
                       # the date check's range: a fixed default, never the run's date
                       "plausible_years": years},
        "instruments": {k: {"version": INSTRUMENT_VERSIONS[k], **v}
                        for k, v in instrument_inputs(codebook).items()},
        "store": "store",
        "files": files,
        "metadata_files": metadata,
        "n_files": len(specs),
        "n_computed": sum(1 for r in results if r.computed),
        # run-specific fields live in "timings" (two clones differ only there and in
        # file_timings); the absolute corpus root is in <out>/logs/run.json (run_all)
        "timings": {**{k: round(v, 3) for k, v in timings.items()}, "finished_utc": utc_now()},
        "file_timings": {r.source: r.seconds for r in results if r.seconds},
    }
    return write_manifest(resolve_output_dir(out) / "manifest.json", record)
