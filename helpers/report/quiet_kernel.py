"""The kernel manager of ``make run``'s notebook runs: no interrupt before a shutdown.

Why: jupyter_client sends a kernel SIGINT before it asks it to shut down, to stop a cell that
may still be running. papermill shuts the kernel down after the last cell has finished, so
there is no cell to stop; when the signal lands while the kernel is answering a message,
ipykernel logs ``ERROR | KeyboardInterrupt caught in kernel.`` (one kernel log in ten of a
default-corpus ``make run``, at random, 2026-12-05), and a reader of ``OUT/logs/`` takes a
finished run for a failed one. A kernel that does not answer the shutdown request is still
terminated and then killed by jupyter_client, as before.
"""

from __future__ import annotations

from jupyter_client import AsyncKernelManager

__all__ = ["NoInterruptShutdownKernelManager"]


class NoInterruptShutdownKernelManager(AsyncKernelManager):
    """:class:`AsyncKernelManager` that sends no interrupt to a kernel it is shutting down."""

    async def _async_interrupt_kernel(self) -> None:
        if self.shutting_down:  # set by shutdown_kernel just before it interrupts
            return
        await super()._async_interrupt_kernel()
