"""The subject after a fronted phrase, not a name inside it, says a cued quotation.

``At the harbour meeting in Corran, Kestrel Bay on Monday, the ferry skipper retorted: "…"``,
``In a statement to the Gazette, her aide, Tamsin Orrey, said: "…"`` and ``Speaking at a
town hall in Corran, Kestrel Bay, Odile Varga went after Hal Ruane, calling him "…"``: the
sentence opens on an adverbial phrase (a preposition or an ``-ing`` participle) that holds a
place or an outlet, and the clause's subject only follows the phrase's comma. The cue
readers took the name inside the phrase (a ``City, State`` comma read as the end of the
phrase, or the last name before the verb) — round 56: train C's pre-cue quotations with the
right speaker never offered.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import _TITLED_NAME
from helpers.instruments.quotes.phrases import _np_is_verbish, _valid_np
from helpers.instruments.quotes.quoterow import _NP_RE, QuoteRow
from helpers.instruments.quotes.subjects import row_window_sentence_start

#: a sentence opening on an adverbial phrase: a preposition of place, time or medium, or a
#: capitalised ``-ing`` participle (``Speaking at …``, ``Addressing …``)
_FRONTED_RX = lazy_compile(
    r"^(?:In|At|On|During|After|Before|From|Inside|Outside|Following|Amid|Over|Under|Through|"
    r"Throughout|Across|Via|Since|Upon|[A-Z][a-z]+ing)\s")
#: the stretch between the name and the fronted phrase's comma: a place of ``City, State``
#: goes on with its state, a time word may close the phrase (``… Hudson, Kestrel Bay
#: Monday,``)
_PHRASE_END_RX = lazy_compile(
    r"(?:,\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})?"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:last|this|next)\s+[a-z]+)?,\s+")
#: the subject after the phrase's comma, with a name in apposition (``her aide, Tamsin
#: Orrey,``)
_SUBJECT_RX = lazy_compile(rf"{_NP_RE}(?:\s*,\s*(?P<app>{_TITLED_NAME})\s*,)?")
#: a city's comma right before the state the speaker phrase took (``in Salem, `` + ``Maine``)
_CITY_COMMA_RX = lazy_compile(r"[A-Z][\w.’'\-]*,\s*$")
#: a preposition right before a speaker phrase (``In a statement to`` + ``the Times, her
#: aide``): the phrase's first part is the preposition's object (round 57)
_PREP_END_RX = lazy_compile(r"(?<![\w’'])(?:to|with|for|from|at|in|on|by|about|of)\s+$")


def fronted_subject(row: QuoteRow, text: str, starts: dict[int, int] | None = None) -> bool:
    """Move a cue ``row``'s speaker phrase from a name inside the sentence's fronted phrase to
    the subject after that phrase (the apposed name when the subject has one); True when the
    row changed. Only for cues before the quotation, with the speaker phrase before the cue.
    ``starts``: the row's memo of sentence starts (:func:`.subjects.row_window_sentence_start`)."""
    if row.attribution not in ("pre-cue", "sentence-cue") or row.np_start is None or \
            row.np_end is None or row.cue_start is None or not row.np or \
            not row.np_end <= row.cue_start <= row.span.open_pos:
        return False
    start = row_window_sentence_start(text, row.np_start, starts)
    head = text[start:row.np_start]
    first = _CITY_COMMA_RX.sub("", head)  # "… in Salem, " + "Kestrel Bay": a City, State
    if not _FRONTED_RX.match(head) or "," in first:
        return False  # no fronted phrase, or the name is not in its first stretch
    end = _PHRASE_END_RX.match(text, row.np_end, row.cue_start)
    if end is None:
        return False
    subj = _SUBJECT_RX.match(text, end.end(), row.cue_start)
    if subj is None or not _valid_np(subj.group("np")) or _np_is_verbish(subj.group("np")):
        return False
    grp = "app" if subj.group("app") else "np"
    row.np = subj.group(grp)
    row.np_start, row.np_end = subj.start(grp), subj.end(grp)
    return True


def past_preposition_object(pre: str, m: re.Match,
                            search: Callable[[str, int], re.Match | None]) -> re.Match:
    """The subject after a preposition's object that a pre-cue match ``m`` took with it.

    ``In a statement to the Times, her aide, Tamsin Orrey, said: "…"``: the cue pattern reads
    ``the Times, her aide`` as one speaker phrase (a name and its apposition), but a phrase
    right after a preposition is that preposition's object, and the clause's subject follows
    the object's comma. When ``m``'s speaker phrase follows a preposition and holds a comma,
    ``search`` (the same pattern) is run again from after the comma; its match, if any,
    replaces ``m``. Round 56's fronted-phrase step held only for one wording (review 21b's
    Q3: ``her senior aide`` was read alone, ``her aide`` or ``her spokeswoman`` was not;
    round 57)."""
    np = m.group("np")
    comma = np.find(",")
    if comma < 0 or not _PREP_END_RX.search(pre[max(0, m.start("np") - 12):m.start("np")]):
        return m
    return search(pre, m.start("np") + comma + 1) or m
