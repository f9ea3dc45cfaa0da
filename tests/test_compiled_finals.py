"""scripts/compiled_finals.py (throughput round 9): the build's copy of a source declares its
once-bound module constants ``Final``, on the same lines, and nothing else.

Invented module texts only."""

from __future__ import annotations

import ast
import importlib.util
import sys

from helpers import compiled

_spec = importlib.util.spec_from_file_location(
    "compiled_finals_under_test", compiled.ROOT / "scripts" / "compiled_finals.py")
finals = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = finals
_spec.loader.exec_module(finals)

SOURCE = '''"""An invented rules module."""

from __future__ import annotations

import re
from typing import TypeVar

T = TypeVar("T")
Key = tuple[str, ...]
Either = int | str
_GREETING_RE = re.compile(r"(?:hello|good day),?\\s+(?P<name>[A-Z]\\w+)")
_WORDS: frozenset[str] = frozenset({"quill", "lantern", "ferry"})
_LIMIT = 40
SWITCH = True
_COUNTER = 0
_SEEN = []
_LATER = 1
_LATER = 2
_GONE = "x"
del _GONE
if _LIMIT:
    _INSIDE_IF = 3
for _LOOP in range(2):
    pass
__all__ = ["greet"]


def greet(text: str) -> str | None:
    """The greeted name."""
    global _COUNTER
    _COUNTER += 1
    _SEEN.append(text)
    m = _GREETING_RE.search(text)
    return m.group("name") if m and len(text) < _LIMIT else None
'''


def test_once_bound_constants_are_declared_final():
    text, names = finals.finalize(SOURCE)
    assert names == ["_GREETING_RE", "_LIMIT", "_SEEN", "_WORDS"]
    lines = text.splitlines()
    assert '_GREETING_RE: Final = re.compile(r"(?:hello|good day),?\\s+(?P<name>[A-Z]\\w+)")' \
        in lines
    assert '_WORDS: Final[frozenset[str]] = frozenset({"quill", "lantern", "ferry"})' in lines
    assert "_LIMIT: Final = 40" in lines and "_SEEN: Final = []" in lines


def test_names_that_are_public_rebound_or_types_stay_as_written():
    """A public name is a switch callers may rebind (``rc.SETTLED = ...``): compiled readers
    must see it, so it is never declared."""
    text, _ = finals.finalize(SOURCE)
    lines = text.splitlines()
    for kept in ('T = TypeVar("T")', "SWITCH = True", "Key = tuple[str, ...]", "Either = int | str",
                 "_COUNTER = 0", "_LATER = 1", "_LATER = 2", '_GONE = "x"', "    _INSIDE_IF = 3",
                 '__all__ = ["greet"]'):
        assert kept in lines, kept


def test_only_annotations_change_on_the_same_lines():
    text, _ = finals.finalize(SOURCE)
    assert len(text.splitlines()) == len(SOURCE.splitlines())
    assert text.splitlines()[2] == finals.FUTURE_LINE + finals.IMPORT_SUFFIX
    strip = ast.dump  # same code once the annotations are removed

    def values(source: str) -> str:
        tree = ast.parse(source)
        body = [ast.Assign(targets=[s.target], value=s.value, lineno=s.lineno)
                if isinstance(s, ast.AnnAssign) else s for s in tree.body
                if not (isinstance(s, ast.ImportFrom) and s.module == "typing"
                        and s.names[0].name == "Final")]
        return strip(ast.Module(body=body, type_ignores=[]))

    assert values(text) == values(SOURCE)
    before, after = {}, {}
    exec(compile(SOURCE, "invented.py", "exec"), before)
    exec(compile(text, "invented.py", "exec"), after)
    assert before["greet"]("hello Marisol") == after["greet"]("hello Marisol") == "Marisol"


def test_a_text_without_constants_or_future_import_is_unchanged():
    plain = "from __future__ import annotations\n\n\ndef f() -> int:\n    return 1\n"
    assert finals.finalize(plain) == (plain, [])
    no_future = "LIMIT = 3\n"
    assert finals.finalize(no_future) == (no_future, [])


def test_every_compiled_source_keeps_its_lines():
    """The build's copies of the real sources: same line count, each a valid module, and the
    patterns of the instrument declared (a guard on what the build compiles)."""
    declared = 0
    for source in compiled.SOURCES:
        text = (compiled.ROOT / source).read_text(encoding="utf-8")
        new, names = finals.finalize(text)
        assert len(new.splitlines()) == len(text.splitlines()), source
        ast.parse(new)
        declared += len(names)
    assert declared > 300
