"""Review 20 (invented British text): a theme cue of version 32 that coded ordinary prose.

The version-32 cue for the Treasury refusing money (``data/lexicons/themes.yml``, austerity
weak terms) also read the press office's refusal: "The Treasury refused to comment" closes
many a news story, and in an article anchored in austerity that one weak cue coded the
paragraph. A refusal to comment, confirm or be drawn is no refusal of money; a refusal to
cover a shortfall still is (``tests/test_themes_v32.py``).
"""

from __future__ import annotations

import pytest

from tests.test_themes_v32 import _in_austerity_article


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
