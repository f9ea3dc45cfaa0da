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

Interrupted runs: on Ctrl-C (SIGINT) or SIGTERM the running notebooks are stopped at once (their
worker and its kernel are terminated), queued ones are not started, and
:class:`RunInterrupted` says which finished. Executed notebooks and HTML copies are written
under a temporary name and moved into place when complete, so a stopped notebook leaves no
file. A run owns its output folder: the previous run's ``figures/``, ``tables/``,
``notebooks/``, ``html/``, ``logs/`` (and ``processed/``) are first moved aside to
``<output>/.previous-run/`` (replacing an older one), so no stale figure or table survives and
the figure index lists only this run's figures.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import shutil
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

from helpers.core.check import check_corpus, summarise
from helpers.core.corpus import load_corpus
from helpers.core.paths import (
    DATA_PROCESSED,
    NOTEBOOKS,
    replacing,
    resolve_corpus,
    resolve_output_dir,
)
from helpers.core.reading import summarise_skipped
from helpers.report.notebook import THEME_TEMPLATE, theme_notebook_names

__all__ = [
    "NotebookJob", "NotebookRun", "RunInterrupted", "default_jobs", "list_notebooks",
    "run_notebooks",
]

#: The sub-folders of the output folder that a run owns (moved aside before a new run).
OWNED = ("figures", "tables", "notebooks", "html", "logs", "processed")
PREVIOUS = ".previous-run"


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
class _Job:
    """One notebook to execute and where its outputs go."""

    nb_path: Path
    stem: str
    parameters: tuple[tuple[str, str], ...]
    executed: Path
    html_path: Path | None
    log: Path

    @property
    def error_file(self) -> Path:
        """Where a failing worker leaves its one-line error for the parent."""
        return self.log.with_suffix(".error")


class RunInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped the run; says which notebooks finished, were stopped, never started."""

    def __init__(self, finished: list[str], stopped: list[str], not_started: list[str]) -> None:
        self.finished, self.stopped, self.not_started = finished, stopped, not_started
        super().__init__(self.summary())

    def summary(self) -> str:
        """One line: what finished (its outputs are complete) and what did not."""
        def names(items: list[str]) -> str:
            return ", ".join(items) if items else "none"

        return (
            f"interrupted: {len(self.finished)} notebook(s) finished ({names(self.finished)}); "
            f"stopped {names(self.stopped)}; not started {names(self.not_started)}"
        )


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


def _execute(job: _Job, parameters: dict[str, str]) -> None:
    """Run one notebook with papermill (worker process entry point).

    The executed copy and the HTML copy are written under temporary names and moved into place
    when complete. On a notebook error the copy with the error is kept as
    ``<name>.failed.ipynb``, a one-line message goes to ``job.error_file`` and the worker
    exits with status 1. Ctrl-C is left to the parent, which stops the worker and its kernel.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import nbformat
    import papermill as pm
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillException

    partial = job.executed.with_name(f".{job.executed.stem}.partial.ipynb")
    try:
        with _stderr_to(job.log):  # kernel chatter goes to the log, not the console
            pm.execute_notebook(
                str(job.nb_path),
                str(partial),
                parameters={**parameters, **dict(job.parameters)},
                cwd=str(job.nb_path.parent),
                progress_bar=False,
                log_output=False,
                kernel_name="python3",
            )
    except (PapermillException, CellTimeoutError, DeadKernelError, RuntimeError) as exc:
        failed = job.executed.with_name(f"{job.executed.stem}.failed.ipynb")
        if partial.exists():
            os.replace(partial, failed)
        first = str(exc).strip().splitlines()[-1:] or [type(exc).__name__]
        job.error_file.write_text(
            f"{first[0]} (executed copy with the error: {failed}; kernel log: {job.log})",
            encoding="utf-8",
        )
        sys.exit(1)
    if job.html_path is not None:
        from nbconvert import HTMLExporter

        body, _ = HTMLExporter().from_notebook_node(nbformat.read(partial, as_version=4))
        with replacing(job.html_path) as tmp:
            tmp.write_text(body, encoding="utf-8")
    os.replace(partial, job.executed)


def _stop(procs: Sequence[multiprocessing.process.BaseProcess]) -> None:
    """Terminate worker processes and their kernels (kernels run in their own session)."""
    victims: list[psutil.Process] = []
    for proc in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            parent = psutil.Process(proc.pid)
            victims.extend(parent.children(recursive=True))
            victims.append(parent)
    for victim in victims:
        with contextlib.suppress(psutil.NoSuchProcess):
            victim.terminate()
    _, alive = psutil.wait_procs(victims, timeout=5)
    for victim in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            victim.kill()
    for proc in procs:
        proc.join(timeout=5)


