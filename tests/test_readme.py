"""README renders as intended: the notebook table is one table with one row per notebook.

The README is parsed with a real Markdown parser (mistune, already pinned as an nbconvert
dependency) rather than with regular expressions, so a blank line that splits a table (which
renders the remaining rows as a paragraph of pipes) fails here.

What the notebook table must list: one row per ``notebooks/*.ipynb`` file, named by its stem. A
template notebook run once per parameter value (e.g. a theme notebook run once per codebook theme)
is one file and so one row; its runs are outputs, not notebooks.
"""

from __future__ import annotations

import re

import mistune
import pytest

from helpers.core.paths import NOTEBOOKS, PROJECT_ROOT

README = PROJECT_ROOT / "README.md"


def _text(node: dict) -> str:
    """Concatenated raw text of an AST node (inline code and plain text alike)."""
    if "raw" in node:
        return node["raw"]
    return "".join(_text(child) for child in node.get("children", []))


def _tables(markdown: str) -> list[dict]:
    parse = mistune.create_markdown(renderer=None, plugins=["table"])
    return [node for node in parse(markdown) if node["type"] == "table"]


def _first_column(table: dict) -> tuple[str, list[str]]:
    head, body = table["children"]
    header = _text(head["children"][0])
    return header, [_text(row["children"][0]) for row in body["children"]]


def notebook_table() -> list[str]:
    """First-column cells of the README table whose header's first cell is ``notebook``."""
    tables = [_first_column(t) for t in _tables(README.read_text(encoding="utf-8"))]
    found = [rows for header, rows in tables if header.strip().lower() == "notebook"]
    assert len(found) == 1, f"expected one notebook table in README.md, found {len(found)}"
    return found[0]


def test_parser_sees_a_table_split_by_a_blank_line_as_broken():
    broken = "| notebook | q |\n|---|---|\n| `01_a` | x |\n\n| `02_b` | y |\n"
    (table,) = _tables(broken)
    assert _first_column(table)[1] == ["01_a"]


def test_notebook_table_has_one_row_per_notebook():
    rows = notebook_table()
    expected = sorted(path.stem for path in NOTEBOOKS.glob("*.ipynb"))
    assert expected, "no notebooks found"
    assert len(rows) == len(expected), (rows, expected)
    assert sorted(rows) == expected


def test_first_screen_names_the_two_commands_and_what_to_open():
    first_screen = "\n".join(README.read_text(encoding="utf-8").splitlines()[:40])
    for needed in ("make run", "make test", "build/site", "build/figures/INDEX.md"):
        assert needed in first_screen, f"README first screen lacks {needed!r}"


@pytest.mark.parametrize("target", ["run", "test", "lab", "book"])
def test_make_targets_named_in_readme_exist(target):
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(rf"^{target}:", makefile, re.M), f"Makefile has no {target} target"


def test_parameters_named_in_readme_are_the_notebooks_parameters():
    """The README's list of parameter-cell names is every notebook's parameters (it lacked
    ``ARTICLES`` and ``ALL_FORMATS``, session 13)."""
    import nbformat
    from papermill.translators import PythonTranslator

    names: set[str] = set()
    for path in NOTEBOOKS.glob("*.ipynb"):
        cells = [c for c in nbformat.read(path, as_version=4).cells
                 if "parameters" in c.metadata.get("tags", [])]
        names |= {p.name for cell in cells for p in PythonTranslator.inspect(cell)}
    text = " ".join(README.read_text(encoding="utf-8").split())
    found = re.search(r"has a `parameters` cell \(([^()]*)\)", text)
    assert found, "README no longer says what the parameters cell holds"
    assert set(re.findall(r"`([A-Z_]+)`", found.group(1))) == names


def test_make_run_does_not_echo_its_command_line() -> None:
    """A new user's first lines of ``make run`` were the runner's own command line with empty
    arguments (``--corpus "" ... --jobs 0``), read as "zero jobs"; the runner prints what it
    runs on, so ``run`` and ``tables`` call it silently (``@``)."""
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    for target in ("run:", "tables:"):
        recipe = makefile[next(i for i, line in enumerate(makefile)
                               if line.startswith(target)) + 1]
        assert recipe.startswith("\t@$(BIN)/python scripts/"), (target, recipe)
