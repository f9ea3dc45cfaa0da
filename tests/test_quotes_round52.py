"""Unit tests (invented text, invented names and events) for quotes round 52: the author of a
document speaker (``speaker_author``) and its use by the scorers.

Why: the project's guideline ("Written sources") names a written source's author as the
speaker (``The memo notes`` -> the ministry whose memo it is), PolNeAR the document itself.
The instrument keeps the document as ``speaker`` and adds the author the text names for it in
a new column; the scorers count a speaker right when either names the gold speaker. Each test
below failed before its step (see the round 52 notes in ``docs/notes/real_news.md``) and passes
after it; the guards check what must not change.
"""

from __future__ import annotations

import pandas as pd
import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.evaluate.quotes import predicted_speaker_right, score_quotes
from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.document_authors import document_author

MEMO_FROM = (
    "Fishing rows sour the harbour talks\n\n"
    "A memo from the Danish transport ministry, dated 4 May and seen by this magazine, warns "
    "that the quota plan ‘leaves the northern ports stranded’. The memo, marked as a draft, "
    "notes that the ferry subsidy ‘has not risen since the old treaty’.")

LETTER_SIGNED = (
    "Backbench pressure on the ferry plan\n\n"
    "Last Tuesday, 52 Liberal councillors signed a letter this month calling for a pause, "
    "arguing that “a harbour without a ferry is a car park with a view”.")

POSSESSIVE = (
    "The hospital under strain\n\n"
    "The Dunmore trust’s winter report has been read closely in Whitehall. “Beds are full by "
    "October,” the report warns.")

PERSON = (
    "A quiet week in Carnbrae\n\n"
    "“We will open the library again in spring,” said Morag Tennant, the council leader.")


# the column: present, a string, empty for a person speaker

@pytest.mark.parametrize("ranker", RANKERS)
def test_speaker_author_column_is_empty_string_for_a_person(ranker: str | None) -> None:
    df = extract_quotes_text(PERSON, ranker=ranker)
    assert "speaker_author" in df.columns
    assert all(isinstance(v, str) for v in df["speaker_author"])
    row = _row(PERSON, "library", ranker)
    assert row["speaker"] == "Morag Tennant"
    assert row["speaker_author"] == ""


def test_speaker_author_column_on_an_empty_text() -> None:
    df = extract_quotes_text("No quotation here at all.")
    assert "speaker_author" in df.columns and df.empty


# the author of a document speaker

@pytest.mark.parametrize("ranker", RANKERS)
def test_memo_from_a_ministry_chain(ranker: str | None) -> None:
    row = _row(MEMO_FROM, "has not risen", ranker)
    assert row["speaker"].lower() == "the memo"
    assert row["speaker_type"] == "document"
    assert row["speaker_author"] == "the Danish transport ministry"


@pytest.mark.parametrize("ranker", RANKERS)
def test_letter_signed_by_councillors(ranker: str | None) -> None:
    row = _row(LETTER_SIGNED, "car park", ranker)
    assert row["speaker_type"] == "document"
    assert row["speaker_author"] == "52 Liberal councillors"


@pytest.mark.parametrize("ranker", RANKERS)
def test_possessive_author(ranker: str | None) -> None:
    row = _row(POSSESSIVE, "Beds are full", ranker)
    assert row["speaker_type"] == "document"
    assert row["speaker_author"] == "The Dunmore trust"


def test_time_word_is_no_author() -> None:
    text = "Last week’s report was short. “Nothing works,” the report says."
    at = text.index("the report")
    assert document_author(text, "the report", at, at + len("the report"), text.index("“")) == ""


def test_modifier_author_and_sentence_break() -> None:
    text = "The Treasury memo was leaked. “Costs will rise,” the memo says."
    at = text.index("the memo")
    assert document_author(text, "the memo", at, at + 8, text.index("“")) == "Treasury"
    text2 = "He wrote in the Courier. The memo was short. “No,” the memo says."
    at2 = text2.index("the memo")
    assert document_author(text2, "the memo", at2, at2 + 8, text2.index("“")) == ""


# the scorer: speaker or author

def test_scorer_accepts_the_author() -> None:
    pred = pd.DataFrame({"speaker": ["the memo"], "speaker_author": ["the Danish ministry"]})
    assert predicted_speaker_right(pred, 0, "the Danish ministry")
    assert predicted_speaker_right(pred, 0, "the memo")
    assert not predicted_speaker_right(pred, 0, "Morag Tennant")
    old = pd.DataFrame({"speaker": ["the memo"]})  # a frame without the column
    assert not predicted_speaker_right(old, 0, "the Danish ministry")


