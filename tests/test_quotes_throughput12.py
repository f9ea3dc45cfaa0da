"""Throughput round 12 (issue 13): faster forms of per-quotation scans give the same results as
the slow forms they replace, on invented texts."""

from __future__ import annotations

import random

from helpers.instruments.quotes.put_cues import _PUT_COLON_RE, put_colon_before
from helpers.instruments.quotes.quoterow import (
    _MASKED_RUN_RE,
    _QUOTE_CLOSERS,
    _quoted_sentence_start,
)

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


def _quoted_sentence_start_slow(text: str, narr: str, lo: int, pos: int) -> int:
    """Round 32's reading over the whole narration (the form before throughput round 12)."""
    best = 0
    for m in _MASKED_RUN_RE.finditer(narr):
        if m.end() > pos:
            break
        quoted = text[lo + m.start():lo + m.start("gap")].rstrip(_QUOTE_CLOSERS + " ")
        if quoted.endswith(".") and not quoted.endswith("..."):
            best = m.end()
    return best


def _masked(text: str) -> str:
    """``text`` with every ``"…"`` (marks included) written as ``\\x01``, as the narration
    masks a top-level quotation."""
    out, inside = [], False
    for ch in text:
        if ch == '"':
            out.append("\x01")
            inside = not inside
        else:
            out.append("\x01" if inside else ch)
    return "".join(out)


_NARRATIONS = [
    'She called the plan "dead." Later, Ann Lowe said "no."',
    'He said "it works."  Then "(Really?)" he asked "fine..." Bob said.',
    'The mayor called it "a mess" and left. "It is over." 2 days later "No." she said',
    '"Gone." "Back." \n"Here."\tAnd X',
]


def test_quoted_sentence_start_equals_the_whole_reading() -> None:
    rng = random.Random(32)
    pieces = ['"', 'It ends.', 'ends', '...', ".", ")", "’", " ", "  ", "\n", "\t", "Later",
              "(", "2", "said", "x", "“", "A"]
    texts = list(_NARRATIONS) + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
                                 for _ in range(2000)]
    moved = 0
    for text in texts:
        narr = _masked(text)
        for pos in range(len(narr) + 1):
            slow = _quoted_sentence_start_slow(text, narr, 0, pos)
            assert _quoted_sentence_start(text, narr, 0, pos) == slow, (text, pos)
            moved += slow > 0
    assert moved > 50  # the texts have quotations that close their sentences


def test_quoted_sentence_start_reads_no_further_than_needed() -> None:
    text = 'She called the plan "dead." Later, X said' + ' "more."' * 50
    narr = _masked(text)
    seen = []

    class Bounded:
        def finditer(self, s, pos=0, endpos=None):
            seen.append(endpos)
            return _MASKED_RUN_RE.finditer(s, pos, len(s) if endpos is None else endpos)

    import helpers.instruments.quotes.quoterow as quoterow

    saved = quoterow._MASKED_RUN_RE
    quoterow._MASKED_RUN_RE = Bounded()  # type: ignore[assignment]
    try:
        assert _quoted_sentence_start(text, narr, 0, 40) == 28
    finally:
        quoterow._MASKED_RUN_RE = saved
    assert seen and seen[0] is not None and seen[0] <= 42


def test_row_window_sentence_start_equals_the_reading_and_reads_once() -> None:
    from helpers.instruments.quotes import subjects

    texts = ["At the meeting in Salem. The skipper said it. Mr. Hale agreed.\nA source said",
             'He left! "Next," she said. Then a poll of MPs found 61 percent of them agree']
    for text in texts:
        starts: dict[int, int] = {}
        for at in range(len(text) + 1):
            want = subjects.window_sentence_start(text, at)
            assert subjects.row_window_sentence_start(text, at, None) == want
            assert subjects.row_window_sentence_start(text, at, starts) == want
            assert subjects.row_window_sentence_start(text, at, starts) == want  # memo hit
    calls = []
    saved = subjects.window_sentence_start

    def counted(text: str, at: int, window: int = 300) -> int:
        calls.append(at)
        return saved(text, at, window)

    subjects.window_sentence_start = counted  # type: ignore[assignment]
    try:
        starts = {}
        text = texts[0]
        first = subjects.row_window_sentence_start(text, 60, starts)
        second = subjects.row_window_sentence_start(text, 60, starts)
    finally:
        subjects.window_sentence_start = saved  # type: ignore[assignment]
    assert first == second == 50 and calls == [60]  # after "Mr. ": a title ends one here


def test_main_subject_readers_take_the_callers_sentence_start() -> None:
    from helpers.instruments.quotes import subjects
    from helpers.instruments.quotes.mentions import _find_mentions

    texts = ["The council met on Monday. Mayor Ann Lowe argued that the inspector Tom Reed "
             "went too far when he spoke.",
             "Bob Hale, who suggested the governor Jane Kerr was wrong, said he would stay.",
             "After the vote, Sue Marsh said Carl Dunn, who had lost, was gracious."]
    compared = 0
    for text in texts:
        ms = _find_mentions(text, 0, len(text), text, {"ann lowe", "tom reed", "bob hale",
                                                       "jane kerr", "sue marsh", "carl dunn"})
        for i, m in enumerate(ms):
            at = subjects.sentence_start(text, m.start)
            for fn in (subjects._main_subject, subjects._earlier_main_subject):
                assert fn(ms, i, text, lambda c: True, at) == fn(ms, i, text, lambda c: True)
                compared += 1
    assert compared >= 8
    saved = subjects.sentence_start

    def refuse(text: str, pos: int) -> int:
        raise AssertionError("read again")

    subjects.sentence_start = refuse  # type: ignore[assignment]
    try:
        text = texts[0]
        ms = _find_mentions(text, 0, len(text), text, {"ann lowe", "tom reed"})
        i = len(ms) - 1
        subjects._main_subject(ms, i, text, lambda c: True, 27)
        subjects._earlier_main_subject(ms, i, text, lambda c: True, 27)
    finally:
        subjects.sentence_start = saved  # type: ignore[assignment]


def test_article_sentence_start_is_the_reading_memoised() -> None:
    from helpers.instruments.quotes import state as state_module
    from helpers.instruments.quotes.state import ArticleState
    from helpers.instruments.quotes.subjects import sentence_start

    text = ("Mr. Hale spoke first. After he left, Dr. Ann Lowe said it was over!\n"
            "Was it? Sen. Reed, a former judge, thought so. They agreed.")
    art = ArticleState(text, {})
    for pos in range(len(text) + 1):
        assert art.sentence_start(pos) == sentence_start(text, pos)
        assert art.sentence_start(pos) == sentence_start(text, pos)  # the memo's answer
    calls = []
    saved = state_module.sentence_start

    def counted(t: str, pos: int) -> int:
        calls.append(pos)
        return saved(t, pos)

    state_module.sentence_start = counted  # type: ignore[assignment]
    try:
        fresh = ArticleState(text, {})
        got = [fresh.sentence_start(40), fresh.sentence_start(40), fresh.sentence_start(75)]
    finally:
        state_module.sentence_start = saved  # type: ignore[assignment]
    assert got == [21, 21, 75] and calls == [40, 75]  # "Dr." ends no sentence
