"""Execute the numbered notebooks headlessly and collect what they export.

Used by ``make run`` (through ``scripts/run_notebooks.py``) and by the notebook tests. Each
notebook runs with papermill, its ``parameters`` cell set to the corpus, output folder and
date; the executed copy goes to ``<output>/notebooks/`` and an HTML copy to ``<output>/html/``.
The theme template ``notebooks/05_theme.ipynb`` runs once per theme of the codebook
(``data/lexicons/themes.yml``) with its ``THEME`` parameter set, each run under its own name
(:func:`helpers.report.notebook.theme_notebook_names`), so a theme added to the codebook gets
its own executed notebook, figures and tables without a code change.
Notebooks run side by side in worker processes (``jobs``, default one per CPU): each loads the
corpus itself and writes only its own files, and the shared figure index is updated under a lock.
Workers are forked from a server that has imported papermill and nbconvert once (``forkserver``;
``spawn`` where there is none), so a worker starts in milliseconds instead of re-importing them.

Unchanged notebooks are skipped (:mod:`helpers.report.run_record`): each run records, per
notebook, a key over its inputs and the files it wrote in ``<output>/manifest.json``; a notebook
whose key is unchanged and whose files are present prints "unchanged, skipped" and keeps its
files (``force=True`` runs everything). Executed copies carry no timestamps or absolute paths of
the clone (parameters are relative to the project root when inside it), so two clones write the
same bytes; per-notebook seconds are in the manifest.

Interrupted runs: on Ctrl-C (SIGINT) or SIGTERM the running notebooks are stopped at once (their
worker and its kernel are terminated), queued ones are not started, and
:class:`RunInterrupted` says which finished. Executed notebooks and HTML copies are written
under a temporary name and moved into place when complete, so a stopped notebook leaves no
file. A run owns its output folder: the previous run's ``figures/``, ``tables/``,
``notebooks/``, ``html/``, ``logs/`` (and ``processed/``) are first moved aside to
``<output>/.previous-run/`` (replacing an older one), except the files of notebooks skipped as
unchanged, so no stale figure or table survives and the figure index lists only current figures.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import psutil

from helpers.core.check import check_corpus, plausible_years, plausible_years_note, summarise
from helpers.core.corpus import Corpus, load_corpus
from helpers.core.paths import (
    DATA_PROCESSED,
    NOTEBOOKS,
    PROJECT_ROOT,
    replacing,
    resolve_corpus,
    resolve_output_dir,
)
from helpers.core.reading import summarise_skipped
from helpers.core.text import counted
from helpers.report import run_record
from helpers.report.aggregate import undated_note
from helpers.report.figures import OUTPUTS_ENV, prune_index
from helpers.report.manifest import COMMIT_ENV, run_commit
from helpers.report.notebook import (
    THEME_TEMPLATE,
    require_sentences,
    run_corpus_name,
    theme_notebook_names,
)
from helpers.report.store_build import forkserver_context
from helpers.report.store_read import stored_corpus

if TYPE_CHECKING:
    from traitlets.config import Config

__all__ = [
    "NotebookJob", "NotebookRun", "RunInterrupted", "declared_parameters", "default_jobs",
    "kernel_config", "list_notebooks",
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
    skipped: bool = False  # unchanged since the last run: its files were kept, not re-made


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

    @property
    def outputs_file(self) -> Path:
        """Where the kernel lists the figures and tables it saves (see ``OUTPUTS_ENV``)."""
        return self.log.with_suffix(".outputs")


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
            f"interrupted: {counted(len(self.finished), 'notebook')} finished "
            f"({names(self.finished)}); "
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


#: A name assigned at the start of a line of a parameters cell (``ARTICLES = ""  # ...``).
_ASSIGNED = re.compile(r"^([A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)", re.M)


def declared_parameters(path: Path) -> frozenset[str]:
    """The names the notebook at ``path`` assigns in its cell tagged ``parameters`` (empty
    when it has none or cannot be read).

    Why: papermill injects every parameter it is given, declared or not, and each one enters
    the notebook's run key; ``ARTICLES`` given to a notebook that draws no per-article panel
    re-ran it for nothing.
    """
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError):
        return frozenset()
    return frozenset(name for cell in nb.cells if cell.cell_type == "code"
                     and "parameters" in cell.metadata.get("tags", [])
                     for name in _ASSIGNED.findall(cell.source))


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


#: jupyter_client's message when a kernel exits before its first reply. Its usual cause when
#: notebooks started side by side on TCP (where IPC is unavailable, see :func:`kernel_config`):
#: the client picks the kernel's ports before the kernel binds them, so another kernel starting
#: at the same moment may take one ("Address already in use").
KERNEL_START_FAILED = "Kernel died before replying to kernel_info"
#: Longest IPC socket path used (``sockaddr_un`` holds 104-108 bytes, with the final NUL).
_IPC_PATH_MAX = 100
#: Import path of the kernel manager of every notebook run (see :func:`kernel_config`).
QUIET_KERNEL_MANAGER = "helpers.report.quiet_kernel.NoInterruptShutdownKernelManager"


def kernel_config(folder: Path) -> Config:
    """Kernel manager settings for one notebook run: IPC sockets under ``folder``.

    Why: by default jupyter_client starts a kernel on TCP ports of localhost, and ipykernel 7
    then writes ``WARNING | Kernel is running over TCP without encryption`` to every kernel
    log. Unix-domain sockets in a folder of the worker's own (mode 0700, from
    :func:`tempfile.mkdtemp`) reach no other user or machine, have no port for two kernels
    starting side by side to race for, and leave the log without that warning. The socket
    path is set explicitly: jupyter_client's default for IPC is ``kernel-ipc-N`` in the
    working directory, shared by all notebooks at once. Where Unix sockets are unavailable
    (Windows) or ``folder`` is too long for a socket path, there is no ``KernelManager``
    section (TCP). Always: the kernel manager class is
    :class:`~helpers.report.quiet_kernel.NoInterruptShutdownKernelManager`, which does not
    interrupt the kernel it shuts down (that left ``KeyboardInterrupt caught in kernel`` in
    some logs of finished runs).
    """
    from traitlets.config import Config

    client = {"NotebookClient": {"kernel_manager_class": QUIET_KERNEL_MANAGER}}
    ip = folder / "kernel"
    if os.name != "posix" or len(str(ip)) + len("-99") > _IPC_PATH_MAX:
        return Config(client)
    return Config({**client, "KernelManager": {"transport": "ipc", "ip": str(ip)}})
#: How often a notebook's kernel is started before the run counts as failed.
KERNEL_START_TRIES = 3


def retry_kernel_start(run: Callable[[], object], tries: int = KERNEL_START_TRIES,
                       log: Callable[[str], None] | None = None) -> object:
    """``run()``, started again when its kernel died before its first reply.

    Why: no cell has run at that point, so a new start is safe and gives the same notebook;
    any other error (a failing cell, a kernel dying later) is raised at once. Each retry is
    written to ``log`` (default: stderr, which :func:`_execute` sends to the kernel log).
    """
    for attempt in range(1, tries):
        try:
            return run()
        except RuntimeError as exc:  # nbclient's DeadKernelError is one too
            if KERNEL_START_FAILED not in str(exc):
                raise
            (log or (lambda m: print(m, file=sys.stderr)))(
                f"kernel died before its first reply (try {attempt} of {tries}); starting it again")
    return run()  # the last try: whatever it raises is the run's error


@contextlib.contextmanager
def _socket_folder(given: Path | None) -> Iterator[Path]:
    """``given`` (created, and emptied afterwards), or a temporary folder of this process."""
    if given is None:
        with tempfile.TemporaryDirectory(prefix="ns-kernel-") as own:
            yield Path(own)
        return
    given.mkdir(parents=True, exist_ok=True)
    try:
        yield given
    finally:
        shutil.rmtree(given, ignore_errors=True)


def _execute(job: _Job, parameters: dict[str, str], env: dict[str, str] | None = None,
             sockets: Path | None = None) -> None:
    """Run one notebook with papermill (worker process entry point).

    The executed copy and the HTML copy are written under temporary names and moved into place
    when complete. On a notebook error the copy with the error is kept as
    ``<name>.failed.ipynb``, a one-line message goes to ``job.error_file`` and the worker
    exits with status 1. Ctrl-C is left to the parent, which stops the worker and its kernel.
    ``sockets``: an empty folder for the kernel's IPC sockets, owned (and removed) by the
    parent, so that a worker stopped by a signal leaves nothing behind; a temporary folder of
    the worker's own when None.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import nbformat
    import papermill as pm
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillException

    partial = job.executed.with_name(f".{job.executed.stem}.partial.ipynb")
    os.environ[OUTPUTS_ENV] = str(job.outputs_file)  # inherited by the kernel
    os.environ.update(env or {})  # the run's commit (COMMIT_ENV), read once by the parent
    try:
        with (_stderr_to(job.log),  # kernel chatter goes to the log, not the console
              _socket_folder(sockets) as folder):
            retry_kernel_start(lambda: pm.execute_notebook(
                str(job.nb_path),
                str(partial),
                parameters={**parameters, **dict(job.parameters)},
                cwd=str(PROJECT_ROOT),  # relative CORPUS/OUTPUT_DIR name files as given
                progress_bar=False,
                log_output=False,
                kernel_name="python3",
                config=kernel_config(folder),  # IPC sockets, not TCP ports
            ))
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
    nb = _reproducible(nbformat.read(partial, as_version=4))
    nbformat.write(nb, partial)
    if job.html_path is not None:
        from nbconvert import HTMLExporter

        body, _ = HTMLExporter().from_notebook_node(nb)
        with replacing(job.html_path) as tmp:
            tmp.write_text(body, encoding="utf-8")
    os.replace(partial, job.executed)


