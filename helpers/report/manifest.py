"""The record of a run (``build/manifest.json``): what produced a table or a figure.

Why: researchers cite figures; a figure is only reproducible if we know which toolkit version
and commit, which package versions, which parameters and exactly which corpus files (by
content hash) produced it. Paths are relative to the corpus root, so two clones of the
project that analyse the same files write the same manifest apart from the timings.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from helpers.core.paths import PROJECT_ROOT

__all__ = ["COMMIT_ENV", "KEPT_SECTIONS", "KEY_PACKAGES", "git_commit", "package_versions",
           "read_manifest", "run_commit", "sha256_file", "toolkit_version", "update_manifest",
           "utc_now", "write_manifest"]

#: Sections of ``manifest.json`` written by a later step of ``make run`` (the notebook runs):
#: the table-store step rewrites the manifest and keeps them, so the next run can tell which
#: notebooks are unchanged.
KEPT_SECTIONS = ("notebooks",)

#: Packages whose version can change a table (recorded in the manifest and in the store keys).
KEY_PACKAGES = ("pandas", "numpy", "pyarrow", "textblob", "vaderSentiment", "PyYAML", "regex")


def sha256_file(path: str | Path) -> str:
    """Hex sha256 of a file's bytes (streamed, so large files are not held in memory)."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def utc_now() -> str:
    """The time now in UTC, to the second, ISO 8601 (``2026-12-04T15:58:16Z``): when a run
    happened, for the run-specific parts of the record."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def toolkit_version() -> str:
    """``helpers.__version__`` (the version in pyproject.toml)."""
    from helpers import __version__

    return __version__


def git_commit(root: Path = PROJECT_ROOT) -> str:
    """The commit of the working tree (with ``+dirty`` if it has changes), or ``unknown``."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True,
                              text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain",
                                "--untracked-files=no"], capture_output=True, text=True,
                               timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (head + "+dirty" if dirty else head) or "unknown"


#: ``make run`` reads the commit once and passes it in this variable to the table store step and
#: to every notebook's kernel: each kernel ran two git processes to learn the same commit.
COMMIT_ENV = "NS_RUN_COMMIT"


def run_commit() -> str:
    """The commit of this run: :data:`COMMIT_ENV` when ``make run`` set it, else
    :func:`git_commit` (a notebook opened in JupyterLab, ``make tables``)."""
    return os.environ.get(COMMIT_ENV) or git_commit()


def package_versions(names: tuple[str, ...] = KEY_PACKAGES) -> dict[str, str]:
    """Installed version of each package (``missing`` when not installed)."""
    out = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "missing"
    return out


def write_manifest(path: str | Path, record: dict) -> Path:
    """Write ``record`` with the environment (toolkit, commit, Python, packages) as JSON.

    The keys of ``record`` (parameters, files, timings, ...) are kept as given; the
    environment goes under ``toolkit``, ``git_commit``, ``python`` and ``packages``. Keys are
    sorted and the file ends with a newline, so equal records give equal bytes. Sections of
    an existing manifest named in :data:`KEPT_SECTIONS` are kept unless ``record`` sets them.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    previous = read_manifest(path)
    kept = {k: previous[k] for k in KEPT_SECTIONS if k in previous and k not in record}
    full = {
        **kept,
        "toolkit": toolkit_version(),
        "git_commit": run_commit(),
        "python": platform.python_version(),
        "packages": package_versions(),
        **record,
    }
    return _dump(path, full)


def _dump(path: Path, record: dict) -> Path:
    """Write ``record`` as sorted, indented JSON with a final newline: equal records, equal
    bytes. Written under a temporary name and renamed, so a reader never sees half a file."""
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    tmp.replace(path)
    return path


def read_manifest(path: str | Path) -> dict:
    """The manifest at ``path`` as a dict; ``{}`` when it is missing or not valid JSON."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def update_manifest(path: str | Path, section: str, value: object) -> Path:
    """Set one top-level ``section`` of the manifest at ``path``, keeping everything else.

    Used by the notebook runner after the table-store step has written the manifest; a missing
    manifest is created with the environment (toolkit, commit, Python, packages).
    """
    path = Path(path)
    current = read_manifest(path)
    if not current:
        return write_manifest(path, {section: value})
    current[section] = value
    return _dump(path, current)
