"""Themes version 15: party-factionalism statement classes that recur in two blind codings.

Each class was written from the misses of the v7 and v8 codings of PolNeAR train paragraphs
(``data/annotations/real_news/``, docs/notes/themes.md, version 15), never from the v9 coding.
Invented sentences only: each weak cue codes a paragraph with a party in view and a second
cue, and not alone; each strong cue codes alone; near misses (a ship, a marriage, two parties,
an army, "in the face of GOP opposition") produce no evidence of the class.
"""

from __future__ import annotations

import pytest

from helpers.instruments.themes import load_codebook
from helpers.instruments.themes.matching import theme_scores

PF = "party_factionalism"
#: a second weak cue with a party in view, so that one weak class cue decides the paragraph
SECOND = " The party establishment is watching."


def _coded(text: str) -> tuple[bool, str]:
    """Whether the one paragraph ``text`` is coded PF, and its evidence (lower case)."""
    table = theme_scores(text, "paragraph", load_codebook())
    assert len(table) == 1
    return bool(table[f"{PF}_present"].iloc[0]), str(table[f"{PF}_evidence"].iloc[0]).lower()


# (invented sentence with a weak class cue, a piece of the evidence it must produce)
WEAK = [
    ("The Republican governor said the nominee must show he deserves the nomination.",
     "deserves the nomination"),
    ("Senior Democrats said the candidate is not yet worthy of his party's support.",
     "worthy of his party's support"),
    ("The Tory chairman admits some members are still not fully on board.", "board"),
    ("Labour officials concede that the unions are not yet on board.", "board"),
    ("She must now bring her supporters on board, Democrats said.",
     "board"),
    ("Many Republicans remain uneasy about the front-runner's candidacy.", "uneasy about"),
    ("The Labour leader and his deputy will try to iron out their differences.",
     "differences"),
    ("Mainstream Democrats have long hoped the challenger would fade.", "mainstream democrats"),
    ("A Republican senator said backing the governor was the best chance to overtake Mr. Sands.",
     "best chance to overtake"),
    ("Donors worry about what the candidate is doing to the Republican Party.",
     "to the republican party"),
    ("Activists want to draft the former governor at the convention, a Democratic aide said.",
     "draft the former governor at the convention"),
    ("The challenger said he will push for a higher minimum wage at the convention of the "
     "Democratic Party.", "at the convention"),
    ("That is what the Labour Party must stand for, she told members.",
     "what the labour party must stand for"),
    ("Both Republicans are eager to present an image of unity this week.", "unity"),
    ("The conservative movement is bitterly divided over trade, Republican aides say.",
     "conservative movement is bitterly divided"),
    ("The Republican front-runner attacked former Republican presidential nominee Tom Gale.",
     "attacked former republican presidential nominee"),
    ("There are deep differences between the party's donors and its candidate.",
     "differences between the party's"),
    ("The Labour MP wants his old colleague back in the fold.", "back in the fold"),
    ("The candidate has attacked GOP lawmakers for months.", "attacked gop lawmakers"),
    ("The unions doubt the nominee will stick to the Democratic platform.",
     "stick to the democratic platform"),
]


@pytest.mark.parametrize(("text", "evidence"), WEAK)
def test_v15_weak_class_cue_decides_with_a_second_cue(text: str, evidence: str) -> None:
    coded, found = _coded(text + SECOND)
    assert coded and evidence in found, found


@pytest.mark.parametrize(("text", "evidence"), WEAK)
def test_v15_weak_class_cue_alone_does_not_code(text: str, evidence: str) -> None:
    """Weak: each class is said across parties or by voters too (rule 1b)."""
    coded, found = _coded(text)
    assert not coded and evidence in found, found


STRONG = [
    ("Aides admit the frustration with the leader's policy within the party ranks is growing.",
     "within the party ranks"),
    ("Protesters marched against what they call the 'fraudulent' nomination.",
     "fraudulent' nomination"),
    ("The candidate mocked his own party's last nominee as a loser.",
     "mocked his own party's last nominee"),
    # v14's unify class is no longer blocked by any "and" after the party
    ("He wants to unify the Republican Party and reach out to new voters.",
     "unify the republican party"),
]


@pytest.mark.parametrize(("text", "evidence"), STRONG)
def test_v15_strong_class_cue_codes_alone(text: str, evidence: str) -> None:
    coded, found = _coded(text)
    assert coded and evidence in found, found


# (near miss, a word the evidence must not contain)
NEAR_MISSES = [
    ("The crew were not yet on board the ship when it sailed.", "board"),
    ("The couple worked through their differences over the summer.", "differences"),
    ("The bill passed in the face of GOP opposition.", "face of"),
    ("The only way to stop the flooding is a new dam.", "to stop"),
    ("There was unrest within the army ranks after the coup.", "ranks"),
    ("He wants to unite Democrats and Republicans behind the bill.", "unite democrats"),
    ("The athlete deserves the award, the committee said.", "deserves"),
    ("The differences between the two parties are stark.", "differences"),
]


@pytest.mark.parametrize(("text", "absent"), NEAR_MISSES)
def test_v15_near_miss_gives_no_class_evidence(text: str, absent: str) -> None:
    coded, found = _coded(text)
    assert not coded and absent not in found, found


def test_slots_fill_regex_terms_but_not_plain_terms(tmp_path) -> None:
    """Version 15: ``{slot}`` is filled in a ``/regex/`` term of ``terms`` and ``weak_terms``
    (a class with a party slot); a plain term keeps its text."""
    path = tmp_path / "slots.yml"
    path.write_text(
        "slots:\n  animal: 'cat|dog'\nthemes:\n  - id: pets\n    label: Pets\n"
        "    terms: ['/\\bfeed\\s+the\\s+{animal}\\b/']\n"
        "    weak_terms: ['/\\bwalk\\s+the\\s+{animal}\\b/', 'pet shop']\n"
        "    weak_weight: 0.5\n    provenance: test\n", encoding="utf-8")
    book = load_codebook(path)
    scores = theme_scores("Feed the dog.\n\nWalk the cat. Visit the pet shop.\n\nWalk the fish.",
                          "paragraph", book)
    assert scores["pets_present"].tolist() == [True, True, False]
