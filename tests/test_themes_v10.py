"""Themes version 10: factionalism recall after a blind coding (issue 16, docs/notes/themes.md).

Invented text only. Each new cue is shown coding a paragraph of an invented article anchored
in the struggle (guideline rule 1b) with the cue in its evidence, and each has counter-examples
the guideline codes 0: two parties, praise, a race between rivals, voters.
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.matching import theme_scores
from tests.test_themes_v8 import _article

PF = "party_factionalism"


def _row(text: str):
    """The one paragraph row of ``text`` (a single invented paragraph, no article)."""
    table = theme_scores(text, "paragraph", load_codebook())
    assert len(table) == 1
    return table.iloc[0]


# round 1: support withheld, told in the perfect (the past participle)
WITHHELD_PERFECT = [
    ("The senator says she will vote for Okafor, though she hasn't endorsed her.",
     "hasn't endorsed her"),
    ("The governor has not backed Mr. Hale since the primary ended.", "not backed Mr. Hale"),
    ("Two committee chairs still haven't supported him.", "haven't supported him"),
]


def test_v10_withheld_support_in_the_perfect_is_decided_by_an_anchored_article(
        tmp_path) -> None:
    rows = _article(tmp_path, "perfect", [s for s, _ in WITHHELD_PERFECT])
    for (sentence, cue), present, evidence in zip(WITHHELD_PERFECT, rows[f"{PF}_present"],
                                                  rows[f"{PF}_evidence"]):
        assert present, (sentence, evidence)
        assert f"weak:{cue}@".replace("'", "’") in evidence.replace("'", "’"), evidence


@pytest.mark.parametrize(("sentence", "cue"), WITHHELD_PERFECT)
def test_v10_withheld_support_alone_is_weak(sentence: str, cue: str) -> None:
    """Voters withhold support too: with a party in view and no second cue, 0.5 only."""
    row = _row(f"The Democratic convention opens in May. {sentence}")
    assert not row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert "weak:" in row[f"{PF}_evidence"]


# round 2: the party's nomination said to be rigged or stolen, and the fight over its primaries
MACHINERY = [
    ("Her most loyal volunteers now claim the primary has been rigged.", "primary has been rigged"),
    ("The state chairman warned against stealing the nomination from the front-runner.",
     "stealing the nomination"),
    ("The executive board backed reforming the party's primary process.",
     "reforming the party's primary process"),
    ("His campaign manager called for open primaries in every state.",
     "called for open primaries"),
]


@pytest.mark.parametrize(("sentence", "cue"), MACHINERY)
def test_v10_machinery_cue_codes_the_paragraph_alone(sentence: str, cue: str) -> None:
    """Strong: the party's own nomination rigged or stolen, or its primaries to be reformed,
    is the insurgents' fight with the machinery (guideline, "Reading of version 6")."""
    row = _row(sentence)
    assert row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert f"pattern:{cue}@".replace("'", "’") in row[f"{PF}_evidence"].replace("'", "’")


# round 3: a party's divide to be bridged or healed, a divisive contest
DIVIDE = [
    ("She is the one figure who could bridge the Okafor and Hale divide.",
     "bridge the Okafor and Hale divide"),
    ("The treasurer hopes the autumn meeting will heal the wounds of the primary.",
     "heal the wounds"),
    ("Nobody wants another divisive primary, the treasurer said.", "divisive primary"),
]


def test_v10_divide_cue_is_decided_by_an_anchored_article(tmp_path) -> None:
    rows = _article(tmp_path, "divide", [s for s, _ in DIVIDE])
    for (sentence, cue), present, evidence in zip(DIVIDE, rows[f"{PF}_present"],
                                                  rows[f"{PF}_evidence"]):
        assert present, (sentence, evidence)
        assert f"weak:{cue}@" in evidence, evidence


@pytest.mark.parametrize(("sentence", "cue"), DIVIDE)
def test_v10_divide_cue_alone_is_weak(sentence: str, cue: str) -> None:
    row = _row(f"The Republican convention opens in May. {sentence}")
    assert not row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert f"weak:{cue}@" in row[f"{PF}_evidence"]


# round 4: the establishment as the side an insurgent stands against
def test_v10_establishment_as_a_side_adds_to_the_bare_word() -> None:
    """The frame of a fight ("anti-establishment", "stand up to the establishment") is a weak
    cue of its own: with the bare word elsewhere in the paragraph the two code it."""
    text = ("The governor hopes to rally the Republican establishment behind him. But the "
            "candidates described as anti-establishment won most of the votes.")
    row = _row(text)
    assert row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert "weak:anti-establishment@" in row[f"{PF}_evidence"]
    assert "weak:establishment@" in row[f"{PF}_evidence"]


@pytest.mark.parametrize("sentence", [
    "She vowed to stand up to the party establishment, her Republican allies said.",
    "Two anti-establishment Democrats won seats on the county board.",
])
def test_v10_establishment_as_a_side_alone_is_weak(sentence: str) -> None:
    row = _row(sentence)
    assert not row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert "weak:" in row[f"{PF}_evidence"]


# counter-examples the guideline codes 0 (two parties, praise, a race between rivals, voters,
# no party in view), each with the piece of evidence it must not produce
COUNTER_EXAMPLES = [
    # withheld support: praise and support given; a plan, not a person; the other side's
    # candidate
    ("The Democratic senator has endorsed her and praised her campaign.", "endorsed her"),
    ("The Republican council has not backed the plan for a new road.", "backed"),
    ("The Republican governor has not endorsed the Democratic candidate, Ms. Okafor, and "
     "never will.", "pattern:"),
    # machinery: the economy and a general election between two parties are no party's
    # machinery; a court nomination the other side blocked; the race itself; praise
    ("The senator says the economy is rigged against working families.", "rigged"),
    ("Republicans claim the general election is rigged against their nominee.", "rigged"),
    ("Democrats say Republicans stole a Supreme Court nomination from the president.",
     "nomination"),
    ("The two rivals are fighting hard to win the nomination in the primaries.", "pattern:"),
    ("The chairman praised the primary process as fair and open.", "primary process"),
    # divide: a city's divide (no party in view); a divide between two parties
    ("The new bridge will heal the divide between the two halves of the city.", "divide"),
    ("The senator hopes to bridge the partisan divide between Republicans and Democrats.",
     "pattern:"),
    # establishment: no party in view (a band, a profession, a founding); praise
    ("The band's anti-establishment lyrics and the establishment of the festival.",
     "establishment"),
    ("Doctors took on the medical establishment over the new drug.", "establishment"),
    ("The council took on the establishment of a new school in the district.", "took on"),
    ("The Republican nominee thanked the party establishment for its support.", "pattern:"),
]


@pytest.mark.parametrize(("sentence", "forbidden"), COUNTER_EXAMPLES)
def test_v10_counter_examples_are_not_coded(sentence: str, forbidden: str) -> None:
    row = _row(sentence)
    assert not row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert forbidden not in row[f"{PF}_evidence"], row[f"{PF}_evidence"]
