"""Snapshot the segment, theme, sentiment, timeline and quote tables of many files; compare.

Why: speed work on the themes, sentiment and timeline instruments and on segmentation must not
change a single value. ``save DIR`` writes, per input file, a pickle of every table those steps
produce (``articles``, ``blocks``, ``sentences``, ``theme_matches``, ``paragraph_themes``, theme
scores at each level, ``sentiment`` with voice, ``score_texts`` of the sentences); ``compare DIR``
recomputes them and reports every table that differs (``DataFrame.equals`` plus column names
and dtypes), exiting 1 if any does. The ``quotes`` group is ``extract_quotes`` of each file
(for speed work on the quote step). The ``timeline`` group is ``extract_timexes`` of each file;
with it the inputs also include the PolNeAR ``.txt`` files and each TimeML document of
``$NS_SHARED_DATA/validation/timebank`` (TimeBank and AQUAINT: its text segmented with the DCT as
the date, as ``helpers.evaluate.timeml.predict_timexes`` does).

Default inputs: every ``.txt`` under the shared corpus (``$NS_SHARED_DATA/corpus``), the
fixture folders (``tests/fixtures``), ``data/other_styles``, ``data/heldout``,
and the first ``--archive N`` (default 40) articles of the benchmark archive
(``build/bench/archive``, built by ``benchmarks/make_archive_corpus.py``) when present. Usage::

    python scripts/compare_tables.py save /tmp/speed_before
    python scripts/compare_tables.py compare /tmp/speed_before [--only themes]
    python scripts/compare_tables.py save /tmp/timeline_before --only timeline
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers.core.corpus import CorpusError, load_corpus, segment_text  # noqa: E402
from helpers.evaluate.timeml import load_timeml  # noqa: E402
from helpers.instruments.quotes import extract_quotes  # noqa: E402
from helpers.instruments.sentiment import score_texts  # noqa: E402
from helpers.instruments.themes import (  # noqa: E402
    LEVELS,
    load_codebook,
    match_themes,
    paragraph_themes,
    theme_scores,
)
from helpers.instruments.timeline import extract_timexes  # noqa: E402
from helpers.report.joins import sentiment_with_voice  # noqa: E402

GROUPS = {"segment": ("articles", "blocks", "sentences"),
          "themes": ("theme_matches", "paragraph_themes",
                     *(f"theme_scores_{lv}" for lv in LEVELS)),
          "sentiment": ("sentiment", "score_texts"),
          "timeline": ("timexes",),
          "quotes": ("quotes",)}


def input_files(archive: int, timeline: bool = False) -> list[Path]:
    """Every input file in a stable order (module docstring); more news if ``timeline``."""
    root = Path(os.environ.get("NS_SHARED_DATA", ROOT.parent / "shared"))
    shared = root / "corpus"
    files = sorted(shared.rglob("*.txt")) if shared.is_dir() else []
    for folder in ("tests/fixtures", "data/other_styles", "data/heldout"):
        files += sorted((ROOT / folder).rglob("*.txt"))
    arch = ROOT / "build" / "bench" / "archive"
    if archive and arch.is_dir():
        files += sorted(arch.glob("*.txt"))[:archive]
    if timeline:
        files += sorted((root / "validation" / "polnear").rglob("*.txt"))
        files += sorted((root / "validation" / "timebank").rglob("*.tml"))
    return files


def _timeml_tables(path: Path, groups: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """The timeline table of one TimeML document (its text, anchored on its DCT)."""
    if "timeline" not in groups:
        return {}
    doc = load_timeml(path)
    return {"timexes": extract_timexes(segment_text(doc.text, source=doc.doc_id,
                                                    date=doc.dct or None))}


def tables_of(path: Path, groups: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """The tables of ``groups`` for one file (an unreadable file gives its error message)."""
    if path.suffix == ".tml":
        return _timeml_tables(path, groups)
    try:
        corpus = load_corpus([path])
    except CorpusError as exc:
        return {"error": pd.DataFrame({"error": [str(exc)]})}
    out: dict[str, pd.DataFrame] = {}
    if "segment" in groups:
        out.update(articles=corpus.articles, blocks=corpus.blocks, sentences=corpus.sentences)
    if "themes" in groups:
        book = load_codebook()
        matches = match_themes(corpus, book)
        out["theme_matches"] = matches
        out["paragraph_themes"] = paragraph_themes(corpus, book)
        for lv in LEVELS:
            out[f"theme_scores_{lv}"] = theme_scores(corpus, lv, book, matches=matches)
    if "sentiment" in groups:
        out["sentiment"] = sentiment_with_voice(corpus)
        s = corpus.sentences
        texts = [corpus.texts[a][b:c] for a, b, c in zip(s["source"], s["start"], s["end"])]
        out["score_texts"] = score_texts(texts)
    if "timeline" in groups:
        out["timexes"] = extract_timexes(corpus)
    if "quotes" in groups:
        out["quotes"] = extract_quotes(corpus)
    return out


def _name(path: Path) -> str:
    # relative to the clone (or to the shared folder) so two worktrees can compare snapshots
    full = path.resolve()
    rel = (full.relative_to(ROOT) if full.is_relative_to(ROOT) else full).as_posix()
    return hashlib.sha1(rel.encode()).hexdigest()[:12] + "_" + path.stem[:40] + ".pkl"


def _diff(name: str, a: pd.DataFrame, b: pd.DataFrame) -> str:
    """Empty when identical, else a one-line description of the first difference."""
    if list(a.columns) != list(b.columns):
        return f"{name}: columns {list(a.columns)} != {list(b.columns)}"
    if list(a.dtypes.astype(str)) != list(b.dtypes.astype(str)):
        bad = [c for c in a.columns if str(a[c].dtype) != str(b[c].dtype)]
        return f"{name}: dtypes differ in {bad}"
    if a.equals(b):
        return ""
    if len(a) != len(b):
        return f"{name}: {len(a)} rows != {len(b)} rows"
    bad = [c for c in a.columns if not a[c].equals(b[c])]
    return f"{name}: values differ in {bad}"


def main() -> int:
    """Save or compare; exit 1 when any table differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["save", "compare"])
    parser.add_argument("folder")
    parser.add_argument("--archive", type=int, default=40,
                        help="first N articles of build/bench/archive (0: none)")
    parser.add_argument("--only", choices=sorted(GROUPS), action="append",
                        help="compare only these groups (repeatable)")
    args = parser.parse_args()
    folder = Path(args.folder)
    groups = tuple(args.only or GROUPS)
    folder.mkdir(parents=True, exist_ok=True)
    files = input_files(args.archive, timeline="timeline" in groups)
    n_bad = n_tables = 0
    for path in files:
        tables = tables_of(path, groups)
        target = folder / _name(path)
        if args.mode == "save":
            target.write_bytes(pickle.dumps(tables))
            continue
        if not target.exists():
            n_bad += 1
            print(f"NEW  {path.relative_to(path.anchor)}: no snapshot of this file")
            continue
        before = pickle.loads(target.read_bytes())
        for name, df in tables.items():
            n_tables += 1
            problem = (f"{name}: missing in snapshot" if name not in before
                       else _diff(name, before[name], df))
            if problem:
                n_bad += 1
                print(f"DIFF {path.relative_to(path.anchor)}: {problem}")
    if args.mode == "save":
        print(f"saved the tables of {len(files)} files to {folder}")
        return 0
    print(f"{len(files)} files, {n_tables} tables compared, {n_bad} differ")
    return 1 if n_bad else 0


if __name__ == "__main__":
    sys.exit(main())
