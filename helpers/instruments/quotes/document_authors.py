"""The author of a document speaker: ``speaker_author`` (round 52, issue 13).

PolNeAR's annotators mark a written source itself as the Source (``the memo notes``), the
project's guideline ("Written sources", ``data/annotations/guidelines/quotes.md``) its author
(the ministry whose memo it is). The instrument keeps the document as ``speaker`` and adds, in
``speaker_author``, the author the text names for it, so a scorer may accept either. The author
is read off the document mention itself or, for a mention that names none (``The memo, marked
for limited circulation, notes``), off the latest earlier mention of the same document noun
that does:

* a possessive: ``the council's report`` -> ``the council``;
* a capitalised noun modifier: ``the Treasury memo`` -> ``the Treasury``;
* ``by`` / ``from`` after the noun: ``a memo from the foreign ministry`` -> ``the foreign
  ministry``; also after a participle of authorship and up to three words
  (``data/lexicons/authorship_participles.txt``: ``a report published this morning by the
  Kingsmead Institute`` -> ``the Kingsmead Institute``; round 61); a comma before ``from``
  is read through and a possessive does not end the phrase (``The letter, from the council's
  auditor,`` -> ``the council's auditor``; round 67);
* an issuing verb (``data/lexicons/document_issue_verbs.txt``) with the document as object:
  ``40 MPs signed a letter`` -> ``40 MPs``.

A definite mention (``the report``) that no earlier mention of its noun gives an author takes
the subject of the latest issuing verb with an object in its paragraph or the one before
(``This week the council published its annual survey … the report concludes`` -> ``the
council``; a leading time phrase is dropped from the subject).

Time words and platforms (``last week's report``, ``the March paper``, ``a Facebook post``:
``data/lexicons/document_non_authors.txt``) and nationality adjectives (``an Egyptian
textbook``) are never authors; a document noun written with a capital is part of a name (``The
Washington Post``), whose words are no author either. Empty when none is found.
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.cue_subjects import ISSUE_VERBS
from helpers.instruments.quotes.in_document_authors import in_phrase_author
from helpers.instruments.quotes.lexicon import DOCUMENT_NOUNS

_TIME_WORDS = frozenset(w.lower() for w in load_words("document_non_authors.txt"))
_AUTHORSHIP_ALT = "|".join(sorted((re.escape(w.lower()).replace(r"\ ", r"\s+")
                                   for w in load_words("authorship_participles.txt")),
                                  key=len, reverse=True))
#: a comma before a participle of authorship (``The paper, prepared by officials``): the
#: participle phrase is read as if the comma were not there
_AUTHORSHIP_COMMA_RX = lazy_compile(rf",(?=\s+(?:{_AUTHORSHIP_ALT}|from)\b)")
_PROPER_ADJECTIVES = frozenset(w.lower() for w in load_words("proper_adjectives.txt"))
_ISSUE_ALT = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in ISSUE_VERBS),
                             key=len, reverse=True))
_DOC_ALT = "|".join(sorted(map(re.escape, DOCUMENT_NOUNS), key=len, reverse=True))
#: a document noun as a whole word (singular or plural), any case at its first letter
_DOC_RX = lazy_compile(rf"(?<![\w’'-])(?i:{_DOC_ALT})s?(?![\w’'-])")
_WORD = r"[A-Za-z][\w&.-]*"
#: ``X's`` (``X``: ``the`` + words, or capitalised words) and up to two modifiers ending the
#: text before the noun (``the club's Facebook post``)
_POSSESSIVE_RX = lazy_compile(
    rf"(?P<who>(?:\b[Tt]he\s+(?:{_WORD}\s+){{0,4}}{_WORD})|(?:\b[A-Z][\w&.-]*\s+){{0,4}}"
    rf"\b[A-Z][\w&.-]*)['’]s\s+(?:[\w-]+\s+){{0,2}}$")
#: the capitalised-run possessor alone (``… where Cole's letter`` -> ``Cole``)
_CAP_POSSESSIVE_RX = lazy_compile(
    r"(?<![\w’'-])(?P<who>(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)['’]s\s+(?:[\w-]+\s+){0,2}$")
#: words of a clause (a verb, a relative or a conjunction) that no possessor phrase holds
_CLAUSE_WORDS = frozenset("is was are were be been has have had where when which who that "
                          "and but if as because while".split())
#: a determiner, optional lower-case modifiers, capitalised words, ending the text before the
#: noun (``the new Treasury ``, ``a Home Office ``)
_MODIFIER_RX = lazy_compile(
    r"(?<![\w’'-])(?:the|a|an|this|that|The|A|An|This|That)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<who>(?:[A-Z][\w&.-]*\s+){1,4})$")
#: ``by`` / ``from`` + a noun phrase opened by a determiner, a number or a capital; ``by`` may
#: follow a participle of authorship and up to three words (``, published this morning by``)
_AGENT_RX = lazy_compile(
    rf"^(?:\s+(?:{_AUTHORSHIP_ALT})(?:\s+[\w’'-]+){{0,3}}?(?=\s+by\s))?"
    r"\s+(?:by|from)\s+(?P<who>(?:the\s+|an?\s+|\d[\d,]*\s+)?(?:[A-Za-z][\w&.’'-]*"
    r"(?:\s+|$)){1,6})")
#: an issuing verb, an optional article or possessive and up to two modifiers ending the text
#: before the noun; the subject is the clause's words before the verb
_ISSUED_RX = lazy_compile(
    rf"(?<![\w’'])(?P<verb>(?:has\s+|have\s+|had\s+)?(?:{_ISSUE_ALT}))\s+"
    r"(?:(?:a|an|the|its|his|her|their|this|that)\s+)?(?:[\w-]+\s+){0,2}$")
#: words that end an agent phrase (``a memo from the ministry, dated …``, ``by X on Monday``)
_AGENT_STOP = frozenset("that which who whose to on in at with dated seen marked last this "
                        "and but as after before since when while".split())
#: the end of a ``by`` / ``from`` phrase: punctuation, but not an initial's period
#: (``a note from Ada J. Brell``)
_AGENT_END_RX = lazy_compile(r"(?<!\b[A-Z])\.|[,;:()“”\"‘!?–—]")
#: a clause boundary before the subject of an issuing verb
#: (an initial's period is none: ``Ada J. Brell wrote``)
_CLAUSE_RX = lazy_compile(r"(?:(?:(?<!\b[A-Z])\.|[;:!?,–—])\s+|^)(?=(?:[^.;:!?,–—]|\b[A-Z]\.)*$)")
_DETERMINERS = frozenset("the a an".split())
#: a sentence end before a document noun: a stop, ``!`` or ``?`` (not an initial's period)
#: and a space, or a line break
_SENTENCE_END_RX = lazy_compile(r"(?:(?<!\b[A-Z])[.!?][”’\"']?\s+|\n)")
#: words before a time word in a possessor (``last week's``, ``this year's``)
_TIME_LEADS = frozenset("the a an last this next that every".split())


def _clean(who: str) -> str:
    """``who`` without edge spaces, a possessive's article kept; "" for a time word or a
    platform alone (``last week``, ``Thursday``, ``Facebook``; ``Theresa May`` is kept), a bare
    determiner or a sentence break."""
    who = " ".join(who.split())
    words = who.split()
    core = [w for w in words if w.lower() not in _TIME_LEADS]
    if not words or len(core) == 1 and core[0].lower() in _TIME_WORDS or \
            words[-1].lower() in _DETERMINERS or \
            re.search(r"[a-z]\.\s", who + " "):  # ``the Times. The``: a sentence break
        return ""
    return who


def _agent_after(text: str, end: int) -> str:
    """The ``by`` / ``from`` phrase right after a document noun ending at ``end``, cut at
    punctuation or at a word that opens a new phrase (``dated``, ``to``, ``on``).

    A lowercase ``-ed`` / ``-ing`` / ``-s`` word is read as the verb that ends the phrase
    (``a memo from the minister warns``), except (review 25a) right after a possessive, where
    it is the possessor's noun (``from the council's officers`` is not cut to the dangling
    ``the council's``), and an ``-s`` word inside a comma-delimited phrase, whose verb can
    only come after the closing comma (``The memo, from the national archives, warns`` is not
    cut to ``the national``)."""
    window = text[end:end + 120]
    in_commas = bool(_AUTHORSHIP_COMMA_RX.match(window))
    if in_commas:
        window = window[1:]
    line = _AGENT_END_RX.split(window, maxsplit=1)[0]
    m = _AGENT_RX.match(line)
    if not m:
        return ""
    kept: list[str] = []
    for w in m.group("who").split():
        possessor = bool(kept) and kept[-1].endswith(("'s", "’s"))
        verb_like = w.endswith(("ed", "ing")) or w.endswith("s") and not in_commas
        if kept and (w.lower() in _AGENT_STOP or verb_like and not possessor and
                     not w.endswith(("'s", "’s")) and
                     w[0].islower() and w.lower() not in ("affairs", "services", "sciences")):
            break
        kept.append(w)
    if kept and kept[0][0].islower() and kept[0].lower() not in _DETERMINERS:
        return ""
    return _clean(" ".join(kept))


def _issuer_before(text: str, start: int) -> str:
    """The subject of an issuing verb whose object is the document noun starting at
    ``start`` (``34 MPs published a letter``): the clause's words before the verb."""
    left = text[max(0, start - 200):start]
    m = _ISSUED_RX.search(left)
    return _subject_before(left, m.start()) if m else ""


