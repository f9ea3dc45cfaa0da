"""Themes version 8: factionalism recall on real news (issue 16, docs/notes/themes.md).

Invented text only. Each new cue is weak: in an article anchored in the struggle it decides
the paragraph (guideline rule 1b); alone, with a party in view but no second cue, it does not;
its near misses give no evidence at all.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.core.corpus import load_corpus
from helpers.instruments.themes import load_codebook, paragraph_themes
from helpers.instruments.themes.matching import theme_scores

PF = "party_factionalism"

# an invented article anchored in the struggle: three paragraphs coded on strong evidence
_STRUGGLE = ("Party at war\n\n"
             "Republican delegates are plotting a revolt on the convention floor.\n\n"
             "Several senators refused to endorse the party's nominee.\n\n"
             "The intraparty battle over trade is far from over.\n\n")

# round 1: support withheld from a named person, and a rift played down (cue in the evidence)
WITHHELD_AND_PLAYED_DOWN = [
    ("A week ago the speaker said he couldn't yet support his candidacy.",
     "couldn't yet support his candidacy"),
    ("Few here expect the senator to speak; most don't expect him to back Hale.",
     "don't expect him to back Hale"),
    ("The governor passed on a chance to publicly back Ms. Okafor.",
     "passed on a chance to publicly back Ms. Okafor"),
    ("If he does not endorse and support me as the nominee, he is finished, Hale said.",
     "does not endorse and support me as the nominee"),
    ("Asked on Sunday: will you vote for the nominee?", "will you vote for the nominee"),
    ("I don't want Morgan's endorsement, the candidate said.", "don't want Morgan's endorsement"),
    ("An aide tried to downplay the remarks.", "downplay"),
    ("His allies played down the meeting.", "played down"),
    ("The chairman insists there is nothing to see here.", "nothing to see here"),
]

# no v8 evidence: voters' votes, an opponent's name, a plan, a trip
NEAR_MISSES = [
    "Union members won't vote for Hale, a pollster said.",
    "She does not support Hale's opponent in the race.",
    "The council has not backed the plan for a new road.",
    "He passed on a chance to visit the factory.",
]


def _article(tmp_path, name: str, paragraphs: list[str]) -> pd.DataFrame:
    """Body paragraphs of one invented article: the struggle, then ``paragraphs``."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.txt").write_text(_STRUGGLE + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    table = paragraph_themes(load_corpus(folder)).sort_values("start").reset_index(drop=True)
    assert table[f"{PF}_present"].iloc[:3].all(), table[f"{PF}_evidence"].tolist()
    return table.iloc[3:]


def test_v8_cues_are_decided_by_an_anchored_article(tmp_path) -> None:
    rows = _article(tmp_path, "cues", [s for s, _ in WITHHELD_AND_PLAYED_DOWN])
    assert len(rows) == len(WITHHELD_AND_PLAYED_DOWN)
    for (sentence, cue), present, evidence in zip(WITHHELD_AND_PLAYED_DOWN,
                                                  rows[f"{PF}_present"],
                                                  rows[f"{PF}_evidence"]):
        assert present, (sentence, evidence)
        assert f"weak:{cue}@".replace("'", "’") in evidence.replace("'", "’"), (sentence,
                                                                               evidence)


def test_v8_near_misses_are_not_coded_in_an_anchored_article(tmp_path) -> None:
    rows = _article(tmp_path, "near", NEAR_MISSES)
    assert not rows[f"{PF}_present"].any(), rows[f"{PF}_evidence"].tolist()
    assert (rows[f"{PF}_evidence"] == "").all(), rows[f"{PF}_evidence"].tolist()


@pytest.mark.parametrize(("sentence", "cue"), WITHHELD_AND_PLAYED_DOWN)
def test_v8_cue_alone_with_a_party_in_view_is_weak(sentence: str, cue: str) -> None:
    """Voters withhold support and officials play down storms: one such cue, a party in
    view and no second cue is 0.5, not a coded paragraph."""
    row = theme_scores(f"The Republican convention opens in May. {sentence}", "paragraph",
                       load_codebook()).iloc[0]
    assert not row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert row[f"{PF}_weight"] == pytest.approx(0.5), row[f"{PF}_evidence"]
