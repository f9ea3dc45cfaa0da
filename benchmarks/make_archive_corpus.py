"""Build a benchmark archive: 1,000 plain-text articles (about 20 MB) from the repo's own texts.

Why: the default corpus is two files; the questions researchers ask next need hundreds to
thousands of articles. This corpus is assembled only from texts already on the machine (the
default corpus in ``../shared/corpus`` when present, ``data/other_styles``, ``data/heldout``,
``tests/fixtures``), so nothing is downloaded and no third-party text is added to git. It is a
load test, not a sample for accuracy claims: paragraphs are reshuffled across sources.

Each article is one file ``article_NNNN.txt`` in the plain format (title, blank line,
paragraphs separated by blank lines); ``metadata.csv`` gives each a publication date, a
section and an author (invented names, a few prolific and many occasional, so that figures by
section and author meet more groups than they draw). Titles,
dates, lengths and paragraph order vary with a fixed seed, so the same command always writes
the same bytes. Usage::

    python benchmarks/make_archive_corpus.py [OUT_FOLDER] [--articles N] [--mb SIZE]

(default ``build/bench/archive/``; ``build/`` is never committed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("data/other_styles/*.txt", "data/heldout/*.txt",
           "tests/fixtures/**/*.txt")
DEFAULT_OUT = PROJECT_ROOT / "build" / "bench" / "archive"
#: NS page furniture that would turn a plain article into a scrape (kept out of the paragraphs).
_FURNITURE_RE = re.compile(r"^(show hide image|this article first appeared|correction:)", re.I)
#: An unfilled template slot: a ``[key] => value`` dump (PHP print_r), ``{{ key }}``, ``${key}``
#: or ``%(key)s``. A source page whose first line is such a dump is not a title to recombine.
_PLACEHOLDER_RE = re.compile(r"\[\w+\]\s*=>|\{\{[^}]*\}\}|\$\{\w+\}|%\(\w+\)s")
_SEED = 12
#: sections of a political weekly; authors invented (no real bylines), drawn with Zipf weights
SECTIONS = ("Politics", "World", "Economics", "Culture", "Comment", "Science & Tech",
            "Books", "Long reads", "Environment")
AUTHORS = tuple(f"{first} {last}" for first, last in zip(
    ("Ada", "Ben", "Cora", "Dev", "Ela", "Finn", "Gita", "Hal", "Ines", "Jon", "Kai", "Lena",
     "Milo", "Nia", "Omar", "Pia", "Quin", "Rosa", "Sami", "Tess", "Uma", "Vic", "Wren", "Yara"),
    ("Abbott", "Bryce", "Carver", "Dunne", "Ellery", "Frost", "Garner", "Hale", "Irving",
     "Jessop", "Keane", "Lowell", "Marsh", "Noble", "Oakes", "Pryor", "Quill", "Rowe", "Sable",
     "Thorne", "Upton", "Vance", "Wilde", "Yates")))


def source_texts(root: Path = PROJECT_ROOT) -> list[tuple[str, str]]:
    """(relative path, text) of every source file, sorted by path for a stable order."""
    named = {str(p.relative_to(root)): p for pattern in SOURCES for p in root.glob(pattern)
             if p.is_file()}
    shared = Path(os.environ.get("NS_SHARED_DATA", root.parent / "shared")) / "corpus"
    for p in sorted(shared.glob("*.txt")) if shared.is_dir() else []:
        # listed under data/raw/, where the default corpus used to be, so the order (and the
        # archive's bytes) stay as they were
        named[f"data/raw/{p.name}"] = p
    out = []
    for name in sorted(named):
        try:
            out.append((name, named[name].read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue  # fixtures of deliberately broken encodings
    return out


def split_material(texts: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Paragraphs (prose lines of at least 80 characters) and title candidates (first lines).

    Lines holding an unfilled template slot are neither: recombined, ``[city] => Leeds`` left
    ``[city] =>`` at the head of generated titles.
    """
    paragraphs: list[str] = []
    titles: list[str] = []
    for _, text in texts:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if lines and 3 <= len(lines[0].split()) <= 16 and not _PLACEHOLDER_RE.search(lines[0]):
            titles.append(lines[0].rstrip("."))
        for ln in lines:
            if len(ln) >= 80 and not (_FURNITURE_RE.match(ln) or _PLACEHOLDER_RE.search(ln)):
                paragraphs.append(ln)
    return sorted(set(paragraphs)), sorted(set(titles))


def make_article(rng: random.Random, paragraphs: list[str], titles: list[str],
                 target_chars: int) -> str:
    """One plain article of about ``target_chars``: a varied title, then shuffled paragraphs."""
    words = rng.choice(titles).split()
    other = rng.choice(titles).split()
    cut = rng.randint(1, max(1, len(words) - 1))
    title = " ".join(words[:cut] + other[len(other) // 2:])
    body: list[str] = []
    size = 0
    while size < target_chars:
        para = rng.choice(paragraphs)
        body.append(para)
        size += len(para) + 2
    return title + "\n\n" + "\n\n".join(body) + "\n"


def build(out: Path, n_articles: int = 1000, total_mb: float = 20.0) -> tuple[int, int]:
    """Write the archive into ``out``; return (files, bytes). Deterministic for given args."""
    paragraphs, titles = split_material(source_texts())
    if not paragraphs or not titles:
        raise SystemExit("no source texts found under data/ and tests/fixtures/")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(_SEED)
    mean = total_mb * 1_000_000 / n_articles
    start = dt.date(1998, 1, 1)
    total = 0
    meta = ["file,date,section,author"]
    labels = random.Random(_SEED + 1)  # its own generator: texts and dates stay as they were
    for i in range(n_articles):
        target = int(mean * rng.uniform(0.3, 1.7))
        text = make_article(rng, paragraphs, titles, target)
        name = f"article_{i:04d}.txt"
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        total += len(data)
        date = start + dt.timedelta(days=rng.randrange(0, 365 * 25))
        section = labels.choices(SECTIONS, weights=[9, 6, 5, 4, 4, 2, 2, 1, 1])[0]
        author = labels.choices(AUTHORS, weights=[1 / (k + 1) for k in range(len(AUTHORS))])[0]
        meta.append(f"{name},{date.isoformat()},{section},{author}")
    (out / "metadata.csv").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return n_articles, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(DEFAULT_OUT), help="output folder")
    parser.add_argument("--articles", type=int, default=1000, help="number of articles")
    parser.add_argument("--mb", type=float, default=20.0, help="approximate total size in MB")
    args = parser.parse_args()
    n, size = build(Path(args.out), args.articles, args.mb)
    print(f"wrote {n} articles, {size / 1e6:.1f} MB to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
