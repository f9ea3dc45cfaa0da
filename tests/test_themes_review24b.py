"""Review 24b of themes version 36: ordinary senses of the version-36 cues and narrowings.

Invented British paragraphs only (invented names and places). Each guard below was coded by
the version-36 codebook and each positive was uncoded by it (a version-36 narrowing that
dropped the theme's own sense); ``data/lexicons/themes.yml`` carries a ``review 24b`` comment
at every change (docs/notes/themes.md, "Review 24b").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import (
    AU,
    AUSTERITY_ARTICLE,
    FACTION_ARTICLE,
    IP,
    PF,
    SR,
)
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article


# v36 step 1: "the bill" and "the freeze" in other senses, in an austerity article
@pytest.mark.parametrize("text", [
    "The bill of rights promised by the Justice Secretary was published on Monday.",
    "When they asked for the bill, the owner of the cafe on Dock Street waved it away.",
    "The oystercatcher's orange bill is longer than the bill of a turnstone.",
    "The bill, passed by the Senate on Thursday, now goes to the House of Representatives.",
    "Congress passed the bill on a party-line vote, and the President signed it on Friday.",
    "The freeze in relations between London and Moscow has lasted since the poisonings.",
    "The freeze on Russian assets held in London banks has lasted three years.",
    "The freeze came early that year, and the pipes in the Methodist hall burst.",
    "Before the freeze set in, the growers at Holme Fen got the last of the leeks in.",
])
def test_review24b_other_bills_and_freezes_are_no_policy(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


@pytest.mark.parametrize(("text", "word"), [
    ("Ministers asked for the bill to be rushed through before the summer recess.", "the bill"),
    ("Labour MPs voted for the bill despite the cut to carers' support.", "the bill"),
    ("The freeze was unaffordable, the Chancellor conceded at last.", "The freeze"),
])
def test_review24b_the_bill_and_the_freeze_still_count(text: str, word: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and word in evidence, evidence


# v36 step 3: the closed list of whose welfare dropped the policy's size, time and manner
@pytest.mark.parametrize("text", [
    "The annual welfare bill has passed £300bn for the first time.",
    "The rising welfare bill is what keeps the Treasury awake.",
    "The UK welfare bill is smaller than most of Europe's.",
    "Osborne-era welfare reforms are still felt on the Priory estate.",
])
def test_review24b_the_welfare_bills_size_and_era_still_count(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "welfare" in evidence, evidence


# v36 step 3: "the poorest" as people dropped sections and members of society
def test_review24b_the_poorest_sections_still_count() -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, "The poorest sections of society have "
                                  "borne the brunt of it.", AU)
    assert coded and "poorest" in evidence, evidence



# v36 step 4: a murmur of approval from a party's benches is no dissent
def test_review24b_benches_murmuring_approval_are_no_faction() -> None:
    coded, evidence = _in_article(FACTION_ARTICLE, "The Labour benches murmured their approval "
                                  "as the Prime Minister sat down.", PF)
    assert not coded, evidence



# v36 step 3: the constituent's narrowing dropped a leader's MPs' letter beside any voters
@pytest.mark.parametrize("text", [
    "Thirty of her MPs have written to her demanding that she go, and voters have noticed.",
    "Voters may have tired of him, but it was when his MPs wrote to him demanding a timetable "
    "for his exit that he knew.",
])
def test_review24b_a_leaders_mps_letter_beside_voters_still_counts(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert coded and "leaders_mps_write_to_leader" in evidence, evidence



# v36 step 5: the Gaza list exclusion took the conflict's own strong names with it
@pytest.mark.parametrize(("text", "word"), [
    ("The cabinet split over Hamas, Gaza and the hostages still held in tunnels.", "Hamas"),
    ("Ministers argued over Netanyahu, Gaza and the future of the truce.", "Netanyahu"),
])
def test_review24b_the_conflicts_own_list_still_counts(text: str, word: str) -> None:
    coded, evidence = _coded(text, IP)
    assert coded and word in evidence, evidence



# v36 step 3: a press office's silence on a story in a British paper is no relation
def test_review24b_silence_on_a_british_papers_story_is_no_relation() -> None:
    coded, evidence = _coded("The White House declined to comment on a story in a British "
                             "tabloid about the First Lady's health.", SR)
    assert not coded, evidence
