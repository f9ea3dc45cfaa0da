"""The name after an organisation's role in an inverted post-cue speaks.

``"…," said Acme president Bruce Hale, who …``: the inverted cue's reader stops its speaker
phrase at the first lower-case word, so the organisation (``Acme``) was taken and the role and
name after it lost. With the subject first (``"…," Acme president Bruce Hale said``) and in a
pre-cue the name was already read. Round 56: a train C post-cue whose right speaker was never
offered.
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import _TITLED_NAME, TITLE_WORDS, is_person_noun
from helpers.instruments.quotes.quoterow import QuoteRow

#: a role of up to three lower-case words ending on a person noun, then the name
#: (``president Bruce Hale``, ``chief executive Bruce Hale``)
_ROLE_THEN_NAME_RX = lazy_compile(
    rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?P<noun>[a-z][\w\-]*)\s+(?P<name>{_TITLED_NAME})")


def role_name_after_organisation(row: QuoteRow, text: str) -> bool:
    """Make the name after ``<organisation> <role>`` the speaker of an inverted post-cue row
    (the verb before the speaker phrase); True when the row changed."""
    if row.attribution != "post-cue" or row.np_end is None or row.cue_start is None or \
            row.np_start is None or not row.np or row.cue_start > row.np_start or \
            not row.np[:1].isupper():
        return False
    m = _ROLE_THEN_NAME_RX.match(text, row.np_end)
    if m is None or not is_person_noun(m.group("noun")) or \
            m.group("name").split()[-1].lower().rstrip(".") in TITLE_WORDS:
        return False  # "said Pentagon spokesman Navy Capt. Jo Hale": a title cut at its dot
    row.np, row.np_start, row.np_end = m.group("name"), m.start("name"), m.end("name")
    return True
