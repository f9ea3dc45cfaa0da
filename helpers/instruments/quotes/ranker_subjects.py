"""The subject of a quotation's own sentence as a candidate speaker of the learned chooser
(issue 13, round 46).

A quotation with no cue of its own (``Many council members noted …: "…"``, ``Her office put
out a statement saying "…"``, ``Rule 12 reads: "…"``) is usually words of the party its
sentence is about: the main-clause subject, which may be a person, a group, a description, a
body or a document. The rules read such a subject with narrow readers
(:mod:`.continuations`, :mod:`.written_subjects`) that decide the speaker, so they take few
shapes; the chooser's candidates are the people of the window (:mod:`.mentions`) and the
Sources of :mod:`.source_mentions`, which list neither most descriptions of groups (``Many
council members``) nor documents. Round 46's count (PolNeAR train A–C): 18 of the 34 cue-less
pieces without a right candidate had the right speaker as that subject.

This reader only offers a candidate, which the chooser may take or leave, so it reads the
general shape of an English clause subject: a noun phrase with a determiner, a quantifier or a
possessive (``Several council members``, ``One long question``, ``Its hosts``), or capitalised
words (``Article 9``, ``Respondents``), at the sentence start or after an introductory phrase
ending in a comma, followed by a finite verb; the phrase is resolved as a cue's subject is
(:func:`.cueless.speaker_from_np`, on a copy of the row: the rules' row is never changed).

Why apart: :mod:`.ranker_candidates` decides which rows are offered whom; what this subject is
and how it is read is one job.
"""

from __future__ import annotations

import copy
import re

from helpers.core.lexicons import load_words
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.cueless import _ABBREV_END_RE, speaker_from_np
from helpers.instruments.quotes.lexicon import (
    _DETERMINERS,
    ALL_VERBS,
    DOCUMENT_NOUNS,
    PERSON_NOUNS,
)
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.paragraphs import narration_of
from helpers.instruments.quotes.quoterow import QuoteRow

#: a word of a noun phrase (letters, digits, hyphens, apostrophes, ``&``, a full stop inside)
_W = r"[\w’'\-&]+(?:\.[\w’'\-&]+)*"
#: a capitalised word or a number (``Article 9``, ``The Harbour Board``)
_CAPW = r"(?:[A-Z][\w’'\-&.]*|\d[\d,.]*)"
#: a possessive name as determiner (``Dana Roe's``, ``The board’s``)
_POSS = r"(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?:[’']s|(?<=s)[’'])"
#: a prepositional phrase after the head (``A note in the report``); up to four words
_PP = rf"(?:\s+(?:of|in|on|at|for|from|with|to|at)\s+{_W}(?:\s+{_W}){{0,3}}?)?"
#: a clause subject: determiner or possessive, up to five words, a lower-case head (or
#: capitalised words), a prepositional phrase, an apposition, an adverb; the verb after it is
#: found apart (:func:`clause_subject`)
_SUBJECT_RE = re.compile(
    rf"(?:(?:But|And|So|Yet|Now|Still)\s+)?"
    rf"(?P<np>(?:(?:{_DETERMINERS}|[Ii]ts|{_POSS})(?:\s+{_W}){{0,5}}?\s+[a-z][\w\-]*"
    rf"|{_CAPW}(?:\s+{_CAPW}){{0,4}}){_PP})"
    rf"(?:\s*,[^,\x01;]{{1,80}},)?(?:\s+(?:[a-z]+ly|also|just|still|even))?\s*")
#: a lower-case word: a possible verb after the subject
_WORD_RE = re.compile(r"(?<![\w’'\-])[a-z][a-z’']*(?![\w’'\-])")
#: the farthest a verb may stand from the subject's start (characters)
_MAX_SUBJECT = 160
#: finite verbs that do not end in ``-s``/``-ed`` (irregular pasts, auxiliaries)
_IRREGULAR = frozenset(load_words("irregular_past_verbs.txt"))
#: lower-case words in ``-s``/``-ed`` that are no verb after a noun phrase
_NON_VERBS = frozenset(load_words("non_verbs.txt")) | {
    "this", "his", "its", "us", "thus", "as", "whereas", "towards", "besides", "red", "bed"}
