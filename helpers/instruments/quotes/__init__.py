"""Direct quotations: find every span in quotation marks, classify it, attribute it to a speaker.

Why: "whose voice does the piece carry?" is answered by counting who is quoted, how much and
with which reporting verb. The rules are general (no name, phrase or line of any particular
corpus): quotation-mark pairing, a reporting-verb lexicon with inflections, cue patterns in both
orders, speaker noun phrases (names, pronouns, descriptions), pronoun resolution and name
canonicalisation.

Pipeline, per article and per paragraph (block):

1. :func:`find_quote_spans` pairs the marks of ONE paragraph at a time (straight and curly,
   double and single; apostrophes such as ``arm's``, ``Labour’s``, ``’80s`` are rejected by their
   context), so a stray mark never shifts the pairing of later paragraphs. A paragraph whose last
   double quotation stays open yields a span to the paragraph's end (multi-paragraph quotes).
2. Cues: the narration around each span (other quotations masked) is matched against
   ``"…," says X`` / ``"…," X says`` / ``X says: "…"`` / ``X, who …, says "…"`` /
   ``X says (that) … "…"`` / ``… was assured by X that … "…"`` with the reporting-verb lexicon
   :data:`REPORTING_VERBS` (lemma per inflected form).
3. Speaker noun phrase: a name (titles stripped), a pronoun or a description (``a nurse``,
   ``one activist``). Pronouns resolve to the most recent person mentioned as a subject; in an
   interview (detected from the standfirst/title wording, from who dominates the explicit
   attributions, or — a profile — from a first-person writer who asks/presses/meets someone
   in a piece that opens on that person; never from a name) ``he``/``she`` default to the
   interviewee, ``I`` is the interviewer, and cue-less quotation paragraphs alternate as Q&A
   turns.
4. No cue: a span that continues a speech span of the same paragraph (or opens a paragraph right
   after one) is a continuation; a short span that is not sentence-like is a ``term``; other
   sentence-like spans are speech by context (the interviewee, or the paragraph's last subject).
5. Names are canonicalised: a surname or a titled name maps to the fullest name seen earlier in
   the article, else through the register ``data/people.csv`` (aliases), else stays as written.

Output of :func:`extract_quotes` — one row per quoted span:

``source``, ``article_id``; ``start``/``end`` (the words INSIDE the marks; offsets into
``corpus.texts[source]``); ``text``; ``kind`` (``speech`` | ``term``); ``speaker`` (canonical
name, a description, a group, ``the writer``, ``the interviewer`` (the first person of an
interview or profile), or empty); ``speaker_start``/``speaker_end``
(nullable Int64: the mention that identifies the speaker — the name for a resolved pronoun when it
is in the article, else the pronoun); ``cue`` (reporting-verb lemma or empty); ``continuation``
(bool); ``speaker_type`` (``named`` | ``pronoun-resolved`` | ``description`` | ``group`` |
``writer`` | ``none``); ``speaker_mention`` (the words of the speaker phrase as written);
``cue_start``/``cue_end`` (Int64, the verb); ``attribution`` (``post-cue`` | ``pre-cue`` |
``sentence-cue`` | ``continuation`` | ``context`` | ``none``); ``mark`` (``double`` | ``single``);
``level`` (0 top, 1 nested inside another span); ``closed`` (False for the open piece of a
multi-paragraph quote or a stray opener); ``block_id``; ``paragraph_index``; ``sentence_id``
(sentence of the corpus containing the span start, -1 if none); ``n_words``.
"""

from __future__ import annotations

import csv
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.core.corpus import Corpus, segment_text
from helpers.core.paths import LEXICONS, PEOPLE
from helpers.core.text import WORD_RE
from helpers.evaluate.metrics import by_file_name


def count_words(text: str) -> int:
    """Word tokens as counted everywhere in the project (:data:`helpers.core.text.WORD_RE`)."""
    return len(WORD_RE.findall(text))

__all__ = [
    "QUOTE_COLUMNS",
    "REPORTING_VERBS",
    "VERB_FRAMING",
    "QuoteSpan",
    "canonical_key",
    "extract_quotes",
    "extract_quotes_text",
    "find_quote_spans",
    "load_people",
    "mention_network",
    "quote_errors",
    "quote_shares",
    "score_quotes",
    "speakers_match",
    "validation_by_attribution",
    "verb_framing",
    "voice_shares",
]

QUOTE_COLUMNS = [
    "source",
    "article_id",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "continuation",
    "speaker_type",
    "speaker_mention",
    "cue_start",
    "cue_end",
    "attribution",
    "mark",
    "level",
    "closed",
    "block_id",
    "paragraph_index",
    "sentence_id",
    "n_words",
]

#: Block kinds whose text is searched for quotations (not credits, footers, debris).
QUOTE_BLOCK_KINDS = frozenset(
    {"title", "standfirst", "heading", "body", "list_item", "correction"}
)

# ---------------------------------------------------------------------------------------------
# 1. Pairing quotation marks
# ---------------------------------------------------------------------------------------------

_OPEN_D, _CLOSE_D, _AMB_D, _OPEN_S, _CLOSE_S, _AMB_S = range(6)
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_MARK_RE = re.compile("[\"“”„«»'‘’‚]")
_BOUNDARY_BEFORE = set(" \t\n\r([{—–-/\u00a0") | set("“‘\"'")
_DECADE_RE = re.compile(r"\d\d?s\b|\d\d(?=[\s,.;:!?)\-–—]|$)")


@dataclass
class QuoteSpan:
    """A span in quotation marks; ``start``/``end`` are the words inside the marks."""

    start: int
    end: int
    open_pos: int
    close_pos: int  # -1 when the span runs to the end of its paragraph (no closing mark)
    mark: str  # "double" | "single"
    level: int = 0
    parent: int = -1  # index of the enclosing span in the returned list, -1 if none
    closed: bool = True
    children: list[int] = field(default_factory=list)


def _classify_mark(text: str, i: int, lo: int, hi: int) -> int | None:
    """Role of the mark at ``text[i]``: opener, closer, ambiguous, or None for an apostrophe."""
    c = text[i]
    p = text[i - 1] if i > lo else " "
    n = text[i + 1] if i + 1 < hi else " "
    if c in _DOUBLE_OPEN:
        return _OPEN_D
    if c in _DOUBLE_CLOSE:
        return _CLOSE_D
    if c == '"':
        if p in _BOUNDARY_BEFORE and not n.isspace():
            return _OPEN_D
        if not p.isspace() and (n.isspace() or not n.isalnum()):
            return _CLOSE_D
        return _AMB_D
    # single marks and apostrophes
    if p.isalnum() and n.isalnum():
        return None  # arm's, Labour’s, don't
    if c in "‘‚":
        if _DECADE_RE.match(text, i + 1, hi) and text[i + 1 : i + 4].rstrip(" ,.;:").endswith("s"):
            return None  # ‘80s written with a left mark
        return _OPEN_S
    # ’ or '
    if p in _BOUNDARY_BEFORE:
        if c == "'" and not n.isspace():
            if _DECADE_RE.match(text, i + 1, hi) and "s" in text[i + 1 : i + 4]:
                return None  # '80s
            return _OPEN_S
        return None  # ’80s, ’tis
    if p.isspace():
        return None
    return _CLOSE_S


def _paragraph_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at blank lines (paragraph breaks)."""
    out = []
    pos = start
    for m in re.finditer(r"\n[ \t\u00a0]*\n", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return out


def find_quote_spans(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text[start:end]`` and return the quoted spans in order.

    Pairing is done paragraph by paragraph (blank lines separate paragraphs) with a small stack,
    so a stray or unbalanced mark only affects its own paragraph. Rules: curly marks have a
    direction; a straight ``"`` is an opener after a space/bracket/dash and before a non-space,
    otherwise a closer; a single mark between two letters or before a decade (``’80s``) is an
    apostrophe; a right single mark closes only an open single quotation (so plural possessives
    outside single quotes are ignored). A new double opener while a double quotation is open
    discards the earlier, unclosed opener (a stray). A double quotation still open at the end of
    the paragraph yields a span to the paragraph end (``closed=False``); an unclosed single
    quotation yields nothing. Spans exclude the marks and surrounding whitespace; empty spans
    are dropped. The result is sorted by ``start``; nested spans have ``level`` 1 and ``parent``.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    spans: list[QuoteSpan] = []
    for lo, hi in _paragraph_ranges(text, start, end):
        _pair_paragraph(text, lo, hi, spans)
    spans.sort(key=lambda s: (s.start, -s.end))
    # parents: the innermost span that strictly contains the marks of another
    for i, s in enumerate(spans):
        for j in range(i - 1, -1, -1):
            o = spans[j]
            if o.open_pos < s.open_pos and (s.close_pos if s.close_pos >= 0 else s.end) <= o.end:
                s.parent = j
                s.level = o.level + 1
                o.children.append(i)
                break
    return spans


def _emit(text: str, spans: list[QuoteSpan], open_pos: int, close_pos: int, hi: int,
          mark: str) -> None:
    inner_s = open_pos + 1
    inner_e = close_pos if close_pos >= 0 else hi
    while inner_s < inner_e and text[inner_s].isspace():
        inner_s += 1
    while inner_e > inner_s and text[inner_e - 1].isspace():
        inner_e -= 1
    if inner_e > inner_s:
        spans.append(QuoteSpan(inner_s, inner_e, open_pos, close_pos, mark,
                               closed=close_pos >= 0))


def _pair_paragraph(text: str, lo: int, hi: int, spans: list[QuoteSpan]) -> None:
    marks = []
    for m in _MARK_RE.finditer(text, lo, hi):
        role = _classify_mark(text, m.start(), lo, hi)
        if role is not None:
            marks.append((m.start(), role))
    stack: list[tuple[str, int]] = []  # ("d"|"s", position)

    def has(kind: str) -> bool:
        return any(k == kind for k, _ in stack)

    def pop_to(kind: str) -> int:
        while stack:
            k, pos = stack.pop()
            if k == kind:
                return pos
        return -1

    for idx, (pos, role) in enumerate(marks):
        if role == _AMB_D:
            role = _CLOSE_D if has("d") else _OPEN_D
        if role == _OPEN_D:
            if has("d"):
                if text[pos] == '"' and stack[-1][0] == "d" and text[stack[-1][1]] in "“„":
                    # a straight mark inside a curly quotation: treat as its closer
                    _emit(text, spans, pop_to("d"), pos, hi, "double")
                    continue
                pop_to("d")  # the earlier opener was a stray: drop it
            stack.append(("d", pos))
        elif role == _CLOSE_D:
            if has("d"):
                _emit(text, spans, pop_to("d"), pos, hi, "double")
        elif role == _OPEN_S:
            if stack and stack[-1][0] == "s":
                # a second single opener: if the earlier one has no closer ahead, drop it
                stack.pop()
            stack.append(("s", pos))
        elif role == _CLOSE_S:
            if stack and stack[-1][0] == "s":
                if _plural_possessive(text, pos, marks, idx, hi):
                    continue
                _emit(text, spans, stack.pop()[1], pos, hi, "single")
    # an unclosed double quotation runs to the end of the paragraph
    for kind, pos in stack:
        if kind == "d":
            _emit(text, spans, pos, -1, hi, "double")
            break


def _plural_possessive(text: str, pos: int, marks: list, idx: int, hi: int) -> bool:
    """``workers’ rights`` inside a single quotation: an ``s’`` + space with a later closer."""
    if text[pos - 1] not in "sS" or pos + 1 >= hi or not text[pos + 1].isspace():
        return False
    for _, role in marks[idx + 1:]:
        if role in (_OPEN_S, _OPEN_D, _CLOSE_D, _AMB_D):
            return False
        if role == _CLOSE_S:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# 2. Lexicons
# ---------------------------------------------------------------------------------------------

#: Verbs that introduce direct speech in either order (``"…," X says`` / ``X says: "…"``).
SPEECH_VERB_LEMMAS = (
    "say tell add admit concede insist claim deny write ask cry recall explain warn argue note "
    "reply complain joke declare fret suggest continue observe remark mutter shout scream "
    "whisper announce acknowledge agree boast confirm muse quip snap state tweet conclude "
    "predict recount reflect respond retort sigh laugh urge interrupt proclaim assure promise "
    "vow threaten repeat answer wonder demand plead protest propose report reveal chant yell "
    "caution emphasise emphasize stress testify counter concur exclaim grumble insist "
    "lament murmur object recount scoff sneer tease thunder venture whine beam smile "
    "chide groan gush mock nod rage rant reason recollect scold shrug stammer volunteer "
    "acknowledge allege assert contend maintain affirm predict speculate opine pronounce "
    "disagree"
).split()
#: Verbs that attribute quoted words only from inside a clause (``calls it "…"``,
#: ``describes X as "…"``, ``talks of a "…"``): never used for ``"…," X verb``.
FRAMING_VERB_LEMMAS = (
    "call describe dub label brand term talk speak mention cite refer characterise "
    "characterize dismiss denounce condemn decry deride"
).split()
_IRREGULAR = {
    "say": ["said"],
    "tell": ["told"],
    "write": ["wrote", "written"],
    "speak": ["spoke", "spoken"],
    "begin": ["began", "begun"],
    "sing": ["sang", "sung"],
    "swear": ["swore", "sworn"],
    "plead": ["pled"],
}
_DOUBLE_FINAL = {"admit", "fret", "quip", "snap", "regret", "commit", "chat", "nod", "shrug",
                 "scold", "stammer", "begin", "plan"}
_DOUBLE_FINAL -= {"scold", "stammer"}


def _inflections(lemma: str) -> set[str]:
    forms = {lemma}
    vowels = "aeiou"
    if lemma.endswith("y") and lemma[-2] not in vowels:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms.add(lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"))
        if lemma.endswith("e"):
            forms |= {lemma + "d", (lemma[:-1] if not lemma.endswith("ee") else lemma) + "ing"}
        elif lemma in _DOUBLE_FINAL:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        else:
            forms |= {lemma + "ed", lemma + "ing"}
    forms.update(_IRREGULAR.get(lemma, []))
    if lemma in _IRREGULAR:
        forms.discard(lemma + "ed")
    return forms


def _build_lexicon(lemmas: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma in lemmas:
        for form in _inflections(lemma):
            out.setdefault(form, lemma)
    return out


#: inflected form -> lemma, for all speech verbs.
REPORTING_VERBS: dict[str, str] = _build_lexicon(SPEECH_VERB_LEMMAS)
FRAMING_VERBS: dict[str, str] = _build_lexicon(FRAMING_VERB_LEMMAS)
ALL_VERBS: dict[str, str] = {**FRAMING_VERBS, **REPORTING_VERBS}
#: Nouns that attribute quoted words (``in a statement``, ``a leaked memo``).
CUE_NOUNS = frozenset(
    "statement memo letter tweet email e-mail post speech recording interview message note "
    "press release blog column report broadcast".split()
)


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_SPEECH_VERB_RE = _alt(REPORTING_VERBS)
_ALL_VERB_RE = _alt(ALL_VERBS)

PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "w", "we": "w"}
TITLES = (
    "Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Baron Professor Prof President Senator "
    "Sen Rep Representative Gov Governor General Gen Colonel Col Captain Capt Major Sergeant "
    "Sgt Judge Justice Rev Reverend Father Rabbi Imam Minister Chancellor Mayor Ambassador "
    "Secretary King Queen Prince Princess Pope Cardinal Bishop Archbishop Commissioner "
    "Chief Inspector Detective Officer Councillor Cllr Speaker Premier Sheikh"
).split()
_TITLE_KEYS = frozenset(t.lower() for t in TITLES)
_MALE_TITLES = {"Mr", "Sir", "Lord", "Baron", "King", "Prince", "Father", "Pope"}
_FEMALE_TITLES = {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness", "Queen", "Princess"}
#: Head nouns of descriptions of people (``a nurse``, ``one activist``, ``a Momentum insider``).
PERSON_NOUNS = frozenset(
    """man woman men women girl boy person people activist nurse member members official
    officials spokesman spokeswoman spokesperson source sources minister mp mps supporter
    supporters volunteer volunteers worker workers student students teacher doctor resident
    residents voter voters organiser organizer insider insiders aide aides adviser advisor
    diplomat diplomats officer officers councillor delegate delegates chair chairman
    chairwoman proprietor campaigner campaigners protester protesters friend colleague
    colleagues analyst analysts expert experts executive executives employee employees
    lawyer lawyers lawmaker lawmakers senator senators politician politicians journalist
    reporter leader leaders founder director manager owner customer customers passenger
    passengers fan fans critic critics ally allies rival rivals official
    mother father son daughter wife husband sister brother parent parents child children
    neighbour neighbor veteran soldier soldiers miner miners farmer farmers nurse surgeon
    pensioner pensioners candidate candidates delegate speaker speakers chief secretary
    adviser one another third fourth fifth other others someone somebody anyone everyone
    youth mum dad grandmother grandfather priest vicar bishop officer constable detective
    landlord tenant tenants shopkeeper trader traders banker bankers economist economists
    scientist scientists researcher researchers professor historian author writer
    commentator commentators observer observers witness witnesses survivor survivors
    victim victims patient patients organizer trustee trustees steward stewards
    regular regulars insider ambassador envoy president chancellor premier governor mayor
    backbencher backbenchers frontbencher frontbenchers whip whips peer peers councillors
    judge judges magistrate prosecutor prosecutors shareholder shareholders investor investors
    consultant consultants engineer engineers lecturer pupil pupils parishioner
    american americans briton britons european europeans russian russians german germans
    canadian canadians australian australians israeli israelis iranian iranians iraqi iraqis
    ukrainian ukrainians palestinian palestinians mexican mexicans indian indians
    commander general inspector spokesperson representative campaigner boss chief head
    correspondent editor columnist activists organisers sponsor lawmaker chairwoman
    figure figures clerk clerks""".split()
)
#: Head nouns of organisations that speak (``the company said``): a group speaker.
ORG_NOUNS = frozenset(
    """company firm council government ministry department police party union committee
    campaign group agency authority board commission charity club league team organisation
    organization foundation institute trust hospital school university court army office bank
    administration embassy prosecutors regulator watchdog network broadcaster newspaper
    movement coalition alliance federation association bureau service""".split()
)
_DETERMINERS = (
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|"
    r"[Mm]any|[Mm]ost|[Oo]ther|[Oo]ne of (?:the|them|his|her|their|its)|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Oo]ur|[Mm]y)"
)
_CAP = r"(?:[A-Z]\.(?!\w)|[A-Z][\w’'\-]*)"
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|le|la|bin|al|el|dos|del)"
_NAME = rf"(?<![\w’']){_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,4}}"
_PRON = r"(?<![\w’'])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e)(?![\w’'])"
_PERSON_NOUN_RE = ""  # filled below, once PERSON_NOUNS is defined
_DESC = ""
_ADV = r"(?:[a-z]+ly)"
# capitalised words that begin sentences or are not names
_NOT_NAME = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our My Your
    But And Or So Yet Then Now When While If As At In On Of For To From By With Without After
    Before Since Until Because Although Though Even Just Only Also Still Perhaps Indeed Instead
    What Who Why How Where Which There Here Is Was Are Were Be Been Do Does Did Has Have Had
    Will Would Can Could Should Must May Might Shall No Not Yes Well Oh Meanwhile However
    Moreover Certainly Eventually Given Few Many Most Some Each Every All Both Either Neither
    One Two Three Four Five Six Seven Eight Nine Ten Last Next First Second Third Later Earlier
    Today Tomorrow Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Like Unlike
    Upstairs Downstairs Outside Inside Such Nothing Everything Something Anything Nobody
    Everyone Someone Anyone Whatever Whoever Despite Among Between During Against Through
    Over Under About Above Below Into Onto Upon Within Across Around Along Beyond Near Once
    Twice Again Never Always Often Sometimes Usually Soon Already Almost Rather Quite Very
    Too Much More Less Least Mostly Mainly Chiefly Largely Partly Surely Clearly Obviously
    Correction Update Updated Photo Picture Image Research Show Hide Read""".split()
)
_ORG_WORDS = frozenset(
    """Party Committee Council House Station Union Office Department Ministry Bank University
    College School Church Group Centre Center Movement Street Road Square Hall Court Agency
    Association Federation Institute Trust Foundation Corporation Company Ltd Inc Plc News
    Times Post Guardian Observer Telegraph Mail Herald Journal Review Magazine Press Service
    Services Army Navy Force Forces Police Government Parliament Assembly Senate Congress
    Commission Board Authority Club League Alliance Front Network Campaign Project Fund
    Programme Program Conference Summit War Wars Treaty Act Bill Agreement Accord Airport
    Hospital Prison Museum Gallery Theatre Library Lives Matter Kingdom States Republic Union
    Europe Africa America Asia East West North South Northern Southern Eastern Western Island
    Islands River Valley City County State Province Region District Abbey Downing White""".split()
)


