"""The timeline package's structure: one declaration per pattern, a resolver for every kind,
the instrument's imports, and expressions that name no possible date.

The behaviour of the instrument (values, anchors, scores) is tested in ``test_timeline.py``.
"""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

import pytest

from helpers.core.corpus import load_corpus
from helpers.core.paths import DATA, FIXTURES, PROJECT_ROOT
from helpers.evaluate.annotated_sets import annotated_sets
from helpers.instruments.timeline import TimexResolutionWarning, find_timexes
from helpers.instruments.timeline.grammar import PATTERNS
from helpers.instruments.timeline.resolver import RESOLVERS

PACKAGE = PROJECT_ROOT / "helpers" / "instruments" / "timeline"


def test_every_pattern_kind_has_a_resolver():
    kinds = {p.kind for p in PATTERNS} | {"comp"}  # composites are made by the scanner
    assert kinds <= set(RESOLVERS), kinds - set(RESOLVERS)
    assert set(RESOLVERS) <= kinds | {"comp"}, set(RESOLVERS) - kinds  # no dead entries


def test_every_pattern_declares_its_key():
    assert len(PATTERNS) > 50
    for p in PATTERNS:
        assert p.key.pattern and p.key.pattern == p.key_lower.pattern, p.regex.pattern[:60]


def test_instrument_imports_only_core():
    """An instrument depends on helpers.core only (scoring lives in helpers.evaluate)."""
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(
                    "helpers"):
                assert node.module.startswith(("helpers.core", "helpers.instruments.timeline")), (
                    path.name, node.module)


def test_package_files_stay_small():
    for path in sorted(PACKAGE.glob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) < 800, path.name
        tree = ast.parse("\n".join(lines))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno - node.lineno < 120, (path.name, node.name)


def test_impossible_dates_are_explicit_and_warned():
    text = "The vote was held on 31 February 2019, and again on April 18-17, 2019."
    with pytest.warns(TimexResolutionWarning, match=r"text@21 '31 February 2019'") as record:
        df = find_timexes(text, reference="2019-03-15")
    assert len(record) == 1  # one warning for the whole text
    assert "April 18-17, 2019" in str(record[0].message)
    rows = df.set_index("text")
    assert rows.loc["31 February 2019", "value"] == "XXXX"
    assert rows.loc["April 18-17, 2019", "interval_start"] == ""


def _fixture_files() -> list[Path]:
    files = sorted(FIXTURES.rglob("*.txt"))
    for folder in ("raw", *annotated_sets(present_only=False)["name"]):
        files += sorted((DATA / folder).glob("*.txt"))
    return files


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: p.name)
def test_no_fixture_names_an_impossible_date(path):
    """Every expression of every fixture resolves without falling back to an error row."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", TimexResolutionWarning)
        from helpers.instruments.timeline import extract_timexes

        extract_timexes(load_corpus(path))
