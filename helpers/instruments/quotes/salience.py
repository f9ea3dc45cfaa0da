"""Salience tests for pronoun antecedents: which earlier mention a ``he``/``she`` takes when a
sentence names a person and then re-describes or re-introduces them (issue 13, round 24).

Why: the largest class of wrong speakers on the PolNeAR train subsamples is a pronoun whose
coded referent was named, but which the rules resolved to another mention. These functions read
only the mentions of a paragraph and the text; the order of preference stays in
:func:`helpers.instruments.quotes.pronouns._resolve_pronoun`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    ALL_VERBS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    SUBORDINATORS,
)
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.names import canonical_key

#: what may stand between a name and a description in apposition to it: a comma, after an
#: age or a party label (``Ana Ruiz, 66, a retired nurse``; ``Paul Hart (R), an ally``), and
#: a first description joined to it by ``and`` (``Ana Ruiz, a nurse and a member of …``,
#: round 30), its first word capitalised too (``Nora Whitlow, the Liberal member for Harbour
#: Ward and a former mayor``, round 59)
_APPOSITION_GAP_RE = lazy_compile(r"(?:\s*\([^()\n]{1,24}\))?\s*,\s*(?:\d{1,3}\s*,\s*)?"
                                r"(?:(?:an?|the)\s+[A-Za-z][^,;:()\"“”\n]{0,60}?\s+and\s+)?")
#: what may stand between a description and a name in apposition after it (``One farmer
#: backing the mayor, Ana Ruiz of Dover, said``): a short phrase without a clause mark, then
#: a comma; and after the name an optional ``of``/``from`` phrase and a comma (round 30)
_APPOSED_AFTER_GAP_RE = lazy_compile(r"(?:\s+[^,;:()\"“”\n\x01]{1,60})?\s*,\s*")
#: ... or ``named`` / ``called`` after an indefinite description (``a former paratrooper named
#: Tom Brannock,``, round 59); after a definite one the word is the verb of its clause (``The
#: prime minister named Tom Brannock, a former banker, as chancellor``: review 23a)
_NAMED_GAP_RE = lazy_compile(r"\s+(?:named|called)\s+")
_INDEFINITE_RE = lazy_compile(r"(?:an?|one|another)\s", re.IGNORECASE)
_APPOSED_AFTER_END_RE = lazy_compile(r"(?:\s+(?:of|from|at)\s+[^,;:()\"“”\n\x01]{1,60})?\s*,")


def apposed_name(m: Mention, mentions: Sequence[Mention], text: str) -> Mention | None:
    """The named mention of ``mentions`` (the paragraph's, in order) that a description ``m``
    stands in apposition to (``Ana Ruiz, 66, a retired nurse from the east side, backed …``),
    or None when the mention right before ``m`` is no single name or is not joined to it by
    an apposition comma.

    Why (round 24, the train pronoun breakdown): a ``she`` after such a sentence took the
    description, the latest mention, and the speaker became ``a retired nurse`` instead of
    the woman it describes; the apposition only re-describes the person just named."""
    for n in reversed(mentions):
        if n.end > m.start:
            continue
        if n.kind != "named" or " and " in n.surface:
            return None
        gap = _APPOSITION_GAP_RE.fullmatch(text, n.end, m.start)
        return n if gap is not None and "," in gap.group(0) else None
    return None


def apposed_name_after(m: Mention, mentions: Sequence[Mention], text: str) -> Mention | None:
    """The named mention right after a description ``m`` that stands in apposition to it
    (``One farmer backing the mayor, Ana Ruiz of Dover, said he …``): the next mention of the
    paragraph is a single name, joined to the description by a comma (a short phrase may
    modify the description first) and closed by a comma (after an optional ``of`` phrase);
    None otherwise.

    Why (round 30): the description, listed as the clause's subject, took the later ``he``,
    and the speaker became ``one farmer`` instead of the person the apposition names."""
    later = [n for n in mentions if n.start >= m.end]
    for n in later:
        if n.kind == "named" and " and " not in n.surface and \
                (_APPOSED_AFTER_GAP_RE.fullmatch(text, m.end, n.start) or (
                    _INDEFINITE_RE.match(m.surface) and
                    _NAMED_GAP_RE.fullmatch(text, m.end, n.start))) and \
                _APPOSED_AFTER_END_RE.match(text, n.end):
            return n
        if n.start - m.end > 80:
            break
    return None


#: the word after a lone capitalised word (an adverb in ``-ly`` may stand between)
_NEXT_WORD_RE = lazy_compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<w>[a-z]+)\b")


def word_surname_subject(narr: str, start: int, end: int, known: set[str]) -> bool:
    """Whether the lone capitalised sentence word ``narr[start:end]`` (``Will``, ``May``:
    words that :data:`_NOT_NAME` lists, so the name finder drops them) is the surname of a
    person the article knows (``George Will`` named before) standing as the subject of a
    finite past verb (``Will described …``, ``Instead, Will called …``). A modal takes the
    base form (``Will voters …``), so a past form after it marks the surname.

    Why (round 24; round 23 did the same for a post-cue ``"…," Will wrote``): at a sentence
    start the word was no mention, and the ``he`` after it went to a man named later in the
    sentence."""
    word = narr[start:end]
    if word not in _NOT_NAME or not word[1:].islower() or canonical_key(word) not in known:
        return False
    v = _NEXT_WORD_RE.match(narr, end)
    w = v.group("w") if v else ""
    if not w or w in _non_verbs():
        return False
    lemma = ALL_VERBS.get(w)
    return (lemma is not None and lemma != w and not w.endswith(("ing", "s"))) or \
        (lemma is None and w.endswith("ed"))


@lru_cache(maxsize=1)
def _non_verbs() -> frozenset[str]:
    """Words in ``-ed``/``-s`` that are no verbs (``non_verbs.txt``; cached by the loader)."""
    return frozenset(load_words("non_verbs.txt"))


#: after a name: up to one modifier word, a lower-case noun, then a capitalised word
#: (``Harlow spokeswoman Nina``, ``Dunn campaign manager Tess``)
_ROLE_THEN_NAME_RE = lazy_compile(
    r"[ \t]+(?:(?P<mod>[a-z][a-z\-]*)[ \t]+)?(?P<noun>[a-z]+)[ \t]+[A-Z]")


def role_premodifier(narr: str, end: int) -> bool:
    """Whether the name ending at ``end`` only modifies a role noun that a second name follows
    (``Harlow spokeswoman Nina Castell criticized …``): then it is not the sentence's
    subject; the second name is. A verb after the name (``Harlow told reporter Ann Lee``)
    keeps it the subject.

    Why (round 24): the name opening the sentence was taken as its main subject, so the
    ``she said`` after the spokeswoman's sentence went to the candidate she speaks for."""
    m = _ROLE_THEN_NAME_RE.match(narr, end)
    if m is None or m.group("noun") not in PERSON_NOUNS:
        return False
    mod = m.group("mod")
    if mod is None or mod in PERSON_NOUNS:
        return True
    return mod not in _stopwords() and ((mod not in ALL_VERBS and not mod.endswith("ed"))
                                        or mod in _non_verbs())


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Function words (``stopwords_en.txt``): never the modifier of a role noun."""
    return frozenset(load_words("stopwords_en.txt"))


#: the word right before a position (and whatever spaces and commas follow it)
_WORD_BEFORE_RE = lazy_compile(r"(?<![\w’'])(?P<w>[A-Za-z]+)[ \t]*,?[ \t]*$")


def after_subordinator(text: str, pos: int) -> bool:
    """Whether the mention at ``pos`` follows a subordinating conjunction (``while``,
    ``although``, ``as``: :data:`SUBORDINATORS`) that does not open its sentence, so the
    mention is the subject of a clause trailing the main clause (``Tom Reed praised the budget,
    although Paul Hart has attacked it``).

    Why (round 24): the latest subject before a ``he said`` was taken as its antecedent even
    inside such a clause; the main clause's subject, earlier in the sentence, is the centre a
    following pronoun refers to. A conjunction opening the sentence (``When Hart spoke, Reed
    …``) leaves the main subject after it, which is the latest one anyway."""
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 24), pos)
    if m is None or m.group("w").lower() not in SUBORDINATORS:
        return False
    j = m.start() - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] not in ".!?\n\"“”"


#: after a name: an optional ``of Place``, an optional apposition between commas, then
#: ``, who`` and a verb (``Sen. Ann Ford of Ohio, the senior Democrat on the panel, who said``)
_WHO_VERB_RE = lazy_compile(
    r"(?:[ \t]+of[ \t]+[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2})?"
    r"(?:,[^,.;:!?\x01\n]{1,90})?,[ \t]+who[ \t]+(?:[a-z]+ly[ \t]+)?(?P<v>[a-z]+)\b")


def relative_reporter(narr: str, start: int, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a relative clause of saying
    (``… backed by Sen. Ann Ford, the senior Democrat on the panel, who said none of the
    emails came from Harlow``): the person who speaks, though the name itself stands after a
    preposition or as an object. A name right after ``of`` (``of Ohio, …, who said``) is
    the place or body of the name before it, not the speaker.

    Why (round 24): with no other subject in the paragraph, a following ``she said`` took the
    latest mention, the person named inside what was said (``Harlow``), not the speaker."""
    m = _WHO_VERB_RE.match(narr, end)
    return m is not None and m.group("v") in REPORTING_VERBS and \
        _OF_BEFORE_RE.search(narr, max(0, start - 4), start) is None


_OF_BEFORE_RE = lazy_compile(r"(?<![\w’'])of[ \t]+$")
