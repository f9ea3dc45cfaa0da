"""Descriptions completed or named from the article: an elliptic ``another`` takes the last
description's head, ``the prime minister`` the latest named subject of the paragraph, ``the
Ohio governor`` the one person written with that role, ``the council`` the latest organisation
name with that head, ``the ambassador`` the register's person with that role."""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.core.people import load_people
from helpers.instruments.quotes.apposed_offices import office_map
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    CORPORATE_WORDS,
    ELLIPTIC_DESCRIPTIONS,
    IRREGULAR_PLURALS,
    MEMBER_HEADS,
    ORG_NOUNS,
    ROLE_HEADS,
    is_person_noun,
)
from helpers.instruments.quotes.names import canonical_key
from helpers.instruments.quotes.paragraphs import _LazyMentions, narration_of
from helpers.instruments.quotes.roles import (
    article_roles,
    person_for_description,
    role_description,
)
from helpers.instruments.quotes.state import ArticleState

#: words that make another office of an office noun (``data/lexicons/rank_prefixes.txt``)
RANK_PREFIXES = frozenset(load_words("rank_prefixes.txt"))


def _complete_description(desc: str, art: ArticleState, para: int, pos: int) -> str:
    """``another`` / ``a third`` -> ``another man`` when the last description says ``man``."""
    if desc.lower() not in ELLIPTIC_DESCRIPTIONS:
        return desc
    latest = _latest_description(art, para, pos)
    if desc.lower() != "others":
        plural = _plural_person_noun_before(art, para, pos, latest)
        if plural:
            return f"{desc} {plural}"
    for k in range(para, para - 2, -1):
        if k < 0 or k >= len(art.paragraph_mentions):
            continue
        for m in reversed(art.paragraph_mentions[k]):
            if m.kind == "description" and m.start < pos:
                head = m.surface.split()[-1]
                if desc.lower() != "others":  # "others" is plural: "others protesters"
                    head = _singular(head)
                if head.lower() not in ELLIPTIC_DESCRIPTIONS and \
                        head.lower() not in {"one", "another"}:
                    return f"{desc} {head}"
    return desc


def _latest_description(art: ArticleState, para: int, pos: int) -> int:
    """Offset of the last description mention of paragraph ``para`` before ``pos`` (-1: none)."""
    if not 0 <= para < len(art.paragraph_mentions):
        return -1
    starts = [m.start for m in art.paragraph_mentions[para]
              if m.kind == "description" and m.start < pos]
    return max(starts, default=-1)


#: a lower-case word, or an acronym plural (``MPs``), in narration
_PLURAL_WORD_RE = lazy_compile(r"(?<![\w’'\-])(?:[a-z][a-z\-]{2,}|[A-Z]{2,}s)(?![\w’'\-])")


def _plural_person_noun_before(art: ArticleState, para: int, pos: int, after: int) -> str:
    """The singular of the last plural person noun (``officials``, ``diplomats``, ``MPs``) in
    the narration of paragraph ``para`` before ``pos`` and after offset ``after``; "" if none.

    Why (round 51): an elliptic ``One described …`` / ``Another said …`` names one of the
    people the sentence before spoke of as a bare plural (``Privately, officials are less
    serene. One described …``: ``one official``); such plurals are no mention of their own, so
    the last singular description (``A No 10 spokesman``) took the head before, or the
    quotation lost its speaker (``one`` is no speaker)."""
    got = narration_of(art.paragraph_mentions, para)
    if got is None:
        return ""
    lo, narr = got
    best = ""
    for m in _PLURAL_WORD_RE.finditer(narr, max(0, after + 1 - lo), max(0, pos - lo)):
        word = m.group(0)
        one = _singular(word)
        if one != word and (is_person_noun(one.lower()) or one in MEMBER_HEADS):
            best = one
    return best


#: plural person nouns whose singular is not the plural less an ending


