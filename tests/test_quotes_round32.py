"""Unit tests (invented text) for the quote rules of issue 13, round 32: sentence ends hidden
inside quotation marks, and pronoun subjects written with a contraction.

Step 1: a quotation that ends its sentence with a full stop inside its marks (``… the levy
was "a fair deal."``) ends that sentence for the sentence cue of a later quotation, so the
later quotation takes the reporting verb and subject of its own sentence, not those of the
sentence before; when its own sentence holds no cue, the earlier reading stands (a short
quotation is not turned into a term).

Step 2: a pronoun subject written with a contracted auxiliary (``He’s predicting``,
``She’s warned``) is the pronoun: before, the name pattern read ``He’s`` as a one-word
name, which is no speaker, so the quotation was left without one.

Step 3: the ``he``/``she`` of an answer (``He replied:``, ``she answered``) is the person named
as the object of ``asked`` in the same sentence or the one before (``A reporter asked Hale how
he felt. He replied: "…"``), not the asker, the latest subject.

Checked with the rules alone (``ranker="rules"``) and with the default chooser."""

from __future__ import annotations

from ranker_rows import BOTH_RANKERS, speech_row


# --------------------------------------------------------------------------- step 1
@BOTH_RANKERS
def test_quotation_ending_its_sentence_ends_it_for_the_next_cue(ranker: str) -> None:
    text = ("Asked about the budget at the town hall, Tom Hale said, \u201cWe made "
            "mistakes.\u201d Ann Dunn followed that by saying, \u201cThe schools come first "
            "this year and every year after.\u201d\n")
    assert speech_row(text, "The schools come", ranker)["speaker"] == "Ann Dunn"


@BOTH_RANKERS
def test_question_then_named_asker_keeps_the_asker(ranker: str) -> None:
    """Regression (passes before and after step 1): ``"…?" Hale asked …, and then answered,
    "…"`` — a question mark inside the marks is often followed by the speaker's name; step 1
    counts only a full stop, and the asker keeps the answer."""
    text = ("\u201cWho pays for the new road?\u201d Tom Hale asked the crowd, and then "
            "answered, \u201cThe farmers pay for all of it, every single year.\u201d\n")
    assert speech_row(text, "The farmers pay", ranker)["speaker"] == "Tom Hale"


@BOTH_RANKERS
def test_short_quotation_in_a_sentence_without_a_cue_stays_speech(ranker: str) -> None:
    """Guard: a short quotation whose own sentence has no reporting verb keeps the reading
    it had (speech of the subject of the sentence before), not a term."""
    text = ("Tom Hale rallied farmers in Dane County on Monday.\n\n"
            "Hale says he goes \u201cback to the fields tomorrow.\u201d Given the cold, his "
            "plan for a \u201cquick harvest\u201d looks bold.\n")
    assert speech_row(text, "quick harvest", ranker)["speaker"] == "Tom Hale"


# --------------------------------------------------------------------------- step 2
@BOTH_RANKERS
def test_contracted_he_is_the_pronoun(ranker: str) -> None:
    text = ("Tom Hale rallied farmers in Dane County on Monday.\n\n"
            "He\u2019s predicting he will do \u201cvery, very well\u201d in the next county.\n")
    assert speech_row(text, "very, very well", ranker)["speaker"] == "Tom Hale"


@BOTH_RANKERS
def test_contracted_she_is_the_pronoun(ranker: str) -> None:
    text = ("Ann Dunn spoke to farmers in Dane County on Monday.\n\n"
            "She\u2019s warned that the farms are \u201cin real trouble\u201d this year.\n")
    assert speech_row(text, "in real trouble", ranker)["speaker"] == "Ann Dunn"


# --------------------------------------------------------------------------- step 3
_FAIR = "Tom Hale toured the farm show in Dane County on Monday.\n\n"


@BOTH_RANKERS
def test_reply_pronoun_is_the_person_asked(ranker: str) -> None:
    text = _FAIR + ("A reporter asked Hale how he was feeling about the vote. He replied: "
                    "\u201cThe bigger the crowd, the better I feel about it.\u201d\n")
    assert speech_row(text, "The bigger the crowd", ranker)["speaker"] == "Tom Hale"


def test_reply_pronoun_asked_two_sentences_back_is_not_taken() -> None:
    """Guard: the person asked counts only in the answer's sentence or the one before."""
    text = _FAIR + ("Bob Dunn asked Hale about the tax. The hall went quiet for a while. Dunn "
                    "waited. He replied: \u201cThe tax stays where it is until the spring.\u201d\n")
    assert speech_row(text, "The tax stays", "rules")["speaker"] != "Tom Hale"
