"""``tests/local_server.start_server``: a server whose port was taken is started again on
another port; any other failure is reported with the server's log."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from local_server import port_was_taken, start_server

# A tiny HTTP server that, like Jupyter with port_retries=0, exits when its port is taken.
SERVER = [sys.executable, "-c",
          "import http.server,sys;"
          "http.server.HTTPServer(('127.0.0.1',int(sys.argv[1])),"
          "http.server.SimpleHTTPRequestHandler).serve_forever()"]


def test_a_taken_port_is_retried_on_another(tmp_path: Path) -> None:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    taken = holder.getsockname()[1]
    ports = iter([taken])

    def pick() -> int:  # first the taken port (the race), then any free one
        try:
            return next(ports)
        except StopIteration:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                return s.getsockname()[1]

    try:
        server = start_server(lambda port: [*SERVER, str(port)], "/", tmp_path / "log", 30,
                              pick_port=pick, cwd=tmp_path)
    finally:
        holder.close()
    try:
        assert server.port != taken
        assert server.proc.poll() is None
    finally:
        server.proc.kill()
        server.proc.wait(10)


def test_another_exit_is_reported_with_the_log(tmp_path: Path) -> None:
    failing = [sys.executable, "-c", "import sys; print('broken config'); sys.exit(3)"]
    with pytest.raises(RuntimeError, match="exited with 3: broken config"):
        start_server(lambda port: failing, "/", tmp_path / "log", 30)


def test_port_taken_markers() -> None:
    assert port_was_taken("OSError: [Errno 98] Address already in use")
    assert port_was_taken("ERROR | The port 8888 is not available.")
    assert port_was_taken("[I ServerApp] The port 8888 is already in use.")  # Jupyter's words
    assert not port_was_taken("Traceback: ImportError: no module named jupyterlab")
