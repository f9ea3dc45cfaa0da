"""Execute the numbered notebooks headlessly and collect what they export.

Used by ``make run`` (through ``scripts/run_notebooks.py``) and by the notebook tests. Each
notebook runs with papermill, its ``parameters`` cell set to the corpus, output folder and
date; the executed copy goes to ``<output>/notebooks/`` and an HTML copy to ``<output>/html/``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from helpers.corpus import load_corpus
from helpers.paths import DATA_PROCESSED, NOTEBOOKS, resolve_corpus, resolve_output_dir

__all__ = ["NotebookRun", "list_notebooks", "run_notebooks"]


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


def list_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``) in run order."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def run_notebooks(
    corpus: str | Path = "",
    output_dir: str | Path = "",
    date: str = "",
    notebooks: Sequence[Path] | None = None,
    html: bool = True,
    processed_dir: str | Path | None = None,
    progress: Callable[[str], None] = print,
) -> list[NotebookRun]:
    """Run ``notebooks`` (default: all, in order) on ``corpus``; return what was written.

    The corpus tables are also written as parquet to ``processed_dir`` (default:
    ``data/processed`` for the default corpus, ``<output>/processed`` for any other).
    Raises papermill's ``PapermillExecutionError`` naming the failing cell if a notebook fails.
    """
    import nbformat
    import papermill as pm
    from nbconvert import HTMLExporter

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
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    if html:
        (out / "html").mkdir(parents=True, exist_ok=True)
    runs: list[NotebookRun] = []
    for i, nb_path in enumerate(notebooks, start=1):
        t0 = time.perf_counter()
        executed = out / "notebooks" / nb_path.name
        log = out / "logs" / f"{nb_path.stem}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        try:
            with _stderr_to(log):  # kernel chatter goes to the log, not the console
                pm.execute_notebook(
                    str(nb_path),
                    str(executed),
                    parameters={"CORPUS": str(corpus_path), "OUTPUT_DIR": str(out),
                                "DATE": date},
                    cwd=str(nb_path.parent),
                    progress_bar=False,
                    log_output=False,
                    kernel_name="python3",
                )
        except Exception:
            progress(f"[{i}/{len(notebooks)}] {nb_path.stem}: FAILED (executed copy with the "
                     f"error: {executed}; kernel log: {log})")
            raise
        html_path = None
        if html:
            body, _ = HTMLExporter().from_notebook_node(nbformat.read(executed, as_version=4))
            html_path = out / "html" / (nb_path.stem + ".html")
            html_path.write_text(body, encoding="utf-8")
        seconds = time.perf_counter() - t0
        runs.append(NotebookRun(nb_path.stem, executed, html_path, seconds))
        progress(f"[{i}/{len(notebooks)}] {nb_path.stem}: ok in {seconds:.1f}s")
    return runs
