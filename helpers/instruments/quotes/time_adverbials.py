"""A time adverbial right after a name is not the name's verb (round 81, issue 13).

A name is read as a clause subject when a verb-like word follows it
(:func:`.mentions._is_subject`); any lower-case word not listed as a non-verb passes, so in
``…, who chaired the board and as such appointed Mr. Hart four years ago. He called the plan
"…"`` the object ``Mr. Hart`` was a subject (``four`` its "verb") and the later ``He`` took
it over the relative clause's subject chain (the man who spoke). English puts a time
adverbial (``four years ago``, ``two days later``, ``last week``, ``yesterday``) after an
object as readily as after a subject, so the adverbial tells nothing: the name is a subject
when a verb follows the adverbial (``Sam Hart last week said``), and not when the clause ends
there. Words: ``data/lexicons/time_adverbial_words.csv``.
"""

from __future__ import annotations

import re

from helpers.core.lexicons import load_records, load_words
from helpers.instruments.quotes.lexicon import AUXILIARIES


def _words(kind: str) -> list[str]:
    return [r["word"] for r in load_records("time_adverbial_words.csv") if r["kind"] == kind]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT = rf"(?:{_alt(_words('unit'))})s?"
_ADVERBIAL_RE = re.compile(
    rf"\s+(?:(?:{_alt(_words('count'))})\s+(?:(?:more|other)\s+)?{_UNIT}\s+"
    rf"(?:{_alt(_words('tail'))})"
    rf"|(?:{_alt(_words('deictic'))})\s+{_UNIT}"
    rf"|(?:{_alt(_words('alone'))}))(?![\w’'\-])"
)
#: the word after the adverbial: a verb if lower-case and no listed non-verb, or an auxiliary
#: (``had``, ``was``: listed as non-verbs, read as verbs here as the subject test does). As in
#: the usual test (``mentions._subject_verbish``), an aside set off by commas and an adverb may
#: come before the verb (review 29a: ``X last week also attacked``, ``X yesterday, however,
#: attacked``, ``X last week, in a letter to the council, attacked``: ``also`` and the comma
#: were read as the clause's end, and a later ``he`` went past the subject to an earlier man)
#: The aside opens with a listed preposition or connective (``aside`` words) or an ``-ly``
#: adverb: a reporting clause (``a year ago, she recalled, then sacked him``) is no aside.
#: An aside between dashes opens the same way; one in brackets opens with a capital or a digit
#: (``yesterday (Tuesday) said``, ``(2 March)``; review 29a, like the comma's): ``a year ago
#: (she recalled) then sacked him`` holds no aside.
_ASIDE_OPENER = rf"(?:{_alt(_words('aside'))}|[a-z]+ly)\b"
_NEXT_RE = re.compile(
    rf"(?:\s*,\s*{_ASIDE_OPENER}[^,.;:!?\x01]{{0,60}},"
    rf"|\s+[–—]\s*{_ASIDE_OPENER}[^–—.;:!?\x01]{{0,60}}[–—]|\s*\([A-Z0-9][^()\x01]{{0,39}}\))?"
    r"\s+(?:(?:then|also|now|still|never|always|once|later|"
    r"often|just|even|only|already|[a-z]+ly)\s+)?(?P<w>[a-z][a-z’'\-]+)\b")
_NON_VERBS = frozenset(load_words("non_verbs.txt"))
#: ``before`` with an object (``two days before the vote attacked``): a preposition, whose
#: noun phrase hides where the clause goes on; the adverbial is not read (review 29a: ``the``
#: was read as the clause's end, so a subject lost its verb)
_BEFORE_OBJECT_RE = re.compile(r"\s+(?P<w>[a-z][a-z’'\-]*)\b")
#: the object is one word after that word and the clause ends there (``two days before the
#: vote.``): no verb follows, so the name is no subject
_BEFORE_CLAUSE_END_RE = re.compile(r"\s+[a-z][a-z’'\-]*\s*(?:[.;:!?]|,\s|$)")


def subject_past_adverbial(after: str) -> bool | None:
    """For the text ``after`` a name: None when it does not open with a time adverbial (the
    usual subject test applies); else whether a verb follows the adverbial (``last week
    said`` True; ``four years ago. He`` and ``two days later, the`` False). An aside in commas
    and an adverb may come before the verb (``yesterday, however, said``, ``last week also
    said``); ``before`` followed by a determiner or preposition opens an object: False when
    one more word ends the clause (``two days before the vote.``), else the adverbial is not
    read (None)."""
    adv = _ADVERBIAL_RE.match(after)
    if adv is None:
        return None
    if after[:adv.end()].endswith("before"):
        obj = _BEFORE_OBJECT_RE.match(after, adv.end())
        if obj and obj.group("w") in _NON_VERBS and obj.group("w") not in AUXILIARIES:
            if _BEFORE_CLAUSE_END_RE.match(after, obj.end()):
                return False  # "hired X two days before the vote. He …"
            return None  # "two days before the vote …": the usual test, as before round 81
    nxt = _NEXT_RE.match(after, adv.end())
    return bool(nxt) and (nxt.group("w") not in _NON_VERBS or nxt.group("w") in AUXILIARIES)
