"""Throughput round 14 (issue 13): output-identical levers, checked on invented texts.

1. ``finding_cues._masked`` reads only the top-level quotations that reach into its window
   (``top_spans``) and gives the string that masking with every row gave.
"""

from __future__ import annotations

import random

from helpers.core.quotation_marks import QuoteSpan
from helpers.instruments.quotes.finding_cues import _masked, finding_cues, top_spans
from helpers.instruments.quotes.quoterow import QuoteRow


def _row(open_pos: int, close_pos: int, end: int, level: int = 0) -> QuoteRow:
    """A speech row over an invented quotation (only its span matters here)."""
    span = QuoteSpan(open_pos + 1, end, open_pos, close_pos, "double", level)
    return QuoteRow(span, 0, 0, kind="speech")


def _every_row_masked(text: str, lo: int, hi: int, rows: list[QuoteRow]) -> str:
    """The window masked the way the finding pass masked it before this round: every
    top-level row of the article visited, written over the window where it overlaps."""
    chars = list(text[lo:hi])
    for r in rows:
        s = r.span
        if s.level:
            continue
        stop = (s.close_pos + 1) if s.close_pos >= 0 else s.end
        for i in range(max(s.open_pos, lo), min(stop, hi)):
            chars[i - lo] = "\x01"
    return "".join(chars)


def test_masked_with_top_spans_is_the_window_masked_by_every_row() -> None:
    text = ('The panel found that the scheme was "badly run. It failed." Ministers said '
            '"nothing was hidden" and the report found that staff had been "left alone".')
    opens = [i for i, ch in enumerate(text) if ch == '"'][::2]
    closes = [i for i, ch in enumerate(text) if ch == '"'][1::2]
    rows = [_row(a, b, b) for a, b in zip(opens, closes)]
    tops = top_spans(rows)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1, 7):
            want = _every_row_masked(text, lo, hi, rows)
            assert _masked(text, lo, hi, rows, tops) == want
            assert _masked(text, lo, hi, rows) == want


def test_masked_with_top_spans_on_generated_rows() -> None:
    rng = random.Random(14)
    for _ in range(400):
        n = rng.randint(50, 400)
        text = "".join(rng.choice("ab. ") for _ in range(n))
        rows = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randrange(n)
            b = rng.randrange(a, n)
            # an unclosed quotation (close -1) runs to its span's end; a nested one is skipped
            closed = rng.random() < 0.8
            rows.append(_row(a, b if closed else -1, min(n, b + rng.randint(0, 5)),
                             level=int(rng.random() < 0.2)))
        rng.shuffle(rows)
        tops = top_spans(rows)
        for _ in range(20):
            lo = rng.randrange(n + 1)
            hi = rng.randrange(lo, n + 1)
            assert _masked(text, lo, hi, rows, tops) == _every_row_masked(text, lo, hi, rows)


def test_top_spans_bound_the_rows_a_window_reads() -> None:
    # four quotations far apart: a window over the third reaches only the third
    text = "x" * 1000
    rows = [_row(a, a + 20, a + 20) for a in (10, 300, 600, 900)]
    tops = top_spans(rows)
    assert tops.starts == [10, 300, 600, 900]
    assert tops.max_ends == [31, 321, 621, 921]
    window = _masked(text, 590, 640, rows, tops)
    assert window == "x" * 10 + "\x01" * 21 + "x" * 19


def test_finding_cue_after_masked_quotations() -> None:
    # the first quotation's full stop ends no sentence; the second is cued by the finding
    text = ('The review found that the trust had been "slow. Very slow." and that patients were '
            '"put at risk".')
    quotes = [i for i, ch in enumerate(text) if ch == '"']
    rows = [_row(quotes[0], quotes[1], quotes[1]), _row(quotes[2], quotes[3], quotes[3])]
    finding_cues(rows, text)
    assert [r.cue for r in rows] == ["find", "find"]
    assert text[rows[1].cue_start:rows[1].cue_end] == "found"
