"""Unit tests (invented text) for the speaker chooser's candidates, issue 13, round 33.

Step 1 (namesakes): a bare surname (``Cole spoke …``) is resolved by the rules to one full
name of that surname, the latest named before it. When the article names two people of that
surname (a senator and a pastor), the other one is now offered to the chooser as well,
described by the surname's mention (:mod:`helpers.instruments.quotes.ranker_namesakes`);
before, the right person could be missing from every candidate list. A gendered title keeps
out a namesake of the other gender, and a full-name mention has no namesakes."""

from __future__ import annotations

import pytest
from ranker_rows import row_candidates

from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.ranker_namesakes import namesakes
from helpers.instruments.quotes.state import ArticleState

# invented: a senator and a pastor share a surname; the bare ``Cole`` of the last
# paragraph is resolved to the pastor, named last (round 35: not introduced as a relative,
# ``His father, Amos Cole,``, whom a bare surname no longer takes when another Cole is named)
NAMESAKE = ("Senator Hal Cole toured the farms of Marrow County on Monday.\n\n"
            "Mayor Ann Briggs met him at the town hall.\n\n"
            "Amos Cole, a pastor from upstate, joined him at a church in Dunholt.\n\n"
            "Cole spoke for an hour about taxes. \u201cWe will win this state in the "
            "spring,\u201d he said.\n")


def test_the_namesake_of_a_bare_surname_is_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the step on (``NAMESAKES``, off by default since the lead's benchmark) the other
    Cole is offered; with it off only the rules' resolution is."""
    import helpers.instruments.quotes.ranker_candidates as rc

    monkeypatch.setattr(rc, "NAMESAKES", False)
    assert "Hal Cole" not in [c.speaker for c in row_candidates(NAMESAKE, "We will win")]
    monkeypatch.setattr(rc, "NAMESAKES", True)
    cands = row_candidates(NAMESAKE, "We will win")
    assert cands[0].is_rule and cands[0].speaker == "Amos Cole"  # the rules' resolution
    assert "Hal Cole" in [c.speaker for c in cands[1:]]


def _state(names: list[str]) -> ArticleState:
    art = ArticleState("", {})
    for i, n in enumerate(names):
        art.full_names.append((i * 10, n))
        art.known.add(n.lower())
    return art


def test_namesakes_leave_out_the_resolved_person_and_keep_text_order() -> None:
    art = _state(["Hal Cole", "Amos Cole", "Ann Briggs", "Lucy Cole"])
    m = Mention(100, 104, "Cole", "named", True)
    assert namesakes(art, m, "Amos Cole") == ["Hal Cole", "Lucy Cole"]


def test_a_gendered_title_keeps_out_a_namesake_of_the_other_gender() -> None:
    art = _state(["Hal Cole", "Lucy Cole", "Amos Cole"])
    m = Mention(100, 108, "Mrs. Cole", "named", True)
    assert namesakes(art, m, "Lucy Cole") == []


def test_a_full_name_or_a_description_has_no_namesakes() -> None:
    art = _state(["Hal Cole", "Amos Cole"])
    assert namesakes(art, Mention(0, 8, "Hal Cole", "named", True), "Hal Cole") == []
    assert namesakes(art, Mention(0, 8, "the Cole", "description", True), "") == []
