"""Where the shared, third-party validation data lives (never copied into the repository).

The data sit next to the project, in ``../shared`` (``PROJECT_ROOT.parent / "shared"``). A checkout
elsewhere (a git worktree, a CI runner) can point to them with the environment variable
``NS_SHARED_DATA``; nothing is downloaded.
"""

from __future__ import annotations

from pathlib import Path

from helpers.core.paths import shared_root

__all__ = ["shared_root", "validation_dir"]


def validation_dir(name: str) -> Path:
    """``<shared>/validation/<name>`` (may not exist: callers check and skip with a reason)."""
    return shared_root() / "validation" / name
