"""The date check's plausible years are a setting of the run, not the run's date: recorded in the
store's ``manifest.json`` and ``logs/run.json``, given to notebook 01 as its ``PLAUSIBLE_YEARS``
parameter, and set from ``make run PLAUSIBLE_YEARS=FROM-TO``. Invented articles."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.core.check import YEARS_VARIABLE
from helpers.core.paths import NOTEBOOKS, PROJECT_ROOT
from helpers.report.run_all import declared_parameters, run_notebooks
from helpers.report.store_build import build_store

ARTICLE = """A headline about the {thing}
By A Writer
4 May 2022

"We will mend the {thing} next week," said Jane Example, who chairs the committee.
"""


@pytest.fixture(autouse=True)
def _no_years_variable(monkeypatch):
    monkeypatch.delenv(YEARS_VARIABLE, raising=False)


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "bridge.txt").write_text(ARTICLE.format(thing="bridge"), encoding="utf-8")
    (folder / "ref-0001-01-01.txt").write_text(ARTICLE.format(thing="road").replace(
        "4 May 2022\n", ""), encoding="utf-8")  # dated year 1 by its file name
    return folder


def test_the_manifest_records_the_range(tmp_path: Path, monkeypatch) -> None:
    corpus = _corpus(tmp_path / "mine")
    build_store(corpus, tmp_path / "out", jobs=1, progress=False)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["plausible_years"] == "1605-2030"
    build_store(corpus, tmp_path / "out", jobs=1, progress=False, years="1990-2025")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["plausible_years"] == "1990-2025"
    monkeypatch.setenv(YEARS_VARIABLE, "1800-2040")
    build_store(corpus, tmp_path / "out", jobs=1, progress=False)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["plausible_years"] == "1800-2040"
    with pytest.raises(ValueError, match="FROM-TO"):
        build_store(corpus, tmp_path / "out", jobs=1, progress=False, years="recent")


def test_the_run_records_the_range_and_says_what_it_flagged(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "mine")
    lines: list[str] = []
    run_notebooks(corpus, tmp_path / "out", notebooks=[], html=False, progress=lines.append,
                  processed_dir=tmp_path / "processed", years="1990-2025")
    info = json.loads((tmp_path / "out" / "logs" / "run.json").read_text(encoding="utf-8"))
    assert info["parameters"]["PLAUSIBLE_YEARS"] == "1990-2025"
    said = [line for line in lines if "outside the plausible publication years" in line]
    assert len(said) == 1 and "1 article" in said[0] and "1990–2025" in said[0], lines
    assert "kept" in said[0]


def test_notebook_01_takes_the_range_as_a_parameter() -> None:
    assert "PLAUSIBLE_YEARS" in declared_parameters(NOTEBOOKS / "01_corpus_overview.ipynb")


def test_make_run_and_make_tables_pass_the_range() -> None:
    for target, script in (("run", "run_notebooks.py"), ("tables", "build_tables.py")):
        result = subprocess.run(["make", "-n", target, "PLAUSIBLE_YEARS=1990-2025"],
                                capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT)
        assert result.returncode == 0, result.stderr
        line = next(x for x in result.stdout.replace("\\\n", " ").splitlines() if script in x)
        assert '--plausible-years "1990-2025"' in line, line


def _script(name: str):
    """``scripts/<name>.py`` loaded as a module (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(f"{name}_script",
                                                  PROJECT_ROOT / "scripts" / f"{name}.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def test_a_malformed_range_stops_make_run_before_any_work(tmp_path: Path, monkeypatch,
                                                           capsys) -> None:
    script = _script("run_notebooks")
    monkeypatch.setattr(sys, "argv", [
        "run_notebooks.py", "--corpus", str(_corpus(tmp_path / "mine")), "--output",
        str(tmp_path / "out"), "--plausible-years", "2030-1990"])
    assert script.main() == 2
    assert "FROM-TO" in capsys.readouterr().err and not (tmp_path / "out").exists()
    with pytest.raises(ValueError, match="FROM-TO"):
        run_notebooks(tmp_path / "mine", tmp_path / "out", notebooks=[], html=False,
                      progress=lambda _: None, years="2030-1990")
    assert not (tmp_path / "out").exists()


def test_make_tables_stops_on_a_malformed_range_but_keeps_a_bug_loud(tmp_path: Path, monkeypatch,
                                                                     capsys) -> None:
    """A malformed range is a one-line error (exit 2) before any work; any other ValueError from
    the build is a bug and keeps its traceback (review 11: every ValueError became one line)."""
    script = _script("build_tables")
    args = ["--corpus", str(_corpus(tmp_path / "mine")), "--output", str(tmp_path / "out")]
    assert script.main(args + ["--plausible-years", "2030-1990"]) == 2
    assert "FROM-TO" in capsys.readouterr().err and not (tmp_path / "out").exists()

    def broken(*_args, **_kwargs):
        raise ValueError("an internal bug")

    monkeypatch.setattr(script, "build_store", broken)
    with pytest.raises(ValueError, match="internal bug"):
        script.main(args)
