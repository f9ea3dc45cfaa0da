"""Sentence splitting: news conventions, and accuracy against the hand annotation."""

from __future__ import annotations

import pytest

from helpers.core.sentences import split_sentences
from helpers.evaluate.validation import load_gold, sentence_boundary_report


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We join every club that\'s going," he says. Then he left.',
         ['"We join every club that\'s going," he says.', "Then he left."]),
        ("in the past.” “I stuck it out during Blair,” says another.",
         ["in the past.”", "“I stuck it out during Blair,” says another."]),
        ("“Are you happy?” he asks. I nod.", ["“Are you happy?” he asks.", "I nod."]),
        ("“Are you happy?” Jeremy asks. I nod.", ["“Are you happy?” Jeremy asks.", "I nod."]),
        ("“We end here.” Manning says. Fine.", ["“We end here.” Manning says.", "Fine."]),
        ("“I want calm.” He laughs, then leaves.", ["“I want calm.”", "He laughs, then leaves."]),
        ("Mr. Blair met Dr. Rice and George W. Bush. They talked.",
         ["Mr. Blair met Dr. Rice and George W. Bush.", "They talked."]),
        ("On Dec. 19, around noon, it began. It ended.",
         ["On Dec. 19, around noon, it began.", "It ended."]),
        ("He served in the U.S. Army. The U.S. He left.",
         ["He served in the U.S. Army.", "The U.S.", "He left."]),
        ("Well . . . maybe not. We shall see.", ["Well . . . maybe not.", "We shall see."]),
        ("Born 5 December 1949. Public school at Ardingly",
         ["Born 5 December 1949.", "Public school at Ardingly"]),
        ("It was 3.5 per cent: a rise. No. 10 said so.",
         ["It was 3.5 per cent: a rise.", "No. 10 said so."]),
        ("He said: \"One. Two.\" Then nothing!", ['He said: "One.', 'Two."', "Then nothing!"]),
    ],
)
def test_news_conventions(text, expected):
    assert sentences(text) == expected


def test_offsets_into_a_larger_text():
    text = "XX Hello there. Bye now. YY"
    spans = split_sentences(text, 3, 24)
    assert [text[s:e] for s, e in spans] == ["Hello there.", "Bye now."]


def test_boundary_f1_against_hand_annotation(corpus):
    gold = load_gold("sentences")  # raises if an offset no longer reproduces its text
    assert len(gold) >= 400
    scores, errors = sentence_boundary_report(corpus, gold)
    assert scores["f1"] >= 0.98, errors
    assert len(errors) == scores["fp"] + scores["fn"]
