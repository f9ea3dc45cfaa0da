"""Unit tests (invented text, invented names) for quotes round 74: a quotation after a later
clause's own subject and verb is that subject's (``helpers/instruments/quotes/later_clauses.py``).

``In a clip that Judge Tom Reed called "distasteful," Lee expressed a desire to "…"``: the
sentence cue took the relative clause's verb (``called``) and its subject for the later
quotation; the main clause (``Lee expressed``) opens after the cue's own quotation, so the
later quotation is Lee's. The same for a coordinated clause that frames the quotation with
``as`` (``- but the Harbury campaign rejected the idea as "…"``). Each non-guard test fails
before the step (see the round 74 notes in ``docs/notes/real_news.md``) and passes after it,
with both choosers; the guards (near misses a reviewer would try) pass before and after.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.later_clauses import later_clause

CLIP = ("Ann Lee praised the plan on Monday. In a clip that Judge Tom Reed called "
        "\"distasteful,\" Lee expressed a desire to \"shut the court down.\"\n")
HEARING = ("Bea Harlow chaired the meeting. At a hearing that Mayor Tom Reed described as "
           "\"a farce,\" Harlow voiced a wish to \"fight every cut.\"\n")
VOTERS = ("Tom Reed called the plan \"a farce,\" the day before voters rejected it as "
          "\"a fraud.\"\n")
CAMPAIGN = ("Ann Lee proposed a debate on Monday - but the Harbury campaign rejected the "
            "idea as \"absurd\" within an hour.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (CLIP, "shut the court", "Ann Lee"),
    (HEARING, "fight every", "Bea Harlow"),
    (CAMPAIGN, "absurd", "the Harbury campaign"),
    (VOTERS, "a fraud", "voters"),
])
def test_a_later_clause_subject_speaks(text: str, words: str, speaker: str,
                                       ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_earlier_quotation_keeps_its_framer(ranker: str | None) -> None:
    """Guard: the relative clause's own quotation stays the judge's."""
    assert _row(CLIP, "distasteful", ranker).speaker == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    # a relative clause inside the reported clause: no quotation closes it, no conjunction
    ("Tom Reed said the plan, which Ann Lee drafted, was \"a disaster.\"\n", "a disaster"),
    # a coordinated clause inside the reported clause, without an `as` frame
    ("Tom Reed said prices rose last year, and the market looks \"fragile\" now.\n", "fragile"),
    ("Tom Reed said the team lost, but the coach remains \"unbowed.\"\n", "unbowed"),
    # `regards … as` after an interrupting aside, no conjunction opening a clause
    ("Tom Reed said on Monday that the council, and the mayor in particular, regards the cuts "
     "as \"unavoidable.\"\n", "unavoidable"),
    # the cue's own quotation far from the verb: a later quotation of the same speaker
    ("Tom Reed called the plan \"a disaster\" before the board voted to \"drop it.\"\n",
     "drop it"),
])
def test_the_cue_reaches_its_quotation(text: str, words: str, ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker.endswith("Reed")


@pytest.mark.parametrize(("pre", "cue"), [
    ("a clip that the judge called \x01\x01\x01 Lee expressed a desire to ", "called"),
    ("the mayor proposed a debate - but the board rejected the idea as ", "proposed"),
    ("the mayor called it \x01\x01\x01 the day before voters rejected it as ", "called"),
])
def test_later_clause_reads_subject_and_verb(pre: str, cue: str) -> None:
    lc = later_clause(pre, pre.index(cue) + len(cue))
    assert lc is not None
    assert pre[lc.np_start:lc.np_end] == lc.np
    assert lc.np in ("Lee", "the board", "voters")
    assert lc.verb in ("expressed", "rejected")


@pytest.mark.parametrize(("pre", "cue"), [
    ("a clip that the judge called \x01\x01\x01 Lee was ", "called"),        # `be` alone
    ("the mayor said prices rose - but the board looks ", "said"),           # no `as` frame
    ("the mayor called the plan \x01\x01\x01 and the board voted to ", "called"),  # `and` first
    ("the mayor called it \x01\x01\x01 Lee expressed \x01\x01 and ", "called"),  # a quotation after
    ("the mayor called it \x01\x01\x01 the day before expressed ", "called"),  # no subject left
])
def test_later_clause_stays_silent(pre: str, cue: str) -> None:
    assert later_clause(pre, pre.index(cue) + len(cue)) is None
