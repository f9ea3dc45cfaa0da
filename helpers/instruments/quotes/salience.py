"""Salience tests for pronoun antecedents: which earlier mention a ``he``/``she`` takes when a
sentence names a person and then re-describes or re-introduces them (issue 13, round 24).

Why: the largest class of wrong speakers on the PolNeAR train subsamples is a pronoun whose
coded referent was named, but which the rules resolved to another mention. These functions read
only the mentions of a paragraph and the text; the order of preference stays in
:func:`helpers.instruments.quotes.attribution._resolve_pronoun`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.instruments.quotes.mentions import Mention

#: what may stand between a name and a description in apposition to it: a comma, after an
#: age or a party label (``Ana Ruiz, 66, a retired nurse``; ``Paul Hart (R), an ally``)
_APPOSITION_GAP_RE = re.compile(r"(?:\s*\([^()\n]{1,24}\))?\s*,\s*(?:\d{1,3}\s*,\s*)?")


def apposed_name(m: Mention, mentions: Sequence[Mention], text: str) -> Mention | None:
    """The named mention of ``mentions`` (the paragraph's, in order) that a description ``m``
    stands in apposition to (``Ana Ruiz, 66, a retired nurse from the east side, backed …``),
    or None when the mention right before ``m`` is no single name or is not joined to it by
    an apposition comma.

    Why (round 24, the train pronoun breakdown): a ``she`` after such a sentence took the
    description, the latest mention, and the speaker became ``a retired nurse`` instead of
    the woman it describes; the apposition only re-describes the person just named."""
    for n in reversed(mentions):
        if n.end > m.start:
            continue
        if n.kind != "named" or " and " in n.surface:
            return None
        gap = _APPOSITION_GAP_RE.fullmatch(text, n.end, m.start)
        return n if gap is not None and "," in gap.group(0) else None
    return None
