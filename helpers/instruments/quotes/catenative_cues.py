"""A verb of saying as the infinitive of a catenative phrase keeps the phrase's subject
(round 80, issue 13).

``Ann Lee went on to say that the timetable was "a clear mistake."``, ``Tom Reed was quick to
note that …``, ``Its critics do not hesitate to claim that …``: the sentence cue found the
verb of saying (``say``, ``note``, ``claim``) but looked for its subject right before it, where
it met ``went on to`` and found none, so the quotation had no speaker. In English the subject
of such a phrase (a catenative verb, or ``be`` with an adjective like ``quick`` or ``eager``,
followed by ``to`` and the infinitive) is the subject of the infinitive too. The phrases are
listed in ``data/lexicons/catenative_speech_openers.txt``; verbs of refusal (``refused to
say``) are not, for what follows them was not said, and a listed phrase negated (``did not want
to say``, ``never tried to claim``) is left alone for the same reason (review 28b).
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import ORG_NOUNS, PERSON_NOUNS

_PHRASES = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+")
                            for p in load_words("catenative_speech_openers.txt")),
                           key=len, reverse=True))
#: the phrase and ``to`` ending the text before a verb of saying: an auxiliary (``has``,
#: ``had been``) and one adverb (``also``, ``quickly``) may open it
_CATENATIVE_END_RX = lazy_compile(
    rf"\s+(?:(?:has|have|had|will|would|may|might)\s+)?(?:(?P<adv>also|later|then|quickly|[a-z]+ly)\s+)?"
    rf"(?P<phrase>{_PHRASES})\s+to\s+$")
#: a negation right before the phrase (``did not want to``, ``never tried to``): what follows
#: was not said (review 28b; ``did not hesitate`` holds its negation inside the phrase)
_NEGATED_RX = lazy_compile(r"(?:\bnot|n['’]t|\bnever)\s+$")
#: nouns in ``-ly`` (``family``, ``ally``, ``assembly``): the subject's head, not an adverb
#: (review 28b: ``His family went on to say`` lost ``family`` to the adverb slot)
_LY_NOUNS = frozenset(load_words("ly_nouns.txt")) | frozenset(
    w for w in PERSON_NOUNS | ORG_NOUNS if w.endswith("ly"))


def catenative_stem(before: str) -> str:
    """``before`` (the text of a sentence up to a verb of saying) with a catenative phrase and
    its ``to`` cut off its end, so that what ends the rest is the phrase's subject
    (``Ann Lee went on to `` -> ``Ann Lee ``); ``before`` itself when it ends with none."""
    m = _CATENATIVE_END_RX.search(before, max(0, len(before) - 60))
    if m is None or _NEGATED_RX.search(before, 0, m.start("phrase")):
        return before
    if m.group("adv") in _LY_NOUNS:  # "His family went on to": the noun ends the subject
        return before[:m.start("phrase")]
    return before[:m.start()] + " "
