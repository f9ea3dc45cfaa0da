"""Import-cost round 40: the quotes instrument's module patterns compile on first use.

``helpers.core.lazy_patterns.lazy_compile`` stands for ``re.compile``; these tests check that
the stand-in matches exactly as the compiled pattern does (invented patterns and sentences),
that importing the instrument compiles none of its module patterns, and that
``compile_loaded`` compiles what a fork server should before it forks."""

from __future__ import annotations

import re
import subprocess
import sys

from helpers.core.lazy_patterns import LazyPattern, lazy_compile

_TEXT = ("The harbour-master, Ilse Varnholt, said on Tuesday that the ferries would run. "
         "\"We are ready,\" she added. Brom Tessaly told reporters: no.\nA second line.")

#: invented patterns of the kinds the instrument uses: a word list, named groups, flags,
#: look-behind, anchors
_PATTERNS: tuple[tuple[str, int], ...] = (
    (r"\b(?:said|added|told)\b", 0),
    (r"(?P<np>[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?P<verb>told|said)", 0),
    (r"^a second", re.I | re.M),
    (r"(?<![\w’'])she\s+(\w+)", 0),
    (r".+", re.S),
    (r"(?P<first>x)?y", 0),
)


def test_matches_equal_compiled() -> None:
    """Every method gives what ``re.compile``'s pattern gives, before and after the first use."""
    for source, flags in _PATTERNS:
        for first in ("search", "finditer"):  # the first use rebinds; try two orders
            lazy = lazy_compile(source, flags)
            rx = re.compile(source, flags)
            assert isinstance(lazy, LazyPattern)
            if first == "finditer":
                assert ([m.span() for m in lazy.finditer(_TEXT)]
                        == [m.span() for m in rx.finditer(_TEXT)])
            got, want = lazy.search(_TEXT), rx.search(_TEXT)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
            got = lazy.match(_TEXT, 4)
            want = rx.match(_TEXT, 4)
            assert (got and got.span()) == (want and want.span())
            assert lazy.fullmatch("said") is None or rx.fullmatch("said") is not None
            assert lazy.findall(_TEXT) == rx.findall(_TEXT)
            assert lazy.sub("<>", _TEXT) == rx.sub("<>", _TEXT)
            assert lazy.subn("<>", _TEXT, count=1) == rx.subn("<>", _TEXT, count=1)
            assert lazy.split(_TEXT, maxsplit=2) == rx.split(_TEXT, maxsplit=2)
            assert [m.span() for m in lazy.finditer(_TEXT, 10, 120)] == [
                m.span() for m in rx.finditer(_TEXT, 10, 120)]
            assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
                rx.pattern, rx.flags, rx.groups, dict(rx.groupindex))


def test_compiles_once_and_binds() -> None:
    """The first use compiles; later calls are the compiled pattern's own bound methods."""
    lazy = lazy_compile(r"\bferr(?:y|ies)\b")
    assert isinstance(lazy, LazyPattern)
    assert lazy.__dict__["_compiled"] is None
    assert lazy.search(_TEXT) is not None
    rx = lazy.compiled()
    assert rx.pattern == r"\bferr(?:y|ies)\b"
    assert lazy.search.__self__ is rx
    assert lazy.compiled() is rx


#: the module patterns kept compiled at import: a match's ``.re`` is compared with them by ``is``
_EAGER = frozenset({"_ACC_MID_RE", "_ACCORDING_PRE_RE", "_ACCORDING_POST_RE"})


def test_patterns_compared_by_identity_are_compiled() -> None:
    """A lazy stand-in is not the pattern its matches carry (``m.re``): every module constant
    the instrument compares a match's ``.re`` with is a real compiled pattern (the identity run
    of this round failed on ``according.py`` when one was lazy)."""
    import importlib
    from pathlib import Path

    quotes = Path(__file__).resolve().parent.parent / "helpers" / "instruments" / "quotes"
    seen = 0
    for path in sorted(quotes.glob("*.py")):
        names = re.findall(r"\.re\s+(?:is|is not|==|!=)\s+(\w+)", path.read_text(encoding="utf-8"))
        if not names:
            continue
        module = importlib.import_module(f"helpers.instruments.quotes.{path.stem}")
        for name in names:
            seen += 1
            assert isinstance(getattr(module, name), re.Pattern), (path.name, name)
            assert name in _EAGER
    assert seen >= 4


def test_import_compiles_no_module_pattern() -> None:
    """Importing the instrument leaves the module patterns of the heavy modules uncompiled
    (they were compiled at import before this round: about 2.8 CPU s)."""
    code = (
        "import sys, re\n"
        "import helpers.instruments.quotes\n"
        "from helpers.core.lazy_patterns import LazyPattern\n"
        f"EAGER = {sorted(_EAGER)!r}\n"
        "mods = ['sentcues', 'cues', 'governing', 'mentions', 'postcues']\n"
        "lazy = done = 0\n"
        "for m in mods:\n"
        "    for v in vars(sys.modules['helpers.instruments.quotes.' + m]).values():\n"
        "        if isinstance(v, LazyPattern):\n"
        "            lazy += 1\n"
        "            done += v.__dict__['_compiled'] is not None\n"
        "    for k, v in vars(sys.modules['helpers.instruments.quotes.' + m]).items():\n"
        "        assert not isinstance(v, re.Pattern) or k in EAGER, (m, k)\n"
        "print(lazy, done)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert int(out[0]) > 100
    assert int(out[1]) == 0


def test_compile_loaded_compiles_module_patterns() -> None:
    """``compile_loaded`` compiles every lazy module constant of the named modules, once."""
    code = (
        "import sys\n"
        "import helpers.instruments.quotes.governing as g\n"
        "from helpers.core.lazy_patterns import LazyPattern, compile_loaded\n"
        "pats = [v for v in vars(g).values() if isinstance(v, LazyPattern)]\n"
        "n = compile_loaded('helpers.instruments.quotes.governing')\n"
        "print(len(pats), n, sum(p.__dict__['_compiled'] is not None for p in pats),\n"
        "      compile_loaded('helpers.instruments.quotes.governing'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    total, compiled, done, again = map(int, out)
    assert total > 5
    assert compiled == total == done
    assert again == 0
