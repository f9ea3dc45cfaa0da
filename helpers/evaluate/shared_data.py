"""Where the shared, third-party validation data lives (never copied into the repository).

The data sit next to the project, in ``../shared`` (``PROJECT_ROOT.parent / "shared"``). A checkout
elsewhere (a git worktree, a CI runner) can point to them with the environment variable
``NS_SHARED_DATA``; nothing is downloaded.
"""

from __future__ import annotations

import os
from pathlib import Path

from helpers.core.paths import PROJECT_ROOT

__all__ = ["shared_root", "validation_dir"]


def shared_root() -> Path:
    """The shared data: ``$NS_SHARED_DATA`` if set, else ``PROJECT_ROOT.parent / "shared"``."""
    env = os.environ.get("NS_SHARED_DATA", "")
    return Path(env).expanduser() if env else PROJECT_ROOT.parent / "shared"


def validation_dir(name: str) -> Path:
    """``<shared>/validation/<name>`` (may not exist: callers check and skip with a reason)."""
    return shared_root() / "validation" / name