#: organisation/place words that are not also common surnames (unlike Hall, House, Bank, Church)
_PLACE_WORDS = frozenset(
    """Station Street Road Square Avenue Airport Hospital University College School Centre
    Center Party Committee Council Department Ministry Office Agency Foundation Institute
    Corporation Company Group Union Association Federation Commission Parliament Government
    Museum Gallery Theatre Library Prison Kingdom States Republic""".split()
)


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    path = LEXICONS / "first_names.txt"
    out: dict[str, str] = {}
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "," in line:
                name, gender = line.split(",", 1)
                out[name.strip()] = gender.strip()
    except OSError:
        pass
    return out


@lru_cache(maxsize=4)
def load_people(path: str | None = None) -> pd.DataFrame:
    """The people register (``data/people.csv``: name, aliases ``;``-separated, role,
    affiliation, notes) as a DataFrame; empty with those columns if the file is missing."""
    p = Path(path) if path else PEOPLE
    cols = ["name", "aliases", "role", "affiliation", "notes"]
    try:
        with p.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame(rows)
    for c in cols:
        if c not in df.columns:
            df[c] = ""
    return df[cols].fillna("")


@lru_cache(maxsize=4)
def _alias_index(path: str | None = None) -> dict[str, str]:
    """Case-folded alias or name -> register name (aliases shared by two people are dropped)."""
    people = load_people(path)
    index: dict[str, str] = {}
    clash: set[str] = set()
    for name, aliases in zip(people["name"], people["aliases"]):
        for alias in [name, *str(aliases).split(";")]:
            key = canonical_key(alias)
            if not key:
                continue
            if key in index and index[key] != name:
                clash.add(key)
            index[key] = name
    for key in clash:
        del index[key]
    return index


@lru_cache(maxsize=65536)
def canonical_key(name: str) -> str:
    """Fold case, quote marks, dots, titles and spacing: the key names are compared on."""
    s = name.replace("’", "'").replace(".", " ").strip().lower()
    if s.endswith("'s"):
        s = s[:-2]
    tokens = s.split()
    titles = _TITLE_KEYS
    while len(tokens) > 1 and tokens[0] in titles:
        tokens.pop(0)
    return " ".join(tokens)


# ---------------------------------------------------------------------------------------------
# 3. Mentions, noun phrases and cues
# ---------------------------------------------------------------------------------------------

#: abbreviated titles written with a full stop ("Mr.", "Sen."); other titles are capitalised words
#: and are part of the run anyway
_TITLE_ABBR = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Prof|Rev|Lt|Cllr)"
#: capitalised runs (longer than a name: "British Armed Forces Minister Alistair Rennick")
_NAME_RUN_RE = re.compile(rf"(?<![\w’'])(?:{_TITLE_ABBR}\.\s+)?{_NAME.replace('{0,4}', '{0,6}')}")
_PREP_BEFORE_RE = re.compile(
    r"(?:\b(?:to|with|of|by|for|from|at|about|on|in|into|against|like|than|under|between|"
    r"and|or|nor|as|towards|behind|over|after|before|without|through|via)\s+|[’']s\s+)$"
)
#: a true preposition right before a noun phrase: the NP is not a subject ("as a prime minister
#: saying", "to Blair")
_PREP_GUARD_RE = re.compile(
    r"\b(?:to|with|of|by|for|from|at|about|on|in|into|against|like|than|as|under|over|"
    r"towards|behind|after|before|without|through|via)\s+$"
)
_SUBJECT_VERBISH_RE = re.compile(
    r"\s*(?:,[^,.;:!?\x01]{1,120},\s*)?(?:(?:then|also|now|still|never|always|once|later|"
    r"often|just|even|only|already|[a-z]+ly)\s+)?(?P<v>[a-z][a-z’'-]+)\b"
)
_NON_VERBS = frozenset(
    """and or but of to in on at by for from with the a an as than that which who whom whose
    where when while if is was were are be been being has had have do does did not so yet
    his her their its our my your this these those there here into onto upon about after
    before over under between among through during without within towards also""".split()
)
_AUX = frozenset("is was were are be been being has had have do does did will would can could "
                 "should must may might shall".split())
_PERSON_NOUN_RE = "(?:" + _alt(PERSON_NOUNS | {n.capitalize() for n in PERSON_NOUNS}) + ")"
#: a description of a person: determiner, up to three modifiers, a person noun as head
#: nationality nouns are capitalised in text ("a very senior American")
_DEMONYMS = frozenset(
    "american americans briton britons european europeans russian russians german germans "
    "canadian canadians australian australians israeli israelis iranian iranians iraqi iraqis "
    "ukrainian ukrainians palestinian palestinians mexican mexicans indian indians".split())
_SPEAKER_NOUN_RE = "(?:" + _alt(PERSON_NOUNS | ORG_NOUNS | {d.capitalize() for d in _DEMONYMS}
                                ) + ")"
_DESC = (rf"(?:{_DETERMINERS}(?:\s+[\w’'\-]+,?){{0,3}}?\s+{_SPEAKER_NOUN_RE}"
         rf"(?:\s+{_SPEAKER_NOUN_RE})?(?![\w’'\-])"
         rf"|[Aa]nother(?![\w’'\-])|[Oo]thers(?![\w’'\-]))")
#: where a clause subject can start: text start, after punctuation, a conjunction or a quotation
_CLAUSE_LEAD_RE = re.compile(
    r"(?:^|[.;:!?,\x01]\s+|\b(?:[Ww]hen|[Aa]s|[Bb]ut|[Aa]nd|[Tt]hen|[Ww]hile|[Bb]ecause|"
    r"[Tt]hough|[Ii]f|[Tt]hat)\s+)$"
)
_LEAD_WORDS = frozenset(
    "when When as As but But and And then Then while While because Because though Though "
    "if If that That".split())


def _at_clause_lead(narr: str, pos: int) -> bool:
    """Whether ``pos`` starts a clause: text start, after punctuation or a masked quotation and a
    space, or after a conjunction (same test as :data:`_CLAUSE_LEAD_RE`, without a regex)."""
    j = pos - 1
    while j >= 0 and narr[j] in " \t\n\u00a0":
        j -= 1
    if j < 0:
        return True
    if j == pos - 1:
        return False  # no space before the word
    if narr[j] in ".;:!?,\x01":
        return True
    k = j
    while k >= 0 and narr[k].isalpha():
        k -= 1
    return narr[k + 1:j + 1] in _LEAD_WORDS


#: the start of a determiner (a description of a person may begin there)
_DET_START_RE = re.compile(
    r"(?<![\w’'])(?=(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|"
    r"[Mm]any|[Mm]ost|[Oo]ther)\b)"
)
_DESC_SUBJ_RE = re.compile(
    rf"(?P<np>{_DETERMINERS}(?:\s+[\w’'\-]+,?){{0,4}}?\s+(?P<head>{_SPEAKER_NOUN_RE})"
    rf"(?![\w’'\-]))"
    rf"(?=(?:\s+(?:from|in|at|of|with|who|on)\b[^,.;:!?\x01]{{0,60}}?)?,?\s+[a-z])"
)


@dataclass
class Mention:
    """A person (or group) mentioned in narration, possibly as a clause subject."""

    start: int
    end: int
    surface: str
    kind: str  # named | description | group | pronoun
    subject: bool
    gender: str = "u"
    para: int = -1  # paragraph index within the article (set by the caller)
    resolved: tuple | None = None  # for pronoun mentions: (speaker, type), once resolved
    not_pron: str = ""  # "she"/"he": its verb takes "her"/"him" as object, so not that referent


def _is_person_name(tokens: list[str], known: set[str]) -> bool:
    """A capitalised run is a person's name if a given name, a title, or a known speaker."""
    if not tokens:
        return False
    first = tokens[0].rstrip(".")
    if first in TITLES:
        return len(tokens) >= 2 and tokens[1] not in _NOT_NAME
    names = _first_names()
    if first in names and len(tokens) >= 2 and not any(t in _PLACE_WORDS for t in tokens[1:]):
        return True  # "Tom Hall" (a surname can be an organisation word), not "Victoria Station"
    if any(t in _ORG_WORDS for t in tokens):
        return False
    key = canonical_key(" ".join(tokens))
    if key in known:
        return True
    if len(tokens) == 1 and key in _alias_index():
        return True
    if len(tokens) >= 2 and key in _alias_index():
        return True
    return False


def _clean_name_tokens(surface: str) -> list[str]:
    """Name tokens of a capitalised run: function words and a possessive removed, and role
    words before a given name cut off (``Labour MP Jane Carter`` -> ``Jane Carter``)."""
    return list(_clean_name_tuple(surface))


@lru_cache(maxsize=65536)
def _clean_name_tuple(surface: str) -> tuple[str, ...]:
    return tuple(_clean_name_tokens_uncached(surface))


_ROLE_ACRONYMS = frozenset({"MP", "MEP", "MSP", "MLA", "MS", "AM", "CEO", "QC", "KC"})


