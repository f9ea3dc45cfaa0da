"""Cues: the reporting verb (or noun) and speaker noun phrase around one quotation span
(``"…," says X`` / ``X says: "…"`` / sentence cues), filling a :class:`QuoteRow`."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.core.text import count_words
from helpers.instruments.quotes.according import prepositional_cue
from helpers.instruments.quotes.clauses import (
    DATELINE,
    intro_participle,
    possessed_noun,
)
from helpers.instruments.quotes.coordinated import coordinated_post_cue
from helpers.instruments.quotes.lexicon import (
    _ADV,
    _ALL_VERB_RE,
    _DETERMINERS,
    _NAME,
    _NOT_NAME,
    _POST_SPEECH_VERB_RE,
    _PRON,
    _SPEECH_VERB_RE,
    _TITLED_NAME,
    ALL_VERBS,
    DOCUMENT_NOUNS,
    FRAMING_VERBS,
    PERSON_NOUNS,
    POST_REPORTING_VERBS,
    PRONOUNS,
    REPORTING_VERBS,
    _alt,
    is_person_noun,
    post_cue_match,
)
from helpers.instruments.quotes.marks import (
    QuoteSpan,
)
from helpers.instruments.quotes.mentions import (
    _DESC,
    _PERSON_NOUN_RE,
    _POSS_DET,
    _PREP_GUARD_RE,
    _SPEAKER_NOUN_RE,
    _desc_head,
    _description,
)
from helpers.instruments.quotes.phrases import (
    _np_is_verbish,
    _np_kind,
    _valid_np,
)
from helpers.instruments.quotes.postcues import (
    _APP,
    _post_cue_modified,
    _set_post,
    inverted_description,
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
    anonymous: bool = False  # attributed to an unnamed source ("I am told")


def _mask(text: str, lo: int, hi: int, spans: list[QuoteSpan]) -> str:
    """``text[lo:hi]`` with every top-level quotation (marks included) replaced by ``\\x01``."""
    chars = list(text[lo:hi])
    for s in spans:
        if s.level:
            continue
        a = s.open_pos
        b = (s.close_pos + 1) if s.close_pos >= 0 else s.end
        for k in range(max(a, lo) - lo, min(b, hi) - lo):
            chars[k] = "\x01"
    return "".join(chars)


#: a sentence end; the full stop of a title before a name (``Mrs. Clinton``, ``Sen. X``) is not one
_SENT_END_RE = re.compile(
    r"[.!?](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)"
    r"(?<!\bGen\.)(?<!\bSt\.)(?<!\bLt\.)(?<!\bRev\.)(?<!\bProf\.)"
    r"(?:[\"”’')\]]*)\s+(?=[\x01\"“‘'(\[]?[A-Z0-9\x01])|[;]\s+")


@lru_cache(maxsize=8)
def _sentence_ends(narr: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of every sentence-end match in ``narr``, scanned once per narration."""
    found = [(m.start(), m.end()) for m in _SENT_END_RE.finditer(narr)]
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
            best = m.end()
        return best
    j = bisect.bisect_right(ends, pos) - 1  # ends are increasing: last end <= pos
    return ends[j] if j >= i else floor


def _is_sentence_like(inner: str) -> bool:
    words = count_words(inner)
    if words >= 6:
        return True
    if words >= 3 and re.search(r"[.!?…]$", inner.strip()) and inner.strip()[0].isupper():
        return True
    return False


_NP_RE = rf"(?P<np>{_DESC}|{_TITLED_NAME}|{_PRON})"
#: a written source as a subject (``the staff letter noted``, ``The report said``): a
#: determiner, up to three lower-case modifiers and a document noun (round 16: before, only
#: the post-cue ``"…," the report said`` and the parenthetical rule knew these)
_DOC_DESC = rf"{_DETERMINERS}(?:\s+[a-z][\w\-]*){{0,3}}?\s+(?:{_alt(DOCUMENT_NOUNS)})(?![\w’'\-])"
#: a short bracket after the subject (``Gov. Ann Lowe (R-Kan.) said``, a party label or an
#: age): skipped when the reporting verb's subject is looked for (round 16)
_PAREN = r"(?P<paren>\s*\([^()\x01]{1,30}\))?"
#: ``went on to`` before the speech verb (``He went on to say, "…"``; round 13): the verb
#: is still the cue and the subject before it the speaker
_GO_ON_TO = r"(?:went|goes|go|going)\s+on\s+to"
# "…," says X / "…," said X, a spokesman.  (verb first)
_POST_INV_RE = re.compile(
    rf"^[\s,—–-]*(?:{_ADV}\s+)?(?P<verb>{_POST_SPEECH_VERB_RE})\s+(?:{_ADV}\s+)?"
    rf"(?P<np>{_POSS_DET}(?:[ \t]+[\w’'\-]+){{0,6}}|{_TITLED_NAME}|{_PRON}(?![\w’'])|"
    rf"{_DETERMINERS}(?:[ \t]+[\w’'\-]+){{0,8}}|another|one|others?|"
    rf"(?:[a-z][\w\-]*\s+){{0,2}}{_PERSON_NOUN_RE}(?:\s+{_NAME})?(?![\w’'\-]))"
    rf"(?=$|[\s,.;:!?—–\-)\x01])"
)
# "…," X says / "…," he says
_POST_NORM_RE = re.compile(
    rf"^[\s,—–-]*(?P<np>{_TITLED_NAME}|{_PRON}|(?:{_DETERMINERS}|{_POSS_DET})"
    rf"(?:\s+[\w’'\-]+){{0,6}}?)(?:(?<=Jr)\.|(?<=Sr)\.)?{_PAREN}(?P<app>{_APP})?\s+(?:{_ADV}\s+)?"
    rf"(?:(?:has|had|have|will|would|later|then|also|once|again|\w+ly|{_GO_ON_TO})\s+)?"
    rf"(?P<verb>{_POST_SPEECH_VERB_RE})\b(?!\s*:\s*$)"
)
# X says: "…" / X, who …, says "…" / X says that "…" / X tells me: "…"
_PRE_RE = re.compile(
    rf"(?P<np>{_TITLED_NAME}|{_PRON}|{_DOC_DESC}|{_DESC}(?:\s+(?:with|from|in|at|"
    rf"of|on|wearing|outside|near|behind)\s+[^,\x01;:!?]{{1,40}}?)?)"
    rf"{_PAREN}(?:,\s*\d{{1,3}}(?=,))?(?P<app>,[^,\x01;:!?]{{1,120}},)?\s+"
    rf"(?:(?:{_ADV}|then|also|later|once|again|has|had|"
    rf"have|will|would|simply|only|used\s+to|liked\s+to|likes\s+to|"
    rf"(?:appears?|appeared|seems?|seemed)\s+to|{_GO_ON_TO})\s+)*"
    rf"(?P<verb>{_ALL_VERB_RE})"
    rf"(?:\s+(?:to\s+)?(?:me|us|him|her|them|it|this|reporters|journalists|the\s+\w+|"
    rf"an?\s+\w+|staff|{_PERSON_NOUN_RE}))?"
    rf"(?:\s+(?:{_ADV}|again|simply|only))?(?:\s+(?:that|as|of|how|why|whether))?"
    rf"(?:\s*[:,—–-]\s*|\s+)$"
)
#: "… a cabinet minister who, after a summit, asked her: "…"": the relative pronoun's
#: antecedent is the speaker
_REL_WHO_PRE_RE = re.compile(
    rf"(?P<np>{_DESC})\s+who(?:\s*,[^,\x01;:]{{1,80}},)?\s+(?:{_ADV}\s+|then\s+|later\s+)?"
    rf"(?P<verb>{_ALL_VERB_RE})(?:\s+(?:me|us|him|her|them))?(?:\s+(?:that|whether))?"
    rf"(?:\s*[:,—–-]\s*|\s+)$")