def _subject_before(left: str, verb: int) -> str:
    """The subject of the verb at ``left[verb:]``: the clause's words before it, a leading
    time phrase dropped (``This week the council`` -> ``the council``); "" when they do not
    open with a determiner, a number or a capital, or run past ten words."""
    before = left[:verb]
    clause = _CLAUSE_RX.search(before)
    words = (before[clause.end():] if clause else before).split()
    cut = max((i + 1 for i, w in enumerate(words[:3]) if w.lower() in _TIME_WORDS), default=0)
    words = words[cut:]
    if not words or len(words) > 10 or words[0][0].islower() and \
            words[0].lower() not in _DETERMINERS:
        return ""
    return _clean(" ".join(words))


#: an issuing verb and its object, any noun (``published its annual assessment``)
_ISSUED_ANY_RX = lazy_compile(
    rf"(?<![\w’'])(?:(?:has|have|had)\s+)?(?:{_ISSUE_ALT})\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\b")


def _issuer_nearby(text: str, at: int) -> str:
    """For a definite document mention at ``at`` that no earlier mention gives an author
    (``the report concludes`` after ``the council published its annual assessment``): the
    subject of the latest issuing verb with an object in this paragraph or the one before."""
    para = text.rfind("\n", 0, at)
    prev = text.rfind("\n", 0, max(para, 0))
    while prev > 0 and not text[prev + 1:para].strip():  # blank lines between paragraphs
        prev = text.rfind("\n", 0, prev)
    lo = max(prev + 1, 0)
    found = list(_ISSUED_ANY_RX.finditer(text, lo, at))
    if not found:
        return ""
    verb = found[-1].start()
    return _subject_before(text[lo:verb], verb - lo)


