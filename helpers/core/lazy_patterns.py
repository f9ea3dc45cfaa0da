"""Regular expressions compiled on first use, not at import.

The quotes instrument defines some 370 module-level patterns, many of them long word-list
alternations; compiling them all took about 2.8 of the 3.9 CPU seconds of importing
``helpers.instruments.quotes`` (import-cost round 40 in ``docs/notes/scale.md``), paid by every
notebook kernel and subprocess, most of which read stored quote tables and never extract.

:func:`lazy_compile` returns a :class:`LazyPattern` that keeps the source and flags and compiles
with :func:`re.compile` the first time a method or attribute of the pattern is used. Its first
use then binds the compiled pattern's own methods onto the instance, so later calls
(``_X_RE.search(text)``) reach the compiled method directly, with no extra Python frame. The
compiled pattern is the one ``re.compile`` gives, so every match is identical.

Not a full stand-in: the module-level ``re`` functions (``re.sub(p, …)``) and ``isinstance(p,
re.Pattern)`` want a real pattern (:meth:`LazyPattern.compiled` gives it), and a match's ``.re``
is the compiled pattern, not the stand-in: a pattern a match is compared with (``m.re is P``)
stays a plain ``re.compile`` (``tests/test_import40.py`` checks the instrument's).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any, cast

#: the methods of a compiled pattern bound onto the stand-in at its first use
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner")


class LazyPattern:
    """A pattern's source and flags, compiled by :func:`re.compile` on first use.

    ``pattern`` is the source string (as on a compiled pattern); every other attribute
    (``flags``, ``groups``, ``groupindex``) is the compiled pattern's."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once, here, on the first call); binds its methods
        onto this instance so that later method calls skip this class."""
        if self._compiled is None:
            rx = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(rx, name))
            self._compiled = rx
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        """Any other attribute of the compiled pattern (``groupindex``, ``groups``, ``flags``)."""
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        """Like a compiled pattern's, marked lazy."""
        return f"lazy_compile({self.pattern!r}, {self._flags})"

    # the methods below run once per pattern at most: the first call rebinds them

    def search(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        """:meth:`re.Pattern.search` of the compiled pattern."""
        return self.compiled().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        """:meth:`re.Pattern.match` of the compiled pattern."""
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        """:meth:`re.Pattern.fullmatch` of the compiled pattern."""
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        """:meth:`re.Pattern.finditer` of the compiled pattern."""
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> list[Any]:
        """:meth:`re.Pattern.findall` of the compiled pattern."""
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> str:
        """:meth:`re.Pattern.sub` of the compiled pattern."""
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> tuple[str, int]:
        """:meth:`re.Pattern.subn` of the compiled pattern."""
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> list[Any]:
        """:meth:`re.Pattern.split` of the compiled pattern."""
        return self.compiled().split(*args, **kwargs)

    def scanner(self, *args: Any, **kwargs: Any) -> Any:
        """:meth:`re.Pattern.scanner` of the compiled pattern."""
        return self.compiled().scanner(*args, **kwargs)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` deferred to the pattern's first use.

    Typed as the compiled pattern it stands for (its methods and attributes are that
    pattern's), so module constants keep their type for the checker and the mypyc build."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def compile_loaded(prefix: str = "helpers.") -> int:
    """Compile every not yet compiled :class:`LazyPattern` held as a module constant by the
    imported modules whose names start with ``prefix``; returns how many were compiled.

    Why: a fork server (the table store's, :mod:`helpers.report.store_warm`) compiles them once
    before it forks, so that no worker compiles a pattern again."""
    count = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith(prefix) or module is None:
            continue
        for value in list(vars(module).values()):
            if isinstance(value, LazyPattern) and value._compiled is None:
                value.compiled()
                count += 1
    return count
