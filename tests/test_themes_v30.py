"""Themes version 30 (issue 16): British codebook recall across four writers.

Invented British paragraphs only (invented names and places). Each positive is coded only
through a cue added in version 30 (docs/notes/themes.md, "Version 30"), so each fails on the
codebook as at the session-29 end (main at 711cd14, branch point 01aa7ed); the guards are
paragraphs that must stay uncoded: another party's MPs writing to the government, a group of
MPs on a visit, colleagues at a hospital, a company's bankruptcy, a library book, a pub
closing early, a spokesman in an article about a party's struggle.
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes import load_codebook
from tests.theme_paragraphs import AU, PF
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import paragraph_table as _table

# step 1: a party's own MPs, by the party's name, pressing its leader, its whips or No 10;
# a named group of one party's MPs and the irritation of the leader's office (two weak cues)
STEP1 = [
    ("Thirty Labour backbenchers wrote to the Prime Minister on Monday urging him to drop "
     "the cap on winter fuel payments.", "rule:party_mps_press_leader@"),
    ("Tory MPs have warned the whips that they will not support the planning bill.",
     "rule:party_mps_press_leader@"),
    ("SNP MSPs have written to their party leader asking for a special conference.",
     "rule:party_mps_press_leader@"),
    ("Much to the irritation of the leader's office, a small group of Labour MPs has begun "
     "meeting on Tuesday evenings in a room off Westminster Hall.",
     "weak:a small group of Labour MPs@"),
]


@pytest.mark.parametrize("text, cue", STEP1)
def test_v30_a_partys_mps_pressing_their_leader_are_coded(text: str, cue: str) -> None:
    coded, evidence = _coded(text)
    assert coded and cue in evidence, evidence


STEP1_GUARDS = [
    # another party's MPs pressing the government (the prime minister is not theirs)
    "SNP MPs urged the Prime Minister to publish the report on Friday.",
    # the leader named is another party's
    "Labour MPs urged the Tory leader to apologise for the remarks.",
    # a minister who is no party's leader or machinery
    "Labour MPs wrote to the Health Secretary about waiting lists in the north-east.",
    # a group of MPs on a visit: one weak cue alone
    "A group of Labour MPs visited the school in Ferncliffe on Friday.",
]


@pytest.mark.parametrize("text", STEP1_GUARDS)
def test_v30_other_parties_and_visits_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text)
    assert not coded, evidence


# step 2 (review 18): one's own colleagues need a party or a political body in the sentence
def test_v30_own_colleagues_at_a_hospital_are_no_party() -> None:
    for text in ("The nurse faced criticism from her own colleagues at the hospital after "
                 "the rota was changed.",
                 "Her own colleagues at the hospital turned on her after the inquiry."):
        coded, evidence = _coded(text)
        assert not coded, (text, evidence)


@pytest.mark.parametrize("text", [
    "The senator was attacked by his own colleagues in the Senate for the vote.",
    "The chief whip was criticised by her own colleagues in the parliamentary party.",
])
def test_v30_own_colleagues_with_a_party_in_view_stay_coded(text: str) -> None:
    coded, evidence = _coded(text)
    assert coded and "conflict_with_own_colleagues" in evidence, evidence


# step 3: austerity told by a council's finances and by services shut to save money
STEP3 = [
    ("She talks about the library in Brackwell, which the county council shut last year to "
     "save £90,000.", "weak:library@"),
    ("Core spending power for councils remains 12 per cent lower in real terms than in "
     "2010, the report finds.", "weak:spending power@"),
    ("Thornbridge became the third council this year to issue a section 114 notice, and "
     "its finance director says there is nothing left to cut.", "weak:section 114@"),
    ("The poorest tenth of households are worse off than they were in 2010 once housing "
     "costs are counted, the think-tank found.", "worse off@"),
]


@pytest.mark.parametrize("text, cue", STEP3)
def test_v30_council_finances_and_closures_are_coded(text: str, cue: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and cue in evidence, evidence


STEP3_GUARDS = [
    "The company filed for bankruptcy in March after its lender walked away.",
    "She borrowed a book on Roman roads from the library.",
    "In real terms, the club's wage bill has doubled since the takeover.",
    "The pub closed early to save money on heating.",
    "He was worse off after the divorce, he said.",
]


@pytest.mark.parametrize("text", STEP3_GUARDS)
def test_v30_each_new_austerity_cue_alone_stays_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 4: in an article anchored in austerity, one weak cue of the paragraph's own decides it
AUSTERITY_ARTICLE = [
    "Austerity has hollowed out Marlow Vale: the council has cut its budget for youth "
    "services by half since 2015.",
    "Food bank use in the town has trebled, and poverty among working families is rising.",
]
BORDERLINE = ("At the children's centre on Mill Lane, the parents said the letters had "
              "stopped making sense.")


def test_v30_an_anchored_austerity_article_decides_one_weak_cue() -> None:
    table = _table("\n".join(AUSTERITY_ARTICLE + [BORDERLINE]))
    assert table[f"{AU}_present"].tolist() == [True, True, True]
    assert "weak:children" in str(table[f"{AU}_evidence"].iloc[2])


def test_v30_the_same_weak_cue_outside_such_an_article_stays_uncoded() -> None:
    other = ["The new bypass opened on Tuesday after three years of roadworks.",
             "Traffic through the village fell by a third in the first week."]
    table = _table("\n".join(other + [BORDERLINE]))
    assert not table[f"{AU}_present"].any()


# step 5: a spokesman (often another party's) is no cast of a struggle: two article words of
# an anchored factional article no longer code a paragraph by themselves
def test_v30_a_spokesman_and_an_mp_in_an_anchored_article_stay_uncoded() -> None:
    article = [
        "The plotters want the leader deselected before conference, and the knives are out.",
        "Rebel MPs have sent letters of no confidence to the chairman of the 1922 Committee.",
        "Spare a thought for the Conservative MP for Lowbridge, who posted a photograph of a "
        "sausage roll on Saturday. A Reform spokesman called it a stunt.",
    ]
    table = _table("\n".join(article))
    assert table[f"{PF}_present"].tolist() == [True, True, False], \
        table[f"{PF}_evidence"].tolist()
    book = load_codebook()
    theme = next(t for t in book.themes if t.id == PF)
    assert not {"spokesman", "spokesperson", "spokeswoman"} & set(theme.article_weak_terms)
