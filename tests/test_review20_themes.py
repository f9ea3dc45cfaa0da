"""Review 20 (invented British text): theme cues of version 32 that coded ordinary prose.

The version-32 cue for the Treasury refusing money (``data/lexicons/themes.yml``, austerity
weak terms) also read the press office's refusal: "The Treasury refused to comment" closes
many a news story, and in an article anchored in austerity that one weak cue coded the
paragraph. A refusal to comment, confirm or be drawn is no refusal of money; a refusal to
cover a shortfall still is (``tests/test_themes_v32.py``). The special relationship's
senator and congressman (v32) were American in every sentence; another country's senator
(``an Irish senator``, ``Fianna Fáil senators``) is not. Tough or hard choices (v32, weak) of
any kind met a second weak cue in a house-buying paragraph; they are the spending kind now.
"""

from __future__ import annotations

import pytest

from tests.test_themes_v32 import _in_austerity_article
from tests.theme_paragraphs import AU
from tests.theme_paragraphs import coded as _coded

SR = "special_relationship"


@pytest.mark.parametrize("text", [
    "The Treasury refused to comment on the figures last night.",
    "A Treasury spokesman refused to be drawn on the leaked letter.",
    "The Treasury refused to confirm the date of the next fiscal event.",
])
def test_review20_the_treasury_refusing_to_comment_stays_uncoded_in_an_austerity_article(
        text: str) -> None:
    coded, evidence = _in_austerity_article(text)
    assert not coded, evidence


def test_review20_the_treasury_refusing_money_is_still_coded() -> None:
    coded, evidence = _in_austerity_article(
        "The Treasury refused to find the money for the council's care homes.")
    assert coded and "weak:Treasury refused@" in evidence, evidence


# version 32 read every senator as an American one in the special relationship's
# uk_and_us_in_sentence rule; an Irish, French or Australian senator is not
@pytest.mark.parametrize("text", [
    "An Irish senator told the British ambassador in Dublin that the protocol was finished.",
    "Fianna Fáil senators criticised the UK government over the Legacy Act.",
    "A French senator and a British minister signed the Channel migration pact in Calais.",
])
def test_review20_another_countrys_senator_and_the_uk_side_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, SR)
    assert not coded, evidence


def test_review20_a_senator_unqualified_and_the_uk_side_are_still_coded() -> None:
    coded, evidence = _coded(
        "The senator said the British ambassador had been a friend for years.", SR)
    assert coded and "uk_and_us_in_sentence" in evidence, evidence


# version 32's tough / hard / difficult choices or decisions of any kind were a weak cue: with
# council tax (another weak cue) a house-buying paragraph was coded austerity
@pytest.mark.parametrize("text", [
    "Sellers in Hove are making hard choices: the estate agent says council tax is the first "
    "question buyers ask.",
    "The new owners must make difficult decisions about the listed barn, and council tax on "
    "the annexe is due in April.",
])
def test_review20_hard_choices_of_a_household_and_council_tax_stay_uncoded(text: str) -> None:
    coded, evidence = _coded(text, AU)
    assert not coded, evidence


@pytest.mark.parametrize("text, cue", [
    ("Ministers face tough spending choices before the autumn, an aide admitted.",
     "weak:tough spending choices@"),
    ("Ministers face hard choices on welfare before the autumn, an aide admitted.",
     "weak:hard choices on welfare@"),
])
def test_review20_spending_choices_still_decide_an_austerity_article(text: str, cue: str
                                                                      ) -> None:
    coded, evidence = _in_austerity_article(text)
    assert coded and cue in evidence, evidence
