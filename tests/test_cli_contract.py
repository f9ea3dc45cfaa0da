"""The analysis commands of the CLI: the columns each issue names, offsets, both formats.

Every command must give its documented columns for the default corpus and for plain-text
articles from another outlet (with ``--date``), carry offsets that reproduce the row's text,
and reject bad input with exit status 2.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.core.paths import DEFAULT_CORPUS, FIXTURES, PROJECT_ROOT

REQUIRED = {
    "quotes": ["source", "article_id", "start", "end", "text", "kind", "speaker",
               "speaker_start", "speaker_end", "cue", "continuation"],
    "sentiment": ["source", "article_id", "start", "end", "polarity", "subjectivity", "vader",
                  "score", "voice", "speaker"],
    "timeline": ["source", "article_id", "start", "end", "text", "type", "value",
                 "granularity", "interval_start", "interval_end", "anchor"],
    "themes": ["source", "article_id", "start", "end"],
}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpers", *args], capture_output=True,
                          text=True, cwd=PROJECT_ROOT, timeout=300)


def read(result: subprocess.CompletedProcess, fmt: str) -> pd.DataFrame:
    assert result.returncode == 0, result.stderr
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        return pd.DataFrame(rows)
    return pd.read_csv(io.StringIO(result.stdout), keep_default_na=False)


def check_offsets(df: pd.DataFrame) -> None:
    texts: dict[str, str] = {}
    for row in df.itertuples():
        src = row.source
        if src not in texts:
            texts[src] = Path(src).read_text(encoding="utf-8") if Path(src).is_absolute() \
                else (PROJECT_ROOT / src).read_text(encoding="utf-8")
        assert 0 <= int(row.start) < int(row.end) <= len(texts[src])
        if "text" in df.columns:
            assert texts[src][int(row.start):int(row.end)] == row.text


@pytest.mark.needs_default_corpus
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("command", sorted(REQUIRED))
def test_command_on_default_corpus(command, fmt):
    df = read(run_cli(command, str(DEFAULT_CORPUS), "--format", fmt), fmt)
    assert list(df.columns[: len(REQUIRED[command])]) == REQUIRED[command] or \
        set(REQUIRED[command]) <= set(df.columns), df.columns
    assert len(df) > 0
    assert df["article_id"].nunique() == 2
    check_offsets(df)


@pytest.mark.parametrize("command", sorted(REQUIRED))
def test_command_on_plain_articles_with_date(command):
    df = read(run_cli(command, str(FIXTURES / "plain"), "--date", "2024-05-10"), "csv")
    assert set(REQUIRED[command]) <= set(df.columns)
    check_offsets(df)


@pytest.mark.needs_default_corpus
def test_themes_has_a_score_column_per_codebook_theme():
    from helpers.instruments.themes import load_codebook

    df = read(run_cli("themes", str(DEFAULT_CORPUS)), "csv")
    for theme in load_codebook().ids:
        assert theme in df.columns


@pytest.mark.parametrize("command", sorted(REQUIRED))
def test_command_bad_input_exit_2(tmp_path, command):
    missing = tmp_path / "nope.txt"
    result = run_cli(command, str(missing))
    assert result.returncode == 2
    assert str(missing) in result.stderr and "Traceback" not in result.stderr
