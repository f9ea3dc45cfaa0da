"""Layers of the themes and sentiment instruments: imports go down only, joins live in report.

Why: an instrument that imports another (or the evaluation layer) hides a dependency and can
compute the same table twice; the joins in ``helpers.report.joins`` take the tables instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
import pytest

from helpers.core.corpus import segment_text
from helpers.core.paths import PROJECT_ROOT
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.sentiment import sentence_sentiment
from helpers.report.joins import sentiment_with_voice, theme_voices_for

INSTRUMENTS = PROJECT_ROOT / "helpers" / "instruments"
INSTRUMENT_FILES = [path for name in ("themes", "sentiment")
                    for path in sorted((INSTRUMENTS / name).glob("*.py"))]


def _imported_modules(path: Path) -> list[str]:
    """Every module a file imports, at any depth (function-body imports included)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.append(node.module)
    return out


@pytest.mark.parametrize("path", INSTRUMENT_FILES, ids=lambda p: p.name)
def test_instrument_imports_only_core(path: Path) -> None:
    own = f"helpers.instruments.{path.parent.name}"  # its own package
    bad = [m for m in _imported_modules(path) if m.startswith("helpers")
           and not m.startswith("helpers.core") and not m.startswith(own)]
    assert bad == [], f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", INSTRUMENT_FILES, ids=lambda p: p.name)
def test_instrument_files_small(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert len(path.read_text(encoding="utf-8").splitlines()) < 800
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno - node.lineno < 120, f"{path.name}:{node.name}"


TEXT = (
    "Minister visits Washington\n\n"
    "The minister arrived in Washington on Monday for two days of talks with officials.\n\n"
    '"We will not give up on this deal, whatever happens next," said the minister.\n\n'
    "Critics were unimpressed by the visit and by the promises made during it.\n"
)


def test_sentence_sentiment_without_quotes_is_all_narrator() -> None:
    corpus = segment_text(TEXT, source="visit.txt", date="2020-01-01")
    df = sentence_sentiment(corpus)
    assert len(df) >= 3
    assert set(df["voice"]) == {"narrator"}
    assert set(df["speaker"]) == {""}
    assert (df["quote_share"] == 0).all()


def test_sentiment_with_voice_is_sentence_sentiment_with_extracted_quotes() -> None:
    corpus = segment_text(TEXT, source="visit.txt", date="2020-01-01")
    quotes = extract_quotes(corpus)
    assert (quotes["kind"] == "speech").any()
    joined = sentiment_with_voice(corpus)
    pd.testing.assert_frame_equal(joined, sentence_sentiment(corpus, quotes))
    pd.testing.assert_frame_equal(joined, sentiment_with_voice(corpus, quotes))
    quoted = joined[joined["text"].str.contains("give up")]
    assert quoted["voice"].iloc[0] == "quoted"


def test_theme_voices_for_uses_the_quotes_given() -> None:
    corpus = segment_text(TEXT, source="visit.txt", date="2020-01-01")
    matches = pd.DataFrame({"source": ["visit.txt"], "article_id": [""], "theme": ["t"],
                            "sentence_id": [1], "start": [TEXT.index("deal")],
                            "end": [TEXT.index("deal") + 4]})
    quotes = pd.DataFrame({"source": ["visit.txt"], "start": [TEXT.index("We")],
                           "end": [TEXT.index(",\" said")], "kind": ["speech"],
                           "speaker": ["A Speaker"]})
    table, note = theme_voices_for(corpus, matches, quotes)
    assert table["voice"].tolist() == ["A Speaker"]
    assert note.startswith("1 quoted spans")
