"""Third-party text stays in the shared folder: no committed file reproduces it.

The default corpus (New Statesman), the NYT editorial ratings, PolNeAR and TimeBank/AQUAINT are
read from ``../shared`` at run time. These tests fail when a committed file (code, tests, notes,
gold annotations) carries a run of their words longer than a short illustrative quotation: the
guidelines quote example sentences of the corpus they annotate (at most about 25 words), but
nothing should quote the validation sets (a test sentence must be invented, not paraphrased from
a dev document). The gold of the default corpus keeps offsets and digests, not text.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from helpers.core.paths import ANNOTATIONS, DEFAULT_CORPUS, PROJECT_ROOT
from helpers.evaluate.gold import DIGEST_COLUMN, read_gold, span_digest
from helpers.evaluate.sentiment import NYT_DEV_FILE
from helpers.evaluate.shared_data import validation_dir

WORD = re.compile(r"[a-z0-9']+")
SHINGLE = 8  # words per shingle; runs are counted in shingles
#: longest run of words a committed file may share with the text: the corpus may be quoted in a
#: guideline's example, the validation sets not at all (a clause of 12 words is already a copy)
MAX_RUN = {"default corpus": 30, "validation sets": 12}

pytestmark = pytest.mark.needs_default_corpus


def _shingles(text: str) -> set[str]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _longest_run(text: str, shingles: set[str]) -> int:
    """The longest run of consecutive words of ``text`` that also occurs in the shingled texts."""
    words = WORD.findall(text.lower())
    best = run = 0
    for i in range(len(words) - SHINGLE + 1):
        run = run + 1 if " ".join(words[i:i + SHINGLE]) in shingles else 0
        best = max(best, run)
    return best + SHINGLE - 1 if best else 0


def _tracked_texts() -> dict[str, str]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=PROJECT_ROOT, capture_output=True,
                             text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: cannot list the committed files")
    texts = {}
    for name in filter(None, out.split("\0")):
        try:
            texts[name] = (PROJECT_ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue  # binary fixtures, files deleted in the work tree
    return texts


def _validation_texts() -> list[str]:
    texts = []
    if NYT_DEV_FILE.is_file():
        texts += [ln.split("\t", 2)[-1] for ln in
                  NYT_DEV_FILE.read_text(encoding="utf-8").splitlines()[1:]]
    for folder, pattern in ((validation_dir("polnear"), "*/text/*"),
                            (validation_dir("timebank"), "*/*.tml")):
        texts += [p.read_text(encoding="utf-8", errors="replace")
                  for p in sorted(folder.glob(pattern)) if p.is_file()]
    return texts


def test_no_committed_file_reproduces_third_party_text() -> None:
    sources = {"default corpus": [DEFAULT_CORPUS.read_text(encoding="utf-8")],
               "validation sets": _validation_texts()}
    tracked = _tracked_texts()
    too_long = []
    for label, texts in sources.items():
        shingles = set().union(*(_shingles(t) for t in texts)) if texts else set()
        for name, text in tracked.items():
            run = _longest_run(text, shingles)
            if run > MAX_RUN[label]:
                too_long.append(f"{name}: {run} words in a row from the {label}")
    assert not too_long, too_long


def test_the_check_finds_a_copied_sentence() -> None:
    """The detector itself: a paragraph of the corpus pasted into a file is found."""
    text = DEFAULT_CORPUS.read_text(encoding="utf-8")
    paragraph = max(text.split("\n"), key=len)
    pasted = "Some notes.\n" + paragraph + "\nMore notes."
    assert _longest_run(pasted, _shingles(text)) > MAX_RUN["default corpus"]
    assert _longest_run("A sentence nobody wrote in that article at all, surely.",
                        _shingles(text)) == 0


def test_gold_of_the_default_corpus_carries_digests_not_text() -> None:
    for path in [*ANNOTATIONS.glob("*.csv"), *(ANNOTATIONS / "agreement").glob("*.csv")]:
        header = pd.read_csv(path, nrows=0).columns
        assert "text" not in header, f"{path.name}: third-party text in a gold file"
        if DIGEST_COLUMN in header:
            gold = read_gold(path)  # restores the text from ../shared and checks every digest
            assert (gold["text"].str.len() > 0).all()
            assert [span_digest(t) for t in gold["text"]] == \
                pd.read_csv(path, dtype=str, keep_default_na=False)[DIGEST_COLUMN].tolist()


def test_a_moved_offset_fails_loudly(tmp_path: Path) -> None:
    gold = pd.read_csv(ANNOTATIONS / "timex.csv", dtype=str, keep_default_na=False).head(3)
    gold.loc[1, "start"] = str(int(gold.loc[1, "start"]) + 1)
    path = tmp_path / "timex.csv"
    gold.to_csv(path, index=False)
    with pytest.raises(ValueError, match=r"timex\.csv: row 3: offsets"):
        read_gold(path)


def test_a_missing_corpus_says_where_it_should_be(tmp_path: Path) -> None:
    gold = pd.read_csv(ANNOTATIONS / "timex.csv", dtype=str, keep_default_na=False).head(1)
    gold.to_csv(tmp_path / "timex.csv", index=False)
    with pytest.raises(FileNotFoundError, match="annotates .*000_9725aa8402de1287.txt"):
        read_gold(tmp_path / "timex.csv", raw=tmp_path)


def test_default_corpus_is_byte_identical_to_the_shared_original() -> None:
    digest = hashlib.sha256(DEFAULT_CORPUS.read_bytes()).hexdigest()
    assert digest == "a951ad638a4e93709146f78af09a8f60e1a2bda6fdab64515b7bda884657247d"
