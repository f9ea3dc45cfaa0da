"""Progress for logs: a line every few files instead of a bar redrawn with carriage returns.

Why: a tqdm bar on a stream that is not a terminal (``make run > run.log 2>&1``, CI) wrote
every redraw joined by ``\\r`` into one unreadable log line. :func:`file_progress` gives the bar
on a terminal and a :class:`LineProgress` elsewhere, with the same three methods.
"""

from __future__ import annotations

import sys
from typing import TextIO

__all__ = ["LineProgress", "file_progress"]

#: A log gets at most about this many progress lines, whatever the number of files.
MAX_LINES = 20


class LineProgress:
    """``update``/``set_description``/``close`` like a tqdm bar, printing one line per
    ``every`` files finished (``set_description`` is called once per file) and one at the end.
    """

    def __init__(self, total: int, n_files: int, stream: TextIO, unit: str = "characters"
                 ) -> None:
        self.total, self.n_files, self.stream, self.unit = total, n_files, stream, unit
        self.every = max(1, -(-n_files // MAX_LINES))
        self.done = self.files = 0
        self.desc, self._printed = "", -1

    def update(self, n: int) -> None:
        """Count ``n`` more units (characters) as done."""
        self.done += n

    def set_description(self, desc: str) -> None:
        """One more file is finished; print a line when it completes a block of ``every``."""
        self.desc, self.files = desc, self.files + 1
        if self.files % self.every == 0 or self.files == self.n_files:
            self._line()

    def close(self) -> None:
        """Print the last state unless it was just printed."""
        if self.files != self._printed and self.n_files:
            self._line()

    def _line(self) -> None:
        print(f"{self.desc} ({self.done:,} of {self.total:,} {self.unit})", file=self.stream,
              flush=True)
        self._printed = self.files


def file_progress(total: int, n_files: int, enabled: bool, stream: TextIO | None = None
                  ) -> object:
    """A tqdm bar of ``total`` characters over ``n_files`` files on a terminal, a
    :class:`LineProgress` on any other stream (a log file, a pipe); disabled when not
    ``enabled``."""
    from tqdm import tqdm

    stream = stream or sys.stderr
    desc = f"tables 0/{n_files} files"
    if enabled and not (hasattr(stream, "isatty") and stream.isatty()):
        return LineProgress(total, n_files, stream)
    return tqdm(total=total, unit="ch", unit_scale=True, file=stream, desc=desc,
                disable=not enabled, mininterval=0.5)
