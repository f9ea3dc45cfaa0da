"""A cue-less quotation right after a sentence in which its speaker takes the floor (issue 13,
round 59).

Parliamentary sketches and meeting reports write the turn and then the words, with no verb of
saying: ``The Speaker, who had sat through it all with his eyes on the ceiling, rose to his
feet. "Order! Order."`` and ``Then the chairman intervened again, this time over a point of
order. "Members will sit down."``. The quotation opens its own sentence, so the reader of its
sentence's subject (:mod:`.continuations`) has nothing to read, and the context rule gave it
to the previous speaker (round 59's count: uk_dev6 two pieces, uk_dev8 one; two writers). The
speaker is the subject of the sentence before, in the same paragraph, when that sentence's
verb is one of taking the floor (``data/lexicons/floor_taking_phrases.txt``).

Review 23a: the subject must be a person. An organisation that ``stepped in`` or
``intervened`` acts (``The Treasury stepped in with a loan in March.``; ``The council cut in
half its grant``), and the quotation after it is as often the words of the people it acted
for; a subject read as a group whose head is no person noun (``the Speaker`` is one) and no
capitalised plural (``The Tories rose to their feet``: people) is left to the context rule.
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.cueless import quotation_opening, speaker_from_np
from helpers.instruments.quotes.description_text import desc_head
from helpers.instruments.quotes.lexicon import PERSON_NOUNS
from helpers.instruments.quotes.phrases import np_kind
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.sentcues import main_clause_subject

_PHRASES = sorted(load_words("floor_taking_phrases.txt"), key=len, reverse=True)
#: the phrases as one alternation, any white space between their words
_PHRASE_ALT = "|".join(r"\s+".join(map(re.escape, p.split())) for p in _PHRASES)
#: after the subject: at most one comma group (a relative clause or an apposition, ``, who had
#: sat through it all,``), an adverb (``again``, ``then``, ``finally``) and a floor-taking phrase
_TURN_AFTER_RX = lazy_compile(
    r"(?:,[^,.;:!?\x01]{1,160},)?\s+(?:(?:then|again|finally|eventually|[a-z]+ly)\s+)?"
    rf"(?:{_PHRASE_ALT})"
    r"(?![\w’'])")
#: a capitalised office after a lower-case ``the`` opening the sentence (``Then the Speaker``),
#: which the main-clause reader does not take for a subject
_THE_OFFICE_RX = lazy_compile(
    r"\s*(?:(?:But|And|So|Then|Yet|Now)\s+)?(?P<np>the\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})")
#: the narration before the quotation ends a sentence (a stop, perhaps a closing mark)
_SENTENCE_END_RX = lazy_compile(r"[.!?][\"”’')]*\s*$")


def floor_turn_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool) -> bool:
    """Give the cue-less top-level ``row``, which opens its sentence, the subject of the
    sentence before it in its paragraph when that subject takes the floor there (module
    docstring), resolved as a cue's subject is. Returns False, leaving ``row`` as it was,
    otherwise."""
    op = quotation_opening(row, art, pi)
    if op is None:
        return False
    head = op.narr[:op.open_at]
    end = _SENTENCE_END_RX.search(head)
    if end is None or not head[:end.start()].strip():
        return False
    stop = op.lo + end.start()
    start = max(op.lo, art.sentence_start(stop))
    sentence = op.narr[start - op.lo:end.start()]
    if not sentence.strip() or "\x01" in sentence:
        return False
    subj = main_clause_subject(sentence) or _THE_OFFICE_RX.match(sentence)
    if subj is None or not _TURN_AFTER_RX.match(sentence, subj.end("np")):
        return False
    if _organisation(subj.group("np")):
        return False  # "The Treasury stepped in": an organisation acts (review 23a)
    return speaker_from_np(row, subj, start, art, pi, interview)


def _organisation(np: str) -> bool:
    """Whether the subject ``np`` of a floor-taking phrase is an organisation, which acts but
    takes no floor (review 23a): a group by :func:`.phrases.np_kind` whose head is no person
    noun (``the Speaker`` is one) and no capitalised plural (``the Tories`` are people)."""
    if np_kind(np) != "group":
        return False
    last = np.split()[-1]
    return desc_head(np) not in PERSON_NOUNS and not (last[:1].isupper() and last.endswith("s"))
