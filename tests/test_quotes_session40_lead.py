"""Session 40 lead: the learned chooser is not offered one of two coordinated descriptions for a
quotation's ``they`` (``A nurse and a porter waited outside. "…," they said``).

Review 28a narrowed the rules' singular ``they`` so that it never takes one of two coordinated
descriptions; the chooser refitted in session 40 (same policy, one train row changed) then chose
``a nurse`` from its candidates for such a ``they``
(``tests/test_quotes_review28a.py::test_coordinated_descriptions_are_no_singular_they``).
:func:`conjunct_of_they` keeps that candidate out, as the ``he``/``she`` agreement filter keeps
out a person of the other gender. Invented text only.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS, one_row

from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.singular_they import conjunct_of_they

TEXT = "A nurse and a porter waited outside. A driver, alone, kept the engine running."


def _mention(surface: str, kind: str = "description") -> Mention:
    start = TEXT.index(surface)
    return Mention(start, start + len(surface), surface, kind, True)


@pytest.mark.parametrize(("pronoun", "surface", "kind", "expected"), [
    ("they", "A nurse", "description", True),      # one of two, joined by `and`
    ("They", "A nurse", "description", True),      # the pronoun's case does not matter
    ("she", "A nurse", "description", False),      # only `they` names the two together
    ("they", "A driver", "description", False),    # a lone description: a singular `they`
    ("they", "a porter", "description", False),    # the second conjunct has no `and` after it
])
def test_conjunct_of_they(pronoun: str, surface: str, kind: str, expected: bool) -> None:
    assert conjunct_of_they(pronoun, _mention(surface, kind), TEXT) is expected


def test_no_mention_is_no_conjunct() -> None:
    assert conjunct_of_they("they", None, TEXT) is False


def test_a_lone_description_keeps_its_singular_they() -> None:
    # guard: the rules' singular `they` (round 79: one unnamed person) is untouched by the
    # filter, which reads only the chooser's other candidates (the default chooser gives this
    # invented row to Tom Reed, before and after the filter: left for the chooser)
    text = ("Tom Reed spoke first.\n\nA nurse waited outside. \"We have nowhere to go,\" they "
            "said.\n")
    assert one_row(text, "nowhere to go", None).speaker == "a nurse"


@pytest.mark.parametrize("ranker", RANKERS)
def test_two_coordinated_descriptions_give_no_one_of_them(ranker: str | None) -> None:
    text = ("Ann Lee spoke first.\n\nA teacher and a caretaker stood by the gate. \"Nobody asked "
            "us,\" they said.\n")
    assert one_row(text, "Nobody asked", ranker).speaker not in ("a teacher", "a caretaker")
