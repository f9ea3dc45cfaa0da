"""A document, a body or an outlet as the subject of the narration sentence that holds a
cue-less quotation (issue 13, round 42).

Round 39 gave such a quotation the subject of its sentence's main clause
(:func:`.continuations.sentence_subject_speaker`), but that reader takes the subject shapes of a
cue's speaker: a person, a description of one, a group, at the sentence start or after a short
introductory phrase. A written text or a named body as subject (``The lawsuit accuses the
mayor of running the port like "…"``, ``the Harbour Board of Lowmoor was firm in its
findings: "…"``), or a subject after a long introductory phrase or a dateline (``In what may
be the first sign of a thaw between the two camps, the harbour board is calling on …``), was
left to the context rule, which gave the quotation to the speaker before or the paragraph's
last person. PolNeAR gives it to the sentence's subject (round 42's count on PolNeAR train
A+B: 20 context and 7 continuation rows with a wrong speaker had a subject of this kind).

Not the reader of :mod:`.written` (the antecedent of ``it``, the latest document or
organisation subject of a paragraph); the two noun-phrase shapes differ on purpose and on
measure (tidy round 28: the two disagree on 905 of the 1,277 PolNeAR train sentences where
either answers; see :mod:`.written`).
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.cueless import speaker_from_np, subject_clause
from helpers.instruments.quotes.lexicon import DOCUMENT_NOUNS, ORG_NOUNS
from helpers.instruments.quotes.quoterow import QuoteRow

#: the subject opening a clause: a determiner or a name's possessive, up to four modifiers and
#: a lower-case head; or ``the`` and capitalised words (a named body: ``the Harbour Board of
#: Lowmoor``); then an optional adverb and a finite verb
_SUBJECT_RE = lazy_compile(
    r"(?:(?:But|And|So|Yet|Now)\s+)?"
    r"(?P<np>(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[A-Z][\w\-]*[’']s?)"
    r"(?:\s+[\w’'\-]+){0,4}?\s+(?P<head>[a-z][a-z\-]+))"
    r"|(?:[Tt]he(?:\s+[A-Z][\w’'\-.&]*)+(?:\s+(?:of|for)(?:\s+[A-Z][\w’'\-.&]*)+)?))"
    r"\s+(?:(?:just|also|now|still|even|further|then|[a-z]+ly)\s+)?"
    r"(?P<verb>(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|does|did)"
    r"\b|[a-z]+(?:s|ed)\b)")

#: words that end in ``s``/``ed`` after a noun phrase but are no finite verb
_NOT_VERB = frozenset({"this", "his", "its", "us", "thus", "as", "red", "bed", "seed",
                       "speed", "feed", "creed", "whereas", "towards", "besides"})


def written_subject_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """Give the cue-less top-level ``row`` the subject of its narration sentence when that is
    a written text, a body or an outlet (a head of :data:`DOCUMENT_NOUNS` or :data:`ORG_NOUNS`,
    or ``the`` with capitalised words), found at the sentence start
    or after any introductory phrase ending in a comma. Returns False, leaving ``row`` as it
    was, otherwise (the same sentences as round 39's reader are left alone)."""
    cl = subject_clause(row, art, pi)
    if cl is None:
        return False
    m = _subject(cl.before)
    if m is None:
        return False
    return speaker_from_np(row, m, cl.base, art, pi, interview)


def _subject(before: str) -> re.Match | None:
    """The first written or body subject opening ``before`` or a clause after one of its
    commas (or a dash ending a dateline), or None."""
    starts = [0] + [k + 1 for k, ch in enumerate(before) if ch in ",\u2014"]
    for st in starts:
        while st < len(before) and before[st] in " \t\u00a0":
            st += 1
        m = _SUBJECT_RE.match(before, st)
        if m is None or m.group("verb") in _NOT_VERB:
            continue
        head = m.group("head")
        if head is None or head in DOCUMENT_NOUNS or head in ORG_NOUNS:
            return m
    return None