# Any reporting verb in the clause before the quote: "he says it remains special "…""
_ANY_VERB_RE = re.compile(rf"(?<![\w’'])(?P<verb>{_ALL_VERB_RE})(?![\w’'])")
#: lower-case words; a reporting verb is found by a set look-up (much faster than a regex
#: alternation of all inflected forms)
_LOWER_WORD_RE = re.compile(r"(?<![\w’'\-])(?P<verb>[a-z]+)(?![\w’'\-])")


#: the phrasal reporting verbs (``shot back``, ``pointed out``; round 18), which the one-word
#: look-up of :func:`_verbs_in` cannot see
_PHRASAL_RX = re.compile(rf"(?<![\w’'])(?:{_alt(v for v in ALL_VERBS if ' ' in v)})(?![\w’'])")


def _verbs_in(text: str, pos: int = 0) -> list[re.Match]:
    """Matches of reporting/framing verbs in ``text[pos:]`` (group ``verb``)."""
    return [m for m in _LOWER_WORD_RE.finditer(text, pos) if m.group(0) in ALL_VERBS]
_NP_BEFORE_RE = re.compile(
    rf"(?P<np>{_TITLED_NAME}(?:\s+and\s+{_NAME})?|{_PRON}|{_DOC_DESC}|{_DESC}"
    rf"(?:\s+(?:for|of|at|from|on)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*|[a-z]+[’']s\s+[a-z]+)"
    rf"(?:\s+[A-Za-z][\w’'\-]*){{0,3}}?)?){_PAREN}"
    rf"(?P<app>,[^,\x01;:!?]{{1,120}},)?,?\s+(?:(?:{_ADV}|then|also|later|once|again|has|"
    rf"had|have|will|would|simply|only|did|does|do|not|never|always|often)\s+)*$"
)
#: a subject relative clause right before the verb (``Sanders, who says it is "…"``, ``the
#: senator, who has called it "…"``): the person before ``who`` is the subject
_REL_SUBJ_BEFORE_RX = re.compile(
    rf"(?P<np>{_TITLED_NAME}|{_DESC})\s*,?\s+who\s+"
    rf"(?:(?:{_ADV}|also|then|later|once|again|has|had|have|will|would|did|does|do|not|never|"
    rf"always|often)\s+)*$")
#: a time adjunct between a subject and its verb ("X on Monday promised", "X last week
#: said"): news style puts it there; it is skipped when the subject is looked for
_TIME_ADJUNCT_RX = re.compile(
    r"\s+(?:(?:on|last|this|late|early|earlier)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|yesterday|today|tonight|week|month|year)"
    r"(?:\s+(?:night|morning|evening|afternoon))?\s+$")
#: "…, officials cited": a bare plural role noun opening the clause right before the verb
_BARE_ROLE_BEFORE_RX = re.compile(
    rf"(?:^|[,;]\s+)(?P<np>(?:[a-z][\w\-]*\s+)?{_PERSON_NOUN_RE})\s+$")
#: "One MP who backs him said": a description with a short relative clause as subject
_REL_DESC_BEFORE_RX = re.compile(
    rf"(?P<np>{_DETERMINERS}(?:\s+[\w’'\-]+){{0,2}}?\s+(?:{_SPEAKER_NOUN_RE}|MPs?)"
    rf"\s+who\s+[a-z]+(?:\s+[a-z]+){{0,4}})\s+(?:(?:{_ADV}|also|then|later)\s+)?$")
