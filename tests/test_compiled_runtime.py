"""The optional compiled runtime (helpers/compiled.py, throughput round 8): a build is used only
while every source it was built from is unchanged; otherwise, pure Python.

The build itself (mypyc, ~3 minutes) is not run here: a made-up package in a temporary folder
stands in, its "compiled" module a Python file with another value, which the finder loads
exactly as it would load an extension module."""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from helpers import compiled
from helpers.compiled import (
    FORMAT,
    MANIFEST,
    SOURCES,
    CompiledFinder,
    build_tag,
    check_build,
    install,
    module_name,
    sha256_of,
)

PKG = "cr8_fake_pkg"
SOURCE = f"{PKG}/tally.py"


@pytest.fixture
def fake(tmp_path, monkeypatch):
    """A source tree with one module and a current build of it; the finder and the imported
    modules are removed afterwards."""
    root, build = tmp_path / "root", tmp_path / "build"
    (root / PKG).mkdir(parents=True)
    (root / PKG / "__init__.py").write_text("", encoding="utf-8")
    (root / SOURCE).write_text('MODE = "pure"\n', encoding="utf-8")
    (build / PKG).mkdir(parents=True)
    (build / PKG / "tally_built.py").write_text('MODE = "compiled"\n', encoding="utf-8")
    (build / "rt_built.py").write_text("", encoding="utf-8")
    manifest = {"format": FORMAT, "python": build_tag(),
                "sources": {SOURCE: {"sha256": sha256_of(root / SOURCE),
                                     "file": f"{PKG}/tally_built.py"}},
                "runtime": {"cr8_fake_rt": "rt_built.py"}, "types": {}}
    (build / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.delenv("NS_PURE_PYTHON", raising=False)
    before = list(sys.meta_path)
    yield root, build, manifest
    sys.meta_path[:] = before
    for name in [n for n in sys.modules if n.startswith(PKG) or n == "cr8_fake_rt"]:
        del sys.modules[name]


def _tally_mode() -> str:
    for name in [n for n in sys.modules if n.startswith(PKG)]:
        del sys.modules[name]
    importlib.invalidate_caches()
    return importlib.import_module(f"{PKG}.tally").MODE


def _install(root: Path, build: Path) -> str:
    return install(build, root, [SOURCE])


def test_current_build_is_used(fake):
    root, build, _ = fake
    assert _tally_mode() == "pure"
    assert _install(root, build) == "compiled"
    assert _tally_mode() == "compiled"
    assert importlib.import_module("cr8_fake_rt").__file__ == str(build / "rt_built.py")


def test_editing_a_source_falls_back_to_pure_python(fake, capsys):
    root, build, _ = fake
    (root / SOURCE).write_text('MODE = "pure"\n# edited\n', encoding="utf-8")
    assert _install(root, build) == "pure"
    assert _tally_mode() == "pure"
    assert f"{SOURCE} changed since the build" in capsys.readouterr().err


def test_a_source_edited_after_install_is_not_shadowed(fake, capsys):
    """Review 17: the hashes are checked again when a module of the build is first imported,
    so a source edited after ``import helpers`` (a notebook session) runs as edited."""
    root, build, _ = fake
    assert _install(root, build) == "compiled"
    (root / SOURCE).write_text('MODE = "edited"\n', encoding="utf-8")
    assert _tally_mode() == "edited"
    assert f"{root / SOURCE} changed since the build" in capsys.readouterr().err
    assert not any(isinstance(f, CompiledFinder) and f.build_dir == build
                   for f in sys.meta_path)


def test_reloading_an_edited_source_refuses_the_old_build(fake):
    """Review 17: ``importlib.reload`` (IPython's autoreload) of a source edited after its
    compiled module was loaded must not silently load the compiled module again; the compiled
    modules call one another directly, so the error asks for a restart."""
    root, build, _ = fake
    assert _install(root, build) == "compiled"
    assert _tally_mode() == "compiled"
    module = sys.modules[f"{PKG}.tally"]
    (root / SOURCE).write_text('MODE = "edited"\n', encoding="utf-8")
    with pytest.raises(ImportError, match="restart the Python process") as caught:
        importlib.reload(module)
    assert str(root / SOURCE) in str(caught.value)


def test_touching_a_source_without_changing_it_keeps_the_build(fake):
    """The bytes decide, not the modification time: ``touch`` or a checkout of the same
    content keeps the compiled build."""
    import os

    root, build, _ = fake
    assert _install(root, build) == "compiled"
    os.utime(root / SOURCE, ns=(1, 1))
    assert _tally_mode() == "compiled"


def test_stale_build_reasons(fake):
    root, build, manifest = fake
    assert check_build(build, root, [SOURCE])[1] == ""
    assert check_build(build, root, [SOURCE, f"{PKG}/other.py"]) == (
        {}, "built from another list of modules")
    for key, value, why in [("python", "cpython-299 .so", "built for cpython-299"),
                            ("format", FORMAT + 1, "another manifest format")]:
        (build / MANIFEST).write_text(json.dumps({**manifest, key: value}), encoding="utf-8")
        files, reason = check_build(build, root, [SOURCE])
        assert files == {} and reason.startswith(why)
    broken = {**manifest, "sources": {SOURCE: {"sha256": manifest["sources"][SOURCE]["sha256"]}}}
    for bad in (broken, {**manifest, "runtime": ["rt_built.py"]}, {**manifest, "sources": 3}):
        (build / MANIFEST).write_text(json.dumps(bad), encoding="utf-8")
        files, reason = check_build(build, root, [SOURCE])
        assert files == {} and reason.startswith("malformed manifest")
    (build / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (build / "rt_built.py").unlink()
    assert check_build(build, root, [SOURCE]) == ({}, "1 compiled files missing")
    (build / MANIFEST).write_text("{not json", encoding="utf-8")
    assert check_build(build, root, [SOURCE])[1].startswith("unreadable manifest")
    (build / MANIFEST).unlink()
    assert check_build(build, root, [SOURCE]) == ({}, "")


def test_no_build_and_forced_pure_python(fake, monkeypatch, capsys):
    root, build, _ = fake
    assert install(build.parent / "nothing", root, [SOURCE]) == "pure"
    assert capsys.readouterr().err == ""  # no build: no notice
    monkeypatch.setenv("NS_PURE_PYTHON", "1")
    assert _install(root, build) == "pure"
    assert not any(isinstance(f, CompiledFinder) for f in sys.meta_path
                   if getattr(f, "build_dir", None) == build)
    assert _tally_mode() == "pure"


def test_install_twice_adds_one_finder(fake):
    root, build, _ = fake
    assert _install(root, build) == _install(root, build) == "compiled"
    assert sum(isinstance(f, CompiledFinder) and f.build_dir == build for f in sys.meta_path) == 1


def test_finder_shadows_only_listed_modules(tmp_path):
    finder = CompiledFinder({"a.b": tmp_path / "b.so"}, tmp_path)
    assert finder.find_spec("a.c") is None
    assert finder.find_spec("a.b").origin == str(tmp_path / "b.so")


def test_sources_are_the_instrument_and_exist():
    root = compiled.ROOT
    assert len(SOURCES) == len(set(SOURCES))
    assert all((root / s).is_file() for s in SOURCES)
    quotes = sorted(p.name for p in (root / "helpers/instruments/quotes").glob("*.py"))
    listed = sorted(Path(s).name for s in SOURCES if s.startswith("helpers/instruments/quotes/"))
    # every module of the instrument but its package file and the chooser's weights (SOURCES)
    assert sorted(set(quotes) - set(listed)) == ["__init__.py", "ranker.py"]
    assert module_name("helpers/core/name_forms.py") == "helpers.core.name_forms"


_TABLE = """
import sys
from helpers.compiled import mode
from helpers.core.corpus import segment_text
from helpers.instruments.quotes import extract_quotes
corpus = segment_text(sys.stdin.read(), source="invented.txt")
print(mode())
for ranker in ("default", "rules"):
    print(extract_quotes(corpus, ranker=ranker).to_json(orient="split"))
"""

_INVENTED = """Harbour board rejects ferry plan

By Ilse Marrow

The harbour board of Quellport voted on Tuesday against the new ferry route. "We cannot pay
for it this year," said Tomas Vherle, the board's chairman. He added: "Perhaps next spring."

Residents were unhappy. "The board has let us down again," one fisherman told reporters.
Councillor Ada Brenn said the vote was "a mistake the town will regret".

"I will bring it back," Brenn said. "The people want the ferry, and they will have it."
"""


@pytest.mark.skipif(not check_build()[0], reason="no current build (make compiled)")
def test_the_compiled_build_gives_the_pure_tables():
    """With a current build in build/compiled: the quotes tables of an invented article are the
    same, byte for byte, from the compiled modules and from the sources."""
    import os
    import subprocess

    def run(pure: str) -> list[str]:
        env = {**os.environ, "NS_PURE_PYTHON": pure, "PYTHONPATH": str(compiled.ROOT)}
        return subprocess.run([sys.executable, "-c", _TABLE], input=_INVENTED, text=True,
                              env=env, capture_output=True, check=True).stdout.splitlines()

    built, pure = run("0"), run("1")
    assert (built[0], pure[0]) == ("compiled", "pure")
    assert built[1:] == pure[1:] and len(built) == 3
    assert '"Tomas Vherle"' in built[1]


_ODD_INPUTS = """
import sys
from helpers.compiled import mode
from helpers.core.corpus import segment_text
from helpers.instruments.quotes import extract_quotes
import helpers.instruments.quotes.ranker_candidates as rc
corpus = segment_text(sys.stdin.read(), source="invented.txt")
corpus.blocks["article_id"] = 7  # a corpus a researcher built, with int ids
corpus.sentences["article_id"] = 7
rc.SETTLED = ("own-cue",)  # the documented switch, set to another tuple
print(mode())
print(extract_quotes(corpus, ranker="default").to_json(orient="split"))
"""


@pytest.mark.skipif(not check_build()[0], reason="no current build (make compiled)")
def test_the_compiled_build_takes_what_pure_python_takes():
    """Review 17: mypyc checks annotations at run time, so an annotation narrower than the
    values pure Python accepts raised TypeError in compiled mode only: an int ``article_id``
    (annotated ``str``) and ``ranker_candidates.SETTLED`` set to a tuple of another length
    (inferred as exactly four strings). Both modes must give the same table."""
    import os
    import subprocess

    def run(pure: str) -> list[str]:
        env = {**os.environ, "NS_PURE_PYTHON": pure, "PYTHONPATH": str(compiled.ROOT)}
        done = subprocess.run([sys.executable, "-c", _ODD_INPUTS], input=_INVENTED, text=True,
                              env=env, capture_output=True)
        assert done.returncode == 0, done.stderr[-600:]
        return done.stdout.splitlines()

    built, pure = run("0"), run("1")
    assert (built[0], pure[0]) == ("compiled", "pure")
    assert built[1:] == pure[1:] and '"Tomas Vherle"' in built[1]


def test_settled_is_annotated_as_a_tuple_of_any_length():
    """The switch ``SETTLED`` is set to tuples of other lengths (tests, experiments); its
    annotation must allow that, or the compiled runtime raises TypeError (review 17). Read
    from the source, so the check holds without a build."""
    import ast

    tree = ast.parse((compiled.ROOT / "helpers/instruments/quotes/ranker_candidates.py")
                     .read_text(encoding="utf-8"))
    found = [n for n in tree.body if isinstance(n, ast.AnnAssign)
             and isinstance(n.target, ast.Name) and n.target.id == "SETTLED"]
    assert found and ast.unparse(found[0].annotation) == "tuple[str, ...]"


def test_a_binary_that_cannot_be_loaded_falls_back_to_pure_python(fake, capsys):
    """Review 17: a build whose binary the dynamic loader refuses here (another C library, a
    truncated file; here bytes that are no shared library) runs pure Python, with a notice
    naming the file, instead of raising ImportError at the first import."""
    root, build, manifest = fake
    bad = build / PKG / f"tally_built{importlib.machinery.EXTENSION_SUFFIXES[0]}"
    bad.write_bytes(b"\x7fELF not really a shared library")
    manifest["sources"][SOURCE]["file"] = str(bad.relative_to(build))
    (build / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert _install(root, build) == "compiled"  # the manifest is current
    assert _tally_mode() == "pure"
    err = capsys.readouterr().err
    assert f"{bad} cannot be loaded" in err and err.count("\n") == 1
    assert not any(isinstance(f, CompiledFinder) and f.build_dir == build
                   for f in sys.meta_path)


def test_a_loadable_binary_is_checked_once_and_used(fake, tmp_path):
    """The loader check opens real extension files and keeps the build when they load (a
    module of the standard library stands in for a compiled file)."""
    import _bisect

    root, build, manifest = fake
    finder = CompiledFinder({"cr8_fake_ext": Path(_bisect.__file__)}, build)
    assert finder.unloadable_file() is None
    junk = tmp_path / f"junk{importlib.machinery.EXTENSION_SUFFIXES[0]}"
    junk.write_bytes(b"junk")
    assert CompiledFinder({"cr8_fake_ext": junk}, build).unloadable_file()[0] == junk


def test_a_module_read_for_types_only_is_in_the_hash_set(fake, capsys):
    """Review 17: a module the compiled ones import without being compiled
    (``helpers/core/text.py``) was read for its signatures by the build; editing it retires the
    build, before install and after it (the finder checks it again before each import)."""
    root, build, manifest = fake
    helper = f"{PKG}/helper.py"
    (root / helper).write_text("def words(text: str) -> int:\n    return 1\n", encoding="utf-8")
    manifest["types"] = {helper: sha256_of(root / helper)}
    (build / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert check_build(build, root, [SOURCE])[1] == ""
    assert _install(root, build) == "compiled"
    (root / helper).write_text("def words(text: str) -> str:\n    return ''\n", encoding="utf-8")
    assert check_build(build, root, [SOURCE]) == ({}, f"{helper} changed since the build")
    assert _tally_mode() == "pure"
    assert f"{root / helper} changed since the build" in capsys.readouterr().err


def test_the_build_hashes_the_core_modules_it_reads_for_types():
    """scripts/build_compiled.py lists the package's modules that compiled sources import
    without compiling them (the ``types`` of the manifest)."""
    spec = importlib.util.spec_from_file_location(
        "build_compiled_under_test", compiled.ROOT / "scripts" / "build_compiled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    types = module.type_sources(compiled.ROOT, SOURCES)
    assert "helpers/core/text.py" in types
    assert "helpers/instruments/quotes/ranker.py" in types
    assert not set(types) & set(SOURCES)
    assert all((compiled.ROOT / t).is_file() and t.startswith("helpers/") for t in types)


def test_compiled_sources_pass_the_builds_type_check(tmp_path):
    """``make compiled`` runs mypyc, which refuses to build when its type check fails; CI does
    not build (3 minutes), so a new module with, say, an unannotated empty list broke the build
    unnoticed in session 30 (``document_authors.py``). The same check, without the build:
    ``requirements-dev.txt`` pins mypy, so ``make test`` (and CI) runs it."""
    import subprocess
    import sys

    pytest.importorskip(
        "mypy", reason="mypy absent: make test installs it from requirements-dev.txt")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file",
         str(compiled.ROOT / "scripts" / "mypyc.ini"), "--cache-dir", str(tmp_path / "cache"),
         *compiled.SOURCES], capture_output=True, text=True, timeout=600, cwd=compiled.ROOT)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-1000:]
