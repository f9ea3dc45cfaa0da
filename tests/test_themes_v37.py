"""Themes version 37: the Iraq war and intelligence theme across nine writers.

Invented British paragraphs only (invented names and places). Each positive was uncoded by
the codebook before its step; each guard (the same words in other senses, or outside an
article about the war) is uncoded after it. ``data/lexicons/themes.yml`` carries a ``v37``
comment at every change (docs/notes/themes.md, "Version 37").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import AU, AUSTERITY_ARTICLE, paragraph_table
from tests.theme_paragraphs import coded as _coded
from tests.theme_paragraphs import in_article as _in_article

IQ = "iraq_war_intelligence"

#: an article anchored in the Iraq war (two paragraphs coded on their own evidence)
IRAQ_ARTICLE = [
    "The dodgy dossier overstated the threat from Saddam Hussein's weapons of mass "
    "destruction.",
    "The Chilcot inquiry found that the Joint Intelligence Committee had not established the "
    "claims beyond doubt.",
]


def test_v37_the_lead_is_anchored_in_the_war() -> None:
    for text in IRAQ_ARTICLE:
        coded, evidence = _coded(text, IQ)
        assert coded and "article:" not in evidence, evidence


# step 1: the inquiry told by its procedure, "the report", "gave evidence" (class (iq-d))
@pytest.mark.parametrize("text", [
    "Ellen Farrow gave evidence for two days in the spring of 2010, and remembers only the "
    "heat of the room and the ticking of the clock.",
    "The report had been written, one former official told me, so that nobody in particular "
    "could be blamed for anything.",
    "The report was due within a year; it arrived seven years later, at two and a half "
    "million words.",
    "Of the forty people who were asked to give evidence, only three declined.",
])
def test_v37_the_inquiry_by_its_procedure_in_an_iraq_article(text: str) -> None:
    coded, evidence = _in_article(IRAQ_ARTICLE, text, IQ)
    assert coded and "article:" in evidence, evidence


@pytest.mark.parametrize("text", [
    "The report on knife crime in Walsall was published the same week.",
    "The report by the Institute for Fiscal Studies came out on Tuesday morning.",
    "The report into the collapse of the Marlow Vale care home is expected in June.",
    "Her son gave evidence at the trial of the two men at Shrewsbury Crown Court in 2009.",
    "He later gave evidence against his former business partner, who was jailed.",
    "She gave evidence at the inquest into her brother's death on the A49.",
])
def test_v37_another_report_or_evidence_in_an_iraq_article_is_no_cue(text: str) -> None:
    coded, evidence = _in_article(IRAQ_ARTICLE, text, IQ)
    assert not coded, evidence


@pytest.mark.parametrize("text", [
    "The report had been written, one former official told me, so that nobody in particular "
    "could be blamed for anything.",
    "Ellen Farrow gave evidence for two days in the spring of 2010, and remembers only the "
    "heat of the room.",
])
def test_v37_the_procedure_outside_an_iraq_article_is_no_cue(text: str) -> None:
    coded, evidence = _coded(text, IQ)
    assert not coded, evidence
    table = paragraph_table("\n".join([*AUSTERITY_ARTICLE, text]))
    assert table[f"{AU}_present"].tolist()[:2] == [True, True]
    assert not table[f"{IQ}_present"].iloc[2], table[f"{IQ}_evidence"].iloc[2]


@pytest.mark.parametrize("text", [
    "Since the Iraq war, he says, he has not once voted Labour.",
    "She was a junior clerk at the Foreign Office a few months after the Iraq war.",
])
def test_v37_the_war_as_a_date_stays_a_mention_alone(text: str) -> None:
    coded, evidence = _coded(text, IQ)
    assert not coded, evidence
