"""Mentions of Sources that are not people, for the learned speaker chooser (issue 13, speaker
ranker round 8): organisations and outlets, written sources, and groups named by a bare plural.

Why: "a speaker is a person, a group, an organisation or a document". The mention finder of
:mod:`.mentions` looks for people (pronoun resolution rests on it); on PolNeAR train, 49 of the
79 A+B pieces whose Source no mention resolved to were organisations, outlets or documents
(mentions round). These mentions are offered to the chooser as candidates
(:mod:`.ranker_candidates`), with their kind as a feature; they are kept apart from
``paragraph_mentions`` so that the rules (pronoun antecedents among them) do not see them and
rules-only output does not move.

What counts, each standing as a clause subject before a verb of saying, framing or finding
(``X said``, ``X, a group that …, found``), after ``according to``, or after an inverted cue
(``…, said X``); never after another preposition:

- ``organisation``: a capitalised name that no person mention covers (``The Morning Ledger``,
  ``Harfield Council``), an all-caps acronym (``the WXQ``), a one-word name after ``the``;
  a determiner phrase headed by an organisation or outlet noun (``the magazine``);
- ``document``: a determiner phrase headed by a document noun (``the report``, ``a new poll``,
  ``the headline``);
- ``group``: a bare plural of a person noun opening its clause, with up to two modifiers
  (``Critics say``, ``Senior officials said``).

The head nouns and extra verbs are data (``org_nouns.txt``, ``document_nouns.txt``,
``source_heads.csv``, ``source_verbs.txt``); no name of any entity is listed anywhere.
Offsets are character offsets into the source text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_records, load_words
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    ALL_VERBS,
    DOCUMENT_NOUNS,
    NOT_PLURAL_MODIFIER,
    ORG_NOUNS,
    PERSON_NOUNS,
    SOURCE_VERB_ADVERBS,
    _alt,
)
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import (
    _INVERTED_CUE_RE,
    _NAME_RUN_RE,
    _PREP_GUARD_RE,
    _at_clause_lead,
    _both_cases,
    _words_at_start,
)
from helpers.instruments.quotes.run_on_phrases import runs_into_next_clause

#: the kinds of mention this module finds
KINDS = ("organisation", "document", "group")


@lru_cache(maxsize=1)
def source_heads() -> dict[str, str]:
    """Head noun -> kind (``organisation`` / ``document``): the rules' organisation and
    document nouns and the chooser's own additions (``source_heads.csv``)."""
    heads = {w: "organisation" for w in ORG_NOUNS}
    heads.update({w: "document" for w in DOCUMENT_NOUNS})
    for r in load_records("source_heads.csv"):
        heads.setdefault(r["head"], r["kind"])
    return heads


@lru_cache(maxsize=1)
def _source_verbs() -> frozenset[str]:
    """Inflected verbs a non-person Source may take: reporting, framing and finding verbs."""
    return frozenset(ALL_VERBS) | frozenset(load_words("source_verbs.txt"))


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern:
    """A determiner phrase headed by a Source noun: ``the (new) (annual) report`` (each
    alternative opens with its letter, :func:`.mentions._words_at_start`: speed)."""
    det = _words_at_start(_both_cases("an a the his her their its one another this that".split()))
    return re.compile(rf"(?P<np>{det}(?:\s+[\w’'\-]+){{0,3}}?\s+"
                      rf"(?P<head>{_alt(set(source_heads()))}))(?![\w’'\-])")


@lru_cache(maxsize=1)
def _plural_words() -> frozenset[str]:
    """The plural person nouns (``critics``, ``officials``), lower case and capitalised: each
    ends in ``s`` (a noun of :data:`.lexicon.PERSON_NOUNS` whose singular is one too)."""
    plurals = {w for w in PERSON_NOUNS if w.endswith("s") and
               (w[:-1] in PERSON_NOUNS or w[:-2] in PERSON_NOUNS or w[:-3] + "y" in PERSON_NOUNS)}
    return frozenset(plurals | {w.capitalize() for w in plurals})


@lru_cache(maxsize=1)
def _plural_re() -> re.Pattern:
    """A plural person noun (:func:`_plural_words`), as a whole word: the reference form of
    :func:`_plural_spans` (kept for the tests that check the two agree)."""
    return re.compile(rf"(?<![\w’'\-])(?P<head>{_alt(_plural_words())})(?![\w’'\-])")


#: the end of a word that ends in ``s``: where every plural person noun ends
_S_END_RE = lazy_compile(r"s(?![\w’'\-])")
#: characters of a word besides those of ``str.isalnum`` (``\w`` is alphanumerics and ``_``)
_WORD_EXTRA = frozenset("_’'-")


