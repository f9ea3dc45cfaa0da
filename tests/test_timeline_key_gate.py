"""The timeline scanner's pre-tests of its keys (literals and digits read by
``helpers.core.literals`` with the ``EXACT`` reading; the reader itself is tested in
``test_core_literals.py``).

A key is skipped on a paragraph that holds none of its required literals (or no digit); that
is only safe if every hit of the key contains one of them. Checked on every key of the grammar
over invented text, and against a scan without keys.
"""

from __future__ import annotations

import re

from helpers.core.literals import EXACT, needs_digit, prefix_literals
from helpers.instruments.timeline.grammar import PATTERNS
from helpers.instruments.timeline.scan import KeyGate, scan

TEXT = ("On Monday, 3 March 2031, at 7 p.m. EST, the board met; a year earlier, in mid-July, "
        "shares fell for the third quarter running. Ten days ago, nineteen ninety-six came up; "
        "later that week, the fiscal year ended. Every Sunday and twice a month, since the "
        "1990s, in recent years and in coming weeks, before Christmas, by year-end, now and "
        "then, once, at the time, in the '80s, per annum, 1105 GMT, FY24, the 21st century.")


def test_every_key_hit_contains_a_required_literal() -> None:
    low = TEXT.lower()
    checked = 0
    for p in PATTERNS:
        if not p.literals:
            continue
        for m in p.key_lower.finditer(low):
            assert any(lit in m.group() for lit in p.literals), (p.key_lower.pattern, m.group())
            checked += 1
    assert checked > 30


def test_literal_pre_test_changes_no_candidate() -> None:
    # the pre-test against a full scan of every pattern (no keys, no pre-test)
    for line in re.finditer(r"[^\n]+", TEXT):
        fast = scan(TEXT, line.start(), line.end())
        full = scan(TEXT, line.start(), line.end(), use_keys=False)
        assert [(c.start, c.end, c.kind) for c in fast] == [(c.start, c.end, c.kind) for c in full]
        assert len(fast) > 10


def test_every_digit_key_hit_holds_a_digit() -> None:
    digit_keys = {p.key_lower.pattern for p in PATTERNS if needs_digit(p.key_lower)}
    assert len(digit_keys) >= 5
    hits = 0
    for pattern in digit_keys:
        for m in re.finditer(pattern, TEXT.lower()):
            assert re.search(r"\d", m.group()), (pattern, m.group())
            hits += 1
    assert hits > 3


def test_article_gate_changes_no_candidate() -> None:
    # the same paragraphs scanned with an article-wide literal gate, without one, and with
    # every pattern over the whole paragraph; one paragraph with no digit and one with none
    # of most literals, so that the gate and the digit test close something
    text = TEXT + "\nShe said so.\nA quiet word, then nothing more for days on end.\n" + TEXT
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    gate = KeyGate(text, lines)
    n_keys = len({p.key_lower.pattern for p in PATTERNS})
    closed = 0
    for lo, hi in lines:
        closed += n_keys - len(gate.keys(lo, hi) or ())
        gated = scan(text, lo, hi, gate=gate)
        plain = scan(text, lo, hi)
        full = scan(text, lo, hi, use_keys=False)
        assert [(c.start, c.end, c.kind, c.fields) for c in gated] == \
            [(c.start, c.end, c.kind, c.fields) for c in plain]
        assert [(c.start, c.end, c.kind) for c in gated] == [(c.start, c.end, c.kind) for c in full]
    assert closed > 20


def test_gate_leaves_paragraphs_out_of_order_or_with_a_length_changing_letter_ungated() -> None:
    text = "İstanbul, 3 March 2031: later that week.\nOn Monday it rained."
    lines = [(0, 40), (41, len(text))]
    for spans in (lines, lines[::-1]):
        for text_ in (text, text.replace("İ", "I")):
            gate = KeyGate(text_, spans)
            ungated = text_ == text or spans != lines
            assert (gate.live[0].keys() == gate.live[1].keys()) == ungated
            for lo, hi in lines:
                assert [(c.start, c.end) for c in scan(text_, lo, hi, gate=gate)] == \
                    [(c.start, c.end) for c in scan(text_, lo, hi)]


def test_keys_tried_at_their_prefixes_find_the_finditer_hits() -> None:
    low = TEXT.lower()
    tried = 0
    for p in PATTERNS:
        heads = prefix_literals(p.key_lower, EXACT)
        if not heads:
            continue
        starts = sorted({m.start() for h in heads for m in re.finditer(re.escape(h), low)})
        hits, resume = [], 0
        for s in starts:
            if s >= resume and (m := p.key_lower.match(low, s)) is not None:
                hits.append(m.span())
                resume = m.end()
        assert hits == [m.span() for m in p.key_lower.finditer(low)], p.key_lower.pattern
        tried += bool(hits)
    assert tried > 20
