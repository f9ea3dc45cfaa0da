"""A description run into the next clause's subject is no description (quotes round 77, issue 13).

``Whether the deal holds is the question her staff argue about. The embassy was unmoved.
"Nothing has changed," they said.`` The description reader of :mod:`.mentions` takes a
determiner, up to four modifier words and a person or organisation noun, so it reads ``the
question her staff`` as one phrase and offers it to the chooser as a group (session 37's refit
picked it for a later ``they said``). In English a determiner or possessive determiner
(``the``, ``a``, ``his``, ``her`` …) opens a noun phrase: one standing among another phrase's
modifiers, with no preposition before it, starts a second phrase — here the subject of a
relative clause with no ``that`` (``the question [that] her staff argue about``). A preposition
before it makes the second phrase its object, inside the first (``one of her aides``, ``a
friend from their school``): still one description.

Words: ``data/lexicons/run_on_phrase_words.txt`` (``lead:`` determiners, ``prep:``
prepositions). Round 29 tried determiners as stop words of every description pattern and lost
train pieces; this test is read by the mention reader only, and only with no preposition before.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.core.lexicons import load_words


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The (lead determiners, prepositions) of ``run_on_phrase_words.txt``."""
    leads: set[str] = set()
    preps: set[str] = set()
    for entry in load_words("run_on_phrase_words.txt"):
        kind, _, word = entry.partition(":")
        (leads if kind == "lead" else preps).add(word.strip().lower())
    return frozenset(leads), frozenset(preps)


def runs_into_next_clause(np_text: str) -> bool:
    """Whether the description ``np_text`` (a determiner, modifiers, a head noun) holds a second
    determiner-led phrase among its modifiers with no preposition before it (``the question
    her staff`` → True; ``one of her aides``, ``the retired general`` → False).

    The first word is the phrase's own determiner and the last its head, so only the words
    between are read; a possessive name (``the Prime Minister's spokesman``) is no lead word,
    and neither is a capitalised one: a determiner written with a capital inside a phrase
    belongs to a name or title (``a former The Times editor``, ``an A level student``, ``a Her
    Majesty's inspector``: review 27a), while one opening a relative clause's subject is lower
    case."""
    leads, preps = _words()
    words = [w.strip(",") for w in np_text.split()]
    for word in words[1:-1]:
        if word.lower() in preps:
            return False
        if word in leads:
            return True
    return False
