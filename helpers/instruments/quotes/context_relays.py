"""``According to Y`` in the sentence of a quotation that has no cue of its own (issue 13,
round 42).

``According to a 2005 audit by two economists, the plan is "…"``, ``According to the Gazette,
one poster read, "…"``: the relay Y gives the reader the words, and PolNeAR annotates only the
outermost attribution (round 23), so Y is the quotation's Source. The cue readers take an
``according to`` phrase only in short shapes (six words, no verb of saying later in the
clause: :func:`.according.prepositional_cue`), and round 39's reader of the sentence's subject
leaves a sentence with a relay alone; such quotations fell to the context rule, which gave them
the speaker before or the paragraph's last person.
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.according import _relay_np
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.cueless import clause_before, speaker_from_np
from helpers.instruments.quotes.lexicon import _DETERMINERS, DOCUMENT_NOUNS
from helpers.instruments.quotes.mentions import desc_head
from helpers.instruments.quotes.quoterow import QuoteRow

#: ``according to`` and the relay's phrase up to the comma that closes it (a long phrase with
#: its post-modifier: ``a 2005 audit by two economists``), in the quotation's sentence
_RELAY_IN_SENTENCE_RE = lazy_compile(
    r"(?<![\w’'])(?P<cue>[Aa]ccording\s+to)\s+(?P<raw>[^,;:\x01\"“”]{1,100}?)\s*,")
#: a document with a determiner and its modifiers, before its post-modifier (``a 2005 audit``
#: of ``a 2005 audit by two economists``)
_DOCUMENT_HEAD_RE = lazy_compile(
    rf"{_DETERMINERS}(?:\s+[\w’'\-]+){{1,4}}?(?=\s+(?:by|from|of|for|at|in|on)\s|$)")


def _relay_phrase(raw: str) -> str | None:
    """The speaker phrase of the relay ``raw``: as the cue readers read it
    (:func:`.according._relay_np`), else a document with its determiner cut before its
    post-modifier (the cue readers refuse a phrase with a number: ``a 2005 audit``)."""
    np = _relay_np(raw)
    if np is not None:
        return np
    m = _DOCUMENT_HEAD_RE.match(raw)
    if m is None or desc_head(m.group(0)) not in DOCUMENT_NOUNS:
        return None
    return m.group(0)


def context_relay_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """Give the cue-less top-level ``row`` the relay of an ``according to Y,`` phrase that
    stands before it in its sentence, with ``according to`` as its cue. Returns False, leaving
    ``row`` as it was, when the sentence has no such phrase before the quotation, another
    quotation of the sentence comes first, or the relay names no speaker (a pronoun, a
    description that cannot speak)."""
    cl = clause_before(row, art, pi)
    if cl is None:
        return False
    before = cl.before
    if "ccording to" not in before or "\x01" in before:
        return False
    relays = list(_RELAY_IN_SENTENCE_RE.finditer(before))
    if not relays:
        return False
    m = relays[-1]  # the relay nearest the quotation
    np = _relay_phrase(m.group("raw"))
    if np is None or not m.group("raw").startswith(np):
        return False
    at = m.start("raw")
    phrase = re.compile(r"(?P<np>" + re.escape(np) + r")").match(before, at)
    if phrase is None or not speaker_from_np(row, phrase, cl.base, art, pi, interview):
        return False
    row.cue, row.cue_start, row.cue_end = ("according to", cl.base + m.start("cue"),
                                           cl.base + m.end("cue"))
    return True
