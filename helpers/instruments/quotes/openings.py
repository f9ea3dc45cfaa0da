"""What may stand between a sentence start and the subject that still opens the sentence.

Three readers ask whether a subject opens its sentence (:func:`.subjects.sentence_start` to
the subject's first letter): :mod:`.pronouns` (a named subject that opens a pronoun's sentence
or paragraph), :mod:`.plural_subjects` (a plural noun phrase that opens a sentence) and
:mod:`.subjects` (a reporter that opens its sentence after a conjunction). Each had its own
regular expression (tidy round 28); they are built here by one function from one shape,
``marks* [Capitalised word[,] ] [lower-case word ]{0,n}``, and differ only in its three
parameters, kept exactly as each reader had them:

============================  =================  ============  ===================
pattern (reader)              marks before       comma after   lower-case words
                                                 the word
============================  =================  ============  ===================
:data:`OPENING_WORD`          none               allowed       0
(:mod:`.pronouns`)
:data:`QUOTED_OPENING_WORD`   ``"`` ``”`` ``’``  allowed       0
(:mod:`.plural_subjects`)     ``'``
:data:`OPENING_WORDS`         ``"`` ``“`` ``”``  not allowed   up to 2 (``state``)
(:mod:`.subjects`)            ``’``
============================  =================  ============  ===================

A sentence that follows a closing quotation (``…," she said. "Voters …``) starts at the
closing mark (:func:`.subjects.sentence_start` stops right after the full stop), so the
pronoun reader, which allows no mark, never reads a subject there as opening its sentence.
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile

#: conjunctions that may open a sentence before its subject (``But the mayor said``) in the
#: clause-subject patterns of :mod:`.sentcues`
OPENING_CONJUNCTIONS = ("But", "And", "So", "Then", "Yet", "Now")
#: regular-expression source: at most one of :data:`OPENING_CONJUNCTIONS` and its spaces
CONJUNCTION_OPENER = rf"(?:(?:{'|'.join(OPENING_CONJUNCTIONS)})\s+)?"

#: marks that may stand before a plural subject: straight double, right curly double, right
#: curly single (the apostrophe) and straight single quotation marks
PLURAL_SUBJECT_MARKS = "\"”’'"
#: marks that may stand before a reporter: straight double, left and right curly double and
#: right curly single quotation marks (no straight single mark)
REPORTER_MARKS = "\"“”’"


def opening_re(marks: str = "", comma: bool = True, lower_words: int = 0) -> re.Pattern[str]:
    """The pattern of what may stand before a subject that opens its sentence: white space and
    ``marks`` in any order, at most one capitalised opening word (``But``, ``Though``; with a
    comma after it when ``comma``) and up to ``lower_words`` lower-case words (``state``).
    Used with ``fullmatch(text, sentence_start, subject_start)``."""
    lead = rf"[\s{re.escape(marks)}]*" if marks else r"\s*"
    word = r"(?:[A-Z][a-z]+,?\s+)?" if comma else r"(?:[A-Z][a-z]+\s+)?"
    lower = rf"(?:[a-z]+\s+){{0,{lower_words}}}" if lower_words else ""
    return re.compile(lead + word + lower)


#: one opening word (``Though``, ``But``) at most, nothing else, before a named subject
OPENING_WORD = opening_re()
#: closing quotation marks and one opening word at most before a plural subject
QUOTED_OPENING_WORD = opening_re(PLURAL_SUBJECT_MARKS)
#: quotation marks, one capitalised opening word (``But``) and up to two lower-case words
#: (``state``) before a reporter
OPENING_WORDS = opening_re(REPORTER_MARKS, comma=False, lower_words=2)


#: a sentence end (or the text start) right before a word, with optional quotation marks
_SENTENCE_END_BEFORE_RE = lazy_compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")


def fronted_word(text: str, word_start: int, word_end: int, np_end: int) -> bool:
    """Whether the capitalised word ``text[word_start:word_end]``, followed by a comma and a
    description that ends at ``np_end``, is a fronted adverbial (``Privately, one minister put
    it``; ``Outside, one MP summed it up``), not a name in apposition to the description
    (``Ames, a carpenter, said``): the word is one word opening its sentence and no comma
    closes the description before its verb (round 50, British magazine prose)."""
    word = text[word_start:word_end]
    if not word[:1].isupper() or not word.isalpha():
        return False
    if _SENTENCE_END_BEFORE_RE.search(text, max(0, word_start - 4), word_start) is None:
        return False
    return not text[np_end:np_end + 2].lstrip(" ").startswith(",")
