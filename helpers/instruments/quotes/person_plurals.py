"""The plural of every listed person noun is a person noun too (round 80, issue 13).

``data/lexicons/person_nouns.txt`` lists the head nouns of descriptions of people, singulars
and plurals one by one; some plurals were never written down (``reporter`` is there,
``reporters`` is not), so ``Many reporters noted that the plan was "…"`` had no subject and
no speaker, while ``Many residents said …`` had one. A word list cannot be trusted to hold
both forms, so the plurals are made by the rule of English: ``-s``; ``-es`` after a sibilant;
``-ies`` after a consonant and ``y``; ``-men`` for ``-man``. The exceptions (irregular plurals
and singulars that have none as a person noun: ``someone``, ``third``) are in
``data/lexicons/person_noun_plurals.csv``. A plural that is as often a verb whose subject is
a person (``the committee she chairs``, ``the union he heads``) is not added
(``data/lexicons/person_plural_verbs.txt``, review 28b).
"""

from __future__ import annotations

from collections.abc import Iterable

from helpers.core.lexicons import load_records, load_words

_EXCEPTIONS: dict[str, str] = {r["singular"]: r["plural"]
                               for r in load_records("person_noun_plurals.csv")}
#: plurals that are as often a verb (``she chairs``, ``he heads``): never added (review 28b)
_VERB_PLURALS = frozenset(load_words("person_plural_verbs.txt"))


def regular_plural(noun: str) -> str:
    """The regular English plural of the lower-case ``noun`` (``reporter`` -> ``reporters``,
    ``secretary`` -> ``secretaries``, ``chairman`` -> ``chairmen``, ``coach`` ->
    ``coaches``), or the listed exception (empty when the noun takes none)."""
    if noun in _EXCEPTIONS:
        return _EXCEPTIONS[noun]
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def with_plurals(nouns: Iterable[str]) -> frozenset[str]:
    """The listed nouns and the plural of each one that is not itself a listed plural (a
    word ending in ``s`` or ``men`` already has its singular listed, or is one: ``counsel``
    aside, such a word is left as it is), nor a plural that is as often a verb
    (``chairs``, ``heads``: :data:`_VERB_PLURALS`)."""
    listed = frozenset(nouns)
    out = set(listed)
    for noun in listed:
        if noun.endswith(("s", "men")) and noun not in _EXCEPTIONS:
            continue
        plural = regular_plural(noun)
        if plural and plural not in _VERB_PLURALS:
            out.add(plural)
    return frozenset(out)


def _derived_plurals() -> frozenset[str]:
    listed = load_words("person_nouns.txt")
    return with_plurals(listed) - frozenset(listed)


#: the plurals the rule added to the listed person nouns (``reporters``, ``doctors``)
DERIVED_PLURALS = _derived_plurals()


def leading_role_word(word: str, person_nouns: frozenset[str]) -> bool:
    """Whether ``word``, right before a run of capitalised name words, is a role noun that
    marks the run as a person's name (``Minister Ann Lee``, ``Frontrunner Burnham``). A
    capitalised plural the rule added is not: it opens an organisation's name (``Reporters
    Without Borders``, ``Doctors Without Borders``), and a role before one person's name is
    singular; the listed nouns keep their earlier reading."""
    low = word.lower()
    return low in person_nouns and not (word[:1].isupper() and low in DERIVED_PLURALS)
