"""Prepositional attributions the verb patterns miss (round 14): ``according to`` a written
source whose head no word list holds or that a time follows (``according to a study last
year by …``, ``according to a Pentagon readout``), ``according to X`` earlier in the sentence
(``Over the long term, according to the budget office, the rise "…"``), ``in X's words`` and
``as X, a former minister, put it``."""

from __future__ import annotations

import re

from helpers.instruments.quotes.lexicon import (
    _DETERMINERS,
    _NOT_NAME,
    _TITLED_NAME,
    ALL_VERBS,
)
from helpers.instruments.quotes.mentions import _clean_name_tokens
from helpers.instruments.quotes.postcues import inverted_description

_DET_PHRASE = rf"{_DETERMINERS}(?:\s+[\w’'\-]+){{1,8}}"
_ACC_POST_RE = re.compile(rf"^[\s,]*(?P<cue>according to)\s+(?P<np>{_DET_PHRASE})")
_ACC_MID_RE = re.compile(
    rf"(?P<cue>[Aa]ccording to)\s+"
    rf"(?P<np>{_TITLED_NAME}|{_DETERMINERS}(?:\s+[\w’'\-]+){{1,6}}?)\s*,")
_POSS_WORDS_RE = re.compile(
    rf"[Ii]n\s+(?P<np>{_TITLED_NAME}|{_DETERMINERS}(?:\s+[\w’'\-]+){{1,4}}?)[’']s?\s+(?:own\s+)?"
    rf"(?P<cue>words?)\s*,?\s*$")
_AS_PUT_APPOS_RE = re.compile(
    rf"(?<![\w’'])[Aa]s\s+(?P<np>{_TITLED_NAME}),[^,\x01;:!?]{{1,120}},\s+(?P<cue>puts|put)\s+it"
    rf"\s*[,:—–-]?\s*$")
_WORD = re.compile(r"[a-z]+")

#: (speaker phrase, its start, cue lemma, cue start, cue end, attribution)
Cue = tuple[str, int, str, int, int, str]


def _speaker_phrase(np_text: str) -> str:
    """A name whose first word is a name word, or a determiner phrase cut at its
    post-modifier (:func:`inverted_description`); '' otherwise."""
    if np_text[:1].isupper() and not re.match(rf"{_DETERMINERS}\s", np_text):
        tokens = _clean_name_tokens(np_text)
        return np_text if tokens and tokens[0] not in _NOT_NAME else ""
    return inverted_description(np_text)


def prepositional_cue(pre: str, pre_base: int, post: str, post_base: int) -> Cue | None:
    """The source of a quotation given by a preposition rather than a verb, or None.

    ``pre``: the sentence before the opening mark (at ``pre_base``); ``post``: the narration
    after the closing mark (at ``post_base``; "" when the quotation is not closed). Why: the
    verb patterns need a speech verb, so ``according to a study last year``, ``according to
    X`` inside the sentence, ``in X's words`` and ``as X, a …, put it`` left quotations to the
    context rule, which gives them to the last person named."""
    m = _ACC_POST_RE.match(post) if "according to" in post[:20] else None
    if m and (np := _speaker_phrase(m.group("np"))):
        return (np, post_base + m.start("np"), "according to", post_base + m.start("cue"),
                post_base + m.end("cue"), "post-cue")
    found = []
    if "ccording to" in pre:
        found = [x for x in _ACC_MID_RE.finditer(pre)
                 if not any(w in ALL_VERBS for w in _WORD.findall(pre[x.end():]))]
    for rx, cue, lit in ((_POSS_WORDS_RE, "word", "word"), (_AS_PUT_APPOS_RE, "put", " put")):
        if not found and lit in pre[-20:] and (x := rx.search(pre, max(0, len(pre) - 200))):
            found, lemma = [x], cue
    if not found:
        return None
    x = found[-1]
    np = _speaker_phrase(x.group("np"))
    if not np:
        return None
    lemma = "according to" if x.re is _ACC_MID_RE else lemma
    return (np, pre_base + x.start("np"), lemma, pre_base + x.start("cue"),
            pre_base + x.end("cue"), "pre-cue")
