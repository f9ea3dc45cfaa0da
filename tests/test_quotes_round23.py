"""Unit tests (invented text) for the quote rules of issue 13, round 23: ``according to`` a
relaying source after a person's post-cue (PolNeAR annotates only the outermost attribution,
so ``"…," Reed said, according to the Ledger`` is the Ledger's), and the guards that keep the
reporting verb's subject when the relay names no speaker."""

from __future__ import annotations

from tests.test_quotes_round13 import _row

_LEAD = "Ana Ruiz and Jo Reed spoke on Monday.\n\n"


def test_according_to_an_outlet_after_a_post_cue_gives_the_outlet() -> None:
    # before: the quotation was Reed's (the post-cue's subject) with the cue `say`
    text = _LEAD + "\"We will win the state,\" Reed said at a rally, according to CNN.\n"
    r = _row(text, "We will win")
    assert r.speaker == "CNN"
    assert r.cue == "according to"
    assert text[r.cue_start:r.cue_end] == "according to"


def test_according_to_a_named_paper_with_its_article() -> None:
    text = _LEAD + ("\"We will win the state,\" Reed told reporters, according to the "
                    "Morning Ledger.\n")
    assert _row(text, "We will win").speaker == "the Morning Ledger"


def test_according_to_a_written_record_after_a_question() -> None:
    text = _LEAD + ("\"What does that plan even mean?\" Ruiz asked, according to a transcript "
                    "of the interview.\n")
    r = _row(text, "What does that plan")
    assert r.speaker == "a transcript"
    assert r.speaker_type == "document"


def test_the_relaying_source_carries_over_to_the_next_piece() -> None:
    text = _LEAD + ("\"Do not protest on the floor,\" Ruiz said, according to CNN. \"It is "
                    "important that you explain this to everyone.\"\n")
    assert _row(text, "It is important").speaker == "CNN"


def test_guard_a_relay_whose_head_names_no_speaker_keeps_the_subject() -> None:
    text = _LEAD + ("\"We will win the state,\" Reed said, according to an hour of "
                    "footage.\n")
    assert _row(text, "We will win").speaker == "Jo Reed"


def test_guard_according_to_in_the_next_sentence_is_not_a_relay() -> None:
    text = _LEAD + ("\"We will win the state,\" Reed said. According to CNN, the race is "
                    "close.\n")
    r = _row(text, "We will win")
    assert r.speaker == "Jo Reed"
    assert r.cue == "say"


def test_a_family_name_first_stands_alone_as_a_subject() -> None:
    # before: the lone `Ban` was no mention (only the last word of a name was known alone),
    # so `he` went to the man named inside the sentence's `that` clause
    text = ("Ban Ki-moon, the secretary general of the United Nations, sat in a hotel.\n\n"
            "\"That was a hard moment for me,\" Ban recalled.\n\n"
            "Asked whether he feared that Donald Trump could win the White House, Ban "
            "demurred.\n\n\"There is no political ideology in science,\" he said.\n")
    r = _row(text, "There is no political")
    assert r.speaker == "Ban Ki-moon"



def test_an_inverted_post_cue_with_a_dotted_abbreviation_in_the_description() -> None:
    # before: the phrase stopped at `U` (`a former U`), no speaker phrase, and the
    # quotation went to the person named before
    text = _LEAD + ("\"There is not a lot you can do,\" said a former U.S. trade official "
                    "who oversaw the talks.\n")
    r = _row(text, "There is not a lot")
    assert r.speaker == "a former U.S. trade official"
    assert r.attribution == "post-cue"


def test_an_inverted_post_cue_with_a_party_member_head() -> None:
    # before: `Democrat` (capitalised) was no head of a description after `said`
    text = _LEAD + ("\"It was not a convincing argument,\" said one Democrat familiar with "
                    "the talks.\n")
    r = _row(text, "It was not a convincing")
    assert r.speaker == "one Democrat"
    assert r.speaker_reason == ""


def test_guard_a_bare_abbreviation_after_said_is_no_speaker() -> None:
    text = _LEAD + "\"It was fine in the end,\" said the U.S. on Monday.\n"
    assert _row(text, "It was fine").speaker != "the U.S."


