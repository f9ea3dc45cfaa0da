"""A notebook whose kernel dies before its first reply is started again (a TCP port race
between kernels starting side by side); any other error is not retried."""

from __future__ import annotations

import pytest
from nbclient.exceptions import DeadKernelError

from helpers.report.run_all import KERNEL_START_FAILED, retry_kernel_start


def _flaky(failures: list[Exception]):  # noqa: ANN202 - a test double
    calls = []

    def run() -> str:
        calls.append(1)
        if failures:
            raise failures.pop(0)
        return "ran"

    return run, calls


def test_a_kernel_that_died_before_its_first_reply_is_started_again():
    run, calls = _flaky([RuntimeError(KERNEL_START_FAILED), RuntimeError(KERNEL_START_FAILED)])
    lines: list[str] = []
    assert retry_kernel_start(run, tries=3, log=lines.append) == "ran"
    assert len(calls) == 3
    assert len(lines) == 2 and "try 1 of 3" in lines[0]


def test_the_last_start_failure_is_raised():
    run, calls = _flaky([RuntimeError(KERNEL_START_FAILED)] * 3)
    with pytest.raises(RuntimeError, match=KERNEL_START_FAILED):
        retry_kernel_start(run, tries=3, log=lambda m: None)
    assert len(calls) == 3


@pytest.mark.parametrize("error", [
    DeadKernelError("Kernel died"),  # died while a cell ran: the notebook may be half done
    RuntimeError("Kernel didn't respond in 60 seconds"),
    ValueError(KERNEL_START_FAILED),  # not a kernel error type
])
def test_other_errors_are_not_retried(error: Exception):
    run, calls = _flaky([error])
    with pytest.raises(type(error)):
        retry_kernel_start(run, tries=3, log=lambda m: None)
    assert len(calls) == 1


def test_kernels_talk_over_private_sockets_and_log_no_warning(tmp_path) -> None:
    """ipykernel 7 warned in every kernel log (``Kernel is running over TCP without
    encryption``): the runner started kernels on TCP ports of localhost. It now starts them on
    IPC sockets in a private folder, so the log of a clean run is empty of warnings."""
    import json

    import nbformat

    from helpers.core.paths import FIXTURES
    from helpers.report.run_all import run_notebooks

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('CORPUS = ""\nOUTPUT_DIR = ""\nDATE = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(
        "import json\nfrom ipykernel.connect import get_connection_info\n"
        "info = get_connection_info(unpack=True)\n"
        "print(json.dumps({k: info[k] for k in (\"transport\", \"ip\")}))")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    books = tmp_path / "books"
    books.mkdir()
    nbformat.write(nb, books / "01_probe.ipynb")
    out = tmp_path / "out"
    run_notebooks(FIXTURES / "plain", out, notebooks=[books / "01_probe.ipynb"], html=False,
                  progress=lambda _: None, jobs=1)
    log = (out / "logs" / "01_probe.log").read_text(encoding="utf-8")
    assert "WARNING" not in log and "without encryption" not in log, log
    executed = nbformat.read(out / "notebooks" / "01_probe.ipynb", as_version=4)
    info = json.loads(executed.cells[-1].outputs[0]["text"])
    assert info["transport"] == "ipc", info
    assert "/" in info["ip"], info  # a path in a private folder, not `kernel-ipc` in the cwd


def test_kernel_config_falls_back_to_tcp_where_a_socket_path_would_be_too_long(tmp_path) -> None:
    from helpers.report.run_all import kernel_config

    assert kernel_config(tmp_path)["KernelManager"]["transport"] == "ipc"
    assert kernel_config(tmp_path)["KernelManager"]["ip"] == str(tmp_path / "kernel")
    assert "KernelManager" not in kernel_config(tmp_path / ("x" * 120))


def test_notebook_runs_use_a_kernel_manager_that_does_not_interrupt_at_shutdown(tmp_path) -> None:
    """jupyter_client sent SIGINT before each shutdown; landing while the kernel answered a
    message it left `ERROR | KeyboardInterrupt caught in kernel.` in 1 of 10 kernel logs of a
    finished default-corpus run."""
    import asyncio

    from jupyter_client import AsyncKernelManager
    from traitlets.utils.importstring import import_item

    from helpers.report.run_all import kernel_config

    for folder in (tmp_path, tmp_path / ("x" * 120)):  # IPC and TCP alike
        name = kernel_config(folder)["NotebookClient"]["kernel_manager_class"]
        manager = import_item(name)
        assert issubclass(manager, AsyncKernelManager)
    sent: list[bool] = []

    async def record(self) -> None:
        sent.append(self.shutting_down)

    km = manager()
    original = AsyncKernelManager._async_interrupt_kernel
    AsyncKernelManager._async_interrupt_kernel = record
    try:
        asyncio.run(km._async_interrupt_kernel())  # an interrupt asked for by a user: sent
        km.shutting_down = True
        asyncio.run(km._async_interrupt_kernel())  # the one shutdown_kernel sends: not
    finally:
        AsyncKernelManager._async_interrupt_kernel = original
    assert sent == [False]