#: subjects that name no party (an expletive, a thing pointed at): never offered
_NO_PARTY = frozenset({"it", "there", "this", "that", "these", "those", "what", "which",
                       "who", "when", "where", "how", "why", "if", "as", "in", "on", "at",
                       "for", "after", "before", "but", "and", "so", "yet"})
#: capitalised sentence openers that are no subject alone (``Many reporters``: ``Many``)
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "one", "another", "some", "several", "two", "three", "many", "most",
    "other", "his", "her", "their", "our", "my", "its", "your", "all", "both", "few", "each",
    "every", "no", "we", "you", "they", "he", "she", "i"})
#: words that end no noun phrase
_TAIL_WORDS = _FUNCTION_WORDS | {"of", "in", "on", "at", "for", "from", "with", "to", "and", "or"}
#: a sentence end in narration (a full stop, ``!``, ``?``, then a capital or a quotation)
_SENT_END_RE = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘\x01]?[A-Z\x01\"“‘])")
#: introductory phrases ending in a comma that are tried for the subject after them
_MAX_COMMAS = 4
#: speaker types that describe a mention of their own kind (others count as ``named``)
_MENTION_KINDS = frozenset({"named", "description", "group", "organisation", "document"})


def is_finite_verb(word: str) -> bool:
    """Whether ``word`` (lower case) reads as a finite verb after a clause subject: a verb of
    saying or framing in any form, an irregular past or an auxiliary, or a word in ``-s`` /
    ``-ed`` that is not a known non-verb."""
    return word in ALL_VERBS or word in _IRREGULAR or (
        word.endswith(("s", "ed")) and word not in _NON_VERBS and len(word) > 3)


def sentence_start(narr: str, at: int) -> int:
    """Start in ``narr`` of the sentence holding position ``at``: after the last sentence
    end before it that is not an abbreviation's or an initial's full stop (``the U.S.``)."""
    start = 0
    for m in _SENT_END_RE.finditer(narr):
        if m.start() >= at:
            break
        if _ABBREV_END_RE.search(narr, 0, m.start() + 1) is None:
            start = min(m.end(), at)
    return start


def clause_subject(sentence: str) -> re.Match | None:
    """The subject of ``sentence`` (text before a quotation): the first noun phrase
    (:data:`_SUBJECT_RE`, the whole text up to the verb) followed by a finite verb
    (:func:`is_finite_verb`), at the sentence start or after one of its first commas; None
    when there is none or it names no party (``It``, ``There``, a lone determiner)."""
    starts = [0]
    comma = sentence.find(",")
    while comma >= 0 and len(starts) <= _MAX_COMMAS:
        starts.append(comma + 1)
        comma = sentence.find(",", comma + 1)
    for st in starts:
        while st < len(sentence) and sentence[st] in " \t\u00a0\"“‘":
            st += 1
        ws = list(_WORD_RE.finditer(sentence, st, min(len(sentence), st + _MAX_SUBJECT)))
        for i, w in enumerate(ws):
            nxt = ws[i + 1] if i + 1 < len(ws) else None
            if w.start() == st or not is_finite_verb(w.group()) or (
                    w.group() not in _IRREGULAR and nxt is not None and
                    is_finite_verb(nxt.group()) and not sentence[w.end():nxt.start()].strip()):
                # a noun in ``-s`` or a verb-like noun before the verb (``five questioners
                # ranged``, ``the report makes``): the verb is the next word
                continue
            m = _SUBJECT_RE.fullmatch(sentence, st, w.start())
            if m is None:
                continue
            words = m.group("np").split()
            if words[0].lower().strip("’'") in _NO_PARTY or words[-1].lower() in _TAIL_WORDS \
                    or (len(words) == 1 and words[0].lower() in _FUNCTION_WORDS):
                continue
            return m
    return None


def subject_sentence(row: QuoteRow, art: ArticleState, para: int) -> tuple[int, str] | None:
    """(offset in the article's text, text) of the narration sentence before ``row``'s opening
    mark, or, when the quotation opens its paragraph, of the last sentence of the paragraph
    before when that ends with a colon (``The rule reads:`` ¶ ``"…"``); None otherwise."""
    here = narration_of(art.paragraph_mentions, para)
    if here is None:
        return None
    lo, narr = here
    open_at = row.span.open_pos - lo
    if not 0 <= open_at <= len(narr):
        return None
    cs = sentence_start(narr, open_at)
    if narr[cs:open_at].strip():
        return lo + cs, narr[cs:open_at]
    if narr[:open_at].strip() or para < 1:
        return None
    prev = narration_of(art.paragraph_mentions, para - 1)
    if prev is None or not prev[1].rstrip().endswith(":"):
        return None
    tail = prev[1].rstrip()
    ps = sentence_start(tail, len(tail))
    return prev[0] + ps, tail[ps:]


