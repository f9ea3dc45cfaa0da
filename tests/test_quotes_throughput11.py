"""Throughput round 11 (issue 13): faster forms of per-quotation scans give the same results as
the slow forms they replace, on invented texts."""

from __future__ import annotations

import random
import re

try:  # Python 3.11+
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from helpers.instruments.quotes import poll_sources, subjects
from helpers.instruments.quotes.poll_sources import _SHARE_BEFORE_RX, share_before
from helpers.instruments.quotes.subjects import window_sentence_start

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


_OLD_WINDOW_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])|\n")


def _old_window_sentence_start(text: str, at: int, window: int = 300) -> int:
    lo = max(0, at - window)
    ends = list(_OLD_WINDOW_END.finditer(text, lo, at))
    return ends[-1].end() if ends else lo


_WINDOW_TEXTS = [
    "The mayor spoke. Then she left.\nA new line. \"Quoted,\" he said.",
    "It rose 3.5 percent. “Good,” said Mr. Hale.  \n\n The vote",
    "Stop!\u00a0Go? yes. no.’ Then.\" And",
    "no stops here at all",
    ".\n x. \n Y.’\tZ",
    "",
]


def test_window_sentence_start_equals_round_56s_form() -> None:
    for text in _WINDOW_TEXTS:
        for at in range(len(text) + 1):
            for window in (300, 7, 1):
                assert window_sentence_start(text, at, window) == \
                    _old_window_sentence_start(text, at, window), (text, at, window)
    rng = random.Random(56)
    alphabet = ["a", "A", "T", ".", "!", "?", "\n", " ", "\t", '"', "”", "“", "’", "'",
                "\u00a0", "x"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for at in range(len(text) + 1):
            assert window_sentence_start(text, at, 12) == \
                _old_window_sentence_start(text, at, 12), (text, at)


def test_window_end_pattern_opens_with_the_class_of_its_first_characters() -> None:
    # a leading class that holds every first character lets the engine skip to candidates
    first = _sre_parse.parse(subjects._WINDOW_END_RE.pattern)[0]
    assert first[0] is _sre_parse.IN
    assert {chr(c) for op, c in first[1] if op is _sre_parse.LITERAL} == set(".!?\n")


def test_own_sentence_subject_reads_the_sentence_start_once(monkeypatch) -> None:
    from helpers.instruments.quotes import own_sentence_subjects as oss

    text = "Tom Reed said the plan would fail, and he called it \u201ca mess.\u201d"
    pos = text.index(" he ") + 1
    floor = subjects.sentence_start(text, pos)
    assert oss.later_clause_pronoun(text, pos, floor) == oss.later_clause_pronoun(text, pos)
    calls = []

    def counting(t: str, p: int) -> int:
        calls.append(p)
        return subjects.sentence_start(t, p)

    monkeypatch.setattr(oss, "sentence_start", counting)
    assert oss.later_clause_pronoun(text, pos)
    assert len(calls) == 1
    calls.clear()
    assert oss.own_sentence_subject("he", pos, [], text, lambda m: True) is None
    assert len(calls) == 1


def test_coordinator_between_is_necessary_for_a_coordinated_verb() -> None:
    from helpers.instruments.quotes.coordinated_cues import _COORD_RE, coordinator_between

    texts = ["She said no and then added that", "He spoke, but warned", "They then argued",
             "The band played", "He wrote it down", "Jo said it, buttering toast",
             "Nothing here at all", "AND THEN", ""]
    rng = random.Random(57)
    words = ["and", "then", "but", "an", "the", "bu", "said", "added", "also", "later", "x"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(5000)]
    skipped = 0
    for text in texts:
        for lo in range(0, len(text) + 1, 3):
            for hi in range(lo, len(text) + 1, 4):
                if not coordinator_between(text, lo, hi):
                    skipped += 1
                    assert next(_COORD_RE.finditer(text, lo, hi), None) is None, (text, lo, hi)
    assert coordinator_between("She said no and then added", 0, 26)
    assert not coordinator_between("He wrote it down", 0, 16)
    assert skipped > 1000
