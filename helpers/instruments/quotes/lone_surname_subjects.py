"""A lone surname opening a clause before a verb that is no reporting verb (round 64, issue 13).

The mention reader takes a lone capitalised word for a person only by its place: before a
reporting verb (``Varga said``), in apposition, before ``, who``. A surname never written in
full in the article (``Obama``, ``Carson``) that opens a clause before another verb
(``Reed also addressed Lane's concerns …``, ``Reed defied the question …``) was no mention,
so a later ``he`` passed over that subject to someone named before it (round 62's leftover:
train A 1, C 1). The word itself cannot say whether it is a person or a body or a place
(``Congress passed``, ``Dover voted``), but the article can: the same word written elsewhere
in the article, within :data:`_WINDOW` characters, right before a reporting verb (``…," Reed
stated.``, ``Reed, the senator, said``) is a speaker, so where it opens a clause before a
past-tense verb it is that person too. Only the word standing alone counts as that evidence:
written as the end of a longer name (``the Port of Dover said``, ``Bank of Halifax said``,
``Ann Lincoln said``) it says nothing of the lone word (``Dover voted to leave``), a title
before it aside (``Senator Reed said``; review 24c).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import _NOT_NAME, _SPEECH_VERB_RE, TITLE_WORDS

#: how far (characters, either side) the article is read for the word as a speaker
_WINDOW = 6000


@lru_cache(maxsize=512)
def _speaker_re(word: str) -> re.Pattern:
    """``word`` as a whole word right before a reporting verb (an adverb or a short
    comma-closed apposition may stand between)."""
    return re.compile(rf"(?<![\w’'-]){re.escape(word)}(?:,[^,\n]{{1,60}},)?\s+(?:[a-z]+ly\s+)?"
                      rf"(?:{_SPEECH_VERB_RE})\b")


def speaks_elsewhere(word: str, text: str, at: int) -> bool:
    """Whether ``word`` (a lone capitalised word at offset ``at`` of the article ``text``)
    stands elsewhere near it, within :data:`_WINDOW`, right before a reporting verb."""
    if not text or at < 0:
        return False
    lo, hi = max(0, at - _WINDOW), min(len(text), at + _WINDOW)
    return any(m.start() != at and not _ends_longer_name(text[max(0, m.start() - 40):m.start()])
               for m in _speaker_re(word).finditer(text, lo, hi))


#: a capitalised word (and a linking ``of``/``for``/``and``) right before the lone word
_NAME_BEFORE_RX = lazy_compile(
    r"(?<![\w’'-])(?P<cap>[A-Z][\w’'.-]*)\s+(?:(?:of|for|and|de|la|le|van|von)\s+)?$")


def _ends_longer_name(before: str) -> bool:
    """Whether the text ``before`` a word makes it the end of a longer capitalised name
    (``the Port of Dover``, ``Ann Lincoln``); a title (``Senator``, ``Mr``) or a sentence-opening
    word (``Then``, ``But``: ``data/lexicons/not_name_words.txt``) does not."""
    m = _NAME_BEFORE_RX.search(before)
    if m is None:
        return False
    cap = m.group("cap").rstrip(".")
    return cap not in _NOT_NAME and cap.lower() not in TITLE_WORDS


#: a word that stands between a subject and its verb (``Reed also addressed``)
_BETWEEN_RX = lazy_compile(r"^\s+(?:also|then|later|again|once|first|never)(?=\s)")


def without_adverb(after: str) -> str:
    """``after`` (the text after a name) without one leading ``also``/``then``/``later``
    word, so the verb after it can be tested (``Reed also addressed``)."""
    m = _BETWEEN_RX.match(after)
    return after[m.end():] if m else after
