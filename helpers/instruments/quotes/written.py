"""``it``/``they`` for a written source or an organisation (round 8 of issue 13).

Why (PolNeAR train audit, round 7): ``"…," it said`` / ``it added`` / ``It stated`` after a
sentence whose subject is a document (``the staff letter noted …``, ``Thursday's memo from the
panel seemed …``, ``The post showed …``) or an organisation (``the Business Council of Ashby
opposed …``) was left without a speaker or given a person, because such noun phrases were not
mentions at all (only person and group mentions were). This module finds them in the
narration (quotations masked) so that ``it`` can take the latest one; nothing else changes.

Not the reader of :mod:`.written_subjects` (tidy round 28 measured both on the same text):
this one looks for an *antecedent*, the latest document or organisation subject anywhere in
a paragraph's narration (a determiner, modifiers, an ``of``/``from`` post-modifier or an
aside, then a verb of an ``-ed``/``-s`` shape or ``said``/``wrote``/``read``); that one gives a
cue-less quotation the *first* subject of its own sentence (also after an introductory phrase
or a dateline, a named body ``the Harbour Board``, modal and auxiliary verbs) and hands it to
:func:`.cueless.speaker_from_np`. On the 35,394 sentences of PolNeAR train, 1,277 have an
answer from either; they agree on 372, only this one answers on 263, only the other on 624,
and they name different spans on 18: one pattern for both jobs would change both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.instruments.quotes.lexicon import DOCUMENT_NOUNS, ORG_NOUNS, SUBORDINATORS, _alt
from helpers.instruments.quotes.mentions import _at_clause_lead

#: a determiner or a possessive (``Thursday's``, ``the panel's``) opening the noun phrase
_LEAD = r"(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w]*[’']s|[a-z]+[’']s)"


#: words after which a subject opens a subordinate clause (``… is where <Name>'s letter is
#: aimed``, ``when the memo was leaked``): the subject is still a clause subject (round 61)
_SUBORDINATE_LEADS = SUBORDINATORS | {"where"}


def _after_subordinator(narr: str, pos: int) -> bool:
    """Whether the word before ``narr[pos:]`` (one space apart) opens a subordinate clause."""
    words = narr[max(0, pos - 20):pos].split()
    return narr[pos - 1:pos] == " " and bool(words) and words[-1].lower() in _SUBORDINATE_LEADS


#: words that cannot be modifiers inside the noun phrase (``a note to the board``)
_FUNCTION = r"(?:to|from|of|in|on|at|by|for|with|about|the|a|an|and|or|but|that|which|who)"


@lru_cache(maxsize=1)
def _written_re() -> re.Pattern:
    """Determiner, up to three modifiers, a document or organisation head noun, an optional
    capitalised ``of``-phrase (``of British Columbia``) or short post-modifier, then a verb
    (after an optional comma-delimited aside; a passive ``is`` / ``was`` / ``has been`` + an
    ``-ed`` participle counts: ``<Name>'s letter is aimed at …``, round 61): the noun phrase
    is a clause subject. Round 67: ``is`` / ``was`` + any word but a determiner or function
    word counts too (``The letter … is blunt``, ``The email … was sent``), and a participle
    may open the post-modifier (``A paper seen by this magazine, dated 3 May, sets out``)."""
    heads = DOCUMENT_NOUNS | ORG_NOUNS
    head_alt = _alt(heads | {h.capitalize() for h in heads})
    return re.compile(
        rf"(?<![\w’'])(?P<np>{_LEAD}(?:\s+(?!{_FUNCTION}\b)[\w\-]+){{0,3}}?\s+"
        rf"(?P<head>{head_alt})"
        rf"(?:\s+of(?:\s+[A-Z][\w\-]*){{1,4}})?)(?![\w’'\-])"
        rf"(?=(?:\s+(?:[a-z]+(?:ed|en|wn)\s+)?(?:from|by|of|in)\s+[^,.;:!?\x01]{{1,40}}?)?"
        rf"(?:,[^,.;:!?\x01]{{1,80}},)?\s+(?:[a-z]+ly\s+|also\s+)?"
        rf"(?:(?:is|was|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?=[a-z]+ed\b))?"
        rf"(?:[a-z]+(?:ed|es|ws|ts|ds|ys|ns|ls|rs)|said|says|wrote|writes|read|reads"
        rf"|(?P<copula>(?:is|was)\s+(?:[a-z]+ly\s+)?"
        rf"(?!(?:a|an|the|not|no|to|in|on|at|of|by|that|also)\b)[a-z]+))\b)")


def written_subject(narr: str, lo: int, end: int) -> tuple[int, int, str, str] | None:
    """The latest document or organisation noun phrase that is a clause subject in
    ``narr[:end - lo]`` (``narr`` = a paragraph's narration starting at offset ``lo``):
    (start, end, text, type) with type ``document`` or ``group``; None when there is none.

    A document whose verb is the bare copula of round 67 (``The report is due in June``, a
    state, not a saying) does not displace an organisation subject before it in the same
    narration (``The Home Office declined to comment. The report is due in June. "…," it
    said`` -> the Home Office; review 25a): an organisation that acts in the paragraph is the
    likelier ``it`` than a document only described."""
    best = None
    group_before = None
    for m in _written_re().finditer(narr, 0, max(0, end - lo)):
        if not (_at_clause_lead(narr, m.start("np")) or _after_subordinator(narr, m.start("np"))):
            continue  # "a letter from the staff association, which …, reflected": not it
        text = m.group("np")
        if text[:1].isupper() and text.split()[0].lower() in ("the", "this", "that", "a", "an",
                                                              "its", "their"):
            text = text[0].lower() + text[1:]
        typ = "document" if m.group("head").lower() in DOCUMENT_NOUNS else "group"
        if typ == "document" and m.group("copula") and group_before is not None:
            best = group_before
            continue
        best = (lo + m.start("np"), lo + m.end("np"), text, typ)
        if typ == "group":
            group_before = best
    return best


def is_document_phrase(surface: str) -> bool:
    """Whether a description ``surface`` names a document (its head noun, the last word before
    a post-modifier, is a document noun: ``the letter``, ``a memo from the board``).

    Why (round 67): a row whose speaker is a document leaves a description mention for it
    (``It notes "…"`` -> ``the letter``); a later ``he says`` took it when the person before
    was not recognised (``Her deputy, <Name>, is blunter. "…," he says``). A document is no
    ``he`` or ``she``: :func:`.pronouns.pronoun_compatible` reads this."""
    words = re.split(r"\s+(?:of|from|by|for|on|to|about)\s+", surface.strip(),
                     maxsplit=1)[0].split()
    if not words:
        return False
    head = words[-1].lower().strip(",.;:")
    return head in DOCUMENT_NOUNS or (head.endswith("s") and head[:-1] in DOCUMENT_NOUNS)
