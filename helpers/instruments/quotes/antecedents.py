"""Who a short reference to a person can be (issue 13, quotes round 35): small rules of
general English that keep a pronoun or a bare surname on the person the text is about.

* :func:`kin_introduced`: a full name set in apposition after a noun of family relation
  (``his son, Eric Lark,``) names a relative of someone in the article. When a bare surname
  (``Lark``, ``Mr. Lark``) could expand to that relative or to another person of the same
  surname, newswriting means the other one: a relative is written with his given name when
  he is meant (see :func:`prefer_principals`).
* :func:`addressee`: in ``"…," he told Lark`` the name after a verb whose object is the
  hearer is the person spoken to, never the pronoun's referent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.core.lexicons import load_words

__all__ = ["ADDRESSEE_VERBS", "KIN_NOUNS", "addressee", "kin_introduced", "prefer_principals"]

#: nouns of family relation (``data/lexicons/kin_nouns.txt``)
KIN_NOUNS = frozenset(load_words("kin_nouns.txt"))

#: lemmas of verbs of saying whose object is the hearer (``data/lexicons/addressee_verbs.txt``)
ADDRESSEE_VERBS = frozenset(load_words("addressee_verbs.txt"))

#: a possessive determiner or a possessive name, an optional adjective, a kin noun, an
#: optional comma, right before the name (``his son, ``; ``Lark's late wife ``)
_KIN_BEFORE_RE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w\-]*(?:['’]s|s['’]))\s+(?:[a-z]+\s+)?"
    r"(?P<kin>[a-z][a-z\-]*)\s*,?\s*$")


def kin_introduced(text: str, off: int) -> bool:
    """Whether the name at ``off`` in ``text`` comes right after a possessive and a noun of
    family relation (``Their son, Daniel Lark``, ``his brother Alastair Lark``)."""
    m = _KIN_BEFORE_RE.search(text, max(0, off - 40), off)
    return m is not None and m.group("kin").lower() in KIN_NOUNS


def prefer_principals(candidates: Sequence[tuple[int, str]], text: str,
                      ) -> list[tuple[int, str]]:
    """The ``(offset, full name)`` candidates for a bare surname, less those that name a
    relative (some occurrence of the name is :func:`kin_introduced`) when at least one
    candidate is no relative; all of them otherwise (a relative who is the only person of
    that surname is still who the surname means)."""
    kin = {n for off, n in candidates if kin_introduced(text, off)}
    if not kin:
        return list(candidates)
    rest = [(off, n) for off, n in candidates if n not in kin]
    return rest if rest else list(candidates)


#: a capitalised name right after the verb (``told Lark``, ``told Sen. Ann Lark``)
_NAME_AFTER_RE = re.compile(
    r"[ \t]+(?P<name>(?:[A-Z][a-z]{0,3}\.[ \t]+)?[A-Z][\w\-’']*(?:[ \t]+[A-Z][\w\-’']*)*)")


def addressee(text: str, lemma: str, cue_end: int | None) -> tuple[int, str] | None:
    """``(offset, name)`` of the person a verb of saying is addressed to, when the cue's verb
    (lemma ``lemma``, ending at ``cue_end``) takes the hearer as object and a capitalised name
    follows it (``"…," he told Lark``); None otherwise."""
    if cue_end is None or lemma not in ADDRESSEE_VERBS:
        return None
    m = _NAME_AFTER_RE.match(text, cue_end)
    if m is None:
        return None
    name = m.group("name")
    if name.endswith(("’s", "'s")):
        return None  # "told Lark's aides": a possessor, not the hearer
    return m.start("name"), name
