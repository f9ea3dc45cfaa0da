"""Themes version 42: uk_dev13 opened; real-news evidence first.

Invented British paragraphs only (invented names and places). Each positive was uncoded by
the codebook before its step; each guard (the same words in other senses, or outside an
article about the theme) is uncoded after it. ``data/lexicons/themes.yml`` carries a ``v42``
comment at every change (docs/notes/themes.md, "Version 42").
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes import load_codebook
from tests.theme_paragraphs import (
    AU,
    AUSTERITY_ARTICLE,
    CONFLICT_ARTICLE,
    FACTION_ARTICLE,
    IP,
    PF,
    RELATION_ARTICLE,
    SR,
    in_article,
)
from tests.theme_paragraphs import coded as _coded


# step 1: austerity (i), a choice between two of a household's necessities
@pytest.mark.parametrize(("text", "span"), [
    ("\u201cHalf the mothers I see are choosing between the gas meter and their children\u2019s "
     "shoes,\u201d the health visitor in Grimsby said.", None),
    ("\u201cI have met a pensioner in Rhyl choosing between her heating and her "
     "prescriptions,\u201d the MP told the Commons.",
     "choosing between her heating and her prescriptions"),
    ("By February, the families on the Fairholme estate had to choose between eating and "
     "heating.", "choose between eating and heating"),
    ("In Barrow, the old question of heat or eat has come back with the frost.", "heat or eat"),
])
def test_v42_a_choice_between_two_necessities_is_coded(text: str, span: str | None) -> None:
    coded, evidence = _coded(text, AU)
    assert coded
    assert "term:" in evidence
    if span:
        assert f"term:{span}@" in evidence


@pytest.mark.parametrize("text", [
    "The couple in Hove are choosing between gas and electricity for the new extension.",
    "The builders were choosing between gas and electric hobs for the kitchen in Frome.",
    "She was choosing between the food and the wine for the wedding in Ludlow.",
    "The couple were choosing between the rent and the mortgage options on offer in Bath.",
    "The chef is choosing between the fuel and the food suppliers for the new caf\u00e9 in "
    "Truro.",
])
def test_v42_a_choice_of_supply_or_of_a_menu_is_no_hardship(text: str) -> None:
    coded, _ = _coded(text, AU)
    assert not coded


# step 2: Israel-Palestine (ip-f), the settlers or the settlements in an article about the
# conflict decide a paragraph (the codebook's `anchor_terms`)
@pytest.mark.parametrize(("text", "span"), [
    ("Settlers from the hill had cut the water pipe to Beit Qasim again, the headman said.",
     "weak:Settlers@"),
    ("A settler from the outpost above the village was seen with a can of petrol, the farmer "
     "said.", "weak:settler@"),
    ("The delegation from Stockport wants the government to ban imports from the settlements "
     "now.", "weak:settlements@"),
])
def test_v42_the_settlers_in_an_article_on_the_conflict_are_coded(text: str, span: str) -> None:
    coded, evidence = in_article(CONFLICT_ARTICLE, text, IP)
    assert coded
    assert span in evidence


@pytest.mark.parametrize("text", [
    "Settlers from the hill had cut the water pipe to Beit Qasim again, the headman said.",
    "The delegation from Stockport wants the government to ban imports from the settlements "
    "now.",
])
def test_v42_the_settlers_alone_outside_such_an_article_are_not_coded(text: str) -> None:
    coded, _ = _coded(text, IP)
    assert not coded


@pytest.mark.parametrize("text", [
    "The settlement of the pay dispute at the Port Talbot works was announced on Friday.",
    "Israel was her first posting, and she still speaks of the food in Haifa fondly.",
    "Abstaining on a ceasefire is not a position, one Labour MP said of the whips' advice.",
])
def test_v42_other_weak_words_do_not_decide_in_such_an_article(text: str) -> None:
    coded, _ = in_article(CONFLICT_ARTICLE, text, IP)
    assert not coded


def test_v42_anchor_terms_is_a_codebook_field() -> None:
    book = load_codebook()
    assert book[IP].anchor_terms
    assert book[IP].anchored_min_weight == book[IP].weak_weight
    assert not book[AU].anchor_terms


# step 3: party factionalism, the weak `resign` as a career move is no party dispute
@pytest.mark.parametrize("text", [
    "The by-election in Fenwick was called after the Labour MP, Alan Crewe, resigned to run a "
    "hospice charity.",
    "The Tory MP for Tarnside resigned in March to take a job with a rail operator.",
    "The Labour MP for Fenwick resigned to care for her mother in Hexham.",
])
def test_v42_a_resignation_for_a_career_is_no_party_dispute(text: str) -> None:
    coded, evidence = in_article(FACTION_ARTICLE, text, PF)
    assert not coded
    assert "resign" not in evidence


@pytest.mark.parametrize("text", [
    "The chief secretary resigned to run for the leadership against the Prime Minister.",
    "\u201cI have not resigned to plot,\u201d the Tory MP for Tarnside wrote to the whips.",
    "Two ministers resigned to protest against the leader's deal with the rebels.",
])
def test_v42_a_resignation_in_the_party_fight_still_counts(text: str) -> None:
    coded, evidence = in_article(FACTION_ARTICLE, text, PF)
    assert coded
    assert "weak:resigned@" in evidence


# step 4: party factionalism (a) told by the plot's idiom, counting heads (weak)
@pytest.mark.parametrize("text", [
    "The whips insist that nobody on the Tory benches is counting heads.",
    "Her allies deny they are counting heads before the conference in Harrogate.",
])
def test_v42_counting_heads_in_the_party_fight_is_coded(text: str) -> None:
    coded, evidence = in_article(FACTION_ARTICLE, text, PF)
    assert coded
    assert "weak:counting heads@" in evidence


@pytest.mark.parametrize("text", [
    "The teacher counted heads on the coach before it left Ludlow for the museum.",
    "Stewards at the door of the Corn Exchange were counting heads as the doors opened.",
])
def test_v42_counting_heads_with_no_party_in_view_is_not_coded(text: str) -> None:
    coded, evidence = _coded(text, PF)
    assert not coded
    assert evidence == ""


# step 5: the special relationship, one side naming the other as its own counterpart (weak)
@pytest.mark.parametrize(("text", "span"), [
    ("\u2018We were assured by our American colleagues that the source was sound,\u2019 he "
     "said.", "weak:our American colleagues@"),
    ("\u201cWe speak to our American counterparts every day,\u201d the minister said of the "
     "steel quotas.", "weak:our American counterparts@"),
])
def test_v42_our_american_colleagues_in_an_article_on_the_relation_are_coded(
        text: str, span: str) -> None:
    coded, evidence = in_article(RELATION_ARTICLE, text, SR)
    assert coded
    assert span in evidence


@pytest.mark.parametrize("text", [
    "Our American colleagues at Stanford got there first, the Cambridge physicist admitted.",
    "His American colleagues at the hospital remember the surgeon from Leeds fondly.",
])
def test_v42_a_scientists_american_colleagues_are_no_relation(text: str) -> None:
    coded, _ = _coded(text, SR)
    assert not coded


# step 6: austerity (d), the fiscal frame told by the deficit (weak)
@pytest.mark.parametrize(("text", "span"), [
    ("\u201cWe ducked the deficit for a decade,\u201d the shadow chancellor told the hall in "
     "Harrogate.", "weak:the deficit@"),
    ("The budget deficit she inherited, the Chancellor reminds us, was the largest since the "
     "war.", "weak:The budget deficit@"),
])
def test_v42_the_deficit_in_an_article_on_austerity_is_coded(text: str, span: str) -> None:
    coded, evidence = in_article(AUSTERITY_ARTICLE, text, AU)
    assert coded
    assert span in evidence


@pytest.mark.parametrize("text", [
    "The Tories have cut the deficit in the polls to four points, the pollster in Leeds said.",
    "The trade deficit with China widened again in March.",
])
def test_v42_a_deficit_in_the_polls_or_in_trade_is_no_spending(text: str) -> None:
    coded, evidence = in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded
    assert "deficit" not in evidence


def test_v42_the_deficit_alone_outside_such_an_article_is_not_coded() -> None:
    coded, _ = _coded("Leeds cut the deficit to one goal just before half-time.", AU)
    assert not coded
