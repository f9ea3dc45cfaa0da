"""Themes version 33 (issue 16): austerity as the definition reads it, and factional precision.

Invented British paragraphs only (invented names and places). Each step works on a statement
class that occurs in at least two writers' readable development sets (docs/notes/themes.md,
"Version 33"); each positive below is uncoded by the codebook before its step, and each guard
(an ordinary sense of a new cue) stays uncoded.
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU, AUSTERITY_ARTICLE, PF
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article

# an article anchored in party factionalism (two paragraphs coded on their own evidence)
FACTION_ARTICLE = [
    "The left of the party wants the deputy leader deselected before the conference.",
    "Tory MPs are plotting a leadership challenge, and the rebels say they have the numbers.",
]




# step 1 (PF class (a)): a party's backbenchers and a criticism in one paragraph
@pytest.mark.parametrize("text", [
    "Labour backbenchers who had backed the levy in the spring were openly critical of it by "
    "Thursday night.",
    "Tory backbenchers were subdued, though not all of them. One MP from a coastal seat "
    "accused the Treasury of treating his constituents as an afterthought.",
    "Edwina Marsh, the Labour backbencher who chairs the transport committee, asked a hostile "
    "question about the rail timetable.",
])
def test_v33_a_partys_backbenchers_with_a_criticism_are_coded(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert coded and "rule:party_backbenchers_critical@" in evidence, evidence


@pytest.mark.parametrize("text", [
    "Pressed by a Conservative backbencher on the cost, the minister listed the grants.",
    "\u201cShame!\u201d shouted a Labour backbencher, and the Speaker let it go.",
    "The hostile takeover bid for the brewery was rejected by its board on Friday.",
])
def test_v33_backbenchers_without_a_criticism_and_criticism_without_them_stay_uncoded(
        text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


def test_v33_the_prime_minister_and_mps_alone_do_not_code_in_an_anchored_article() -> None:
    coded, evidence = _in_article(
        FACTION_ARTICLE,
        "The Prime Minister repeated the line twice, and MPs on the benches opposite began "
        "to mouth it along with him.", PF)
    assert not coded, evidence


# step 2 (AU class (a2)): a benefit sanction
@pytest.mark.parametrize("text", [
    "She told me about a man she met outside the jobcentre in Pelham, who had been sanctioned "
    "for missing an appointment while his son was in hospital.",
    "On a visit to a jobcentre in Dunmere, a claimant asked the minister whether he had ever "
    "been sanctioned.",
    "Benefit sanctions rose by a third in the year to March, the figures show.",
])
def test_v33_a_benefit_sanction_is_coded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "term:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The new sanctions on Russian banks were sanctioned by the cabinet on Monday.",
    "The redevelopment of the old jobcentre building was sanctioned by the planning committee.",
    "The referee sanctioned the captain for dissent in the second half.",
])
def test_v33_sanctions_in_ordinary_senses_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 3 (AU class (b)): spending cuts and council finances in plain words
@pytest.mark.parametrize("text", [
    "The council has had its budget cut by central government every year since 2012.",
    "The strike is over a council plan to cut teaching assistants' hours from September.",
    "\u201cThey created this with fourteen years of cuts,\u201d she told the chamber.",
    "The chief secretary to the Treasury moves to Transport, where she must find \u00a32bn of "
    "savings the department says do not exist.",
])
def test_v33_spending_cuts_in_plain_words_are_coded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert coded and "term:" in evidence, evidence


def test_v33_a_legal_balanced_budget_is_decided_by_an_austerity_article() -> None:
    coded, evidence = _in_article(
        AUSTERITY_ARTICLE,
        "The authority said in a statement that it had no choice but to set a legal, balanced "
        "budget.", AU)
    assert coded and "weak:set a legal, balanced budget@" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The film's budget was cut twice before the shooting began in Leeds.",
    "The company plans to cut jobs at its warehouse in Tamworth.",
    "After years of cuts and bruises on the rugby pitch, he took up golf.",
    "The couple hope to find \u00a35,000 of savings in their wedding plans.",
    "Households are told to set a budget for the festive season and stick to it.",
])
def test_v33_cuts_budgets_and_savings_in_ordinary_senses_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 4 (AU class (c)): poverty in plain words, children going hungry
def test_v33_children_going_hungry_is_decided_by_an_austerity_article() -> None:
    coded, evidence = _in_article(
        AUSTERITY_ARTICLE,
        "\u2018For some of them that is the only hot meal of the day,\u2019 he says. \u2018I "
        "call it kids going hungry.\u2019", AU)
    assert coded and "weak:kids going hungry@" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The walkers went hungry until they reached the summit cafe.",
    "Children going hungry is a theme of the novel's second half, set in 1840s Ireland.",
])
def test_v33_hunger_in_ordinary_senses_stays_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


# step 5 (PF class (a)): some of one's colleagues at odds with one
def test_v33_a_group_of_hyphenated_party_mps_and_a_charge_are_coded() -> None:
    coded, evidence = _coded(
        "A newsletter of the Elm Group, a band of free-market Tory MPs, accused her of "
        "Corbynism with better manners.", PF)
    assert coded and "weak:a band of free-market Tory MPs@" in evidence, evidence


def test_v33_some_of_his_colleagues_and_the_leadership_are_coded() -> None:
    coded, evidence = _coded(
        "That is not good enough for some of his colleagues. One Labour councillor said the "
        "party's leadership was more frightened of a headline than of losing the city.", PF)
    assert coded and "weak:some of his colleagues@" in evidence, evidence


def test_v33_the_discomfort_of_colleagues_is_decided_by_an_anchored_article() -> None:
    coded, evidence = _in_article(
        FACTION_ARTICLE,
        "She has spent the summer arguing, to the visible discomfort of some colleagues, that "
        "the Conservatives cannot win while they look like the party of landlords.", PF)
    assert coded and "weak:discomfort of some colleagues@" in evidence, evidence


@pytest.mark.parametrize("text", [
    "Some of her colleagues at the hospital organised a collection when she retired.",
    "Several of my colleagues in the newsroom have covered the story since 2019.",
])
def test_v33_colleagues_in_ordinary_senses_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


# step 6 (PF class (c)): a leadership ambition or contest told as the candidates' quarrel
def test_v33_wanting_to_lead_the_party_and_measuring_the_curtains_are_coded() -> None:
    coded, evidence = _coded(
        "Does he want to lead the party? \u201cWe have a leader,\u201d he says, \u201cand the "
        "last thing she needs is people like me measuring the curtains.\u201d", PF)
    assert coded and "weak:want to lead the party@" in evidence, evidence


def test_v33_serving_in_a_rivals_cabinet_is_decided_by_an_anchored_article() -> None:
    coded, evidence = _in_article(
        FACTION_ARTICLE,
        "At the hustings in Ripley a member asked her whether she would serve in a Fairbairn "
        "cabinet. She paused for a long time.", PF)
    assert coded and "weak:serve in a Fairbairn cabinet@" in evidence, evidence


@pytest.mark.parametrize("text", [
    "They spent the weekend measuring the curtains for the new flat in Hove.",
    "She wants to lead the party of walkers up Helvellyn on Saturday.",
    "He went on to serve in the Royal Navy for twenty years.",
])
def test_v33_leadership_words_in_ordinary_senses_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded, evidence


# step 7 (PF class (j)): a whip's post as a career step is a job title, not the whips acting
def test_v33_becoming_chief_whip_does_not_code_in_an_anchored_article() -> None:
    coded, evidence = _in_article(
        FACTION_ARTICLE,
        "The wider shuffle was modest: the transport secretary moves to Health, and her "
        "predecessor there becomes chief whip. Two junior ministers were dismissed by phone.",
        PF)
    assert not coded, evidence

