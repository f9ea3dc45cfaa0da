"""Are the two readers of written sources twins? (quotes tidy round 28; PolNeAR TRAIN only).

:func:`helpers.instruments.quotes.written.written_subject` (the antecedent of ``it``: the
latest document or organisation subject) and the subject reader of
:mod:`helpers.instruments.quotes.written_subjects` (the first written or body subject of a
cue-less quotation's sentence) are both applied to every sentence of the train texts (split
at ``.``/``!``/``?`` + space and at line breaks, raw text, no masking); printed: how many
sentences neither, only one, or both answer, and whether both name the same span. Dev is
never read here.

    python scripts/compare_written_readers.py
"""

from __future__ import annotations

import re
from collections import Counter

from helpers.evaluate.polnear import load_polnear
from helpers.evaluate.shared_data import validation_dir
from helpers.instruments.quotes.written import written_subject
from helpers.instruments.quotes.written_subjects import _subject

_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\n+")


def compare(sentence: str) -> str:
    """``none``, ``antecedent only``, ``cue-less only``, ``same`` or ``differ``: which reader
    finds a subject in ``sentence`` and whether both find the same span."""
    found = written_subject(sentence, 0, len(sentence))
    a = None if found is None else found[:2]
    m = _subject(sentence)
    b = None if m is None else (m.start("np"), m.end("np"))
    if a is None and b is None:
        return "none"
    if b is None:
        return "antecedent only"
    if a is None:
        return "cue-less only"
    return "same" if a == b else "differ"


def main() -> None:
    split = load_polnear(validation_dir("polnear"), "train")
    texts = split.texts.values() if isinstance(split.texts, dict) else split.texts
    counts = Counter(compare(s) for text in texts for s in _SENTENCE_SPLIT_RE.split(text))
    print(sum(counts.values()), "sentences;", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
