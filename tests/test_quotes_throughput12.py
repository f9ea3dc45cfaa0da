"""Throughput round 12 (issue 13): faster forms of per-quotation scans give the same results as
the slow forms they replace, on invented texts."""

from __future__ import annotations

import random

from helpers.instruments.quotes.put_cues import _PUT_COLON_RE, put_colon_before

_PUT_TEXTS = [
    'The minister put it bluntly: "We will not move."',
    'One adviser puts the dilemma plainly:\n"Nobody wants it."',
    'Ann Lowe put it this way :  "Enough."',
    'She put it on the shelf, folding the paper: "Done."',
    'The mayor said: "No comment."',
    'Computers put it: "Beep."',
    'He put that to me on Tuesday evening: \u00a0"Why now?"',
    'The chairman, a former banker, put things more simply:\n\n"Pay up."',
    'put it: "x"',
    'Output it: "x"',
    'They put it. "Later," she said.',
]


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.span() == b.span() and a.groupdict() == b.groupdict()


def test_put_colon_before_equals_the_search_on_invented_texts() -> None:
    hits = 0
    for text in _PUT_TEXTS:
        for at in range(len(text) + 1):
            slow = _PUT_COLON_RE.search(text, max(0, at - 200), at)
            assert _same(put_colon_before(text, at), slow), (text, at)
            hits += slow is not None
    assert hits >= 5  # the cases exercise matches, not only misses


def test_put_colon_before_equals_the_search_on_generated_texts() -> None:
    rng = random.Random(12)
    pieces = ["put", "puts", " it", " this", " the plan", " bluntly", ":", " ", "\n", "\u00a0",
              "\t", "x", "Output", ".", "“", '"', "’", " to me", " on Monday"]
    hits = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for at in range(len(text) + 1):
            slow = _PUT_COLON_RE.search(text, max(0, at - 200), at)
            assert _same(put_colon_before(text, at), slow), (text, at)
            hits += slow is not None
    assert hits > 20


def test_put_colon_before_skips_a_window_without_a_colon_end() -> None:
    class Refuses:
        def search(self, *args):
            raise AssertionError("searched")

    import helpers.instruments.quotes.put_cues as put_cues

    saved = put_cues._PUT_COLON_RE
    put_cues._PUT_COLON_RE = Refuses()  # type: ignore[assignment]
    try:
        assert put_colon_before('The minister put it bluntly, "We will not move."', 30) is None
        assert put_colon_before('The mayor said: "No comment."', 16) is None
    finally:
        put_cues._PUT_COLON_RE = saved
