"""Session 26 (issue 13, throughput): ``final_reporter`` first checks the word before the full
stop (:func:`.final_reporter._last_word_before_stop`) and only then runs its closing-report
pattern. The check must accept every text the pattern's ``verb`` accepts, or the rule would
lose matches. Invented words only."""

from __future__ import annotations

import random

from helpers.instruments.quotes.final_reporter import (
    _CLOSING_REPORT_RX,
    _last_word_before_stop,
)

_TOKENS = ["Vogel", "Mara", "Quell", "his", "the", "brother", "skipper", "added", "argues",
           "said", "re-added", "Added", "a1", ",", ".", " ", "  ", "\n", "\u00a0", "-", "’s",
           "what", "said.", "says", "noted", "ADDED", "é"]


def test_the_word_check_accepts_every_verb_the_pattern_accepts() -> None:
    rng = random.Random(26)
    agreed = 0
    for _ in range(20000):
        n = rng.randint(1, 9)
        text = "".join(rng.choice(_TOKENS) + rng.choice(["", " "]) for _ in range(n))
        m = _CLOSING_REPORT_RX.search(text, 0, len(text))
        if m is not None:
            assert _last_word_before_stop(text, 0, len(text)) == m.group("verb"), text
            agreed += 1
    assert agreed > 50  # the generator does reach the pattern (71 with this seed)


def test_the_word_check_reads_the_end_of_the_slice() -> None:
    text = "The ferry will run, his brother added.  Then more words follow."
    hi = text.index("Then")
    assert _last_word_before_stop(text, 0, hi) == "added"
    assert _last_word_before_stop(text, 0, hi - 3) == ""  # no full stop at the end
    assert _last_word_before_stop("Re-added.", 0, 9) == ""
    assert _last_word_before_stop("Vogel Added.", 0, 12) == ""
    assert _last_word_before_stop(".", 0, 1) == ""
