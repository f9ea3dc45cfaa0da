"""A participle has no subject after it, nor one before a subordinate clause (quotes round
75, issue 13).

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

The pre-cue reads a subject phrase, an optional apposition between commas and the verb
(``Tom Reed, the mayor, saying``). ``… the Harbury Union, also known as the HU, though at a
meeting last week she used stronger words, saying the group "must be stopped."``: the
"apposition" there is a subordinate clause with its own subject (``though … she used``), and the
participle after it hangs on that clause, so the phrase before it (``HU``) is no subject of
``saying``. An apposition that opens with a subordinating conjunction (``though``, ``while``,
``because`` …: :data:`.lexicon.SUBORDINATORS`, ``as`` excepted: ``X, as chairman, …``) before
a participle is read so. Round 75's count: train B 1 piece (both rankers).
"""

from __future__ import annotations

from helpers.instruments.quotes.lexicon import SUBORDINATORS

#: conjunctions that open a subordinate clause between commas (``as`` also opens a role:
#: ``Tom Reed, as chairman, …``)
_CLAUSE_OPENERS = SUBORDINATORS - {"as"}


def participle_inverted(verb: str, inverted: bool) -> bool:
    """Whether a post-cue match reads a subject after a present participle: ``verb`` is the
    matched verb, ``inverted`` whether the pattern puts the subject after it. Such a match
    names no speaker (module docstring)."""
    return inverted and verb.lower().endswith("ing")


def clause_before_participle(app: str | None, verb: str) -> bool:
    """Whether the apposition ``app`` (``, though … she used stronger words,``) that a pre-cue
    read between its subject phrase and the participle ``verb`` is a subordinate clause: the
    participle then hangs on that clause, not on the phrase (module docstring)."""
    if not app or not verb.lower().endswith("ing"):
        return False
    words = app.strip(" ,").split()
    return bool(words) and words[0].lower() in _CLAUSE_OPENERS