#: Per-run metadata that papermill and nbclient write into an executed notebook: times and the
#: absolute paths of the clone. Dropped so that two runs give the same bytes.
_RUN_METADATA = ("start_time", "end_time", "duration", "input_path", "output_path",
                 "environment_variables")


#: A pandas Styler table: its random id (``uuid4().hex[:5]``) prefixes every CSS selector.
_STYLER_ID = re.compile(r'<table id="T_([0-9a-f]{5})"')
#: The memory address in a default repr (``<pandas.io.formats.style.Styler at 0x7fc8f52fb690>``).
_ADDRESS = re.compile(r"(?: object)? at 0x[0-9a-f]{6,16}>")


def _reproducible(nb: object) -> object:
    """An executed notebook without what differs between two runs of the same inputs.

    Removes timestamps, durations and input/output paths; gives the cell papermill injects a
    fixed id instead of a random one; and numbers the random ids of pandas Styler tables in
    order of appearance (``T_c7c28`` -> ``T_00001``, in the table and its CSS alike); drops
    memory addresses from default reprs (``<Styler at 0x7f...>`` -> ``<Styler>``).
    """
    for key in _RUN_METADATA:
        nb.metadata.get("papermill", {}).pop(key, None)
    styler_ids: dict[str, str] = {}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for key in _RUN_METADATA:
            cell.metadata.get("papermill", {}).pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        for output in cell.get("outputs", []):
            plain = output.get("data", {}).get("text/plain")
            if isinstance(plain, str) and _ADDRESS.search(plain):
                output["data"]["text/plain"] = _ADDRESS.sub(">", plain)
            html = output.get("data", {}).get("text/html")
            if isinstance(html, str) and _STYLER_ID.search(html):
                for found in _STYLER_ID.findall(html):
                    styler_ids.setdefault(found, f"{len(styler_ids) + 1:05d}")
                output["data"]["text/html"] = re.sub(
                    r"T_([0-9a-f]{5})", lambda m: "T_" + styler_ids.get(m[1], m[1]), html)
    return nb


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


