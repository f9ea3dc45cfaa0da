"""The benchmark archive builder (benchmarks/make_archive_corpus.py) makes clean titles.

Why: a source page that opens with an unfilled template dump (``[city] => ...``) was taken as
a title candidate, and its first words were recombined into generated titles.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _builder():
    spec = importlib.util.spec_from_file_location(
        "make_archive_corpus", ROOT / "benchmarks" / "make_archive_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SLOTS = ["[city] => Leeds", "{{ headline }} goes here", "Dear ${name} and friends",
         "Welcome %(user)s to the site"]


@pytest.mark.parametrize("first_line", SLOTS)
def test_template_slot_is_not_a_title_or_paragraph(first_line: str) -> None:
    m = _builder()
    long_slot = first_line + " " + "and a long tail of ordinary words " * 3
    prose = "Ministers met the unions on Tuesday to argue about the rail timetable at length."
    texts = [("a.txt", f"{first_line}\n[region] => Yorkshire\n\n{long_slot}\n\n{prose}\n"),
             ("b.txt", f"Council votes on new bridge plan\n\n{prose}\n")]
    paragraphs, titles = m.split_material(texts)
    assert titles == ["Council votes on new bridge plan"]
    assert paragraphs == [prose]


def test_bracketed_editorial_insert_is_kept() -> None:
    m = _builder()
    line = "He said [Labour] would win the vote and the party would hold together in the end."
    paragraphs, titles = m.split_material([("a.txt", f"Labour [sic] wins the vote\n\n{line}\n")])
    assert titles == ["Labour [sic] wins the vote"]
    assert paragraphs == [line]


def test_built_archive_has_no_template_slot_in_any_title(tmp_path: Path) -> None:
    m = _builder()
    n, size = m.build(tmp_path, n_articles=300, total_mb=0.6)
    assert n == 300 and size > 0
    titles = [p.read_text(encoding="utf-8").splitlines()[0]
              for p in sorted(tmp_path.glob("article_*.txt"))]
    assert len(titles) == 300
    bad = [t for t in titles if re.search(r"\[\w+\]\s*=>|=>", t)]
    assert bad == []


def test_archive_carries_sections_and_authors(tmp_path: Path) -> None:
    """metadata.csv names a section and an author per article, more authors than a figure's
    top 12, so the by-section/author figures meet an 'other' group on the archive."""
    import csv

    m = _builder()
    m.build(tmp_path, n_articles=200, total_mb=0.4)
    with (tmp_path / "metadata.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 200 and all(r["section"] and r["author"] for r in rows)
    assert len({r["author"] for r in rows}) > 12
    assert set(r["section"] for r in rows) <= set(m.SECTIONS)
