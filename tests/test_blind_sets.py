"""The British magazine-style sets written and annotated blind (sessions 29-31): their gold
files are whole and consistent with what each annotator's README states.

``heldout3`` to ``heldout5`` are evaluation splits and the ``uk_dev*`` sets are development
sets; no test here scores an instrument on them. The checks are on the annotation files
(offsets, sorting, one date per article, the counts in the README tables), so that a moved
offset, a lost row or a half-merged set fails loudly. ``heldout2`` has its own file
(``tests/test_heldout2.py``).
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.paths import ANNOTATIONS, DATA
from helpers.evaluate.annotated_sets import annotated_sets
from helpers.evaluate.gold import read_gold

#: row counts and speech / term counts stated in each set's ``README.md`` by its annotator
README_COUNTS = {
    "uk_dev1": {"sentences": 170, "quotes": 91, "timex": 70, "themes_v2": 59, "speech": 83,
                "term": 8},
    "uk_dev2": {"sentences": 239, "quotes": 85, "timex": 115, "themes_v2": 66, "speech": 81,
                "term": 4},
    "uk_dev3": {"sentences": 200, "quotes": 95, "timex": 99, "themes_v2": 49, "speech": 88,
                "term": 7},
    "uk_dev4": {"sentences": 206, "quotes": 96, "timex": 87, "themes_v2": 58, "speech": 81,
                "term": 15},
    "heldout3": {"sentences": 197, "quotes": 80, "timex": 106, "themes_v2": 60, "speech": 74,
                 "term": 6},
    "uk_dev5": {"sentences": 205, "quotes": 82, "timex": 89, "themes_v2": 53, "speech": 77,
                "term": 5},
    "heldout4": {"sentences": 142, "quotes": 63, "timex": 85, "themes_v2": 38, "speech": 60,
                 "term": 3},
    "uk_dev6": {"sentences": 221, "quotes": 90, "timex": 81, "themes_v2": 61, "speech": 85,
                "term": 5},
    "heldout5": {"sentences": 201, "quotes": 101, "timex": 80, "themes_v2": 54, "speech": 94,
                 "term": 7},
    "heldout6": {"sentences": 191, "quotes": 83, "timex": 82, "themes_v2": 43, "speech": 77,
                 "term": 6},
    "uk_dev7": {"sentences": 159, "quotes": 87, "timex": 66, "themes_v2": 39, "speech": 82,
                "term": 5},
    "uk_dev8": {"sentences": 240, "quotes": 102, "timex": 101, "themes_v2": 65, "speech": 93,
                "term": 9},
    "heldout7": {"sentences": 187, "quotes": 83, "timex": 103, "themes_v2": 46, "speech": 79,
                 "term": 4},
    "uk_dev9": {"sentences": 223, "quotes": 102, "timex": 86, "themes_v2": 47, "speech": 100,
                "term": 2},
    "heldout8": {"sentences": 167, "quotes": 74, "timex": 79, "themes_v2": 35, "speech": 68,
                 "term": 6},
    "uk_dev10": {"sentences": 175, "quotes": 96, "timex": 86, "themes_v2": 45, "speech": 92,
                 "term": 4},
    "heldout9": {"sentences": 174, "quotes": 89, "timex": 98, "themes_v2": 38, "speech": 82,
                 "term": 7},
    "uk_dev11": {"sentences": 175, "quotes": 99, "timex": 68, "themes_v2": 40, "speech": 94,
                 "term": 5},
    "heldout10": {"sentences": 162, "quotes": 85, "timex": 88, "themes_v2": 50, "speech": 81,
                  "term": 4},
    "uk_dev12": {"sentences": 201, "quotes": 98, "timex": 87, "themes_v2": 45, "speech": 92,
                 "term": 6},
    "heldout11": {"sentences": 167, "quotes": 96, "timex": 80, "themes_v2": 52, "speech": 88,
                  "term": 8},
    "heldout12": {"sentences": 167, "quotes": 94, "timex": 79, "themes_v2": 40, "speech": 83,
                  "term": 11},
    "uk_dev13": {"sentences": 194, "quotes": 102, "timex": 110, "themes_v2": 55, "speech": 97,
                 "term": 5},
    "uk_dev14": {"sentences": 214, "quotes": 100, "timex": 92, "themes_v2": 57, "speech": 99,
                 "term": 1},
    "uk_dev15": {"sentences": 190, "quotes": 98, "timex": 84, "themes_v2": 45, "speech": 89,
                 "term": 9},
    "heldout13": {"sentences": 188, "quotes": 98, "timex": 105, "themes_v2": 44, "speech": 93,
                  "term": 5},
    "heldout14": {"sentences": 136, "quotes": 78, "timex": 74, "themes_v2": 35, "speech": 75,
                  "term": 3},
}
FILES = ("sentences", "quotes", "timex", "themes_v2")
CASES = [(s, f) for s in README_COUNTS for f in FILES]


@pytest.mark.parametrize("name, gold_file", CASES, ids=[f"{s}-{f}" for s, f in CASES])
def test_gold_file_is_whole_and_sorted(name, gold_file):
    """Every row's offsets give its text (``read_gold`` raises otherwise), each article's rows
    are together and in text order (some annotators kept their article order, not the
    alphabet), every source is an article of the set, and the count is the README's."""
    raw = DATA / name
    gold = read_gold(ANNOTATIONS / name / f"{gold_file}.csv", raw)
    assert len(gold) == README_COUNTS[name][gold_file]
    articles = {p.name for p in raw.glob("*.txt")}
    assert set(gold["source"]) == articles
    blocks = gold["source"].ne(gold["source"].shift()).cumsum()
    assert blocks.max() == len(articles)  # one contiguous block per article
    assert gold.groupby("source", sort=False)["start"].apply(
        lambda s: s.is_monotonic_increasing).all()


@pytest.mark.parametrize("name", sorted(README_COUNTS))
def test_five_dated_articles_and_the_readme_speech_counts(name):
    meta = pd.read_csv(DATA / name / "metadata.csv")
    articles = {p.name for p in (DATA / name).glob("*.txt")}
    assert len(articles) == 5 and set(meta["file"]) == articles
    assert pd.to_datetime(meta["date"], format="%Y-%m-%d").notna().all()
    kinds = read_gold(ANNOTATIONS / name / "quotes.csv", DATA / name)["kind"].value_counts()
    counts = README_COUNTS[name]
    assert kinds.to_dict() == {"speech": counts["speech"], "term": counts["term"]}


@pytest.mark.parametrize("name", sorted(README_COUNTS))
def test_registered_with_a_first_contact_record(name):
    """Each set is in the registry with the role its README gives, and was scored once
    untouched before any rule was read off it."""
    sets = annotated_sets().set_index("name")
    assert sets.loc[name, "role"] == ("held out" if name.startswith("heldout") else
                                      "development")
    assert sets.loc[name, "first_contact"]
    first = pd.read_csv(ANNOTATIONS / name / "first_contact_scores.csv")
    speaker = first[first["measure"] == "speaker accuracy on matched speech"]
    assert len(speaker) == 1 and speaker["n"].item() == README_COUNTS[name]["speech"]