#: Imported once by the fork server (:func:`~helpers.report.store_build.forkserver_context`), so
#: that each notebook's worker starts with them loaded.
_PRELOAD = ["helpers.report.run_all", "papermill", "nbformat", "nbconvert", "nbclient"]


def _schedule(
    jobs: list[_Job], parameters: dict[str, str], workers: int, progress: Callable[[str], None],
    total: int | None = None, env: dict[str, str] | None = None,
) -> tuple[dict[str, float], list[str]]:
    """Run ``jobs``, at most ``workers`` at once; return (seconds by notebook, failures).

    Progress lines count to ``total`` (default: the number of jobs; more when some notebooks
    were skipped and already reported). Raises :class:`RunInterrupted` on Ctrl-C after
    stopping the running workers.
    """
    context = forkserver_context(_PRELOAD)
    total = total or len(jobs)
    offset = total - len(jobs)
    pending = list(jobs)
    running: dict[int, tuple[multiprocessing.process.BaseProcess, _Job, float]] = {}
    seconds: dict[str, float] = {}
    failures: list[str] = []
    # kernel sockets live in a folder this process owns: a worker stopped by a signal cannot
    # remove its own, and /tmp would fill with one folder per interrupted notebook
    sockets = Path(tempfile.mkdtemp(prefix="ns-kernel-"))
    started = 0
    try:
        while pending or running:
            while pending and len(running) < workers:
                job = pending.pop(0)
                job.error_file.unlink(missing_ok=True)
                job.outputs_file.unlink(missing_ok=True)
                started += 1
                proc = context.Process(target=_execute,
                                       args=(job, parameters, env, sockets / str(started)))
                proc.start()
                running[proc.sentinel] = (proc, job, time.perf_counter())
            for sentinel in multiprocessing.connection.wait(list(running), timeout=1.0):
                proc, job, t0 = running.pop(sentinel)
                proc.join()
                done = offset + len(seconds) + len(failures) + 1
                stem = job.stem
                if proc.exitcode == 0:
                    seconds[stem] = time.perf_counter() - t0
                    progress(f"[{done}/{total}] {stem}: ok in {seconds[stem]:.1f}s")
                    continue
                reason = (
                    job.error_file.read_text(encoding="utf-8")
                    if job.error_file.exists()
                    else f"worker exited with status {proc.exitcode} (kernel log: {job.log})"
                )
                failures.append(f"{stem}: {reason}")
                progress(f"[{done}/{total}] {stem}: FAILED")
    except KeyboardInterrupt:
        _stop([proc for proc, _, _ in running.values()])
        for _, job, _ in running.values():
            job.executed.with_name(f".{job.executed.stem}.partial.ipynb").unlink(missing_ok=True)
        raise RunInterrupted(
            finished=sorted(seconds),
            stopped=sorted(job.stem for _, job, _ in running.values()),
            not_started=[job.stem for job in pending],
        ) from None
    finally:
        shutil.rmtree(sockets, ignore_errors=True)
    return seconds, failures