#: a clause subject (after an optional introductory phrase, with an optional bracket such as
#: a party label) followed by a parenthetical that opens with a relative pronoun, a
#: preposition or a participle and ends with a comma right before the verb
_SUBJ_PARENTHETICAL_RX = re.compile(
    rf"^\W*(?:[^,\x01;]{{0,80}},\s*)??(?:(?:But|And|So|Then|Yet|Now)\s+)?"
    rf"(?P<np>{_TITLED_NAME}|"
    rf"{_DESC}|{_DOC_DESC})"
    rf"(?:\s*\([^()\x01]{{1,30}}\))?\s*,\s*(?:\d{{1,3}},\s*)?(?:who|whose|which|during|in|at|on|after|before|while|"
    rf"speaking|writing|like|unlike|as|with|for|from|of|once|now|then|still|[a-z]+ing)\b"
    rf"[^\x01;!?]{{0,200}},\s*(?:(?:{_ADV}|then|also|later|once|again|has|had|have|will|would)"
    rf"\s+)*$")
#: a person description right before ``for|of|at|from`` + the NP that was found
_DESC_PP_LEFT_RX = re.compile(
    rf"(?P<np>{_DETERMINERS}(?:\s+[\w’'\-]+){{0,2}}?\s+(?P<head>{_PERSON_NOUN_RE}))"
    rf"\s+(?:for|of|at|from)\s+$")
_WHOLE_NP_RX = re.compile(r"(?P<np>.+)", re.S)
_ROLE_BEFORE_NAME_RX = re.compile(
    rf"^(?!(?:an?|the|one|another|some|two|three|many|most|other)\s)(?:[a-z][\w\-]*\s+){{1,3}}"
    rf"(?={_NAME}$)")
_SUBJ_RX = re.compile(rf"^\W*{DATELINE}(?:(?:But|And|So|Then|Yet|Now)\s+)?{_NP_RE}")
_SUBJ_VERB_RX = re.compile(
    rf"^\W*{DATELINE}(?:(?:But|And|So|Then|Yet|Now)\s+)?{_NP_RE}\s+[a-z]")
_LATE_POST_DOC_RX = re.compile(
    rf"^[^\x01.;!?]{{0,60}}?,\s*(?P<np>{_DETERMINERS}(?:\s+[a-z][\w\-]*){{1,3}})\s+"
    rf"(?:{_ADV}\s+)?(?P<verb>{_SPEECH_VERB_RE})\b")
_LATE_POST_RX = re.compile(
    rf"^[^\x01.;!?]{{0,60}}?,\s*{_NP_RE}\s+(?P<verb>{_SPEECH_VERB_RE})\b")
#: ``"…" for the victory, Sanders said.`` / ``"…" like the markets, said Jo Reed, an
#: economist.``: a named or described speaker closing the sentence after a stretch of
#: narration (round 14); the speech verb ends the sentence bar a short adjunct
_LATE_POST_NAMED_RX = re.compile(
    rf"^[^\x01.;:!?]{{0,100}}?,\s*(?:(?P<np>{_TITLED_NAME}|{_DESC})"
    rf"\s+(?:{_ADV}\s+)?(?P<verb>{_SPEECH_VERB_RE})\b(?=[^\x01.;:!?]{{0,40}}(?:[.!?]|$))|"
    rf"(?P<verb2>{_SPEECH_VERB_RE})\s+(?P<np2>{_TITLED_NAME}|{_DESC})"
    rf"(?=\s*(?:[,.!?]|$)))")
_APPOS_NAME_AFTER_RX = re.compile(
    rf"[^,.;:!?\x01]{{0,40}}?,\s*(?P<name>{_TITLED_NAME})"
    rf"(?=\s*(?:[,.;:!?)]|$))")
#: ``as he puts it,`` / ``as one critic put it:`` right before the quotation
_AS_PUT_RE = re.compile(
    rf"(?<![\w’'])[Aa]s\s+{_NP_RE}\s+(?:(?:once|later|memorably|[a-z]+ly)\s+)?"
    rf"(?P<verb>puts|put)\s+it\s*[,:—–-]?\s*$")
#: a sentence ending on a reporting verb with no reported content (``I ask the obvious
#: question.``, ``before she replies.``): the quotation that follows is what was said
_ANNOUNCE_RE = re.compile(
    rf"{_NP_RE}\s+(?:(?:then|finally|simply|only|[a-z]+ly)\s+)?"
    rf"(?P<verb>asks?|asked|answers?|answered|repl(?:y|ies|ied)|respond(?:s|ed)?|"
    rf"retort(?:s|ed)?|counter(?:s|ed)?)"
    rf"(?:\s+(?:him|her|them|me)?\s*(?:the|an?)\s+(?:[a-z]+\s+)?question)?\.$")
#: last words of an announcing sentence (cheap pre-test before :data:`_ANNOUNCE_RE`)
_ANNOUNCE_LAST = frozenset(
    "ask asks asked answer answers answered reply replies replied respond responds responded "
    "retort retorts retorted counter counters countered question".split())
_LABEL_PRE_RX = re.compile(rf"^\s*{_NP_RE}\s*:\s*$")
#: a label right after the previous quotation of the paragraph (``Ruiz: "…" Hale: "…"``, a
#: digest of two people's words; PolNeAR train gives each quotation its label as Source)
_LABEL_AFTER_RX = re.compile(rf"\s+{_NP_RE}\s*:\s*$")
_ACCORDING_PRE_RE = re.compile(
    rf"(?:(?P<cue>[Aa]ccording to)|[Ii]n the (?P<noun>words?) of)\s+{_NP_RE}\s*,?\s*$")
_WORDS_OF_RE = re.compile(
    rf"[Ii]n the (?P<noun>words?) of\s+(?P<np>its\s+(?:[a-z\-]+\s+){{0,2}}{_PERSON_NOUN_RE}|"
    rf"{_DESC}|{_TITLED_NAME})(?P<app>,\s*{_NAME},)?")
