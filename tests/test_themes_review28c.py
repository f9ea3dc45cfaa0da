"""Review 28c: version 42's new cues read by a stranger; the misfires with a general fix.

Invented British paragraphs only (invented names and places). Each guard below was coded (or,
for the resignations in the fight, left uncoded) by version 42 and is not (is) after the
review's narrowing; the keep-tests hold before and after. ``data/lexicons/themes.yml`` carries
a ``review 28c`` comment at every change (docs/notes/themes.md, "Review review28c").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import (
    AU,
    AUSTERITY_ARTICLE,
    CONFLICT_ARTICLE,
    FACTION_ARTICLE,
    IP,
    PF,
    in_article,
)
from tests.theme_paragraphs import coded as _coded


# austerity (i): a choice between energy and food as an investor's or a market's
@pytest.mark.parametrize("text", [
    "Investors in the City are choosing between energy and food shares as inflation bites.",
    "Choosing between the energy and the food stocks was the fund manager's dilemma in "
    "Leeds this quarter.",
    "At the Saturday market in Kendal, visitors choose between the fuel and the food stalls.",
])
def test_review28c_a_choice_of_shares_or_stalls_is_no_hardship(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded
    assert "between" not in evidence


def test_review28c_a_household_choice_still_counts() -> None:
    coded, evidence = _coded("The pensioners of Fleetwood are choosing between their heating "
                             "and their food this winter.", AU)
    assert coded
    assert "term:choosing between their heating and their food@" in evidence


# austerity (d): the deficit of a score or of a pension scheme in an article on austerity
@pytest.mark.parametrize("text", [
    "Tarnside cut the deficit to one goal just before half-time.",
    "Labour has closed the deficit to four points in the latest poll of the north-west.",
    "Kent overturned the deficit in the second innings on the last afternoon at Canterbury.",
    "The college's chairman said the deficit on the pension scheme had doubled in a year.",
])
def test_review28c_a_scores_or_a_pension_schemes_deficit_is_no_spending(text: str) -> None:
    coded, evidence = in_article(AUSTERITY_ARTICLE, text, AU)
    assert not coded
    assert "deficit" not in evidence


def test_review28c_the_states_deficit_still_counts() -> None:
    coded, evidence = in_article(AUSTERITY_ARTICLE, "The Chancellor has promised to cut the "
                                 "deficit to 2 per cent of national income by 2029.", AU)
    assert coded
    assert "weak:the deficit@" in evidence


# Israel-Palestine: a settler or a settlement of another history or of another kind
@pytest.mark.parametrize("text", [
    "The first European settlers reached the bay near Hobart in the spring of 1804.",
    "Her great-grandfather was among the Scottish settlers who farmed the plains of Otago.",
    "The out-of-court settlements cost the hospital trust in Hull more than three million "
    "pounds.",
    "The divorce settlements of footballers are a growing business for lawyers in Cheshire.",
    "The pay settlements in the public sector came in at five per cent this year.",
    "Roman settlements along the river have been dug up by archaeologists in Southwark.",
])
def test_review28c_settlers_of_another_history_do_not_decide(text: str) -> None:
    coded, _ = in_article(CONFLICT_ARTICLE, text, IP)
    assert not coded


@pytest.mark.parametrize(("text", "span"), [
    ("Armed settlers from the outpost above Beit Qasim burned the olive grove, the farmer "
     "said.", "weak:settlers@"),
    ("The MPs from Stockport want a ban on goods made in Israeli settlements.",
     "weak:settlements@"),
])
def test_review28c_the_conflicts_settlers_still_decide(text: str, span: str) -> None:
    coded, evidence = in_article(CONFLICT_ARTICLE, text, IP)
    assert coded
    assert span in evidence


# party factionalism: the career exclude of `resign` and the fight; resigned to one's fate
@pytest.mark.parametrize("text", [
    "The shadow minister for Tarnside resigned to join the rebels on the back benches.",
    "She resigned to take a stand against the leader's deal with the unions.",
    "He resigned to head the campaign for a leadership contest before the summer.",
])
def test_review28c_a_resignation_to_join_the_fight_counts(text: str) -> None:
    coded, evidence = in_article(FACTION_ARTICLE, text, PF)
    assert coded
    assert "weak:resigned@" in evidence


@pytest.mark.parametrize("text", [
    "By the third day, the MP for Fenwick had resigned himself to a long evening in the "
    "tea room.",
    "The candidate in Hexham was resigned to a recount long before midnight.",
    "Voters in the town seem resigned to another winter of closed libraries.",
])
def test_review28c_resigned_to_ones_fate_is_no_resignation(text: str) -> None:
    coded, evidence = in_article(FACTION_ARTICLE, text, PF)
    assert not coded
    assert "resign" not in evidence


def test_review28c_a_career_resignation_still_is_none() -> None:
    coded, evidence = in_article(FACTION_ARTICLE, "The Labour MP for Fenwick resigned to take "
                                 "a job with a water company in Hexham.", PF)
    assert not coded
    assert "resign" not in evidence
