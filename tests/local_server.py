"""Start a local server (JupyterLab) on a free port for a test, without a free-port race.

Why: a test picks a free port by binding port 0 and closing the socket, then starts the
server on it. Between the two another process (a parallel test run, a colleague's Lab) can
take the port; the server then either exits ("address already in use") or, with Jupyter's
default ``port_retries``, drifts to another port while the test keeps polling the first one
until its timeout. Here the server is started with a fail-fast port (the caller's command
must not drift: ``--ServerApp.port_retries=0``) and started again on a new port when it
exits because the port was taken.
"""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

PORT_TAKEN = ("already in use", "is not available", "errno 98")
ATTEMPTS = 3


class Server(NamedTuple):
    """A started server: its process, port, base URL and log file."""

    proc: subprocess.Popen
    port: int
    base: str
    log: Path


def free_port() -> int:
    """A port the system says is free now (it may be taken before it is used: see module)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_was_taken(log_text: str) -> bool:
    """Whether a server's log says it could not bind its port."""
    low = log_text.lower()
    return any(marker in low for marker in PORT_TAKEN)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5):
            return True
    except urllib.error.HTTPError:
        return True  # it answered, with an error status: the caller checks statuses
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def start_server(command: Callable[[int], list[str]], ready_path: str, log: Path,
                 timeout: float, pick_port: Callable[[], int] = free_port,
                 **popen: object) -> Server:
    """Start ``command(port)`` and wait until ``base + ready_path`` answers.

    Retries on a new port (up to ``ATTEMPTS`` times) when the process exits and its log says
    the port was taken; any other exit, or no answer within ``timeout`` seconds, raises
    ``RuntimeError`` with the end of the log. ``popen`` goes to ``subprocess.Popen``.
    """
    for _ in range(ATTEMPTS):
        port = pick_port()
        base = f"http://127.0.0.1:{port}"
        with log.open("w") as out:
            proc = subprocess.Popen(command(port), stdout=out, stderr=subprocess.STDOUT,
                                    **popen)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                break
            if _answers(base + ready_path):
                return Server(proc, port, base, log)
            time.sleep(0.5)
        text = log.read_text(errors="replace")
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
            raise RuntimeError(f"server did not answer on port {port} within {timeout:.0f} s: "
                               f"{text[-2000:]}")
        if not port_was_taken(text):
            raise RuntimeError(f"server exited with {proc.returncode}: {text[-2000:]}")
    raise RuntimeError(f"every port tried was taken ({ATTEMPTS} attempts): {text[-2000:]}")
