"""The row a cue fills (:class:`QuoteRow`) and what every cue path shares: masking the
quotations of a paragraph, sentence starts, the speaker NP patterns, reporting-verb look-up
and :func:`_set_np` (the speaker NP of a match, a name in apposition preferred). Split from
``cues.py`` in round 19 so that each file keeps one job and under 800 lines."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.quotation_marks import QuoteSpan, markup_tags
from helpers.core.text import count_words
from helpers.instruments.quotes.lexicon import (
    _DETERMINERS,
    _NAME,
    _NOT_NAME,
    _PRON,
    _TITLED_NAME,
    ALL_VERBS,
    DOCUMENT_NOUNS,
    _alt,
    is_person_noun,
)
from helpers.instruments.quotes.mentions import (
    _DESC,
    _POSS_DET,
    desc_head,
)
from helpers.instruments.quotes.openings import fronted_word
from helpers.instruments.quotes.phrases import (
    np_kind,
)


@dataclass
class QuoteRow:
    span: QuoteSpan
    block_id: int
    paragraph_index: int
    kind: str = "term"
    speaker: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_type: str = "none"
    speaker_mention: str = ""
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    continuation: bool = False
    attribution: str = ""  # "" until a rule fires; reported as "none"
    np: str = ""  # raw speaker NP text (before resolution)
    np_start: int | None = None
    np_end: int | None = None
    post_cue_end: int = -1  # end of the post-cue text after the closer (for split quotes)
    n_words: int = -1  # words of the span's text once counted (by the finish pass), else -1
    anonymous: bool = False  # attributed to an unnamed source ("I am told")
    #: why the learned chooser must leave the row's speaker to the rules, "" when it may
    #: re-choose: "vocative", "qa-turn" (a whole-article pass set the speaker, on evidence the
    #: chooser's features do not see), "label" (a transcript or digest label ``X: "…"`` names
    #: the speaker outright)
    rules_only: str = ""


def _mask(text: str, lo: int, hi: int, spans: list[QuoteSpan]) -> str:
    """``text[lo:hi]`` with every top-level quotation (marks included) replaced by ``\\x01``."""
    if text.find("<", lo, hi) < 0 and all(s.level for s in spans):
        return text[lo:hi]  # nothing to mask (no quotation, no markup): the slice (speed)
    chars = list(text[lo:hi])
    for s in spans:
        if s.level:
            continue
        a = s.open_pos
        b = (s.close_pos + 1) if s.close_pos >= 0 else s.end
        i, j = max(a, lo) - lo, min(b, hi) - lo
        if i < j:  # one slice assignment, not one per character (speed)
            chars[i:j] = "\x01" * (j - i)
    for a, b in markup_tags(text, lo, hi):  # ``<tweet author="@x">``: page markup, no words
        chars[a - lo:b - lo] = " " * (b - a)
    return "".join(chars)


#: a sentence end; the full stop of a title before a name (``Mrs. Clinton``, ``Sen. X``) is not one.
#: (Round 21: the end mark is read first, ``[.!?;]``, then which of the two kinds it is, so
#: that the engine skips to the marks instead of trying both kinds at every character; the
#: same matches as ``[.!?](?<!…)…|[;]\s+``.)
_SENT_END_RE = lazy_compile(
    r"[.!?;](?:(?<=[.!?])"
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)"
    r"(?<!\bGen\.)(?<!\bSt\.)(?<!\bLt\.)(?<!\bRev\.)(?<!\bProf\.)"
    r"(?:[\"”’')\]]*)\s+(?=[\x01\"“‘'(\[]?[A-Z0-9\x01])|(?<=;)\s+)")


#: a capitalised given name and a capital initial before a full stop (``Paul D.`` of
#: ``Paul D. Ryan``)
_INITIAL_BEFORE_RE = lazy_compile(r"(?<![\w’'.])[A-Z][a-z]+\s+[A-Z]$")
_SURNAME_AFTER_RE = lazy_compile(r"\s+[A-Z][a-z]")


def _is_middle_initial(narr: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes a middle initial: a capital letter right
    after a capitalised word, a capitalised word right after (``Paul D. Ryan``)."""
    return bool(_INITIAL_BEFORE_RE.search(narr, max(0, dot - 30), dot)) and \
        bool(_SURNAME_AFTER_RE.match(narr, dot + 1))


