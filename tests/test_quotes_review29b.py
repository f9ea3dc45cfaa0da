"""Unit tests (invented text, invented names) for review review29b of quotes round 82 (issue 13).

Round 82's ``in_document_authors`` took the words before ``, in a <document>`` as the
document's author; a fronted adverbial there (``Last year, in a report …``, ``On Monday, in a
statement …``, ``According to Ann Lee, in a report …``, ``Unusually, in a letter …``) is no
author. The fix (``data/lexicons/in_phrase_non_subjects.csv`` and a single word in ``-ly``;
step 2: a free relative, ``What Ann Lee said in the letter``, and ``Three years later,``)
leaves the document with no author from the ``in``-phrase. The misfire tests fail on the merge
of round 82 (``c16d246f``; step 2's also on step 1) and pass after the fix; the guards pass
before and after.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.in_document_authors import in_phrase_author
from helpers.instruments.quotes.what_one_calls import what_one_before

ADVERBIALS = [
    ("Last year, in a report on child poverty, the commission warned of hardship. The report "
     "said many homes were \"at breaking point\".\n", "breaking point"),
    ("On Monday, in a statement, the board said the plan was dead. The statement added that "
     "the scheme had been \"a costly mistake\".\n", "costly mistake"),
    ("According to Ann Lee, in a report for the trust, the ward was full. The report called "
     "the ward \"a disgrace\".\n", "disgrace"),
    ("Unusually, in a letter to MPs, the chancellor admitted the figures were wrong. The "
     "letter called the error \"regrettable\".\n", "regrettable"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words", ADVERBIALS)
def test_fronted_adverbial_is_no_author(text: str, words: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row["speaker_type"] == "document"
    assert row["speaker_author"] == ""


@pytest.mark.parametrize("before", ["In 2019, ", "Separately, ", "However, ", "Yesterday, ",
                                    "At the time, ", "Earlier this year, "])
def test_fronted_adverbial_unit(before: str) -> None:
    text = before + "in a letter to the board"
    assert in_phrase_author(text, text.index("letter")) == ""


GUARDS = [
    # a subject before the comma, with or without a title, stays the author
    ("The Treasury, in a statement released overnight, called the claim \"nonsense\". The "
     "statement added that the sums were \"fully costed\".\n", "fully costed", "the treasury"),
    ("Ann Lee said in a tweet that she was leaving. The tweet called the party \"a sinking "
     "ship\".\n", "sinking ship", "ann lee"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words,author", GUARDS)
def test_subject_stays_author(text: str, words: str, author: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row["speaker_author"].lower() == author


# step 2: a free relative (``What Ann Lee said in the letter was …``) and a time adverbial
# ending in ``ago`` / ``later`` are no author either
FREE_RELATIVES = [
    ("What Ann Lee said in the letter was plain enough. The letter called the merger \"a "
     "betrayal of the members\".\n", "betrayal"),
    ("Three years later, in a report to the council, the auditors found the same gap. The "
     "report called the accounts \"a work of fiction\".\n", "work of fiction"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text,words", FREE_RELATIVES)
def test_free_relative_is_no_author(text: str, words: str, ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert row["speaker_type"] == "document"
    assert row["speaker_author"] == ""


@pytest.mark.parametrize("text,noun", [
    ("Everything the minister said in the letter", "letter"),
    ("Not once has the minister said in a letter", "letter"),
    ("A week ago, in a letter to the board", "letter"),
])
def test_free_relative_unit(text: str, noun: str) -> None:
    assert in_phrase_author(text, text.index(noun)) == ""


def test_plural_subject_with_time_word_is_kept() -> None:
    # ``later`` / ``ago`` end a subject only as its last word; a subject naming people stays
    text = "Two MPs, in a letter to the board"
    assert in_phrase_author(text, text.index("letter")) == "Two MPs"


# step 3: ``what one family calls`` is a described one (``family`` is a noun in ``-ly``, not an
# adverb between ``one`` and its verb): no elliptic ``one`` read from the residents before
def test_what_one_family_is_no_elliptic_one() -> None:
    assert what_one_before("They toured what one family ") is None
    assert what_one_before("They toured what one privately ").group("np") == "one"


@pytest.mark.parametrize("ranker", RANKERS)
def test_what_one_family_calls(ranker: str | None) -> None:
    text = ("Ministers met the residents on Monday. They toured what one family calls \"the damp "
            "flat\".\n")
    row = _row(text, "damp flat", ranker)
    assert "resident" not in row["speaker"]


# step 4: a passive before the ``in``-phrase (``Ann Lee was told in a letter``) names the
# document's addressee or topic, not its author
@pytest.mark.parametrize("ranker", RANKERS)
def test_passive_subject_is_no_author(ranker: str | None) -> None:
    text = ("Ann Lee was told in a letter that her post had gone. The letter called her "
            "\"surplus to requirements\".\n")
    row = _row(text, "surplus", ranker)
    assert row["speaker_type"] == "document"
    assert row["speaker_author"] == ""


@pytest.mark.parametrize("text", ["The plan was announced in a statement",
                                  "Ann Lee has been warned in a letter",
                                  "Staff were asked in a memo"])
def test_passive_unit(text: str) -> None:
    assert in_phrase_author(text, text.rindex(" ") + 1) == ""
    active = text.replace(" has been ", " ").replace(" was ", " ").replace(" were ", " ")
    assert in_phrase_author(active, active.rindex(" ") + 1) != ""
