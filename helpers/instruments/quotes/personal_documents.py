"""The author of a document whose determiner is ``his`` or ``her``: ``her letter says`` (round
72, issue 13).

Why: the guideline ("Written sources", ``data/annotations/guidelines/quotes.md``) names a
written source's author as the speaker. Round 53's :mod:`.possessive_documents` reads the body
behind ``its`` / ``their`` (``Its editorial called …``) and never a person, ``its`` referring
to none; round 52's :mod:`.document_authors` reads authors off the words at the document (a
possessive name, ``by`` / ``from``, an issuing verb), and a possessive pronoun names nobody
there. So in ``The vice-chancellor, Ann Cole, wrote to every student. The university, her
letter says, "…"`` the letter had no author and the quotation no person.

``his`` / ``her`` before a document noun is read as the pronoun ``he`` / ``she`` at the same
place is read by the rules (:func:`.pronouns._resolve_pronoun`, the reading a ``she says``
there would get): the author is the person it resolves to, kept only when that is a named
person (a description, a group or a document is no author here). Empty otherwise.

Review 26d: a paper others write about a person is no paper of theirs: ``Tom Reed was charged
in May. His indictment says …`` or ``Her sentencing report says …`` name the person the
document is about. A phrase holding a word of ``data/lexicons/subject_documents.txt``
(``indictment``, ``sentencing``, ``school``, ``medical``, ``obituary``, ``photo`` …) takes no
author from the pronoun.
"""

from __future__ import annotations

from bisect import bisect_right

from helpers.core.lexicons import load_words
from helpers.instruments.quotes.attribution import ArticleState, _resolve_pronoun

#: the personal possessive determiners of a document speaker and the pronoun each stands for
_PERSONAL_POSSESSIVES = {"his": "he", "her": "she"}
#: the speaker types of a resolved pronoun that name a person
_PERSON_TYPES = frozenset({"named", "pronoun-resolved"})
#: words that make a ``his`` / ``her`` document's possessor its subject (``his indictment``)
_SUBJECT_WORDS = frozenset(w.lower() for w in load_words("subject_documents.txt"))


def personal_document_author(speaker: str, start: int | None, art: ArticleState) -> str:
    """The person a ``his`` / ``her`` document speaker (``her letter``) belongs to, or "".

    ``start``: the speaker's offset in ``art.text`` (the possessive's place); "" when it is
    unknown, the speaker does not open with ``his`` / ``her``, or the pronoun there resolves to
    no named person (module docstring)."""
    words = speaker.split()
    if len(words) < 2 or start is None or not art.block_starts:
        return ""
    pronoun = _PERSONAL_POSSESSIVES.get(words[0].lower())
    if pronoun is None or art.text[start:start + len(words[0])].lower() != words[0].lower() or \
            any(w.lower().strip(",.;:") in _SUBJECT_WORDS for w in words[1:]):
        return ""
    para = max(0, bisect_right(art.block_starts, start) - 1)
    name, typ, _, _ = _resolve_pronoun(pronoun, start, art, para,
                                       interview=bool(art.interviewee))
    return name if typ in _PERSON_TYPES and name else ""
