"""Build the optional compiled runtime: the modules of ``helpers.compiled.SOURCES`` with mypyc.

Run: ``make compiled`` (installs the pinned build tools of ``requirements-compiled.txt``, then
runs this script). Writes ``build/compiled/``: one extension module per source, the build's
shared runtime library and ``manifest.json`` (the SHA-256 of every source and of every module
of the package the sources import without compiling it, ``types``; the interpreter);
``helpers.compiled`` uses them only while all of these are unchanged. What is compiled is a
copy of each source in which the module constants bound once are declared ``Final``
(``scripts/compiled_finals.py``: annotations only, same lines); ``--plain`` compiles the
sources as they are, to measure it; throughput round 9. The old build is removed
first, so a failed build leaves pure Python. Needs a C compiler and the Python headers; takes
~3 minutes of CPU. mypyc checks the annotations at run time: the type check must pass
(settings in ``scripts/mypyc.ini``), and a wrong annotation raises TypeError where pure Python
would go on (``docs/notes/scale.md``, throughput round 8).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.compiled import (  # noqa: E402  (the repository root first on sys.path)
    BUILD_DIR,
    FORMAT,
    MANIFEST,
    SOURCES,
    build_tag,
    module_name,
    sha256_of,
)

sys.path.insert(0, str(ROOT / "scripts"))
from compiled_finals import finalize  # noqa: E402

WORK_DIR = ROOT / "build" / "compiled-work"
CONFIG = ROOT / "scripts" / "mypyc.ini"


def type_sources(root: Path, sources: Sequence[str]) -> list[str]:
    """The package's modules that ``sources`` import but that are not compiled (read by the
    type check for their types: ``helpers/core/text.py``, ...), as paths relative to ``root``.
    Their hashes go into the manifest too: a compiled caller was built against their
    signatures, so an edit of one retires the build like an edit of a compiled source."""
    compiled_set = set(sources)
    found: set[str] = set()
    for source in sources:
        package = module_name(source).split(".")[:-1]
        for node in ast.walk(ast.parse((root / source).read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package[:len(package) - node.level + 1] if node.level else []
                module = ".".join(base + ([node.module] if node.module else []))
                names = [module] + [f"{module}.{alias.name}" for alias in node.names]
            for name in names:
                if not name.startswith("helpers"):
                    continue
                stem = name.replace(".", "/")
                for candidate in (f"{stem}.py", f"{stem}/__init__.py"):
                    if (root / candidate).is_file() and candidate not in compiled_set:
                        found.add(candidate)
    return sorted(found)


def main(plain: bool = False) -> int:
    """Build into a work folder, move the result to ``build/compiled``, write the manifest.
    ``plain``: compile the sources as they are (no ``Final`` declarations added; to measure
    what :mod:`compiled_finals` brings)."""
    try:
        import mypy.version
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError as exc:
        print(f"build_compiled: {exc}; install requirements-compiled.txt (make compiled)",
              file=sys.stderr)
        return 1
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    shutil.rmtree(WORK_DIR, ignore_errors=True)
    WORK_DIR.mkdir(parents=True)
    # the build compiles copies (compiled_finals: once-bound constants declared Final) of the
    # package's sources in the work folder; the type check reads the whole package from there,
    # and setuptools runs there too (the root's pyproject.toml is for the package, not this build)
    src = WORK_DIR / "src"
    shutil.copytree(ROOT / "helpers", src / "helpers",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    hashes = {}
    for source in SOURCES:
        data = (ROOT / source).read_bytes()
        hashes[source] = hashlib.sha256(data).hexdigest()
        text = data.decode("utf-8")
        if not plain:
            text = finalize(text)[0]
        (src / source).write_text(text, encoding="utf-8")
    types = {t: sha256_of(ROOT / t) for t in type_sources(ROOT, SOURCES)}
    config = CONFIG.read_text(encoding="utf-8") + f"\nmypy_path = {src}\n"
    (WORK_DIR / "mypy.ini").write_text(config, encoding="utf-8")
    out = WORK_DIR / "lib"
    cwd = os.getcwd()
    os.chdir(src)
    try:  # relative paths: tracebacks of compiled code name helpers/..., as the sources do
        setup(name="ns-compiled",
              ext_modules=mypycify(["--config-file", str(WORK_DIR / "mypy.ini"), *SOURCES],
                                   opt_level="3"),
              script_args=["--quiet", "build_ext", "--build-lib", str(out),
                           "--build-temp", str(WORK_DIR / "temp")])
    finally:
        os.chdir(cwd)
    files = {s: next((out / s).parent.glob(Path(s).stem + ".*.so"), None) for s in SOURCES}
    runtime = sorted(out.glob("*__mypyc.*.so"))
    missing = [s for s, f in files.items() if f is None]
    if missing or not runtime:
        print(f"build_compiled: no compiled file for {missing or 'the runtime library'}",
              file=sys.stderr)
        return 1
    changed = [s for s in SOURCES if sha256_of(ROOT / s) != hashes[s]] + \
        [t for t in types if sha256_of(ROOT / t) != types[t]]
    if changed:
        print(f"build_compiled: sources edited during the build: {changed}", file=sys.stderr)
        return 1
    shutil.move(str(out), str(BUILD_DIR))
    manifest = {
        "format": FORMAT,
        "python": build_tag(),
        "mypy": mypy.version.__version__,
        "sources": {s: {"sha256": hashes[s],
                        "file": str(files[s].relative_to(out))} for s in SOURCES},
        "types": types,
        "rewrites": [] if plain else ["compiled_finals"],
        "runtime": {f.name.split(".")[0]: f.name for f in runtime},
    }
    (BUILD_DIR / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(WORK_DIR, ignore_errors=True)
    print(f"build_compiled: {len(SOURCES)} modules compiled into "
          f"{BUILD_DIR.relative_to(ROOT)} ({module_name(SOURCES[0])}, ...)")
    return 0


if __name__ == "__main__":
    sys.exit(main(plain="--plain" in sys.argv[1:]))
