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
