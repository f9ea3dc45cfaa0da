"""Speakers of quotations without a cue of their own, read from the sentence they stand in
(issue 13, round 39).

A quotation set inside a sentence of narration with no verb of saying next to it
(``The council voted for a motion which said the town "…"``, ``Her plan promises to "…"``,
``The board saw her as the "…"``) is words of the party that the sentence is about: the
subject of the sentence's main clause, which may be a person, a group or a document. Before
this, such a quotation took the speaker of the quotation before it, or the last person-subject
of its paragraph, which is often someone else.
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.cueless import speaker_from_np, subject_clause
from helpers.instruments.quotes.lexicon import _TITLED_NAME, ALL_VERBS, DOCUMENT_NOUNS
from helpers.instruments.quotes.mentions import _DESC
from helpers.instruments.quotes.paragraphs import narration_of
from helpers.instruments.quotes.quoterow import QuoteRow, _clause_start
from helpers.instruments.quotes.sentcues import main_clause_subject

#: subjects that name no party (an expletive or a thing): left to the other context rules
_NO_PARTY = frozenset({"it", "there", "this", "that", "these", "those"})


def sentence_subject_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """Give the cue-less top-level ``row`` the main-clause subject of the narration sentence it
    stands in, resolved as a cue's subject is (a pronoun to its antecedent, a description to
    the person it names). Returns False, leaving ``row`` as it was, when the quotation opens its
    sentence, when no subject is found, or when the subject resolves to no speaker."""
    cl = subject_clause(row, art, pi)
    if cl is None:
        return False
    before = cl.before
    subj = main_clause_subject(before)
    if subj is None:
        return False
    np_text = subj.group("np").strip()
    if _names_no_party(np_text) or _lone_sentence_word(np_text, subj.start("np"), before, art.text):
        return False
    return speaker_from_np(row, subj, cl.base, art, pi, interview)


def _names_no_party(np_text: str) -> bool:
    """Whether the subject ``np_text`` is an expletive or a thing (``it``, ``there's``)."""
    return re.split(r"[\u2019']", np_text)[0].lower() in _NO_PARTY


def _lone_sentence_word(np_text: str, at: int, before: str, text: str) -> bool:
    """A single capitalised word opening the sentence (``Good information can …``,
    ``Estimates of …``) that the article never writes with a capital inside a sentence: an
    ordinary word, not a name."""
    if " " in np_text or before[:at].strip() or not np_text[:1].isupper():
        return False
    return re.search(r"[a-z,;]\s+" + re.escape(np_text) + r"\b", text) is None


#: an inverted cue that is the whole colon sentence: ``Stated Stone:``, ``Added the mayor:``
_INVERTED_COLON_RE = lazy_compile(
    rf"^(?P<verb>[A-Z][a-z]+)\s+(?P<np>{_TITLED_NAME}|{_DESC})\s*:\s*$")
#: a cue in an ``as`` clause of the colon sentence: ``as X observed, the winner was …:``
_AS_CUE_RE = lazy_compile(
    rf"(?:^|[,;]\s*|\b)[Aa]s\s+(?P<np>{_TITLED_NAME}|{_DESC})\s+(?:(?:has|had)\s+)?"
    rf"(?P<verb>[a-z]+)\b")


#: a colon sentence that is only a written text's name (``Partial transcript as follows:``,
#: ``Full text below:``, ``The statement:``): no verb, so no subject for the reader below
_DOCUMENT_HEADING_RE = lazy_compile(
    r"^(?P<np>(?:[A-Z][\w\-]*\s+){0,2}(?!as\b)[\w\-]+)"
    r"(?:\s+(?:as\s+follows|follows|below))?\s*:\s*$")


def colon_intro_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """A cue-less quotation opening its paragraph right after a paragraph whose narration ends
    with a colon (``Stated Stone:``, ``As X observed, the winner was the stage itself:``,
    ``The Times confirmed it, reporting:``) is introduced by that sentence: its speaker is the
    name of an inverted or ``as`` cue there, else the sentence's main-clause subject. Returns
    False, leaving ``row`` as it was, otherwise."""
    if pi < 1:
        return False
    here = narration_of(art.paragraph_mentions, pi)
    prev = narration_of(art.paragraph_mentions, pi - 1)
    if here is None or prev is None:
        return False
    lo, narr = here
    if narr[:max(0, row.span.open_pos - lo)].strip():
        return False  # the quotation does not open its paragraph
    plo, pnarr = prev
    tail = pnarr.rstrip()
    if not tail.endswith(":") or "\x01" in tail[-300:]:
        return False
    cs = _clause_start(tail, len(tail), 0)
    sentence = tail[cs:]
    m = _INVERTED_COLON_RE.match(sentence)
    if m is None or m.group("verb").lower() not in ALL_VERBS:
        m = _AS_CUE_RE.search(sentence)
        if m is not None and m.group("verb").lower() not in ALL_VERBS:
            m = None
    if m is None:
        m = _DOCUMENT_HEADING_RE.match(sentence)
        if m is not None and m.group("np").split()[-1].lower() in DOCUMENT_NOUNS:
            # ``Partial transcript as follows:``: the text that follows speaks (round 44)
            row.speaker, row.speaker_type = m.group("np"), "description"
            row.speaker_start = plo + cs + m.start("np")
            row.speaker_end = plo + cs + m.end("np")
            return True
        m = main_clause_subject(sentence[:-1])
        if m is None or _lone_sentence_word(m.group("np").strip(), m.start("np"),
                                            sentence, art.text):
            return False
    if _names_no_party(m.group("np").strip()):
        return False
    return speaker_from_np(row, m, plo + cs, art, pi, interview)

