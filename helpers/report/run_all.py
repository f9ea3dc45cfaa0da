"""Execute the numbered notebooks headlessly and collect what they export.

Used by ``make run`` (through ``scripts/run_notebooks.py``) and by the notebook tests. Each
notebook runs with papermill, its ``parameters`` cell set to the corpus, output folder and
date; the executed copy goes to ``<output>/notebooks/`` and an HTML copy to ``<output>/html/``.
The theme template ``notebooks/05_theme.ipynb`` runs once per theme of the codebook
(``data/lexicons/themes.yml``) with its ``THEME`` parameter set, each run under its own name
(:func:`helpers.report.notebook.theme_notebook_names`), so a theme added to the codebook gets
its own executed notebook, figures and tables without a code change.
Notebooks run side by side in worker processes (one per CPU, at most four): each loads the corpus
itself and writes only its own files, and the shared figure index is updated under a lock.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from helpers.core.corpus import load_corpus
from helpers.core.paths import DATA_PROCESSED, NOTEBOOKS, resolve_corpus, resolve_output_dir
from helpers.report.notebook import THEME_TEMPLATE, theme_notebook_names

__all__ = ["NotebookJob", "NotebookRun", "default_jobs", "list_notebooks", "run_notebooks"]


@contextlib.contextmanager
def _stderr_to(path: Path) -> Iterator[None]:
    """Send file descriptor 2 (inherited by the kernel process) to ``path`` for a while."""
    sys.stderr.flush()
    saved = os.dup(2)
    with path.open("w", encoding="utf-8") as fh:
        os.dup2(fh.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


@dataclass(frozen=True)
class NotebookRun:
    """The outcome of one notebook execution."""

    notebook: str
    executed: Path
    html: Path | None
    seconds: float


@dataclass(frozen=True)
class NotebookJob:
    """One notebook execution: the source file, the name of its outputs, extra parameters.

    ``stem`` names the executed copy, HTML and log (``05_special_relationship``); ``parameters``
    are papermill parameters beside CORPUS/OUTPUT_DIR/DATE (``{"THEME": ...}`` for the theme
    template, empty otherwise).
    """

    source: Path
    stem: str
    parameters: tuple[tuple[str, str], ...] = ()


def list_notebooks(folder: Path = NOTEBOOKS) -> list[NotebookJob]:
    """Every notebook run in order: the numbered notebooks (``NN_name.ipynb``) and, in place of
    the theme template, one run per codebook theme (sorted by name with the others)."""
    jobs = [NotebookJob(p, p.stem) for p in sorted(folder.glob("[0-9][0-9]_*.ipynb"))
            if p.name != THEME_TEMPLATE]
    template = folder / THEME_TEMPLATE
    if template.exists():
        jobs += [NotebookJob(template, stem, (("THEME", theme),))
                 for theme, stem in theme_notebook_names(folder).items()]
    return sorted(jobs, key=lambda j: j.stem)


def _execute(nb_path: Path, executed: Path, parameters: dict[str, str], log: Path,
             html_path: Path | None) -> float:
    """Run one notebook with papermill (in a worker process); return its wall time."""
    import nbformat
    import papermill as pm

    t0 = time.perf_counter()
    with _stderr_to(log):  # kernel chatter goes to the log, not the console
        pm.execute_notebook(
            str(nb_path),
            str(executed),
            parameters=parameters,
            cwd=str(nb_path.parent),
            progress_bar=False,
            log_output=False,
            kernel_name="python3",
        )
    if html_path is not None:
        from nbconvert import HTMLExporter

        body, _ = HTMLExporter().from_notebook_node(nbformat.read(executed, as_version=4))
        html_path.write_text(body, encoding="utf-8")
    return time.perf_counter() - t0


def default_jobs() -> int:
    """Notebooks run side by side: one per CPU, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


def run_notebooks(
    corpus: str | Path = "",
    output_dir: str | Path = "",
    date: str = "",
    notebooks: Sequence[NotebookJob] | None = None,
    html: bool = True,
    processed_dir: str | Path | None = None,
    progress: Callable[[str], None] = print,
    jobs: int | None = None,
) -> list[NotebookRun]:
    """Run ``notebooks`` (default: :func:`list_notebooks`) on ``corpus``; return what was written.

    Notebooks are independent of each other (each loads the corpus itself), so up to ``jobs``
    run at once in worker processes (default :func:`default_jobs`); one progress line is
    printed as each finishes and the result list is in notebook order. The corpus tables are
    also written as parquet to ``processed_dir`` (default: ``data/processed`` for the default
    corpus, ``<output>/processed`` for any other). Raises ``RuntimeError`` naming the failing
    notebook, its executed copy (with the error in it) and its kernel log.
    """
    corpus_path = resolve_corpus(corpus).resolve()
    out = resolve_output_dir(output_dir).resolve()
    default = not str(corpus)
    if processed_dir is None:
        processed_dir = DATA_PROCESSED if default else out / "processed"
    loaded = load_corpus(corpus_path, date=date or None)
    written = loaded.save(processed_dir)
    progress(
        f"corpus {corpus_path}: {len(loaded.articles)} article(s), {len(loaded.sentences)} "
        f"sentences -> {', '.join(p.name for p in written)} in {processed_dir}"
    )
    for file, reason in loaded.skipped:
        progress(f"  skipped {file}: {reason}")
    notebooks = list(notebooks) if notebooks is not None else list_notebooks()
    for sub in ("notebooks", "logs") + (("html",) if html else ()):
        (out / sub).mkdir(parents=True, exist_ok=True)
    parameters = {"CORPUS": str(corpus_path), "OUTPUT_DIR": str(out), "DATE": date}
    runs: dict[str, NotebookRun] = {}
    failures: list[str] = []
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs or default_jobs(), mp_context=context) as pool:
        futures = {}
        for job in notebooks:
            executed = out / "notebooks" / f"{job.stem}.ipynb"
            html_path = out / "html" / f"{job.stem}.html" if html else None
            log = out / "logs" / f"{job.stem}.log"
            future = pool.submit(_execute, job.source, executed,
                                 {**parameters, **dict(job.parameters)}, log, html_path)
            futures[future] = (job, executed, html_path, log)
        for done, future in enumerate(as_completed(futures), start=1):
            job, executed, html_path, log = futures[future]
            try:
                seconds = future.result()
            except Exception as exc:  # report every failure, then raise once
                first = str(exc).strip().splitlines()[-1:] or [type(exc).__name__]
                failures.append(f"{job.stem}: {first[0]} (executed copy with the error: "
                                f"{executed}; kernel log: {log})")
                progress(f"[{done}/{len(notebooks)}] {job.stem}: FAILED")
                continue
            runs[job.stem] = NotebookRun(job.stem, executed, html_path, seconds)
            progress(f"[{done}/{len(notebooks)}] {job.stem}: ok in {seconds:.1f}s")
    if failures:
        raise RuntimeError("notebook(s) failed:\n  " + "\n  ".join(failures))
    return [runs[j.stem] for j in notebooks]
