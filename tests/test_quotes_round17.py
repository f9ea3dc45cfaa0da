"""Unit tests (invented text) for the quote rules of issue 13, round 17: verbs of saying that
are a cue only right after the quotation, the subject after an apposition, and given names
before a surname after a post-cue."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text
from tests.test_quotes_round13 import _row

_LEAD = "Mayor Jo Perkins spoke first at the fair. Dana Whitlow listened.\n\n"


def test_a_post_only_verb_after_the_quotation_with_the_name_before_it() -> None:
    # "…," X remembered: before round 17 `remember` was no cue, so the quotation went to the
    # context speaker (Perkins) or had none
    r = _row(_LEAD + "\"We sold every pie by noon,\" Whitlow remembered.\n", "We sold every")
    assert (r.speaker, r.cue, r.attribution) == ("Dana Whitlow", "remember", "post-cue")


def test_a_post_only_verb_after_the_quotation_with_the_name_after_it() -> None:
    r = _row(_LEAD + "\"Get off the stage,\" barked a steward.\n", "Get off the")
    assert (r.speaker, r.cue) == ("a steward", "bark")
    r = _row(_LEAD + "\"Why now?\" questioned Whitlow.\n", "Why now")
    assert (r.speaker, r.cue) == ("Dana Whitlow", "question")


def test_a_post_only_verb_with_a_described_speaker() -> None:
    r = _row(_LEAD + "\"I never voted for him,\" one farmer confessed.\n", "I never voted")
    assert (r.speaker, r.cue) == ("one farmer", "confess")


def test_a_post_only_verb_is_no_cue_before_a_quotation() -> None:
    # guard: in narration `questioned` reports an act (the quotation is not Whitlow's words)
    r = _row(_LEAD + "Whitlow questioned the plan. Perkins said: \"The plan stands.\"\n",
             "The plan stands")
    assert r.speaker == "Mayor Jo Perkins" or r.speaker.endswith("Perkins")
    assert r.cue == "say"


def test_a_post_only_verb_with_an_object_after_a_quoted_title_is_narration() -> None:
    # `"Morning Hour," Whitlow questioned the plan`: the quotation marks hold a show's name and
    # the sentence is narration; before the object guard the title became Whitlow's speech
    q = extract_quotes_text(_LEAD + "Later on \"Morning Hour,\" Whitlow questioned the plan.\n")
    title = q[q["text"].str.startswith("Morning Hour")]
    assert len(title) == 1 and title.iloc[0].cue != "question"
    r = _row(_LEAD + "\"Who pays for it?\" Whitlow questioned sharply.\n", "Who pays")
    assert (r.speaker, r.cue) == ("Dana Whitlow", "question")


def test_a_post_only_verb_before_a_conjunction_or_preposition_is_a_cue() -> None:
    r = _row(_LEAD + "\"Sit down,\" Whitlow barked and a steward led Perkins away.\n", "Sit down")
    assert (r.speaker, r.cue) == ("Dana Whitlow", "bark")
    r = _row(_LEAD + "\"I took the money,\" Whitlow confessed to reporters.\n", "I took the")
    assert (r.speaker, r.cue) == ("Dana Whitlow", "confess")


def test_a_given_name_that_is_a_sentence_word_stays_after_a_post_cue() -> None:
    # `"…," said Will Doyle`: before round 17 the name cleaner dropped `Will` (the modal at a
    # sentence start) and the speaker was the bare surname `Doyle`
    text = _LEAD + "\"We sold every pie by noon,\" said Will Doyle, a baker.\n"
    assert _row(text, "We sold every").speaker == "Will Doyle"
    text = _LEAD + "\"We sold every pie by noon,\" Will Doyle said.\n"
    assert _row(text, "We sold every").speaker == "Will Doyle"


def test_a_modal_will_at_a_sentence_start_is_no_given_name() -> None:
    # guard: the narration's `Will Perkins …?` is no person `Will Perkins`
    text = _LEAD + "Will Perkins win again? \"Nobody knows,\" said Dana Whitlow.\n"
    assert _row(text, "Nobody knows").speaker == "Dana Whitlow"
    q = extract_quotes_text(text)
    assert not q["speaker"].str.contains("Will Perkins").any()


def test_a_name_before_an_of_phrase_or_a_parenthesis_and_a_verb_is_a_subject() -> None:
    # R1a of the train pronoun audit: `Laura Whitlow of the Dover Bakers Guild walked …` /
    # `Laura Whitlow (D-Dover) walked …` make Whitlow the subject, so the next `she` is hers;
    # before round 17 it went to the woman named before (Perkins, a subject)
    lead = "Mayor Jane Perkins spoke first at the fair. "
    for middle in ("of the Dover Bakers Guild", "(D-Dover)", "at the Dover Bakers Guild"):
        text = lead + f"Laura Whitlow {middle} walked to the stage. She said: \"Prices are up.\"\n"
        assert _row(text, "Prices are up").speaker == "Laura Whitlow", middle


def test_a_name_inside_a_sentence_before_an_of_phrase_is_left_as_it_was() -> None:
    # guard: R1a needs the name to open its sentence (`… met Laura Whitlow of the Guild …`)
    text = ("Mayor Jane Perkins spoke first at the fair. She met Laura Whitlow of the Dover "
            "Bakers Guild there. She said: \"Prices are up.\"\n")
    assert _row(text, "Prices are up").speaker.endswith("Jane Perkins")
