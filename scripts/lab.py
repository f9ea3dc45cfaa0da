"""Start JupyterLab on the repository, notebooks first (``make lab [PORT=8888]``).

Lab is rooted at the repository root so ``build/`` (executed notebooks, figures) and ``data/``
are reachable, and opens on ``notebooks/``. ``--allow-root`` is passed only when running as root
(containers, CI); ``--no-browser`` only where no browser can open (no display, or CI). Token
authentication stays on: Jupyter prints the URL with its token (or set ``JUPYTER_TOKEN``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def headless(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True where no browser window can be opened: CI, or Linux/BSD without a display."""
    if env.get("CI"):
        return True
    if platform.startswith(("darwin", "win")):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def lab_command(port: int, *, root: bool, no_browser: bool,
                jupyter: str = "jupyter") -> list[str]:
    """The ``jupyter lab`` argv for ``port``; ``root``/``no_browser`` add the matching flags."""
    argv = [
        jupyter, "lab",
        f"--ServerApp.root_dir={PROJECT_ROOT}",
        "--LabApp.default_url=/lab/tree/notebooks",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",  # PORT means this port: fail rather than drift to another
    ]
    if root:
        argv.append("--allow-root")
    if no_browser:
        argv.append("--no-browser")
    return argv


def main(argv: list[str] | None = None) -> int:
    """Parse ``--port``/``--dry-run`` and replace this process with JupyterLab."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8888, help="port (default: 8888)")
    parser.add_argument("--dry-run", action="store_true", help="print the command, do not run")
    args = parser.parse_args(argv)
    jupyter = shutil.which("jupyter", path=str(Path(sys.executable).parent)) or "jupyter"
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    command = lab_command(args.port, root=is_root, no_browser=headless(os.environ),
                          jupyter=jupyter)
    if args.dry_run:
        print(" ".join(command))
        return 0
    os.execvp(command[0], command)
    return 0  # not reached: exec replaces the process


if __name__ == "__main__":
    sys.exit(main())