def _schedule(
    jobs: list[_Job], parameters: dict[str, str], workers: int, progress: Callable[[str], None]
) -> tuple[dict[str, float], list[str]]:
    """Run ``jobs``, at most ``workers`` at once; return (seconds by notebook, failures).

    Raises :class:`RunInterrupted` on Ctrl-C after stopping the running workers.
    """
    context = multiprocessing.get_context("spawn")
    pending = list(jobs)
    running: dict[int, tuple[multiprocessing.process.BaseProcess, _Job, float]] = {}
    seconds: dict[str, float] = {}
    failures: list[str] = []
    try:
        while pending or running:
            while pending and len(running) < workers:
                job = pending.pop(0)
                job.error_file.unlink(missing_ok=True)
                proc = context.Process(target=_execute, args=(job, parameters))
                proc.start()
                running[proc.sentinel] = (proc, job, time.perf_counter())
            for sentinel in multiprocessing.connection.wait(list(running), timeout=1.0):
                proc, job, t0 = running.pop(sentinel)
                proc.join()
                done = len(seconds) + len(failures) + 1
                stem = job.stem
                if proc.exitcode == 0:
                    seconds[stem] = time.perf_counter() - t0
                    progress(f"[{done}/{len(jobs)}] {stem}: ok in {seconds[stem]:.1f}s")
                    continue
                reason = (
                    job.error_file.read_text(encoding="utf-8")
                    if job.error_file.exists()
                    else f"worker exited with status {proc.exitcode} (kernel log: {job.log})"
                )
                failures.append(f"{stem}: {reason}")
                progress(f"[{done}/{len(jobs)}] {stem}: FAILED")
    except KeyboardInterrupt:
        _stop([proc for proc, _, _ in running.values()])
        for _, job, _ in running.values():
            job.executed.with_name(f".{job.executed.stem}.partial.ipynb").unlink(missing_ok=True)
        raise RunInterrupted(
            finished=sorted(seconds),
            stopped=sorted(job.stem for _, job, _ in running.values()),
            not_started=[job.stem for job in pending],
        ) from None
    return seconds, failures


def _move_previous_run(out: Path, owned: Sequence[str], progress: Callable[[str], None]) -> None:
    """Move the outputs of an earlier run in ``out`` aside to ``out/.previous-run``."""
    found = [out / name for name in owned if (out / name).is_dir() and any((out / name).iterdir())]
    if not found:
        return
    previous = out / PREVIOUS
    shutil.rmtree(previous, ignore_errors=True)
    previous.mkdir(parents=True)
    n_files = sum(1 for folder in found for f in folder.rglob("*") if f.is_file())
    for folder in found:
        shutil.move(str(folder), str(previous / folder.name))
    progress(
        f"moved the previous run's {n_files} file(s) in "
        f"{', '.join(f.name + '/' for f in found)} aside to {previous} (replaced on the next run)"
    )


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
    notebook, its executed copy (with the error in it) and its kernel log, and
    :class:`RunInterrupted` on Ctrl-C. The outputs of an earlier run in ``output_dir`` are first
    moved aside (see the module docstring).
    """
    corpus_path = resolve_corpus(corpus).resolve()
    out = resolve_output_dir(output_dir).resolve()
    default = not str(corpus)
    if processed_dir is None:
        processed_dir = DATA_PROCESSED if default else out / "processed"
    processed_dir = Path(processed_dir)
    loaded = load_corpus(corpus_path, date=date or None)
    owned = [n for n in OWNED if n != "processed" or processed_dir.resolve() == out / "processed"]
    _move_previous_run(out, owned, progress)
    written = loaded.save(processed_dir)
    progress(
        f"corpus {corpus_path}: {len(loaded.articles)} article(s), {len(loaded.sentences)} "
        f"sentences -> {', '.join(p.name for p in written)} in {processed_dir}"
    )
    for line in summarise_skipped(loaded.skipped):
        progress(f"  {line}")
    for line in summarise(check_corpus(loaded)):  # no body, furniture title, no date, ...
        progress(f"  warning: {line}")
    notebooks = [j if isinstance(j, NotebookJob) else NotebookJob(Path(j), Path(j).stem)
                 for j in (notebooks if notebooks is not None else list_notebooks())]
    for sub in ("notebooks", "logs") + (("html",) if html else ()):
        (out / sub).mkdir(parents=True, exist_ok=True)
    parameters = {"CORPUS": str(corpus_path), "OUTPUT_DIR": str(out), "DATE": date}
    jobs_list = [
        _Job(
            job.source,
            job.stem,
            job.parameters,
            out / "notebooks" / f"{job.stem}.ipynb",
            out / "html" / f"{job.stem}.html" if html else None,
            out / "logs" / f"{job.stem}.log",
        )
        for job in notebooks
    ]
    seconds, failures = _schedule(jobs_list, parameters, jobs or default_jobs(), progress)
    if failures:
        raise RuntimeError("notebook(s) failed:\n  " + "\n  ".join(failures))
    return [NotebookRun(j.stem, j.executed, j.html_path, seconds[j.stem]) for j in jobs_list]
