"""Sentence splitting: news conventions, and accuracy against the hand annotation."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.metrics import boundary_scores
from helpers.paths import ANNOTATIONS, DEFAULT_CORPUS
from helpers.segment_sentences import split_sentences


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


GOLD = ANNOTATIONS / "sentences.csv"


@pytest.mark.skipif(not GOLD.exists(), reason="sentence annotation not yet merged")
def test_boundary_f1_against_hand_annotation(corpus):
    gold = pd.read_csv(GOLD)
    raw = DEFAULT_CORPUS.read_text(encoding="utf-8")
    assert all(raw[s:e] == t for s, e, t in zip(gold["start"], gold["end"], gold["text"]))
    pred = corpus.sentences.assign(source=gold["source"].iloc[0])
    scores = boundary_scores(gold, pred)
    assert scores["f1"] >= 0.98, scores
