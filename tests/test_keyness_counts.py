"""core.keyness counts tokens in one pass: the same frequencies as token by token."""

from __future__ import annotations

from collections import Counter

from helpers.core.keyness import keyness, tokens

TARGET = ["The party’s rebels' plan: hard-left, HARD-LEFT and James's view.",
          "Rebels\nrebels met; the rebels’ whip", ""]
REFERENCE = ["Line one\nline two — O’Brien's 2019 vote", "rebels", "Party PARTY party-line"]


def test_keyness_frequencies_equal_counting_tokens_text_by_text() -> None:
    tf = Counter(t for text in TARGET for t in tokens(text))
    rf = Counter(t for text in REFERENCE for t in tokens(text))
    table = keyness(TARGET, REFERENCE, min_freq=1, stopwords=False).set_index("term")
    assert set(table.index) == {w for w in set(tf) | set(rf) if not w.isdigit()}
    for term, row in table.iterrows():
        assert (row["freq_target"], row["freq_reference"]) == (tf[term], rf[term])
    assert table.loc["rebels", "freq_target"] == 4  # "Rebels", "rebels" twice, "rebels’"
    # totals count every word: the per-1,000 rates use them
    c = sum(tf.values())
    assert table.loc["rebels", "per_1000_target"] == round(1000 * 4 / c, 3)
