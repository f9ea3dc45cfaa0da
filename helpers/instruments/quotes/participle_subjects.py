"""Speakers that a participle phrase hides from the cue readers.

Two shapes, both of the cue before the quotation (round 56, train C: the right speaker was
never offered):

- a subject post-modified by a participle phrase that names the listener: ``Another council
  source speaking to the Gazette said, "…"`` — the cue readers took the name nearest the verb,
  the listener inside the modifier (``the Gazette``); the speaker is the person head before
  the participle (:func:`modified_subject`);
- a participle of saying after a relative clause of place or event: ``Varga spoke near the
  ferry office, where about 40 protesters had gathered, chanting "…"`` — the participle goes
  with the relative clause's subject, not with the main clause's (:func:`relative_participle`).
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import is_person_noun
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.subjects import row_window_sentence_start

#: the start of the sentence: a sentence end or a paragraph break before it
#: a subject opening its sentence, then a participle phrase up to the listener the readers took
#: (``Another council source speaking to`` + ``the Gazette``)
_MODIFIED_RX = lazy_compile(
    r"(?P<np>(?:[Aa]nother|[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?P<head>[a-z][\w\-]*))\s+(?:speaking|talking|writing)\s+(?:to|with)\s+(?:the\s+)?$")
#: a relative clause of place or event, its subject and a finite verb (``where about 40
#: protesters had gathered``), up to the participle's comma
_RELATIVE_RX = lazy_compile(
    r"(?:,\s+|\s)(?:where|in\s+which|at\s+which|during\s+which)\s+"
    r"(?:(?:about|some|nearly|almost|roughly)\s+)?"
    r"(?P<np>(?:(?:the|\d[\d,]*|several|many|dozens\s+of|hundreds\s+of)\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?P<head>[a-z][\w\-]*))"
    r"\s+(?:(?:had|have|has|were|was)\s+)?[a-z]+[^,;:.!?\"“”]{0,80},\s*$")


#: collective nouns of people (``about 40 police``) that head a relative clause's subject
_COLLECTIVE = frozenset(load_words("collective_person_nouns.txt"))


def _cued_before(row: QuoteRow) -> bool:
    """Whether ``row`` has a cue before its quotation and a speaker phrase with offsets."""
    return row.attribution in ("pre-cue", "sentence-cue") and row.np_start is not None and \
        row.cue_start is not None and bool(row.np) and row.cue_start <= row.span.open_pos


def modified_subject(row: QuoteRow, text: str, starts: dict[int, int] | None = None) -> bool:
    """``Another council source speaking to the Gazette said``: the person head before the
    participle speaks, not the listener the readers took; True when the row changed.
    ``starts``: the row's memo of sentence starts (:func:`.subjects.row_window_sentence_start`)."""
    if not _cued_before(row) or row.np_start is None:
        return False
    start = row_window_sentence_start(text, row.np_start, starts)
    m = _MODIFIED_RX.fullmatch(text, start, row.np_start)
    if m is None or not is_person_noun(m.group("head")):
        return False
    row.np, row.np_start, row.np_end = m.group("np"), m.start("np"), m.end("np")
    return True


def relative_participle(row: QuoteRow, text: str, starts: dict[int, int] | None = None
                        ) -> bool:
    """``…, where about 40 protesters had gathered, chanting "…"``: a participle cue right
    after a relative clause of place or event takes that clause's subject when its head is a
    person noun or a collective noun of people (``collective_person_nouns.txt``, round 57);
    True when the row changed. ``starts``: as :func:`modified_subject`'s."""
    if not _cued_before(row) or row.cue_start is None or row.cue_end is None:
        return False
    if not text[row.cue_start:row.cue_end].endswith("ing"):
        return False
    start = row_window_sentence_start(text, row.cue_start, starts)
    found = list(_RELATIVE_RX.finditer(text, start, row.cue_start))
    m = found[-1] if found else None  # the last relative clause before the participle
    if m is None or m.end() != row.cue_start or not (
            is_person_noun(m.group("head")) or m.group("head") in _COLLECTIVE):
        return False  # (a collective noun of people too: "about 40 police"; round 57)
    row.np, row.np_start, row.np_end = m.group("np"), m.start("np"), m.end("np")
    return True
