"""A participle has no subject after it (quotes round 75, issue 13).

``Tom Reed rebuked critics who say he should call the strikers "wreckers," saying calling the
Harbury Union by another name will do nothing.`` A post-cue reads a verb of saying right after
the closing mark and, when the verb comes first, the name after it as its subject (``"…,"
said union leader Ray Jones``). English inverts a subject only after a finite verb: after a
present participle (``saying``, ``adding``, ``calling``) the words that follow are its object
or the clause it reports, and its subject is the clause's before the quotation. Round 21 read
the plain inverted post-cue so (``"…," telling Channel 4 that …``); the inverted post-cue with
pre-modifiers before the name (``"…," said master of ceremonies Asir Tabbani``) took the
participle too, and so ``the Harbury Union`` (the object of ``calling``) spoke. Round 75's
count: train A 1 piece (both rankers).
"""

from __future__ import annotations


def participle_inverted(verb: str, inverted: bool) -> bool:
    """Whether a post-cue match reads a subject after a present participle: ``verb`` is the
    matched verb, ``inverted`` whether the pattern puts the subject after it. Such a match
    names no speaker (module docstring)."""
    return inverted and verb.lower().endswith("ing")
