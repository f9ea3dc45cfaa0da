"""The second held-out set (``data/heldout2``, British magazine styles, session 29): its gold
files are whole and consistent, and the validation report and notebook 07 score it.

The set is an evaluation split: no test here scores an instrument on it or reads a row's label.
These checks are on the annotation files themselves (offsets, sorting, the counts its README
states) and on the wiring, so that a moved offset or a forgotten set fails loudly.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.paths import PROJECT_ROOT
from helpers.evaluate.annotated_sets import annotated_sets
from helpers.evaluate.gold import read_gold

DATA = PROJECT_ROOT / "data"
RAW = DATA / "heldout2"
GOLD = DATA / "annotations" / "heldout2"

#: counts stated by the annotator in ``data/annotations/heldout2/README.md`` (not by the code)
README_COUNTS = {"sentences": 226, "quotes": 102, "timex": 94, "themes_v2": 57}


@pytest.mark.parametrize("name", sorted(README_COUNTS))
def test_gold_file_is_whole_and_sorted(name):
    """Every row's offsets give its text (``read_gold`` raises otherwise), rows are sorted by
    source then start, and the row count is the README's."""
    gold = read_gold(GOLD / f"{name}.csv", RAW)
    assert len(gold) == README_COUNTS[name]
    assert set(gold["source"]) <= {p.name for p in RAW.glob("*.txt")}
    keys = list(zip(gold["source"], gold["start"]))
    assert keys == sorted(keys)


def test_every_article_has_a_date_and_gold():
    meta = pd.read_csv(RAW / "metadata.csv")
    articles = {p.name for p in RAW.glob("*.txt")}
    assert set(meta["file"]) == articles and len(articles) == 5
    for name in README_COUNTS:
        assert set(read_gold(GOLD / f"{name}.csv", RAW)["source"]) == articles, name


def test_speech_and_term_counts_match_the_readme():
    quotes = read_gold(GOLD / "quotes.csv", RAW)
    assert quotes["kind"].value_counts().to_dict() == {"speech": 90, "term": 12}


def test_first_contact_scores_name_the_code_they_scored():
    first = pd.read_csv(GOLD / "first_contact_scores.csv")
    assert set(first["set"]) == {"heldout2"}
    assert first["instrument_version"].str.contains("1bf2c98").all()
    speaker = first[first["measure"] == "speaker accuracy on matched speech"]
    assert len(speaker) == 1 and speaker["n"].item() == 90


def test_the_registry_lists_the_set_as_held_out():
    """The validation report and notebook 07 score every set of ``data/annotations/sets.csv``
    (``tests/test_annotated_sets.py`` checks that wiring); this set must be there, held out."""
    sets = annotated_sets().set_index("name")
    assert sets.loc["heldout2", "role"] == "held out"
    assert sets.loc["heldout2", "articles"] == 5 and sets.loc["heldout2", "first_contact"]
