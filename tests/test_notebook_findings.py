"""Fixed Findings prose is labelled as being about the default corpus (a new user running the
notebooks on 40 US news articles read "The 2007 interview is one voice" about articles they had
never given). Prose written by hand sits under "Findings on the default corpus" with a line
telling a reader of another corpus to read the tables instead; computed findings may stay under
plain "Findings"."""

from __future__ import annotations

import re

import nbformat
import pytest

from helpers.core.paths import NOTEBOOKS

HEADING = re.compile(r"^(#{2,3}) (.+)$", re.M)
BULLET = re.compile(r"^\* ", re.M)


def _prose_sections(path) -> list[tuple[str, str]]:
    """(heading in force, cell text) for every markdown cell that holds a bullet list."""
    nb = nbformat.read(path, as_version=4)
    heading, found = "", []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        text = cell.source
        bullet = BULLET.search(text)
        end = bullet.start() if bullet else len(text)
        before = [h.group(2) for h in HEADING.finditer(text, 0, end)]
        heading = before[-1] if before else heading
        if bullet:
            found.append((heading, text))
            heading = ([h.group(2) for h in HEADING.finditer(text)] or [heading])[-1]
    return found


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")), ids=lambda p: p.name)
def test_fixed_findings_name_the_default_corpus(path) -> None:
    for heading, text in _prose_sections(path):
        if not heading.startswith("Findings"):
            continue
        assert heading == "Findings on the default corpus", (path.name, heading)
        assert "On another corpus" in text, path.name


def test_the_notebooks_with_fixed_findings_are_all_checked() -> None:
    labelled = [p.name for p in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
                if any(h.startswith("Findings") for h, _ in _prose_sections(p))]
    assert len(labelled) >= 5, labelled  # 01, 02, 03, 04, 07 carry prose written by hand
