"""The :class:`Mention` record: one person (or group, or pronoun) mentioned in narration.

Why its own module (round 28): :mod:`.mentions` finds mentions and uses the salience tests of
:mod:`.salience`, while :mod:`.salience` reads mentions; with the record in :mod:`.mentions`
the two modules imported each other (hidden behind a type-checking import). The record needs
nothing of either, so both now import it from here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    """A person (or group) mentioned in narration, possibly as a clause subject."""

    start: int
    end: int
    surface: str
    kind: str  # named | description | group | pronoun
    subject: bool
    gender: str = "u"
    para: int = -1  # paragraph index within the article (set by the caller)
    resolved: tuple | None = None  # for pronoun mentions: (speaker, type), once resolved
    not_pron: str = ""  # "she"/"he": its verb takes "her"/"him" as object, so not that referent