@lru_cache(maxsize=8)
def _sentence_ends(narr: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of every sentence-end match in ``narr``, scanned once per narration;
    the full stop of a middle initial (``Paul D. Ryan``) ends no sentence (round 30)."""
    found = [(m.start(), m.end()) for m in _SENT_END_RE.finditer(narr)
             if narr[m.start()] != "." or not _is_middle_initial(narr, m.start())]
    return tuple(a for a, _ in found), tuple(b for _, b in found)


def _clause_start(narr: str, pos: int, floor: int = 0) -> int:
    """Start of the narration sentence containing ``pos`` (quotes are masked).

    The sentence ends of a paragraph are found once (cached), so each call is a binary search
    rather than a scan from ``floor``: linear time on a long paragraph, not quadratic.
    """
    starts, ends = _sentence_ends(narr)
    i = bisect.bisect_left(starts, floor)
    if i and ends[i - 1] > floor:  # a match straddles floor: scan from floor as before
        best = floor
        for m in _SENT_END_RE.finditer(narr, floor):
            if m.end() > pos:
                break
            if narr[m.start()] != "." or not _is_middle_initial(narr, m.start()):
                best = m.end()
        return best
    j = bisect.bisect_right(ends, pos) - 1  # ends are increasing: last end <= pos
    return ends[j] if j >= i else floor


#: a masked quotation (a run of ``\x01``) and the space after it, before a capital or another
#: quotation: where a sentence ends if the quoted words end with a full stop
#: (written to open with its ``\x01``, the look-behind after it: the same matches as
#: ``(?<!\x01)\x01+…``, but the engine jumps from one ``\x01`` to the next instead of trying the
#: look-behind at every character; speed, issue 13 round 3)
_MASKED_RUN_RE = lazy_compile(
    r"\x01(?<!\x01\x01)\x01*(?P<gap>\s+)(?=[\x01\"“‘'(\[]?[A-Z0-9\x01])")
_QUOTE_CLOSERS = "\"”’')]"


def _quoted_sentence_start(text: str, narr: str, lo: int, pos: int) -> int:
    """The narration offset after the last quotation before ``pos`` that closes its sentence
    inside its marks (``She called the plan "dead." Later, X said …``), 0 when none.

    Why (round 32): the quotation is masked in the narration, so its full stop is not seen
    and :func:`_clause_start` ran on into the sentence before it: a later quotation took
    that sentence's reporting verb and subject. ``text``: the source text the narration
    ``narr`` masks, from offset ``lo``.

    Speed (throughput round 12; ~8,000 calls a benchmark quarter): the runs are read up to
    ``pos + 2`` only, not to the narration's end. Same runs: a run ending by ``pos`` reads at
    most two characters after it (its look-ahead), and a cut run cannot end by ``pos`` (its
    white space, cut at ``pos + 2``, is followed by no character the look-ahead accepts)."""
    best = 0
    for m in _MASKED_RUN_RE.finditer(narr, 0, pos + 2):
        if m.end() > pos:
            break
        quoted = text[lo + m.start():lo + m.start("gap")].rstrip(_QUOTE_CLOSERS + " ")
        if quoted.endswith(".") and not quoted.endswith("..."):
            best = m.end()
    return best


def _is_sentence_like(inner: str) -> bool:
    words = count_words(inner)
    if words >= 6:
        return True
    if words >= 3 and re.search(r"[.!?…]$", inner.strip()) and inner.strip()[0].isupper():
        return True
    return False

#: a speaker phrase (a description, a titled name or a pronoun) as the named group ``np``
NP_RE = rf"(?P<np>{_DESC}|{_TITLED_NAME}|{_PRON})"
#: the old private name, kept for the modules that import it
_NP_RE = NP_RE
#: a written source as a subject (``the staff letter noted``, ``The report said``): a
#: determiner, up to three lower-case modifiers and a document noun (round 16: before, only
#: the post-cue ``"…," the report said`` and the parenthetical rule knew these)
#: (round 53: also after the possessive pronoun ``its``, ``Its editorial called``, which is no
#: determiner elsewhere: :func:`.phrases.its_document`)
_DOC_DESC = (rf"(?:{_DETERMINERS}|(?<![\w’'])[Ii]ts)(?:\s+[a-z][\w\-]*){{0,3}}?"
             rf"\s+(?:{_alt(DOCUMENT_NOUNS)})(?![\w’'\-])")
#: a written source whose determiner is a possessive name (``Hale's letter``, ``Hale's campaign
#: email``), read only where it opens the clause as its subject (round 41: the document is the
#: source, not its possessor, as ``according to Hale's memoir`` reads since round 37)
_POSS_DOC_DESC = (rf"{_POSS_DET}(?:\s+[a-z][\w\-]*){{0,3}}?"
                  rf"\s+(?:{_alt(DOCUMENT_NOUNS)})(?![\w’'\-])")
#: a short bracket after the subject (``Gov. Ann Lowe (R-Kan.) said``, a party label or an
#: age): skipped when the reporting verb's subject is looked for (round 16)
_PAREN = r"(?P<paren>\s*\([^()\x01]{1,30}\))?"

#: lower-case words; a reporting verb is found by a set look-up (much faster than a regex
#: alternation of all inflected forms)
_LOWER_WORD_RE = lazy_compile(r"(?<![\w’'\-])(?P<verb>[a-z]+)(?![\w’'\-])")


#: the phrasal reporting verbs (``shot back``, ``pointed out``; round 18), which the one-word
#: look-up of :func:`_verbs_in` cannot see
_PHRASAL_RX = lazy_compile(rf"(?<![\w’'])(?:{_alt(v for v in ALL_VERBS if ' ' in v)})(?![\w’'])")


#: the one-word reporting and framing verbs as whole lower-case words: the matches of
#: :data:`_LOWER_WORD_RE` whose word is a key of ``ALL_VERBS`` (speed, issue 13 round 3: with
#: the verbs as a prefix tree, :func:`.lexicon._alt`, one scan is about 1.7 times faster than
#: every lower-case word found and looked up)
_VERB_WORD_RE = lazy_compile(
    rf"(?<![\w’'\-])(?P<verb>{_alt(v for v in ALL_VERBS if re.fullmatch('[a-z]+', v))})"
    rf"(?![\w’'\-])")


def _verbs_in(text: str, pos: int = 0) -> list[re.Match]:
    """Matches of reporting/framing verbs in ``text[pos:]`` (group ``verb``)."""
    return list(_VERB_WORD_RE.finditer(text, pos))


#: capitalised words + ``of``/``for`` right before a name: an organisation's name continues
#: leftwards (``Royal College of Nursing``, ``Department for Education``)
_OF_NAME_LEFT_RX = lazy_compile(
    r"(?<![\w’'])(?:The\s+)?(?P<lead>(?:[A-Z][\w’'\-]+\s+){1,4}(?:of|for)\s+(?:the\s+)?)$")
_APPOSITIVE_NAME_RE = lazy_compile(rf"^{_TITLED_NAME}$")
#: an apposition that is a lower-case role and a name (``the former paratrooper Dean Marsh``;
#: no function word: ``the party of Ann Lowe`` is no role)
_ROLE_THEN_NAME_RE = lazy_compile(
    r"^(?:the|a|an)\s+(?:(?!(?:of|for|in|at|with|from|by|and|to|on|who|whose)\s)[a-z][\w\-]*\s+)"
    r"{0,3}(?!(?:of|for|in|at|with|from|by|and|to|on|who|whose)\s)(?P<role>[a-z][\w\-]*)\s+"
    r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})$")


#: a name right before a description in apposition to it, after an optional party label or
#: age in brackets (``Gov. Ann Lowe (R), a staunch ally``, round 30)
_NAME_BEFORE_APPOS_RE = lazy_compile(rf"(?P<name>{_NAME})(?:\s*\([^()\x01]{{1,30}}\))?,\s*$")


def _set_np(row: QuoteRow, m: re.Match, base: int) -> None:
    """Speaker NP of a cue match; a description in apposition to a name gives the name
    (``the developer's spokesman, Paul Grant, said``; ``Tom Watson, the deputy leader, …``)."""
    np_text, s, e = m.group("np"), base + m.start("np"), base + m.end("np")
    if np_kind(np_text) == "named":
        left = _OF_NAME_LEFT_RX.search(m.string, max(0, m.start("np") - 80), m.start("np"))
        if left:  # "The Royal College of Nursing said": the whole name, not "Nursing"
            s = base + left.start("lead")
            np_text = m.string[left.start("lead"):m.end("np")]
    if np_kind(np_text) in ("description", "group") and \
            desc_head(np_text) not in DOCUMENT_NOUNS:  # "As for Kim, the letter noted"
        before = m.string[max(0, m.start("np") - 60):m.start("np")]
        nb = _NAME_BEFORE_APPOS_RE.search(before)
        lead = len(m.string[:m.start("np")]) - len(before)
        if nb and nb.group("name").split()[0] not in _NOT_NAME and \
                not fronted_word(m.string, lead + nb.start("name"), lead + nb.end("name"),
                                 m.end("np")) and \
                not re.fullmatch(r"[A-Z]{2,}s", nb.group("name")):  # "MPs, a process …"
            name = nb.group("name")
            s = base + m.start("np") - len(before) + nb.start("name")
            np_text, e = name, s + len(name)
            row.np, row.np_start, row.np_end = np_text, s, e
            return
    app = m.groupdict().get("app")
    role = _ROLE_THEN_NAME_RE.match(app.strip(", ")) if app else None
    if role and role.group("name").split()[0] not in _NOT_NAME and \
            is_person_noun(desc_head(np_text).lower()):
        # "Reform's candidate, the former paratrooper Dean Marsh, told": a description (also
        # one opening on a possessive name) and a role with the name in apposition: the name
        # (round 50)
        s = base + m.start("app") + app.index(role.group("name"))
        np_text, e = role.group("name"), s + len(role.group("name"))
    elif app and np_kind(np_text) in ("description", "group"):
        inner = app.strip(", ")
        if _APPOSITIVE_NAME_RE.match(inner) and inner.split()[0] not in _NOT_NAME:
            s = base + m.start("app") + app.index(inner)
            np_text, e = inner, s + len(inner)
    row.np, row.np_start, row.np_end = np_text, s, e