def _move_previous_run(out: Path, owned: Sequence[str], progress: Callable[[str], None],
                       keep: frozenset[str] = frozenset()) -> None:
    """Move the outputs of an earlier run in ``out`` aside to ``out/.previous-run``.

    ``keep``: files (relative to ``out``) of notebooks skipped as unchanged; they stay, and so
    do their rows of the figure index (the other rows go with their figures).
    """
    found = [out / name for name in owned if (out / name).is_dir() and any((out / name).iterdir())]
    previous = out / PREVIOUS
    index = {out / "figures" / "INDEX.md", out / "figures" / ".INDEX.lock"} if keep else set()
    moving = [f for folder in found for f in sorted(folder.rglob("*")) if f.is_file()
              and f.relative_to(out).as_posix() not in keep and f not in index]
    if not moving:
        return
    shutil.rmtree(previous, ignore_errors=True)
    previous.mkdir(parents=True)
    for f in moving:
        target = previous / f.relative_to(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(f), str(target))
    for folder in found:  # folders left empty go too (a run re-creates what it needs)
        with contextlib.suppress(OSError):
            for sub in sorted((d for d in folder.rglob("*") if d.is_dir()), reverse=True):
                sub.rmdir()
            folder.rmdir()
    if keep and (out / "figures").is_dir():
        prune_index(out / "figures", {Path(p).stem for p in keep if p.startswith("figures/")})
    folders = sorted({f.relative_to(out).parts[0] for f in moving}, key=list(owned).index)
    progress(
        f"moved the previous run's {counted(len(moving), 'file')} in "
        f"{', '.join(f + '/' for f in folders)} aside to {previous} (replaced on the next run)"
    )


