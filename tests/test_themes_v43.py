"""Themes version 43: uk_dev14 opened; real-news evidence first.

Invented British paragraphs only (invented names and places). Each positive was uncoded by
the codebook before its step; each guard (the same words in other senses, or outside an
article about the theme) is uncoded after it. ``data/lexicons/themes.yml`` carries a ``v43``
comment at every change (docs/notes/themes.md, "Version 43").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import FACTION_ARTICLE, PF, in_article
from tests.theme_paragraphs import coded as _coded

IQ = "iraq_war_intelligence"

#: an article anchored in the Iraq war (version 37's: two paragraphs coded on their own evidence)
IRAQ_ARTICLE = [
    "The dodgy dossier overstated the threat from Saddam Hussein's weapons of mass "
    "destruction.",
    "The Chilcot inquiry found that the Joint Intelligence Committee had not established the "
    "claims beyond doubt.",
]


# step 1: party factionalism (a) told as the blame after a defeat: recriminations (weak)
@pytest.mark.parametrize(("text", "article"), [
    ("The recriminations inside the Labour group on Tamworth council began before the last "
     "ward was declared, and a Socialist Campaign Group councillor blamed the leader.", False),
    ("The agent for Fenwick Moor expects the recriminations to begin on Monday, whatever the "
     "count says.", True),
])
def test_v43_recriminations_in_a_party_are_coded(text: str, article: bool) -> None:
    coded, evidence = in_article(FACTION_ARTICLE, text, PF) if article else _coded(text, PF)
    assert coded
    assert "weak:recriminations@" in evidence


@pytest.mark.parametrize("text", [
    "The divorce in Harrogate ended in bitter recriminations over the house and the dog.",
    "After the cup defeat at Gateshead the recriminations in the dressing room went on until "
    "midnight.",
])
def test_v43_recriminations_with_no_party_in_view_are_not_coded(text: str) -> None:
    coded, _ = _coded(text, PF)
    assert not coded


# step 2: party factionalism (a), a member's exit as dissent: leaving the party over its line
@pytest.mark.parametrize(("text", "span"), [
    ("Marsh, a former Labour councillor in Ripon, left the party in 2022 over its line on the "
     "two-child limit.", "left the party in 2022 over"),
    ("Two of the Tory councillors on Kettering council quit the Conservative Party in protest "
     "at the new candidate.", "quit the Conservative Party in protest"),
    ("She resigned her membership of the party last spring after the whip was taken from her "
     "friend.", "resigned her membership of the party last spring after"),
])
def test_v43_leaving_the_party_over_a_dispute_is_coded(text: str, span: str) -> None:
    coded, evidence = _coded(text, PF)
    assert coded
    assert f"pattern:{span}@" in evidence


@pytest.mark.parametrize("text", [
    "The mayor of Ripon left the party after the speeches and was home by ten.",
    "He left the party over an hour before the fireworks on the Harrogate Stray.",
    "A bitter selection in Kettering could leave the party over the summer without a "
    "candidate.",
])
def test_v43_leaving_a_party_with_no_dispute_is_not_coded(text: str) -> None:
    coded, _ = _coded(text, PF)
    assert not coded


# step 2's narrowing: the successor of a seat is a by-election, not a succession fight
@pytest.mark.parametrize("text", [
    "Polls have closed in Fenwick Moor, where voters have been choosing a successor to Ann "
    "Kell, the Labour MP who died in May.",
    "Her successor as MP for Fenwick Moor will be chosen on Thursday.",
])
def test_v43_the_successor_of_a_seat_is_no_succession_fight(text: str) -> None:
    coded, evidence = in_article(FACTION_ARTICLE, text, PF)
    assert not coded
    assert "successor" not in evidence


def test_v43_a_successor_to_the_leader_still_counts() -> None:
    coded, evidence = in_article(
        FACTION_ARTICLE, "Her allies are already sounding out a successor to the leader.", PF)
    assert coded
    assert "weak:successor@" in evidence


# step 3: party factionalism (a) in its general shape: opposing the party's own leader,
# nominee, whip or line (real news: PolNeAR)
@pytest.mark.parametrize(("text", "span"), [
    ("Four councillors in Wigan voted against the party line on the housing plan.",
     "voted against the party line"),
    ("Several of the northern MPs are now openly undermining the leadership on the rail cuts.",
     "undermining the leadership"),
    ("A dozen backbenchers from the northern seats have turned on their own leader over the "
     "rail cuts.", "turned on their own leader"),
    ("Delegates from the western states broke with the party's leadership on the platform "
     "vote.", "broke with the party's leadership"),
])
def test_v43_opposing_the_party_s_own_leader_is_coded(text: str, span: str) -> None:
    coded, evidence = _coded(text, PF)
    assert coded
    assert f"pattern:{span}@" in evidence


@pytest.mark.parametrize("text", [
    "The Democrats attacked the Republican nominee over his tax returns in Toledo.",
    "The prime minister attacked the leader of the opposition over the hospital closures.",
    "The union opposed the plan to close the depot at Crewe.",
])
def test_v43_opposing_another_party_s_leader_is_not_coded(text: str) -> None:
    coded, _ = _coded(text, PF)
    assert not coded


# step 4: Iraq (iq-a), the war told by its year, in an article anchored in the war
@pytest.mark.parametrize(("text", "span"), [
    ("By the spring of 2003 the embassy had stopped asking questions, a former attach\u00e9 "
     "recalled.", "spring of 2003"),
    ("He was 22 and newly married when his unit left Tidworth in February 2003.",
     "February 2003"),
])
def test_v43_a_date_in_2003_in_an_iraq_article_is_coded(text: str, span: str) -> None:
    coded, evidence = in_article(IRAQ_ARTICLE, text, IQ)
    assert coded
    assert f"article:{span}@" in evidence


@pytest.mark.parametrize("text", [
    "By the spring of 2003 the embassy had stopped asking questions, a former attach\u00e9 "
    "recalled.",
    "Her postings included Lima in 1998 and Warsaw in 2003, before she retired to Devon.",
])
def test_v43_a_date_in_2003_outside_an_iraq_article_is_not_coded(text: str) -> None:
    coded, evidence = _coded(text, IQ)
    assert not coded
    assert evidence == ""


def test_v43_another_year_in_an_iraq_article_is_no_cue() -> None:
    coded, evidence = in_article(
        IRAQ_ARTICLE, "By the spring of 2013 the embassy had moved to a new building.", IQ)
    assert not coded
    assert "2013" not in evidence
