"""Themes version 41: review 27b's left items on the PF anaphoric opening.

Invented British paragraphs only (invented names and places), each the paragraph after one
coded on its own evidence in the faction article (docs/notes/themes.md, "Version 41").
"""

from __future__ import annotations

import pytest

from tests.theme_paragraphs import FACTION_ARTICLE, PF, paragraph_table

#: a paragraph on the party's divide, coded for party factionalism on its own evidence
DEMAND = ("The Socialist Campaign Group wants the whip restored to the rebels and a vote on "
          "the leadership before the summer.")


def _after_demand(text: str) -> tuple[bool, str, str]:
    """``text`` as the paragraph after DEMAND in the faction article: coded, evidence, source."""
    source = "\n".join(FACTION_ARTICLE + [DEMAND, text])
    table = paragraph_table(source)
    assert bool(table[f"{PF}_present"].iloc[-2])
    return bool(table[f"{PF}_present"].iloc[-1]), str(table[f"{PF}_evidence"].iloc[-1]), source


def _opening(evidence: str, source: str) -> str:
    """The text of the ``rule:continuation_anaphora`` span of ``evidence`` in ``source``."""
    entry = next(e for e in evidence.split("; ") if e.startswith("rule:continuation_anaphora@"))
    start, end = (int(x) for x in entry.rsplit("@", 1)[1].split("-"))
    return source[start:end]


# 1. (review 27b (b)) a demonstrative inside an opening quotation is the speaker's, not the
# writer's reference to the paragraph before
@pytest.mark.parametrize("text", [
    "\u201cThis is a good day for Britain,\u201d the Trade Secretary said of the steel deal "
    "at Port Carrow.",
    "\"That was the best pie I have eaten in Yorkshire,\" the judge at the Malton show said.",
    "\u2018These are the finest roses in Kent,\u2019 said the head gardener at Brenley.",
])
def test_a_demonstrative_inside_an_opening_quotation_is_no_reference(text: str) -> None:
    coded, evidence, _ = _after_demand(text)
    assert not coded and "continuation" not in evidence, evidence


# 2. (review 27b (c)) a demonstrative with a contracted verb is the demonstrative
@pytest.mark.parametrize(("text", "opening"), [
    ("That's where the row begins, and where the whips' office in Ashby stops listening.",
     "That's where"),
    ("That\u2019s where the row begins, and where the whips' office in Ashby stops listening.",
     "That\u2019s where"),
    ("That'll be the test of the leadership in Tilbrook this autumn.", "That'll be"),
])
def test_a_contracted_demonstrative_is_an_anaphoric_opening(text: str, opening: str) -> None:
    coded, evidence, source = _after_demand(text)
    assert coded, evidence
    assert _opening(evidence, source) == opening


def test_the_writers_opening_before_a_quotation_is_still_a_reference() -> None:
    coded, evidence, source = _after_demand(
        "That demand, one MP for Harwood said, is \u201ca fantasy dressed up as a strategy\u201d.")
    assert coded, evidence
    assert _opening(evidence, source) == "That demand"
