"""Lead's fix after quotes round 63 (session 35): a cue that frames the quotation itself with
``as`` keeps it; the noun ``calls`` in its object is no later framing verb. Invented text."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text

RANKERS = ["default", "rules"]
DESCRIBES_CALLS_AS = (
    "The branch met again.\n\nOkafor describes calls for the mayor to stand down as \"absurd. "
    "The party has moved on.\"\n")



@pytest.mark.parametrize("ranker", RANKERS)
def test_a_framing_cue_keeps_its_quotation_over_a_noun_in_its_object(ranker: str) -> None:
    d = extract_quotes_text(DESCRIBES_CALLS_AS, ranker=ranker)
    d = d[d["kind"] == "speech"]
    assert list(d["cue"]) == ["describe"]
    assert list(d["speaker"]) == ["Okafor"]