def _longest_first(jobs: list[_Job], records: dict[str, dict]) -> list[_Job]:
    """``jobs`` with the longest of the previous run first; those without a record keep
    their order, ahead of the others (their length is unknown).

    Why: notebooks run ``workers`` at a time, and the run ends when the last one does. Started
    in name order, a long notebook started late runs on alone (02 and 04 take three times as
    long as a theme notebook on an archive); longest first, the short ones fill in beside it.
    """
    def seconds(job: _Job) -> float:
        value = records.get(job.stem, {}).get("seconds")
        return float("inf") if not isinstance(value, (int, float)) or value <= 0 else value

    return sorted(jobs, key=lambda j: -seconds(j))


def default_jobs() -> int:
    """Notebooks run side by side: one per CPU."""
    return max(1, os.cpu_count() or 1)


def _unchanged(jobs: Sequence[_Job], keys: dict[str, str], records: dict[str, dict],
               out: Path) -> dict[str, dict]:
    """The records of the notebooks that can be skipped: same key, every file present."""
    keep = {}
    for job in jobs:
        record = records.get(job.stem, {})
        own = [job.executed] + ([job.html_path] if job.html_path else [])
        if (record.get("inputs") == keys[job.stem]
                and run_record.outputs_present(out, record, [p.relative_to(out) for p in own])):
            keep[job.stem] = record
    return keep


def _record(job: _Job, key: str, seconds: float, out: Path) -> dict:
    """The manifest record of a notebook that ran: its key, seconds and every file it wrote."""
    own = [job.executed, job.log] + ([job.html_path] if job.html_path else [])
    saved = run_record.read_outputs(job.outputs_file, out)
    job.outputs_file.unlink(missing_ok=True)
    outputs = sorted({*saved, *(p.relative_to(out).as_posix() for p in own)})
    return {"inputs": key, "seconds": round(seconds, 1), "outputs": outputs}


def _report_corpus(loaded: Corpus, years: str, progress: Callable[[str], None]) -> None:
    """The console lines on the corpus before any notebook runs: files skipped, decoding
    warnings, the corpus check (articles with no body, furniture titles, dates outside the
    plausible ``years``: kept, and said so with the range in force), undated articles."""
    for line in summarise_skipped(loaded.skipped):
        progress(f"  {line}")
    for line in summarise_skipped([(w.split(": ", 1)[0], w) for w in loaded.warnings],
                                  "warning:"):  # decoded as cp1252, invalid bytes replaced, ...
        progress(f"  {line}")
    checks = check_corpus(loaded, years=plausible_years(years))
    for line in summarise(checks[checks["problem"] != "no_date"]):  # no body, furniture title
        progress(f"  warning: {line}")
    if n_odd := int((checks["problem"] == "implausible_date").sum()):  # kept, never dropped
        progress(f"  {counted(n_odd, 'article')} dated outside the "
                 f"{plausible_years_note(years)}: kept with its date, flagged in "
                 "tables/corpus-articles.csv (date_check)")
    dates = loaded.articles.set_index("article_id")["date"] if len(loaded.articles) else {}
    if undated := undated_note(loaded.articles["article_id"], dates, lead="warning"):
        progress(f"  {undated}")  # one line for all undated articles, not one per file


