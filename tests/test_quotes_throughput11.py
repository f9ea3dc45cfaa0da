"""Throughput round 11 (issue 13): faster forms of per-quotation scans give the same results as
the slow forms they replace, on invented texts."""

from __future__ import annotations

import random

from helpers.instruments.quotes import poll_sources
from helpers.instruments.quotes.poll_sources import _SHARE_BEFORE_RX, share_before

_SHARE_CASES = [
    "In a Ledger poll, 61 percent of ",
    "In a Ledger poll, 61 percent of the ",
    "The survey finds that 12.5 per  cent of all ",
    "A new poll says six in 10 ",
    "Seven out of ten ",
    "Of those asked, 40% ",
    "40%",
    "61 percent of",
    "61 percent\n",
    "61 percent of the\n",
    "The council met on Tuesday and the mayor ",
    "He said it was often written ",
    "Ten ",
    "The poll found that most ",
    "",
    " ",
    "percent ",
    "9 in ten\u00a0",
    "about 3 in 10 of the ",
]


def _slow(before: str):
    return _SHARE_BEFORE_RX.search(before)


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.span() == b.span() and a.group() == b.group()


def test_share_before_equals_the_search_on_invented_windows() -> None:
    hits = 0
    for before in _SHARE_CASES:
        fast, slow = share_before(before), _slow(before)
        assert _same(fast, slow), before
        hits += slow is not None
    assert hits >= 8  # the cases exercise matches, not only misses


def test_share_before_equals_the_search_on_generated_windows() -> None:
    rng = random.Random(11)
    words = ["61", "6", "2.5", "percent", "per", "cent", "%", "in", "out", "of", "10", "ten",
             "Ten", "six", "the", "all", "voters", "said", "poll", "often", "\n", ",", "."]
    spaces = [" ", "  ", "\n", "\t", "", "\u00a0"]
    hits = 0
    for _ in range(20000):
        before = "".join(rng.choice(words) + rng.choice(spaces)
                         for _ in range(rng.randint(0, 8)))
        slow = _slow(before)
        assert _same(share_before(before), slow), repr(before)
        hits += slow is not None
    assert hits > 100


def test_share_before_skips_the_scan_when_no_share_can_end_the_window(monkeypatch) -> None:
    calls = []

    class Counting:
        def search(self, s):
            calls.append(s)
            return _SHARE_BEFORE_RX.search(s)

    monkeypatch.setattr(poll_sources, "_SHARE_BEFORE_RX", Counting())
    assert poll_sources.share_before("The council met on Tuesday and the mayor ") is None
    assert poll_sources.share_before("He added") is None
    assert calls == []
    assert poll_sources.share_before("In a Ledger poll, 61 percent of ") is not None
    assert len(calls) == 1
