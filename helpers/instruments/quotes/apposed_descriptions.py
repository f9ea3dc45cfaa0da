"""A description apposed to a name is that person, not a second one (issue 13, round 59).

British feature prose introduces a person with a name and a chain of descriptions, or with a
description and then the name: ``Nora Whitlow, the Liberal member for Harbour Ward and a
former mayor, has been …`` and ``their candidate, a former paratrooper named Tom Brannock,
has spent …``. The mention reader skipped a description right after ``Name,`` (an
apposition), but not the second description of a coordinated apposition (``… and a former
mayor``) nor one whose name follows with ``named`` / ``called``; each became a person of its
own, the nearest antecedent of the next ``she`` / ``he`` (round 59's count: uk_dev8 two
pieces, uk_dev3 three, two writers).
"""

from __future__ import annotations

import re

from helpers.instruments.quotes.lexicon import _NAME
from helpers.instruments.quotes.openings import fronted_word

#: the name a description introduces: ``a former paratrooper named Tom Brannock``
_NAMED_AFTER_RX = re.compile(rf"\s+(?:named|called)\s+(?P<name>{_NAME})(?![\w’'])")
#: a name, a comma and a first description coordinated with ``and`` right before this one
#: (``Nora Whitlow, the Liberal member for Harbour Ward and`` + ``a former mayor``)
_COORDINATED_APPOSITION_RX = re.compile(
    r"(?P<w>[A-Z][\w’'\-]+),\s*(?:the|a|an)\s+[^,.;:!?\x01\"“”()]{1,100}?\s+and\s+$")
#: the apposition closes with a comma after the description (``… and a former mayor, has``)
_CLOSING_COMMA_RX = re.compile(r"[^,.;:!?\x01\"“”()]{0,60}?,")


def named_after(narr: str, np_end: int) -> int:
    """The offset in ``narr`` of the name a description ending at ``np_end`` introduces with
    ``named`` or ``called`` (``a former paratrooper named Tom Brannock``); -1 when none."""
    m = _NAMED_AFTER_RX.match(narr, np_end)
    return m.start("name") if m is not None else -1


def coordinated_apposition(narr: str, np_start: int, np_end: int) -> bool:
    """Whether the description ``narr[np_start:np_end]`` is the second, ``and``-coordinated
    part of an apposition to a name (``Nora Whitlow, the Liberal member for Harbour Ward and a
    former mayor, has …``): a name and a comma, a first description, ``and``, this one and a
    closing comma; not when the capitalised word is a fronted adverbial
    (:func:`.openings.fronted_word`)."""
    m = _COORDINATED_APPOSITION_RX.search(narr, max(0, np_start - 140), np_start)
    if m is None or not _CLOSING_COMMA_RX.match(narr, np_end):
        return False
    return not fronted_word(narr, m.start("w"), m.end("w"), np_end)
