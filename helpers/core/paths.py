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
