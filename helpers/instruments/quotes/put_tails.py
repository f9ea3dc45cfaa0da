"""The saying sense of the words after ``put it`` in an ``as X put it`` clause (round 55, issue
13).

Why: round 53 let words stand between ``put it`` and the quotation (``As the envoy put it on
Friday, folding his notes: "…"``), keyed to a word count; review 20 found that the physical
sense then reads as a cue (``As she put it on the shelf, folding the paper: "…"``). The words
after ``put it`` now have to mark the saying sense: a listener or time word first (``to me``,
``more bluntly``, ``when we met``), or a place-and-time preposition whose next words name a
time, an occasion of speech, a document, a name or a number (``on Wednesday``, ``in his memo
to staff``, ``at the time``). Language data: ``data/lexicons/put_it_tail_words.txt``.
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import DOCUMENT_NOUNS, UTTERANCE_NOUNS

_TAIL_WORDS = frozenset(load_words("put_it_tail_words.txt"))
#: prepositions of place and time: the sense depends on the words after them
_PLACE_OR_TIME = frozenset({"on", "in", "at", "during"})
_WORD_RX = lazy_compile(r"[\w’'\-]+")


def _marks_saying(word: str) -> bool:
    low = word.lower()
    return (word[:1].isupper() or word[:1].isdigit() or low in _TAIL_WORDS
            or low in DOCUMENT_NOUNS or low in UTTERANCE_NOUNS or low.rstrip("s") in _TAIL_WORDS)


def saying_put_tail(tail: str) -> bool:
    """Whether the words after ``put it`` (``tail``, before the closing punctuation) read as
    the saying sense (module docstring); True for an empty tail."""
    words = _WORD_RX.findall(tail)
    if not words:
        return True
    first = words[0].lower()
    if first.endswith("ly") or (first in _TAIL_WORDS and first not in _PLACE_OR_TIME):
        return True
    if first in _PLACE_OR_TIME:
        return any(_marks_saying(w) for w in words[1:4])
    return False
