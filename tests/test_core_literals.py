"""The furniture phrases of the web-page segmenter run a regex only on lines that contain one
of its required literals (``helpers.core.literals``): the same first phrase as running every
regex, case variants that Python's IGNORECASE equates with ASCII letters included."""

from __future__ import annotations

import random

from helpers.core import webpage
from helpers.core.literals import required_literals


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
