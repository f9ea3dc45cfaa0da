"""The one reader of the literals a regex needs (``helpers.core.literals``), in its two
readings (``FOLDED``: the theme prefilter and the furniture phrases; ``EXACT``: the timeline
keys), the digit test, the multi-literal scanner (``helpers.core.literal_scan``), and the
furniture phrases of the web-page segmenter, which run a regex only on lines that contain one
of its required literals: the same first phrase as running every regex, case variants that
Python's IGNORECASE equates with ASCII letters included."""

from __future__ import annotations

import random
import re

import pytest

from helpers.core import webpage
from helpers.core.literal_scan import LiteralScanner, find_all
from helpers.core.literals import (
    CASE_FIXES,
    EXACT,
    literal_requirements,
    needs_digit,
    prefix_literals,
    required_literals,
)


def test_case_fixes_are_every_non_ascii_character_that_ignorecase_equates_with_ascii():
    every = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)
    found = {ord(m.group()): m.group().translate(CASE_FIXES).lower()
             for m in re.finditer(r"[a-z0-9]", every, re.IGNORECASE)}
    assert found == CASE_FIXES


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    # the parser factors out the common "re": the longer pieces after it are required
    (r"\b(?:rebel\w*|revolt)\b", re.I, {"bel", "volt"}),
    (r"(?-i:NATO)\s+summit", re.I, {"summi"}),
    (r"(?:back)?bench", 0, {"bench"}),
    (r"\b\w+\s+\d+", re.I, None),
    (r"(?:peace)?", re.I, None),
    (r"party|\w+ist", re.I, {"party", "ist"}),
    (r"party|\w+", re.I, None),
])
def test_folded_required_literals(pattern: str, flags: int, expected: set[str] | None):
    got = required_literals(re.compile(pattern, flags))
    assert (None if got is None else set(got)) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<!\w)(?:big|bigger|small)\s+deal", {"big", "small"}),
    (r"(?=a)(?:abuse|bus)", {"abuse", "bus"}),  # "bus" occurs inside "abuse": both kept
    (r"(?:the\s+)?deal", None),
    (r"\w+deal", None),
])
def test_folded_prefix_literals(pattern: str, expected: set[str] | None):
    got = prefix_literals(re.compile(pattern, re.I))
    assert (None if got is None else set(got)) == expected


@pytest.mark.parametrize(("pattern", "edge"), [
    (r"(?<!\w)(?:the|a)\s+deal", True),
    (r"(?<!\w)the|deal", False),  # a top-level branch: "deal" may follow a word
    (r"(?<![\w'])the", False),  # another class: not recognised, so not used
    (r"\bthe", False),
])
def test_word_edge_is_read_from_the_pattern(pattern: str, edge: bool):
    assert literal_requirements(pattern, re.I)[2] is edge


def _exact(pattern: str, prefix: bool = False) -> set[str] | None:
    """The EXACT reading of a case-sensitive key, as a set (None: nothing named)."""
    read = prefix_literals if prefix else required_literals
    got = read(re.compile(pattern), EXACT)
    return None if got is None else set(got)


def test_exact_required_literals_of_simple_keys() -> None:
    assert _exact(r"\bago\b|from\s+now|\bhence\b") == {"ago", "from", "hence"}
    assert _exact(r"(?:jan|feb)(?:uary|ruary)?(?![a-z])") == {"feb", "jan"}
    # two candidates as long as each other: the one with fewer strings is kept
    assert _exact(r"\b(?:this|last)\s+year") == {"year"}
    assert _exact(r"september") == {"september"}  # whole strings: no cut


def test_exact_small_character_classes_are_expanded() -> None:
    got = _exact(r"quarter|half|\b[qh][1-4]\b")
    assert got == {"quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"}
    assert _exact(r"x[a-z]y") is None  # a large class ends the run: one character each side


def test_exact_no_literals_when_none_is_required() -> None:
    assert _exact(r"\d\d\d\d") is None
    assert _exact(r"[ap]\.?m\b") is None  # one character is no filter
    assert _exact(r"(?i:may)") is None  # the searched text is not case-folded
    assert _exact(r"ab|\d+") is None  # one branch needs nothing
    assert required_literals(re.compile("may", re.I), EXACT) is None