def _clean_name_tokens_uncached(surface: str) -> list[str]:
    tokens = surface.replace("’s", "").replace("'s", "").split()
    while tokens and tokens[0] in _NOT_NAME:
        tokens.pop(0)
    while tokens and tokens[-1] in _NOT_NAME:
        tokens.pop()
    if len(tokens) >= 3 and tokens[0] not in _first_names() and \
            tokens[0].rstrip(".") not in TITLES:
        names = _first_names()
        for i in range(1, len(tokens) - 1):
            if tokens[i] in names:
                return tokens[i:]
            if tokens[i - 1].lower() in PERSON_NOUNS or tokens[i - 1] in _ROLE_ACRONYMS:
                return tokens[i:]  # "Labour MP Priya Nair", "Green Councillor Jo Hart"
    return tokens


def _gender_of(tokens: list[str]) -> str:
    if not tokens:
        return "u"
    t0 = tokens[0].rstrip(".")
    if t0 in _MALE_TITLES:
        return "m"
    if t0 in _FEMALE_TITLES:
        return "f"
    return _first_names().get(t0, "u")


def _find_mentions(text: str, lo: int, hi: int, narr: str, known: set[str],
                   runs: list[re.Match] | None = None, person_cache: dict | None = None
                   ) -> list[Mention]:
    """Person mentions in the narration ``narr`` (= ``text[lo:hi]`` with quotes masked);
    ``runs``: the capitalised runs of ``narr`` if already found; ``person_cache``: memo of the
    person test for a fixed ``known`` set."""
    out: list[Mention] = []
    cache = person_cache if person_cache is not None else {}
    for m in (runs if runs is not None else _NAME_RUN_RE.finditer(narr)):
        surface = m.group(0)
        tokens = _clean_name_tokens(surface)
        if not tokens:
            continue
        # drop leading non-name tokens from offsets
        off = surface.find(tokens[0])
        s = lo + m.start() + off
        name = " ".join(tokens)
        e = s + len(name) if text[s:s + len(name)] == name else lo + m.end()
        key = tuple(tokens)
        is_person = cache.get(key)
        if is_person is None:
            is_person = cache[key] = _is_person_name(tokens, known)
        if not is_person and not _person_by_context(narr, m.start() + off, m.end()):
            continue
        before = narr[max(0, m.start() - 25):m.start() + off]
        after = narr[m.end():m.end() + 140]
        poss = surface.endswith(("’s", "'s"))
        out.append(Mention(s, e, name, "named", not poss and _is_subject(narr, m.start() + off,
                                                                         before, after),
                           _gender_of(tokens)))
    for m in _GROUP_RE.finditer(narr):
        before = narr[max(0, m.start() - 25):m.start()]
        after = narr[m.end():m.end() + 140]
        out.append(Mention(lo + m.start(), lo + m.end(), m.group(0), "group",
                           _is_subject(narr, m.start(), before, after), "p"))
    for lead in _DET_START_RE.finditer(narr):
        if not _at_clause_lead(narr, lead.start()):
            continue
        m = _DESC_SUBJ_RE.match(narr, lead.start())
        if m is None:
            continue
        head = m.group("head").lower()
        if head not in PERSON_NOUNS and head not in ORG_NOUNS:
            continue
        if re.search(r"[A-Z][\w’'\-]+,\s*$", narr[max(0, m.start("np") - 40):m.start("np")]):
            continue  # an appositive ("Emma Rees, a national organiser,"), not a new person
        s = lo + m.start("np")
        is_org = head not in PERSON_NOUNS
        appos = None if is_org else _APPOS_SUBJ_NAME_RX.match(narr, m.end("np"))
        if appos:  # "A spokesman for the embassy, Oliver Grant, said": the name is the subject
            for x in out:
                if x.kind == "named" and x.start == lo + appos.start("name"):
                    x.subject = True
                    break
            continue
        out.append(Mention(s, lo + m.end("np"), _description(m.group("np")),
                           "group" if is_org else "description", True,
                           "u" if is_org else _desc_gender(m.group("np"))))

    for m in _PRON_SUBJ_RE.finditer(narr):
        if not _at_clause_lead(narr, m.start()):
            continue
        p = m.group("p").lower()
        out.append(Mention(lo + m.start("p"), lo + m.end("p"), m.group("p"), "pronoun", True,
                           {"he": "m", "she": "f", "they": "p"}[p]))
    for x in out:  # "a senior colleague told her …": the subject is not the "she" of the story
        if x.kind in ("named", "description") and x.subject:
            obj = _OBJ_PRON_RE.match(narr, x.end - lo)
            if obj:
                x.not_pron = "she" if obj.group("o") == "her" else "he"
    out.sort(key=lambda x: x.start)
    return out


#: a subject's verb with an object pronoun: ``told her``, ``once asked him``
_OBJ_PRON_RE = re.compile(r"(?:,[^,\x01]{1,60},)?\s+(?:[a-z]+ly\s+|once\s+|later\s+)?"
                          r"[a-z]+(?:ed|old|ote|aid|ked|ave|ent|ew|ame|s)\s+(?P<o>her|him)\b")


#: "he"/"she"/"they" opening a clause in narration: a subject whose referent carries on
_PRON_SUBJ_RE = re.compile(r"(?<![\w’'])(?P<p>[Hh]e|[Ss]he|[Tt]hey)(?=\s+[a-z])")


_APPOS_BEFORE_RE = re.compile(rf"\b{_PERSON_NOUN_RE},\s*$")
_APPOS_AFTER_RE = re.compile(rf"^,\s*(?:(?:now|then|still|formerly|once)\s+)?"
                             rf"(?:{_DETERMINERS}|[Tt]he)\s+(?:[\w’'\-]+\s+){{0,3}}?"
                             rf"{_PERSON_NOUN_RE}\b")
#: ``Luis Ortega, who owns …`` / ``Ann Lee, 41,``: a relative ``who`` or an age marks a person
_WHO_AFTER_RE = re.compile(r"^,\s*(?:who\b|\d{1,3},)")
_VERB_AFTER_RE = re.compile(rf"^(?:\s+[a-z]+ly)?\s+(?:{_SPEECH_VERB_RE})\b")


def _person_by_context(narr: str, s: int, e: int) -> bool:
    """A two- or three-word capitalised name is a person when it stands in apposition to a
    person noun (``the mayor, Ana Ruiz,`` / ``Tom Becker, a spokesman``) or directly before a
    reporting verb (``Priya Shah said``)."""
    name = narr[s:e]
    if any(t in _ORG_WORDS for t in name.split()):
        return False
    if len(name.split()) == 1:
        # "Garske, now a banker, tells me": a lone surname in apposition to a person noun
        # (the full name may stand only inside a quotation, which is masked)
        return name[:1].isupper() and name[1:].islower() and \
            bool(_APPOS_AFTER_RE.match(narr[e:e + 80]))
    if not 2 <= len(name.split()) <= 3:
        return False
    return bool(_APPOS_BEFORE_RE.search(narr[max(0, s - 40):s])
                or _APPOS_AFTER_RE.match(narr[e:e + 80]) or _VERB_AFTER_RE.match(narr[e:e + 30])
                or _WHO_AFTER_RE.match(narr[e:e + 40]))


def _is_subject(narr: str, pos: int, before: str, after: str) -> bool:
    """A mention is a clause subject if no preposition precedes it and a verb-like word follows
    (after an optional appositive), or if it opens its clause (``So, Lansman.``)."""
    if _PREP_BEFORE_RE.search(before):
        return False
    v = _SUBJECT_VERBISH_RE.match(after)
    if v and (v.group("v") not in _NON_VERBS or v.group("v") in _AUX):
        return True
    lead = re.split(r"[.;:!?\x01]\s*", narr[max(0, pos - 40):pos])[-1]
    return count_words(lead) <= 1 and bool(re.match(r"^\s*[.!?,;]", after))


def _desc_gender(np_text: str) -> str:
    low = np_text.lower()
    if re.search(r"\b(?:man|men|boy|spokesman|father|son|husband|brother|chairman|mr)\b", low):
        return "m"
    if re.search(r"\b(?:woman|women|girl|spokeswoman|mother|daughter|wife|sister|"
                 r"chairwoman|mrs|ms)\b", low):
        return "f"
    if re.search(r"\b(?:people|members|supporters|activists|officials|sources|workers)\b", low):
        return "p"
    # a plural head ("some opposition lawmakers", "two residents") or a plural determiner
    words = re.findall(r"[a-z’'\-]+", low)
    if words and (words[0] in _PLURAL_DETS or (
            words[-1].endswith("s") and not words[-1].endswith(("ss", "’s", "'s"))
            and (words[-1][:-1] in PERSON_NOUNS or words[-1][:-2] in PERSON_NOUNS))):
        return "p"
    return "u"


_PLURAL_DETS = frozenset("some several many few two three four five six both these those "
                         "other most all".split())


#: "the Americans", "the Tories": a group named by a capitalised plural
_GROUP_RE = re.compile(
    r"(?<![\w’'])[Tt]he\s+(?P<g>[A-Z][a-z]+(?:ans|ers|ists|ites|ies|s))(?![\w’'])"
)

_DESC_CUT_RE = re.compile(
    r"\s+(?:in|from|with|at|on|who|which|that|whose|wearing|standing|sitting|near|outside|"
    r"inside|behind|beside|holding|carrying|for|of(?!\s+(?:the|them|his|her|their)\b))\b.*$",
    re.S,
)


#: post-modifiers kept in a description: a PP naming an organisation (capitalised), or a
#: relative clause of at most three words
_KEEP_POSTMOD_RE = re.compile(
    rf"^{_DETERMINERS}(?:\s+[\w’'\-]+){{0,2}}?\s+(?:{_PERSON_NOUN_RE}|MPs?)\s+"
    rf"(?:(?:for|of|at|from|on)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Za-z][\w’'\-]*){{0,3}}"
    rf"|who\s+[a-z]+(?:\s+[a-z]+){{0,4}})$")


_QUANTITY_WORDS = frozenset("few dozen handful couple number group lot score host series "
                            "pair trio majority minority".split())


def _description(np_text: str) -> str:
    """Short description from a noun phrase: cut at a preposition or relative clause."""
    s = re.sub(r"\s+", " ", np_text.strip(" ,"))
    s = re.split(r",\s+(?=(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s)", s)[-1]
    if re.match(r"(?i)one of ", s):
        s = re.sub(r"\s+(?:in|from|with|at|who|which|that)\b.*$", "", s)
    elif _KEEP_POSTMOD_RE.match(s):
        pass  # "a spokesman for the Conservative party", "one MP who backs him"
    else:
        s = _DESC_CUT_RE.sub("", s)
    s = re.split(r"\s*[,;:(]\s*", s)[0] if not re.match(r"(?i)an? \w+, \w+", s) else s
    w = s.split()
    if len(w) >= 4 and w[0].lower() in ("a", "an", "another") and w[-1].endswith("s") and \
            w[-1].lower() in PERSON_NOUNS and w[-1].lower()[:-1] in PERSON_NOUNS and \
            w[1].lower() not in _QUANTITY_WORDS:
        # "a process party officials describe as": the singular determiner belongs to another
        # noun (a reduced relative clause); the speakers are the bare plural after it
        s = " ".join(w[2:])
    if s and s.split()[0] in {"A", "An", "The", "One", "Another", "Some", "This", "That",
                              "Several", "Two", "Three", "Many", "Most", "Other", "His", "Her",
                              "Their", "Our", "My"}:
        s = s[0].lower() + s[1:]
    return s


