"""The blocks of one article as the attribution passes see them (:class:`Paragraph`), and
their mentions found lazily on first access (:class:`_LazyMentions`): most paragraphs are never
looked at for an antecedent, so their mentions are never computed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.core.quotation_marks import QuoteSpan
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import _find_mentions


@dataclass
class Paragraph:
    """One block of an article as the attribution passes see it.

    ``block_id``/``block_paragraph_index`` come from the corpus block; ``lo``/``hi`` are its
    offsets in the corpus text; ``spans`` its quotation spans; ``narr`` its text with every
    top-level quotation masked; ``index`` its position among the article's blocks; ``runs`` the
    capitalised name runs of ``narr``.
    """

    block_id: int
    block_paragraph_index: int
    lo: int
    hi: int
    spans: list[QuoteSpan]
    narr: str
    index: int
    runs: list[re.Match]


class _LazyMentions:
    """``paragraph_mentions[k]``: the mentions of paragraph ``k``, found on first access."""

    def __init__(self, text: str, paragraphs: list[Paragraph], known: set[str]):
        self._text, self._info, self._known = text, paragraphs, known
        self._cache: dict[int, list[Mention]] = {}
        self._persons: dict[tuple[str, ...], bool] = {}

    def __len__(self) -> int:
        return len(self._info)

    def __getitem__(self, k: int) -> list[Mention]:
        if k not in self._cache:
            p = self._info[k]
            ms = _find_mentions(self._text, p.lo, p.hi, p.narr, self._known, p.runs,
                                self._persons)
            for m in ms:
                m.para = p.index
            self._cache[k] = ms
        return self._cache[k]

    def __iter__(self):
        return (self[k] for k in range(len(self)))

    def bounds(self) -> list[tuple[int, int]]:
        """(start, end) offsets of the capitalised runs of the article's narration."""
        return [(p.lo + m.start(), p.lo + m.end()) for p in self._info for m in p.runs]

    def runs(self, k: int) -> list[re.Match]:
        """The capitalised name runs of paragraph ``k``'s narration (found once, when the
        article's paragraphs were read: :attr:`Paragraph.runs`)."""
        return self._info[k].runs

    def narration(self, k: int) -> tuple[int, str] | None:
        """(offset, narration with quotations masked) of paragraph ``k``, or None."""
        if not 0 <= k < len(self._info):
            return None
        return self._info[k].lo, self._info[k].narr


def narration_of(mentions: object, k: int) -> tuple[int, str] | None:
    """(offset, masked narration) of paragraph ``k`` when ``mentions`` is an article's
    :class:`_LazyMentions`, else None (an :class:`ArticleState` built by hand holds a plain list
    of mentions and no paragraph text)."""
    return mentions.narration(k) if isinstance(mentions, _LazyMentions) else None