def test_exact_keeps_non_ascii_characters_and_drops_longer_strings_that_hold_a_shorter() -> None:
    assert _exact("year[\'\u2019]s") == {"year\'s", "year\u2019s"}
    assert required_literals(re.compile("year[\'\u2019]s", re.I)) == {"year"}  # FOLDED: ASCII
    # where "nowadays" occurs, "now" does too (at the same start: the prefix set is the same)
    assert _exact(r"now|nowadays|currently") == {"now", "currently"}
    assert _exact(r"now|nowadays|currently", prefix=True) == {"now", "currently"}
    assert _exact(r"est|cest") == {"est"}
    assert _exact(r"est|cest", prefix=True) == {"est", "cest"}  # "cest" does not start "est"


def test_exact_prefix_literals() -> None:
    assert _exact(r"\bago\b|from\s+now", prefix=True) == {"ago", "from"}
    # the parser factors out "e": the literal alternatives after it multiply the run
    assert _exact(r"every|each", prefix=True) == {"each", "every"}
    assert _exact(r"(?<=x)yz|q[rs]t", prefix=True) == {"qrt", "qst", "yz"}
    assert _exact(r"a|ab", prefix=True) is None  # one character: no filter
    assert _exact(r"ab|\d+", prefix=True) is None
    assert _exact(r"(?i:may)", prefix=True) is None
    assert _exact(r"x?yz", prefix=True) is None  # an optional head: the match may start at "y"


def test_needs_digit() -> None:
    def digit(pattern: str) -> bool:
        return needs_digit(re.compile(pattern))

    assert digit(r"\d\d\d\d")
    assert digit(r"\d\s*(?:gmt|et)")
    assert digit(r"(?:\d)+x")
    assert not digit(r"[ap]\.?m\b")  # no digit at all
    assert not digit(r"ab|\d+")  # one branch has none
    assert not digit(r"\d?x")  # optional
    assert not digit(r"(?=\d)x")  # a look-ahead consumes nothing: not claimed


def test_scanner_finds_every_place_str_find_finds():
    """One automaton pass gives, per literal, the offsets of the ``str.find`` loop: every
    start, overlapping ones ("aa" in "aaa") included, counted in code points where the text
    has non-ASCII and astral characters."""
    rng = random.Random(3)
    alphabet = "ab é\u0131\U0001f600"
    scanner = LiteralScanner()
    lits = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(40)}
    for lit in sorted(lits):
        scanner.learn(lit)
    assert scanner.scan("") == {lit: [] for lit in lits}
    for _ in range(200):
        low = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        found = scanner.scan(low)
        assert set(found) == lits
        for lit in lits:
            assert found[lit] == find_all(low, lit, len(low) + 1), (low, lit)
    assert find_all("aaaa", "aa", 1) == [0, 1]  # stops once past the cap
    assert LiteralScanner().scan("abc") == {}


def _first_phrase_ungated(line: str) -> webpage._Phrase | None:
    """The phrase lookup without the literal test (the definition it must agree with)."""
    folded = webpage._fold(line)
    for p in webpage._phrases():
        if p.pattern is not None:
            hit = bool(p.pattern.search(folded))
        elif p.match == "exact":
            hit = folded == p.phrase
        elif p.match == "prefix":
            hit = folded.startswith(p.phrase)
        else:
            hit = len(folded) <= webpage.MAX_CONTAINS_LEN and p.phrase in folded
        if hit:
            return p
    return None


LINES = ["Subscribe now", "ſubscribe today and save", "SUBSCRIBE NOW", "subscribe later",
         "Read our privacy policy for details", "Privacy notice", "privacy matters",
         "The Morning Call newsletter: sign up", "Sign up to the Morning Call",
         "Topics in this article: Labour", "[See also: a piece on the budget]",
         "Already a ſubscriber? Log in", "More on the budget", "Content from our partners:",
         "The minister said the budget would pass.", "", "Read more about the vote",
         "New Times, 12", "Support 10 years of independent journalism", "İstanbul talks"]


def test_gated_phrase_match_equals_every_regex_run():
    rng = random.Random(11)
    words = [w for line in LINES for w in line.split()] + ["the", "a", "ſ", "K"]
    lines = LINES + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
                     for _ in range(400)]
    matched = 0
    for line in lines:
        want = _first_phrase_ungated(line)
        assert webpage._phrase_match(line) == want, line
        matched += want is not None and want.pattern is not None
    assert matched >= 10  # the lines do meet the regex phrases


def test_every_regex_phrase_has_required_literals():
    """Otherwise the test above would pass without gating anything."""
    regexes = [p for p in webpage._phrases() if p.pattern is not None]
    assert regexes and all(p.literals == required_literals(p.pattern) for p in regexes)
    assert all(p.literals for p in regexes)
