"""``make lab``: JupyterLab starts as root or not, on the port asked for, token auth on.

The test starts ``scripts/lab.py`` (what ``make lab`` runs) on a free port with a known token,
fetches the Lab page with the token (200) and without it (redirect to login), and always stops
the server, within a bounded time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from local_server import start_server

from helpers.core.paths import PROJECT_ROOT

LAB = PROJECT_ROOT / "scripts" / "lab.py"
START_TIMEOUT = 120  # seconds; a loaded 2-core machine starts Lab in 5-30 s


def dry_run(env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, str(LAB), "--dry-run", "--port", "8123"],
                            capture_output=True, text=True, env=env, timeout=60, check=True)
    return result.stdout


def test_command_roots_lab_at_the_repository_and_opens_notebooks():
    out = dry_run({**os.environ, "CI": "1"})
    assert f"--ServerApp.root_dir={PROJECT_ROOT}" in out
    assert "--LabApp.default_url=/lab/tree/notebooks" in out
    assert "--ServerApp.port=8123" in out
    assert "--no-browser" in out
    assert ("--allow-root" in out) == (os.geteuid() == 0)
    assert "token" not in out.lower(), "token auth must not be switched off"


def test_browser_opens_where_a_display_exists():
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"DISPLAY": ":0"}
    if sys.platform.startswith("linux"):
        assert "--no-browser" not in dry_run(env)
    env.pop("DISPLAY")
    env.pop("WAYLAND_DISPLAY", None)
    if sys.platform.startswith("linux"):
        assert "--no-browser" in dry_run(env)


def get(url: str) -> tuple[int, str]:
    """Status and final URL; redirects are not followed (so the login redirect is visible)."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.headers.get("Location", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Location", "")


def test_lab_serves_the_page_with_the_token_and_stops(tmp_path):
    token = "test-token-" + os.urandom(6).hex()
    env = {**os.environ, "CI": "1", "JUPYTER_TOKEN": token,
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "PYTHONPATH": str(PROJECT_ROOT)}
    try:
        server = start_server(lambda port: [sys.executable, str(LAB), "--port", str(port)],
                              f"/api/status?token={token}", tmp_path / "lab.log",
                              START_TIMEOUT, env=env, start_new_session=True)
    except RuntimeError as exc:
        pytest.fail(f"Lab did not start: {exc}")
    proc, base = server.proc, server.base
    try:
        assert get(f"{base}/api/status?token={token}")[0] == 200
        assert get(f"{base}/lab?token={token}")[0] == 200
        assert get(f"{base}/lab/tree/notebooks?token={token}")[0] == 200
        status, location = get(f"{base}/lab")
        assert status == 302 and "login" in location, "without the token Lab must ask to log in"
        status, _ = get(f"{base}/api/contents/build?token={token}")
        assert status in (200, 404)  # reachable from the root (404 only when build/ is absent)
        assert get(f"{base}/api/contents/data?token={token}")[0] == 200
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
    assert proc.returncode is not None
