"""``"…," the order released Friday said``, ``"…," a voice-over in the ad states``: a written
or recorded source with a post-modifier as a post-cue's subject (quotes round 71, issue 13).

A post-cue names a written source with a determiner and a noun (``"…," the report said``, round
14's ``_POST_DOC_RE`` in :mod:`.postcues`), but news prose often adds a participle or a
prepositional phrase after the noun: ``the order released Friday said``, ``the report published
on Monday found``, ``a voice-over in the ad states``. The phrase then ended on ``Friday`` or
``ad``, whose head is no document, so no post-cue was read and the context or the latest
speaker took the quotation (train B 1 and C 2 pieces, round 71's count; the default chooser
already found the voice-over from its candidates). The source is the phrase up to its head: a
determiner, up to three lower-case words ending on a noun of a document
(``document_nouns.txt``) or of recorded narration (``recorded_voice_nouns.txt``), then a
post-modifier of up to five words — a past participle (``released``, ``published``,
``obtained``), or a preposition (``in``, ``on``, ``by``, ``from``, ``at``, ``of``) — with no
punctuation and no verb of saying inside it, then the verb of saying. A recorded voice needs
no modifier (``"…," a voice-over says``: no list of speakers held the noun).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    _ADV,
    _DETERMINERS,
    _POST_SPEECH_VERB_RE,
    DOCUMENT_NOUNS,
    POST_REPORTING_VERBS,
    REPORTING_VERBS,
    post_cue_match,
)

#: the prepositions that open a post-modifier of a document
_PREPOSITIONS = r"in|on|by|from|at|of|for|with|about"


@lru_cache(maxsize=1)
def _voices() -> frozenset[str]:
    """Nouns of a recorded voice (``recorded_voice_nouns.txt``)."""
    return frozenset(load_words("recorded_voice_nouns.txt"))


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Heads of a written or recorded source (documents and narration voices)."""
    return DOCUMENT_NOUNS | _voices()


_MODIFIED_DOC_RX = lazy_compile(
    rf"^[\s,—–-]*(?P<np>{_DETERMINERS}(?:\s+[a-z][\w\-]*){{1,4}}?)"
    rf"(?P<mod>\s+(?:[a-z]+ed|{_PREPOSITIONS})(?:\s+[\w’'\-]+){{0,4}}?)?"
    rf"\s+(?:{_ADV}\s+)?(?P<verb>{_POST_SPEECH_VERB_RE})\b(?!\s*:)")


def modified_document_post_cue(post: str) -> re.Match | None:
    """The post-cue match (groups ``np``, the source up to its head, and ``verb``) of a written
    or recorded source with a post-modifier right after the quotation, or None (see the module
    docstring). ``post`` is the text after the closing mark."""
    m = post_cue_match(_MODIFIED_DOC_RX, post)
    if m is None or m.group("np").split()[-1].lower() not in _heads():
        return None
    if m.group("mod") is None:  # "…," a voice-over says: a recorded voice needs no modifier
        return m if m.group("np").split()[-1].lower() in _voices() else None
    mod = m.group("mod").split()
    if any(w.lower() in REPORTING_VERBS or w.lower() in POST_REPORTING_VERBS for w in mod):
        return None  # "the report by the panel said it found …": the verb ends the phrase
    return m