def test_a_surname_that_is_a_sentence_word_stays_after_a_given_name() -> None:
    # before: `May` was cleaned off as a sentence word and the speaker was `Theresa`
    text = "Theresa May spoke on Monday.\n\n\"We will leave the union,\" said Theresa May.\n"
    assert _row(text, "We will leave").speaker == "Theresa May"


def test_a_lone_modal_word_before_a_past_verb_of_saying_is_a_surname() -> None:
    # before: `Will` (listed for `Will Trump win?`) was no speaker phrase: no speaker at all
    text = ("Columnist George Will wrote an essay on Tuesday.\n\n"
            "\"This might hasten the end of the outsiders,\" Will wrote.\n")
    r = _row(text, "This might hasten")
    assert r.speaker == "George Will"
    assert r.cue == "write"


def test_guard_a_modal_before_a_base_form_is_no_speaker() -> None:
    text = ("Columnist George Will wrote an essay on Tuesday.\n\n"
            "\"This might hasten the end of the outsiders,\" Will say the critics.\n")
    assert _row(text, "This might hasten").speaker_mention != "Will"


def test_a_participle_after_the_head_of_a_relayed_record_ends_the_phrase() -> None:
    # before: the head was read as `conducted` (no speaker noun), so no speaker was given
    text = _LEAD + ("Most voters say Reed \"cares about people like me,\" according to a "
                    "Quinnipiac poll conducted in February.\n")
    r = _row(text, "cares about people")
    assert r.speaker == "a Quinnipiac poll"
    assert r.speaker_type == "document"


def test_a_readout_is_a_written_source() -> None:
    # before: `readout` was no document noun and the quotation had no speaker
    text = _LEAD + ("Reed called Hale \"to discuss the next steps,\" according to a Pentagon "
                    "readout.\n")
    assert _row(text, "to discuss the next").speaker == "a Pentagon readout"


def test_guard_a_participle_before_the_head_stays_in_the_phrase() -> None:
    text = _LEAD + "\"We will win the state,\" said a newly elected senator.\n"
    assert _row(text, "We will win").speaker == "a newly elected senator"


def test_a_description_right_after_the_verb_is_kept_whatever_its_head() -> None:
    # before: the cue found `the designer` but the head-noun test (no list holds
    # `designer`) dropped it: no speaker, here and in the continuation
    text = _LEAD + ("\"It is hard enough to come back to work,\" said the designer, who works "
                    "for another brand. \"But it is harder to know they do not care.\"\n")
    assert _row(text, "It is hard enough").speaker == "the designer"
    assert _row(text, "But it is harder").speaker == "the designer"


def test_guard_a_description_that_is_no_head_stays_dropped() -> None:
    text = _LEAD + "The fight went on all night. \"It was over at last,\" the one said.\n"
    assert _row(text, "It was over").speaker == ""


def test_a_long_description_before_the_post_cue_verb() -> None:
    # before: the subject phrase could hold at most six words after its determiner
    text = _LEAD + ("\"The north is a paranoid, isolated place,\" the independent Vermont "
                    "senator and Democratic presidential candidate told reporters.\n")
    r = _row(text, "The north is")
    assert r.speaker == "the independent Vermont senator and Democratic presidential candidate"
    assert r.cue == "tell"


def test_a_label_opened_by_a_verb_of_saying_names_the_speaker() -> None:
    # before: the whole label `Continued Stone` was taken as the speaker's name
    text = ("Roger Stone spoke on Monday.\n\n"
            "Continued Stone: \"So I think it is a very real problem for us.\"\n")
    r = _row(text, "So I think")
    assert r.speaker == "Roger Stone"
    assert r.cue == "continue"


def test_a_role_before_a_name_closing_the_sentence_attributes_it() -> None:
    # before: the late cue took only a bare name or a description: the quotation went on as
    # a continuation of the person named before
    text = _LEAD + ("\"Boots on the ground\" would be right, Republican candidate Ben Carson "
                    "said after the attacks.\n")
    r = _row(text, "Boots on the ground")
    assert r.speaker == "Ben Carson"
    assert r.cue == "say"
