"""Unit tests (invented text, invented names) for quotes round 73: the right person absent
from the candidates on PolNeAR train, news wire.

Step 1 (``helpers/instruments/quotes/role_named.py``): a two- or three-word title-case name
right after a lower-case person noun (``pollster Whitby Arnolds``, ``news anchor Ilsa Varnó``)
is a person's name even when the given-name list lacks its first word, so a later ``she
said`` can reach the person. Before the step such a name was no mention at all. Each non-guard
test fails before the step (see the round 73 notes in ``docs/notes/real_news.md``) and passes
after it, with both choosers; the guards check what must not change.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.role_named import named_after_role

STAR = ("Comedy star Tavi Morrow opened up about her childhood in an interview on Sunday. "
        "\"It was hard to be the only girl on the stage,\" she said.\n")
ANCHOR = ("The network's news anchor Ilsa Varnó reacted to the remarks with a long letter "
          "to viewers. \"I am concerned to hear voices that excuse it,\" "
          "she wrote.\n")
POLLSTER = ("Tom Reed spoke first at the dinner. Republican pollster Whitby Arnolds is "
            "skeptical Reed can win the state.\n\n\"His best bet is to change the subject,\" "
            "he said.\n")
KNOWN = ("Comedy star Anna Morrow opened up about her childhood in an interview on Sunday. "
         "\"It was hard to be the only girl on the stage,\" she said.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (STAR, "only girl", "Tavi Morrow"),
    (ANCHOR, "voices that excuse", "Ilsa Varnó"),
    (POLLSTER, "best bet", "Whitby Arnolds"),
])
def test_a_name_after_a_role_noun_is_a_person(text: str, words: str, speaker: str,
                                             ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row.speaker == speaker


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_listed_given_name_after_a_role_noun_stays_a_person(ranker: str | None) -> None:
    """Guard: the given-name list already made ``Anna Morrow`` a person."""
    assert _row(KNOWN, "only girl", ranker).speaker == "Anna Morrow"


def test_named_after_role_reads_the_noun_and_the_name() -> None:
    narr = "Republican pollster Whitby Arnolds is skeptical."
    s = narr.index("Whitby")
    assert named_after_role(narr, s, s + len("Whitby Arnolds"))
    narr = "The poll's author Eva-Maria Holt posted a chart."
    s = narr.index("Eva")
    assert named_after_role(narr, s, s + len("Eva-Maria Holt"))


@pytest.mark.parametrize(("narr", "name"), [
    ("The star, Whitby Arnolds, left.", "Whitby Arnolds"),      # a comma: an apposition
    ("The Pollster Whitby Arnolds left.", "Whitby Arnolds"),    # a title-case word before
    ("She saw the rally Whitby Arnolds held.", "Whitby Arnolds"),  # no person noun
    ("The candidate Fox News hired left.", "Fox News"),         # an organisation word
    ("A lone pollster Arnolds left.", "Arnolds"),               # one word
])
def test_named_after_role_refuses(narr: str, name: str) -> None:
    s = narr.index(name)
    assert not named_after_role(narr, s, s + len(name))
