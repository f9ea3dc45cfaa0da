"""Themes version 34 (issue 16): the paragraphs the codebook misses, all five themes.

Invented British paragraphs only (invented names and places). Each step works on a statement
class that occurs in at least two writers' readable development sets (docs/notes/themes.md,
"Version 34"); each positive below is uncoded by the codebook before its step, and each guard
(an ordinary sense of a new cue) stays uncoded.
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU, AUSTERITY_ARTICLE
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article

IP = "israel_palestine"





# step 1 (AU class (e)): who pays for social care
@pytest.mark.parametrize("text", [
    "Ministers in Whitehall want to put off the cap on lifetime care costs until 2031.",
    "The charity says nine thousand pensioners in Tarnside sold their homes to pay for their "
    "care last year.",
    "A cap on social care costs was promised in two manifestos and delivered in neither.",
])
def test_v34_who_pays_for_care_is_coded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "term:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "\u201cIt is no luxury if you are the widow in Brackley whose flat is paying for her care "
    "home,\u201d said Edith Varley.",
    "Patients fit to go home are stuck on the wards because no care package is waiting for "
    "them.",
    "The care costs of the county's older residents have doubled in a decade.",
])
def test_v34_the_cost_of_care_decides_in_an_austerity_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "weak:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The league has put a cap on transfer fees and a cap on agents' bonuses.",
    "The Pennocks sold their home to pay for the wedding in Tuscany.",
    "She paid for her own care on the trip: the tour operator covered nothing.",
    "Health care costs are the first thing American voters mention, the senator said.",
    "The new owners were told there was no care package for the plants in the lobby.",
])
def test_v34_ordinary_caps_sales_and_care_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# an article anchored in the Israeli-Palestinian conflict
CONFLICT_ARTICLE = [
    "The Foreign Secretary, Ruth Allard, told the Commons that a Palestinian state was "
    "\u201ca question of when, not if\u201d.",
    "Aid lorries were again held at the crossing into Gaza on Monday, the UN said.",
]


# step 2 (IP class (ip-a)): recognition, the state unnamed, in an article about the conflict
@pytest.mark.parametrize("text", [
    "\u201cRecognition costs us nothing and buys us very little,\u201d one official in "
    "Whitehall said.",
    "Washington has told London that recognition would be unhelpful at a delicate moment.",
    "Forty MPs wrote that Britain could not credibly recognise a state while trading with "
    "those who deny it one.",
])
def test_v34_recognition_in_an_article_about_the_conflict_is_coded(text: str) -> None:
    coded, evidence = _in_article(CONFLICT_ARTICLE, text, IP)
    assert coded and "article:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The ambassador, Sir Neville Crane, was knighted in recognition of forty years' service.",
    "Police in Westford began using facial recognition cameras at the station last week.",
    "Few in the room would recognise the state of the roads she described.",
])
def test_v34_ordinary_recognition_stays_uncoded_in_an_article_about_the_conflict(
        text: str) -> None:
    coded, evidence = _in_article(CONFLICT_ARTICLE, text, IP)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "Recognition came late for the Harwick painter, who sold her first canvas at sixty.",
    "The new republic hoped other countries would recognise the state within a year.",
])
def test_v34_recognition_outside_an_article_about_the_conflict_stays_uncoded(text: str) -> None:
    coded, evidence = _coded(text, IP)
    assert not coded, evidence


# step 3 (AU class (e), continued): care out of one's own pocket, a regressive charge, fixing
# social care; weak cues, decided in an austerity article
@pytest.mark.parametrize("text", [
    "Around 9,000 people a year will instead spend more than that sum on their care, the "
    "report estimates.",
    "Self-funders in Kelsey will use up what they own before the state pays a penny.",
    "In plain terms, the new charge is regressive.",
    "The minister said the government was committed to fixing social care this parliament.",
])
def test_v34_care_out_of_pocket_and_a_regressive_charge_decide_in_an_austerity_article(
        text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "weak:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The new chairman's regressive views on women in the boardroom embarrassed the club.",
    "The therapist at the Hexley clinic no longer offers regressive hypnosis.",
    "Callum Reade spent most of the summer on his care of the old walled garden.",
])
def test_v34_ordinary_regressive_and_spending_stay_uncoded_in_an_austerity_article(
        text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "In plain terms, the new charge is regressive.",
    "Self-funders in Kelsey will use up what they own before the state pays a penny.",
])
def test_v34_one_weak_care_cue_alone_stays_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 4 (AU class (d)): the article's policy by a short name, in an austerity article
@pytest.mark.parametrize("text", [
    "I caught the minister on the stairs. Would the limit be gone by the next election? "
    "\u201cI hope so,\u201d he said.",
    "The regulations will be debated in both Houses before Christmas.",
    "\u201cYou made the rules, so don't come here telling me you're sorry,\u201d she said.",
    "The cap was first announced in 2021 and has been pushed back twice since.",
])
def test_v34_the_policy_by_a_short_name_is_coded_in_an_austerity_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded and "article:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The volunteers at the Marlow Vale bowls club were pushed to the limit on Saturday.",
    "Everyone who broke the rules of the house had to wash up.",
    "The rules of the game are simple, said Owen Pryce, the league's secretary.",
])
def test_v34_ordinary_limits_and_rules_stay_uncoded_in_an_austerity_article(text: str) -> None:
    coded, evidence = _in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "Would the limit be gone by the next election?",
    "The regulations will be debated in both Houses before Christmas.",
])
def test_v34_a_short_name_outside_an_austerity_article_stays_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# an article anchored in the UK-US relation
RELATION_ARTICLE = [
    "The special relationship has rarely looked so one-sided, officials in Whitehall admit.",
    "The Prime Minister, Helen Cardew, will fly to Washington next week to meet the president "
    "at the White House.",
]
SR = "special_relationship"


# step 5 (SR class (s-h)): the relation told as "a relationship", in an article about it
def test_v34_a_relationship_they_regard_as_lopsided_is_coded_in_an_article_about_it() -> None:
    coded, evidence = _in_article(
        RELATION_ARTICLE,
        "Labour MPs on the left, who spent the summer signing letters about a relationship "
        "they regard as lopsided, see an opening.", SR)
    assert coded and "weak:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "Marcus Tilly ended a relationship that had lasted ten years, his sister said.",
    "Their marriage was a relationship of equals, the vicar told the congregation.",
])
def test_v34_a_personal_relationship_outside_an_article_about_the_relation_stays_uncoded(
        text: str) -> None:
    coded, evidence = _coded(text, SR)
    assert not coded, evidence
