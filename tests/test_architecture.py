"""The layers of ``helpers`` and the size limits, checked on every change.

``core`` → ``instruments`` → ``evaluate`` → ``report``: a module may import from its own layer
and the layers below it, never above. An instrument imports only ``core`` (and its own package),
never another instrument; only ``report``, the CLI and the notebooks join instruments. Imports
inside function bodies count too (an AST walk of the whole module), so a hidden import cannot
smuggle a dependency past the rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers.core.paths import PROJECT_ROOT

HELPERS = PROJECT_ROOT / "helpers"
LAYERS = ("core", "instruments", "evaluate", "report")
MAX_FILE_LINES = 800
MAX_FUNCTION_LINES = 120


def _modules(root: Path = PROJECT_ROOT) -> list[Path]:
    helpers = root / "helpers"
    return sorted(p for p in helpers.rglob("*.py") if ".ipynb_checkpoints" not in p.parts)


def _dotted(path: Path, root: Path = PROJECT_ROOT) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, root: Path = PROJECT_ROOT) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in ``path``, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    me = _dotted(path, root)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            out.append((node.lineno, name))
            # ``from helpers.instruments import quotes`` imports the submodule quotes
            if name.startswith("helpers"):
                out += [(node.lineno, f"{name}.{a.name}") for a in node.names]
    return out


def _place(module: str) -> tuple[str, str]:
    """(layer, unit) of a ``helpers`` module: unit is the instrument name for instruments."""
    parts = module.split(".")
    layer = parts[1] if len(parts) > 1 and parts[1] in LAYERS else "top"
    unit = parts[2] if layer == "instruments" and len(parts) > 2 else ""
    return layer, unit


def _violations(root: Path = PROJECT_ROOT) -> list[str]:
    """Every import that breaks the layer rule in ``root/helpers`` (default: this clone's)."""
    bad = []
    for path in _modules(root):
        me = _dotted(path, root)
        layer, unit = _place(me)
        if layer == "top":  # helpers/__init__, __main__, cli: may join anything
            continue
        for line, target in _imports(path, root):
            if not target.startswith("helpers.") or target == "helpers":
                continue
            t_layer, t_unit = _place(target)
            if t_layer == "top" and target not in ("helpers",):
                # the package root only holds __version__; the CLI is top-level
                if target != "helpers.__version__":
                    bad.append(f"{me}:{line} imports {target} (top level) from layer {layer}")
                continue
            if t_layer == "instruments" and not t_unit:
                continue  # the namespace package itself
            if LAYERS.index(t_layer) > LAYERS.index(layer):
                bad.append(f"{me}:{line} ({layer}) imports {target} ({t_layer}): upward")
            elif layer == "instruments" and t_layer == "instruments" and t_unit != unit:
                bad.append(f"{me}:{line} instrument {unit} imports instrument {t_unit}")
            elif layer == "instruments" and t_layer not in ("core", "instruments"):
                bad.append(f"{me}:{line} instrument {unit} imports {target}")
    return bad


def test_layers_import_only_downwards() -> None:
    assert _violations() == []


def test_the_rule_catches_a_hidden_upward_import(tmp_path: Path, monkeypatch) -> None:
    """The checker itself can fail: a function-level import of report from core is caught.

    The probe module lies in a ``helpers/core`` under ``tmp_path``, not in the clone: written
    into the clone's ``helpers/core``, it changed the code hash of the table store (and this
    file's layer check) for tests running at the same time on another xdist worker."""
    fake = tmp_path / "helpers" / "core" / "_layer_probe_tmp.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("def f():\n    from helpers.report import figures\n    return figures\n")
    found = [v for v in _violations(tmp_path) if "_layer_probe_tmp" in v]
    assert found and "upward" in found[0]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(HELPERS)))
def test_files_and_functions_stay_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_FILE_LINES, f"{path}: {lines} lines > {MAX_FILE_LINES}"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == [], f"{path}: functions over {MAX_FUNCTION_LINES} lines: {long}"