_ACCORDING_POST_RE = re.compile(rf"^[\s,]*(?P<cue>according to)\s+{_NP_RE}")
_PAREN_CUE_RE = re.compile(
    rf",\s*(?P<np>{_TITLED_NAME}|{_PRON})\s+(?P<verb>{_SPEECH_VERB_RE}),")
_PASSIVE_AUX_RE = re.compile(
    r"(?:\b(?:am|is|are|was|were|be|been|being|I’m|I'm|we’re|we're)\s+(?:\w+ly\s+)?)$")
#: A noun that attributes quoted words to the clause's subject (``By his own admission``).
_CUE_NOUN_RE = re.compile(
    r"(?<![\w’'])(?P<noun>admission|appeal|claim|denial|statement|memo|memorandum|letter|"
    r"tweet|e-?mail|remark|comment|warning|plea|boast|confession|verdict|message|speech|"
    r"column|blog|post|interview|testimony)(?:s)?(?![\w’'])"
)
_BY_AGENT_RE = re.compile(rf"^\s+by\s+(?P<np>{_TITLED_NAME}|{_DESC})")

#: capitalised words + ``of``/``for`` right before a name: an organisation's name continues
#: leftwards (``Royal College of Nursing``, ``Department for Education``)
_OF_NAME_LEFT_RX = re.compile(
    r"(?<![\w’'])(?:The\s+)?(?P<lead>(?:[A-Z][\w’'\-]+\s+){1,4}(?:of|for)\s+(?:the\s+)?)$")
_APPOSITIVE_NAME_RE = re.compile(rf"^{_TITLED_NAME}$")


_NAME_BEFORE_APPOS_RE = re.compile(rf"(?P<name>{_NAME}),\s*$")


def _set_np(row: QuoteRow, m: re.Match, base: int) -> None:
    """Speaker NP of a cue match; a description in apposition to a name gives the name
    (``the developer's spokesman, Paul Grant, said``; ``Tom Watson, the deputy leader, …``)."""
    np_text, s, e = m.group("np"), base + m.start("np"), base + m.end("np")
    if _np_kind(np_text) == "named":
        left = _OF_NAME_LEFT_RX.search(m.string, max(0, m.start("np") - 80), m.start("np"))
        if left:  # "The Royal College of Nursing said": the whole name, not "Nursing"
            s = base + left.start("lead")
            np_text = m.string[left.start("lead"):m.end("np")]
    if _np_kind(np_text) in ("description", "group") and \
            _desc_head(np_text) not in DOCUMENT_NOUNS:  # "As for Kim, the letter noted"
        before = m.string[max(0, m.start("np") - 60):m.start("np")]
        nb = _NAME_BEFORE_APPOS_RE.search(before)
        if nb and nb.group("name").split()[0] not in _NOT_NAME and \
                not re.fullmatch(r"[A-Z]{2,}s", nb.group("name")):  # "MPs, a process …"
            name = nb.group("name")
            s = base + m.start("np") - len(before) + nb.start("name")
            np_text, e = name, s + len(name)
            row.np, row.np_start, row.np_end = np_text, s, e
            return
    app = m.groupdict().get("app")
    if app and _np_kind(np_text) in ("description", "group"):
        inner = app.strip(", ")
        if _APPOSITIVE_NAME_RE.match(inner) and inner.split()[0] not in _NOT_NAME:
            s = base + m.start("app") + app.index(inner)
            np_text, e = inner, s + len(inner)
    row.np, row.np_start, row.np_end = np_text, s, e


def _find_cue(row: QuoteRow, text: str, lo: int, hi: int, narr: str, next_open: int,
              prev_close: int, prev_narr: str = "", prev_lo: int = 0) -> None:
    """Fill ``row``'s cue and speaker NP from the narration around its span.

    ``prev_narr``/``prev_lo``: the previous paragraph's narration, for a block quotation whose
    cue ends the paragraph before it (``She wrote:``).
    """
    sp = row.span
    inner = text[sp.start:sp.end]
    after_pos = (sp.close_pos + 1) if sp.close_pos >= 0 else hi
    post = narr[after_pos - lo:(next_open if next_open >= 0 else hi) - lo]
    ends_sentence = inner.rstrip().endswith((".",)) and not inner.rstrip().endswith("...")
    post_ok = sp.close_pos >= 0 and (not ends_sentence or re.match(r"^[\s,]*[a-z]", post))
    if post_ok:
        _post_cue(row, post, after_pos)
    if _pre_cue(row, narr, lo, prev_close, prev_narr, prev_lo, post, after_pos) or \
            row.attribution:
        _drop_person_read(row)
        return
    _sentence_cue(row, narr, lo, inner, post, after_pos, ends_sentence)
    _drop_person_read(row)


def _drop_person_read(row: QuoteRow) -> None:
    """``read`` reports written words (``"…," the statement read``, ``it reads``; round 13);
    with a person as its subject (``a man in a shirt that read "…"``, ``he read:``) the words
    are a label or someone else's text: the cue is dropped (rules for cue-less spans apply)."""
    np_text = row.np.strip() if row.cue == "read" else ""
    kind = _np_kind(np_text) if np_text else ""
    if (kind == "pronoun" and np_text.lower() in ("he", "she", "they", "i", "we")) or (
            kind == "description" and is_person_noun(_desc_head(np_text))):
        row.cue, row.cue_start, row.cue_end = "", None, None
        row.np, row.np_start, row.np_end = "", None, None
        row.attribution, row.post_cue_end = "", -1


