"""The party of a sentence that governs a quotation: the subject of the verb of saying whose
clause holds it, not a noun phrase of the clause it reports, an object, or a name of an
introductory phrase (issue 13, round 36).

Round 34 counted, among the train pieces whose speaker a sentence cue got wrong, as many
where ANOTHER PARTY of the same sentence is the Source as where the Source is a document.
The general shapes taken here:

- a participle after a report clause closed by a comma (``"…," Jo Reed said, noting that
  donors feel "…"``; ``…, Reed said on Tuesday, adding …``): the participle continues the
  report clause, so its subject is the reporter's, not a name of an introductory phrase;
- a verb of saying under an absolute ``with Y V-ing`` (``…, with Y tweeting that … and
  asking, "…"``, ``with Y taking to the radio to call Z "…"``): the absolute's subject
  governs the coordinated verb and the infinitive that continue it, not the main clause's.

Each function reads the narration before the verb (``before``, quotations masked as
``\\x01``) and returns a match whose group ``np`` is the governing subject, or None."""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    _ADV,
    _PRON,
    _SPEECH_VERB_RE,
    _TITLED_NAME,
    DESCRIPTION_STOP_WORDS,
    REPORTING_VERBS,
)
from helpers.instruments.quotes.mentions import _DESC
from helpers.instruments.quotes.phrases import _np_is_verbish, _valid_np

#: ``X said,`` / ``X said on Tuesday in Dover,`` right before a participle: a report clause
#: that the participle continues. The subject opens the clause: after the sentence start, a
#: masked quotation or a comma; a short adjunct may follow the verb (not a ``that`` clause).
_CLAUSE_OPEN = r"(?:^|[\x01,;]\s*|[\"”’']\s+)"
_AFTER_VERB = r"(?:\s+(?!that\b)[^,\x01;:!?]{1,40}?)?\s*,\s*$"
_REPORT_CLAUSE_END_RX = lazy_compile(
    rf"{_CLAUSE_OPEN}(?P<np>{_TITLED_NAME}|{_DESC}|{_PRON})\s+(?:{_ADV}\s+)?"
    rf"(?P<verb>{_SPEECH_VERB_RE}){_AFTER_VERB}")
#: the inverted ``…, said Jo Reed,`` right before a participle
_INVERTED_REPORT_END_RX = lazy_compile(
    rf"{_CLAUSE_OPEN}(?P<verb>{_SPEECH_VERB_RE})\s+(?P<np>{_TITLED_NAME}|{_DESC}){_AFTER_VERB}")

#: ``with Y V-ing … and`` / ``with Y V-ing … to``: an absolute construction whose participle
#: the verb of saying continues (coordinated or as its infinitive), no other clause between
_WITH_ABSOLUTE_CHAIN_RX = lazy_compile(
    rf"(?<![\w’'])with\s+(?P<np>{_DESC}|{_TITLED_NAME})\s+(?:{_ADV}\s+)?[a-z]+ing\b"
    rf"(?P<mid>[^;:!?]{{0,140}}?)\s(?:and|to)\s+$")
_NO_CHAIN_WORDS = lazy_compile(r"(?<![\w’'])(?:with|who|which|while|when|because|but)(?![\w’'])")


def report_clause_before(before: str) -> re.Match | None:
    """The subject of a report clause that ends ``before`` with a comma right before a
    participle (``"…," Jo Reed said, noting``; ``…, said Jo Reed, adding``), or None.

    Why (round 36 count): the participle's subject was looked for at the sentence start or
    after an introductory phrase's comma, so a name of that phrase (``After the wins of X
    in Ohio and Y in Iowa, "…," Reed said, noting …`` → Y) spoke instead of the reporter."""
    if not before.rstrip().endswith(","):
        return None
    lo = max(0, len(before) - 160)
    for rx in (_REPORT_CLAUSE_END_RX, _INVERTED_REPORT_END_RX):
        m = rx.search(before, lo)
        if m is not None and _valid_np(m.group("np")) and not _np_is_verbish(m.group("np")):
            return m
    return None


def with_absolute_chain(before: str, verb: str) -> re.Match | None:
    """The subject of an absolute ``with Y V-ing`` that the verb of saying ``verb`` after
    ``before`` continues (``with Y tweeting that … and asking``, ``with Y taking to the
    radio to call``), or None.

    Why (round 36 count): only a verb right after ``with Y`` was read as the absolute's, so
    a second verb of the same construction took the main clause's subject (the group that
    ``chimed in``, the campaign that ``denied it``)."""
    if "with " not in before[-200:]:
        return None
    m = _WITH_ABSOLUTE_CHAIN_RX.search(before, max(0, len(before) - 200))
    if m is None or _NO_CHAIN_WORDS.search(m.group("mid")) or "," in m.group("mid"):
        return None
    if before.rstrip().endswith("and") and not verb.endswith("ing"):
        return None  # "with Y saying that Z would quit and call …": Z's clause goes on
    if before.rstrip().endswith("to") and re.search(r"(?<![\w’'])that(?![\w’'])", m.group("mid")):
        return None  # "with Y saying that Z wants to call …": the infinitive is Z's
    if not _valid_np(m.group("np")) or _np_is_verbish(m.group("np")):
        return None
    return m


