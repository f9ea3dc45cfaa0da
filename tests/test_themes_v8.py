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
    ("The governor passed on a chance to publicly back Ms. Okafor.",
     "passed on a chance to publicly back Ms. Okafor"),
    ("If he does not endorse and support me as the nominee, he is finished, Hale said.",
     "not endorse and support me as the nominee"),
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


# round 2: a fight on the floor or over the platform, a side against superdelegates (strong,
# each with a near miss); unity as the question, members walking out on the party (weak)
STRONG_PAIRS = [
    ("The insurgents are ready for a floor fight over trade.", "floor fight",
     "The dancers are ready for a floor show over the weekend."),
    ("A platform fight looms over the minimum wage.", "platform fight",
     "A fight broke out on the station platform."),
    ("Many young activists dislike the very concept of superdelegates.",
     "dislike the very concept of superdelegates",
     "Many young activists dislike the very concept of the draft."),
    ("The senator has criticized the party's superdelegates for months.",
     "criticized the party's superdelegates",
     "The senator has criticized the party's delegates for the hotel bill."),
]
WEAK_CUES = [
    ("His tactics could make it more difficult to unite after the primaries.",
     "unite"),
    ("Delegates must unite behind the nominee, the chairman said.", "unite behind"),
    ("Some of his backers may bail on the Democratic Party in November.",
     "bail on the Democratic Party"),
    # round 3: an attack on the party's own organ or chair
    ("The rules chairman criticized RNC Chairman Hale in an email.", "criticized RNC"),
    ("His campaign sued the DNC on Friday over its data.", "sued the DNC"),
]
WEAK_NEAR_MISSES = [
    "The tragedy made it easier to unite the country.",
    "The two choirs will unite for one concert.",
    "The bus left the Democratic Party picnic at noon for the lake.",
    "Guests left the Democratic party at midnight, and the hall was quiet.",
    "The RNC criticized the new tax plan on Monday.",
]


@pytest.mark.parametrize(("factional", "cue", "near_miss"), STRONG_PAIRS)
def test_v8_strong_cue_codes_and_its_near_miss_does_not(factional: str, cue: str,
                                                        near_miss: str) -> None:
    row = theme_scores(factional, "paragraph", load_codebook()).iloc[0]
    assert row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert f"term:{cue}@".replace("'", "’") in row[f"{PF}_evidence"].replace("'", "’")
    miss = theme_scores(near_miss, "paragraph", load_codebook()).iloc[0]
    assert not miss[f"{PF}_present"], miss[f"{PF}_evidence"]


def test_v8_round2_weak_cues_are_decided_by_an_anchored_article(tmp_path) -> None:
    rows = _article(tmp_path, "unity", [s for s, _ in WEAK_CUES])
    for (sentence, cue), present, evidence in zip(WEAK_CUES, rows[f"{PF}_present"],
                                                  rows[f"{PF}_evidence"]):
        assert present and f"weak:{cue}@" in evidence, (sentence, evidence)


def test_v8_round2_near_misses_give_no_evidence(tmp_path) -> None:
    rows = _article(tmp_path, "near2", WEAK_NEAR_MISSES)
    assert (rows[f"{PF}_evidence"] == "").all(), rows[f"{PF}_evidence"].tolist()


@pytest.mark.parametrize(("sentence", "cue"), WEAK_CUES)
def test_v8_round2_weak_cue_alone_does_not_code(sentence: str, cue: str) -> None:
    row = theme_scores(f"The Republican convention opens in May. {sentence}", "paragraph",
                       load_codebook()).iloc[0]
    assert not row[f"{PF}_present"] and row[f"{PF}_weight"] == pytest.approx(0.5), row[
        f"{PF}_evidence"]
