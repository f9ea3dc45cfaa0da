"""Hard inputs (issue 17): huge paragraphs, one-line files, odd encodings, special files."""

from __future__ import annotations

import time

from helpers.core.sentences import split_sentences


def _initialled_names(n: int) -> str:
    """A list of ``n`` names with initials (``A. B. Surname12``), one paragraph."""
    return ", ".join(
        f"{chr(65 + i % 26)}. {chr(65 + (i // 26) % 26)}. Surname{i}" for i in range(n)
    )


def test_sentence_splitting_is_linear_in_paragraph_length():
    # measured after the fix: 200 KB of "Mr. Smith " in about 0.4 s on a loaded 2-core machine
    # (it was quadratic: 80 KB took 15.6 s idle, so 200 KB would take well over a minute)
    abbreviations = "Mr. Smith " * 20_000
    names = _initialled_names(4_000)
    for text in (abbreviations, names):
        t0 = time.perf_counter()
        spans = split_sentences(text)
        elapsed = time.perf_counter() - t0
        assert elapsed < 5.0, f"{len(text)} characters took {elapsed:.1f}s"
        assert spans == [(0, len(text.rstrip()))]  # no boundary after Mr. or an initial
