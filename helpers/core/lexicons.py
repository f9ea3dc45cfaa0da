"""One loader for the word lists in ``data/lexicons/``: code keeps the logic, data the words.

Two formats, both UTF-8 with ``#`` comment lines (a header comment says what the list is for,
where it came from and which instrument reads it):

* ``*.txt``: one entry per line (a word or a phrase); blank lines are ignored.
* ``*.csv``: a header row, then one record per line (e.g. ``name,gender``).

A missing or unreadable lexicon is an error naming the file, never a silently empty list.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from helpers.core.paths import LEXICONS

__all__ = ["LexiconError", "lexicon_path", "load_records", "load_words"]


class LexiconError(ValueError):
    """A lexicon file is missing or malformed; the message names the file."""


def lexicon_path(name: str, folder: Path = LEXICONS) -> Path:
    """Path of lexicon ``name`` (a file name such as ``reporting_verbs.txt``) in ``folder``."""
    return Path(folder) / name


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: lexicon is not UTF-8 ({exc.reason})") from exc
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=64)
def _load_words(path: Path) -> tuple[str, ...]:
    return tuple(ln.strip() for ln in _lines(path))


def load_words(name: str, folder: Path = LEXICONS) -> tuple[str, ...]:
    """Entries of a one-per-line lexicon, in file order, stripped of spaces (cached per path)."""
    return _load_words(lexicon_path(name, folder))


@lru_cache(maxsize=64)
def _load_records(path: Path) -> tuple[dict[str, str], ...]:
    rows = list(csv.DictReader(_lines(path)))
    if not rows:
        raise LexiconError(f"{path}: lexicon has a header but no records")
    return tuple({k.strip(): (v or "").strip() for k, v in r.items() if k} for r in rows)


def load_records(name: str, folder: Path = LEXICONS) -> tuple[dict[str, str], ...]:
    """Records of a CSV lexicon as dicts keyed by its header (cached per path)."""
    return _load_records(lexicon_path(name, folder))
