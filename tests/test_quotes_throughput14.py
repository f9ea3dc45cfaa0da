"""Throughput round 14 (issue 13): output-identical levers, checked on invented texts.

1. ``finding_cues._masked`` reads only the top-level quotations that reach into its window
   (``top_spans``) and gives the string that masking with every row gave.
2. ``apposed_offices._scan`` tries its two patterns only before a comma that can open a
   match's tail (``_anchored_finditer``) and finds what ``finditer`` found.
3. (tidy) the two body patterns share one run of capitalised words.
"""

from __future__ import annotations

import random
import re

from helpers.core.quotation_marks import QuoteSpan
from helpers.instruments.quotes import apposed_bodies, possessive_documents
from helpers.instruments.quotes.apposed_offices import (
    _anchored_finditer,
    _anchors,
    _comma_free_prefixes,
    _patterns,
    _scan,
    office_holders,
)
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


_OFFICE_TEXTS = (
    "The Bishop of Carlisle, the Rt Rev Ann Vale, rose next. Later the bishop said no.",
    "Tom Hale, the council leader, said the budget was set. The council's leader, Tom Hale, "
    "told the meeting. Ann Reed, now the party chair, added a word.",
    "The Speaker, Sir Ian Moss, called order, and the home secretary, Dr Priya Lal said so.",
    "Reed, Hale and Moss met; the Treasury's chief secretary, Lord Ben Ash who spoke, left.",
    "At the Foreign Office, the minister, Jo Bell, the deputy leader, Sam Ware, and others.",
)

_WORDS = ("the", "The", "council", "leader", "bishop", "of", "Carlisle", "Tom", "Hale", "Ann",
          "Vale", "Rt", "Rev", "Sir", "Dr", "Lord", "now", "also", "said", "told", "who",
          "Home", "Secretary", "Treasury's", "chief", "minister", "Jo", "Bell", "MPs", "and")


def _spans(matches) -> list[tuple]:  # noqa: ANN001 - re matches
    return [(m.span(), m.groupdict()) for m in matches]


def test_each_anchor_is_written_in_its_pattern() -> None:
    # the anchor is the pattern's own comma and what follows it: a pattern edited without
    # its anchor would make the anchored search miss matches
    first, second = _patterns()
    anchor_first, anchor_second = _anchors()
    assert first.pattern.endswith(anchor_first.pattern)
    assert anchor_second.pattern in second.pattern
    assert _comma_free_prefixes()


def test_anchored_search_finds_every_match_on_invented_texts() -> None:
    for text in _OFFICE_TEXTS:
        for rx, anchor in zip(_patterns(), _anchors()):
            for lo in range(0, len(text), 3):
                for end in (len(text), len(text) - 9, lo + 60):
                    end = max(lo, min(end, len(text)))
                    want = _spans(rx.finditer(text, lo, end))
                    assert _spans(_anchored_finditer(rx, anchor, text, lo, end)) == want
    # and the patterns do find offices here: the check is not of empty lists
    assert sum(len(found) for text in _OFFICE_TEXTS
               for found in _scan(text, 0, len(text))) >= 8


def test_anchored_search_on_generated_texts() -> None:
    rng = random.Random(1414)
    seps = (" ", " ", " ", ", ", ". ", "  ", ",\n", "\n")
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(3, 30)):
            parts.append(rng.choice(_WORDS))
            parts.append(rng.choice(seps))
        text = "".join(parts)
        lo = rng.randrange(len(text) + 1)
        end = rng.randrange(lo, len(text) + 1)
        for rx, anchor in zip(_patterns(), _anchors()):
            want = _spans(rx.finditer(text, lo, end))
            assert _spans(_anchored_finditer(rx, anchor, text, lo, end)) == want


class _Counting:
    """A pattern that counts the offsets :func:`_anchored_finditer` tries."""

    def __init__(self, rx) -> None:  # noqa: ANN001 - a compiled pattern
        self.rx, self.tried = rx, []

    def match(self, text: str, pos: int, end: int):  # noqa: ANN201 - a match or None
        self.tried.append(pos)
        return self.rx.match(text, pos, end)


def test_anchored_search_tries_only_before_an_anchor_comma() -> None:
    no_comma = "Tom Hale the council leader said the budget was set and Ann Reed agreed " * 5
    for rx, anchor in zip(_patterns(), _anchors()):
        probe = _Counting(rx)
        assert list(_anchored_finditer(probe, anchor, no_comma, 0, len(no_comma))) == []
        assert probe.tried == []  # the plain search tries every offset of this text
    text = "Bell spoke first and Tom Hale, the council leader, said so."
    probe = _Counting(_patterns()[1])
    found = list(_anchored_finditer(probe, _anchors()[1], text, 0, len(text)))
    assert [m.group("name") for m in found] == ["Tom Hale"]
    assert min(probe.tried) == 0  # no comma before: the range runs from the text's start
    assert max(probe.tried) < text.index(",")


def test_office_holders_read_from_the_anchored_scan() -> None:
    # the article's memoised scan (anchored) against the bounded plain search (no memo)
    for text in _OFFICE_TEXTS:
        for hi in range(0, len(text) + 1, 5):
            memo: dict[int, tuple] = {}
            fast = office_holders(text, 0, hi, lambda name, _at: name, memo, len(text))
            plain = office_holders(text, 0, hi, lambda name, _at: name)
            assert fast == plain
    holders = office_holders(_OFFICE_TEXTS[1], 0, len(_OFFICE_TEXTS[1]),
                             lambda name, _at: name, {})
    assert sorted((h.name, h.head) for h in holders) == [
        ("Ann Reed", "chair"), ("Tom Hale", "leader"), ("Tom Hale", "leader")]


def test_one_run_of_body_words_for_both_body_patterns() -> None:
    # 3. apposed_bodies and possessive_documents read one run of a body's capitalised words
    words = apposed_bodies.BODY_WORDS
    assert possessive_documents._BODY.endswith(words)
    assert apposed_bodies._NAME.endswith(words)
    run = re.compile(words)
    for name in ("Fairwork", "Harbour Circle", "Institute for Fiscal Studies",
                 "Marks & Spencer", "Office of Budget and Audit Review"):
        assert run.fullmatch(name)
    assert run.match("Harbour Circle said").group() == "Harbour Circle"
    assert run.fullmatch("the Harbour Circle") is None  # the article is each pattern's own