def test_score_quotes_counts_the_author() -> None:
    pred = extract_quotes_text(MEMO_FROM, source="memo.txt", ranker=None)
    pred = pred[pred["kind"] == "speech"]
    gold = pred[["source", "start", "end", "text", "kind", "cue", "continuation"]].copy()
    gold["speaker"] = "the Danish transport ministry"
    assert score_quotes(pred, gold)["speaker_accuracy"] == 1.0
    assert score_quotes(pred.drop(columns="speaker_author"), gold)["speaker_accuracy"] < 1.0


# step 2: "it" after a document put out by someone, not the latest quoted person

LETTER_PUBLISHED = (
    "Penrose under pressure\n\n"
    "A former harbour minister, now a backbencher with a boat to mend, told this magazine that "
    "the merger talk had “scared the gulls”. He is backing Penrose, though not warmly. “I don’t "
    "admire her,” he said.\n\n"
    "On Monday, 19 councillors from the Quayside group published a letter in the Courier. "
    "“We will not sit with any group that sells the ferry,” it read.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_it_read_after_a_published_letter(ranker: str | None) -> None:
    row = _row(LETTER_PUBLISHED, "sells the ferry", ranker)
    assert row["speaker"] == "a letter"
    assert row["speaker_type"] == "document"
    assert row["speaker_author"] == "19 councillors from the Quayside group"


@pytest.mark.parametrize("ranker", RANKERS)
def test_it_said_after_an_organisation_subject_unchanged(ranker: str | None) -> None:
    # guard: an organisation subject stays the antecedent of "it"
    text = ("Ferry talks stall\n\n"
            "The Quayside Trust released a statement on Monday. “We are not for sale,” it said.")
    row = _row(text, "not for sale", ranker)
    assert "Quayside Trust" in row["speaker"]


# step 3: a definite document with no author of its own: the issuer nearby

ASSESSMENT = (
    "Libraries on the brink\n\n"
    "This week the Carnbrae Reading Trust published its annual survey of county libraries, and "
    "its tone is grim.\n\n"
    "Opening hours have fallen by a third since 2015. “Branches are open on paper and shut in "
    "practice,” the report concludes.")


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_report_after_a_published_survey(ranker: str | None) -> None:
    row = _row(ASSESSMENT, "open on paper", ranker)
    assert row["speaker"] == "the report"
    assert row["speaker_author"] == "the Carnbrae Reading Trust"


def test_an_indefinite_document_takes_no_nearby_issuer() -> None:
    # guard: "a report" is a new document, not the one published before
    text = ("The council published its budget.\n\n"
            "“Nothing adds up,” a report by nobody in particular says.")
    at = text.index("a report")
    assert document_author(text, "a report", at, at + 8, text.index("“")) == ""


# step 4: names and words before a document noun that are no author

def _author(text: str, speaker: str) -> str:
    at = text.index(speaker)
    return document_author(text, speaker, at, at + len(speaker), text.index("“"))


def test_a_capitalised_document_noun_is_a_name() -> None:
    assert _author("The Carnbrae Post ran it. “Shut,” the Carnbrae Post said.",
                   "the Carnbrae Post") == ""


def test_nationality_and_platform_are_no_authors() -> None:
    assert _author("An Egyptian textbook was cited. “Rivers first,” the textbook says.",
                   "the textbook") == ""
    assert _author("The club’s Facebook post drew replies. “Closed,” the post said.",
                   "the post") == "The club"
    assert _author("A Facebook post drew replies. “Closed,” the post said.", "the post") == ""


def test_a_surname_that_is_a_month_is_an_author() -> None:
    assert _author("Hilda May’s letter was read out. “Enough,” the letter said.",
                   "the letter") == "Hilda May"


def test_an_initial_stays_in_the_issuer() -> None:
    assert _author("Ada J. Brell sent a note to staff. “Stay calm,” the note said.",
                   "the note") == "Ada J. Brell"


def test_an_initial_stays_in_a_from_phrase() -> None:
    assert _author("She keeps a note from Ada J. Brell. “You lose,” the note says.",
                   "the note") == "Ada J. Brell"
