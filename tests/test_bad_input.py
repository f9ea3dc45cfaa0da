"""Bad input: one clear stderr line naming the file and the problem, exit status 2."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from helpers.core.corpus import CorpusError, load_corpus
from helpers.core.paths import DEFAULT_CORPUS, FIXTURES, PROJECT_ROOT


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120,
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such file or folder"),
        (b"", "empty file"),
        (b"  \n\n \t\n", "empty file"),
        (b"\x00\x01\x02binary\x00data", "binary file"),
        (b"1234 5678\n\n-- ** --\n", "no recognisable article"),
    ],
)
def test_cli_bad_file_exit_2_one_line(tmp_path, content, problem):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("segment", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and problem in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_non_utf8_falls_back_to_cp1252_with_warning(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("Caf\xe9 politics\n\nThe caf\xe9 was full. Nobody left.\n".encode("cp1252"))
    result = run_cli("segment", str(path), "--table", "sentences")
    assert result.returncode == 0
    assert "cp1252" in result.stderr and str(path) in result.stderr
    assert "The café was full." in result.stdout


def test_folder_with_one_bad_file_processes_the_others(tmp_path):
    (tmp_path / "good.txt").write_text("Good title\n\nA fine paragraph. Yes.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    result = run_cli("segment", str(tmp_path), "--table", "articles")
    assert result.returncode == 0
    assert "Good title" in result.stdout
    assert "skipped" in result.stderr and "bad.txt" in result.stderr
    line = next(x for x in result.stderr.splitlines() if "bad.txt" in x)
    assert line.count("bad.txt") == 1, f"the file is named once: {line}"
    c = load_corpus(tmp_path)
    assert [f.rsplit("/", 1)[-1] for f, _ in c.skipped] == ["bad.txt"]


def test_folder_without_text_files(tmp_path):
    """The message names every suffix that is read (it said only *.txt, *.md: session 13)."""
    from helpers.report.store import corpus_files

    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    for read in (load_corpus, corpus_files):  # the CLI and make run / make tables
        with pytest.raises(CorpusError, match="no text files") as err:
            read(tmp_path)
        assert all(s in str(err.value) for s in (".txt", ".text", ".md", "no suffix"))


def test_bad_date_is_an_error(tmp_path):
    result = run_cli("segment", str(FIXTURES / "plain"), "--date", "yesterday")
    assert result.returncode == 2
    assert "--date" in result.stderr and "YYYY-MM-DD" in result.stderr


@pytest.mark.needs_default_corpus
def test_segment_cli_articles_jsonl():
    import json

    result = run_cli("segment", str(DEFAULT_CORPUS), "--table", "articles",
                     "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in rows] == [
        "Stitch-up", "Losing Momentum: how Jeremy Corbyn’s support group ran out of steam",
    ]
    assert [r["date"] for r in rows] == ["2007-09-17", "2017-03-23"]
    assert all(r["source"] == str(DEFAULT_CORPUS) for r in rows)


@pytest.mark.parametrize("command", [
    ["scripts/run_notebooks.py", "--output", "build/.test-no-shared", "--no-html"],
    ["scripts/build_tables.py", "--output", "build/.test-no-shared"],
    ["-m", "helpers", "segment", "{default}"],
], ids=["make run", "make tables", "cli"])
def test_without_the_shared_folder_the_default_corpus_error_says_where_it_lives(
        tmp_path, command):
    """A clone without ../shared: one line naming the missing file and how to go on."""
    import os

    absent = tmp_path / "no-shared"
    default = absent / "corpus" / DEFAULT_CORPUS.name
    args = [a.format(default=default) for a in command]
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True,
                            cwd=PROJECT_ROOT, timeout=300,
                            env=dict(os.environ, NS_SHARED_DATA=str(absent),
                                     PYTHONPATH=str(PROJECT_ROOT)))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert str(default) in result.stderr
    assert "not in git" in result.stderr and "CORPUS=" in result.stderr


def test_documentation_files_in_a_folder_are_listed_not_read(tmp_path):
    """A README or LICENCE beside the articles is not an article: skipped with its reason."""
    (tmp_path / "piece.txt").write_text("A title\n\nThe minister spoke. Nobody left.\n",
                                        encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n\nScraped in May.\n",
                                        encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Some licence text here.\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    assert sorted(f.rsplit("/", 1)[-1] for f, _ in c.skipped) == ["LICENSE", "README.md"]
    assert all("documentation file" in reason for _, reason in c.skipped)
    assert "About this folder" not in c.articles["title"].tolist()
    assert len(c.articles) == 1


def test_a_documentation_file_named_explicitly_is_read(tmp_path):
    path = tmp_path / "README.md"
    path.write_text("Notes on the cabinet\n\nThe minister spoke. Nobody left.\n", encoding="utf-8")
    c = load_corpus(path)
    assert c.skipped == [] and len(c.articles) == 1


def test_folder_with_only_documentation_says_so(tmp_path):
    (tmp_path / "README.md").write_text("About\n\nNothing here.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="README.md"):
        load_corpus(tmp_path)


# A page saved from a browser, invented: read as prose its tags became sentences and its
# attribute values quotations ("utf-8" a term, "Home</a> | <a href=" a speech quote).
_SAVED_PAGE = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    "<title>Council votes on parking fees</title></head>\n"
    '<body><nav><a href="/">Home</a> | <a href="/local">Local</a></nav>\n'
    "<p>The council voted on Monday to raise parking fees.</p>\n"
    '<p>"We had no choice," the treasurer said.</p></body></html>\n'
)


@pytest.mark.parametrize("prefix", [
    "", "\n  ", "<!-- saved from url=(0022)https://example.org/ -->\n", '<?xml version="1.0"?>\n'])
def test_cli_html_page_is_refused_with_one_line(tmp_path, prefix):
    path = tmp_path / "saved page.txt"
    # after a prefix the page opens with <html> itself, without the doctype
    page = _SAVED_PAGE.split("\n", 1)[1] if prefix else _SAVED_PAGE
    path.write_text(prefix + page, encoding="utf-8")
    result = run_cli("quotes", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and "HTML page" in lines[0] and ".txt" in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_html_page_in_a_folder_is_skipped_and_listed(tmp_path):
    (tmp_path / "good.txt").write_text("Good title\n\nA fine paragraph. Yes.\n", encoding="utf-8")
    (tmp_path / "page.txt").write_text(_SAVED_PAGE, encoding="utf-8")
    c = load_corpus(tmp_path)
    assert [(f.rsplit("/", 1)[-1], "HTML page" in why) for f, why in c.skipped] == [
        ("page.txt", True)]
    assert c.articles["title"].tolist() == ["Good title"]


def test_an_article_about_html_is_still_read(tmp_path):
    path = tmp_path / "web.txt"
    path.write_text("Why <html> still matters\n\nThe <html> tag opens every page. Few know it.\n",
                    encoding="utf-8")
    c = load_corpus(path)
    assert c.skipped == [] and len(c.articles) == 1


def test_many_comments_before_text_are_read_in_linear_time(tmp_path):
    # a Markdown note opening with a run of HTML comments and no page after them: the start
    # check must fail fast (a comment pattern that could span several comments backtracked
    # exponentially: 22 comments took half a second, 40 would take days)
    path = tmp_path / "notes.md"
    path.write_text("<!---->" * 40 + "\nA plain title\n\nA plain paragraph. It ends here.\n",
                    encoding="utf-8")
    started = time.process_time()
    c = load_corpus(path)
    assert time.process_time() - started < 5
    assert c.skipped == [] and len(c.articles) == 1
    comments = tmp_path / "commented.txt"
    comments.write_text("<!-- one -->\n<!-- two -->\n" + _SAVED_PAGE.split("\n", 1)[1],
                        encoding="utf-8")
    with pytest.raises(CorpusError, match="HTML page"):
        load_corpus(comments)


def _build_tables(corpus, out) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "scripts/build_tables.py", "--corpus", str(corpus),
                           "--output", str(out), "--quiet", "--jobs", "1"],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300)


def test_make_tables_names_each_skipped_file_once_and_fails_when_none_is_read(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "blank.txt").write_bytes(b"")
    (corpus / "noise.txt").write_bytes(b"\x00\x01\x02binary\x00data")
    result = _build_tables(corpus, tmp_path / "out")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    skipped = [x for x in result.stderr.splitlines() if x.startswith("warning: skipped")]
    assert len(skipped) == 2 and all(x.count(".txt") == 1 for x in skipped), skipped
    assert "no article could be read" in result.stderr
    (corpus / "good.txt").write_text("Good title\n\nA fine paragraph. Yes.\n", encoding="utf-8")
    result = _build_tables(corpus, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "1 computed" in result.stderr and "2 skipped" in result.stderr
    # the summary names the store and manifest paths in full: it said `manifest
    # manifest.json`, and a reader could not tell which folder held the store, and so that
    # `make run` needs the same OUT to read it (a test of its own, with one more store build,
    # until test-suite round 37)
    summary = next(x for x in result.stderr.splitlines() if x.startswith("tables:"))
    out = (tmp_path / "out").resolve()
    assert f"{out}/store" in summary and f"{out / 'manifest.json'}" in summary, summary
    assert "characters" in summary and "MB" not in summary, summary


def test_articles_saved_as_web_pages_or_pdf_in_a_folder_are_listed_not_lost(tmp_path):
    (tmp_path / "good.txt").write_text("Good title\n\nA fine paragraph. Yes.\n", encoding="utf-8")
    (tmp_path / "story.html").write_text(_SAVED_PAGE, encoding="utf-8")
    (tmp_path / "Report.PDF").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "chart.png").write_bytes(b"\x89PNG")  # not an article: passed over
    (tmp_path / "site.html").mkdir()  # a folder, whatever its name, is not listed
    result = run_cli("segment", str(tmp_path), "--table", "articles")
    assert result.returncode == 0, result.stderr
    c = load_corpus(tmp_path)
    assert sorted(f.rsplit("/", 1)[-1] for f, _ in c.skipped) == ["Report.PDF", "story.html"]
    assert all("not plain text" in why and ".txt" in why for _, why in c.skipped)
    assert "story.html" in result.stderr and "Report.PDF" in result.stderr
    assert "chart.png" not in result.stderr
    assert c.articles["title"].tolist() == ["Good title"]


# the store and manifest paths in `make tables`' summary: asserted in
# test_make_tables_names_each_skipped_file_once_and_fails_when_none_is_read (round 37)