def run_notebooks(
    corpus: str | Path = "",
    output_dir: str | Path = "",
    date: str = "",
    notebooks: Sequence[NotebookJob] | None = None,
    html: bool = True,
    processed_dir: str | Path | None = None,
    progress: Callable[[str], None] = print,
    jobs: int | None = None,
    force: bool = False,
    articles: str = "",
    name: str = "",
    years: str = "",
) -> list[NotebookRun]:
    """Run ``notebooks`` (default: :func:`list_notebooks`) on ``corpus``; return what was written.

    Notebooks are independent of each other (each loads the corpus itself), so up to ``jobs``
    run at once in worker processes (default :func:`default_jobs`); one progress line is
    printed as each finishes and the result list is in notebook order. A notebook whose inputs
    and files are unchanged since the last run into ``output_dir`` is skipped ("unchanged,
    skipped") unless ``force``; the others start longest first (by the seconds the last run
    recorded). The corpus tables (the table store's segmentation when it holds the corpus,
    else segmented here) are also written as parquet to
    ``processed_dir`` (default: ``data/processed`` for the default corpus,
    ``<output>/processed`` for any other). Raises ``RuntimeError`` naming the failing
    notebook, its executed copy (with the error in it) and its kernel log, and
    :class:`RunInterrupted` on Ctrl-C. The outputs of an earlier run in ``output_dir`` are first
    moved aside (see the module docstring). ``articles`` (comma-separated article ids, ``make
    run ARTICLES=...``) is passed as the notebooks' ``ARTICLES`` parameter, which chooses the
    articles drawn one panel each; empty, it is not passed and each notebook's default holds.
    ``name`` (``make run CORPUS_NAME=...``) names the corpus in figure source lines, the
    console and ``logs/run.json``; passed as the notebooks' ``CORPUS_NAME`` parameter when
    given, else each names it from its path
    (:func:`~helpers.report.notebook.run_corpus_name`). ``years`` (``make run
    PLAUSIBLE_YEARS=FROM-TO``; empty: ``NS_PLAUSIBLE_YEARS``, else the toolkit's fixed default)
    are the plausible publication years of the date check: the range in force is passed as the
    ``PLAUSIBLE_YEARS`` parameter of the notebooks that declare it (so a new range re-runs them)
    and recorded in ``logs/run.json``.
    """
    lo, hi = plausible_years(years)  # a malformed range fails here, before anything is moved
    corpus_path = resolve_corpus(corpus).resolve()
    out = resolve_output_dir(output_dir).resolve()
    default = not str(corpus)
    if processed_dir is None:
        processed_dir = DATA_PROCESSED if default else out / "processed"
    processed_dir = Path(processed_dir)
    with contextlib.chdir(PROJECT_ROOT):  # sources named as the notebooks name them
        source = run_record.portable(corpus_path)
        # the segmentation the table store holds (make run builds it first): the same tables
        # without segmenting again (18 CPU s on a 1,000-article archive, before any notebook)
        loaded = stored_corpus(source, out, date or None)
        if loaded is None:
            loaded = load_corpus(source, date=date or None)
    require_sentences(loaded)  # before the last run's outputs are moved aside
    notebooks = [j if isinstance(j, NotebookJob) else NotebookJob(Path(j), Path(j).stem)
                 for j in (notebooks if notebooks is not None else list_notebooks())]
    parameters = {"CORPUS": run_record.portable(corpus_path),
                  "OUTPUT_DIR": run_record.portable(out), "DATE": date}
    # ARTICLES only when given (runs without it keep their keys and bytes), and only to the
    # notebooks whose parameters cell declares it: the others' keys stay as they were, so a
    # new choice of articles re-runs the notebooks that draw per-article panels, not all
    chosen = (("ARTICLES", articles.strip()),) if articles.strip() else ()
    chosen += (("CORPUS_NAME", name.strip()),) if name.strip() else ()  # likewise
    # the range in force, always: notebook 01's date check must not fall back on a kernel's
    # environment the run's key does not see
    chosen += (("PLAUSIBLE_YEARS", f"{lo}-{hi}"),)
    jobs_list = [
        _Job(job.source, job.stem,
             job.parameters + tuple(kv for kv in chosen
                                    if kv[0] in declared_parameters(job.source)),
             out / "notebooks" / f"{job.stem}.ipynb",
             out / "html" / f"{job.stem}.html" if html else None, out / "logs" / f"{job.stem}.log")
        for job in notebooks
    ]
    corpus_key = run_record.corpus_digest(corpus_path, date)
    environment = run_record.environment_digest()
    keys = {j.stem: run_record.notebook_key(j.nb_path, {**parameters, **dict(j.parameters)},
                                            corpus_key, environment, html) for j in jobs_list}
    records = run_record.load_records(out)
    unchanged = {} if force else _unchanged(jobs_list, keys, records, out)
    keep = frozenset(p for r in unchanged.values() for p in r["outputs"])
    owned = [n for n in OWNED if n != "processed" or processed_dir.resolve() == out / "processed"]
    _move_previous_run(out, owned, progress, keep)
    written = loaded.save(processed_dir)
    label = run_corpus_name(corpus_path, default, name)
    progress(
        f"corpus {label} ({run_record.portable(corpus_path)}): "
        f"{counted(len(loaded.articles), 'article')}, "
        f"{counted(len(loaded.sentences), 'sentence')} -> "
        f"{', '.join(p.name for p in written)} in {run_record.portable(processed_dir)}"
    )
    _report_corpus(loaded, years, progress)
    for sub in ("notebooks", "logs") + (("html",) if html else ()):
        (out / sub).mkdir(parents=True, exist_ok=True)
    commit = run_commit()  # once: run.json and every kernel's figure source lines
    run_record.write_run_info(out, corpus_path, {**parameters, "PLAUSIBLE_YEARS": f"{lo}-{hi}"},
                              label, commit)  # absolute root, UTC start, the years, the commit
    for n, stem in enumerate(sorted(unchanged), 1):
        progress(f"[{n}/{len(jobs_list)}] {stem}: unchanged, skipped (FORCE=1 runs it again)")
    todo = _longest_first([j for j in jobs_list if j.stem not in unchanged], records)
    new_records = {stem: {**r, "status": "unchanged, skipped"} for stem, r in unchanged.items()}
    try:
        seconds, failures = _schedule(todo, parameters, jobs or default_jobs(), progress,
                                      total=len(jobs_list), env={COMMIT_ENV: commit})
    except RunInterrupted as exc:
        for j in todo:
            if j.stem in exc.finished:
                new_records[j.stem] = {**_record(j, keys[j.stem], 0.0, out), "status": "ran"}
        run_record.save_records(out, new_records)
        raise
    for j in todo:
        if j.stem in seconds:
            new_records[j.stem] = {**_record(j, keys[j.stem], seconds[j.stem], out),
                                   "status": "ran"}
    run_record.save_records(out, new_records)
    if failures:
        raise RuntimeError("notebook(s) failed:\n  " + "\n  ".join(failures))
    return [NotebookRun(j.stem, j.executed, j.html_path, seconds.get(j.stem, 0.0),
                        skipped=j.stem in unchanged) for j in jobs_list]
