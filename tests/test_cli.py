"""The command line as a user meets it: help text, --version, program names, theme options.

The column contract of each command is in test_cli_contract.py; this file checks what a person
typing ``--help`` or a wrong theme name sees, for both entry points (``python -m helpers`` and the
``ns-helpers`` console script).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.cli import COMMANDS, DETAILS
from helpers.core.paths import FIXTURES, PROJECT_ROOT

PLAIN = FIXTURES / "plain"
ENV = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
SUBCOMMANDS = ["segment", *COMMANDS]


def run(*args: str, script: list[str] | None = None) -> subprocess.CompletedProcess:
    command = script or [sys.executable, "-m", "helpers"]
    return subprocess.run([*command, *args], capture_output=True, text=True, cwd=PROJECT_ROOT,
                          env=ENV, timeout=300)


def console_script() -> list[str]:
    found = shutil.which("ns-helpers", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("ns-helpers console script not installed here (pip install -e .)")
    return [found]


def test_version_comes_from_the_package():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"python -m helpers {helpers.__version__}"


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_a_description_and_a_runnable_example(command):
    result = run(command, "--help")
    assert result.returncode == 0, result.stderr
    description, example = DETAILS[command]
    assert description.split()[0] in result.stdout
    assert f"example: python -m helpers {command} " in result.stdout
    assert example.format(prog="p").split()[1] == command


def test_examples_name_paths_that_parse():
    # every example must parse with the real parser (no stale option names)
    from helpers.cli import _parser

    parser = _parser("p")
    for command in SUBCOMMANDS:
        example = DETAILS[command][1].format(prog="p").split(">")[0].split()[1:]
        args = parser.parse_args(example)
        assert args.command == command


def test_program_name_for_module_entry_point():
    result = run("quotes")  # missing PATH: argparse usage error names the program
    assert result.returncode == 2
    assert result.stderr.startswith("usage: python -m helpers quotes")


def test_program_name_for_console_script():
    script = console_script()
    result = run("quotes", script=script)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: ns-helpers quotes"), result.stderr
    assert run("--version", script=script).stdout.strip() == f"ns-helpers {helpers.__version__}"


def read_csv(result: subprocess.CompletedProcess) -> pd.DataFrame:
    assert result.returncode == 0, result.stderr
    return pd.read_csv(io.StringIO(result.stdout), keep_default_na=False)


def test_theme_filter_keeps_one_theme_with_the_same_values():
    full = read_csv(run("themes", str(PLAIN), "--date", "2024-05-10"))
    one = read_csv(run("themes", str(PLAIN), "--date", "2024-05-10",
                       "--theme", "austerity_inequality"))
    theme_cols = [c for c in full.columns if c.endswith("_present")]
    assert len(theme_cols) > 1, "the default codebook should have several themes"
    kept = [c for c in one.columns if c.endswith("_present")]
    assert kept == ["austerity_inequality_present"]
    # no column of another theme is left (its evidence and negation flags went with it)
    others = [c for c in one.columns if c.split("_")[0] in {"special", "party", "iraq", "israel"}]
    assert others == []
    pd.testing.assert_frame_equal(one, full[one.columns])


def test_unknown_theme_lists_the_valid_ones_and_exits_2():
    from helpers.instruments.themes import load_codebook

    result = run("themes", str(PLAIN), "--theme", "no_such_theme")
    assert result.returncode == 2
    assert "no_such_theme" in result.stderr and "Traceback" not in result.stderr
    for theme in load_codebook().ids:
        assert theme in result.stderr


def test_another_codebook_gives_its_own_theme_columns(tmp_path):
    codebook = tmp_path / "weather.yml"
    codebook.write_text(
        "themes:\n"
        "  - id: libraries\n    label: Libraries\n    definition: public libraries\n"
        "    terms: [library]\n"
        "  - id: weather\n    label: Weather\n    definition: the weather\n"
        "    terms: [rain, snow]\n",
        encoding="utf-8",
    )
    df = read_csv(run("themes", str(PLAIN), "--date", "2024-05-10", "--codebook", str(codebook)))
    assert [c for c in df.columns if c.endswith("_present")] == [
        "libraries_present", "weather_present"]
    # the council article talks about library opening hours; nothing is about snow or rain
    assert df["libraries_present"].astype(str).str.lower().eq("true").any()
    one = read_csv(run("themes", str(PLAIN), "--date", "2024-05-10", "--codebook",
                       str(codebook), "--theme", "weather"))
    assert "libraries" not in one.columns and "weather" in one.columns


def test_bad_codebook_exits_2_naming_the_file(tmp_path):
    missing = tmp_path / "missing.yml"
    result = run("themes", str(PLAIN), "--codebook", str(missing))
    assert result.returncode == 2
    assert str(missing) in result.stderr and "Traceback" not in result.stderr
