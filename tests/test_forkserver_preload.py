"""Worker pools with different preload lists in one process get their own fork server.

``make run`` builds the table store (workers preloading the instruments) and then runs the
notebooks (workers preloading papermill and nbconvert) in one process; Python keeps one fork
server per process, so without a restart the notebook workers came from the store's server.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest

from helpers.report.store_build import forkserver_context

pytestmark = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                                reason="no forkserver start method on this platform")


def _server_pid(preload: list[str]) -> int:
    """The pid of the process the pool's worker was forked from (the fork server)."""
    with ProcessPoolExecutor(max_workers=1, mp_context=forkserver_context(preload)) as pool:
        return pool.submit(os.getppid).result()


def test_a_new_preload_list_starts_a_new_fork_server() -> None:
    from multiprocessing import forkserver

    first = _server_pid(["json"])
    assert first != os.getpid()
    second = _server_pid(["json", "csv"])
    assert second != first
    assert forkserver._forkserver._preload_modules == ["json", "csv"]


def test_the_same_preload_list_reuses_the_running_fork_server() -> None:
    first = _server_pid(["json", "string"])
    assert _server_pid(["json", "string"]) == first
