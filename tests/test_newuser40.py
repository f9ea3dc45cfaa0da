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
