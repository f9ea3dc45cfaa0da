"""Person nouns that do not head the noun phrase they stand in: a quantifier (``A host of new
rules``) or a modifier of the noun after it (``the designer label was cut``, ``the graduate
scheme closed``).

Why (round 49): the mention reader took ``a host`` and ``the designer`` for descriptions of
people, and the elliptic ``one`` / ``another`` of the next quotation completed to ``one host``
(:func:`.descriptions._complete_description`); pronoun candidates took them too. British
magazine prose uses such compounds often. General signals, no word of one article: an
indefinite quantity noun before ``of`` (``a host of``; ``the host of a show`` is a person);
and a singular lower-case person noun followed by a lower-case content word that is itself
followed by the clause's verb (an auxiliary, a verb of saying or a past form), so that the
content word, not the person noun, is the subject's head.
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    ALL_VERBS,
    AUXILIARIES,
    ELLIPTIC_DESCRIPTIONS,
    TITLE_WORDS,
    is_person_noun,
)

#: nouns of quantity: ``a host of``, ``a number of`` opens a quantity, not a person
QUANTITY_NOUNS = frozenset("few dozen handful couple number group lot score host series "
                           "pair trio majority minority".split())
#: function words and adverbs between a subject and its verb: never a modified noun
_FUNCTION_WORDS = frozenset(load_words("stopwords_en.txt")) | frozenset(
    load_words("subject_verb_adverbs.txt"))
_IRREGULAR_PAST = frozenset(load_words("irregular_past_forms.txt"))
_AUX = AUXILIARIES
_NEXT_TWO_RX = lazy_compile(r"\s+([a-z][a-z\-]*)(?:\s+([a-z][a-z’'\-]*))?")
_INDEFINITE_RX = lazy_compile(r"(?i)an?\s")
#: heads that premodify an office or stand for an elided noun (``the chief justice``, ``a
#: third justice``, ``the one many …``): the noun after them is the head, a person or not
_PREMODIFIER_HEADS = frozenset(TITLE_WORDS | frozenset(load_words("rank_prefixes.txt")) | {
    d.split()[-1] for d in ELLIPTIC_DESCRIPTIONS} | {"other", "chief"})


_INVERSION_VERBS = frozenset(load_words("inversion_verbs.txt"))


def opening_verb(word: str) -> bool:
    """Whether a capitalised sentence-opening ``word`` reads as a verb of an inverted clause
    (``Came``, ``Enter``, ``Said``, ``Added``): a verb of saying, a common irregular past,
    a past in ``-ed`` or a verb that opens inversions (``inversion_verbs.txt``)."""
    low = word.lower()
    return low in _INVERSION_VERBS or (_verbish(low) and low not in _AUX)


def _verbish(word: str) -> bool:
    """Whether ``word`` reads as a clause's verb: an auxiliary, a verb of saying or framing in
    any form, a common irregular past or a past form in ``-ed``."""
    return word in _AUX or word in ALL_VERBS or word in _IRREGULAR_PAST or \
        (len(word) > 4 and word.endswith("ed"))


def modifier_head(narr: str, np_start: int, head_start: int, head_end: int) -> bool:
    """Whether the person noun at ``narr[head_start:head_end]`` (of the noun phrase opening at
    ``np_start``) is a quantifier (``a host of``) or a modifier of the next noun (``the
    designer label was``) rather than the head of its phrase: then it describes no person."""
    head = narr[head_start:head_end]
    nxt = _NEXT_TWO_RX.match(narr, head_end)
    if nxt is None or not head.islower() or head in _PREMODIFIER_HEADS:
        return False  # (a nationality word is read on by the mention reader itself)
    word, after = nxt.group(1), nxt.group(2) or ""
    if word == "of":
        return head in QUANTITY_NOUNS and is_person_noun(head) and \
            _INDEFINITE_RX.match(narr, np_start) is not None
    if head.endswith("s") or word in _FUNCTION_WORDS or word.endswith(("ly", "-", "s", "ing")) or \
            is_person_noun(word):
        return False  # (a plural head, an ``-s`` or ``-ing`` word: it may be the verb)
    # a verb's bare form after a singular person noun is a noun (``the designer label``)
    if _verbish(word) and ALL_VERBS.get(word) != word:
        return False
    return bool(after) and _verbish(after)
