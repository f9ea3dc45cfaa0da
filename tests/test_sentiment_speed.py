"""The fast path of the sentiment scores gives exactly the floats of the public instruments.

``score_texts`` calls TextBlob's pattern analyser directly and tokenises each text once; this
checks every column against the slow, obvious composition (``TextBlob(text).sentiment``, VADER,
and the per-text public functions), float for float.
"""

from __future__ import annotations

import pytest
from textblob import TextBlob

from helpers.core.corpus import load_corpus
from helpers.core.paths import DATA
from helpers.instruments.sentiment import (
    _vader,
    learned_word_score,
    load_calibration,
    load_word_weights,
    polarity_negation,
    score_texts,
    stems,
    vader_word_extremes,
)

EDGE = ["", "isn't a bad idea", "Not good, but great!", "can't", "It’s hardly a disaster",
        'He said "terrible".', "Attacks attacked attacking", "VERY GOOD!!! :)", "Yes.\n\nNo."]


def _texts() -> list[str]:
    corpus = load_corpus(DATA / "other_styles")
    return [corpus.texts[s][a:b] for s, a, b in zip(corpus.sentences["source"],
                                                    corpus.sentences["start"],
                                                    corpus.sentences["end"])] + EDGE


def test_score_texts_equals_the_public_instruments_float_for_float():
    texts = _texts()
    assert len(texts) > 200
    weights = load_word_weights(load_calibration())
    assert weights, "learned word weights missing"
    got = score_texts(texts)
    for i, text in enumerate(texts):
        tb = TextBlob(text).sentiment
        v = _vader().polarity_scores(text)
        lo, hi = vader_word_extremes(text)
        want = {"polarity": tb.polarity, "subjectivity": tb.subjectivity,
                "polarity_negation": polarity_negation(text), "vader": v["compound"],
                "vader_pos": v["pos"], "vader_neg": v["neg"], "vader_neu": v["neu"],
                "vader_word_min": lo, "vader_word_max": hi,
                "words_learned": learned_word_score(text, weights)}
        row = got.iloc[i]
        for col, value in want.items():
            assert row[col] == float(value), (col, text)


@pytest.mark.parametrize(("text", "want"), [
    ("attacks attacked attacking", ["attack", "attack", "attack"]),
    ("ring sings", ["ring", "sing"]),  # a suffix leaves at least three letters
    ("it's 42 times", ["tim"]),  # only alphabetic tokens are stemmed
])
def test_stems(text, want):
    assert stems(text) == want
