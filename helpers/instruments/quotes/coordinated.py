"""Two people named together as the speakers after a quotation.

``"…," Jo Hart and Al Reid said`` / ``"…," said experts Jo Hart and Al Reid of the Institute``.
Why: the one-name post-cue patterns of ``cues.py`` stop at the first name (``said Jo Hart``) or
fail on the ``and``, and the quotation then goes to someone named earlier in the article.
The attribution step already keeps ``X and Y`` as one speaker (each name canonicalised).
"""

from __future__ import annotations

import re

from helpers.instruments.quotes.lexicon import (
    _ADV,
    _NAME,
    _NOT_NAME,
    _POST_SPEECH_VERB_RE,
    post_cue_match,
)
from helpers.instruments.quotes.mentions import _clean_name_tokens

#: words that cannot sit inside the pre-modifiers of a speaker's name (they start a clause or
#: an adjunct: ``"…" is what Jo Hart said``, ``"…" in a letter Jo Hart wrote``)
NOT_PREMOD = frozenset(
    """is was are were be been has had have what that which who when while as if and but or
    because after before during since until in on at to by with about into from than then
    so it he she they we i you this these those there""".split())

#: up to two lower-case role words, then two names joined by ``and``
_COORD_NP = rf"(?:[a-z][\w\-]*\s+){{0,2}}(?P<np>{_NAME}\s+and\s+{_NAME})"
_POST_COORD_RES = (
    re.compile(rf"^[\s,—–-]*{_COORD_NP}(?:\s+of\s+[^,\x01;:!?.]{{1,80}}?)?\s+(?:{_ADV}\s+)?"
               rf"(?P<verb>{_POST_SPEECH_VERB_RE})\b(?!\s*:)"),
    re.compile(rf"^[\s,—–-]*(?P<verb>{_POST_SPEECH_VERB_RE})\s+{_COORD_NP}(?=$|[\s,.;:!?)\x01])"))


def coordinated_post_cue(post: str) -> re.Match | None:
    """The match (groups ``np``, ``verb``) of two coordinated speakers opening ``post`` (the
    narration right after the closing mark), or None.

    The role words before the names must not start a clause (``NOT_PREMOD``) and each name
    must open on a word that can start a name (not a sentence-start word such as ``But``)."""
    if " and " not in post[:160]:
        return None
    for rx in _POST_COORD_RES:
        m = post_cue_match(rx, post)
        if not m:
            continue
        pre_words = post[:m.start("np")].split()
        names = re.split(r"\s+and\s+", m.group("np"))
        if any(w.strip(",").lower() in NOT_PREMOD for w in pre_words) or any(
                not _clean_name_tokens(n) or _clean_name_tokens(n)[0] in _NOT_NAME
                for n in names):
            continue
        return m
    return None
