"""Unit tests (invented text, invented names and events) for review 24c of quotes round 64.

Each non-guard case fails on main ``8709d07`` (round 64 merged) and passes after the review's
fixes, with both choosers; the guards check round 64's intended readings stay:

1. ``writer_names``: a closing ``From … by X`` paragraph with a clause before ``by`` (an
   auxiliary between, or a participle right before ``by``: ``published by Faber``) is no credit
   line; a closing ``X is a …`` about a person the piece has already named is no tagline.
2. ``recipient_documents``: a document with a named possessor and recipients (``Ann Lee's letter
   to members``) keeps its possessor as the author, not the clause's subject.
3. ``pronoun_saying_nouns``: ``her comment on his claim that "…"`` gives the words to the nearer
   noun's possessor (``his``).
4. ``lone_surname_subjects``: a word written elsewhere only as the end of a longer name (``the
   Port of Dover said``) is no evidence that the lone word is a person.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.lone_surname_subjects import speaks_elsewhere
from helpers.instruments.quotes.pronoun_saying_nouns import pronoun_saying_noun
from helpers.instruments.quotes.recipient_documents import recipient_document
from helpers.instruments.quotes.writer_names import writer_name

OPINION = (
    "Why the ferry matters\n\n"
    "Last week I told the harbour board, \"Keep the ferry running.\"\n\n"
    "Nobody answered.\n\n")


@pytest.mark.parametrize("closing", [
    "From the start the scheme was opposed by Paul Hanley, the council leader.\n",
    "From the archive: how the last ferry was saved, by Nell Ashgrove.\n",
    "Excerpted from The Long Crossing, published by Faber and Faber in May.\n",
])
@pytest.mark.parametrize("ranker", RANKERS)
def test_a_closing_clause_with_by_names_no_writer(closing: str, ranker: str | None) -> None:
    row = _row(OPINION + closing, "Keep the ferry", ranker)
    assert row["speaker_type"] == "writer"
    assert row["speaker_author"] == ""


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_closing_verdict_on_a_person_of_the_piece_names_no_writer(ranker: str | None) -> None:
    text = ("The chancellor's gamble\n\n"
            "I met Paul Hanley on Monday and told him, \"That is a choice too.\"\n\n"
            "The vote is next week.\n\n"
            "Paul Hanley is a gambler, and the country will pay for it.\n")
    row = _row(text, "That is a choice", ranker)
    assert row["speaker_type"] == "writer"
    assert row["speaker_author"] == ""


def test_credit_line_and_tagline_guards() -> None:
    # round 64's readings stay: a credit line with a title, a tagline of an unnamed writer,
    # and a tagline whose writer is named only in a byline
    assert writer_name(["body"] * 2, ["I said no.", "From THE LONG ROAD by Nell Ashgrove."]) \
        == "Nell Ashgrove"
    assert writer_name(["body"] * 2, ["I said no.", "Nell Ashgrove is a retired teacher."]) \
        == "Nell Ashgrove"
    assert writer_name(["body"] * 3, ["By Nell Ashgrove", "I said no.",
                                      "Nell Ashgrove is a retired teacher."]) == "Nell Ashgrove"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_named_possessor_of_a_document_to_recipients_is_its_author(ranker: str | None) -> None:
    text = ("Paul Hanley, a volunteer, forwarded Nell Ashgrove's letter to members saying "
            "\"the fight is not over\".\n")
    row = _row(text, "the fight is not over", ranker)
    assert row["speaker"] != "Paul Hanley"
    assert row["speaker_author"] == "Nell Ashgrove"


def test_recipient_document_unit() -> None:
    assert not recipient_document("Nell Ashgrove's letter to members")
    assert not recipient_document("the campaign’s email to supporters")
    assert recipient_document("an email to supporters")  # round 64's reading (guard)
    assert recipient_document("a letter to Hanley's constituents")  # a recipient's possessor


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_noun_of_saying_inside_the_phrase_takes_the_complement(ranker: str | None) -> None:
    text = ("Paul Hanley warned the plan would fail. Nell Ashgrove posted her comment on his "
            "claim that it was \"unworkable\" on Monday.\n")
    row = _row(text, "unworkable", ranker)
    assert row["speaker"] == "Paul Hanley"
    assert row["cue"] == "claim"


def test_pronoun_saying_noun_unit() -> None:
    m = pronoun_saying_noun("She posted her comment on his claim that it was ")
    assert m is not None and m.group("np") == "his" and m.group("noun") == "claim"
    m = pronoun_saying_noun("The row began with her comments before MPs that ")
    assert m is not None and m.group("np") == "her"  # round 64's reading (guard)


@pytest.mark.parametrize("ranker", RANKERS)
def test_the_end_of_a_longer_name_is_no_evidence_for_a_lone_word(ranker: str | None) -> None:
    text = ("Paul Hanley grew up by the harbour. Dunmore voted to leave in 2016. \"It was "
            "about the port,\" he said.\n\n"
            "\"Trade is recovering,\" the Port of Dunmore said in a statement.\n")
    row = _row(text, "It was about the port", ranker)
    assert row["speaker"] == "Paul Hanley"


def test_speaks_elsewhere_unit() -> None:
    text = "Dunmore voted to leave. Later the Port of Dunmore said no. Then Ashgrove said yes."
    assert not speaks_elsewhere("Dunmore", text, 0)
    assert not speaks_elsewhere("Dunmore", "Dunmore voted. Ann Dunmore said no.", 0)
    # the lone word before a reporting verb, after a sentence opener or a title (guards)
    assert speaks_elsewhere("Ashgrove", "Ashgrove voted. Then Ashgrove said yes.", 0)
    assert speaks_elsewhere("Ashgrove", "Ashgrove voted. Mr Ashgrove said yes.", 0)
