"""The build's copy of a source: module-level names bound once are declared ``Final``.

mypyc reads a module-level name that is not ``Final`` from the module's ``__dict__`` at every
use (a dict look-up by string, ``CPyDict_GetItem``: ~5 % of ``extract_quotes`` in the compiled
runtime, throughput round 9 in ``docs/notes/scale.md``); a ``Final`` name is a C static of the
build. The instrument's ~390 private constants (patterns, word sets, tables) are never rebound,
so ``scripts/build_compiled.py`` compiles copies of the sources in which each of them is
declared ``Final``: the sources themselves (and the rules rounds that edit them) are unchanged,
and a constant added later is declared in the next build without anyone writing it.

Only annotations change, on the same lines (line numbers of tracebacks stay those of the
source): ``NAME = value`` -> ``NAME: Final = value``, ``NAME: T = value`` -> ``NAME: Final[T] =
value``, and ``; from typing import Final as Final`` at the end of the ``from __future__``
line. A name is declared only when it is private (a leading underscore: a public module
attribute such as ``ranker_candidates.SETTLED`` or ``extract.LEARNED_SPEAKERS_BY_DEFAULT`` is
a switch that callers and tests rebind, and compiled readers must see the new value), the
module binds it exactly once, by a plain assignment at its top level, never under
``global``/``nonlocal``, never deleted, and it is no type alias, ``TypeVar``, ``NewType`` or
``NamedTuple``; mypy then checks that nothing rebinds it (a rebound ``Final`` fails the build,
it cannot change output). Mutating a constant's object in place is unchanged (``Final``
forbids rebinding only).
"""

from __future__ import annotations

import ast

FUTURE_LINE = "from __future__ import annotations"
IMPORT_SUFFIX = "; from typing import Final as Final"
#: calls whose result mypy treats as a type, not a value: never declared Final
_TYPE_MAKERS = frozenset({"TypeVar", "NewType", "NamedTuple", "namedtuple", "ParamSpec",
                          "TypedDict", "TypeVarTuple"})
#: subscripted names whose value is a type (``Key = tuple[str, ...]`` is an alias)
_GENERIC_TYPES = frozenset({"tuple", "list", "dict", "set", "frozenset", "type", "Callable",
                            "Optional", "Union", "Iterable", "Iterator", "Sequence", "Mapping",
                            "Literal", "Annotated"})


def _is_future_line(line: str) -> bool:
    """The ``from __future__ import annotations`` line, alone or already carrying the import
    suffix of another rewrite of the build."""
    return line.rstrip() == FUTURE_LINE or line.startswith(FUTURE_LINE + ";")


def _called_name(value: ast.expr) -> str:
    """The name a call's value calls (``TypeVar`` of ``TypeVar("T")``, ``NamedTuple`` of
    ``typing.NamedTuple(...)``), "" for a value that is no call of a name or attribute."""
    if not isinstance(value, ast.Call):
        return ""
    func = value.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _is_type_value(value: ast.expr) -> bool:
    """True for values mypy may read as a type: ``A | B``, ``tuple[...]`` and the like, and
    the calls of :data:`_TYPE_MAKERS`."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr):
        return True
    if isinstance(value, ast.Subscript):
        base = value.value
        name = base.id if isinstance(base, ast.Name) else \
            base.attr if isinstance(base, ast.Attribute) else ""
        return name in _GENERIC_TYPES
    return _called_name(value) in _TYPE_MAKERS


def _binding_counts(tree: ast.Module) -> tuple[dict[str, int], set[str]]:
    """How often each name is bound anywhere in the module (assignments, loops, imports,
    definitions, ``except ... as``, walrus, ...), and the names that are deleted or declared
    ``global``/``nonlocal`` somewhere."""
    counts: dict[str, int] = {}
    banned: set[str] = set()

    def bind(name: str) -> None:
        counts[name] = counts.get(name, 0) + 1

    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bind(node.id)
            if isinstance(node.ctx, ast.Del):
                banned.add(node.id)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            banned.update(node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bind(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                bind((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bind(node.name)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            bind(node.name)
    return counts, banned


def final_names(tree: ast.Module) -> dict[str, ast.Assign | ast.AnnAssign]:
    """The module-level names to declare ``Final``, each with its (only) binding statement."""
    counts, banned = _binding_counts(tree)
    out: dict[str, ast.Assign | ast.AnnAssign] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            name, value = stmt.targets[0].id, stmt.value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) \
                and stmt.value is not None:
            annotation = ast.unparse(stmt.annotation)
            if any(word in annotation for word in ("Final", "TypeAlias", "ClassVar")) \
                    or stmt.annotation.lineno != stmt.annotation.end_lineno:
                continue
            name, value = stmt.target.id, stmt.value
        else:
            continue
        if not name.startswith("_") or name.startswith("__") or name in banned \
                or counts.get(name) != 1 or _is_type_value(value):
            continue
        out[name] = stmt
    return out


def finalize(text: str) -> tuple[str, list[str]]:
    """``text`` with its once-bound module constants declared ``Final`` (see the module
    docstring), and their names. Same number of lines; a text without a ``from __future__
    import annotations`` line, or with no such constant, is returned as it is."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    future = next((i for i, line in enumerate(lines) if _is_future_line(line)), None)
    names = final_names(tree)
    if future is None or not names:
        return text, []
    for stmt in names.values():
        i = stmt.lineno - 1
        line = lines[i].encode("utf-8")  # ast offsets count UTF-8 bytes
        if isinstance(stmt, ast.AnnAssign):
            start, end = stmt.annotation.col_offset, stmt.annotation.end_col_offset or 0
            line = line[:start] + b"Final[" + line[start:end] + b"]" + line[end:]
        else:
            end = stmt.targets[0].end_col_offset or 0
            line = line[:end] + b": Final" + line[end:]
        lines[i] = line.decode("utf-8")
    ending = lines[future][len(lines[future].rstrip("\r\n")):]
    lines[future] = lines[future].rstrip("\r\n") + IMPORT_SUFFIX + ending
    return "".join(lines), sorted(names)
