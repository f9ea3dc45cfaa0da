"""Every path the project uses, built from the project root.

Notebooks and scripts import these instead of writing relative paths such as ``../data``, so they
work from any working directory (JupyterLab, papermill, pytest, the command line).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

PROJECT_ROOT: Path = Path(__file__).resolve().parents[2]


def shared_root() -> Path:
    """The shared data folder: ``$NS_SHARED_DATA`` if set, else ``PROJECT_ROOT.parent / "shared"``.

    Why: third-party text (the default corpus, the validation sets) is never copied into the
    repository; it sits beside the clone, and a checkout elsewhere (a git worktree, a CI runner)
    points to it with the environment variable. Nothing is downloaded.
    """
    env = os.environ.get("NS_SHARED_DATA", "")
    return Path(env).expanduser() if env else PROJECT_ROOT.parent / "shared"


DATA: Path = PROJECT_ROOT / "data"
DATA_RAW: Path = DATA / "raw"
DATA_PROCESSED: Path = DATA / "processed"
DATA_EXTERNAL: Path = DATA / "external"
ANNOTATIONS: Path = DATA / "annotations"
LEXICONS: Path = DATA / "lexicons"
MODELS: Path = DATA / "models"
PEOPLE: Path = DATA / "people.csv"
NOTEBOOKS: Path = PROJECT_ROOT / "notebooks"
BUILD: Path = PROJECT_ROOT / "build"
FIXTURES: Path = PROJECT_ROOT / "tests" / "fixtures"
#: The default corpus: two New Statesman articles (2007, 2017), read from the shared folder beside
#: the clone (``../shared/corpus``), never from git. Absent in a clone without it: pass a corpus.
DEFAULT_CORPUS_NAME: str = "000_9725aa8402de1287.txt"
DEFAULT_CORPUS: Path = shared_root() / "corpus" / DEFAULT_CORPUS_NAME
MISSING_DEFAULT_CORPUS_HINT: str = (
    "the default corpus is not in git: it is read from the shared folder beside the clone "
    "(../shared/corpus, or $NS_SHARED_DATA/corpus). Put that folder there, or name your own "
    "articles: make run CORPUS=path/to/articles")
STYLE_FILE: Path = PROJECT_ROOT / "helpers" / "report" / "newsroom.mplstyle"


#: Folder names that say what a folder holds, not which corpus it is (``.../polnear/train/text``):
#: a corpus name skips them. File-system conventions, compared in lower case.
GENERIC_FOLDER_NAMES = frozenset({
    "article", "articles", "clean", "corpus", "data", "docs", "documents", "files", "input",
    "inputs", "plain", "raw", "text", "texts", "txt",
})
#: Folder names of a split of a corpus: kept in a corpus name, after the corpus's own folder
#: (``polnear train``), since a split alone names no corpus.
SPLIT_FOLDER_NAMES = frozenset({
    "dev", "devel", "development", "heldout", "held-out", "sample", "test", "train", "training",
    "val", "validation",
})


def corpus_name(path: str | Path) -> str:
    """A name for the corpus at ``path``, for figure source lines, manifests and the console
    when the user gives none (``make run CORPUS_NAME=...``).

    A file: its stem. A folder: its name, except that folder names saying only what a folder
    holds (``text``, ``articles``, ``data``: :data:`GENERIC_FOLDER_NAMES`) are skipped for the
    folder above, and a split folder (``train``, ``dev``: :data:`SPLIT_FOLDER_NAMES`) is named
    after the folder above it: ``.../polnear/train/text`` -> ``polnear train``. Why: an
    archive's figures said ``Source: text, 840 articles``, which tells a reader nothing. The
    search stops below the user's home folder (``~/articles`` is ``articles``, not the user's
    name). When every folder searched is generic, the folder's own name.
    """
    p = Path(path).expanduser().resolve()
    if not p.is_dir():
        return p.stem or str(p)
    try:
        home: Path | None = Path.home().resolve()
    except (RuntimeError, KeyError):  # no home folder can be determined
        home = None
    parts: list[str] = []
    for folder in (p, *p.parents):
        lower = folder.name.lower()
        if not lower or (folder == home and folder != p):
            break
        if lower in GENERIC_FOLDER_NAMES:
            continue
        parts.append(folder.name)
        if lower not in SPLIT_FOLDER_NAMES:
            break
    return " ".join(reversed(parts)) or p.name or str(p)


def missing_problem(path: str | Path) -> str:
    """What is wrong with an input that does not exist and, for the default corpus, where it
    should be (it is not in git)."""
    path = Path(path)
    if path.name == DEFAULT_CORPUS.name or path == DEFAULT_CORPUS.parent:
        return f"no such file or folder; {MISSING_DEFAULT_CORPUS_HINT}"
    return "no such file or folder"


def missing_input(path: str | Path) -> str:
    """The message for an input that does not exist: the path, then :func:`missing_problem`."""
    return f"{path}: {missing_problem(path)}"


def resolve_output_dir(output_dir: str | Path | None = None) -> Path:
    """Return the folder that receives ``figures/`` and ``tables/`` (default: ``build/``).

    A relative path is taken relative to the project root, so a notebook run from
    ``notebooks/`` and a script run from the root write to the same place.
    """
    if output_dir is None or str(output_dir) == "":
        return BUILD
    path = Path(output_dir).expanduser()
    return path if path.is_absolute() else PROJECT_ROOT / path


def resolve_corpus(corpus: str | Path | None = None) -> Path:
    """Return the corpus path to load: the given file/folder, or the default corpus.

    Relative paths are tried against the current directory first, then the project root.
    """
    if corpus is None or str(corpus) == "":
        return DEFAULT_CORPUS
    path = Path(corpus).expanduser()
    if path.is_absolute() or path.exists():
        return path
    return PROJECT_ROOT / path


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary name beside ``path``; move it onto ``path`` when the block completes.

    An interrupted or failed write (Ctrl-C, a full disk, an exception) then leaves the old file,
    or nothing, never a truncated file under the real name.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
