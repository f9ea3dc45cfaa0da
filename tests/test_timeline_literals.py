"""The scanner's literal pre-test (``helpers.instruments.timeline.literals``).

A key is skipped on a paragraph that holds none of its required literals; that is only safe
if every hit of the key contains one of them. Checked on hand-written keys and on every key
of the grammar over invented text.
"""

from __future__ import annotations

import re

from helpers.instruments.timeline.grammar import PATTERNS
from helpers.instruments.timeline.literals import required_literals
from helpers.instruments.timeline.scan import scan

TEXT = ("On Monday, 3 March 2031, at 7 p.m. EST, the board met; a year earlier, in mid-July, "
        "shares fell for the third quarter running. Ten days ago, nineteen ninety-six came up; "
        "later that week, the fiscal year ended. Every Sunday and twice a month, since the "
        "1990s, in recent years and in coming weeks, before Christmas, by year-end, now and "
        "then, once, at the time, in the '80s, per annum, 1105 GMT, FY24, the 21st century.")


def test_required_literals_of_simple_keys() -> None:
    assert required_literals(r"\bago\b|from\s+now|\bhence\b") == ("ago", "from", "hence")
    assert required_literals(r"(?:jan|feb)(?:uary|ruary)?(?![a-z])") == ("feb", "jan")
    assert required_literals(r"\b(?:this|last)\s+year") == ("last", "this")


def test_small_character_classes_are_expanded() -> None:
    # "quarter|half|\b[qh][1-4]\b" used to have no literal and ran on every paragraph
    got = required_literals(r"quarter|half|\b[qh][1-4]\b")
    assert set(got) == {"quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"}
    assert required_literals(r"x[a-z]y") == ()  # a large class ends the run: no literal


def test_no_literals_when_none_is_required() -> None:
    assert required_literals(r"\d\d\d\d") == ()
    assert required_literals(r"[ap]\.?m\b") == ()  # one character is no filter
    assert required_literals(r"(?i:may)") == ()  # inline flags: unknown
    assert required_literals(r"ab|\d+") == ()  # one branch needs nothing


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