def _singular(head: str) -> str:
    """``whips`` -> ``whip``, ``deputies`` -> ``deputy``, ``women`` -> ``woman``: the
    singular of a plural person noun, else ``head`` as it is. Why (round 49): ``one`` /
    ``another`` names one of the people an earlier plural description named (``The answer,
    the whips insist, is patience. "…," one said``): ``one whip``, not ``one whips``."""
    low = head.lower()
    if low in IRREGULAR_PLURALS:
        return head[0] + IRREGULAR_PLURALS[low][1:]
    if not low.endswith("s") or low.endswith("ss"):
        return head
    for ending, add in (("ies", "y"), ("es", ""), ("s", "")):
        stem = low[:-len(ending)] + add
        if low.endswith(ending) and (is_person_noun(stem) or stem in ORG_NOUNS
                                     or head[:-len(ending)] + add in MEMBER_HEADS):
            return head[:-len(ending)] + add
    return head


def _role_antecedent(desc: str, art: ArticleState, para: int, pos: int, exclude: str = "") -> str:
    """``"…," the prime minister told MPs`` right after ``Richard Hollis insisted …`` in the same
    paragraph: a definite description headed by an office noun refers back to the latest
    named subject of the paragraph (not a new person). Returns the name or "".

    The subject must open an earlier sentence than the description's own: a name before it in
    its own sentence is the subject of the reported clause (``Mr. Trump is so reckless, the
    vice president said``), not the reporter (round 40)."""
    tokens = desc.lower().split()
    if len(tokens) < 2 or tokens[0] != "the" or tokens[-1] not in ROLE_HEADS:
        return ""
    if not 0 <= para < len(art.paragraph_mentions):
        return ""
    own = art.sentence_start(pos)
    for m in reversed(art.paragraph_mentions[para]):
        if m.start >= own or m.kind != "named" or not m.subject:
            continue
        name = art.canonical(m.surface, m.start)
        if name and not art.same_person(name, exclude) and len(name.split()) >= 2:
            return name
        return ""
    return ""


def _previous_paragraph_subject(art: ArticleState, para: int, pos: int) -> str:
    """The one named subject of the last sentence of the paragraph before ``para`` when the
    description's own sentence opens its paragraph (``Sharon Vale was holding court. ¶ "…,"
    the union leader told the room``): the person the narration ended on; "" otherwise."""
    if not 1 <= para < len(art.paragraph_mentions):
        return ""
    own = art.sentence_start(pos)
    if any(m.start < own for m in art.paragraph_mentions[para]):
        return ""  # the paragraph names someone before: not a paragraph-opening description
    before = [m for m in art.paragraph_mentions[para - 1] if m.start < pos]
    if not before:
        return ""
    last = art.sentence_start(before[-1].end)
    names = {art.canonical(m.surface, m.start) for m in before
             if m.start >= last and m.kind == "named" and m.subject}
    if len(names) != 1:
        return ""  # no named subject, or two people: no antecedent
    name = names.pop()
    return name if len(name.split()) >= 2 else ""


def capitalised_office(desc: str) -> bool:
    """``the Prime Minister``, ``the Foreign Secretary``: an office written with capitals, one
    holder at a time (unlike ``the spokesman``), so one article means one person by it."""
    words = desc.split()
    return len(words) >= 2 and words[0].lower() == "the" and words[-1][:1].isupper() and \
        words[-1].lower() in ROLE_HEADS and all(w[:1].isupper() for w in words[1:])


def office_holder(desc: str, art: ArticleState, para: int, pos: int, exclude: str = "") -> str:
    """The named person a definite office description refers back to, or "".

    In order: the person this article already joined to the same capitalised office
    (``the Prime Minister`` stays one person in an article); the latest named subject of the
    paragraph (:func:`_role_antecedent`); for a capitalised office in a paragraph's first
    named sentence, the one named subject of the previous paragraph's last sentence (British
    magazine prose: ``… Mr Hale did not. ¶ "…," the Prime Minister replied``). A capitalised
    office found so is remembered for the rest of the article (round 50). The previous
    paragraph is not read for a lower-case role (``the senator``, ``the spokesman``): on US wire
    copy that paragraph's subject is most often another person (PolNeAR train A-C)."""
    office = capitalised_office(desc)
    key = " ".join(desc.lower().split())
    # the article's appositions first (round 66): the one person set beside this office, and
    # those set beside another office of the same head, whom no reading back may give
    mapped = office_map(desc, art, pos) if office else None
    if mapped and mapped.person and not art.same_person(mapped.person, exclude):
        art.offices[key] = mapped.person
        return mapped.person
    held = art.offices.get(key, "") if office else ""
    if held and not art.same_person(held, exclude):
        return held
    person = _role_antecedent(desc, art, para, pos, exclude)
    if not person and office:
        person = _previous_paragraph_subject(art, para, pos)
        if person and art.same_person(person, exclude):
            person = ""
    if person and mapped and any(art.same_person(person, o) for o in mapped.others):
        person = ""
    if person and office:
        art.offices[key] = person
    return person


