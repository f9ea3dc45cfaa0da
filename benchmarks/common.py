"""Shared benchmark helpers: the corpus repeated to a target size, and a timer."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from helpers.core.paths import DEFAULT_CORPUS

T = TypeVar("T")
TEN_MB = 10 * 1024 * 1024


def repeated_corpus(min_bytes: int = TEN_MB) -> str:
    """The default corpus text repeated (separated by a blank line) to at least ``min_bytes``."""
    text = DEFAULT_CORPUS.read_text(encoding="utf-8")
    unit = text if text.endswith("\n") else text + "\n"
    copies = -(-min_bytes // len((unit + "\n").encode("utf-8")))
    return (unit + "\n") * copies


def write_repeated_corpus(folder: Path, min_bytes: int = TEN_MB) -> Path:
    """Write the repeated corpus to ``folder/repeated.txt`` and return the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "repeated.txt"
    path.write_text(repeated_corpus(min_bytes), encoding="utf-8")
    return path


def best_of(fn: Callable[[], T], repeat: int = 3) -> tuple[float, T]:
    """Run ``fn`` ``repeat`` times; return the fastest wall time in seconds and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result