def _post_cue(row: QuoteRow, post: str, after_pos: int) -> None:
    """A cue right after the closing mark (``"…," says X`` / ``"…," X says``)."""
    m = coordinated_post_cue(post)
    if m is not None:  # "…," Jo Hart and Al Reid said
        _set_post(row, m, after_pos)
        return
    for rx, how in ((_POST_INV_RE, "post-cue"), (_POST_NORM_RE, "post-cue")):
        m = post_cue_match(rx, post)
        if not m or _np_is_verbish(m.group("np")) or \
                possessed_noun(m.group("np"), m.group("verb")):
            continue
        np_text = m.group("np") if _valid_np(m.group("np")) else \
            inverted_description(m.group("np")) if rx is _POST_INV_RE else ""
        if np_text:
            skip = 0
            role = _ROLE_BEFORE_NAME_RX.match(np_text)
            if role:  # "says union leader Ray Jones": the name, not the role
                skip = role.end()
                np_text = np_text[skip:]
            elif rx is _POST_INV_RE and _np_kind(np_text) in ("description", "group"):
                np_text = _description(np_text)
                appos = _APPOS_NAME_AFTER_RX.match(post, m.start("np") + len(np_text))
                if appos:  # "said his wife, Carol Reid.": the name in apposition
                    skip = appos.start("name") - m.start("np")
                    np_text = appos.group("name")
            elif m.groupdict().get("app") and _np_kind(np_text) in ("description", "group"):
                inner = m.group("app").strip(", ")
                if _APPOSITIVE_NAME_RE.match(inner) and inner.split()[0] not in _NOT_NAME:
                    # "…," the campaign manager, Sam Ortiz, said: the name in apposition
                    skip = m.start("app") + m.group("app").index(inner) - m.start("np")
                    np_text = inner
            base = after_pos
            row.cue = POST_REPORTING_VERBS.get(m.group("verb").lower(), "")
            row.cue_start, row.cue_end = base + m.start("verb"), base + m.end("verb")
            row.np = np_text
            row.np_start = base + m.start("np") + skip
            row.np_end = row.np_start + len(np_text)
            row.attribution = how
            row.post_cue_end = base + m.end()
            # a pre-cue with a colon beats a post-cue only if the post-cue is weak
            break
    if not row.attribution:
        _post_cue_modified(row, post, after_pos)


def _pre_cue(row: QuoteRow, narr: str, lo: int, prev_close: int, prev_narr: str, prev_lo: int,
             post: str, after_pos: int) -> bool:
    """A cue in the clause before the opening mark (``X says: "…"``, a label, ``according to``,
    ``as he puts it``, ``X, who …, says``), or ending the previous paragraph. True when the
    search is over (a cue was set, or one rule settled that there is none)."""
    sp = row.span
    pre_floor = max(lo, prev_close) - lo
    cs = _clause_start(narr, sp.open_pos - lo, pre_floor)
    pre = narr[cs:sp.open_pos - lo]
    if not pre.strip() and not narr[:sp.open_pos - lo].strip() and \
            prev_narr.rstrip().endswith(":") and not row.attribution:
        tail = prev_narr.rstrip()
        pcs = _clause_start(tail, len(tail), 0)
        pm = _PRE_RE.search(tail[pcs:] + " ")
        if pm and _valid_np(pm.group("np")) and not _np_is_verbish(pm.group("np")):
            row.cue = ALL_VERBS.get(pm.group("verb").lower(), "")
            row.cue_start, row.cue_end = prev_lo + pcs + pm.start("verb"), \
                prev_lo + pcs + pm.end("verb")
            _set_np(row, pm, prev_lo + pcs)
            row.attribution = "pre-cue"
            return True
    if not row.attribution and not pre.strip():
        # "I ask the obvious question. "…"" / "… before he answers." + a quotation paragraph:
        # a sentence that ends on a bare reporting verb announces the quotation after it
        before = narr[:sp.open_pos - lo]
        b0 = lo
        if not before.strip() and prev_narr:
            before, b0 = prev_narr, prev_lo
        tail = before.rstrip()
        am = _ANNOUNCE_RE.search(tail, max(0, len(tail) - 160)) if tail.endswith(".") and (
            (tail[:-1].rsplit(None, 1) or [""])[-1] in _ANNOUNCE_LAST) else None
        sent_lo = max(tail.rfind(c, 0, am.start()) for c in ".!?") if am else -1
        if am and _valid_np(am.group("np")) and "\x01" not in tail[sent_lo + 1:]:
            # (a sentence that itself carries a quotation, '"Why?" the judge asked.', has
            # reported its words already: the next quotation is someone's reply)
            row.cue = ALL_VERBS.get(am.group("verb").lower(), "")
            row.cue_start, row.cue_end = b0 + am.start("verb"), b0 + am.end("verb")
            _set_np(row, am, b0)
            row.attribution = "pre-cue"
            return True
    label = None if row.attribution else _LABEL_PRE_RX.match(narr, 0, sp.open_pos - lo) or (
        _LABEL_AFTER_RX.match(narr, prev_close - lo, sp.open_pos - lo) if prev_close > lo else None)
    if label and _valid_np(label.group("np")) and not _np_is_verbish(label.group("np")):
        # "Minister: "We will act"" (headline, transcript): the label is the speaker
        _set_np(row, label, lo)
        row.attribution = "pre-cue"
        return True
    acc = (_ACCORDING_PRE_RE.search(pre) if "ccording to" in pre or "words of" in pre or
           "word of" in pre else None) or (
        _ACCORDING_POST_RE.match(post) if sp.close_pos >= 0 else None)
    if acc and not row.attribution and _valid_np(acc.group("np")):
        base = lo + cs if acc.re is _ACCORDING_PRE_RE else after_pos
        noun = acc.groupdict().get("noun")  # "in the words of X": the cue is the noun
        row.cue = "word" if noun else "according to"
        grp = "noun" if noun else "cue"
        row.cue_start, row.cue_end = base + acc.start(grp), base + acc.end(grp)
        _set_np(row, acc, base)
        row.attribution = "pre-cue" if acc.re is _ACCORDING_PRE_RE else "post-cue"
        return True
    prep = prepositional_cue(pre, lo + cs, post if sp.close_pos >= 0 else "", after_pos) \
        if not row.attribution else None
    if prep:  # "according to a study last year", "in X's words", "as X, a …, put it"
        row.np, row.np_start, row.cue, row.cue_start, row.cue_end, row.attribution = prep
        row.np_end = row.np_start + len(row.np)
        return True
    asput = _AS_PUT_RE.search(pre, max(0, len(pre) - 80)) if not row.attribution and \
        " put" in pre[-40:] else None
    if asput and _valid_np(asput.group("np")):
        # "watching, as he puts it, "…"": the parenthetical names the speaker
        row.cue = "put"
        row.cue_start, row.cue_end = lo + cs + asput.start("verb"), lo + cs + asput.end("verb")
        _set_np(row, asput, lo + cs)
        row.attribution = "pre-cue"
        return True
    rel = _REL_WHO_PRE_RE.search(pre, max(0, len(pre) - 200)) if " who" in pre else None
    if rel and _valid_np(rel.group("np")) and (not row.attribution or pre.rstrip().endswith(":")):
        row.cue = ALL_VERBS.get(rel.group("verb").lower(), "")
        row.cue_start, row.cue_end = lo + cs + rel.start("verb"), lo + cs + rel.end("verb")
        _set_np(row, rel, lo + cs)
        row.attribution = "pre-cue"
        return True
    tail0 = max(0, len(pre) - 260)  # the cue ends the clause: look at its tail
    m = _PRE_RE.search(pre, tail0) if _verbs_in(pre, max(0, len(pre) - 60)) or \
        _PHRASAL_RX.search(pre, max(0, len(pre) - 60)) else None
    if m and _valid_np(m.group("np")) and not _np_is_verbish(m.group("np")) and not (
            m.group("verb").endswith("ing") and _PREP_GUARD_RE.search(pre[:m.start("np")])) \
            and not possessed_noun(m.group("np"), m.group("verb")):
        # a colon announces the quotation; a dash may only close a parenthesis, so it does not
        # overrule a post-cue that names its speaker ("— "…?" asked Pryor, a partner")
        colon = pre.rstrip().endswith(":") or (pre.rstrip().endswith(("—", "–")) and not (
            row.attribution and row.np and row.np.lower() not in PRONOUNS))
        if not row.attribution or colon:
            lemma = ALL_VERBS.get(m.group("verb").lower(), "")
            row.cue = lemma
            base = lo + cs
            row.cue_start, row.cue_end = base + m.start("verb"), base + m.end("verb")
            main = _main_clause_subject(pre[:m.start("np")]) if m.start("np") > 0 and \
                m.group("verb").endswith("ing") and \
                _desc_head(m.group("np")) in DOCUMENT_NOUNS else None
            _set_np(row, main or m, base)  # "X released a statement saying: "…"": X
            _document_author(row, narr[:cs], lo)
            row.attribution = "pre-cue"
            return True
    return False