#: a clause coordinated after a comma (``…, and the league denounced it and said``): the
#: subject of a later verb coordinated with that clause's verb opens it
_COORD_CLAUSE_OPEN_RX = lazy_compile(r"[,;]\s+(?:and|but|yet|so)\s+")


def coordinated_clause_start(before: str) -> int | None:
    """Where the last clause coordinated after a comma opens in ``before`` (the text up to
    ``and said``), or None when the sentence has no such clause: the coordinated verb of
    saying shares that clause's subject, not the first clause's (``A group of X called for
    it, and the league denounced it and said …`` → the league)."""
    ends = [m.end() for m in _COORD_CLAUSE_OPEN_RX.finditer(before)]
    return ends[-1] if ends else None


#: a subordinate clause opening the sentence whose verb of saying ends right before the
#: quotation (``When Jo Reed shouted, "…"``, ``But even as Reed claimed on Tuesday that "…"``):
#: a subordinator, the clause's subject (a description may carry a short prepositional
#: phrase: ``someone in the crowd``), the verb, a short adjunct, an optional ``that``
_SUBORDINATE_CUE_RX = lazy_compile(
    rf"^\W*(?:(?:But|And|Yet|So)\s+)?(?:(?:[Ee]ven|[Jj]ust)\s+)?"
    rf"(?:[Ww]hen|[Aa]s|[Ww]hile|[Aa]fter|[Oo]nce|[Bb]ecause|[Aa]lthough|[Tt]hough)\s+"
    rf"(?P<np>{_TITLED_NAME}|(?P<head>{_DESC}|[Ss]ome(?:one|body))"
    rf"(?:\s+(?:in|of|at|from|on)\s+[^,\x01;:!?]{{1,40}}?)?|"
    rf"{_PRON})\s+(?:{_ADV}\s+)?(?P<verb>{_SPEECH_VERB_RE})"
    rf"(?:\s+(?!that\b)[^,\x01;:!?]{{1,40}}?)?(?:\s+that)?\s*[,:]?\s*$")


def subordinate_cue(pre: str) -> re.Match | None:
    """The subject and verb of a subordinate clause that opens the sentence ``pre`` (the
    narration up to the opening mark) and whose verb of saying governs the quotation (``When
    someone in the crowd shouted, "…," Reed joked``), or None.

    Why (issue 13, round 37 count): a post-cue after such a quotation (``Reed joked``, ``one
    of the clerks said the cases differ``) is the main clause's, which the subordinate clause
    modifies; the quotation is what the subordinate clause's subject said, and the post-cue's
    subject was taken."""
    if len(pre) > 200:
        return None
    m = _SUBORDINATE_CUE_RX.match(pre)
    if m is None:
        return None
    head = m.group("head") or m.group("np")  # "someone in the crowd": its head is checked
    return None if not _valid_np(head) or _np_is_verbish(head) else m


#: a relative or subordinate clause (``which Jo Reed had called a "…"``, ``where Reed said``,
#: ``in which Reed expressed …``) whose subject a later ``and``-coordinated verb shares: the
#: opener, the subject, a finite verb (perhaps after auxiliaries), then no comma, colon or
#: other clause opener up to ``and``/``but`` at the end
_REL_OPENER = r"(?:(?:in|during|at|on|with|from)\s+which|which|whom|where|when)"
_REL_CLAUSE_AND_RX = lazy_compile(
    rf"(?<![\w’']){_REL_OPENER}\s+(?P<np>{_TITLED_NAME}|{_DESC})\s+"
    rf"(?:(?:had|has|have|was|is|would|will|also|then|later|once|{_ADV})\s+)*[a-z]+ed\b"
    rf"(?P<mid>[^,;:!?]{{0,140}}?)\s(?:and|but)\s+$")
_REL_OPENER_END_RX = lazy_compile(rf"(?<![\w’']){_REL_OPENER}\s+$")


def relative_clause_and(before: str) -> re.Match | None:
    """The subject of a relative or subordinate clause that a verb coordinated by ``and``
    at the end of ``before`` continues (``NAFTA, which Jo Reed had called a "…" and
    promised to``), or None.

    Why (issue 13, round 37 count): a coordinated verb of saying took the sentence's first
    noun phrase (the antecedent of ``which``, a name opening the sentence), not the subject
    of the clause it is coordinated in."""
    if not before.rstrip().endswith(("and", "but")):
        return None
    m = _REL_CLAUSE_AND_RX.search(before, max(0, len(before) - 220))
    if m is None or _NO_CHAIN_WORDS.search(m.group("mid")):
        return None
    if not _valid_np(m.group("np")) or _np_is_verbish(m.group("np")):
        return None
    return m