_NP_RE = rf"(?P<np>{_DESC}|(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}|{_PRON})"
# "…," says X / "…," said X, a spokesman.  (verb first)
_POST_INV_RE = re.compile(
    rf"^[\s,—–-]*(?:{_ADV}\s+)?(?P<verb>{_SPEECH_VERB_RE})\s+(?:{_ADV}\s+)?"
    rf"(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}|{_PRON}(?![\w’'])|"
    rf"{_DETERMINERS}(?:[ \t]+[\w’'\-]+){{0,8}}|another|one|others?|"
    rf"(?:[a-z][\w\-]*\s+){{0,2}}{_PERSON_NOUN_RE}(?:\s+{_NAME})?(?![\w’'\-]))"
    rf"(?=$|[\s,.;:!?—–\-)\x01])"
)
# "…," X says / "…," he says
_POST_NORM_RE = re.compile(
    rf"^[\s,—–-]*(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}|{_PRON}|{_DETERMINERS}"
    rf"(?:\s+[\w’'\-]+){{0,6}}?)(?P<app>,[^,\x01.;:!?]{{1,80}},)?\s+(?:{_ADV}\s+)?"
    rf"(?:(?:has|had|have|will|would|later|then|also|once|again|\w+ly)\s+)?"
    rf"(?P<verb>{_SPEECH_VERB_RE})\b(?!\s*:)"
)
# X says: "…" / X, who …, says "…" / X says that "…" / X tells me: "…"
_PRE_RE = re.compile(
    rf"(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}|{_PRON}|{_DESC}(?:\s+(?:with|from|in|at|"
    rf"of|on|wearing|outside|near|behind)\s+[^,\x01;:!?]{{1,40}}?)?)"
    rf"(?:,\s*\d{{1,3}}(?=,))?(?P<app>,[^,\x01;:!?]{{1,120}},)?\s+"
    rf"(?:(?:{_ADV}|then|also|later|once|again|has|had|"
    rf"have|will|would|simply|only|used\s+to|liked\s+to|likes\s+to|"
    rf"(?:appears?|appeared|seems?|seemed)\s+to)\s+)*"
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


def _verbs_in(text: str, pos: int = 0) -> list[re.Match]:
    """Matches of reporting/framing verbs in ``text[pos:]`` (group ``verb``)."""
    return [m for m in _LOWER_WORD_RE.finditer(text, pos) if m.group(0) in ALL_VERBS]
_NP_BEFORE_RE = re.compile(
    rf"(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}(?:\s+and\s+{_NAME})?|{_PRON}|{_DESC}"
    rf"(?:\s+(?:for|of|at|from|on)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*|[a-z]+[’']s\s+[a-z]+)"
    rf"(?:\s+[A-Za-z][\w’'\-]*){{0,3}}?)?)"
    rf"(?P<app>,[^,\x01;:!?]{{1,120}},)?,?\s+(?:(?:{_ADV}|then|also|later|once|again|has|"
    rf"had|have|will|would|simply|only|did|does|do|not|never|always|often)\s+)*$"
)
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
#: a person description right before ``for|of|at|from`` + the NP that was found
_DESC_PP_LEFT_RX = re.compile(
    rf"(?P<np>{_DETERMINERS}(?:\s+[\w’'\-]+){{0,2}}?\s+(?P<head>{_PERSON_NOUN_RE}))"
    rf"\s+(?:for|of|at|from)\s+$")
_WHOLE_NP_RX = re.compile(r"(?P<np>.+)", re.S)
_DET_START_RX = re.compile(rf"^{_DETERMINERS}\b")
_DET_WORD_RX = re.compile(rf"^{_DETERMINERS}\s+[a-z]")
_ROLE_BEFORE_NAME_RX = re.compile(
    rf"^(?!(?:an?|the|one|another|some|two|three|many|most|other)\s)(?:[a-z][\w\-]*\s+){{1,3}}"
    rf"(?={_NAME}$)")
_SUBJ_RX = re.compile(rf"^\W*(?:(?:But|And|So|Then|Yet|Now)\s+)?{_NP_RE}")
_SUBJ_VERB_RX = re.compile(rf"^\W*(?:(?:But|And|So|Then|Yet|Now)\s+)?{_NP_RE}\s+[a-z]")
_LATE_POST_RX = re.compile(
    rf"^[^\x01.;!?]{{0,60}}?,\s*{_NP_RE}\s+(?P<verb>{_SPEECH_VERB_RE})\b")
_APPOS_NAME_AFTER_RX = re.compile(
    rf"[^,.;:!?\x01]{{0,40}}?,\s*(?P<name>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME})"
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
_APPOS_SUBJ_NAME_RX = re.compile(
    rf"[^,.;:!?\x01]{{0,50}}?,\s*(?P<name>{_NAME}),\s+(?:[a-z]+ly\s+)?[a-z]")
#: last words of an announcing sentence (cheap pre-test before :data:`_ANNOUNCE_RE`)
_ANNOUNCE_LAST = frozenset(
    "ask asks asked answer answers answered reply replies replied respond responds responded "
    "retort retorts retorted counter counters countered question".split())
_LABEL_PRE_RX = re.compile(rf"^\s*{_NP_RE}\s*:\s*$")
_ACCORDING_PRE_RE = re.compile(
    rf"(?:(?P<cue>[Aa]ccording to)|[Ii]n the (?P<noun>words?) of)\s+{_NP_RE}\s*,?\s*$")
_WORDS_OF_RE = re.compile(
    rf"[Ii]n the (?P<noun>words?) of\s+(?P<np>its\s+(?:[a-z\-]+\s+){{0,2}}{_PERSON_NOUN_RE}|"
    rf"{_DESC}|(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME})(?P<app>,\s*{_NAME},)?")
_ACCORDING_POST_RE = re.compile(rf"^[\s,]*(?P<cue>according to)\s+{_NP_RE}")
_PAREN_CUE_RE = re.compile(
    rf",\s*(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}|{_PRON})\s+(?P<verb>{_SPEECH_VERB_RE}),")
_PASSIVE_AUX_RE = re.compile(
    r"(?:\b(?:am|is|are|was|were|be|been|being|I’m|I'm|we’re|we're)\s+(?:\w+ly\s+)?)$")
#: A noun that attributes quoted words to the clause's subject (``By his own admission``).
_CUE_NOUN_RE = re.compile(
    r"(?<![\w’'])(?P<noun>admission|appeal|claim|denial|statement|memo|memorandum|letter|"
    r"tweet|e-?mail|remark|comment|warning|plea|boast|confession|verdict|message|speech|"
    r"column|blog|post|interview|testimony)(?:s)?(?![\w’'])"
)
_BY_AGENT_RE = re.compile(rf"^\s+by\s+(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}|{_DESC})")


# ---------------------------------------------------------------------------------------------
# 4. Attribution
# ---------------------------------------------------------------------------------------------


@dataclass
class _Row:
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


_SENT_END_RE = re.compile(r"[.!?](?:[\"”’')\]]*)\s+(?=[\x01\"“‘'(\[]?[A-Z0-9\x01])|[;]\s+")


def _clause_start(narr: str, pos: int, floor: int = 0) -> int:
    """Start of the narration sentence containing ``pos`` (quotes are masked)."""
    best = floor
    for m in _SENT_END_RE.finditer(narr, floor):
        if m.end() > pos:
            break
        best = m.end()
    return best


def _is_sentence_like(inner: str) -> bool:
    words = count_words(inner)
    if words >= 6:
        return True
    if words >= 3 and re.search(r"[.!?…]$", inner.strip()) and inner.strip()[0].isupper():
        return True
    return False


def _desc_head(np_text: str) -> str:
    """Head noun of a description, before a kept post-modifier (``a spokesman for the
    party`` -> ``spokesman``)."""
    desc = re.split(r"\s+(?:who|for|of|at|from|on)\s+", _description(np_text))[0]
    return desc.split()[-1].lower().strip(",") if desc.split() else ""


def _np_kind(np_text: str) -> str:
    low = np_text.strip().lower()
    if low in PRONOUNS:
        return "pronoun"
    first = np_text.strip().split()[0] if np_text.strip() else ""
    if _DET_START_RX.match(np_text.strip()) or low in {"another", "one", "others",
                                                                   "other"}:
        # "The Americans" style group vs description
        if first in {"The", "the"} and len(np_text.split()) >= 2 and \
                np_text.split()[1][:1].isupper():
            return "group"
        if _desc_head(np_text) in ORG_NOUNS:
            return "group"
        return "description"
    if np_text.strip()[:1].islower():
        return "description"
    return "named"


def _valid_np(np_text: str) -> bool:
    s = np_text.strip()
    if not s:
        return False
    if s.lower() in PRONOUNS or s.lower() in {"another", "one", "others", "other"}:
        return True
    tokens = s.split()
    if tokens[0] in _NOT_NAME and not _DET_START_RX.match(s):
        return False
    if _DET_START_RX.match(s):
        head = _desc_head(s)
        return head in PERSON_NOUNS or head in ORG_NOUNS
    if all(t[:1].islower() for t in tokens):  # bare role noun phrase: "union leader"
        return tokens[-1].lower() in PERSON_NOUNS
    return not all(t in _NOT_NAME for t in tokens)


class _Article:
    """State for attributing the quotations of one article."""

    def __init__(self, text: str, people: dict[str, str]):
        self.text = text
        self.alias = people
        self.full_names: list[tuple[int, str]] = []  # (offset, full name) in order seen
        self.known: set[str] = set()
        self.paragraph_mentions: list[list[Mention]] = []
        self.interviewee: str = ""
        self.block_starts: list[int] = []
        self.speech_history: list[tuple[int, str, str]] = []  # (paragraph, speaker, type)
        self.interview_mode: bool = False
        self.writer_meets: bool = False  # first-person writer meeting/asking someone
        self._idx_len = -1
        self._by_last: dict = {}
        self._by_first: dict = {}
        self._memo: dict = {}
        self._counts: dict[str, int] | None = None
        self.name_runs: list[tuple[int, list[str]]] = []

    def note_names(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.kind == "named":
                tokens = m.surface.split()
                if tokens and tokens[0].rstrip(".") in TITLES:
                    tokens = tokens[1:]
                if len(tokens) >= 2:
                    self.full_names.append((m.start, " ".join(tokens)))
                    self.known.add(canonical_key(" ".join(tokens)))
                    self.known.add(canonical_key(tokens[-1]))

    def note_candidates(self, narr: str, lo: int, runs: list[re.Match] | None = None) -> None:
        """Capitalised runs of two to four words that look like personal names (no
        organisation or function words): used only to expand a surname to a full name."""
        for m in (runs if runs is not None else _NAME_RUN_RE.finditer(narr)):
            tokens = _clean_name_tokens(m.group(0))
            titled = bool(tokens) and tokens[0].rstrip(".") in TITLES and len(tokens) > 1
            if titled:
                tokens = tokens[1:]
            if tokens:
                self.name_runs.append((lo + m.start(), tokens))
            raw = m.group(0).split()
            k = len(raw) - len(tokens) - 1
            if not titled and 0 <= k and len(tokens) >= 2 and (
                    raw[k].rstrip(".") in TITLES or raw[k].lower() in PERSON_NOUNS
                    or raw[k] in _ROLE_ACRONYMS):
                titled = True  # "Armed Forces Minister Alistair Rennick": a role marks a person
            given = len(tokens) == 2 and tokens[0] in _first_names() and \
                tokens[1] not in _PLACE_WORDS
            if not 2 <= len(tokens) <= 4 or any(
                    (t in _ORG_WORDS and not given) or t in _NOT_NAME or t.isupper()
                    or t.endswith(("’", "'")) for t in tokens):
                continue
            full = " ".join(tokens)
            self.full_names.append((lo + m.start(), full))
            if titled or _is_person_name(tokens, self.known) or _person_by_context(
                    narr, m.start(), m.end()):  # "Gov. Sandra Ortiz": a title marks a person
                self.known.add(canonical_key(full))
                self.known.add(canonical_key(tokens[-1]))

    def _index(self) -> tuple[dict, dict]:
        if self._idx_len != len(self.full_names):
            by_last: dict[str, list[tuple[int, str]]] = {}
            by_first: dict[str, list[tuple[int, str]]] = {}
            for off, n in sorted(self.full_names):
                if canonical_key(n) not in self.known:
                    continue  # expand surnames to persons' names only
                toks = [t for t in canonical_key(n).split() if t not in _NAME_SUFFIXES]
                if toks:
                    by_last.setdefault(toks[-1], []).append((off, n))
                    by_first.setdefault(toks[0], []).append((off, n))
            self._by_last, self._by_first = by_last, by_first
            self._idx_len = len(self.full_names)
            self._memo = {}
        return self._by_last, self._by_first

    def canonical(self, name: str, at: int) -> str:
        """Fullest form of ``name``: the latest full name with this surname seen up to ``at``,
        the register's name for this alias, a later full name with this surname, a full name
        with this first name, or the name as written (titles and possessive removed)."""
        by_last, by_first = self._index()
        memo_key = (name, at)
        if memo_key in self._memo:
            return self._memo[memo_key]
        tokens = name.replace("’s", "").replace("'s", "").split()
        if tokens and tokens[0].rstrip(".") in TITLES and len(tokens) > 1:
            tokens = tokens[1:]
        if not tokens:
            return name
        clean = " ".join(tokens)
        key = canonical_key(clean)
        result = clean
        if len(tokens) == 1:
            same_last = by_last.get(key, [])
            earlier = [n for off, n in same_last if off <= at]
            first_name = [n for off, n in by_first.get(key, []) if off <= at]
            if earlier:
                result = earlier[-1]
            elif key in self.alias:
                result = self.alias[key]
            elif same_last:
                result = same_last[0][1]
            elif first_name:
                result = first_name[-1]
        elif key in self.alias:
            result = self.alias[key]
        self._memo[memo_key] = result
        return result

    def mention_counts(self) -> dict[str, int]:
        """Mentions per canonical name in the article (computed once)."""
        if self._counts is None:
            counts: dict[str, int] = {}
            for off, tokens in self.name_runs:
                if _is_person_name(tokens, self.known):
                    n = self.canonical(" ".join(tokens), off)
                    counts[n] = counts.get(n, 0) + 1
            self._counts = counts
        return self._counts


_NAME_SUFFIXES = frozenset({"sr", "jr", "ii", "iii", "iv"})


def _mention_gender(m: Mention, art: _Article) -> str:
    if m.gender != "u" or m.kind != "named":
        return m.gender
    return _gender_of(art.canonical(m.surface, m.start).split())


def _compatible(p: str, m: Mention, art: _Article) -> bool:
    if m.kind == "pronoun":
        return m.surface.lower() == p
    if m.not_pron == p:
        return False
    if p == "it":  # an organisation: a group mention or a description with an organisation head
        return m.kind == "group" and m.gender != "p"
    if p == "they":
        return m.kind == "group" or (m.kind == "description" and m.gender == "p")
    if m.kind == "group":
        return False
    g = _mention_gender(m, art)
    return g in ("u", {"he": "m", "she": "f"}[p])


def _mention_name(m: Mention, art: _Article) -> tuple[str, str]:
    if m.kind == "pronoun":
        if m.resolved is None:
            m.resolved = ("", "none")  # guards against cycles
            name, typ, _, _ = _resolve_pronoun(m.surface, m.start, art, m.para,
                                               interview=art.interview_mode)
            m.resolved = (name, typ)
        return m.resolved
    if m.kind == "named":
        return art.canonical(m.surface, m.start), "pronoun-resolved"
    return m.surface, m.kind


def _resolve_pronoun(
    pron: str, pos: int, art: _Article, para: int, exclude: str = "", interview: bool = True
) -> tuple[str, str, int | None, int | None]:
    """(speaker, type, mention start, mention end) for a pronoun at ``pos`` in paragraph ``para``.

    Order: first person -> the writer (the interviewer in an interview); in an interview
    ``he``/``she`` -> the interviewee (if the gender does not clash); else the latest
    compatible subject mention in this or the previous paragraph; the latest compatible
    mention of any role there; the speaker of a recent speech quote; subject mentions up to
    four paragraphs back.
    """
    p = pron.lower()
    if p == "i" and interview and art.interviewee:
        return ("the interviewer", "writer", None, None)  # "I ask" in an interview
    if p in {"i", "we"}:
        return ("the writer", "writer", None, None)
    if p in {"he", "she"} and interview and art.interviewee and art.interviewee != exclude:
        g = _gender_of(art.interviewee.split())
        local = None
        if g == "u":
            # an interviewee whose given name tells no gender does not take a "he"/"she"
            # whose paragraph has just named another person as subject ("Sheard, now a
            # councillor, tells me … "…," he says"): the nearer named subject does
            for m in reversed(art.paragraph_mentions[para]
                              if 0 <= para < len(art.paragraph_mentions) else []):
                if m.start < pos and m.subject and m.kind == "named" and \
                        _compatible(p, m, art):
                    name = _mention_name(m, art)[0]
                    if name and name not in (exclude, art.interviewee) and \
                            not speakers_match(name, art.interviewee):
                        local = m
                    break
        if local is not None:
            name, typ = _mention_name(local, art)
            return (name, typ, local.start, local.end)
        if g in ("u", {"he": "m", "she": "f"}[p]):
            return (art.interviewee, "pronoun-resolved", None, None)

    def scan(paras: range, need_subject: bool) -> Mention | None:
        for k in paras:
            if k < 0 or k >= len(art.paragraph_mentions):
                continue
            for m in reversed(art.paragraph_mentions[k]):
                if m.start >= pos or (need_subject and not m.subject):
                    continue
                if not _compatible(p, m, art):
                    continue
                name = _mention_name(m, art)[0]
                if not name or name == exclude:
                    continue
                return m
        return None

    m = (scan(range(para, para - 1, -1), True) or scan(range(para, para - 1, -1), False)
         or scan(range(para - 1, para - 2, -1), True) or scan(range(para - 1, para - 2, -1),
                                                               False))
    if m is not None:
        name, typ = _mention_name(m, art)
        return (name, typ, m.start, m.end)
    for k, name, typ in reversed(art.speech_history):
        if k < para - 3:
            break
        if not name or name == exclude or typ == "writer":
            continue
        gender = _desc_gender(name) if typ == "description" else _gender_of(name.split())
        if p in ("he", "she") and gender not in ("u", {"he": "m", "she": "f"}[p]):
            continue
        if p in ("they", "it") and typ not in ("group", "description"):
            continue
        if p in ("he", "she") and typ == "group":
            continue  # "the board said …" is not a later "he says"
        return (name, "pronoun-resolved" if typ not in ("description", "group") else typ,
                None, None)
    m = scan(range(para - 2, para - 5, -1), True)
    if m is not None:
        name, typ = _mention_name(m, art)
        return (name, typ, m.start, m.end)
    return ("", "none", None, None)


_ELLIPTIC = {"another", "one", "others", "a third", "a fourth", "a fifth", "a second",
             "the other", "the third", "the fourth", "a sixth"}


def _complete_description(desc: str, art: _Article, para: int, pos: int) -> str:
    """``another`` / ``a third`` -> ``another man`` when the last description says ``man``."""
    if desc.lower() not in _ELLIPTIC:
        return desc
    for k in range(para, para - 2, -1):
        if k < 0 or k >= len(art.paragraph_mentions):
            continue
        for m in reversed(art.paragraph_mentions[k]):
            if m.kind == "description" and m.start < pos:
                head = m.surface.split()[-1]
                if head.lower() not in _ELLIPTIC and head.lower() not in {"one", "another"}:
                    return f"{desc} {head}"
    return desc


#: head nouns of an office or function: ``the prime minister`` after a named subject in the
#: same paragraph is that person (elegant variation), unlike ``the man`` or ``the nurse``
_ROLE_HEADS = frozenset(
    """minister president chancellor premier governor mayor senator ambassador leader chairman
    chairwoman chair secretary chief director founder commissioner envoy mp congressman
    congresswoman councillor spokesman spokeswoman spokesperson executive treasurer
    candidate""".split())


def _role_antecedent(desc: str, art: _Article, para: int, pos: int, exclude: str = "") -> str:
    """``"…," the prime minister told MPs`` right after ``Richard Hollis insisted …`` in the same
    paragraph: a definite description headed by an office noun refers back to the latest
    named subject of the paragraph (not a new person). Returns the name or ""."""
    tokens = desc.lower().split()
    if len(tokens) < 2 or tokens[0] != "the" or tokens[-1] not in _ROLE_HEADS:
        return ""
    if not 0 <= para < len(art.paragraph_mentions):
        return ""
    for m in reversed(art.paragraph_mentions[para]):
        if m.start >= pos or m.kind != "named" or not m.subject:
            continue
        name = art.canonical(m.surface, m.start)
        if name and name != exclude and len(name.split()) >= 2:
            return name
        return ""
    return ""


_ORG_NAME_RE_CACHE: dict[str, re.Pattern] = {}
#: last words of company names (``the company`` / ``the firm`` refers back to one of these)
_CORPORATE_WORDS = frozenset(
    "Company Services Ltd Limited Plc PLC Inc Group Holdings Corporation Corp Industries "
    "Airways Airlines Motors Energy Water Systems Technologies Partners".split())


def _org_full_name(desc: str, art: _Article, pos: int) -> str:
    """``the council`` -> ``Harfield District Council``: a definite organisation description
    takes the latest capitalised name ending in the same head noun written earlier in the
    article (``the company`` after ``Acme Trading Company``); otherwise it stays as it is."""
    m = re.fullmatch(r"the ([a-z]+)", desc)
    if not m or m.group(1) not in ORG_NOUNS:
        return desc
    head = m.group(1).capitalize()
    if m.group(1) in ("company", "firm", "business"):  # any corporate name will do
        head = "(?:" + "|".join(sorted(_CORPORATE_WORDS)) + ")"
    rx = _ORG_NAME_RE_CACHE.get(head)
    if rx is None:
        rx = _ORG_NAME_RE_CACHE[head] = re.compile(
            rf"(?<![\w’'])(?:[A-Z][\w’'\-]+\s+){{1,4}}{head}(?![\w’'])")
    best = ""
    for x in rx.finditer(art.text, 0, pos):
        words = x.group(0).split()
        while words and words[0] in _NOT_NAME:
            words = words[1:]
        if len(words) >= 2:
            best = " ".join(words)
    return best or desc


def _role_match(desc: str, art: _Article) -> str:
    """``the outgoing ambassador`` -> the person mentioned in the article whose register role
    contains the description's head noun (the most mentioned one), else ""."""
    tokens = desc.lower().split()
    if len(tokens) < 2 or tokens[0] != "the":
        return ""
    head = tokens[-1]
    counts = art.mention_counts()
    best, best_n = "", 0
    for name, role_words in _role_index():
        if head in role_words and counts.get(name, 0) > best_n:
            best, best_n = name, counts[name]
    return best


@lru_cache(maxsize=1)
def _role_index() -> tuple[tuple[str, frozenset[str]], ...]:
    """(name, words of the register's role) for every person in ``data/people.csv``."""
    people = load_people()
    return tuple((str(n), frozenset(re.findall(r"[a-z\-]+", str(r).lower())))
                 for n, r in zip(people["name"], people["role"]))


def _attribute_np(row: _Row, art: _Article, para: int, interview: bool, exclude: str = ""
                  ) -> None:
    np_text = row.np.strip()
    kind = _np_kind(np_text)
    row.speaker_mention = np_text
    if kind == "pronoun":
        name, typ, s, e = _resolve_pronoun(np_text, row.np_start or row.span.start, art, para,
                                           exclude=exclude, interview=interview)
        row.speaker, row.speaker_type = name, typ
        row.speaker_start, row.speaker_end = (s, e) if s is not None else (row.np_start,
                                                                           row.np_end)
    elif kind == "description":
        desc = _complete_description(_description(np_text), art, para,
                                     row.np_start or row.span.start)
        person = _role_match(desc, art) or _role_antecedent(
            desc, art, para, row.np_start or row.span.start, exclude)
        if person:
            row.speaker, row.speaker_type = person, "named"
        else:
            row.speaker, row.speaker_type = desc, "description"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end
    elif kind == "group":
        row.speaker = _description(np_text) if _DET_WORD_RX.match(np_text) \
            else np_text
        row.speaker = _org_full_name(row.speaker, art, row.np_start or row.span.start)
        row.speaker_type = "group"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end
    else:
        parts = re.split(r"\s+and\s+", np_text)
        names = []
        for part in parts:
            if re.search(r"[’']s\s", part):  # "Rumsfeld's DoD": keep as written
                names.append(part)
                continue
            tokens = _clean_name_tokens(part)
            names.append(art.canonical(" ".join(tokens) if tokens else part,
                                       row.np_start or 0))
        row.speaker = " and ".join(names)
        tokens = _clean_name_tokens(parts[0])
        # a group: an organisation word, an acronym, "the Americans"; otherwise a named speaker
        org = len(parts) == 1 and (any(t in _ORG_WORDS for t in tokens) or (
            len(tokens) == 1 and (tokens[0].isupper() or tokens[0].lower() in ORG_NOUNS))
            or bool(re.match(r"^[Tt]he\s", row.speaker))
            or bool(re.search(r"\s(?:of|for)\s", row.speaker) and len(tokens) >= 3
                    and tokens[0].rstrip(".") not in TITLES))  # "Royal Society of Tanners"
        row.speaker_type = "group" if org else "named"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end


#: capitalised words + ``of``/``for`` right before a name: an organisation's name continues
#: leftwards (``Royal College of Nursing``, ``Department for Education``)
_OF_NAME_LEFT_RX = re.compile(
    r"(?<![\w’'])(?:The\s+)?(?P<lead>(?:[A-Z][\w’'\-]+\s+){1,4}(?:of|for)\s+(?:the\s+)?)$")
_APPOSITIVE_NAME_RE = re.compile(rf"^(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}$")


_NAME_BEFORE_APPOS_RE = re.compile(rf"(?P<name>{_NAME}),\s*$")


def _set_np(row: _Row, m: re.Match, base: int) -> None:
    """Speaker NP of a cue match; a description in apposition to a name gives the name
    (``the developer's spokesman, Paul Grant, said``; ``Tom Watson, the deputy leader, …``)."""
    np_text, s, e = m.group("np"), base + m.start("np"), base + m.end("np")
    if _np_kind(np_text) == "named":
        left = _OF_NAME_LEFT_RX.search(m.string, max(0, m.start("np") - 80), m.start("np"))
        if left:  # "The Royal College of Nursing said": the whole name, not "Nursing"
            s = base + left.start("lead")
            np_text = m.string[left.start("lead"):m.end("np")]
    if _np_kind(np_text) in ("description", "group"):
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


def _find_cue(row: _Row, text: str, lo: int, hi: int, narr: str, next_open: int,
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
        for rx, how in ((_POST_INV_RE, "post-cue"), (_POST_NORM_RE, "post-cue")):
            m = rx.match(post)
            if m and _valid_np(m.group("np")) and not _np_is_verbish(m.group("np")):
                np_text = m.group("np")
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
                base = after_pos
                row.cue = REPORTING_VERBS.get(m.group("verb").lower(), "")
                row.cue_start, row.cue_end = base + m.start("verb"), base + m.end("verb")
                row.np = np_text
                row.np_start = base + m.start("np") + skip
                row.np_end = row.np_start + len(np_text)
                row.attribution = how
                row.post_cue_end = base + m.end()
                # a pre-cue with a colon beats a post-cue only if the post-cue is weak
                break
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
            return
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
            return
    label = _LABEL_PRE_RX.match(narr, 0, sp.open_pos - lo) if not row.attribution else None
    if label and _valid_np(label.group("np")) and not _np_is_verbish(label.group("np")):
        # "Minister: "We will act"" (headline, transcript): the label is the speaker
        _set_np(row, label, lo)
        row.attribution = "pre-cue"
        return
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
        return
    asput = _AS_PUT_RE.search(pre, max(0, len(pre) - 80)) if not row.attribution and \
        " put" in pre[-40:] else None
    if asput and _valid_np(asput.group("np")):
        # "watching, as he puts it, "…"": the parenthetical names the speaker
        row.cue = "put"
        row.cue_start, row.cue_end = lo + cs + asput.start("verb"), lo + cs + asput.end("verb")
        _set_np(row, asput, lo + cs)
        row.attribution = "pre-cue"
        return
    rel = _REL_WHO_PRE_RE.search(pre, max(0, len(pre) - 200)) if " who" in pre else None
    if rel and _valid_np(rel.group("np")) and (not row.attribution or pre.rstrip().endswith(":")):
        row.cue = ALL_VERBS.get(rel.group("verb").lower(), "")
        row.cue_start, row.cue_end = lo + cs + rel.start("verb"), lo + cs + rel.end("verb")
        _set_np(row, rel, lo + cs)
        row.attribution = "pre-cue"
        return
    tail0 = max(0, len(pre) - 260)  # the cue ends the clause: look at its tail
    m = _PRE_RE.search(pre, tail0) if _verbs_in(pre, max(0, len(pre) - 60)) else None
    if m and _valid_np(m.group("np")) and not _np_is_verbish(m.group("np")) and not (
            m.group("verb").endswith("ing") and _PREP_GUARD_RE.search(pre[:m.start("np")])):
        colon = pre.rstrip().endswith((":", "—", "–"))
        if not row.attribution or colon:
            lemma = ALL_VERBS.get(m.group("verb").lower(), "")
            row.cue = lemma
            base = lo + cs
            row.cue_start, row.cue_end = base + m.start("verb"), base + m.end("verb")
            _set_np(row, m, base)
            row.attribution = "pre-cue"
            return
    if row.attribution:
        return
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
    for vm in reversed(verbs):
        word = vm.group("verb").lower()
        lemma = ALL_VERBS.get(word, "")
        if not lemma:
            continue
        base = lo + cs
        before = pre[:vm.start()]
        agent = _BY_AGENT_RE.match(pre[vm.end():])
        bare = _BARE_ROLE_BEFORE_RX.search(before, max(0, len(before) - 40))
        nb = (bare if bare and bare.group("np").split()[-1].lower().endswith("s") else None) or (
            _REL_DESC_BEFORE_RX.search(before, max(0, len(before) - 120))
              if " who " in before[-100:] else None) or _NP_BEFORE_RE.search(before)
        if nb and _np_kind(nb.group("np")) in ("group", "named"):
            # "A spokesman for the Conservative party said": the person, not the party
            ext = _DESC_PP_LEFT_RX.search(before, 0, nb.start("np"))
            if ext and ext.group("head").lower() in PERSON_NOUNS:
                nb = _WHOLE_NP_RX.match(before, ext.start("np"), nb.end("np"))
        adj = _TIME_ADJUNCT_RX.search(before, max(0, len(before) - 40)) if (
            nb is None or nb.start("np") > len(before) - 40) else None
        if adj and (nb is None or nb.start("np") >= adj.start()):
            # "President X on Monday promised to "…"": skip the time adjunct
            nb = _NP_BEFORE_RE.search(before, 0, adj.start() + 1)
        if agent and (word.endswith("ed") or word in ("told", "said", "written")):
            row.np = agent.group("np")
            row.np_start = base + vm.end() + agent.start("np")
            row.np_end = base + vm.end() + agent.end("np")
        elif _PASSIVE_AUX_RE.search(before) and word in ("told", "said", "informed"):
            # "I am told", "it was said": an unnamed source
            row.anonymous = True
        elif nb and _valid_np(nb.group("np")) and not _np_is_verbish(nb.group("np")) and \
                not (word.endswith("ing") and _PREP_GUARD_RE.search(before[:nb.start("np")])):
            _set_np(row, nb, base)
        elif word.endswith("ing") or re.search(r"\b(?:and|but)\s+$", before) or \
                (_CUE_NOUN_RE.search(before[-40:]) and re.search(r"\b(?:which|that)\s+$", before)):
            subj = _SUBJ_RX.match(pre)
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
            return
        row.cue = lemma
        row.cue_start, row.cue_end = base + vm.start(), base + vm.end()
        row.attribution = "sentence-cue"
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
        subj = _SUBJ_VERB_RX.match(pre)
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
        if m2 and _np_kind(m2.group("np")) == "pronoun":
            base = after_pos
            row.np = m2.group("np")
            row.np_start, row.np_end = base + m2.start("np"), base + m2.end("np")
            row.cue = REPORTING_VERBS.get(m2.group("verb").lower(), "")
            row.cue_start, row.cue_end = base + m2.start("verb"), base + m2.end("verb")
            row.attribution = "sentence-cue"


def _np_is_verbish(np_text: str) -> bool:
    """Reject NPs that are really clauses ("It was", "There are")."""
    first = np_text.strip().split()[0] if np_text.strip() else ""
    if np_text.strip() in ("it", "It"):
        return False  # "…," it said: an organisation speaking
    return first in {"It", "There", "This", "That", "What", "Which", "Who", "It’s", "It's"} and \
        not _DET_WORD_RX.match(np_text.strip())


_LOOKBACK = 4  # paragraphs searched back for an antecedent


class _LazyMentions:
    """``paragraph_mentions[k]``: the mentions of paragraph ``k``, found on first access."""

    def __init__(self, text: str, block_info: list, known: set[str]):
        self._text, self._info, self._known = text, block_info, known
        self._cache: dict[int, list[Mention]] = {}
        self._persons: dict[tuple[str, ...], bool] = {}

    def __len__(self) -> int:
        return len(self._info)

    def __getitem__(self, k: int) -> list[Mention]:
        if k not in self._cache:
            _, lo, hi, _, narr, pi, runs = self._info[k]
            ms = _find_mentions(self._text, lo, hi, narr, self._known, runs, self._persons)
            for m in ms:
                m.para = pi
            self._cache[k] = ms
        return self._cache[k]

    def __iter__(self):
        return (self[k] for k in range(len(self)))


@dataclass
class _Block:
    block_id: int
    paragraph_index: int


def _article_rows(corpus_text: str, blocks: dict[str, list], art: _Article) -> tuple:
    """Spans, masks and cues of one article (``blocks``: column -> values, in text order)."""
    rows: list[_Row] = []
    para_index = -1
    para_spans: list[tuple[int, list[_Row]]] = []
    # pass 1: spans, masks, mentions, cues
    block_info = []
    cols = [list(blocks[c]) for c in ("block_id", "start", "end", "paragraph_index")]
    for bid, lo, hi, bpi in zip(*cols):
        b = _Block(int(bid), int(bpi))
        lo, hi = int(lo), int(hi)
        spans = find_quote_spans(corpus_text, lo, hi)
        narr = _mask(corpus_text, lo, hi, spans)
        para_index += 1
        runs = list(_NAME_RUN_RE.finditer(narr))
        art.note_candidates(narr, lo, runs)
        block_info.append((b, lo, hi, spans, narr, para_index, runs))
    _known_by_surname_reuse(art)
    # names seen as full names are "known" persons; rescan single-surname mentions
    prev_block = ("", 0)
    # mentions are found lazily: only paragraphs that a resolution looks at are scanned
    art.paragraph_mentions = _LazyMentions(corpus_text, block_info, art.known)
    for b, lo, hi, spans, narr, pi, _runs in block_info:
        prow: list[_Row] = []
        top = [s for s in spans if s.level == 0]
        for s in spans:
            row = _Row(s, int(b.block_id), int(b.paragraph_index))
            if s.level == 0:
                k = top.index(s)
                next_open = top[k + 1].open_pos if k + 1 < len(top) else -1
                prev_close = (top[k - 1].close_pos + 1 if top[k - 1].close_pos >= 0
                              else top[k - 1].end) if k else lo
                _find_cue(row, corpus_text, lo, hi, narr, next_open, prev_close,
                          prev_block[0], prev_block[1])
            else:
                parent = spans[s.parent]
                inner_narr = _mask(corpus_text, parent.start, parent.end,
                                   [c for c in (spans[j] for j in parent.children)
                                    if c is not s] + [_as_top(s)])
                sub_narr = inner_narr
                _find_cue(row, corpus_text, parent.start, parent.end, sub_narr, -1,
                          parent.start)
                if row.attribution not in ("pre-cue", "post-cue"):
                    row.attribution = ""
                    row.cue, row.np = "", ""
            prow.append(row)
        para_spans.append((pi, prow))
        prev_block = (narr, lo)
        rows.extend(prow)
    return rows, para_spans, block_info


_VERB_NEXT_RE = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<w>[a-z]+)\b")


def _known_by_surname_reuse(art: _Article) -> None:
    """A two- or three-word capitalised run whose last word later stands alone as the subject
    of a verb (``I meet Tomasz Wrona …`` … ``Wrona laughs``) is a person: news prose refers
    back to people by surname, not to organisations or places by their last word."""
    singles: dict[str, list[int]] = {}
    for off, tokens in art.name_runs:
        if len(tokens) == 1:
            singles.setdefault(tokens[0], []).append(off)
    if not singles:
        return
    for off, full in list(art.full_names):
        toks = full.split()
        if not 2 <= len(toks) <= 3 or canonical_key(full) in art.known:
            continue
        for at in singles.get(toks[-1], ()):
            if at <= off:
                continue
            v = _VERB_NEXT_RE.match(art.text, at + len(toks[-1]))
            w = v.group("w") if v else ""
            if w and (w in ALL_VERBS or (w.endswith(("s", "ed")) and w not in _NON_VERBS
                                         and w not in _SMALL_WORDS)):
                art.known.add(canonical_key(full))
                art.known.add(canonical_key(toks[-1]))
                break


def _as_top(s: QuoteSpan) -> QuoteSpan:
    return QuoteSpan(s.start, s.end, s.open_pos, s.close_pos, s.mark, 0)


def _detect_interviewee(art: _Article, rows: list[_Row], head_text: str) -> str:
    """The interviewee of an interview article, or "" (never keyed to a particular name).

    Evidence: the standfirst/title says the piece is an interview ("talks to", "interview",
    "speaks to", "meets", "in conversation") and names a person who is also quoted; or one
    named person holds most of the explicit, named attributions of the article.
    """
    named = []
    for r in rows:
        if r.attribution in _CUE_ATTRIBUTIONS and r.span.level == 0 and r.np and \
                _np_kind(r.np) == "named":
            tokens = _clean_name_tokens(r.np)
            if tokens:
                named.append(art.canonical(" ".join(tokens), r.np_start or 0))
    counts: dict[str, int] = {}
    for n in named:
        counts[n] = counts.get(n, 0) + 1
    mentions = art.mention_counts()
    interview_words = re.search(
        r"(?i)\b(?:talks?(?: \w+)? to|interview(?:ed|s)?|speaks? to|meets|in conversation|"
        r"sits down with|Q&A)\b", head_text)
    if interview_words:
        head_names = []
        for m in _NAME_RUN_RE.finditer(head_text):
            tokens = _clean_name_tokens(m.group(0))
            if tokens and _is_person_name(tokens, art.known):
                head_names.append(art.canonical(" ".join(tokens), len(art.text)))
        cands = [n for n in head_names if counts.get(n, 0) or mentions.get(n, 0) >= 2]
        if cands:
            return max(cands, key=lambda n: (counts.get(n, 0), mentions.get(n, 0)))
    if counts:
        top, c = max(counts.items(), key=lambda kv: kv[1])
        if c >= 3 and c >= 0.6 * len(named):
            return top
    if art.writer_meets and mentions:
        # a profile: the writer, in the first person, asks / presses / meets someone; the
        # person the piece is about is the one named far more often than anyone else
        ranked = sorted(mentions.items(), key=lambda kv: -kv[1])
        top, c = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        first = art.block_starts[1:2] or art.block_starts[:1]
        lead = ""
        if first:
            k = art.block_starts.index(first[0])
            end = art.block_starts[k + 1] if k + 1 < len(art.block_starts) else len(art.text)
            lead = art.text[first[0]:end]
        if c >= 2 and c >= second and _opens_with_person(lead, top, art):
            return top
    return ""


def _opens_with_person(lead: str, name: str, art: _Article) -> bool:
    """Whether the first sentence of the lead paragraph is about ``name`` (a profile opens on
    its subject: ``Anthony Reyes is making tea …``)."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘])", lead.strip(), maxsplit=1)[0]
    for m in _NAME_RUN_RE.finditer(first):
        tokens = _clean_name_tokens(m.group(0))
        if tokens and art.canonical(" ".join(tokens), len(art.text)) == name:
            return True
    return False


_WRITER_ASKS_RE = re.compile(r"(?<![\w’'])I\s+(?:ask|asked|press|pressed|put it to)\b")


#: the writer in the first person dealing with someone (``I ask``, ``When I press him``,
#: ``he tells me``): the narration of an interview or profile, not of a report
_WRITER_MEETS_RE = re.compile(
    r"(?<![\w’'])(?:I\s+(?:ask|asked|press|pressed|put|meet|met|visit|visited|interrupt|"
    r"interrupted|suggest|suggested|mention|mentioned|remind|reminded)\b"
    r"|(?:tells|told|asks|asked|assures|assured|reminds|reminded)\s+me\b)")


_CUE_ATTRIBUTIONS = ("post-cue", "pre-cue", "sentence-cue")
#: words right before a quotation that announce a label, not an utterance
_TERM_MARKER_RE = re.compile(
    r"\b(?:so-called|so called|dubbed|nicknamed|known as|the (?:word|words|term|phrase|label|"
    r"slogan|title)|titled|entitled|(?:book|film|song|album|report|play|novel|programme|"
    r"program|show|series|campaign|group|event|festival|exhibition|podcast|documentary|memoir|"
    r"poem|article|essay|slogan|motto|policy|scheme|plan|bill|project)\s+(?:called|named))\s*$",
    re.IGNORECASE)
_SMALL_WORDS = frozenset("a an the of in on at to for and or but with by from as is".split())


def _is_title_case(inner: str) -> bool:
    """A short span in Title Case without closing punctuation: the title of a work or an event
    (``"The Long Road Home"``), not an utterance."""
    words = inner.split()
    if not 2 <= len(words) <= 8 or inner.rstrip()[-1:] in ".?!,;:…":
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and \
        sum(w[:1].isupper() for w in words) >= 2
_NAMING_LEMMAS = {"call", "dub", "label", "brand", "term"}


def _finish(rows: list[_Row], para_spans, art: _Article, interview: bool) -> None:
    """Resolve speakers, kinds and continuations, in reading order."""
    prev_top: _Row | None = None  # previous top-level speech row
    prev_top_para = -10
    art.interview_mode = interview
    # house style: when directly cued speech is in double marks, a short top-level span in
    # single marks that no verb right next to it reports is the writer's scare quote
    doubles = sum(1 for r in rows if r.span.level == 0 and r.span.mark == "double"
                  and r.attribution in ("pre-cue", "post-cue"))
    singles_cued = sum(1 for r in rows if r.span.level == 0 and r.span.mark == "single"
                       and r.attribution in ("pre-cue", "post-cue"))
    scare_singles = doubles >= 2 and doubles > singles_cued
    for pi, prow in para_spans:
        for row in prow:
            sp = row.span
            inner = art.text[sp.start:sp.end]
            if sp.level:
                _finish_nested(row, prow, art, pi)
                continue
            words = count_words(inner)
            if scare_singles and sp.mark == "single" and words <= 4 and \
                    row.attribution not in ("pre-cue", "post-cue") and \
                    not _is_sentence_like(inner):
                _make_term(row)  # "keeping a ‘loyalty register’ of MPs"
                continue
            if (words <= 6 and _TERM_MARKER_RE.search(
                    art.text[max(0, sp.open_pos - 30):sp.open_pos])) or (
                    _is_title_case(inner) and row.attribution not in ("pre-cue", "post-cue")):
                _make_term(row)  # "the so-called "surge"", "the word "p""
                continue
            turn = _qa_turn(row, prev_top, prev_top_para, pi, art, interview)
            if turn and row.attribution not in _CUE_ATTRIBUTIONS:
                row.kind, row.attribution = "speech", "context"
                row.speaker, row.speaker_type = turn, (
                    "writer" if turn == "the interviewer" else "named")
            elif row.attribution in _CUE_ATTRIBUTIONS:
                if row.anonymous:
                    row.speaker, row.speaker_type = "", "none"
                elif row.np:
                    _attribute_np(row, art, pi, interview, exclude=_turn_taker(row, prow, art))
                short_label = (row.cue in _NAMING_LEMMAS and words <= 2 and not row.speaker)
                row.kind = "term" if short_label else "speech"
            elif words >= 4 or _is_sentence_like(inner) or (
                    words and re.search(r":\s*$", art.text[max(0, sp.open_pos - 5):sp.open_pos])):
                row.kind = "speech"
                row.attribution = "context"
                _context_speaker(row, art, pi, interview, prev_top, prev_top_para, prow)
            else:
                row.kind = "term"
            if row.kind == "term":
                _make_term(row)
                continue
            row.continuation = (not row.cue and prev_top is not None and bool(row.speaker)
                                and prev_top.speaker == row.speaker)
            if row.continuation:
                row.attribution = "continuation"
            prev_top, prev_top_para = row, pi
            art.speech_history.append((pi, row.speaker, row.speaker_type))
            if row.np and row.speaker and row.np_start is not None and \
                    pi < len(art.paragraph_mentions):
                kind = {"named": "named", "group": "group", "pronoun-resolved": "named",
                        "writer": "named"}.get(row.speaker_type, "description")
                gender = _desc_gender(row.speaker) if kind == "description" else \
                    _gender_of(row.speaker.split())
                same = [x.not_pron for x in art.paragraph_mentions[pi]
                        if x.start == row.np_start and x.not_pron]
                obj = re.match(r"\s+(her|him)\b", art.text[row.cue_end:row.cue_end + 8]) \
                    if row.cue_end is not None else None
                if obj:  # "a minister who asked her: …": the speaker is not "she"
                    same = ["she" if obj.group(1) == "her" else "he"]
                art.paragraph_mentions[pi].append(
                    Mention(row.np_start, row.np_end or row.np_start, row.speaker, kind, True,
                            gender, para=pi, not_pron=same[0] if same else ""))
                art.paragraph_mentions[pi].sort(key=lambda x: x.start)


def _qa_turn(row: _Row, prev: _Row | None, prev_para: int, pi: int, art: _Article,
             interview: bool) -> str:
    """Turn-taking in an interview exchange: a quotation standing alone as its paragraph, with
    no cue, right after a quotation paragraph of the exchange, is the other party's turn (after
    the interviewer's question: the interviewee; a question after the interviewee's answer,
    once the interviewer has spoken in the exchange: the interviewer). Returns "" otherwise."""
    if not interview or not art.interviewee or prev is None or prev_para != pi - 1:
        return ""
    sp = row.span
    para_start = art.block_starts[pi] if pi < len(art.block_starts) else sp.open_pos
    para_end = art.block_starts[pi + 1] if pi + 1 < len(art.block_starts) else len(art.text)
    close = sp.close_pos + 1 if sp.close_pos >= 0 else sp.end
    if art.text[para_start:sp.open_pos].strip() or art.text[close:para_end].strip():
        return ""
    if prev.speaker == "the interviewer":
        return art.interviewee
    inner = art.text[sp.start:sp.end].rstrip()
    asked = any(sp_ == "the interviewer" and k >= pi - 3 for k, sp_, _ in art.speech_history)
    if not asked:  # or the writer asked in narration: "I ask whether she will retire."
        lo = art.block_starts[max(0, pi - 3)] if art.block_starts else 0
        asked = bool(_WRITER_ASKS_RE.search(art.text, lo, sp.open_pos))
    if prev.speaker == art.interviewee and inner.endswith("?") and asked:
        return "the interviewer"
    return ""


def _turn_taker(row: _Row, prow: list[_Row], art: _Article) -> str:
    """Dialogue turn-taking: a ``"…," he says`` quotation that directly follows another
    speaker's quotation (nothing but spaces between) is a reply, so its pronoun does not refer to
    that speaker. Returns the speaker to exclude, or ""."""
    if row.attribution not in ("post-cue", "pre-cue") or _np_kind(row.np) != "pronoun":
        return ""
    prev = [r for r in prow if r.span.level == 0 and r.span.end <= row.span.start
            and r.kind == "speech"]
    if not prev or prev[-1].span.close_pos < 0:
        return ""
    if row.cue in _REPLY_LEMMAS:  # "…," he replied: not the one who spoke just before
        return prev[-1].speaker
    between = art.text[prev[-1].span.close_pos + 1:row.span.open_pos]
    return prev[-1].speaker if not between.strip() and row.attribution == "post-cue" else ""


_REPLY_LEMMAS = frozenset({"reply", "answer", "retort", "respond", "counter"})


_VOCATIVE_RE = re.compile(r"^(?P<name>[A-Z][a-z]+)(?:\s*,|\s*!|\s*\?|\s*$)")


def _vocative_names(rows: list[_Row], para_spans, art: _Article) -> None:
    """Name an unnamed speaker from a vocative: ``the chair interrupts him: "Stan, Stan …"``.

    When a speech quotation opens by addressing someone with a given name and its cue has an
    object pronoun (him/her), the addressee is the previous speaker of the paragraph (or of the
    one before) when that speaker is known only by a description; the description is replaced
    by the name for that speaker's quotations in the surrounding paragraphs.
    """
    names = _first_names()
    top = [(pi, r) for pi, prow in para_spans for r in prow
           if r.span.level == 0 and r.kind == "speech"]
    for k, (pi, row) in enumerate(top):
        m = _VOCATIVE_RE.match(art.text[row.span.start:row.span.end])
        if not m or m.group("name") not in names or row.cue_end is None:
            continue
        if row.cue_end > row.span.open_pos or not re.search(
                r"\b(?:him|her)\b", art.text[row.cue_end:row.span.open_pos]):
            continue
        prev = [(qi, r) for qi, r in top[:k] if r.speaker and r.speaker != row.speaker
                and qi >= pi - 1]
        if not prev or prev[-1][1].speaker_type != "description":
            continue
        desc = prev[-1][1].speaker
        for qi, r in top:
            if r.speaker == desc and pi - 1 <= qi <= pi + 1:
                r.speaker, r.speaker_type = m.group("name"), "named"


def _multi_paragraph_speakers(rows: list[_Row]) -> None:
    """A quotation running over paragraphs is one speaker's: an open piece attributed only by
    context takes the speaker of the next piece when that piece has its own cue; then
    ``continuation`` is recomputed (no own cue and the previous speech speaker again)."""
    top = [r for r in rows if r.span.level == 0 and r.kind == "speech"]
    for a, b in zip(top, top[1:]):
        if not a.span.closed and a.attribution in ("context", "") and b.cue and b.speaker:
            a.speaker, a.speaker_type = b.speaker, b.speaker_type
            a.speaker_start, a.speaker_end = b.speaker_start, b.speaker_end
    prev = None
    for r in top:
        r.continuation = bool(not r.cue and prev is not None and r.speaker
                              and prev.speaker == r.speaker)
        if r.continuation:
            r.attribution = "continuation"
        elif r.attribution == "continuation":
            r.attribution = "context"
        prev = r


def _make_term(row: _Row) -> None:
    row.kind = "term"
    row.speaker, row.speaker_type, row.cue = "", "none", ""
    row.speaker_start = row.speaker_end = row.cue_start = row.cue_end = None
    row.continuation = False
    row.attribution = ""


def _context_speaker(row: _Row, art: _Article, pi: int, interview: bool,
                     prev_top: _Row | None, prev_para: int, prow: list[_Row]) -> None:
    """Speaker of a cue-less speech span: the interviewee; the previous speaker of the same
    paragraph or of the paragraph just before when this one opens with the quotation; the
    paragraph's last subject; the previous speaker."""

    def take(src: _Row) -> None:
        row.speaker, row.speaker_type = src.speaker, src.speaker_type
        row.speaker_start, row.speaker_end = src.speaker_start, src.speaker_end
        row.speaker_mention = src.speaker_mention

    same_para = prev_top is not None and prev_para == pi
    if interview and art.interviewee:
        if same_para and prev_top.speaker and prev_top.speaker_type != "writer" and \
                prev_top.attribution == "post-cue" and prev_top.post_cue_end >= 0 and \
                not art.text[prev_top.post_cue_end:row.span.open_pos].strip(" \t.,;"):
            # "“…,” he says. “…”": in a profile too, the second half of a split quotation
            # is still the words of the (non-interviewee) speaker just named
            take(prev_top)
            return
        row.speaker, row.speaker_type = art.interviewee, "named"
        return
    para_start = art.block_starts[pi] if pi < len(art.block_starts) else row.span.open_pos
    opens = not art.text[para_start:row.span.open_pos].strip()
    if opens and not same_para and prev_top is not None and prev_para == pi - 1:
        answerer = _answerer(row, prev_top, art, pi)
        if answerer:  # a lone quotation answering the previous speaker's question
            row.speaker, row.speaker_type = answerer
            return
    if same_para or (opens and prev_top is not None and prev_para == pi - 1):
        take(prev_top)
        return
    ms = [m for k in (pi, pi - 1) if 0 <= k < len(art.paragraph_mentions)
          for m in reversed(art.paragraph_mentions[k])
          if m.subject and m.start < row.span.start and m.kind != "group"]
    if ms:
        m = ms[0]
        row.speaker, row.speaker_type = _mention_name(m, art)
        if row.speaker_type == "pronoun-resolved":
            row.speaker_type = "named"
        row.speaker_start, row.speaker_end = m.start, m.end
        return
    if prev_top is not None and prev_para >= pi - 1:
        take(prev_top)


def _answerer(row: _Row, prev: _Row, art: _Article, pi: int) -> tuple[str, str] | None:
    """Dialogue: a paragraph that is nothing but a cue-less quotation, right after a question
    quoted in the paragraph before, is the answer of the other party of the exchange (the
    speaker before the questioner), not more words of the questioner."""
    sp = row.span
    para_end = art.block_starts[pi + 1] if pi + 1 < len(art.block_starts) else len(art.text)
    close = sp.close_pos + 1 if sp.close_pos >= 0 else sp.end
    if art.text[close:para_end].strip() or not prev.speaker:
        return None
    if not art.text[prev.span.start:prev.span.end].rstrip().endswith("?"):
        return None
    if art.text[sp.start:sp.end].rstrip().endswith("?"):
        return None
    for k, name, typ in reversed(art.speech_history[:-1]):
        if k < pi - 3:
            break
        if name and name != prev.speaker:
            return name, typ
    return None


_CONTRAST_RE = re.compile(r"\b(?:or|not|rather\s+than|instead\s+of|versus|vs)\b")


def _contrasted_word(row: _Row, prow: list[_Row], text: str) -> bool:
    """A short quoted word set against another short quoted word of the same level within one
    sentence by ``or`` / ``not`` / ``rather than`` (``'partner', or … 'ally'``): the words are
    discussed as words, not reported as said."""
    sp = row.span
    for other in prow:
        o = other.span
        if other is row or o.level != sp.level or count_words(text[o.start:o.end]) > 2:
            continue
        a, b = (sp, o) if sp.start < o.start else (o, sp)
        gap = text[(a.close_pos + 1 if a.close_pos >= 0 else a.end):b.open_pos]
        if len(gap) <= 40 and not re.search(r"[.!?;]", gap) and _CONTRAST_RE.search(gap):
            return True
    return False


def _finish_nested(row: _Row, prow: list[_Row], art: _Article, pi: int) -> None:
    """A span inside another: speech with its own cue inside the parent, or when it is a
    phrase of five words or more (someone's words quoted by the outer speaker); else a term."""
    inner = art.text[row.span.start:row.span.end]
    parents = [r for r in prow if r.span.start <= row.span.open_pos < r.span.end
               and r is not row and r.span.level < row.span.level]
    parent = parents[-1] if parents else None
    exclude = parent.speaker if parent else ""
    if count_words(inner) <= 2 and _contrasted_word(row, prow, art.text):
        _make_term(row)  # "did they say 'partner', or 'ally'?": words under discussion
        return
    if row.attribution in _CUE_ATTRIBUTIONS and (row.np or row.anonymous):
        if row.np:
            _attribute_np(row, art, pi, interview=False, exclude=exclude)
        row.kind = "speech"
        return
    if count_words(inner) >= 5 or _is_sentence_like(inner):
        row.kind = "speech"
        row.attribution = "context"
        row.cue = ""
        row.cue_start = row.cue_end = None
        limit = parent.span.open_pos if parent else row.span.open_pos
        for k in range(pi, pi - 4, -1):
            if k < 0 or k >= len(art.paragraph_mentions):
                continue
            for m in reversed(art.paragraph_mentions[k]):
                if m.start < limit and m.subject:
                    name, typ = _mention_name(m, art)
                    if name and name != exclude:
                        row.speaker = name
                        row.speaker_type = "named" if typ == "pronoun-resolved" else typ
                        row.speaker_start, row.speaker_end = m.start, m.end
                        return
        return
    _make_term(row)



# ---------------------------------------------------------------------------------------------
# 5. Public entry points
# ---------------------------------------------------------------------------------------------


def _empty() -> pd.DataFrame:
    df = pd.DataFrame({c: [] for c in QUOTE_COLUMNS})
    return _types(df)


def _types(df: pd.DataFrame) -> pd.DataFrame:
    for c in ("start", "end", "level", "block_id", "paragraph_index", "sentence_id", "n_words"):
        df[c] = df[c].astype("int64")
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        df[c] = df[c].astype("Int64")
    for c in ("continuation", "closed"):
        df[c] = df[c].astype(bool)
    for c in ("source", "article_id", "text", "kind", "speaker", "cue", "speaker_type",
              "speaker_mention", "attribution", "mark"):
        df[c] = df[c].astype(object)
    return df


def extract_quotes(corpus: Corpus, people: str | None = None) -> pd.DataFrame:
    """One row per quoted span of every article of ``corpus`` (columns: :data:`QUOTE_COLUMNS`).

    ``people`` is an optional path to a people register (default ``data/people.csv``); it only
    canonicalises names — attribution works for names it does not list.
    """
    blocks = corpus.blocks
    if blocks is None or blocks.empty:
        return _empty()
    alias = _alias_index(people)
    records: list[dict] = []
    sents = corpus.sentences
    qb = blocks[blocks["kind"].isin(QUOTE_BLOCK_KINDS) & (blocks["article_id"] != "")]
    sent_index: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
    if sents is not None and not sents.empty:
        for key, grp in sents.groupby(["source", "article_id"], sort=False):
            grp = grp.sort_values("start")
            sent_index[key] = (grp["start"].to_numpy(), grp["sentence_id"].to_numpy())
    qb = qb.sort_values(["source", "start"], kind="stable")
    names = ("source", "article_id", "block_id", "start", "end", "paragraph_index", "kind", "text")
    cols = {c: qb[c].tolist() for c in names}
    groups: dict[tuple[str, str], list[int]] = {}
    for i, key in enumerate(zip(cols["source"], cols["article_id"])):
        groups.setdefault(key, []).append(i)
    for (source, article_id), idx in groups.items():
        text = corpus.texts.get(source, "")
        if not text:
            continue
        ablocks = {c: [cols[c][i] for i in idx] for c in names}
        art = _Article(text, alias)
        art.block_starts = [int(s) for s in ablocks["start"]]
        try:
            rows, para_spans, binfo = _article_rows(text, ablocks, art)
            art.writer_meets = any(_WRITER_MEETS_RE.search(b[4]) for b in binfo)
        except Exception as exc:  # never crash on odd input: spans without attribution
            warnings.warn(f"quotes: attribution failed in {article_id}: {exc!r}", stacklevel=2)
            rows, para_spans = _fallback_rows(text, ablocks)
        if not rows:
            continue
        head = " ".join(str(t) for k, t in zip(ablocks["kind"], ablocks["text"])
                        if k in ("title", "standfirst"))
        try:
            art.interviewee = _detect_interviewee(art, rows, head)
            _finish(rows, para_spans, art, interview=bool(art.interviewee))
            _vocative_names(rows, para_spans, art)
            _multi_paragraph_speakers(rows)
        except Exception as exc:  # pragma: no cover - defensive: keep spans, drop attribution
            warnings.warn(f"quotes: attribution failed in {article_id}: {exc!r}", stacklevel=2)
            rows, para_spans = _fallback_rows(text, ablocks)
        s_starts, s_ids = sent_index.get((source, article_id), (np.array([], int),
                                                                np.array([], int)))
        for r in rows:
            sp = r.span
            k = int(np.searchsorted(s_starts, sp.start, side="right")) - 1
            records.append({
                "source": source,
                "article_id": article_id,
                "start": sp.start,
                "end": sp.end,
                "text": text[sp.start:sp.end],
                "kind": r.kind,
                "speaker": r.speaker if r.kind == "speech" else "",
                "speaker_start": r.speaker_start if r.kind == "speech" else None,
                "speaker_end": r.speaker_end if r.kind == "speech" else None,
                "cue": r.cue if r.kind == "speech" else "",
                "continuation": bool(r.continuation),
                "speaker_type": r.speaker_type if r.kind == "speech" and r.speaker else "none",
                "speaker_mention": r.speaker_mention if r.kind == "speech" else "",
                "cue_start": r.cue_start if r.kind == "speech" and r.cue else None,
                "cue_end": r.cue_end if r.kind == "speech" and r.cue else None,
                "attribution": (r.attribution or "none") if r.kind == "speech" else "none",
                "mark": sp.mark,
                "level": sp.level,
                "closed": sp.closed,
                "block_id": r.block_id,
                "paragraph_index": r.paragraph_index,
                "sentence_id": int(s_ids[k]) if k >= 0 and len(s_ids) else -1,
                "n_words": count_words(text[sp.start:sp.end]),
            })
    if not records:
        return _empty()
    df = pd.DataFrame.from_records(records, columns=QUOTE_COLUMNS)
    df = df.sort_values(["source", "start", "end"], kind="stable").reset_index(drop=True)
    return _types(df)


def _fallback_rows(text: str, blocks: dict[str, list]) -> tuple[list[_Row], list]:
    """Spans without attribution (used only if attribution raised on odd input)."""
    rows, para = [], []
    for pi, (bid, lo, hi, bpi) in enumerate(zip(blocks["block_id"], blocks["start"],
                                                blocks["end"], blocks["paragraph_index"])):
        prow = [_Row(s, int(bid), int(bpi)) for s in find_quote_spans(text, int(lo), int(hi))]
        for r in prow:
            r.kind = "speech" if _is_sentence_like(text[r.span.start:r.span.end]) else "term"
        rows.extend(prow)
        para.append((pi, prow))
    return rows, para


def extract_quotes_text(text: str, source: str = "<string>", date: str | None = None
                        ) -> pd.DataFrame:
    """Quotes of a single text (segmented as one plain or New Statesman article file)."""
    return extract_quotes(segment_text(text, source=source, date=date))


# ---------------------------------------------------------------------------------------------
# 6. Scoring
# ---------------------------------------------------------------------------------------------


def _content_nouns(desc: str) -> set[str]:
    stop = {"a", "an", "the", "one", "another", "some", "this", "that", "of", "from", "in",
            "his", "her", "their", "our", "my",
            "who", "at", "with", "young", "old", "unnamed", "anonymous", "senior", "former"}
    return {w for w in re.findall(r"[a-z’'\-]+", desc.lower()) if w not in stop and len(w) > 1}


def speakers_match(pred: str, gold: str, people: str | None = None) -> bool:
    """Whether two speaker strings name the same speaker.

    Equal after folding case, spacing and titles; or one is the other's surname (``Manning`` ~
    ``David Manning``); or both map to one register entry through ``data/people.csv`` aliases;
    or, for descriptions, they share a content noun (``a woman`` ~ ``a woman in the front
    row``). Two empty strings match.
    """
    a, b = canonical_key(pred or ""), canonical_key(gold or "")
    if a == b:
        return True
    if not a or not b:
        return False
    alias = _alias_index(people)
    if alias.get(a) and alias.get(a) == alias.get(b):
        return True
    ta, tb = a.split(), b.split()
    if ta[-1] == tb[-1] and (len(ta) == 1 or len(tb) == 1) and ta[0][:1].isalpha():
        return True
    if len(ta) >= 2 and len(tb) >= 2 and ta[-1] == tb[-1] and ta[0] == tb[0]:
        return True
    return bool(_content_nouns(a) & _content_nouns(b))


def score_quotes(pred: pd.DataFrame, gold: pd.DataFrame, people: str | None = None) -> dict:
    """Score predicted quotes against gold rows (gold format of ``data/annotations/quotes.csv``).

    Returns: ``speech`` P/R/F1 (speech spans matched one-to-one by character overlap, via
    :func:`helpers.evaluate.metrics.match_spans`), ``all_spans`` P/R/F1 (every quoted span,
    any kind),
    ``kind_accuracy`` (over all matched spans), ``speaker_accuracy`` (over matched speech pairs,
    :func:`speakers_match`), ``cue_accuracy`` (matched speech pairs, lemma equality, empty ==
    empty), ``continuation_accuracy``, and the counts ``n_gold_speech``, ``n_pred_speech``,
    ``n_speaker_pairs``.
    """
    from helpers.evaluate.metrics import match_spans, prf

    pred = _norm_frame(pred)
    gold = _norm_frame(gold)
    gs = gold[gold["kind"] == "speech"]
    ps = pred[pred["kind"] == "speech"]
    pairs = match_spans(gs, ps, overlap=True)
    speech = prf(len(pairs), len(ps) - len(pairs), len(gs) - len(pairs))
    all_pairs = match_spans(gold, pred, overlap=True)
    spans = prf(len(all_pairs), len(pred) - len(all_pairs), len(gold) - len(all_pairs))
    kind_ok = [gold.at[g, "kind"] == pred.at[p, "kind"] for g, p in all_pairs]
    spk_ok = [speakers_match(ps.at[p, "speaker"], gs.at[g, "speaker"], people) for g, p in pairs]
    cue_ok = [str(ps.at[p, "cue"]).strip().lower() == str(gs.at[g, "cue"]).strip().lower()
              for g, p in pairs]
    cont_ok = [bool(ps.at[p, "continuation"]) == bool(gs.at[g, "continuation"])
               for g, p in pairs]

    def mean(xs: list[bool]) -> float:
        return float(sum(xs) / len(xs)) if xs else 0.0

    return {
        "speech_precision": speech["precision"],
        "speech_recall": speech["recall"],
        "speech_f1": speech["f1"],
        "span_precision": spans["precision"],
        "span_recall": spans["recall"],
        "span_f1": spans["f1"],
        "kind_accuracy": mean(kind_ok),
        "speaker_accuracy": mean(spk_ok),
        "cue_accuracy": mean(cue_ok),
        "continuation_accuracy": mean(cont_ok),
        "n_gold_speech": int(len(gs)),
        "n_pred_speech": int(len(ps)),
        "n_speaker_pairs": int(len(pairs)),
    }


def _norm_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = by_file_name(df)
    for c in ("speaker", "cue", "kind"):
        if c not in out.columns:
            out[c] = ""
        out[c] = out[c].fillna("").astype(str)
    if "continuation" not in out.columns:
        out["continuation"] = False
    out["continuation"] = out["continuation"].map(
        lambda v: str(v).strip().lower() in {"true", "1", "yes"} if not isinstance(v, bool)
        else v)
    out["start"] = out["start"].astype(int)
    out["end"] = out["end"].astype(int)
    return out.reset_index(drop=True)


def quote_errors(pred: pd.DataFrame, gold: pd.DataFrame, people: str | None = None
                 ) -> pd.DataFrame:
    """Error table: one row per disagreement (missed, spurious, kind, speaker, cue).

    Columns: ``error`` (``missed speech`` | ``spurious speech`` | ``kind`` | ``speaker`` |
    ``cue``), ``start``, ``end``, ``text`` (gold text, else predicted), ``gold``, ``pred``.
    """
    from helpers.evaluate.metrics import match_spans

    pred = _norm_frame(pred)
    gold = _norm_frame(gold)
    rows = []
    pairs = match_spans(gold, pred, overlap=True)
    mg = {g for g, _ in pairs}
    mp = {p for _, p in pairs}
    for g in gold.index:
        if g not in mg and gold.at[g, "kind"] == "speech":
            rows.append(("missed speech", gold.at[g, "start"], gold.at[g, "end"],
                         gold.at[g, "text"], gold.at[g, "speaker"], ""))
    for p in pred.index:
        if p not in mp and pred.at[p, "kind"] == "speech":
            rows.append(("spurious speech", pred.at[p, "start"], pred.at[p, "end"],
                         pred.at[p, "text"], "", pred.at[p, "speaker"]))
    for g, p in pairs:
        gk, pk = gold.at[g, "kind"], pred.at[p, "kind"]
        text = gold.at[g, "text"] if "text" in gold.columns else ""
        if gk != pk:
            rows.append(("kind", gold.at[g, "start"], gold.at[g, "end"], text, gk, pk))
            continue
        if gk != "speech":
            continue
        if not speakers_match(pred.at[p, "speaker"], gold.at[g, "speaker"], people):
            rows.append(("speaker", gold.at[g, "start"], gold.at[g, "end"], text,
                         gold.at[g, "speaker"], pred.at[p, "speaker"]))
        if pred.at[p, "cue"].lower() != gold.at[g, "cue"].lower():
            rows.append(("cue", gold.at[g, "start"], gold.at[g, "end"], text,
                         gold.at[g, "cue"], pred.at[p, "cue"]))
    df = pd.DataFrame(rows, columns=["error", "start", "end", "text", "gold", "pred"])
    df["text"] = df["text"].map(lambda t: t if len(str(t)) <= 90 else str(t)[:87] + "...")
    return df.sort_values(["start", "error"]).reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# 7. Analysis tables for the notebook (who is quoted, voice shares, framing, mentions)
# ---------------------------------------------------------------------------------------------

#: Reporting-verb framing classes (lemma -> class); lemmas not listed are "other".
VERB_FRAMING: dict[str, str] = {
    **{v: "neutral" for v in "say tell add write ask explain note reply answer state report "
       "recall continue respond describe call mention talk speak cite repeat announce "
       "observe remark point".split()},
    **{v: "concession" for v in "admit concede acknowledge confess agree".split()},
    **{v: "assertion" for v in "insist claim argue maintain assert contend declare proclaim "
       "stress emphasise emphasize vow promise assure".split()},
    **{v: "denial" for v in "deny reject dismiss".split()},
    **{v: "emotive" for v in "cry shout scream fret joke laugh complain sigh snap mutter "
       "whisper yell boast interrupt plead warn urge threaten".split()},
}


def _speech_top(quotes: pd.DataFrame) -> pd.DataFrame:
    """Top-level speech rows (nested spans are already inside their parent's words)."""
    if quotes.empty:
        return quotes
    return quotes[(quotes["kind"] == "speech") & (quotes["level"] == 0)]


def _speaker_label(row: pd.Series) -> str:
    return row["speaker"] if row["speaker"] else "(unattributed)"


def quote_shares(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted and how much: one row per article and speaker.

    Columns: ``article_id``, ``speaker``, ``speaker_type``, ``named`` (bool: a name, not a
    description/group/unattributed), ``quotes``, ``quoted_words``, ``share`` (of the article's
    quoted words). Sorted by article, then words.
    """
    cols = ["article_id", "speaker", "speaker_type", "named", "quotes", "quoted_words", "share"]
    sp = _speech_top(quotes)
    if sp.empty:
        return pd.DataFrame(columns=cols)
    sp = sp.assign(speaker=sp.apply(_speaker_label, axis=1),
                   named=sp["speaker_type"].isin(["named", "pronoun-resolved"]))
    out = (sp.groupby(["article_id", "speaker"], sort=False)
           .agg(speaker_type=("speaker_type", "first"), named=("named", "max"),
                quotes=("text", "size"), quoted_words=("n_words", "sum"))
           .reset_index())
    totals = out.groupby("article_id")["quoted_words"].transform("sum")
    out["share"] = (out["quoted_words"] / totals.where(totals > 0, 1)).round(4)
    return out.sort_values(["article_id", "quoted_words"], ascending=[True, False])[cols] \
        .reset_index(drop=True)


def voice_shares(quotes: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """The writer's voice against quoted voices: words of the article's prose sentences that
    fall inside top-level speech quotations vs outside them (terms count as the writer's).

    Columns: ``article_id``, ``title``, ``prose_words``, ``quoted_words``, ``writer_words``,
    ``quoted_share``, ``writer_share``, ``named_share`` and ``anonymous_share`` (of all prose
    words, quoted words of named vs other speakers).
    """
    cols = ["article_id", "title", "prose_words", "quoted_words", "writer_words", "quoted_share",
            "writer_share", "named_share", "anonymous_share"]
    arts = corpus.articles
    if arts is None or arts.empty:
        return pd.DataFrame(columns=cols)
    sents = corpus.sentences
    prose = sents.groupby("article_id")["n_words"].sum() if not sents.empty else pd.Series(
        dtype=int)
    sp = _speech_top(quotes)
    rows = []
    for a in arts.itertuples():
        q = sp[sp["article_id"] == a.article_id] if not sp.empty else sp
        total = int(prose.get(a.article_id, 0))
        quoted = int(q["n_words"].sum()) if not q.empty else 0
        named = int(q.loc[q["speaker_type"].isin(["named", "pronoun-resolved"]),
                          "n_words"].sum()) if not q.empty else 0
        quoted = min(quoted, total) if total else quoted
        denom = total if total else 1
        rows.append({"article_id": a.article_id, "title": a.title, "prose_words": total,
                     "quoted_words": quoted, "writer_words": max(total - quoted, 0),
                     "quoted_share": round(quoted / denom, 4),
                     "writer_share": round(max(total - quoted, 0) / denom, 4),
                     "named_share": round(named / denom, 4),
                     "anonymous_share": round((quoted - named) / denom, 4) if quoted else 0.0})
    return pd.DataFrame(rows, columns=cols)


def verb_framing(quotes: pd.DataFrame) -> pd.DataFrame:
    """Reporting-verb framing per speaker: how often each speaker's words are introduced with a
    neutral verb (say, tell, …) or with concession, assertion, denial or emotive verbs.

    Long table: ``speaker``, ``framing`` (class of :data:`VERB_FRAMING`, or ``other``),
    ``cues`` (count), ``verbs`` (the lemmas, ``;``-joined). Rows without a cue are left out.
    """
    cols = ["speaker", "framing", "cues", "verbs"]
    sp = _speech_top(quotes)
    if sp.empty:
        return pd.DataFrame(columns=cols)
    sp = sp[sp["cue"] != ""]
    if sp.empty:
        return pd.DataFrame(columns=cols)
    sp = sp.assign(speaker=sp.apply(_speaker_label, axis=1),
                   framing=sp["cue"].map(lambda c: VERB_FRAMING.get(c, "other")))
    out = (sp.groupby(["speaker", "framing"])
           .agg(cues=("cue", "size"), verbs=("cue", lambda s: ";".join(sorted(set(s)))))
           .reset_index())
    return out.sort_values(["speaker", "framing"]).reset_index(drop=True)[cols]


def mention_network(quotes: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """Who mentions whom: edges from a speaker to each person named inside their quotations.

    A person is a name run inside the quoted words that the article (or the register) expands to
    a full name, or a known alias; the speaker's own name is skipped. Columns: ``article_id``,
    ``speaker``, ``mentioned``, ``mentions``.
    """
    cols = ["article_id", "speaker", "mentioned", "mentions"]
    sp = _speech_top(quotes)
    if sp.empty:
        return pd.DataFrame(columns=cols)
    sp = sp[sp["speaker"] != ""]
    alias = _alias_index()
    edges: dict[tuple[str, str, str], int] = {}
    for (source, article_id), grp in sp.groupby(["source", "article_id"], sort=False):
        text = corpus.texts.get(source, "")
        art = _Article(text, alias)
        blocks = corpus.blocks[corpus.blocks["article_id"] == article_id]
        for b in blocks.itertuples():
            art.note_candidates(text[int(b.start):int(b.end)], int(b.start))
        for r in grp.itertuples():
            for m in _NAME_RUN_RE.finditer(r.text):
                run = re.split(r"(?<=[’']s)\s", m.group(0))[0]  # "Rumsfeld's DoD" -> Rumsfeld
                tokens = _clean_name_tokens(run)
                if not tokens:
                    continue
                name = art.canonical(" ".join(tokens), r.start + m.start())
                key = canonical_key(name)
                person = len(name.split()) >= 2 and (key in art.known or key in alias
                                                     or _is_person_name(name.split(), art.known))
                if not person or speakers_match(name, r.speaker):
                    continue
                k = (article_id, r.speaker, name)
                edges[k] = edges.get(k, 0) + 1
    out = pd.DataFrame([(a, s, m, n) for (a, s, m), n in edges.items()], columns=cols)
    return out.sort_values(["article_id", "mentions"], ascending=[True, False]) \
        .reset_index(drop=True)


def validation_by_attribution(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Speaker accuracy of matched speech quotes by the rule that attributed them
    (``post-cue``, ``pre-cue``, ``sentence-cue``, ``continuation``, ``context``, …).

    Columns: ``attribution``, ``quotes``, ``speaker_correct``, ``speaker_accuracy``.
    """
    from helpers.evaluate.metrics import match_spans

    cols = ["attribution", "quotes", "speaker_correct", "speaker_accuracy"]
    p = _norm_frame(pred)
    g = _norm_frame(gold)
    ps, gs = p[p["kind"] == "speech"], g[g["kind"] == "speech"]
    if ps.empty or gs.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for gi, pi in match_spans(gs, ps, overlap=True):
        rows.append((ps.at[pi, "attribution"] if "attribution" in ps.columns else "",
                     speakers_match(ps.at[pi, "speaker"], gs.at[gi, "speaker"])))
    df = pd.DataFrame(rows, columns=["attribution", "ok"])
    out = df.groupby("attribution").agg(quotes=("ok", "size"), speaker_correct=("ok", "sum"))
    out["speaker_accuracy"] = (out["speaker_correct"] / out["quotes"]).round(3)
    return out.reset_index().sort_values("quotes", ascending=False)[cols]