def _document_author(row: QuoteRow, before: str, lo: int) -> None:
    """``a leaked message from a senior backbencher urged … The message added: "…"``: a
    definite document speaker whose document was introduced, earlier in the paragraph, as
    sent ``from`` a person is that person's words (round 16; the project's annotation
    convention, and the round-15 lesson that a document subject must not take a quotation
    from the person who wrote it)."""
    if not row.np[:4].lower() == "the " or _np_kind(row.np) != "group":
        return
    head = _desc_head(row.np)
    if head not in DOCUMENT_NOUNS:
        return
    found = None
    for m in re.finditer(rf"(?<![\w’'])(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){{0,3}}?"
                         rf"{re.escape(head)}\s+from\s+(?P<np>{_DESC}|{_TITLED_NAME})", before):
        found = m
    if found is not None and _valid_np(found.group("np")):
        row.np, row.np_start = found.group("np"), lo + found.start("np")
        row.np_end = row.np_start + len(row.np)


def _sentence_cue(row: QuoteRow, narr: str, lo: int, inner: str, post: str, after_pos: int,
                  ends_sentence: bool) -> None:
    """A cue anywhere earlier in the sentence: a parenthetical ``he says``, a reporting verb, ``in
    the words of``, a cue noun; or a pronoun cue later in the same sentence."""
    sp = row.span
    # a reporting verb anywhere earlier in the sentence (across earlier quotations in it)
    cs = _clause_start(narr, sp.open_pos - lo, 0)
    pre = narr[cs:sp.open_pos - lo]
    paren = list(_PAREN_CUE_RE.finditer(pre))
    if paren:  # "The last government, he says, did …": the parenthetical attributes the sentence
        pm = paren[-1]
        base = lo + cs
        _set_np(row, pm, base)
        row.cue = REPORTING_VERBS.get(pm.group("verb").lower(), "")
        row.cue_start, row.cue_end = base + pm.start("verb"), base + pm.end("verb")
        row.attribution = "sentence-cue"
        return
    words_of = _WORDS_OF_RE.search(pre) if "of" in pre and "the word" in pre else None
    verbs = _verbs_in(pre)
    if words_of and _valid_np(words_of.group("np")) and not any(
            vm.start() > words_of.end() and vm.group("verb").lower() in REPORTING_VERBS
            for vm in verbs):
        verbs = []  # "…" said X. In the words of Y, it was "…": the nearer attribution wins
    if _verb_cue(row, pre, lo + cs, inner, verbs):
        return
    # "In the words of its chief, Jo Bates, the cuts are "…"": earlier in the sentence
    if words_of and _valid_np(words_of.group("np")):
        base = lo + cs
        _set_np(row, words_of, base)
        row.cue = "word"
        row.cue_start, row.cue_end = base + words_of.start("noun"), base + words_of.end("noun")
        row.attribution = "sentence-cue"
        return
    # a cue noun earlier in the sentence: "By his own admission, Manning, "…""
    nouns = list(_CUE_NOUN_RE.finditer(pre))
    nm = nouns[-1] if nouns else None
    if nm is not None:
        base = lo + cs
        # the subject of the clause holding the cue noun, appositions allowed ("X, R-Ky.,
        # sent a short message to Y:"), before any name after the noun (its object)
        subj = _SUBJ_VERB_RX.match(pre)
        if subj is None or intro_participle(pre, subj.start("np")):
            subj = _main_clause_subject(pre[:nm.start()]) or subj
        cands = [x for x in re.finditer(_NP_RE, pre[nm.end():])
                 if _valid_np(x.group("np")) and not _np_is_verbish(x.group("np"))]
        if subj and _valid_np(subj.group("np")) and not _np_is_verbish(subj.group("np")):
            row.np = subj.group("np")
            row.np_start, row.np_end = base + subj.start("np"), base + subj.end("np")
        elif cands:
            x = cands[-1]
            row.np = x.group("np")
            row.np_start = base + nm.end() + x.start("np")
            row.np_end = base + nm.end() + x.end("np")
        else:
            return
        row.cue = nm.group("noun").lower()
        row.cue_start, row.cue_end = base + nm.start(), base + nm.end()
        row.attribution = "sentence-cue"
        return
    # cue after the quote in the same sentence: "… "…", he says, …" beyond the first words
    if sp.close_pos >= 0 and not ends_sentence:
        m2 = _LATE_POST_RX.match(post)
        if not (m2 and _np_kind(m2.group("np")) == "pronoun"):
            # "… "…" of the case, the unsigned opinion said": a written source late in the
            # sentence
            m2 = _LATE_POST_DOC_RX.match(post)
            if m2 and _desc_head(m2.group("np")) not in DOCUMENT_NOUNS:
                m2 = None
        if m2 is None:
            _late_named_post(row, post, after_pos)
        if m2:
            base = after_pos
            row.np = m2.group("np")
            row.np_start, row.np_end = base + m2.start("np"), base + m2.end("np")
            row.cue = REPORTING_VERBS.get(m2.group("verb").lower(), "")
            row.cue_start, row.cue_end = base + m2.start("verb"), base + m2.end("verb")
            row.attribution = "sentence-cue"



