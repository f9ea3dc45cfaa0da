"""A given name standing alone before a simple-tense verb is a person (quotes round 79).

Feature writing introduces ordinary people by a given name and what they do: ``Dawn works
nights at the depot. "…," she says.``, ``Pete drove a lorry for twenty years until his back
went. He … "…," he says.``. Round 57's reader (:mod:`.lone_given_names`) takes a lone given
name as a clause's subject before an age, an apposition or an aside and a finite verb, or
``is`` / ``was`` / ``has`` / ``had`` with a participle — not before a verb in the simple
present or past (``works``, ``drove``, ``keeps``), so the later ``she says`` went to someone
named before (round 72 left the shape with one writer; round 79 found it in a second).

Here: a listed given name of ``use`` = ``any`` (``first_names.txt``: a name that is no English
word or surname; ``Hope``, ``Grant``, ``Virginia`` never) that opens a clause, followed by a
lower-case word ending in ``s`` or ``ed`` or an irregular past tense
(``data/lexicons/simple_past_verbs.txt``) and then a lower-case word, an article or a number
(the verb's object or complement). The caller checks that the name opens a clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import given_name_use


@lru_cache(maxsize=1)
def _verb_after_re() -> re.Pattern[str]:
    """A simple-tense verb right after the name, then the start of its object or complement
    (a lower-case word or a number, or ``£``)."""
    irregular = "|".join(sorted(map(re.escape, load_words("simple_past_verbs.txt")),
                                key=len, reverse=True))
    return re.compile(
        rf"\s+(?:[a-z]{{2,}}(?:s|ed)|{irregular})(?![\w’'\-])\s+(?:[a-z]|\d|£)")


#: words ending in ``s`` that are no verb after a name (``Tom always``, ``Tom is``, ``Tom
#: was``, ``Tom has``: round 57's reader's or no verb at all)
_NOT_VERBS = frozenset({"always", "sometimes", "perhaps", "is", "was", "has", "does", "as",
                        "this", "thus", "plus", "towards", "besides", "unless", "yes", "his",
                        "its", "us", "less", "across", "nevertheless", "whereas"})


#: a finite auxiliary or copula: after ``<Name> <word>s`` it makes the ``-s`` word a plural
#: noun, the subject of the auxiliary, and the name a modifier (``Frank talks were held``,
#: ``Rose beds are planted``: review 28a), not a person and a verb
_AUXILIARIES = frozenset({"are", "were", "was", "is", "have", "had", "has", "will", "would",
                          "could", "can", "may", "might", "must", "should", "shall", "do",
                          "did"})


def simple_tense_subject(narr: str, start: int, end: int) -> bool:
    """Whether the one-word run ``narr[start:end]`` is a given name of ``use`` = ``any``
    followed by a simple-tense verb and its object or complement (module docstring); not
    when the word after an ``-s`` form is an auxiliary (the ``-s`` form is then a plural
    noun: ``Frank talks were held``)."""
    if given_name_use().get(narr[start:end]) != "any":
        return False
    m = _verb_after_re().match(narr, end, min(len(narr), end + 40))
    if m is None:
        return False
    verb, *rest = narr[end:min(len(narr), m.end() + 12)].split()
    if verb in _NOT_VERBS:
        return False
    return not (verb.endswith("s") and rest and rest[0].strip(",.;:") in _AUXILIARIES)
