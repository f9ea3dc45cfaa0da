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

from helpers.instruments.quotes.attribution import ArticleState, _attribute_np
from helpers.instruments.quotes.lexicon import _TITLED_NAME, ALL_VERBS
from helpers.instruments.quotes.mentions import _DESC
from helpers.instruments.quotes.paragraphs import narration_of
from helpers.instruments.quotes.quoterow import QuoteRow, _clause_start, _set_np
from helpers.instruments.quotes.sentcues import _main_clause_subject

#: subjects that name no party (an expletive or a thing): left to the other context rules
_NO_PARTY = frozenset({"it", "there", "this", "that", "these", "those"})

#: an abbreviation's full stop (``the U.S. Embassy``) that the sentence finder took for an end
_ABBREV_END_RE = re.compile(r"(?:\b[A-Z]\.)+\s*$|\b(?:St|Mt|Ft|Jr|Sr|Dr|Mr|Mrs|Ms)\.\s*$")
#: a label that names the source right before a colon (``… - Pew Research: "…"``): left to
#: the context rules, which read it
_DASH_LABEL_RE = re.compile(r"[-\u2013\u2014]\s*[A-Z][^\s:]*(?:\s+[A-Z][^\s:]*){0,4}:\s*$")
#: a relay in the sentence (``according to the poll``): its source, not the subject, speaks
_RELAY_RE = re.compile(r"(?i)\baccording\s+to\b")

#: the fewest words of narration before the quotation in its sentence
_MIN_WORDS_BEFORE = 3


def sentence_subject_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """Give the cue-less top-level ``row`` the main-clause subject of the narration sentence it
    stands in, resolved as a cue's subject is (a pronoun to its antecedent, a description to
    the person it names). Returns False, leaving ``row`` as it was, when the quotation opens its
    sentence, when no subject is found, or when the subject resolves to no speaker."""
    found = narration_of(art.paragraph_mentions, pi)
    if found is None:
        return False
    lo, narr = found
    open_at = row.span.open_pos - lo
    if not 0 < open_at <= len(narr):
        return False
    cs = _clause_start(narr, open_at, 0)
    before = narr[cs:open_at]
    if len(before.split()) < _MIN_WORDS_BEFORE or "\x01" in before or \
            _ABBREV_END_RE.search(narr, 0, cs) or _DASH_LABEL_RE.search(before) or \
            _RELAY_RE.search(before):
        # another quotation of the sentence comes first (its cue governs this one too), the
        # sentence start is unsure, or the sentence names its source in another way
        return False
    subj = _main_clause_subject(before)
    if subj is None:
        return False
    np_text = subj.group("np").strip()
    if _names_no_party(np_text) or _lone_sentence_word(np_text, subj.start("np"), before, art.text):
        return False
    return _speaker_from(row, subj, lo + cs, art, pi, interview)


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
_INVERTED_COLON_RE = re.compile(
    rf"^(?P<verb>[A-Z][a-z]+)\s+(?P<np>{_TITLED_NAME}|{_DESC})\s*:\s*$")
#: a cue in an ``as`` clause of the colon sentence: ``as X observed, the winner was …:``
_AS_CUE_RE = re.compile(
    rf"(?:^|[,;]\s*|\b)[Aa]s\s+(?P<np>{_TITLED_NAME}|{_DESC})\s+(?:(?:has|had)\s+)?"
    rf"(?P<verb>[a-z]+)\b")


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
        m = _main_clause_subject(sentence[:-1])
        if m is None or _lone_sentence_word(m.group("np").strip(), m.start("np"),
                                            sentence, art.text):
            return False
    if _names_no_party(m.group("np").strip()):
        return False
    return _speaker_from(row, m, plo + cs, art, pi, interview)


def _speaker_from(row: QuoteRow, m: re.Match, base: int, art: ArticleState, pi: int,
                  interview: bool) -> bool:
    """Resolve the noun phrase ``m`` (offsets from ``base``) as ``row``'s cue subject would be
    and keep it when it gives a speaker (a resolved pronoun counts as named); otherwise put
    ``row`` back as it was and return False. Shared by the two readers of this module."""
    saved = (row.np, row.np_start, row.np_end, row.speaker, row.speaker_type,
             row.speaker_start, row.speaker_end, row.speaker_mention)
    _set_np(row, m, base)
    _attribute_np(row, art, pi, interview)
    if not row.speaker:
        (row.np, row.np_start, row.np_end, row.speaker, row.speaker_type,
         row.speaker_start, row.speaker_end, row.speaker_mention) = saved
        return False
    if row.speaker_type == "pronoun-resolved":
        row.speaker_type = "named"
    return True