def _plural_spans(narr: str) -> list[tuple[int, int]]:
    r"""(start, end) of the plural person nouns standing as whole words in ``narr``, in text
    order: the same spans as ``_plural_re().finditer(narr)`` (issue 13, throughput round 6).

    Why: the pattern opens with any of the nouns' 46 first letters, so the engine tried its
    tree at almost every letter of the text (84 ms a quarter of the benchmark corpus). Every
    plural ends in ``s``, so this scan goes from the ends of words in ``s`` (a literal the
    engine skips to) back to the word's start, and keeps the word when it is in the set: about
    a third of the time. Exact: a match of the pattern is a whole word (no word character
    before or after it) that is one of the nouns, and here a word is the same run of
    ``[\w’'\-]`` characters (``\w`` is ``str.isalnum`` or ``_``); words longer than the
    longest noun are not walked to their start. Should the lexicon ever give a plural that is
    not one such word (``vice presidents``), the pattern is used (:func:`_plurals_are_words`).
    """
    if not _plurals_are_words():
        return [m.span() for m in _plural_re().finditer(narr)]
    words = _plural_words()
    longest = _longest_plural()
    out: list[tuple[int, int]] = []
    for m in _S_END_RE.finditer(narr):
        e = m.end()
        s = e - 1
        floor = max(0, e - longest - 1)
        while s > floor and (narr[s - 1].isalnum() or narr[s - 1] in _WORD_EXTRA):
            s -= 1
        if narr[s:e] in words and (s == 0 or not (narr[s - 1].isalnum()
                                                  or narr[s - 1] in _WORD_EXTRA)):
            out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _longest_plural() -> int:
    """The length of the longest plural person noun (:func:`_plural_words`)."""
    return max(map(len, _plural_words()))


@lru_cache(maxsize=1)
def _plurals_are_words() -> bool:
    """Whether every plural person noun is one word of ``[\\w’'\\-]`` characters ending in
    ``s`` (what :func:`_plural_spans` relies on; true of the lexicon as it is)."""
    return all(w.endswith("s") and _WORD_RE.fullmatch(w) for w in _plural_words())


#: one word of the characters the whole-word pattern's edges exclude
_WORD_RE = lazy_compile(r"[\w’'\-]+")


@lru_cache(maxsize=1)
def _verb_after_re() -> re.Pattern:
    """The verb after a subject (``X said``): past a post-modifier (``of the X``, ``from the
    Y``, ``released on Friday``), an apposition (``, a group that …,``) and up to two adverbs
    or auxiliaries, a verb of saying, framing or finding."""
    return re.compile(
        r"(?:\s+(?:of|from|by|at|in|on|for|released|published|issued|posted|obtained|seen)"
        r"\s[^,.;:!?\x01]{1,60}?)?(?:\s*,[^,.;:!?\x01]{1,80},)?\s+"
        rf"(?:(?:[a-z]+ly|{_alt(SOURCE_VERB_ADVERBS)})\s+){{0,2}}"
        rf"(?:{_alt(set(_source_verbs()))})(?![\w’'\-])")


_ACCORDING_RE = lazy_compile(r"\b[Aa]ccording\s+to\s+$")


#: a dotted abbreviation (``U.S.``, ``U.K.``)
_DOTTED_RE = lazy_compile(r"(?:[A-Z]\.)+")
#: the word right before a position, with the spaces between
_WORD_BEFORE_RE = lazy_compile(r"(?<![\w’'\-])([\w’'\-]+)[ \t]+$")


def _placed(narr: str, s: int, e: int) -> bool:
    """Whether ``narr[s:e]`` stands where a Source does: before a verb of saying, framing or
    finding, after ``according to`` or after an inverted cue, and not after another
    preposition."""
    before = narr[max(0, s - 30):s]
    if _ACCORDING_RE.search(before) or _INVERTED_CUE_RE.search(before):
        return True
    if _PREP_GUARD_RE.search(before):
        return False
    return _verb_after_re().match(narr, e) is not None


def _common_noun(word: str) -> bool:
    """A capitalised common noun (``Critics``, ``Officials``, ``Report``), not a name."""
    low = word.lower()
    return low in PERSON_NOUNS or low in source_heads() or (
        low.endswith("s") and (low[:-1] in PERSON_NOUNS or low[:-1] in source_heads()))


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


