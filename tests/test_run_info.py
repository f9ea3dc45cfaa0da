"""A run records the absolute corpus root and when it ran (a new user found ``manifest.json``
saying only ``corpus = ['.']``), without breaking the rule that two clones write the same
manifest apart from its timings (``tests/test_store.py``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers.report.run_all import run_notebooks
from helpers.report.store_build import build_store

ARTICLE = """A headline about the {thing}
By A Writer
4 May 2022

"We will mend the {thing} next week," said Jane Example, who chairs the committee.
"""
UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for thing in ("bridge", "road"):
        (folder / f"{thing}.txt").write_text(ARTICLE.format(thing=thing), encoding="utf-8")
    return folder


def test_run_info_holds_the_absolute_root_and_utc_start(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "my articles")
    out = tmp_path / "out"
    run_notebooks(corpus, out, notebooks=[], html=False, progress=lambda _: None,
                  processed_dir=tmp_path / "processed")
    info = json.loads((out / "logs" / "run.json").read_text(encoding="utf-8"))
    assert info["corpus_root"] == str(corpus.resolve())
    assert info["output"] == str(out.resolve())
    assert UTC.match(info["started_utc"]), info


def test_manifest_names_the_corpus_and_the_time_in_timings(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "my articles")
    out = tmp_path / "out"
    build_store(corpus, out, jobs=1, progress=False)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["corpus_name"] == "my articles"
    assert UTC.match(manifest["timings"]["finished_utc"]), manifest["timings"]
    assert str(tmp_path) not in json.dumps(manifest)  # still no absolute path
