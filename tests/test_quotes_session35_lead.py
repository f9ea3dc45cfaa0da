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



OFFICES = (
    "The Bishop of Carlisle, the Rt Rev Ann Vale, rose next. Tom Hale, the council leader, "
    "spoke; the council's leader, Tom Hale, wrote back. “We will,” said the bishop. Ann Reed, "
    "the Home Secretary, met Tom Hale, the Foreign Secretary, who said nothing. The Speaker, "
    "Sir Ian Moss, called order, and the Speaker said 'no'. Ben Ode, the mayor said \"yes\".")


def test_the_article_scan_of_office_appositions_gives_the_bounded_scans_result() -> None:
    """Speed (session 35): ``office_holders`` reads the article's whole scan up to ``hi``;
    at every offset it must give what a scan bounded at ``hi`` gives."""
    from helpers.instruments.quotes.apposed_offices import office_holders

    def canonical(name: str, _: int) -> str:
        return name

    memo: dict[int, tuple] = {}
    for hi in range(len(OFFICES) + 1):
        assert (office_holders(OFFICES, 0, hi, canonical, memo)
                == office_holders(OFFICES, 0, hi, canonical)), hi
    assert memo  # the scan was kept
