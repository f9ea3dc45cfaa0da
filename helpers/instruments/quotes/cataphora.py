"""A ``he``/``she`` in a fronted subordinate clause that names its person only afterwards.

``After he called the festival far too "loud," Pastor Ivo Pell turned his anger
on …``: the pronoun comes first and the main clause's subject, right after the clause's
comma, is who it means (cataphora). The usual resolution looked back and took a name from
the paragraph before (round 40)."""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import SUBORDINATORS
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.pronouns import pronoun_compatible, pronoun_target_name
from helpers.instruments.quotes.state import ArticleState

#: the opening of the sentence up to the pronoun: a subordinator alone (``After he``)
_LEAD_RX = lazy_compile(r"[\s\"“‘']*(?P<sub>[A-Z][a-z]+)\s+$")
#: the end of the fronted clause: a comma (inside or outside a closing mark), then the name
_CLAUSE_END_RX = lazy_compile(r"(?:,[\"”’']*|[\"”’']+,)\s+")
#: at most three words of title or role before the name (``Pastor``, ``Sen.``, ``state Rep.``)
_MODIFIERS_RX = lazy_compile(r"(?:[\w.’'\-]+\s+){0,3}")


def cataphoric_subject(pron: str, np_start: int, art: ArticleState, para: int,
                       exclude: str = "") -> tuple[str, str, int, int] | None:
    """(speaker, speaker type, start, end) of the named subject of the main clause after a
    fronted ``After/When/While … he …,`` clause that opens with the pronoun ``pron`` at
    ``np_start``; None when the sentence has no such shape, the subject does not agree or
    is ``exclude``."""
    m = _subject_after(pron.lower(), np_start, art, para)
    if m is None:
        return None
    name, typ = pronoun_target_name(pron.lower(), m, art)
    if not name or (exclude and art.same_person(name, exclude)):
        return None
    return name, typ, m.start, m.end


def _subject_after(p: str, np_start: int, art: ArticleState, para: int) -> Mention | None:
    """The agreeing named subject right after the fronted clause of the pronoun ``p``."""
    if p not in ("he", "she") or not 0 <= para < len(art.paragraph_mentions):
        return None
    start = art.sentence_start(np_start)
    lead = _LEAD_RX.fullmatch(art.text, start, np_start)
    if lead is None or lead.group("sub").lower() not in SUBORDINATORS:
        return None
    for m in art.paragraph_mentions[para]:
        if m.start <= np_start:
            continue
        if art.sentence_start(m.start) != start:
            return None
        if m.kind == "named" and m.subject:
            gap = art.text[max(np_start, m.start - 40):m.start]
            end = list(_CLAUSE_END_RX.finditer(gap))
            if end and _MODIFIERS_RX.fullmatch(gap, end[-1].end()) and \
                    pronoun_compatible(p, m, art):
                return m
            return None
    return None
