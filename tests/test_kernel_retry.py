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
