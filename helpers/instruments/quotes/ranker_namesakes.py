"""Namesakes as candidates of the learned speaker chooser (issue 13, round 33).

A bare surname (``Manafort said``, ``Mr. Cruz``) is resolved by the rules to one full name of
that surname (:meth:`.state.ArticleState.canonical`: the latest one named before it). When
the article names two people of that surname (a candidate and his father, two brothers), the
other one was never offered to the chooser, whatever the features said: on train the right
speaker was then missing from every candidate list. This module lists those other people so
that :mod:`.ranker_candidates` can offer them beside the rules' resolution of the mention.
"""

from __future__ import annotations

from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.lexicon import NAME_SUFFIXES
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import title_gender
from helpers.instruments.quotes.names import canonical_key
from helpers.instruments.quotes.samename import gender_clash


def namesakes(art: ArticleState, m: Mention, speaker: str) -> list[str]:
    """Full names of the article's other people whose surname is the bare surname ``m``
    (a named mention of one word after titles and possessive are removed), in text order of
    their first full mention; the person ``speaker`` the mention was resolved to, and anyone
    a gendered title rules out (``Mrs. X`` is no ``John X``), are left out. Only names the
    article marks as persons (:attr:`.state.ArticleState.known`) count."""
    if m.kind != "named":
        return []
    words = canonical_key(m.surface).split()
    if len(words) != 1:
        return []
    gender = title_gender(m.surface)
    seen = {art.person_key(speaker, True)} if speaker else set()
    out: list[str] = []
    for _off, name in sorted(art.full_names):
        key = canonical_key(name)
        if key not in art.known:
            continue
        toks = [t for t in key.split() if t not in NAME_SUFFIXES]
        if len(toks) < 2 or toks[-1] != words[0] or gender_clash(gender, name):
            continue
        person = art.person_key(name, True)
        if person not in seen:
            seen.add(person)
            out.append(name)
    return out