def _late_named_post(row: QuoteRow, post: str, after_pos: int) -> None:
    """``"…" for the victory, Sanders said.``: a name or a described person (``said the
    designer``) that closes the sentence after narration attributes the quotation (round 14).

    Why: the pronoun-only late cue left these quotations cue-less, and the context rule then
    gave them to the person named before them."""
    m = _LATE_POST_NAMED_RX.match(post) if any(
        v.group(0) in REPORTING_VERBS for v in _LOWER_WORD_RE.finditer(post, 0, 260)) else None
    if m is None:
        return
    g = "np" if m.group("np") else "np2"
    np_text = m.group(g)
    if not _valid_np(np_text) or _np_is_verbish(np_text) or _np_kind(np_text) == "pronoun":
        return
    verb = "verb" if g == "np" else "verb2"
    row.np = np_text
    row.np_start, row.np_end = after_pos + m.start(g), after_pos + m.end(g)
    row.cue = REPORTING_VERBS.get(m.group(verb).lower(), "")
    row.cue_start, row.cue_end = after_pos + m.start(verb), after_pos + m.end(verb)
    row.attribution = "sentence-cue"


def _rel_subject(before: str) -> re.Match | None:
    """The person a subject relative clause ending ``before`` is about (``X, who has``), the
    description cut at its last determiner (``the move angered the senator, who`` → ``the
    senator``)."""
    m = _REL_SUBJ_BEFORE_RX.search(before, max(0, len(before) - 160))
    while m is not None:
        inner = _INNER_DET_RE.search(m.group("np"))
        m2 = _REL_SUBJ_BEFORE_RX.match(before, m.start("np") + inner.start() + 1) \
            if inner else None
        if m2 is None:
            break
        m = m2
    return m


_INNER_DET_RE = re.compile(r"\s(?:the|a|an|his|her|its|their|our|one|another|this|that)\s")


