"""Build the optional compiled runtime: the modules of ``helpers.compiled.SOURCES`` with mypyc.

Run: ``make compiled`` (installs the pinned build tools of ``requirements-compiled.txt``, then
runs this script). Writes ``build/compiled/``: one extension module per source, the build's
shared runtime library and ``manifest.json`` (the SHA-256 of every source, the interpreter);
``helpers.compiled`` uses them only while every source is unchanged. The old build is removed
first, so a failed build leaves pure Python. Needs a C compiler and the Python headers; takes
~3 minutes of CPU. mypyc checks the annotations at run time: the type check must pass
(settings in ``scripts/mypyc.ini``), and a wrong annotation raises TypeError where pure Python
would go on (``docs/notes/scale.md``, throughput round 8).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
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

WORK_DIR = ROOT / "build" / "compiled-work"
CONFIG = ROOT / "scripts" / "mypyc.ini"


def main() -> int:
    """Build into a work folder, move the result to ``build/compiled``, write the manifest."""
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
    hashes = {s: sha256_of(ROOT / s) for s in SOURCES}
    # the type check reads the whole package from the root; the setuptools run happens in the
    # work folder (the root's pyproject.toml is for the package, not for this build)
    config = CONFIG.read_text(encoding="utf-8") + f"\nmypy_path = {ROOT}\n"
    (WORK_DIR / "mypy.ini").write_text(config, encoding="utf-8")
    out = WORK_DIR / "lib"
    cwd = os.getcwd()
    os.chdir(WORK_DIR)
    try:
        setup(name="ns-compiled",
              ext_modules=mypycify(["--config-file", str(WORK_DIR / "mypy.ini"),
                                    *[str(ROOT / s) for s in SOURCES]], opt_level="3"),
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
    changed = [s for s in SOURCES if sha256_of(ROOT / s) != hashes[s]]
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
        "runtime": {f.name.split(".")[0]: f.name for f in runtime},
    }
    (BUILD_DIR / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(WORK_DIR, ignore_errors=True)
    print(f"build_compiled: {len(SOURCES)} modules compiled into "
          f"{BUILD_DIR.relative_to(ROOT)} ({module_name(SOURCES[0])}, ...)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
