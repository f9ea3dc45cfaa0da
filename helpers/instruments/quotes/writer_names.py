"""The name of the writer whose first person speaks: ``speaker_author`` of a ``the writer``
row (round 64, issue 13).

A first-person Source in narration (``"Your Honour," I said``) is the writer, and the
instrument writes it ``the writer`` (``the interviewer`` in an interview) as the guideline
asks. PolNeAR codes the person: the writer the article itself names. Opinion pieces and book
excerpts name their writer in two fixed places, both at the end of the article:

* the **tagline** closing an opinion piece: a last paragraph that opens with a name and a
  present-tense verb of the tagline (``data/lexicons/writer_tagline_verbs.txt``): ``Ann Lee is a
  retired teacher in Dover.``, ``Tom Reed writes about energy for …``; after ``is`` a role
  must follow (an article, a capitalised word or a person noun: ``is president of …``), so a
  news report's closing sentence about a person (``Lee is expected to …``) is none;
* the **credit line** of a book excerpt or adapted piece, among the last three paragraphs:
  an opener (``data/lexicons/excerpt_credit_openers.txt``: ``From``, ``Excerpted from``) and
  the name after ``by`` (``From STEALING THE TOWN by Ann Lee. Copyright …``).

Two near-misses are no writer (review 24c): a closing paragraph that opens with ``From`` and
has a clause before ``by`` (``From the start the scheme was opposed by Tom Reed``, ``From the
archive: how the ferry was saved, by Ann Lee``: an auxiliary, ``data/lexicons/auxiliaries.txt``,
stands between; a credit line names a work, not a clause; ``Excerpted from The Road, published
by Faber``: a participle before ``by`` names a publisher, editor or translator), and a
closing verdict on a person the piece has written about (``… I told Tom Reed … ¶ Tom Reed is
a gambler.``): the writer does not name themselves in the body before the tagline (a byline
``By Ann Lee`` aside).

The credit line wins over the tagline. Only a row whose speaker mention is the singular ``I``
takes the name (a ``we`` is more than the writer). The article is a document and the writer
its author, so the name goes to ``speaker_author`` as a document's author does (round 52):
``speaker`` keeps ``the writer``, and the scorers count either. Why (round 64's count): the
first person was wrong on every train piece (A 11, B 1, C 2), ten of them ``I`` rows of a
writer the article names.

Not read: a headline ``Name: …`` (on train it is a quoted speaker's headline 36 times in 37,
a columnist's once) and a reader's letter's signature line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import _TITLED_NAME, AUXILIARIES, PERSON_NOUNS

#: the longest tagline paragraph, in words
_MAX_TAGLINE_WORDS = 60
#: how many closing paragraphs a credit line may stand among
_CREDIT_PARAGRAPHS = 3
#: a capitalised word that opens a sentence but names nobody
_NOT_NAMES = frozenset("It This That The There These Those He She They We I A An".split())
_WORD_RX = lazy_compile(r"[a-z][\w-]*")
_WORDS_RX = lazy_compile(r"[A-Za-z][\w’'-]*")
#: a lower-case past participle (``published``, ``edited``, ``translated``) right before ``by``
_PARTICIPLE_RX = lazy_compile(r"[a-z][\w-]*ed")


@lru_cache(maxsize=1)
def _tagline_re() -> re.Pattern:
    """A name, an optional comma-closed apposition, a tagline verb and what follows it."""
    verbs = "|".join(sorted((re.escape(v) for v in load_words("writer_tagline_verbs.txt")),
                            key=len, reverse=True))
    return re.compile(rf"\s*(?P<name>{_TITLED_NAME})(?:,[^,\n]{{1,80}},)?\s+"
                      rf"(?P<verb>{verbs})\s+(?P<next>[\w-]+)")


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern:
    """A credit line's opener, up to 200 characters and ``by`` + a name."""
    openers = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+")
                               for v in load_words("excerpt_credit_openers.txt")),
                              key=len, reverse=True))
    return re.compile(rf"\s*(?P<open>(?i:{openers}))\s[^\n]{{0,200}}?\bby\s+"
                      rf"(?P<name>{_TITLED_NAME})")


def _credit_name(paragraph: str) -> str:
    """The writer a book excerpt's credit line names, or "" (also when an auxiliary stands
    between the opener and ``by``: a clause, ``From the start it was opposed by X``; or a
    participle stands right before ``by``: ``… published by Faber``, the publisher)."""
    m = _credit_re().match(paragraph)
    if m is None:
        return ""
    between = _WORDS_RX.findall(paragraph[m.end("open"):m.start("name")])
    if any(w.lower() in AUXILIARIES for w in between) or \
            len(between) > 1 and _PARTICIPLE_RX.fullmatch(between[-2]):
        return ""  # a clause, or "published by Faber", "edited by X": no writer
    return _name(m)


def _named_before(name: str, earlier: Sequence[str]) -> bool:
    """Whether the surname of ``name`` stands in the ``earlier`` paragraphs, other than in a
    byline (``By Ann Lee``): the closing ``X is a …`` then speaks of a person of the piece."""
    rx = re.compile(rf"(?<![\w’'-])(?P<by>[Bb]y\s+(?:[A-Z][\w’'-]*\s+){{0,2}})?"
                    rf"{re.escape(name.split()[-1])}(?![\w’'-])")
    return any(m.group("by") is None for para in earlier for m in rx.finditer(para))


def _name(m: re.Match) -> str:
    """The name of a match, or "" when it opens with a word that names nobody."""
    name = m.group("name").strip()
    return "" if name.split()[0] in _NOT_NAMES else name


def _tagline_name(paragraph: str) -> str:
    """The writer a closing tagline paragraph names, or ""."""
    if len(paragraph.split()) > _MAX_TAGLINE_WORDS:
        return ""
    m = _tagline_re().match(paragraph)
    if m is None:
        return ""
    nxt = m.group("next")
    if m.group("verb") == "is" and not (
            nxt in ("a", "an", "the") or nxt[:1].isupper() or
            _WORD_RX.fullmatch(nxt) and nxt in PERSON_NOUNS):
        return ""
    return _name(m)


def writer_name(kinds: Sequence[str], texts: Sequence[str]) -> str:
    """The writer an article names (module docstring), from its read blocks' ``kinds`` and
    ``texts`` in order; "" when it names none."""
    body = [str(t) for k, t in zip(kinds, texts) if k == "body" and str(t).strip()]
    for para in reversed(body[-_CREDIT_PARAGRAPHS:]):
        if name := _credit_name(para):
            return name
    name = _tagline_name(body[-1]) if body else ""
    return "" if name and _named_before(name, body[:-1]) else name


def name_writers(records: list[dict], kinds: Sequence[str], texts: Sequence[str]) -> None:
    """Set ``speaker_author`` (in place) of each speech record of one article whose speaker is
    the writer's singular ``I`` to the writer the article names, when it names one."""
    rows = [r for r in records if r["kind"] == "speech" and r["speaker_type"] == "writer"
            and str(r.get("speaker_mention", "")).lower() == "i" and not r["speaker_author"]]
    if not rows:
        return
    name = writer_name(kinds, texts)
    for r in rows if name else ():
        r["speaker_author"] = name
