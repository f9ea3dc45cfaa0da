"""Unit tests (invented text, invented names) for quotes round 75: a verb coordinated with an
earlier one has the earlier verb's subject, not the noun before ``and``
(``helpers/instruments/quotes/coordinated_predicates.py``).

``The mayor has mocked a reporter and recently pointed to a man in the crowd at one of his
meetings and called him "my good friend."``: the pre-cue reader took ``a man in the crowd at
one of his meetings and`` as the subject of ``called``. Each non-guard test fails before the
step (see the round 75 notes in ``docs/notes/real_news.md``) and passes after it, with both
choosers; the guards (near misses a reviewer would try) pass before and after.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.coordinated_predicates import ends_on_conjunction
from helpers.instruments.quotes.inverted_participles import (
    clause_before_participle,
    participle_inverted,
)

MAYOR = ("The mayor has mocked a local reporter and recently pointed to a man in the crowd at "
         "one of his meetings and called him \"my good friend.\"\n")
DESCRIBED = ("The mayor has mocked a reporter and recently pointed to a woman in the crowd at "
             "one of his meetings and described her as \"a troublemaker.\"\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (MAYOR, "my good friend"),
    (DESCRIBED, "a troublemaker"),
])
def test_the_coordinated_verb_keeps_the_clause_subject(text: str, words: str,
                                                       ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == "the mayor"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a conjunction inside the subject's tail joins two nouns: the subject stands
    ("Tom Reed spoke first. A man with a dog and a cat said: \"We want the park back.\"\n",
     "the park back", "a man"),
    # a plain prepositional tail
    ("Tom Reed spoke first. A woman in the crowd said: \"We want the park back.\"\n",
     "the park back", "a woman"),
    # a name before `and`: the clause subject already speaks (no description tail)
    ("Tom Reed pointed to Ann Lee and called her \"a true friend.\"\n", "a true friend",
     "Tom Reed"),
])
def test_subjects_that_are_no_coordinated_verb(text: str, words: str, speaker: str,
                                               ranker: str | None) -> None:
    """Guards: the pre-cue subject is kept where no verb follows the conjunction."""
    assert _row(text, words, ranker).speaker == speaker


@pytest.mark.parametrize(("np_text", "expected"), [
    ("a man in the crowd at one of his meetings and", True),
    ("a man in the crowd and then", True),
    ("a woman at the back but", True),
    ("a man with a dog and a cat", False),
    ("a woman in the crowd", False),
    ("Anderson", False),
    ("", False),
])
def test_ends_on_conjunction(np_text: str, expected: bool) -> None:
    assert ends_on_conjunction(np_text) is expected


# Step 2 (``helpers/instruments/quotes/inverted_participles.py``): a participle right after the
# closing mark has no subject after it; the name there is its object.
CRITICS = ("Ann Lee spoke first. Tom Reed rebuked critics who say he should call the strikers "
           "\"wreckers,\" saying calling the Harbury Union by another name will do nothing.\n")
DEFENDED = ("Ann Lee spoke first. Tom Reed defended the strikers as \"honest workers,\" saying "
            "branding the Harbury Union a menace would backfire.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    (CRITICS, "wreckers"),
    (DEFENDED, "honest workers"),
])
def test_no_subject_after_a_participle(text: str, words: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row.speaker == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "speaker"), [
    # a finite verb inverted with pre-modifiers before the name: its subject
    ("The hall was full. \"We will not give up,\" said master of ceremonies Asir Tabbani, an "
     "engineer.\n", "Asir Tabbani"),
    ("The hall was full. \"We will not give up,\" says union leader Ray Jones.\n", "Ray Jones"),
])
def test_a_finite_inverted_verb_keeps_its_subject(text: str, speaker: str,
                                                  ranker: str | None) -> None:
    """Guards: the inverted post-cue still reads a finite verb's subject."""
    assert _row(text, "not give up", ranker).speaker == speaker


@pytest.mark.parametrize(("verb", "inverted", "expected"), [
    ("saying", True, True),
    ("Adding", True, True),
    ("said", True, False),
    ("saying", False, False),
])
def test_participle_inverted(verb: str, inverted: bool, expected: bool) -> None:
    assert participle_inverted(verb, inverted) is expected


# Step 3 (``inverted_participles.clause_before_participle``): a subordinate clause between
# commas before a participle: the participle hangs on that clause, not on the phrase before it.
STRONGER = ("Councillor Ann Lee has been criticised for her view of the Harbury Union, also "
            "known as the HU, though at a meeting last week she used stronger words, saying the "
            "group \"must be stopped.\"\n")
TONE = ("Tom Reed praised the union, although at the rally on Friday he changed his tone, "
        "calling the strike \"a mistake.\"\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (STRONGER, "must be stopped", "Ann Lee"),
    (TONE, "a mistake", "Tom Reed"),
])
def test_a_participle_after_a_subordinate_clause(text: str, words: str, speaker: str,
                                                 ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [
    # a finite verb after a subordinate clause between commas: the phrase is its subject
    "Ann Lee spoke first. Tom Reed, though he lost the vote, said: \"We will be back.\"\n",
    "Ann Lee spoke first. Tom Reed, while in London, told reporters: \"We will be back.\"\n",
    # a relative clause, then a participle of the main clause's object
    "Ann Lee spoke first. Tom Reed, who lost the vote, wrote a letter saying \"we will be "
    "back.\"\n",
])
def test_a_finite_verb_after_a_subordinate_clause(text: str, ranker: str | None) -> None:
    """Guards: only a participle loses its subject to the clause between commas."""
    assert _row(text, "will be back", ranker).speaker == "Tom Reed"


@pytest.mark.parametrize(("app", "verb", "expected"), [
    (", though at a meeting last week she used stronger words,", "saying", True),
    (", while in London,", "calling", True),
    (", though he lost the vote,", "said", False),
    (", as chairman,", "saying", False),
    (", the mayor,", "saying", False),
    (None, "saying", False),
])
def test_clause_before_participle(app: str | None, verb: str, expected: bool) -> None:
    assert clause_before_participle(app, verb) is expected
