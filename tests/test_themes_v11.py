"""Themes version 11: British factional vocabulary the codebook lacked (issue 16).

Invented British text only (docs/notes/themes.md, "Version 11", lists the audit). Strong
forms code a paragraph alone; weak forms add 0.5 and are decided by a second cue or by an
article anchored in the struggle (guideline rule 1b); counter-examples the guideline codes 0
(a football club's civil war, a bill split, a rebel army, a contest between two parties, a
coup abroad) must not produce the new evidence.
"""

from __future__ import annotations

import pytest

from tests.test_themes_v8 import _article
from tests.test_themes_v10 import _row

PF = "party_factionalism"


def _norm(text: str) -> str:
    return text.replace("'", "’")


# strong: each codes the paragraph alone, with its own evidence
STRONG = [
    ("The Starmerites now run every committee that matters.", "term:Starmerites"),
    ("The wets and the dries fought over every line of the budget.",
     "pattern:wets and the dries"),
    ("Labour's civil war over the manifesto rages on.", "pattern:Labour's civil war"),
    ("The party is in a civil war that nobody can win.", "pattern:party is in a civil war"),
    ("Ministers fear the Tories could split over the treaty.", "pattern:Tories could split"),
    ("The member for Eastfield had the whip withdrawn last night.",
     "pattern:had the whip withdrawn"),
    ("She was stripped of the whip after the vote.", "pattern:stripped of the whip"),
    ("The whip was suspended pending an inquiry into his remarks.",
     "pattern:The whip was suspended pending"),
    ("The whip was restored to him in the spring.", "pattern:The whip was restored to him"),
    ("Fourteen backbenchers defied the whip on the second reading.", "pattern:defied the whip"),
    ("Sixty MPs have called on the leader to resign before the autumn.",
     "pattern:called on the leader to resign"),
    ("She expects to face a challenge to her leadership within the year.",
     "pattern:face a challenge to her leadership"),
    ("Grandees on the party's One Nation wing are restless.",
     "pattern:party's One Nation wing"),
    ("Labour's left is in no mood for compromise.", "pattern:Labour's left"),
    ("The councillor crossed the floor to join the Greens.",
     "pattern:crossed the floor to join"),
    # round 2
    ("The Blairite wing has gone quiet since the spring.", "pattern:Blairite wing"),
    ("The Eurosceptic faction now numbers sixty.", "pattern:Eurosceptic faction"),
    ("In 1990 Tory MPs knifed their leader.", "pattern:knifed their leader"),
    ("The men in grey suits came for her in the end.", "pattern:men in grey suits"),
    ("The party's two tribes are at it again.", "pattern:party's two tribes"),
]


@pytest.mark.parametrize(("sentence", "cue"), STRONG)
def test_v11_strong_form_codes_the_paragraph_alone(sentence: str, cue: str) -> None:
    row = _row(sentence)
    assert row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert _norm(f"{cue}@") in _norm(row[f"{PF}_evidence"]), row[f"{PF}_evidence"]


# weak: one cue with a party in view is 0.5 and not coded; an anchored article decides it
WEAK = [
    ("The soft left backs a new deputy, Labour members say.", "soft left"),
    ("The Conservative party remains a broad church, the chairman insists.", "broad church"),
    ("The One Nation Conservatives met for dinner on Tuesday.", "Nation Conservatives"),
    ("The Tory wets dined together at the club.", "wets"),
    ("Labour members say tribalism has become a habit.", "tribalism"),
    ("The member for Eastfield now sits as an independent MP.", "independent"),
    ("Some Labour MPs lent him their nominations to widen the field.",
     "lent him their nominations"),
    ("The party's disciplinary process takes months.", "disciplinary"),
    ("Some Tory MPs say the party has an appetite for regicide.", "regicide"),
]


def test_v11_weak_forms_are_decided_by_an_anchored_article(tmp_path) -> None:
    rows = _article(tmp_path, "british", [s for s, _ in WEAK])
    assert len(rows) == len(WEAK)
    for (sentence, cue), present, evidence in zip(WEAK, rows[f"{PF}_present"],
                                                  rows[f"{PF}_evidence"]):
        assert present, (sentence, evidence)
        assert _norm(f"weak:{cue}@") in _norm(evidence), (sentence, evidence)


@pytest.mark.parametrize(("sentence", "cue"), WEAK)
def test_v11_weak_form_alone_is_not_coded(sentence: str, cue: str) -> None:
    row = _row(sentence)
    assert not row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert _norm(f"weak:{cue}@") in _norm(row[f"{PF}_evidence"]), row[f"{PF}_evidence"]


def test_v11_two_weak_british_forms_code_a_paragraph() -> None:
    """A creed's wing and a broad church in one paragraph (both weak) reach the threshold."""
    row = _row("The soft left says the Labour party must stay a broad church.")
    assert row[f"{PF}_present"], row[f"{PF}_evidence"]


# counter-examples the guideline codes 0, each with the evidence it must not produce
COUNTER_EXAMPLES = [
    ("Civil war broke out at the football club after the board sacked the manager.",
     "civil war"),
    ("The club's civil war ended with the chairman's resignation.", "civil war"),
    ("Labour will split the bill into two parts before the vote.", "pattern:"),
    ("Labour could split the costs with the council, the minister said.", "pattern:"),
    ("Rebel forces captured the airport after the army withdrew.", "pattern:"),
    ("Labour and the Conservatives fought a bitter contest in the marginal seat.", "pattern:"),
    ("The army staged a coup abroad and the president fled.", "coup"),
    ("Labour's stance on the civil war in Syria has not changed.", "pattern:"),
    ("Labour's left-behind towns need investment, the mayor said.", "pattern:"),
    ("Labour's right to appeal the ruling was upheld.", "pattern:"),
    ("The chief executive saw off a challenge to her leadership of the company.", "pattern:"),
    ("The toddler wets the bed and the dryer is broken.", "wets"),
    ("The Labour candidate is an independent thinker, her agent says.", "independent"),
    ("The Labour council says the new estate is one nation in miniature.", "Nation"),
    ("The new whip was restored to the museum's carriage collection.", "pattern:"),
    ("The minister crossed the floor of the chamber to shake hands.", "pattern:"),
    ("Voters ditched their MP at the general election.", "pattern:"),
    ("The Amazon's tribes are at risk from logging.", "pattern:"),
    ("The party's summer camp opens on Friday.", "pattern:"),
]


@pytest.mark.parametrize(("sentence", "forbidden"), COUNTER_EXAMPLES)
def test_v11_counter_examples_are_not_coded(sentence: str, forbidden: str) -> None:
    row = _row(sentence)
    assert not row[f"{PF}_present"], row[f"{PF}_evidence"]
    assert forbidden not in row[f"{PF}_evidence"], row[f"{PF}_evidence"]
