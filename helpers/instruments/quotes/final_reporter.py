"""The ``he``/``she`` of a quotation right after a sentence that closes on its reporter.

``They opened a bakery on the quay in May, his brother added. "He bakes all night," he
said.`` and ``Hale is the steadiest candidate Vogel argues. ¶ "Hale knows the budget," he
says.``: the sentence before the quotation ends on a report clause (``, his brother added.``,
``Vogel argues.``), so its reporter is the one who goes on speaking; the usual resolution took the
article's main figure or the subject of the reported clause (round 40; round 35's S6 was the
named form of this rule). Only for a post-cue quotation (the quotation opens its sentence,
the pronoun follows it), and only when the reporter agrees with the pronoun."""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.antecedents import KIN_NOUNS
from helpers.instruments.quotes.descriptions import titled_person
from helpers.instruments.quotes.lexicon import PERSON_NOUNS, PRONOUNS, REPORTING_VERBS
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import _desc_gender
from helpers.instruments.quotes.pronouns import pronoun_compatible, pronoun_target_name
from helpers.instruments.quotes.state import ArticleState

#: the end of the narration before a quotation: a report clause closing its sentence,
#: ``, his brother added.`` / ``, the spokesman said.`` / `` Vogel argues.``
_CLOSING_REPORT_RX = lazy_compile(
    r"(?P<lead>,\s+|(?P<before>[a-z]+)\s+)"
    r"(?P<np>(?:his|her|their|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"|[A-Z][\w’'\-]*\.?(?:\s+[A-Z][\w’'\-]*\.?){0,3})"
    r"\s+(?P<verb>[a-z]+)\.\s*$")
#: a word of lower-case ASCII letters only, as the pattern's ``verb`` group
_LOWER_WORD_RX = lazy_compile(r"[a-z]+")
#: an opening quotation mark and the space before it
_OPEN_MARK_RX = lazy_compile(r"\s*[\"“‘']*\s*$")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Function words (``stopwords_en.txt``): a name after one (``what Vogel said.``) is
    inside a clause, not the reporter of the sentence."""
    return frozenset(load_words("stopwords_en.txt"))


def final_reporter(pron: str, quote_start: int, art: ArticleState, para: int, exclude: str = ""
                   ) -> tuple[str, str, int, int] | None:
    """(speaker, speaker type, start, end) of the reporter that closes the sentence right
    before the quotation at ``quote_start`` (``…, his brother added. "…," he said``), when it
    agrees with the ``he``/``she`` ``pron``; None otherwise (the usual resolution applies)."""
    p = pron.lower()
    if p not in ("he", "she"):
        return None
    lo = max(0, quote_start - 200)
    head = art.text[lo:quote_start]
    mark = _OPEN_MARK_RX.search(head)
    end = lo + (mark.start() if mark else len(head))
    if _last_word_before_stop(art.text, max(0, end - 120), end) not in REPORTING_VERBS:
        return None  # the pattern below needs a reporting verb there: skip its dear search
    m = _CLOSING_REPORT_RX.search(art.text, max(0, end - 120), end)
    if m is None or m.group("verb") not in REPORTING_VERBS:
        return None
    np_start, np_end = m.start("np"), m.end("np")
    if m.group("np")[0].isupper():
        if m.group("before") and m.group("before") in _function_words():
            return None
        mention = _named_at(art, para, np_start)
        if mention is None or not pronoun_compatible(p, mention, art):
            return None
        name, typ = pronoun_target_name(p, mention, art)
    else:
        words = m.group("np").split()
        if words[-1] not in PERSON_NOUNS and words[-1] not in KIN_NOUNS:
            return None
        if _desc_gender(m.group("np")) not in ("u", PRONOUNS[p]):
            return None
        # the person the article joins to the role (``Admiral X`` … ``, the admiral said.``),
        # else the name the description was written with (``his brother Alastair X``)
        name = titled_person(m.group("np"), art, np_start) or \
            _joined_description(m.group("np"), art, np_start)
        typ = "description" if name == m.group("np") else "pronoun-resolved"
    if not name or (exclude and art.same_person(name, exclude)):
        return None
    return name, typ, np_start, np_end


def _last_word_before_stop(text: str, lo: int, hi: int) -> str:
    """The lower-case word that ends ``text[lo:hi]`` before a full stop and any spaces (``added``
    in ``…, his brother added. ``), or "" when the slice does not end so. A necessary condition
    of :data:`_CLOSING_REPORT_RX`'s ``verb`` (throughput round 6's note: most calls fail it),
    checked without the pattern's search over every start position."""
    tail = text[lo:hi].rstrip()
    if not tail.endswith("."):
        return ""
    word = tail[:-1].rsplit(None, 1)[-1] if tail[:-1].strip() else ""
    return word if _LOWER_WORD_RX.fullmatch(word) else ""


def _named_at(art: ArticleState, para: int, start: int) -> Mention | None:
    """The named mention that starts at ``start`` in this or the previous paragraph."""
    for k in (para, para - 1):
        if 0 <= k < len(art.paragraph_mentions):
            for m in art.paragraph_mentions[k]:
                if m.kind == "named" and m.start <= start < m.end:
                    return m
    return None


def _joined_description(desc: str, art: ArticleState, pos: int) -> str:
    """``his brother`` -> ``Alastair Reed`` when the article wrote ``his brother(,) Alastair
    Reed`` before ``pos`` (the latest such apposition); else the description as written."""
    name = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+"
    rx = re.compile(rf"(?<![\w’']){re.escape(desc)},?\s+(?P<n>{name})")
    found = list(rx.finditer(art.text, 0, pos))
    return art.canonical(found[-1].group("n"), found[-1].start("n")) if found else desc