def _verb_cue(row: QuoteRow, pre: str, base: int, inner: str, verbs: list[re.Match]) -> bool:
    """The nearest reporting verb of ``verbs`` (in ``pre``, starting at ``base``) with a usable
    subject or agent becomes the cue; True when the search is over."""
    for vm in reversed(verbs):
        word = vm.group("verb").lower()
        lemma = ALL_VERBS.get(word, "")
        if not lemma:
            continue
        before = pre[:vm.start()]
        agent = _BY_AGENT_RE.match(pre[vm.end():])
        bare = _BARE_ROLE_BEFORE_RX.search(before, max(0, len(before) - 40))
        nb = (bare if bare and bare.group("np").split()[-1].lower().endswith("s") else None) or (
            _REL_DESC_BEFORE_RX.search(before, max(0, len(before) - 120))
              if " who " in before[-100:] else None) or _NP_BEFORE_RE.search(before)
        if nb is None and " who " in before[-60:]:
            nb = _rel_subject(before)
        if nb and _np_kind(nb.group("np")) in ("group", "named"):
            # "A spokesman for the Conservative party said": the person, not the party
            ext = _DESC_PP_LEFT_RX.search(before, 0, nb.start("np"))
            if ext and ext.group("head").lower() in PERSON_NOUNS:
                nb = _WHOLE_NP_RX.match(before, ext.start("np"), nb.end("np"))
        par = _SUBJ_PARENTHETICAL_RX.match(before) if nb is not None and \
            before.count(",") >= 2 else None
        if par and par.end("np") <= nb.start("np") and _valid_np(par.group("np")) and \
                not _np_is_verbish(par.group("np")) and not (
                    nb.groupdict().get("paren") and not nb.group("app")):
            # "Clinton, during a town hall in Columbus, Ohio, said": the subject before the
            # parenthetical, not the last name inside it (a name with its party label right
            # before the verb, "Gov. Ann Lowe (R-OH), said", is the subject itself)
            nb = par
        adj = _TIME_ADJUNCT_RX.search(before, max(0, len(before) - 40)) if (
            nb is None or nb.start("np") > len(before) - 40) else None
        if adj and (nb is None or nb.start("np") >= adj.start()):
            # "President X on Monday promised to "…"": skip the time adjunct
            nb = _NP_BEFORE_RE.search(before, 0, adj.start() + 1)
        absolute = _WITH_ABSOLUTE_RX.search(before, max(0, len(before) - 140)) \
            if word.endswith("ing") and "with " in before[-140:] else None
        if absolute and _valid_np(absolute.group("np")):
            # "…, with the campaign of the former mayor saying …": the noun phrase after
            # "with" heads the absolute construction, not the object of its "of" (round 16)
            nb = absolute
        if word.endswith("ing") and (before.rstrip().endswith(",") or _BY_END_RE.search(before)
                                     or (nb is not None and nb.start("np") > 0 and
                                         _desc_head(nb.group("np")) in DOCUMENT_NOUNS)):
            # "X endorsed Mrs. Clinton, saying …" / "X courted farmers by warning that …" / "X
            # released a statement saying …": a participle after a comma or "by", or after the
            # document its subject issued, has the clause's subject, not the object before
            main = _main_clause_subject(before)
            if main is not None:
                nb = main
        if agent and (word.endswith("ed") or word in ("told", "said", "written")):
            row.np = agent.group("np")
            row.np_start = base + vm.end() + agent.start("np")
            row.np_end = base + vm.end() + agent.end("np")
        elif _PASSIVE_AUX_RE.search(before) and word in ("told", "said", "informed"):
            # "I am told", "it was said": an unnamed source
            row.anonymous = True
        elif nb and _valid_np(nb.group("np")) and not _np_is_verbish(nb.group("np")) and \
                not possessed_noun(nb.group("np"), word) and \
                not (word.endswith("ing") and _PREP_GUARD_RE.search(before[:nb.start("np")])
                     and not _WITH_END_RE.search(before[:nb.start("np")])):
            # ("with Trump tweeting that …": the absolute construction names the subject)
            _set_np(row, nb, base)
        elif word.endswith("ing") or re.search(r"\b(?:and|but)\s+$", before) or \
                (_CUE_NOUN_RE.search(before[-40:]) and re.search(r"\b(?:which|that)\s+$", before)):
            subj = _SUBJ_RX.match(pre)
            if subj and intro_participle(pre, subj.start("np")):
                subj = _main_clause_subject(before) or subj  # "Facing criticism, X …, insisting"
            if not subj or not _valid_np(subj.group("np")):
                continue
            row.np = subj.group("np")
            row.np_start, row.np_end = base + subj.start("np"), base + subj.end("np")
        else:
            continue
        # the quote must be what is reported: not "joking about "X"" for a short span
        if re.search(r"\b(?:about|of|on|over)\s*$", pre) and not _is_sentence_like(inner) \
                and lemma not in FRAMING_VERBS:
            row.np = ""
            return True
        row.cue = lemma
        row.cue_start, row.cue_end = base + vm.start(), base + vm.end()
        row.attribution = "sentence-cue"
        return True
    return False


_WITH_END_RE = re.compile(r"\bwith\s+$")
#: ``with X saying`` / ``with the campaign of the former mayor saying``: an absolute
#: construction whose subject may carry a prepositional post-modifier
_WITH_ABSOLUTE_RX = re.compile(
    rf"(?<![\w’'])with\s+(?P<np>{_DESC}|{_TITLED_NAME})"
    rf"(?:\s+(?:of|for|at|from|in)\s+[^,;:\x01]{{1,60}}?)?\s+$")
_BY_END_RE = re.compile(r"\bby\s+$")
#: the subject opening a clause, after an optional introductory phrase ending in a comma and an
#: optional possessive (``The Blaze's Matt Welsh``), followed by a lower-case word (its verb)
_MAIN_SUBJ_RX = re.compile(
    rf"{DATELINE}(?:(?:But|And|So|Then|Yet|Now)\s+)?(?:{_NAME}[’']s\s+)?"
    rf"(?P<np>{_DESC}|{_TITLED_NAME}|{_PRON})"
    rf"(?:\s*\([^()\x01]{{1,30}}\))?(?:\s*,[^,\x01;]{{1,160}},)?\s+(?:{_ADV}\s+)?[a-z]")


def _main_clause_subject(before: str) -> re.Match | None:
    """Subject of the clause that ``before`` (text up to a participle) belongs to: at the
    start of the text, or after an introductory phrase that ends in a comma (it may hold
    commas itself: ``At a fair in Dover, Del., on Monday, X praised``)."""
    starts = [0]
    comma = before.find(",")
    while 0 < comma < 100 and len(starts) < 4:
        starts.append(comma + 1)
        comma = before.find(",", comma + 1)
    fallback = None
    for st in starts:
        while st < len(before) and before[st] in " \t\x01\"“":
            st += 1
        m = _MAIN_SUBJ_RX.match(before, st)
        if m and _valid_np(m.group("np")) and not _np_is_verbish(m.group("np")) and (
                m.group("np").split()[0] not in _NOT_NAME
                or (_np_kind(m.group("np")) != "named" and m.group("np").lower() != "it")):
            if fallback is None and intro_participle(before, st):
                # "Facing criticism, X released …, insisting": most likely a participle,
                # not a name; kept only if no later subject turns up ("Manning went …")
                fallback = m
                continue
            return m  # "She went on to …, saying", "The Ohio senator …, saying"
    return fallback
