"""``Another tweeted, "…"``: a lone ``another`` that stands for a person is a speaker even when
the article gives no noun to complete it (quotes round 68, issue 13).

``another`` (like ``one``) is an indefinite pronoun when no noun follows it: ``one user wrote
"…". Another said …`` means another user, and :func:`.descriptions._complete_description`
writes it so (``another user``). When the article gives no head noun before it (``Waters
tweeted, "…". Another tweeted, "…"``; ``a quiz asked readers …. Another notes …``), the word
stayed bare and :func:`.speakers.not_a_speaker` dropped it as a description without a head
(``not_a_speaker:another``), so the quotation had no speaker at all. The words are still the
words of that other one, and news annotation (PolNeAR) codes the Source as written
(``Another``): the bare pronoun is kept as the speaker. Round 68's count (train A-C): A 2, B 1
pieces in three articles. The words are ``data/lexicons/elliptic_pronouns.txt``.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import REPORTING_VERBS

#: what follows a pronoun ``another`` in the text: a mark (``tweeted another.``) or a verb in
#: the past or the present (``Another tweeted``, ``Another notes``), an adverb allowed before
#: it; a noun after the word (``Another holdout``) makes it a determiner, cut from its phrase
_AFTER_PRONOUN_RX = lazy_compile(
    r"\s*(?:[.,;:!?\"“”’)\-—–]|$|(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?![\w’'\-]))")


@lru_cache(maxsize=1)
def _elliptic_pronouns() -> frozenset[str]:
    """The indefinite pronouns that may stand alone as a speaker (lower case)."""
    return frozenset(load_words("elliptic_pronouns.txt"))


def bare_elliptic_speaker(speaker: str, speaker_type: str, text: str = "",
                          end: int | None = None) -> bool:
    """Whether ``speaker`` is a lone indefinite pronoun (``another``) read as a description:
    a speaker to keep, not a description whose head noun is missing. ``text`` and ``end`` (the
    article and where the speaker phrase ends in it): the word must stand alone there, before
    a mark or a verb, not before a noun it determines (``Another holdout - the union - …``)."""
    if speaker_type != "description" or speaker.strip().lower() not in _elliptic_pronouns():
        return False
    if not text or end is None or end != end:  # no offsets (None or NaN): the word alone
        return True
    m = _AFTER_PRONOUN_RX.match(text, int(end))
    if m is None:
        return False
    verb = m.group("verb")
    return verb is None or verb in REPORTING_VERBS or verb.endswith(("ed", "s"))
