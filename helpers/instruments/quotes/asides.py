"""Names set inside a dash aside of their sentence: background, not a later pronoun's referent.

``Governor Lena Hartl – a Lakeside Rovers fan – replied in one word. "…," she said`` and
``In his address, Mr. Quade held - chiding Ms. Ferro four times - that …. "…," he said``: a
pair of dashes sets off a parenthetical inside a sentence, and a name inside it (a team, the
person rebuked) is what the sentence says about its subject, named before the opening dash.
Pronoun resolution took the latest agreeing name, the one inside the aside (round 47)."""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.subjects import sentence_start

#: a dash that opens or closes an aside: a spaced hyphen, en or em dash, or an unspaced em dash
_DASH_RX = lazy_compile(r"\s[-–—]{1,2}\s|—")
#: from the end of a mention to the aside's closing dash, inside the sentence (no sentence end,
#: no quotation mark, no line break)
_CLOSE_RX = lazy_compile(r"[^.!?\n\"“”]{0,80}?(?:\s[-–—]{1,2}\s|—)")


def in_dash_aside(m: Mention, mentions: list[Mention], text: str, start: int | None = None
                  ) -> bool:
    """Whether the mention ``m`` stands inside a dash aside of its sentence (an odd number of
    dashes between the sentence start and ``m``, none of them in a quotation, and a closing
    dash after it before the sentence ends) after a named mention of ``mentions`` that stands
    before the opening dash in the same sentence (the sentence's person, whom the aside is
    about). ``start``: :func:`.subjects.sentence_start` of ``m`` when the caller has it
    (the article's memo, :meth:`.state.ArticleState.sentence_start`; throughput round 12)."""
    if start is None:
        start = sentence_start(text, m.start)
    head = text[start:m.start]
    if "“" in head or '"' in head:
        return False
    dashes = list(_DASH_RX.finditer(head))
    if len(dashes) % 2 == 0 or _CLOSE_RX.match(text, m.end) is None:
        return False
    opening = start + dashes[-1].start()
    return any(c.kind == "named" and start <= c.start and c.end <= opening for c in mentions)
