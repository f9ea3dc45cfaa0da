"""``… the crowd took up the chant "…"``: a quotation that completes a noun of collective
calling out is the words of the gathered people who call it (quotes round 68, issue 13).

News reports of rallies give a crowd's chant as the complement of a noun (``the crowd reprised
the chant "…"``, ``X roused the crowd to spontaneous chants of "…"``, ``a mix of supporters and
activists joined in a chant of "…"``) or of ``cheer for`` (``got the crowd to dance and cheer
for "…"``). With no verb of saying before the quotation the sentence cue, the context or the
latest speaker gave those words to the speaker who stirred the crowd or spoke before; PolNeAR
codes the crowd (train C: four pieces in four articles, round 68's count). The chanters are the
nearest noun phrase before the noun headed by a collective noun of people
(``collective_person_nouns.txt``: ``crowd``, ``audience``) or the plural of a person noun
(``person_nouns.txt``: ``supporters``, ``activists``), with no name or personal pronoun between
it and the noun (``Reed repeated the chant "…"`` stays Reed's); the nouns are
``data/lexicons/chant_nouns.txt``.

Review 25c: a single person named by a noun between the group and the noun of calling out is
another actor too (``the protesters went home and the steward gave a shout of "…"``: the
steward's, not the protesters'); and a noun of calling out after ``with`` is the manner of the
clause's subject, so a group that is the verb's object does not call it (``Ann Lee answered the
hecklers with a cry of "…"``: not the hecklers'; ``The crowd greeted him with chants of "…"``:
the crowd, the subject, still).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import PERSON_NOUNS

#: how near (characters before the noun) the chanters must stand
_REACH = 120
#: words that open the chanters' noun phrase (kept in it)
_DETERMINERS = frozenset({"the", "a", "an", "some", "many", "most", "several", "hundreds",
                          "thousands", "dozens", "scores", "those", "these", "his", "her",
                          "their", "its"})
#: a word between the chanters and the noun that names another actor
_OTHER_ACTOR_RX = lazy_compile(r"(?<![\w’'])(?:[A-Z][\w’'\-]*|he|she|they|I|we)(?![\w’'])")
_WORD_RX = lazy_compile(r"[\w’'\-]+")
#: ``with`` governing the noun of calling out (``with a loud cry of``, ``with chants of``)
_WITH_RX = lazy_compile(r"(?<![\w’'])with\s+(?:(?:a|an|the)\s+)?(?:[\w’'\-]+\s+){0,2}$",
                      re.IGNORECASE)
#: what ends the clause before the chanters' phrase (a subject stands right after it)
_CLAUSE_START_RX = lazy_compile(r"(?:^|[.;:!?,—–]|\b(?:and|but|as|when|while|then)\b)\s*$",
                              re.IGNORECASE)


@lru_cache(maxsize=1)
def _chant_end_re() -> re.Pattern:
    """A noun of calling out (an optional ``of`` or ``for`` after it) ending the text before
    the quotation."""
    nouns = "|".join(load_words("chant_nouns.txt"))
    return re.compile(rf"(?<![\w’'])(?P<noun>(?:{nouns})s?)(?:\s+(?:of|for))?\s*[,:]?\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _collective() -> frozenset[str]:
    """Collective nouns of people (``data/lexicons/collective_person_nouns.txt``)."""
    return frozenset(load_words("collective_person_nouns.txt"))


def _is_group(word: str) -> bool:
    """A collective noun of people or the plural of a person noun (``supporters``)."""
    w = word.lower()
    if w in _collective():
        return True
    if not w.endswith("s"):
        return False
    return w[:-1] in PERSON_NOUNS or (w.endswith("es") and w[:-2] in PERSON_NOUNS)


def _as_match(pre: str, np_span: tuple[int, int], noun_span: tuple[int, int]) -> re.Match:
    """The chanters' phrase and the noun as one match against ``pre`` (groups ``np`` and
    ``noun``), the form the sentence cue's other noun rules return."""
    gap = noun_span[0] - np_span[1]
    rx = re.compile(rf"(?P<np>{re.escape(pre[np_span[0]:np_span[1]])})(?s:.{{{gap}}})"
                    rf"(?P<noun>{re.escape(pre[noun_span[0]:noun_span[1]])})")
    m = rx.match(pre, np_span[0])
    assert m is not None  # the spans were read from pre
    return m


_STOP_WORDS = frozenset({"and", "or", "to", "of", "in", "at", "by", "for", "with", "as"})


def _phrase_start(pre: str, words: list[re.Match], i: int) -> int:
    """Where the chanters' phrase headed by ``words[i]`` starts: at a determiner within the
    three words before it (``the angry crowd``), else at the capitalised or hyphenated
    modifiers right before it (``Sanders supporters``, ``anti-war activists``); never across a
    comma, a preposition or ``and``."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if pre[words[j].end():words[j + 1].start()].strip() or \
                words[j].group().lower() in _STOP_WORDS:
            break  # a comma or a mark between, or a preposition: the phrase began after it
        if words[j].group().lower() in _DETERMINERS:
            return words[j].start()
    start = words[i].start()
    for j in range(i - 1, max(-1, i - 4), -1):
        w = words[j].group()
        if pre[words[j].end():words[j + 1].start()].strip() or not (w[:1].isupper() or "-" in w):
            break
        start = words[j].start()
    return start


def chant_cue(pre: str) -> re.Match | None:
    """``… the crowd took up the chant "``: the chanters' noun phrase (``np``) and the noun of
    calling out (``noun``) when the quotation completes the noun and a group of people stands
    before it in the sentence (``pre``: the sentence up to the opening mark) with no name or
    personal pronoun between; None otherwise."""
    m = _chant_end_re().search(pre)
    if m is None:
        return None
    lo = max(0, m.start() - _REACH)
    words = list(_WORD_RX.finditer(pre, lo, m.start()))
    for i in range(len(words) - 1, -1, -1):
        if not _is_group(words[i].group()):
            continue
        if _OTHER_ACTOR_RX.search(pre, words[i].end(), m.start("noun")):
            return None  # "the crowd booed as Reed repeated the chant": Reed's
        if any(w.group().lower() in PERSON_NOUNS for w in words[i + 1:]):
            return None  # "the protesters left and the steward gave a shout of": his (review 25c)
        start = _phrase_start(pre, words, i)
        if _WITH_RX.search(pre, 0, m.start("noun")) and \
                not _CLAUSE_START_RX.search(pre, 0, start):
            return None  # "Lee answered the hecklers with a cry of": the subject's (review 25c)
        return _as_match(pre, (start, words[i].end()),
                         (m.start("noun"), m.end("noun")))
    return None
