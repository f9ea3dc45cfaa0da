"""A quotation after a later clause's own subject and verb is that subject's (round 74, issue 13).

``In a clip that Judge Tom Reed called "distasteful," Lee expressed a desire to "shut the court
down."`` The sentence-cue reader takes the nearest verb of saying before the quotation
(``called``, in the relative clause) and its subject (the judge). But that verb's quotation is
the earlier one, right after it; after it the main clause opens with its own subject and verb
(``Lee expressed``), and the later quotation is that clause's: English gives a finite verb one
subject, and a clause with its own subject closes the reach of an earlier clause's cue. The
same with a coordinated clause that frames the quotation itself (``Clinton proposed a debate on
Monday - but the Sanders campaign rejected the idea as "ludicrous"``: the campaign's words).

Two shapes, read in the words between the cue and the quotation (quotations masked as
``\\x01``): (1) the cue's own quotation (within three words after the verb), closed with an
optional comma, then a subject phrase and a finite verb (``-ed``/``-s``; no form of ``be``,
``have`` or ``do`` alone); (2) a comma or dash and a conjunction (``but``, ``and`` …), a
subject phrase and a verb whose words up to the quotation end in ``as`` (the ``as`` frame:
``rejected the idea as "…"``). A subordinator the subject pattern swallows with a time phrase
(``the day before voters rejected it as "…"``) is cut: the subject is the words after it.
Word lists: ``data/lexicons/later_clause_words.txt``. Round
74's count: train C 2 pieces in two articles, D 1 (the sentence cue fixed on the earlier
clause's subject; both rankers see the rules' pick only).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import ALL_VERBS
from helpers.instruments.quotes.phrases import np_kind, valid_np
from helpers.instruments.quotes.quoterow import NP_RE, QuoteRow


class LaterClause(NamedTuple):
    """The later clause's subject (offsets in the source text) and its verb."""

    np: str
    np_start: int
    np_end: int
    verb: str
    verb_start: int
    verb_end: int


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The lexicon's words by kind (``conj``, ``aux``, ``sub``)."""
    kinds: dict[str, set[str]] = {"conj": set(), "aux": set(), "sub": set()}
    for entry in load_words("later_clause_words.txt"):
        kind, _, word = entry.partition(":")
        kinds[kind].add(word.lower())
    return {k: frozenset(v) for k, v in kinds.items()}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(after the cue's own quotation, after a conjunction) as compiled patterns."""
    conj = _words()["conj"]
    verb = r"(?P<verb>[a-z]+(?:ed|s))\b"
    after_quote = re.compile(rf"^(?:\s*\w+){{0,3}}?\s*\x01+\s*,?\s+{NP_RE}\s+{verb}")
    conjs = "|".join(sorted(conj))
    after_conj = re.compile(rf"(?:,|\s[-–—]{{1,2}})\s*(?:{conjs})\s+{NP_RE}\s+{verb}"
                            r"(?P<frame>(?:\s+[^\s\x01.!?;:,]+){0,8}?\s+as\s*)$")
    return after_quote, after_conj


def later_clause(pre: str, cue_end: int) -> LaterClause | None:
    """The subject and verb of a clause that opens after the cue ending at ``cue_end`` in
    ``pre`` (the masked words of the sentence up to the quotation) and before the quotation,
    in ``pre``'s offsets; None when the cue reaches the quotation (module docstring)."""
    if cue_end < 0 or cue_end > len(pre):
        return None
    after_quote, after_conj = _patterns()
    words = _words()
    rest = pre[cue_end:]
    m = after_quote.match(rest)
    if m is None and "\x01" not in rest:
        m = after_conj.search(rest)
    if m is None or m.group("verb").lower() in words["aux"] or "\x01" in rest[m.end("verb"):]:
        return None
    np_start, np_text = m.start("np"), m.group("np")
    cut = [w for w in re.finditer(r"\S+", np_text) if w.group().lower() in words["sub"]]
    if cut:  # `the day before voters`: the subordinate clause's subject, after its opener
        np_start += cut[-1].end() + 1
        np_text = np_text[cut[-1].end() + 1:]
    if not np_text.strip() or not valid_np(np_text) or np_kind(np_text) == "":
        return None
    return LaterClause(np_text, cue_end + np_start, cue_end + np_start + len(np_text),
                       m.group("verb"), cue_end + m.start("verb"), cue_end + m.end("verb"))


def later_clause_subject(row: QuoteRow, pre: str, base: int) -> None:
    """Give a sentence-cue row the subject of a later clause between its cue and the
    quotation (in place): ``pre`` is the masked sentence up to the opening mark, starting at
    ``base`` in the source text. The cue becomes the later verb (its lemma when it is a verb of
    saying or framing)."""
    if row.attribution != "sentence-cue" or row.cue_end is None or row.np_start is None:
        return
    if row.np_start >= row.cue_end:
        return  # an inverted cue (``said X``): the subject follows its verb
    lc = later_clause(pre, row.cue_end - base)
    if lc is None:
        return
    row.np, row.np_start, row.np_end = lc.np, base + lc.np_start, base + lc.np_end
    word = lc.verb.lower()
    row.cue = ALL_VERBS.get(word) or word
    row.cue_start, row.cue_end = base + lc.verb_start, base + lc.verb_end