def titled_person(desc: str, art: ArticleState, pos: int) -> str:
    """``the Ohio governor`` -> the one person the article wrote ``Ohio Gov. X`` (or ``X, the
    governor``) before ``pos``; "" when none or several match (see :mod:`.roles`). Used for
    ``speaker_canonical`` only: ``speaker`` keeps the description as written."""
    if not role_description(desc):
        return ""  # checked first: the role index of the article is built only when needed
    if art.roles is None:
        mentions = art.paragraph_mentions
        bounds = mentions.bounds() if isinstance(mentions, _LazyMentions) else None
        art.roles = article_roles(art.text, art.canonical,
                                  lambda name: canonical_key(name) in art.known, bounds)
    return person_for_description(desc, art.roles, pos)


@lru_cache(maxsize=64)
def _org_name_re(head: str) -> re.Pattern:
    """A capitalised name of one to four words ending in ``head`` (a regex alternation)."""
    return re.compile(rf"(?<![\w’'])(?:[A-Z][\w’'\-]+\s+){{1,4}}{head}(?![\w’'])")


def _org_full_name(desc: str, art: ArticleState, pos: int) -> str:
    """``the council`` -> ``Harfield District Council``: a definite organisation description
    takes the latest capitalised name ending in the same head noun written earlier in the
    article (``the company`` after ``Acme Trading Company``); otherwise it stays as it is."""
    m = re.fullmatch(r"the ([a-z]+)", desc)
    if not m or m.group(1) not in ORG_NOUNS:
        return desc
    head = m.group(1).capitalize()
    if m.group(1) in ("company", "firm", "business"):  # any corporate name will do
        head = "(?:" + "|".join(sorted(CORPORATE_WORDS)) + ")"
    rx = _org_name_re(head)
    best = ""
    # from the article's first block, not the source's start: a source file may hold many
    # articles (a scan from 0 read names of other articles and cost time in the whole file)
    start = art.block_starts[0] if art.block_starts else 0
    for x in rx.finditer(art.text, start, pos):
        words = x.group(0).split()
        while words and words[0] in _NOT_NAME:
            words = words[1:]
        if len(words) >= 2:
            best = " ".join(words)
    return best or desc


def _role_match(desc: str, art: ArticleState) -> str:
    """``the outgoing ambassador`` -> the person mentioned in the article whose register role
    contains the description's head noun (the most mentioned one), else "".

    A rank word of the description (``the vice president``, ``the deputy minister``;
    :data:`RANK_PREFIXES`) must be in the role too: it names another office, so ``the vice
    president`` is not a ``President of Iraq`` named in passing (round 40)."""
    tokens = desc.lower().split()
    if len(tokens) < 2 or tokens[0] != "the":
        return ""
    head = tokens[-1]
    ranks = {w for t in tokens[1:-1] for w in t.split("-") if w in RANK_PREFIXES}
    best, best_n = "", 0
    for name, role_words in _role_index():
        fits = head in role_words and ranks <= {p for w in role_words for p in w.split("-")}
        n = art.mentions_of(name) if fits else 0
        if n > best_n:
            best, best_n = name, n
    return best


@lru_cache(maxsize=1)
def _role_index() -> tuple[tuple[str, frozenset[str]], ...]:
    """(name, words of the register's role) for every person in ``data/people.csv``."""
    people = load_people()
    return tuple((str(n), frozenset(re.findall(r"[a-z\-]+", str(r).lower())))
                 for n, r in zip(people["name"], people["role"]))
