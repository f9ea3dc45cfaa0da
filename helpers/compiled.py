"""The optional compiled runtime: mypyc builds of the quotes instrument, used only while current.

``make compiled`` (``scripts/build_compiled.py``) compiles the modules of :data:`SOURCES` with
mypyc into ``build/compiled/`` (outside the source folders, not in git) and writes
``build/compiled/manifest.json``: the SHA-256 of every source it was built from and of every
module of the package those import without compiling (``types``: read by the build for their
signatures), the Python it was built for and the file of each compiled module.
:func:`install` (called once by ``helpers/__init__.py``) puts a finder in front of the import
system that loads those files instead of the sources, and only when *every* recorded hash
equals the file's hash now, the interpreter is the one the build was made for and every file
is there (and, before the first compiled module runs, the dynamic loader accepts every
binary): the compiled modules call one another directly, so one edited source makes the whole
build stale. Otherwise the package runs as pure Python (a one-line notice on stderr when a
stale build is found). The finder checks the hashes again before each module of the build is
imported, so a source edited later in a running process is not shadowed either: before any
compiled module runs, the process falls back to pure Python; after, the import (a
``reload``) fails and asks for a restart. A fresh clone without a compiler never builds, so it
runs pure Python, with the same output.

Why: issue 13 asks for >= 1 M chars per CPU-second of ``extract_quotes``; the pure-Python
cascade of small tests gives ~0.6-0.75, the compiled modules 1.3-1.5x that (throughput
round 8 in ``docs/notes/scale.md``), with byte-identical tables.

``NS_PURE_PYTHON=1`` in the environment keeps pure Python even with a current build.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from pathlib import Path
from types import ModuleType

#: the repository root (the folder that holds ``helpers/``)
ROOT = Path(__file__).resolve().parent.parent
#: where ``make compiled`` puts the build and its manifest
BUILD_DIR = ROOT / "build" / "compiled"
MANIFEST = "manifest.json"
#: manifest format; a build with another number is not used (2: the hashes of the modules
#: read for types, ``types``)
FORMAT = 2
#: the modules compiled, as source paths relative to :data:`ROOT`: the quotes instrument
#: and the core modules it calls on every paragraph. Left out: ``__init__`` (its imports run
#: first) and ``ranker`` (mypyc drops the memo of its ``cached_property``, and tests count its
#: ``load_ranker`` calls by monkeypatching)
SOURCES: tuple[str, ...] = tuple(
    [f"helpers/instruments/quotes/{name}.py" for name in (
        "according", "agent_mentions", "antecedents", "apposed_offices", "article", "asides",
        "attribution",
        "bylines", "captions",
        "cataphora", "clauses", "context_relays", "continuations", "coordinated",
        "closing_reporters", "coordinated_cues", "cue_subjects", "cueless", "cues", "dash_labels",
        "described_people", "description_text", "descriptions", "document_authors",
        "extract",
        "final_reporter", "finish", "floor_turns", "fronted_phrases", "governing", "headlines",
        "inverted_roles", "issued_documents", "lexicon", "lone_given_names",
        "lone_surname_subjects", "organisation_uses",
        "mention_type", "own_sentence_subjects", "participle_subjects", "poll_sources",
        "mentions", "names", "noun_gender", "noun_modifiers", "openings", "paragraphs", "phrases",
        "plural_subjects", "possessive_documents", "possessive_subjects", "postcues", "pronouns",
        "pronoun_saying_nouns", "chant_cues", "elliptic_speakers",
        "possessed_words", "modified_documents",
        "personal_documents", "apposed_bodies",
        "put_cues", "put_tails", "framing_as_cues", "finding_cues", "one_appositions",
        "quoterow", "recipient_documents",
        "ranker_candidates",
        "ranker_features", "ranker_namesakes",
        "role_named",
        "later_clauses", "run_on_phrases", "naming_participles",
        "coordinated_predicates", "inverted_participles", "interview_asides", "relation_groups",
        "simple_tense_names", "elliptic_one", "singular_they", "person_plurals",
        "catenative_cues", "time_adverbials", "in_document_authors", "what_one_calls",
        "roles", "salience", "samename", "sentcues", "source_mentions", "speaker_places",
        "speakers", "split_cues", "state", "subjects", "tables", "trailing_cues", "written",
        "writer_names", "written_subjects")]
    + [f"helpers/core/{name}.py" for name in ("quotation_marks", "name_forms", "person_names")])


def module_name(source: str) -> str:
    """``helpers/core/text.py`` -> ``helpers.core.text``."""
    return source[:-len(".py")].replace("/", ".")


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_tag() -> str:
    """The interpreter a compiled module fits: implementation, version and extension suffix."""
    return f"{sys.implementation.cache_tag} {importlib.machinery.EXTENSION_SUFFIXES[0]}"


class CompiledFinder(MetaPathFinder):
    """Finds the modules of a build (module name -> compiled file); every other name is left
    to the import system. Never on ``sys.path``: it shadows exactly the modules it lists.

    ``sources`` (source path -> recorded SHA-256) are checked again before every module of the
    build is imported, not only when the finder is installed: a source edited after
    ``import helpers`` (a notebook cell, an editor beside a running kernel) and then imported
    or reloaded (``importlib.reload``, IPython's autoreload) must not run the old compiled code.
    A file whose size and modification time are those seen at the last check is not hashed
    again (the check stays cheap); any other is, and its hash decides.

    Before the first module of the build is imported, every compiled file is opened by the
    dynamic loader (``ctypes.CDLL``, which runs no module code): a binary that cannot be loaded
    here (another C library, a truncated or corrupt file) sends the process to pure Python with
    a notice naming the file, rather than an ImportError halfway through the package."""

    def __init__(self, files: dict[str, Path], build_dir: Path,
                 sources: dict[Path, str] | None = None):
        self.files = dict(files)
        self.build_dir = build_dir
        self.sources = dict(sources or {})
        self._seen: dict[Path, tuple[int, int]] = {}
        self._binaries_checked = False

    def unloadable_file(self) -> tuple[Path, str] | None:
        """The first extension-module file of the build that the dynamic loader refuses, with
        its reason, else None. Files without an extension-module suffix (the stand-ins of the
        tests) are not opened."""
        suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
        for file in self.files.values():
            if not file.name.endswith(suffixes) or not file.is_file():
                continue  # a missing file is check_build's to report
            try:
                ctypes.CDLL(str(file))
            except OSError as exc:
                return file, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return None

    def _fall_back(self, why: str) -> None:
        """Take this finder off the import system (the process runs pure Python) and say why
        on stderr, in one line naming the file at fault."""
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        print(f"helpers: compiled build not used ({why}): pure Python; `make compiled` "
              "rebuilds it", file=sys.stderr)

    def changed_source(self) -> Path | None:
        """The first source whose bytes are no longer those the build was made from (or that
        is gone), else None."""
        for path, sha in self.sources.items():
            try:
                stat = path.stat()
            except OSError:
                return path
            seen = (stat.st_mtime_ns, stat.st_size)
            if self._seen.get(path) == seen:
                continue
            if sha256_of(path) != sha:
                return path
            self._seen[path] = seen
        return None

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        changed = self.changed_source()
        if changed is not None:
            loaded = sorted(name for name in self.files if name in sys.modules)
            if not loaded:  # nothing of the build runs yet: this process goes pure Python
                self._fall_back(f"{changed} changed since the build")
                return None
            # the compiled modules call one another directly: loading the edited source beside
            # them would leave their calls on the old code, so refuse rather than mix
            raise ImportError(
                f"helpers: {changed} changed after its compiled build was loaded in this "
                f"process ({len(loaded)} compiled modules run, e.g. {loaded[0]}); the edit "
                "cannot take effect here: restart the Python process (in a notebook, restart "
                "the kernel); `make compiled` rebuilds, NS_PURE_PYTHON=1 runs pure Python",
                name=fullname)
        if not self._binaries_checked and not any(name in sys.modules for name in self.files):
            self._binaries_checked = True
            bad = self.unloadable_file()
            if bad is not None:
                self._fall_back(f"{bad[0]} cannot be loaded: {bad[1]}")
                return None
        return importlib.util.spec_from_file_location(fullname, file)


def check_build(build_dir: Path = BUILD_DIR, root: Path = ROOT,
                sources: Sequence[str] = SOURCES) -> tuple[dict[str, Path], str]:
    """(module name -> compiled file, "") when the build in ``build_dir`` is current for the
    sources under ``root``; ({}, why not) otherwise ("" as the reason when there is no build).

    Current: the manifest has this format and interpreter tag, lists exactly ``sources``, every
    source's SHA-256 is the recorded one, so is that of every module the build read for its
    types only (``types``: ``helpers/core/text.py``, ...), and every compiled file (modules and
    the shared runtime library of the build) exists."""
    files, _, why = _read_build(build_dir, root, sources)
    return files, why


def _read_build(build_dir: Path, root: Path, sources: Sequence[str]
                ) -> tuple[dict[str, Path], dict[Path, str], str]:
    """:func:`check_build`, with the recorded hash of every source path as well (the finder
    checks them again before each import)."""
    hashes: dict[Path, str] = {}
    manifest_path = build_dir / MANIFEST
    if not manifest_path.is_file():
        return {}, {}, ""
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return {}, {}, f"unreadable manifest ({exc})"
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return {}, {}, "another manifest format"
    if manifest.get("python") != build_tag():
        return {}, {}, f"built for {manifest.get('python')}, this is {build_tag()}"
    try:
        built = manifest["sources"]
        if sorted(built) != sorted(sources):
            return {}, {}, "built from another list of modules"
        files: dict[str, Path] = {}
        for source in sources:
            entry = built[source]
            path = root / source
            if not path.is_file() or sha256_of(path) != entry["sha256"]:
                return {}, {}, f"{source} changed since the build"
            files[module_name(source)] = build_dir / entry["file"]
            hashes[path] = entry["sha256"]
        for source, sha in manifest["types"].items():
            path = root / source
            if not path.is_file() or sha256_of(path) != sha:
                return {}, {}, f"{source} changed since the build"
            hashes[path] = sha
        for name, file in manifest["runtime"].items():
            files[name] = build_dir / file
    except (KeyError, TypeError, AttributeError) as exc:  # a manifest edited by hand
        return {}, {}, f"malformed manifest ({exc!r})"
    missing = [str(f) for f in files.values() if not f.is_file()]
    if missing:
        return {}, {}, f"{len(missing)} compiled files missing"
    return files, hashes, ""


def install(build_dir: Path = BUILD_DIR, root: Path = ROOT,
            sources: Sequence[str] = SOURCES) -> str:
    """Use the compiled build when it is current (see :func:`check_build`); return the mode,
    ``"compiled"`` or ``"pure"``. Called by ``helpers/__init__.py`` before any module of the
    build is imported; does nothing under ``NS_PURE_PYTHON=1`` or when the finder of this
    build is already installed."""
    if os.environ.get("NS_PURE_PYTHON", "") not in ("", "0"):
        return "pure"
    if any(isinstance(f, CompiledFinder) and f.build_dir == build_dir for f in sys.meta_path):
        return "compiled"
    files, hashes, why = _read_build(build_dir, root, sources)
    if not files:
        if why:
            print(f"helpers: compiled build not used ({why}): pure Python; `make compiled` "
                  "rebuilds it", file=sys.stderr)
        return "pure"
    sys.meta_path.insert(0, CompiledFinder(files, build_dir, hashes))
    return "compiled"


def mode() -> str:
    """How the quotes instrument runs in this process: ``"compiled"`` when its modules were
    loaded from the build, else ``"pure"`` (the benchmarks print it)."""
    mod = sys.modules.get("helpers.instruments.quotes.extract")
    if mod is None:
        return "compiled" if any(isinstance(f, CompiledFinder) for f in sys.meta_path) \
            else "pure"
    return "pure" if str(getattr(mod, "__file__", "")).endswith(".py") else "compiled"
