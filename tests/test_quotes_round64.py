"""Unit tests (invented text, invented names and events) for quotes round 64: first-person and
relative/possessive pronoun Sources on PolNeAR train A-C.

Step 1 (``helpers/instruments/quotes/writer_names.py``): the writer's singular ``I`` in
narration keeps the speaker ``the writer`` (``the interviewer``) and takes, as
``speaker_author``, the writer the article names in a book excerpt's credit line (``From …
by X``) or an opinion piece's closing tagline (``X is a …``). Each non-guard test fails before
its step (see the round 64 notes in ``docs/notes/real_news.md``) and passes after it, with
both choosers; the guards check what must not change.
"""

from __future__ import annotations

import pandas as pd
import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.evaluate.quotes import predicted_speaker_right
from helpers.instruments.quotes.lone_surname_subjects import speaks_elsewhere, without_adverb
from helpers.instruments.quotes.pronoun_saying_nouns import pronoun_saying_noun, subject_form
from helpers.instruments.quotes.recipient_documents import recipient_document
from helpers.instruments.quotes.writer_names import writer_name

EXCERPT = (
    "A day in court, part two\n\n"
    "The judge then turned to me and waited. \"Your Honour,\" I said, \"I would like to "
    "explain why I did it.\"\n\n"
    "He listened without a word.\n\n"
    "From THE LONG ROAD HOME by Ann Varga. Copyright 2015 by Ann Varga. Reprinted with "
    "permission.\n")

TAGLINE = (
    "What the council owes our children\n\n"
    "Last week I sat through four hours of the budget debate. When the vote came, I told the "
    "chairman, \"You have closed the last library in the valley.\"\n\n"
    "Nobody answered.\n\n"
    "Mara Quill is a retired teacher in Dunmore and a governor of two schools.\n")

NEWS_CLOSING = (
    "Council closes library\n\n"
    "I asked the chairman about the vote on Monday. \"It was a hard choice,\" Tom Reed said.\n\n"
    "The council meets again in May.\n\n"
    "Reed is expected to stand down in the autumn.\n")

