"""Themes version 31 (issue 16): precision of version 30's British cues.

Invented British paragraphs only (invented names and places). Review 19 found version 30's
new cues coding ordinary senses: in an article anchored in austerity (where one weak cue
decides a paragraph, ``anchored_min_weight: 0.5``) `the real terms of the contract`, `worse off
at cards`, `at the library signing copies of her memoir`, `Social care ... is her passion`;
`conflict_with_own_colleagues` took a party word of another clause as the party in view; and
`party_mps_press_leader` took No 10 for the MPs' own party without knowing who governs. Each
misfire below is coded by the codebook as at the version-30 end (main at 7face01); each
positive is coded before and after (docs/notes/themes.md, "Version 31").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import paragraph_table as _table

# step 1: in an article anchored in austerity, the narrowed weak cues no longer code a
# paragraph that uses the words in an ordinary sense
AUSTERITY_ARTICLE = [
    "Austerity has hollowed out Marlow Vale: the council has cut its budget for youth "
    "services by half since 2015.",
    "Food bank use in the town has trebled, and poverty among working families is rising.",
]
ORDINARY_SENSES = [
    "The agent would not discuss the real terms of the contract with the club.",
    "Her brother, who came home worse off at cards every Friday, laughed at that.",
    "On Saturday she was at the library signing copies of her memoir.",
    "Social care, she said, is her passion, and she has written three novels about nurses.",
]
BRITISH_SENSES = [
    ("Spending on roads is 14 per cent lower in real terms than a decade ago.",
     "weak:in real terms@"),
    ("Ministers promised the biggest real-terms increase in a decade.", "weak:real-terms@"),
    ("The poorest families in the town are £900 a year worse off than in 2015.",
     "worse off@"),
    ("The library on Station Road was shut by the council last spring.", "weak:library@"),
    ("Patients fit to go home wait for weeks with no social care package to go to.",
     "weak:no social care@"),
    ("The county's social care budget has been overspent in each of the last four years.",
     "weak:social care@"),
]


@pytest.mark.parametrize("text", ORDINARY_SENSES)
def test_v31_ordinary_senses_stay_uncoded_in_an_austerity_article(text: str) -> None:
    table = _table("\n".join(AUSTERITY_ARTICLE + [text]))
    assert table[f"{AU}_present"].tolist() == [True, True, False], \
        table[f"{AU}_evidence"].tolist()


@pytest.mark.parametrize("text, cue", BRITISH_SENSES)
def test_v31_the_money_senses_are_still_decided_by_the_article(text: str, cue: str) -> None:
    table = _table("\n".join(AUSTERITY_ARTICLE + [text]))
    assert table[f"{AU}_present"].tolist() == [True, True, True], \
        table[f"{AU}_evidence"].tolist()
    assert cue in str(table[f"{AU}_evidence"].iloc[2])


def test_v31_a_library_with_its_closure_elsewhere_in_the_paragraph_stays_a_cue() -> None:
    text = ("Volunteers now run the library on Mill Street. The county council withdrew its "
            "funding in 2022.")
    table = _table("\n".join(AUSTERITY_ARTICLE + [text]))
    assert bool(table[f"{AU}_present"].iloc[2]), table[f"{AU}_evidence"].tolist()


# step 2: the party in view for one's own colleagues is in their clause or is the party of
# the sentence's subject, not any party word of the sentence
@pytest.mark.parametrize("text", [
    "The ward sister was criticised by her own colleagues at the hospital, and the MP for "
    "the area said nothing.",
    "He was attacked by his own colleagues at the surgery; the local Labour party stayed "
    "out of it.",
])
def test_v31_own_colleagues_with_a_party_in_another_clause_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "The senator was attacked by his own colleagues in the Senate for the vote.",
    "Labour's chief whip was criticised by her own colleagues after the vote.",
    "The Tory chairman, who had backed the plan for months, was attacked by his own "
    "colleagues on Tuesday.",
])
def test_v31_own_colleagues_with_the_party_in_their_clause_or_subject_stay_coded(
        text: str) -> None:
    coded, evidence = _coded(text)
    assert coded and "conflict_with_own_colleagues" in evidence, evidence


# step 3: No 10 is the MPs' own leader only where the text ties their party to the government
@pytest.mark.parametrize("text", [
    "Conservative MPs have urged No 10 to hold firm on the fuel duty rise.",
    "Reform MPs wrote to Downing Street on Monday demanding an inquiry into the contracts.",
])
def test_v31_a_partys_mps_writing_to_no_10_without_a_tie_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "Labour MPs have written to No 10 asking for a vote on the plan, the first open revolt "
    "against the Labour government since the election.",
    "Under the Conservative government, ministers kept their heads down; now thirty "
    "Conservative backbenchers have urged Downing Street to drop the bill.",
    "Government backbenchers have warned No 10 that the bill will not pass.",
])
def test_v31_mps_writing_to_no_10_of_their_own_government_are_coded(text: str) -> None:
    coded, evidence = _coded(text)
    assert coded and "rule:party_mps_press_no10@" in evidence, evidence
