"""The explorer is a live widget in a kernel that JupyterLab starts (the headless side, a static
table, is checked by the notebook tests: executed notebooks carry no widget)."""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from local_server import start_server

from helpers.core.paths import PROJECT_ROOT

CODE = """
import pandas as pd
from helpers.report.explore import explorer, widget_mode
df = pd.DataFrame({"a": ["x", "y"], "start": [1, 2], "end": [3, 4]})
print(widget_mode(), type(explorer(df, {"a": "A"}, ["a", "start", "end"], "c")).__name__)
"""


def _run_in_kernel(base: str, token: str, code: str) -> str:
    """Start a kernel through the server's REST API, run ``code``, return its stdout."""
    import websocket

    req = urllib.request.Request(f"{base}/api/kernels?token={token}", data=b'{"name":"python3"}',
                                 method="POST", headers={"Content-Type": "application/json"})
    kernel = json.load(urllib.request.urlopen(req, timeout=60))["id"]
    ws = websocket.create_connection(
        f"{base.replace('http', 'ws')}/api/kernels/{kernel}/channels?token={token}", timeout=120)
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({
        "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex,
                   "msg_type": "execute_request", "version": "5.3", "date": ""},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": False,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
    out = []
    deadline = time.time() + 120
    while time.time() < deadline:
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            out.append(msg["content"]["text"])
        elif msg["msg_type"] == "error":
            out.append(f"{msg['content']['ename']}: {msg['content']['evalue']}")
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    ws.close()
    return "".join(out)


@pytest.mark.slow
def test_explorer_is_a_live_widget_in_a_lab_kernel(tmp_path: Path) -> None:
    pytest.importorskip("ipywidgets")
    pytest.importorskip("websocket")
    jupyter = Path(sys.executable).with_name("jupyter")
    if not jupyter.exists():
        pytest.skip("jupyter is not installed beside this Python")
    token = uuid.uuid4().hex
    env = {k: v for k, v in os.environ.items() if k not in ("NS_WIDGETS", "NS_TABLES")}
    env.update(PYTHONPATH=str(PROJECT_ROOT), JUPYTER_RUNTIME_DIR=str(tmp_path))

    def command(port: int) -> list[str]:
        return [str(jupyter), "lab", f"--port={port}", "--ServerApp.port_retries=0",
                "--no-browser", "--allow-root", f"--IdentityProvider.token={token}",
                f"--ServerApp.root_dir={PROJECT_ROOT}"]

    try:
        server = start_server(command, f"/api/status?token={token}", tmp_path / "lab.log",
                              120, env=env)
    except RuntimeError as exc:
        pytest.fail(f"Lab did not start: {exc}")
    lab, base = server.proc, server.base
    try:
        assert _run_in_kernel(base, token, CODE).split() == ["interactive", "VBox"]
    finally:
        lab.terminate()
        lab.wait(30)
