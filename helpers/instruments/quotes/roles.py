"""Title-to-name coreference (round 8 of issue 13): ``the senator`` is the one person of the
article written ``Sen. X``; ``the retired neurosurgeon`` is ``X, a retired neurosurgeon``;
``the 46-year-old`` is ``X, 46,`` (round 10).

Why (PolNeAR train audit, round 7): quotations attributed to a definite description (``"…," the
Ohio governor said``) kept the description as speaker although the article had joined that role
to a name before, by a title (``Ohio Gov. X``), a role written before the name (``campaign
manager X``) or an apposition (``X, a retired neurosurgeon,`` / ``the group's founder, X,``).
Ranked rule: the description's head noun must be one of the person's role words; when several
people of the article carry it, the description's modifiers must all be among the person's role
words; when still not exactly one person is left, the description stays as written (two
senators in one article: ``the senator`` is not guessed).
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import _TITLE_KEYS, DEMONYMS, is_person_noun

#: abbreviated titles and the role noun a description uses for them
_ABBR = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
         "dr": "doctor", "prof": "professor", "col": "colonel", "capt": "captain",
         "sgt": "sergeant", "rev": "reverend", "cllr": "councillor", "adm": "admiral",
         "lt": "lieutenant", "pres": "president"}
#: a role noun and the other nouns a description may use for it
_SAME_ROLE = {"representative": ("congressman", "congresswoman", "lawmaker"),
              "senator": ("lawmaker",), "congressman": ("lawmaker", "representative"),
              "congresswoman": ("lawmaker", "representative")}
_FULL_NAME_RE = lazy_compile(
    r"(?<![\w’'.])[A-Z][a-z][\w’'\-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'\-]*){1,3}(?![\w’'])")
#: a word of a role phrase; an age noun (``46-year-old``) is one word (public: round 58's
#: ``described_people`` reads a description's words the same way)
ROLE_WORD_RE = lazy_compile(r"(?:\d{1,3}-)?[A-Za-z][\w\-]*\.?")
#: an age in apposition after a name (``Tom Ruel, 46, a carpenter``): the role ``46-year-old``
_AGE_AFTER_RE = lazy_compile(r",\s+(\d{1,3})(?=,|\s+(?:and|said|says|who)\b|\.\s|\.$)")
_DETS = frozenset("a an the his her their its our".split())
_STOP = frozenset("and or but with of to for by from as than while when after before said says "
                  "told".split())
_CUT_RE = lazy_compile(r"\s+(?:of|at|for|in|from|who|which|that|with|on|to|and|since)\b.*$", re.S)
_APPOS_AFTER_RE = lazy_compile(
    r",\s+(?:now\s+|then\s+|also\s+|once\s+|formerly\s+)?(?:a|an|the)\s+([^,.;:()\"“”]{1,80})"
    r"(?=,|\.\s|\.$|;|\))")
_APPOS_BEFORE_RE = lazy_compile(r"(?:^|[\s(])(?:a|an|the)\s+([^,.;:()\"“”]{1,80}),\s+$", re.I)


_TITLE_ROLES = _TITLE_KEYS | frozenset(_ABBR.values())


def role_word(w: str) -> str:
    """A word of a role phrase as the roles index keys it: lower case, without its stop, an
    abbreviated title spelled out (``Sen.`` -> ``senator``)."""
    low = w.lower().rstrip(".")
    return _ABBR.get(low, low)


def _is_role(w: str) -> bool:
    return is_person_noun(w) or w in _TITLE_KEYS or w in _ABBR.values()


def _phrase_roles(phrase: str) -> set[str]:
    """Role words of a description phrase (``a retired neurosurgeon`` -> {retired,
    neurosurgeon}) when its head (last word before a post-modifier) is a person noun."""
    words = [role_word(w) for w in ROLE_WORD_RE.findall(_CUT_RE.sub("", phrase))]
    words = [w for w in words if w not in _DETS]
    if not words or len(words) > 6 or not is_person_noun(words[-1]):
        return set()
    return set(words)


#: the punctuation that ends the clause before a name (:func:`_lead_roles`)
_CLAUSE_MARK_RE = lazy_compile(r"[,;:()\"“”\n]")


def _lead_roles(text: str, start: int) -> set[str]:
    """Role words written right before a name in its clause (``Ohio Gov.``, ``campaign
    manager``): the words after the last punctuation mark, when the last one is a role."""
    window = _CLAUSE_MARK_RE.split(text[max(0, start - 60):start])[-1]
    words: list[str] = []
    for w in ROLE_WORD_RE.findall(window):
        if words and words[-1].endswith(".") and words[-1].lower().rstrip(".") not in _ABBR \
                and len(words[-1]) > 2:
            words = []  # a full stop that ends a sentence, not a title's ("Rep.")
        words.append(w)
    words = [role_word(w) for w in words]
    if not words or not _is_role(words[-1]):
        return set()
    kept: list[str] = []
    for w in reversed(words[-4:]):  # back to a conjunction or function word
        if w in _STOP:
            break
        kept.append(w)
    return {w for w in kept if w not in _DETS}


def article_roles(text: str, canonical, is_person=None,
                  bounds: list[tuple[int, int]] | None = None
                  ) -> list[tuple[int, str, frozenset[str]]]:
    """(offset, person, role words) for every full name of ``text`` (or of its ``bounds``: the
    capitalised runs of the article's narration, so that only those short spans are scanned)
    that a title, a role before it or an apposition joins to a role;
    ``canonical(name, offset)`` gives the person's name, ``is_person(name)`` (optional) keeps
    only names known as persons (not ``New Hampshire``)."""
    out = []
    matches = (m for lo, hi in (bounds if bounds is not None else [(0, len(text))])
               for m in _FULL_NAME_RE.finditer(text, lo, hi))
    for m in matches:
        tokens = m.group(0).split()
        roles: set[str] = set()
        while tokens and (role_word(tokens[0]) in _TITLE_ROLES or
                          (tokens[0].lower() in DEMONYMS and len(tokens) > 2)):
            # "Senator Ted Cruz": the title is a role; so is a nationality before a title
            # ("Mexican President Felipe Calderon", round 12)
            roles.add(role_word(tokens.pop(0)))
        if len(tokens) < 2 or (is_person is not None and not is_person(" ".join(tokens))):
            continue
        roles |= _lead_roles(text, m.start())
        age = _AGE_AFTER_RE.match(text, m.end())
        if age:  # "X, 46," is joined to "the 46-year-old" (round 10)
            roles.add(f"{age.group(1)}-year-old")
        after = _APPOS_AFTER_RE.match(text, age.end() if age else m.end())
        if after:
            roles |= _phrase_roles(after.group(1))
        window = text[max(0, m.start() - 90):m.start()]
        # (searched only when the window ends with a comma and space, as a match must: speed)
        before = _APPOS_BEFORE_RE.search(window) if window[-1:].isspace() and \
            window.rstrip().endswith(",") else None
        if before:
            roles |= _phrase_roles(before.group(1))
        if roles:
            out.append((m.start(), canonical(" ".join(tokens), m.start()), frozenset(roles)))
    return out


def role_description(desc: str) -> bool:
    """Whether ``desc`` is a short definite description headed by a role noun (``the Ohio
    governor``), the only kind :func:`person_for_description` resolves (not ``the movie
    mentions neither the president``, not ``the campaign``)."""
    words = [role_word(w) for w in ROLE_WORD_RE.findall(desc)]
    return 2 <= len(words) <= 6 and words[0] == "the" and "the" not in words[1:] and \
        _is_role(words[-1])


def person_for_description(desc: str, roles: list[tuple[int, str, frozenset[str]]], pos: int
                           ) -> str:
    """The one person named before ``pos`` whose role words hold the head noun of the definite
    description ``desc`` (and, when several do, all its modifiers); "" otherwise."""
    if not role_description(desc):
        return ""
    raw = ROLE_WORD_RE.findall(desc)
    words = [role_word(w) for w in raw]
    head, mods = words[-1], {w for w in words[1:-1] if w not in ("former", "then")}
    proper = {w for w, r in zip(words[1:-1], raw[1:-1]) if r[:1].isupper()}
    heads = {head, *_SAME_ROLE.get(head, ())}
    people: dict[str, set[str]] = {}
    for off, person, rs in roles:
        if off < pos and heads & rs:
            people.setdefault(person, set()).update(rs)
    # a capitalised modifier (``the Senate Democratic leader``, ``the Ohio governor``) must be
    # among the person's role words even when only one person has the role
    people = {p: rs for p, rs in people.items() if proper <= rs}
    if len(people) > 1:
        people = {p: rs for p, rs in people.items() if mods <= rs}
    return next(iter(people)) if len(people) == 1 else ""
