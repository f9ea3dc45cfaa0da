"""What a new user found in session 40 (fresh clone, the README's two commands, a folder of
their own articles): each test fails on the commit before its fix."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.report.manifest import COMMIT_ENV
from helpers.report.run_all import run_notebooks

ARTICLE = """Bridge repairs delayed again
4 May 2022

"We will mend the bridge next week," said Jane Example, who chairs the committee.
"""


def test_run_json_names_the_commit_and_toolkit_the_figures_cite(tmp_path: Path,
                                                                 monkeypatch) -> None:
    """A figure's source line says ``toolkit 0.1.0 (abc1234) · run DATE``; the run record
    (``logs/run.json``) said where and when but not which code, so a figure could not be
    matched to its run record by the commit it prints."""
    corpus = tmp_path / "mine"
    corpus.mkdir()
    (corpus / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv(COMMIT_ENV, "0123456789abcdef0123456789abcdef01234567")
    out = tmp_path / "out"
    run_notebooks(corpus, out, notebooks=[], html=False, progress=lambda _: None,
                  processed_dir=tmp_path / "processed")
    info = json.loads((out / "logs" / "run.json").read_text(encoding="utf-8"))
    assert info["git_commit"] == "0123456789abcdef0123456789abcdef01234567"
    from helpers import __version__
    assert info["toolkit"] == __version__


MARKDOWN = """# Summit ends with warm words

*The minister came home with promises and little else*

By Ada Writer

"We made progress," the minister said on the flight home.
"""


def test_markdown_marks_are_not_part_of_title_or_standfirst(tmp_path: Path) -> None:
    """An article saved as Markdown (``.md`` is read as an article) kept the ``# `` of its
    heading in ``title`` and the ``*…*`` of its standfirst: figure panels were headed
    ``# Summit ends …``. The blocks keep the text as written (offsets); the metadata drops
    the marks."""
    from helpers.core.corpus import load_corpus

    path = tmp_path / "summit.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    corpus = load_corpus(path, date="2025-05-20")
    art = corpus.articles.iloc[0]
    assert art["title"] == "Summit ends with warm words"
    assert art["standfirst"] == "The minister came home with promises and little else"
    title_block = corpus.blocks[corpus.blocks["kind"] == "title"].iloc[0]
    assert title_block["text"] == "# Summit ends with warm words"  # as written


def test_a_hashtag_title_keeps_its_hash(tmp_path: Path) -> None:
    """Only a Markdown heading mark (``#`` then a space) goes: a hashtag is the title's text."""
    from helpers.core.corpus import load_corpus

    path = tmp_path / "tag.txt"
    path.write_text("#MeToo reaches Westminster\n\nMPs met on Monday to talk about it.\n",
                    encoding="utf-8")
    assert load_corpus(path, date="2025-05-20").articles.iloc[0]["title"] == (
        "#MeToo reaches Westminster")


def test_table_store_line_counts_the_skipped_files(tmp_path: Path) -> None:
    """``make run`` on a folder with an empty file printed ``Table store: 2 files, 1 computed``:
    the other file was neither computed nor reused, and the line did not say what became of
    it. It now says ``1 skipped`` and that the reasons follow."""
    import subprocess
    import sys

    from helpers.core.paths import PROJECT_ROOT

    corpus = tmp_path / "mine"
    corpus.mkdir()
    (corpus / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    notebooks = tmp_path / "nb"
    notebooks.mkdir()
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "run_notebooks.py"), "--corpus",
         str(corpus), "--output", str(out), "--notebooks", str(notebooks), "--no-html",
         "--jobs", "1"],
        capture_output=True, text=True, timeout=600, cwd=PROJECT_ROOT,
        env={"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("Table store:"))
    assert line.startswith("Table store: 2 files, 1 computed, 1 skipped (reasons below)"), line
    assert "empty.txt: empty file" in result.stdout, result.stdout


def test_one_undated_article_has_no_date() -> None:
    """``1 of 6 articles have no publication date``: one article *has*."""
    import pandas as pd

    from helpers.report.aggregate import undated_note

    one = undated_note(["a", "b"], pd.Series({"a": "2025-01-01", "b": ""}), lead="warning")
    assert one is not None and one.startswith("warning: 1 of 2 articles has no publication date")
    two = undated_note(["a", "b"], pd.Series({"a": "", "b": ""}), lead="warning")
    assert two is not None and two.startswith("warning: 2 of 2 articles have no publication date")


def test_problems_table_lists_skipped_and_re_decoded_files(tmp_path: Path) -> None:
    """``tables/corpus-problems.csv`` (notebook 01) listed an undated article but not the empty
    and the binary file the run skipped, nor the file decoded as cp1252: they were said on the
    console and in the notebook only, so the written record of a run dropped them silently."""
    import json as _json

    from helpers.core.check import check_corpus
    from helpers.core.corpus import load_corpus
    from helpers.core.paths import PROJECT_ROOT

    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "cafe.txt").write_bytes(ARTICLE.replace("Bridge", "Café").encode("cp1252"))
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    corpus = load_corpus(folder)
    plain = check_corpus(corpus)
    assert "skipped" not in set(plain["problem"])  # the CLI prints skipped files itself
    problems = check_corpus(corpus, reading=True)
    skipped = problems[problems["problem"] == "skipped"]
    assert sorted(Path(s).name for s in skipped["source"]) == ["empty.txt", "picture.txt"]
    assert all("empty file" in m or "binary" in m for m in skipped["message"])
    assert not any(str(folder) in m for m in skipped["message"])  # the file is in `source`
    decoded = problems[problems["problem"] == "decoding"]
    assert [Path(s).name for s in decoded["source"]] == ["cafe.txt"]
    assert "cp1252" in decoded["message"].iloc[0]
    nb = _json.loads((PROJECT_ROOT / "notebooks" / "01_corpus_overview.ipynb").read_text())
    code = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "check_corpus(corpus, years, reading=True)" in code


def test_first_set_up_says_what_it_is_doing(tmp_path: Path) -> None:
    """On a fresh clone ``make run`` printed nothing for the ~45 s it spent making ``.venv``
    and installing the pins: the set-up recipe now says so in one line first."""
    import subprocess

    from helpers.core.paths import PROJECT_ROOT

    venv = tmp_path / "venv"
    dry = subprocess.run(["make", "-n", "-C", str(PROJECT_ROOT), f"VENV={venv}",
                          f"{venv}/.installed"], capture_output=True, text=True, timeout=60)
    assert dry.returncode == 0, dry.stderr
    first = next(x for x in dry.stdout.splitlines() if not x.startswith("make"))
    assert first.startswith("echo") and "Setting up" in first, dry.stdout