def _author_at(text: str, start: int, end: int) -> str:
    """The author named at the document noun ``text[start:end]``, or "" (also for a noun
    written with a capital: ``The Washington Post`` is a name, not Washington's post)."""
    if text[start:start + 1].isupper():
        return ""
    left = text[max(0, start - 120):start]
    # the noun's own sentence: a possessor never reaches back past a sentence end
    # (``… the harbour board. Cole's letter`` -> ``Cole``; round 61)
    left = left[max((m.end() for m in _SENTENCE_END_RX.finditer(left)), default=0):]
    if m := _POSSESSIVE_RX.search(left):
        who = m.group("who")
        if _CLAUSE_WORDS & set(who.lower().split()[1:]):
            # ``the ferry is where Cole's letter``: the possessor is the capitalised run
            # after the clause's words, not a ``the`` phrase reaching over a verb (round 61)
            who = m2.group("who") if (m2 := _CAP_POSSESSIVE_RX.search(left)) else ""
        if who := _clean(who):
            return who
    if m := _MODIFIER_RX.search(left):
        who = _clean(m.group("who"))
        if who and not all(w.lower() in _PROPER_ADJECTIVES for w in who.split()):
            return who
    return _agent_after(text, end) or _issuer_before(text, start) or \
        in_phrase_author(text, start)


def _head(speaker: str) -> str:
    """The document noun of ``speaker`` (the first word that is one, plural folded), or ""."""
    for w in re.findall(r"[A-Za-z-]+", speaker):
        low = w.lower()
        for cand in (low, low[:-1] if low.endswith("s") else low):
            if cand in DOCUMENT_NOUNS:
                return cand
    return ""


def document_author(text: str, speaker: str, speaker_start: int | None,
                    speaker_end: int | None, before: int) -> str:
    """The author of document speaker ``speaker`` of a quotation starting at ``before``
    in article ``text`` (module docstring), or "".

    The mention is the speaker's offsets when they hold it, else its latest occurrence before
    the quotation (a resolved pronoun's offsets are the pronoun's). With no author at the
    mention, earlier mentions of the same noun are read, latest first."""
    head = _head(speaker)
    if not head:
        return ""
    # (the case folded: a sentence-initial ``The letter`` is kept as ``the letter``; round 67)
    at = speaker_start if speaker_start is not None and speaker_end is not None and \
        text[speaker_start:speaker_end].lower() == speaker.lower() else \
        text.rfind(speaker, 0, max(before, 0))
    if at < 0:
        at = before
    stop = at + len(speaker) if at != before else before
    nouns = [m for m in _DOC_RX.finditer(text, 0, stop) if _head(m.group()) == head]
    for m in reversed(nouns):
        if who := _author_at(text, m.start(), m.end()):
            return who
    if speaker.lower().startswith(("the ", "this ")):
        return _issuer_nearby(text, at)
    return ""
