"""Environment and repository hygiene: one source of truth for versions, clean notebooks."""

from __future__ import annotations

import json
import re
import sys
from importlib import metadata
from pathlib import Path

import yaml

from helpers.core.paths import NOTEBOOKS, PROJECT_ROOT

REQUIREMENTS = PROJECT_ROOT / "requirements.txt"
DEV_REQUIREMENTS = PROJECT_ROOT / "requirements-dev.txt"
DOCS_REQUIREMENTS = PROJECT_ROOT / "requirements-docs.txt"
CORE = {"jupyterlab", "pandas", "matplotlib", "textblob"}
DEV = {"pytest", "hypothesis", "ruff", "mypy"}


def pinned(path: Path = REQUIREMENTS) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"([A-Za-z0-9_.\-\[\]]+)==([^\s;]+)", line)
        assert m, f"{path.name}: {line!r} is not pinned with =="
        pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    return pins


def test_requirements_pin_every_core_package():
    pins = pinned()
    assert CORE <= set(pins), CORE - set(pins)


def test_dev_tools_are_pinned_in_their_own_group_and_only_there():
    dev, docs, runtime = pinned(DEV_REQUIREMENTS), pinned(DOCS_REQUIREMENTS), pinned()
    assert DEV <= set(dev), DEV - set(dev)
    assert {"sphinx", "myst-nb"} <= set(docs)
    for a, b in ((dev, runtime), (docs, runtime), (dev, docs)):
        assert not set(a) & set(b), f"pinned twice: {set(a) & set(b)}"


def test_the_compiled_build_and_the_tests_pin_the_same_mypy():
    """The tests run the compiled build's type check (``make test`` installs mypy from the dev
    pins); ``make compiled`` builds with its own pins. A package pinned in both must carry one
    version, or the check in CI and the build could disagree."""
    dev = pinned(DEV_REQUIREMENTS)
    built = pinned(PROJECT_ROOT / "requirements-compiled.txt")
    shared = set(dev) & set(built)
    assert "mypy" in shared
    assert {name: dev[name] for name in shared} == {name: built[name] for name in shared}


def test_binder_installs_the_pins_and_the_package():
    binder = PROJECT_ROOT / "binder"
    env = yaml.safe_load((binder / "environment.yml").read_text(encoding="utf-8"))
    assert "python=3.11" in env["dependencies"]
    post = (binder / "postBuild").read_text(encoding="utf-8")
    assert "-r requirements.txt" in post and "-e ." in post
    assert (binder / "postBuild").stat().st_mode & 0o111, "binder/postBuild must be executable"


def test_environment_yml_installs_requirements_and_pins_nothing_else():
    env = yaml.safe_load((PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8"))
    deps = env["dependencies"]
    assert "conda-forge" in env["channels"]
    conda_pkgs = [d for d in deps if isinstance(d, str)]
    assert "python=3.11" in conda_pkgs and "pip" in conda_pkgs
    pip_section = next(d["pip"] for d in deps if isinstance(d, dict))
    assert "-r requirements.txt" in pip_section
    # any other package named in environment.yml must not carry its own version
    others = [p for p in conda_pkgs if not p.startswith(("python", "pip"))]
    others += [p for p in pip_section if not p.startswith(("-r", "-e"))]
    assert others == [], f"environment.yml pins packages outside requirements.txt: {others}"


def test_python_version_agrees():
    pyproject = (PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11,<3.14"' in pyproject
    assert (3, 11) <= sys.version_info[:2] < (3, 14)
    assert 'license = "MIT"' in pyproject  # SPDX string: no setuptools deprecation banner


def test_installed_versions_match_the_pins():
    mismatched = {}
    for name, version in (pinned() | pinned(DEV_REQUIREMENTS) | pinned(DOCS_REQUIREMENTS)).items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            mismatched[name] = (version, None)
            continue
        if installed != version:
            mismatched[name] = (version, installed)
    assert not mismatched, f"installed packages drift from requirements.txt: {mismatched}"


def test_notebooks_are_committed_without_outputs_and_have_parameters():
    notebooks = sorted(NOTEBOOKS.glob("*.ipynb"))
    assert notebooks, "no notebooks found"
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        for cell in code:
            assert not cell.get("outputs"), f"{path.name}: a cell has outputs"
            assert cell.get("execution_count") is None, f"{path.name}: execution counts"
        tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(tagged) == 1, f"{path.name}: needs exactly one cell tagged 'parameters'"
        src = "".join(tagged[0]["source"])
        for name in ("CORPUS", "OUTPUT_DIR", "DATE"):
            assert re.search(rf"^{name} = ", src, re.M), f"{path.name}: parameter {name}"
        first = nb["cells"][0]
        assert first["cell_type"] == "markdown" and "".join(first["source"]).startswith("# ")
        assert "../data" not in path.read_text(encoding="utf-8"), f"{path.name} uses ../data"
