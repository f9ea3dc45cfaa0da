"""Unit tests (invented text, invented names) for quotes round 77 (issue 13, British prose).

Step 1: an indefinite description named by ``called`` / ``named`` (``a lorry driver called
Pete Hall, is …``) is the named person: the name is the clause's subject mention, the main
clause's subject and no framing verb's object
(``helpers/instruments/quotes/naming_participles.py``).

Step 0: a description run into the next clause's subject (``the question her staff argue
about``) is no phrase of its own: the mention reader and the chooser's Source mentions stop at
the second determiner (``helpers/instruments/quotes/run_on_phrases.py``). Each non-guard test
fails before its step (see the round 77 notes in ``docs/notes/real_news.md``) and passes after
it; the guards (near misses) pass before and after.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.core.corpus import segment_text
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.quotes.ranker_candidates import article_candidates
from helpers.instruments.quotes.run_on_phrases import runs_into_next_clause

RUN_ON = ("Whether the treaty survives is the question her staff argue about. The embassy "
          "was unmoved. \"Nothing has changed,\" they said.\n")
RUN_ON_SUBJECT = ("The plan the council backed was dropped on Monday. \"We are not finished,\" "
                  "they said.\n")


def _candidates(text: str) -> list[str]:
    """Every speaker offered to the chooser for any row of ``text``."""
    seen: list[str] = []

    def grab(rows, para_spans, art) -> None:  # the collector the chooser's training uses
        for _r, cands in article_candidates(rows, para_spans, art):
            seen.extend(c.speaker for c in cands)

    extract_quotes(segment_text("Title\n\n" + text, source="t.txt"), ranker=grab)
    return seen


def _mentions(text: str) -> list[str]:
    """The surfaces of every paragraph mention of ``text`` (the rules' antecedents)."""
    seen: list[str] = []

    def grab(rows, para_spans, art) -> None:
        for k in range(len(art.paragraph_mentions)):
            seen.extend(m.surface for m in art.paragraph_mentions[k])

    extract_quotes(segment_text("Title\n\n" + text, source="t.txt"), ranker=grab)
    return seen


def test_a_run_on_phrase_is_no_candidate() -> None:
    cands = _candidates(RUN_ON)
    assert "the embassy" in cands
    assert not any("question" in c for c in cands)


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_run_on_subject_is_no_antecedent(ranker: str | None) -> None:
    """The clause-lead reader of descriptions: ``The plan the council`` is two phrases, so the
    later ``they`` does not take it (before the step: speaker ``the plan the council``)."""
    assert "plan" not in _row(RUN_ON_SUBJECT, "not finished", ranker).speaker


@pytest.mark.parametrize(("np_text", "run_on"), [
    ("the question her staff", True),
    ("the report his office", True),
    ("a problem the council", True),
    # guards: a preposition before the second determiner keeps one phrase
    ("one of her aides", False),
    ("a friend from their school", False),
    ("the retired general", False),
    ("the Prime Minister's spokesman", False),
])
def test_runs_into_next_clause(np_text: str, run_on: bool) -> None:
    assert runs_into_next_clause(np_text) is run_on


def test_a_description_with_of_and_a_possessive_stays_a_mention() -> None:
    """Guard: ``Two of her aides`` is one phrase (a preposition before ``her``)."""
    text = ("Two of her aides were at the meeting. \"Nobody knows yet,\" they said.\n")
    assert "two of her aides" in [m.lower() for m in _mentions(text)]


CANDIDATE = ("Saturday morning in the square, and the Reform stall has the crowd. Its candidate, "
             "a former police sergeant called Gary Holt, is telling anyone who stops that he "
             "will “scrap the parking charges and fix the roads”, and that the seat is “there "
             "for the taking”.\n")
DRIVER = ("Labour's candidate, Tom Reed, a former adviser, was chosen from a shortlist of one. "
          "Two branch officers resigned. One of them, a lorry driver called Pete Hall, is now "
          "handing out leaflets for the Greens. “They sent us a stranger from London,” he said. "
          "“I'm not doing it.”\n")
STUDENT = ("The camp has grown all week. Ann Lee, a lecturer, says the protest will go on. "
           "“We stay until they listen,” she said. Beside her, a first-year law student called "
           "Amy is painting a banner. “We're not leaving without an answer,” she says.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (CANDIDATE, "parking charges", "Gary Holt"),
    (CANDIDATE, "there for the taking", "Gary Holt"),
    (DRIVER, "stranger from London", "Pete Hall"),
    (DRIVER, "not doing it", "Pete Hall"),
    (STUDENT, "without an answer", "Amy"),
])
def test_a_named_description_speaks_by_its_name(text: str, words: str, speaker: str,
                                                ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


def test_the_naming_participle_is_no_cue() -> None:
    """``called`` naming the sergeant is not the framing verb of the quotation."""
    assert _row(CANDIDATE, "parking charges", None).cue != "call"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker", "cue"), [
    # guards: ``called`` as a framing verb, a name then the quotation or an object complement
    ("The debate turned sour on Monday. A senior minister called Tom Reed “a liar and a "
     "coward” in the chamber.\n", "a liar", "a senior minister", "call"),
    ("The row grew. A local councillor called Ann Lee a “disgrace to the town” after the "
     "vote.\n", "disgrace", "a local councillor", "call"),
    # an organisation's kind: the name is no person (the cue reader's own reading stands)
    ("Tom Reed runs the depot. A company called Harlow Freight, which owns the site, says it "
     "will “keep every job”.\n", "every job", "Harlow Freight", "say"),
    # the earlier speaker keeps the earlier quotation
    (STUDENT, "until they listen", "Ann Lee", "say"),
])
def test_naming_guards(text: str, words: str, speaker: str, cue: str,
                       ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert (row.speaker, row.cue) == (speaker, cue)
