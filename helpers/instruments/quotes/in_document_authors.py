"""The author of a document named in an ``in``-phrase: ``X said in a statement`` (round 82,
issue 13).

Why: the guideline ("Written sources", ``data/annotations/guidelines/quotes.md``) names a
written source's author as the speaker; :mod:`.document_authors` reads the author off the words
at a document mention (a possessive, a capitalised modifier, ``by`` / ``from``, an issuing verb
with the document as object). English news prose names the author of a statement or report
just as often as the subject of the clause the document is the *means* of: ``The council said
in a statement that …``, ``the Pentagon, in a statement issued overnight, called it "…"``,
``The Coastal Trust, which runs twelve food banks, says in its annual report that …``. A later
``The statement said "…"`` or ``the report warns`` then had no author.

Here: a document noun opened by ``in`` and a determiner or possessive (``in a``, ``in its``,
up to two modifiers: ``in its annual report``) takes as author the clause subject before
``in``:

* after a comma (``X, in a statement``): the words before the comma;
* after a verb of saying (``reporting_verbs.txt``, ``X said in``, ``X has said in``): the
  words before the verb, a relative clause between commas before it passed over (``X, which
  runs …, says in``); a base form (``note``, ``say``) counts as a verb only after a plural
  (``The authors argue in``), as ``Ann Cole's own note in the paper`` holds the noun; a
  passive (``Ann Lee was told in a letter``, ``The plan was announced in a statement``) names
  the document's addressee or topic, no author (review 29b).

The subject runs back to a clause boundary (punctuation or a word that opens a clause:
``which``, ``and``, ``when`` …), at most eight words, and must open with a determiner or a
capital; a pronoun (``it said in a statement``) is no author here, and neither is a fronted
adverbial or a free relative (review review29b; ``data/lexicons/in_phrase_non_subjects.csv``):
words that open with a preposition, a deictic time word or a sentence adverb (``Last year, in
a report``, ``On Monday, in a statement``, ``According to Ann Lee, in a letter``, ``However,
in a memo``), a single word in ``-ly`` (``Separately, in a letter``), a time adverbial ending in
``ago`` / ``later`` (``Three years later, in a report``), and a subject opened by ``what`` /
``everything`` / ``not`` (``What Ann Lee said in the letter was …``: the clause is the
sentence's subject, the letter's author is not ``What Ann Lee``). Every search is bounded by
the document's sentence and 200 characters before it.
"""

from __future__ import annotations

import re

from helpers.core.lexicons import load_records
from helpers.instruments.quotes.lexicon import REPORTING_VERBS

#: ``in`` + a determiner or possessive + up to two modifiers, ending the text before the noun
_IN_RX = re.compile(r"(?<![\w’'-])in\s+(?:a|an|its|his|her|their|the|this)\s+"
                    r"(?:[\w-]+\s+){0,2}$")
#: words that open a clause: the subject starts after the latest of them
_OPENERS = frozenset("which who that and but when while as after before because since if "
                     "although though where whom so or nor than".split())
#: auxiliaries between a subject and its verb of saying (``has said``)
_AUX = frozenset("has have had has also had also".split())
#: forms of ``be`` right before the verb: a passive, whose subject is no author (review 29b)
_BE = frozenset("is are was were be been being".split())
#: pronouns: no author of their own here
_PRONOUNS = frozenset("it he she they we i you this that these those who which".split())
_DETERMINERS = frozenset("the a an".split())
#: first words of a fronted adverbial or a free relative (``Last year``, ``On Monday``,
#: ``According to``, ``What``), last words of a time adverbial (``ago``): no subject (review
#: review29b)
_NON_SUBJECTS = load_records("in_phrase_non_subjects.csv")
_ADVERBIAL_OPENERS = frozenset(r["word"].lower() for r in _NON_SUBJECTS if r["kind"] == "first")
_ADVERBIAL_ENDS = frozenset(r["word"].lower() for r in _NON_SUBJECTS if r["kind"] == "last")
#: a sentence end (not an initial's period), or a line break
_SENTENCE_END_RX = re.compile(r"(?:(?<!\b[A-Z])[.!?][”’\"']?\s+|\n)")
#: punctuation that ends a subject on its left
_STOP_PUNCT = re.compile(r"[;:()“”\"‘!?–—]|(?<!\b[A-Z])\.")
#: a relative clause between commas right before the verb (``, which runs 12 food banks,``)
_RELATIVE_RX = re.compile(r",\s+(?:which|who)\b[^,]*,\s*$")


def _subject_words(before: str) -> str:
    """The clause subject ending ``before``: the words back to a clause boundary, or ""."""
    before = before.rstrip()
    if _STOP_PUNCT.search(before[-1:] or "x"):
        return ""
    cut = max((m.end() for m in _STOP_PUNCT.finditer(before)), default=0)
    cut = max(cut, before.rfind(",") + 1)
    words = before[cut:].split()
    for i in range(len(words) - 1, -1, -1):
        capitalised_and = words[i] == "and" and 0 < i < len(words) - 1 and \
            words[i - 1][:1].isupper() and words[i + 1][:1].isupper()  # ``Hull and District``
        if words[i].lower() in _OPENERS and not capitalised_and:
            words = words[i + 1:]
            break
    if not words or len(words) > 8 or words[0].lower() in _PRONOUNS:
        return ""
    if words[0].lower() in _ADVERBIAL_OPENERS or len(words) > 1 and \
            words[-1].lower() in _ADVERBIAL_ENDS or \
            len(words) == 1 and words[0].lower().endswith("ly"):  # a fronted adverbial
        return ""
    if words[0][0].islower() and words[0].lower() not in _DETERMINERS:
        return ""
    if words[-1].lower() in _DETERMINERS or words[-1].lower() in _PRONOUNS:
        return ""
    return " ".join(words)


def in_phrase_author(text: str, start: int) -> str:
    """The subject of the clause whose ``in``-phrase holds the document noun starting at
    ``start`` (``the council said in a statement`` -> ``the council``), or "" (module
    docstring)."""
    left = text[max(0, start - 200):start]
    left = left[max((m.end() for m in _SENTENCE_END_RX.finditer(left)), default=0):]
    m = _IN_RX.search(left)
    if not m:
        return ""
    before = left[:m.start()].rstrip()
    if before.endswith(","):  # ``X, in a statement``
        return _subject_words(before[:-1])
    words = before.split()
    if not words or words[-1].lower() not in REPORTING_VERBS:
        return ""
    # a base form (``note``, ``say``) is a verb after a plural subject only (``The authors
    # argue in the paper``); ``Aldous's own note in the paper`` is a noun
    plural = len(words) > 1 and words[-2].lower().endswith("s") and \
        not words[-2].endswith(("'s", "’s"))
    if REPORTING_VERBS[words[-1].lower()] == words[-1].lower() and not plural:
        return ""
    if len(words) > 1 and words[-2].lower() in _BE:
        # a passive (``Ann Lee was told in a letter``, ``The plan was announced in a
        # statement``): the subject received or is the topic of the document (review 29b)
        return ""
    verb_at = before.rfind(words[-1])
    head = before[:verb_at].rstrip()
    while head.split() and head.split()[-1].lower() in _AUX:
        head = head[:head.rfind(head.split()[-1])].rstrip()
    if rel := _RELATIVE_RX.search(head + " "):
        head = head[:rel.start()]
    elif head.endswith(","):
        return ""
    return _subject_words(head)
