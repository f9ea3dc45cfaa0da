"""What a notebook run depends on, and what it wrote: lets ``make run`` skip unchanged notebooks.

Why: a second ``make run`` on the same corpus executed every notebook again (ten kernels,
minutes on a loaded machine) to write the same bytes. Each notebook's run is now recorded in
``OUT/manifest.json`` under ``notebooks``: a key over everything that can change its outputs,
and the files it wrote. A notebook whose key is unchanged and whose files are all present is
skipped ("unchanged, skipped"); ``FORCE=1`` (``--force``) runs every notebook.

The key (:func:`notebook_key`) is a sha256 over: the notebook file's bytes; its parameters;
the corpus (every file's sha256 and table-store keys, :func:`helpers.report.store.plan`); the
toolkit's code and data (every file under ``helpers/`` and ``data/`` except ``data/processed``);
the Python version and every installed package with its version; and the environment
variables the notebooks read (``NS_TABLES``). Timings are kept beside the key, never in it.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

from helpers.core.paths import DATA, DATA_PROCESSED, PROJECT_ROOT
from helpers.report.manifest import (
    read_manifest,
    run_commit,
    sha256_file,
    toolkit_version,
    update_manifest,
    utc_now,
)

__all__ = ["RUN_INFO", "SECTION", "corpus_digest", "environment_digest", "load_records",
           "notebook_key", "outputs_present", "portable", "read_outputs", "save_records",
           "write_run_info"]

#: The manifest section holding one record per notebook run.
SECTION = "notebooks"
#: Environment variables that change what a notebook writes.
ENV_INPUTS = ("NS_TABLES",)


def portable(path: str | Path) -> str:
    """``path`` as written into notebook parameters and records: relative to the project root
    when inside it or beside it (``../shared/corpus/…``, where the default corpus lives), so two
    clones write the same bytes; absolute otherwise."""
    full = Path(path).expanduser().resolve()
    if full.is_relative_to(PROJECT_ROOT):
        return full.relative_to(PROJECT_ROOT).as_posix()
    if full.is_relative_to(PROJECT_ROOT.parent):
        return "../" + full.relative_to(PROJECT_ROOT.parent).as_posix()
    return str(full)


def _files_digest(roots: Iterable[Path], exclude: Iterable[Path] = ()) -> str:
    """sha256 over the relative path and bytes of every file under ``roots`` (sorted)."""
    skip = [e.resolve() for e in exclude]
    h = hashlib.sha256()
    for root in roots:
        for f in sorted(root.rglob("*")):
            if (not f.is_file() or "__pycache__" in f.parts or f.suffix == ".pyc"
                    or any(f.resolve().is_relative_to(e) for e in skip)):
                continue
            h.update(f.relative_to(PROJECT_ROOT).as_posix().encode() + b"\0")
            h.update(sha256_file(f).encode())
    return h.hexdigest()


def environment_digest() -> str:
    """sha256 of the toolkit's code and data, Python, installed packages and ``NS_TABLES``.

    Computed once per run and shared by every notebook's key.
    """
    packages = sorted({f"{d.metadata['Name']}=={d.version}".lower()
                       for d in metadata.distributions() if d.metadata["Name"]})
    parts = {
        "code": _files_digest([PROJECT_ROOT / "helpers", DATA], exclude=[DATA_PROCESSED]),
        "python": platform.python_version(),
        "packages": packages,
        "env": {k: os.environ.get(k, "") for k in ENV_INPUTS},
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def corpus_digest(corpus: str | Path, date: str | None) -> str:
    """sha256 of the corpus as the table store sees it: each file's name, bytes and table keys
    (which include the instruments' code, word lists, codebook and ``date``)."""
    from helpers.report.store import plan

    _, specs = plan(corpus, date or None)
    parts = [[s.source, s.sha256, sorted(s.keys.items())] for s in specs]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def notebook_key(source: Path, parameters: Mapping[str, str], corpus: str,
                 environment: str, html: bool) -> str:
    """The inputs key of one notebook run (see the module docstring)."""
    parts = {"notebook": sha256_file(source), "parameters": dict(parameters),
             "corpus": corpus, "environment": environment, "html": html}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def load_records(out: Path) -> dict[str, dict]:
    """The notebook records of the last run into ``out`` (stem -> record), ``{}`` if none."""
    records = read_manifest(out / "manifest.json").get(SECTION, {})
    return records if isinstance(records, dict) else {}


def save_records(out: Path, records: Mapping[str, dict]) -> Path:
    """Write the notebook records into ``out/manifest.json`` (other sections are kept)."""
    return update_manifest(out / "manifest.json", SECTION, dict(sorted(records.items())))


def outputs_present(out: Path, record: Mapping[str, object], required: Iterable[str]) -> bool:
    """True when every file of ``record['outputs']`` and every ``required`` path exists."""
    outputs = record.get("outputs", [])
    if not isinstance(outputs, list):
        return False
    return all((out / p).is_file() for p in [*outputs, *required])


def read_outputs(listing: Path, out: Path) -> list[str]:
    """The files a notebook saved (one absolute path per line in ``listing``), relative to
    ``out``, sorted and without repeats; paths outside ``out`` are left out."""
    if not listing.exists():
        return []
    found = set()
    for line in listing.read_text(encoding="utf-8").splitlines():
        p = Path(line.strip())
        if line.strip() and p.is_relative_to(out):
            found.add(p.relative_to(out).as_posix())
    return sorted(found)


#: Where a run records what is specific to it (absolute paths, the time): in the logs folder,
#: which like the per-notebook logs is not part of the outputs two clones must write alike.
RUN_INFO = Path("logs") / "run.json"


def write_run_info(out: Path, corpus_path: Path, parameters: Mapping[str, str],
                   name: str = "", commit: str = "") -> Path:
    """Write ``out/logs/run.json``: the absolute corpus root, the corpus's name as the figures
    give it (``name``; the folder's own name when empty), the output folder, the notebook
    parameters, the UTC start time of this run, and the toolkit version and git commit
    (``commit``; :func:`run_commit` when empty) that the figures' source lines print.

    Why: ``manifest.json`` is kept free of absolute paths and times so that two clones write the
    same bytes, so it cannot say *which* folder on this machine was analysed, or when; a reader
    of a figure months later needs both, and the commit to match the figure (its source line
    says ``toolkit 0.1.0 (abc1234) · run DATE``) to this record.
    """
    info = {"corpus_root": str(Path(corpus_path).resolve()),
            "corpus_name": name or Path(corpus_path).resolve().name,
            "output": str(Path(out).resolve()),
            "parameters": dict(parameters), "started_utc": utc_now(),
            "toolkit": toolkit_version(), "git_commit": commit or run_commit()}
    path = Path(out) / RUN_INFO
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(info, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return path
