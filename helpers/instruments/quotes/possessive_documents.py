"""The author of a document whose determiner is a possessive pronoun: ``Its editorial``,
``their letter`` (round 53, issue 13).

Why: the guideline ("Written sources", ``data/annotations/guidelines/quotes.md``) names a
written source's author as the speaker, and for ``The local paper, the Harbury Gazette, has
been unkind. Its editorial called the scheme "…"`` that author is what ``its`` refers to. Round
52's :func:`.document_authors.document_author` reads authors off the words at the document
(a possessive name, a capitalised modifier, ``by`` / ``from``, an issuing verb); a possessive
pronoun names nobody there. Round 53's count found the shape in two writers' sets (five rows).

The author is read off the subject of the sentence before the mention (or of an earlier
sentence of its paragraph or the paragraph before, latest first): a named body (``the`` and
capitalised words, ``The Meridian Trust``; capitalised words ending in an organisation word,
``Harbury Borough Council``; an acronym, ``The IFS``), or a description of one (``The town
weekly``), whose name in apposition is taken when it has one (``The town weekly, the Harbury
Gazette, has been …`` -> ``the Harbury Gazette``). A person (``The Foreign Secretary``) is
never the author: ``its`` does not refer to one. Empty when no sentence opens on a body.
"""

from __future__ import annotations

import bisect

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.apposed_bodies import BODY_WORDS
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.lexicon import _ORG_WORDS, ORG_NOUNS, is_person_noun

#: the possessive pronouns that open a document speaker
_POSSESSIVES = frozenset({"its", "their"})
#: a named body: ``the`` and capitalised words (``of`` / ``for`` / ``and`` inside), or
#: capitalised words alone (the words: :data:`.apposed_bodies.BODY_WORDS`)
_BODY = rf"(?:[Tt]he\s+)?{BODY_WORDS}"
#: a sentence's subject: a description (determiner, lower-case words) or a named body, an
#: optional name in apposition, an optional aside between commas or dashes (round 55: ``The
#: Harbury Gazette — never kind — was blunt``), then a lower-case word (the verb or an adverb)
_SUBJECT_RX = lazy_compile(
    rf"(?:(?:But|And|So|Yet|Now)\s+)?(?P<np>[Tt]he(?:\s+[a-z][\w\-]*){{1,4}}|{_BODY})"
    rf"(?:,\s+(?P<appos>{_BODY}),)?(?:,[^,.;:!?]{{1,100}},|\s*[—–]\s*[^—–.;:!?]{{1,100}}?\s*[—–]"
    rf"|\s+-\s+[^.;:!?]{{1,100}}?\s+-)?\s+[a-z]")
#: a sentence break: a full stop, question or exclamation mark, or a paragraph break
_BREAK_RX = lazy_compile(r"(?:(?<=[.!?])[”’\"']?\s+|\n\s*)(?=[A-Z“‘\"'])")


def _body(np: str) -> bool:
    """Whether a subject phrase names a body, not a person: its last word an organisation
    word or noun, an acronym, or a ``The`` + capitalised name with no person noun in it."""
    words = np.split()
    last = words[-1]
    if any(is_person_noun(w.lower()) for w in words[1:]):
        return False
    if last in _ORG_WORDS or last.lower() in ORG_NOUNS or (len(last) > 1 and last.isupper()):
        return True
    return words[0] in ("The", "the") and len(words) > 1 and words[1][:1].isupper()


def possessive_document_author(speaker: str, start: int | None, art: ArticleState) -> str:
    """The body a possessive-pronoun document speaker (``Its editorial``) belongs to, or "".

    ``start``: the speaker's offset in ``art.text`` (the pronoun's place); "" when it is
    unknown, the speaker does not open with ``its`` / ``their``, or no sentence before it in
    its paragraph or the one before opens on a body (module docstring)."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() not in _POSSESSIVES or start is None:
        return ""
    para = max(0, bisect.bisect_right(art.block_starts, start) - 1) if art.block_starts else 0
    lo = art.block_starts[para - 1] if para > 0 else 0
    window = art.text[lo:start]
    starts = [0] + [m.end() for m in _BREAK_RX.finditer(window)]
    for st in reversed(starts):
        m = _SUBJECT_RX.match(window, st)
        if m is None:
            continue
        np, appos = m.group("np"), m.group("appos")
        if appos and _body(appos):
            return appos
        if np[:1] in "Tt" and np.split()[-1].lower() in ORG_NOUNS or _body(np):
            return np
    return ""