def own_sentence_subject(row: QuoteRow, art: ArticleState, para: int, interview: bool,
                         cache: dict) -> tuple[str, str, Mention] | None:
    """(speaker, type, mention) of the main-clause subject of the narration sentence that
    holds ``row`` (in paragraph ``para``), or of the colon sentence that introduces it from
    the paragraph before (:func:`subject_sentence`, :func:`clause_subject`), resolved as a
    cue's subject is; None when there is none or it resolves to no speaker.

    A phrase whose head names no person is taken as written (:func:`_as_written`); another
    is resolved on a copy of the row reset to a cue-less quotation (:func:`_resolved`: the
    rules' speaker and cue do not steer it). The mention is made up from the subject's
    offsets and kept in the article's ``cache`` with the answer, so its ``id`` names no other
    mention while the article's memo of mention features lives."""
    key = ("own_subject", row.span.start, row.span.end)
    if key in cache:
        return cache[key]
    got = None
    found = subject_sentence(row, art, para)
    m = clause_subject(found[1]) if found is not None else None
    if found is not None and m is not None:
        got = _as_written(m, found[0], art, para) or _resolved(row, m, found[0], art, para,
                                                                interview)
    cache[key] = got
    return got


#: the prepositional phrase after a noun phrase's head
_PP_SPLIT_RE = re.compile(r"\s+(?:of|in|on|at|for|from|with|to)\s+")


def _mention(art: ArticleState, para: int, s: int, e: int, typ: str) -> Mention:
    """A made-up subject mention of ``text[s:e]`` (paragraph ``para`` or the one before)."""
    m_para = para - 1 if para < len(art.block_starts) and s < art.block_starts[para] else para
    return Mention(s, e, art.text[s:e], typ if typ in _MENTION_KINDS else "named", True,
                   para=m_para)


def _as_written(m: re.Match, base: int, art: ArticleState, para: int
                ) -> tuple[str, str, Mention] | None:
    """A subject with a determiner or a possessive whose head names no person (``a lone
    voice``, ``One long question from the floor``, ``A note in the file``): the phrase as
    written (a document head: type ``document``). Resolving it as a person's description
    joins it to some person of the article, who did not say the words; None for other
    subjects."""
    np_text = m.group("np").strip()
    words = np_text.split()
    if words[0].lower() not in _FUNCTION_WORDS and not re.search(r"[’']s?$", words[0]):
        return None
    head = _PP_SPLIT_RE.split(np_text)[0].split()[-1].lower()
    if head in PERSON_NOUNS or not head.isalpha():
        return None
    typ = "document" if head in DOCUMENT_NOUNS else "description"
    s = base + m.start("np")
    return np_text, typ, _mention(art, para, s, s + len(np_text), typ)


def _resolved(row: QuoteRow, m: re.Match, base: int, art: ArticleState, para: int,
              interview: bool) -> tuple[str, str, Mention] | None:
    """The subject resolved as a cue's subject is (:func:`.cueless.speaker_from_np`) on a copy
    of ``row`` reset to a cue-less quotation; a description keeps its prepositional phrase
    (``the head of the board``, not cut as a person's description is)."""
    probe = copy.copy(row)
    probe.speaker, probe.speaker_type, probe.speaker_mention = "", "none", ""
    probe.speaker_start = probe.speaker_end = None
    probe.cue, probe.cue_start, probe.attribution = "", None, "context"
    if not speaker_from_np(probe, m, base, art, para, interview) or \
            probe.speaker_start is None or probe.speaker_end is None:
        return None
    typ, speaker = probe.speaker_type, probe.speaker
    np_text = m.group("np").strip()
    if typ == "description" and np_text.lower().startswith(speaker.lower()):
        speaker = np_text
    return speaker, typ, _mention(art, para, probe.speaker_start, probe.speaker_end, typ)