def _names(narr: str, taken: list[tuple[int, int]], runs: list[re.Match] | None = None
           ) -> list[tuple[int, int, str]]:
    """(start, end, kind) of organisation names in ``narr`` (offsets into ``narr``); ``runs``:
    the matches of :data:`.mentions._NAME_RUN_RE` over ``narr`` when already found (the
    article pass finds them once per paragraph: :attr:`.paragraphs.Paragraph.runs`)."""
    out = []
    for m in (runs if runs is not None else _NAME_RUN_RE.finditer(narr)):
        s, e = m.start(), m.end()
        if narr[e:e + 2] in ("’s", "'s") or narr[e:e + 1] == "-":
            continue  # a possessive or a compound modifies another noun
        words = narr[s:e].split()
        while words and words[0] in _NOT_NAME and words[0] != "The":
            s = narr.index(words[1], s + len(words[0])) if len(words) > 1 else e
            words = words[1:]
        core = words[1:] if words and words[0] == "The" else words
        if not core or all(w in _NOT_NAME or _DOTTED_RE.fullmatch(w) for w in core) or \
                _overlaps(s, e, taken) or (len(core) == 1 and _common_noun(core[0])):
            # a dotted abbreviation alone (``the U.S.``) names a place or modifies a noun
            continue
        if narr[max(0, s - 4):s] == "the ":
            s -= 4
        if not _placed(narr, s, e):
            continue
        last = core[-1].lower()
        out.append((s, e, "document" if source_heads().get(last) == "document" else
                    "organisation"))
    return out


def _det_phrases(narr: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of determiner phrases headed by an organisation or document noun."""
    out = []
    for m in _head_re().finditer(narr):
        s, e = m.start("np"), m.end("np")
        if _overlaps(s, e, taken) or not _placed(narr, s, e) or \
                runs_into_next_clause(m.group("np")):  # "the question her staff" (round 77)
            continue
        out.append((s, e, source_heads()[m.group("head")]))
    return out


def _groups(narr: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, ``group``) of bare plurals of person nouns opening a clause."""
    out = []
    for head_start, e in _plural_spans(narr):
        starts = [head_start]
        for _ in range(2):  # up to two modifiers before the head
            w = _WORD_BEFORE_RE.search(narr, max(0, starts[-1] - 40), starts[-1])
            if w is None or w.group(1).lower() in NOT_PLURAL_MODIFIER:
                break
            starts.append(w.start(1))
        s = next((x for x in starts if _at_clause_lead(narr, x)), None)
        if s is None or _overlaps(s, e, taken):
            continue
        if _verb_after_re().match(narr, e) is not None:
            out.append((s, e, "group"))
    return out


#: a headline in capitals right before a quotation, opening its paragraph or sentence
#: (``TALKS COLLAPSE IN BRUSSELS “The two sides …``): two words or more, no lower-case letter
_HEADLINE_RE = lazy_compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<h>[A-Z0-9][A-Z0-9’'‘,:&\-]*(?:[ \t]+[A-Z0-9’'‘,:&\-]+)+)"
    r"[ \t]*(?=\x01)")
#: a necessary condition of :data:`_HEADLINE_RE` (speed, issue 13 round 3): its last two words
#: (a character of the one before, white space, the last word, white space, then the masked
#: quotation), found by a scan that skips every character outside the class, where the headline
#: pattern is tried at every place (about 7 against 28 us a narration on PolNeAR train)
_HEADLINE_END_RE = lazy_compile(r"[A-Z0-9’'‘,:&\-][ \t]+[A-Z0-9’'‘,:&\-]+[ \t]*\x01")


def _headlines(narr: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, ``document``) of a headline in capitals right before a quotation."""
    out: list[tuple[int, int, str]] = []
    if "\x01" not in narr or _HEADLINE_END_RE.search(narr) is None:
        return out
    for m in _HEADLINE_RE.finditer(narr):
        s, e = m.start("h"), m.end("h")
        if sum(c.isalpha() for c in narr[s:e]) >= 6 and not _overlaps(s, e, taken):
            out.append((s, e, "document"))
    return out


def source_mentions(lo: int, narr: str, para: int, people: list[Mention],
                    runs: list[re.Match] | None = None) -> list[Mention]:
    """The non-person Source mentions of one paragraph: ``narr`` is its narration (quotations
    masked) starting at offset ``lo`` of the source text; ``people``: the paragraph's mentions
    from :mod:`.mentions` (a span one of them covers is left to it); ``runs``: the name runs of
    ``narr`` if already found (:func:`_names`; speed: one scan per paragraph, issue 13). In
    text order."""
    taken = [(m.start - lo, m.end - lo) for m in people]
    out: list[Mention] = []
    finders = (_headlines, lambda n, t: _names(n, t, runs), _det_phrases, _groups)
    for finder in finders:
        for s, e, kind in finder(narr, taken):
            taken.append((s, e))
            out.append(Mention(lo + s, lo + e, narr[s:e], kind, True,
                               "p" if kind == "group" else "u", para))
    out.sort(key=lambda x: x.start)
    return out
