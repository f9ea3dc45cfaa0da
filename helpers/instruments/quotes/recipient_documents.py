"""``X sent an email to supporters saying "…"``: the issuer speaks past the recipients (round 64,
issue 13).

The pre-cue gives the words a participle reports after a document its subject issued (``X
released a statement saying: "…"``) to the clause's subject, not to the document (rounds 34,
36). It knew the document by its head noun, so a ``to`` phrase naming the recipients after
it (``sent out a text message to supporters saying:``, ``an email to supporters stating,``)
hid the document (the head read was ``supporters``) and left the document phrase as the
speaker. The recipients are no part of who speaks: a document phrase with a ``to`` phrase of
up to three words is a document here too. PolNeAR codes the issuer (``his campaign``);
round 64's count: one piece on each of train B and C, both a possessive Source.

A document phrase with a named possessor (``the campaign's email to supporters``, ``Ann Lee's
letter to members``) names its issuer itself, so the clause's subject may only be passing it
on (``Tom Reed forwarded Ann Lee's letter to members saying "…"``): it is left to the document
reading, which gives the possessor as the author (review 24c).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import DOCUMENT_NOUNS

#: a possessive ``'s`` before the ``to`` phrase: the document names its own issuer
_NAMED_POSSESSOR_RX = lazy_compile(r"\w[’']s?(?=\s)")


@lru_cache(maxsize=1)
def _document_to_recipients_re() -> re.Pattern:
    """A document phrase whose head is followed by a ``to`` phrase of up to three words."""
    nouns = "|".join(sorted(map(re.escape, DOCUMENT_NOUNS), key=len, reverse=True))
    return re.compile(rf"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w’'-]+\s+){{0,2}}?"
                      rf"(?i:{nouns})s?\s+to\s+(?:[\w’'-]+\s+){{0,2}}[\w’'-]+")


def recipient_document(np_text: str) -> bool:
    """Whether the speaker phrase ``np_text`` is a document followed by its recipients
    (``an email to supporters``, ``message to supporters``, ``a letter to House members``):
    the words a participle after it reports are its issuer's, as a document's are."""
    np_text = np_text.strip()
    return _document_to_recipients_re().fullmatch(np_text) is not None and \
        _NAMED_POSSESSOR_RX.search(re.split(r"\s+to\s+", np_text, maxsplit=1)[0]) is None


def document_phrase(np_text: str, head: str) -> bool:
    """Whether the speaker phrase ``np_text`` (head noun ``head``) is a document whose issuer
    speaks the words a participle after it reports: its head is a document noun (rounds 34,
    36), or it is a document with its recipients (:func:`recipient_document`)."""
    return head in DOCUMENT_NOUNS or recipient_document(np_text)
