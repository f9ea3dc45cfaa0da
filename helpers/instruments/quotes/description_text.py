"""The text of a description noun phrase (``a spokesman for the party``, ``two residents``):
its short form as a speaker (:func:`_description`), its head noun (:func:`desc_head`), its
gender or number (:func:`_desc_gender`), and the person-noun pattern descriptions are built on
(:data:`_PERSON_NOUN_RE`).

Why its own module (review 23a): these read only a phrase's words, not the narration around
it; :mod:`.mentions`, which finds mentions in the narration, had reached 793 of its 800 lines.
:mod:`.mentions` imports them (and keeps them importable under their old names for its
importers: the cue patterns, the attribution steps, the pronoun rules and the chooser's
features).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    _DETERMINERS,
    ACRONYM_PERSON_NOUNS,
    AGE_NOUN_RE,
    PERSON_NOUNS,
    _alt,
)
from helpers.instruments.quotes.noun_modifiers import QUANTITY_NOUNS

#: a person noun (any case), an acronym of one (``MP``) or an age noun (``46-year-old``): the
#: head of a person description
_PERSON_NOUN_RE = ("(?:" + _alt(PERSON_NOUNS | {n.capitalize() for n in PERSON_NOUNS}
                                 | ACRONYM_PERSON_NOUNS)
                   + "|" + AGE_NOUN_RE + ")")


@lru_cache(maxsize=16384)
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


_DESC_CUT_RE = lazy_compile(
    r"\s+(?:in|from|with|at|on|who|which|that|whose|wearing|standing|sitting|near|outside|"
    r"inside|behind|beside|holding|carrying|for|of(?!\s+(?:the|them|his|her|their)\b))\b.*$",
    re.S,
)


#: post-modifiers kept in a description: a PP naming an organisation (capitalised), or a
#: relative clause of at most three words
_KEEP_POSTMOD_RE = lazy_compile(
    rf"^{_DETERMINERS}(?:\s+[\w’'\-]+){{0,2}}?\s+(?:{_PERSON_NOUN_RE}|MPs?)\s+"
    rf"(?:(?:for|of|at|from|on)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Za-z][\w’'\-]*){{0,3}}"
    rf"|who\s+[a-z]+(?:\s+[a-z]+){{0,4}})$")


_QUANTITY_WORDS = QUANTITY_NOUNS


#: a word opening a prepositional phrase: ``a letter to committee members`` is no reduced
#: relative clause (round 34: the speaker was cut to ``to committee members``)
_FRAGMENT_WORDS = frozenset(load_words("speaker_fragment_openers.txt"))


@lru_cache(maxsize=16384)
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
            w[1].lower() not in _QUANTITY_WORDS and w[2] not in _FRAGMENT_WORDS:
        # "a process party officials describe as": the singular determiner belongs to another
        # noun (a reduced relative clause); the speakers are the bare plural after it
        s = " ".join(w[2:])
    if s and s.split()[0] in {"A", "An", "The", "One", "Another", "Some", "This", "That",
                              "Several", "Two", "Three", "Many", "Most", "Other", "His", "Her",
                              "Their", "Our", "My"}:
        s = s[0].lower() + s[1:]
    return s


@lru_cache(maxsize=16384)
def desc_head(np_text: str) -> str:
    """Head noun of a description, before a kept post-modifier (``a spokesman for the
    party`` -> ``spokesman``)."""
    desc = re.split(r"\s+(?:who|for|of|at|from|on)\s+", _description(np_text))[0]
    return desc.split()[-1].lower().strip(",") if desc.split() else ""