def opens_relative_clause(text: str, at: int) -> bool:
    """Whether the noun phrase at ``text[at:]`` is the subject of a relative clause opened
    right before it (``an interview, in which Jo Reed expressed …``, ``a rally where Reed
    …``): that clause, not the main one, holds the words that follow (round 37)."""
    return _REL_OPENER_END_RX.search(text, max(0, at - 30), at) is not None


_SAYING_NOUNS = "|".join(load_words("saying_nouns.txt"))
#: ``Jo Reed's assertion of a`` / ``Reed's conclusion that her acts were`` / ``Reed's remarks
#: about``: a possessive name, a noun of saying (an adjective may stand before it), its
#: complement up to the quotation with no other quotation, clause break or verb of saying
_POSSESSED_SAYING_RX = lazy_compile(
    rf"(?P<np>{_TITLED_NAME})(?:[’']s|(?<=s)[’'])\s+(?:[a-z][\w\-]*\s+)?"
    rf"(?P<noun>(?:{_SAYING_NOUNS})s?)\s+(?P<prep>of|that|about|on|over)\b"
    rf"(?P<rest>[^\x01;:!?]{{0,100}})$")


#: the quotation opens the noun's complement: ``assertion of a "…"``, ``claim of "…"``
_COMPLEMENT_OPENS_RX = lazy_compile(r"\s+(?:(?:a|an|the|some|any)\s+)?(?:[a-z][\w\-]*\s+)?")


def possessed_saying_noun(pre: str) -> re.Match | None:
    """``X called Jo Reed's assertion of a "…"``: the possessor of a noun of saying whose
    complement holds the quotation (``data/lexicons/saying_nouns.txt``), or None; ``pre`` is
    the sentence up to the opening mark.

    Why (issue 13, round 37 count): the quotation went to the subject of the sentence or to a
    description before it, while the text gives the words to the possessor (PolNeAR's Source
    of such pieces is the possessor)."""
    if "s " not in pre[-160:]:
        return None
    m = _POSSESSED_SAYING_RX.search(pre, max(0, len(pre) - 160))
    if m is None:
        return None
    words = m.group("rest").split()
    if m.group("prep") != "that" and not _COMPLEMENT_OPENS_RX.fullmatch(m.group("rest")):
        return None  # "Reed's remarks about the judge "racist"": the predicate, not the remarks
    if m.group("prep") == "that" and (any(w in DESCRIPTION_STOP_WORDS for w in words[-1:]) and
                                      any(w in DESCRIPTION_STOP_WORDS for w in words[:-1])):
        return None  # "Y's claim that Z is … is "…"": the outer clause's predicate
    if any(w in REPORTING_VERBS for w in words) or any(
            w in REPORTING_VERBS for w in pre[max(0, m.start() - 120):m.start()].split()):
        return None  # "X said that Y's claim …": the outer reporter (round 26's convention)
    return m if _valid_np(m.group("np")) and not _np_is_verbish(m.group("np")) else None


#: the narration before a quotation ends with its own cue: a verb of saying (with up to four
#: words after it: an object, ``to him``) or ``with`` (``responds to Y with,``) and a comma or
#: a colon
_OWN_CUE_BEFORE_RX = lazy_compile(
    rf"(?<![\w’'])(?:(?:{_SPEECH_VERB_RE})|with)(?:\s+[\w’'\-]+){{0,4}}\s*[,:]\s*$")
#: a post-cue in the subject-verb order: a capitalised word opens it (``Mendel then writes
#: back``, ``She replied``)
_SUBJECT_FIRST_RX = lazy_compile(r"^\s*[A-Z]")


def cue_before_exclaims(before: str, inner: str, post: str) -> bool:
    """Whether a quotation that ends with ``?`` or ``!`` has its cue before it in its sentence
    (``X responds to Y with, "…?"``, ``…, telling her, "…!"``) and the narration after it
    opens with a capitalised subject: that narration is the next sentence (``Y then writes
    back``, ``She replied``), not a post-cue of this quotation.

    Why (round 41 count): a quotation ending with ``?``/``!`` may carry on its sentence
    (``"…?" asked X``), so a post-cue was read after it even where a cue before the quotation
    had already introduced it, and the quotation went to the next sentence's subject."""
    if not inner.rstrip().endswith(("?", "!")) or not _SUBJECT_FIRST_RX.match(post):
        return False
    return _OWN_CUE_BEFORE_RX.search(before, max(0, len(before) - 80)) is not None