WE_TAGLINE = (
    "Why we marched\n\n"
    "On Saturday we told the mayor, \"Keep the ferry running.\"\n\n"
    "Mara Quill is a retired teacher in Dunmore.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_excerpt_credit_names_the_writer_of_i(ranker: str | None) -> None:
    for words in ("Your Honour", "would like to explain"):
        row = _row(EXCERPT, words, ranker)
        assert row["speaker_type"] == "writer"
        assert row["speaker_author"] == "Ann Varga"


@pytest.mark.parametrize("ranker", RANKERS)
def test_closing_tagline_names_the_writer_of_i(ranker: str | None) -> None:
    row = _row(TAGLINE, "closed the last library", ranker)
    assert row["speaker"] == "the writer"
    assert row["speaker_author"] == "Mara Quill"


def test_the_scorer_counts_the_named_writer() -> None:
    row = _row(TAGLINE, "closed the last library", "default")
    pred = pd.DataFrame([row]).reset_index(drop=True)
    assert predicted_speaker_right(pred, 0, "Mara Quill")


# guards

@pytest.mark.parametrize("ranker", RANKERS)
def test_a_named_speaker_takes_no_writer(ranker: str | None) -> None:
    row = _row(NEWS_CLOSING, "hard choice", ranker)
    assert row["speaker"] == "Tom Reed"
    assert row["speaker_author"] == ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_we_is_more_than_the_writer(ranker: str | None) -> None:
    row = _row(WE_TAGLINE, "ferry", ranker)
    assert row["speaker_author"] == ""


def test_a_news_report_closing_on_a_person_is_no_tagline() -> None:
    body = ["The council meets again in May.", "Reed is expected to stand down in the autumn."]
    assert writer_name(["body", "body"], body) == ""
    assert writer_name(["body"], ["It is a long road for the valley."]) == ""
    assert writer_name(["body"], ["Tom Reed is president of the Dunmore Rowing Club."]) \
        == "Tom Reed"


# step 2 (``helpers/instruments/quotes/recipient_documents.py``): ``X sent an email to
# supporters saying: "…"`` is X's, past the recipients

TO_SUPPORTERS = (
    "Harbour seat won\n\n"
    "Ann Varga won the harbour seat on Tuesday. Within the hour, her campaign sent out a text "
    "message to supporters saying: \"We held the valley tonight.\"\n")

TO_MEMBERS = (
    "Union vote\n\n"
    "The Dunmore Rowing Club lost its appeal on Monday. The club quickly put out an email to "
    "members stating, \"The boathouse will stay open all winter.\"\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_an_issuer_speaks_past_the_recipients(ranker: str | None) -> None:
    assert _row(TO_SUPPORTERS, "held the valley", ranker)["speaker"] == "her campaign"
    # the club, by its description or by the name the article gave it
    assert _row(TO_MEMBERS, "boathouse", ranker)["speaker"] in (
        "The club", "Dunmore Rowing Club", "The Dunmore Rowing Club")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_document_without_recipients_keeps_its_issuer(ranker: str | None) -> None:
    text = ("Harbour seat won\n\n"
            "Ann Varga won on Tuesday. Her campaign put out a statement saying: \"We held the "
            "valley.\"\n")
    assert _row(text, "held the valley", ranker)["speaker"] == "her campaign"


def test_recipient_document_reads_only_a_document() -> None:
    assert recipient_document("an email to supporters")
    assert recipient_document("a letter to House members")
    assert not recipient_document("a trip to Dover")
    assert not recipient_document("the road to the harbour")


# step 3 (``helpers/instruments/quotes/lone_surname_subjects.py``): a lone surname opening a
# clause before a past-tense verb is a person when the article writes it elsewhere as a
# speaker

LONE_SURNAME = (
    "Count goes on\n\n"
    "\"We will hold the line,\" Paul Lane told a radio host.\n\n"
    "Reed also addressed Lane's general concerns last Thursday, stating that the count was "
    "fair.\n\n"
    "\"There is no fraud in this state,\" he added. \"None at all,\" Reed stated.\n")

LONE_SURNAME_DEFIED = (
    "Debate night\n\n"
    "Varga spoke first and at length. Hale defied the question, and made no choice. "
    "\"I will back the winner,\" he said.\n\n"
    "Later that night Hale told reporters he had meant every word.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_lone_surname_subject_written_elsewhere_as_a_speaker(ranker: str | None) -> None:
    assert _row(LONE_SURNAME, "no fraud", ranker)["speaker"] == "Reed"
    assert _row(LONE_SURNAME_DEFIED, "back the winner", ranker)["speaker"] == "Hale"


def test_speaks_elsewhere_needs_another_place() -> None:
    text = "Hale defied the question. Later Hale told reporters he meant it."
    assert speaks_elsewhere("Hale", text, 0)
    assert not speaks_elsewhere("Hale", "Hale defied the question and left.", 0)
    assert without_adverb(" also addressed the crowd") == " addressed the crowd"


# step 4 (``helpers/instruments/quotes/pronoun_saying_nouns.py``): a noun of saying whose
# possessor is a pronoun gives the quotation to the pronoun's referent

HER_COMMENT = (
    "Miners wait\n\n"
    "Ann Varga spoke in Dover on Friday. The miners' union is unlikely to back the council "
    "after her March comment that, \"We will close every pit in the valley.\"\n")

HIS_ARGUMENT = (
    "Ferry fight\n\n"
    "Critics will attack Tom Reed over the harbour tax and his confusing argument in favor "
    "of \"free ferries\" for every island.\n")

OUTER_REPORTER = (
    "Ferry fight\n\n"
    "Ann Varga spoke first. Tom Reed said her claim that the ferries were \"a lifeline\" was "
    "wrong.\n")


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_pronoun_possessor_of_a_saying_noun_speaks(ranker: str | None) -> None:
    assert _row(HER_COMMENT, "close every pit", ranker)["speaker"] == "Ann Varga"
    assert _row(HIS_ARGUMENT, "free ferries", ranker)["speaker"] == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_outer_reporter_keeps_the_words(ranker: str | None) -> None:
    # "X said her claim that …": the outer reporter's attribution (round 26's convention)
    assert _row(OUTER_REPORTER, "a lifeline", ranker)["speaker"] == "Tom Reed"


def test_pronoun_saying_noun_needs_the_complement_and_no_outer_reporter() -> None:
    assert pronoun_saying_noun("Voters in Dover remember her comment that, ") is not None
    assert pronoun_saying_noun("Voters in Dover remember her comment about the long winter in the "
                               "valley and the ") is None
    assert pronoun_saying_noun("Reed said her claim that ") is None
    assert subject_form("Her") == "she" and subject_form("Ann Varga") == "Ann Varga"
