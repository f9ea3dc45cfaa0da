"""Unit tests (invented text) for the quote rules of issue 13, round 21: who speaks when the
report clause closes the sentence, a bare plural subject before the quotation, and the
pronoun antecedent after a change of subject."""

from __future__ import annotations

from tests.test_quotes_round13 import _row


def test_a_report_clause_closing_the_sentence_beats_a_cue_noun() -> None:
    # before: the cue noun `remarks` gave the quotation to its possessor, Lopez
    text = ("Maria Lopez spoke at the rally on Monday. The council rejected the plan.\n\n"
            "Lopez’s remarks further “the climate of fear” stoked by the mayor and his allies, "
            "the unions say. They want an apology.\n")
    r = _row(text, "the climate of fear")
    assert r.speaker == "the unions"
    assert r.cue == "say"


def test_a_cue_noun_still_speaks_when_no_report_clause_closes_the_sentence() -> None:
    # guard: with no report clause after it, the cue noun keeps its possessor as speaker
    text = ("The mayor spoke on Monday.\n\n"
            "In a statement, Maria Lopez called the plan “a disaster for the town” and left.\n")
    r = _row(text, "a disaster for")
    assert r.speaker == "Maria Lopez"


def test_a_bare_plural_with_a_capitalised_modifier_opening_the_sentence_speaks() -> None:
    # before: the sentence-initial modifier (`Corporate`) kept the bare plural from matching,
    # and the quotation went to the person named before it
    text = ("Tom Reed spends much of his time abroad, his friends said.\n\n"
            "Corporate lobbyists describe such work as \"a different kind of job\" than the "
            "usual contract work.\n")
    r = _row(text, "a different kind")
    assert (r.speaker, r.cue) == ("Corporate lobbyists", "describe")


def test_a_bare_plural_after_a_conjunction_speaks_and_a_name_keeps_its_verb() -> None:
    text = ("Tom Reed spoke on Monday.\n\n"
            "But officials describe the plan as \"a disaster in waiting.\"\n\n"
            "Ann Lowe told reporters she was \"very pleased\" with it.\n")
    assert _row(text, "a disaster").speaker == "officials"
    assert _row(text, "very pleased").speaker == "Ann Lowe"  # guard: `told reporters`


def test_an_epithet_after_a_naming_verb_is_a_label_whoever_gives_it() -> None:
    # with the bare plural now read as the subject, `call her "the X"` got a speaker and
    # became speech; a definite epithet is a label (a short opinion word stays speech)
    from helpers.instruments.quotes import extract_quotes_text

    q = extract_quotes_text("She is 61. Councillors call her “the Quartermaster”, half in "
                            "admiration.\n\nTom Reed spoke. Ann Lowe called him “dopey” on "
                            "Monday.\n")
    kinds = dict(zip(q["text"], q["kind"]))
    assert kinds["the Quartermaster"] == "term"
    assert kinds["dopey"] == "speech"


_TWO_SPEAKERS = (
    "Unions ask two candidates about pay.\n\n"
    "Tom Reed said: \"We will raise pay for every worker in the service this year.\"\n\n"
    "Reed also said: \"The freeze was a mistake and it will not happen again.\"\n\n"
    "Ann Lowe said: \"Pay has to follow the cost of living, year after year.\"\n\n"
    "Reed said: \"Nobody should wait three years for a raise, not in this economy.\"\n\n"
    "Ann Lowe said: \"I saw how hard the freeze was on the staff I worked with.\"\n\n"
    "Lowe backs the bill. \"We need fair elections for every union in the land.\"\n")


def test_two_people_quoted_by_name_make_no_interview() -> None:
    # before: Reed held 3 of the 5 named attributions, the article was read as his interview
    # and every cue-less quotation went to him, even one right after Lowe is the subject
    r = _row(_TWO_SPEAKERS, "We need fair")
    assert r.speaker == "Ann Lowe"


def test_one_dominant_speaker_still_makes_an_interview() -> None:
    # guard: with no second person quoted twice by name, the dominant speaker is the
    # interviewee and takes a cue-less quotation after another subject
    text = _TWO_SPEAKERS.replace("Ann Lowe said: \"I saw how hard the freeze was on the staff "
                                 "I worked with.\"\n\n", "")
    r = _row(text, "We need fair")
    assert r.speaker == "Tom Reed"


def test_a_subject_with_a_party_label_and_an_apposition_takes_the_next_he() -> None:
    # before: `(D-Calif.), chairman of …, didn’t` hid the subject, and `he` went to the man
    # named before (Reed)
    text = ("“It is fine,” Tom Reed said.\n\n"
            "Rep. Carl Lowe (D-Calif.), chairman of the House Budget Committee, didn’t "
            "second-guess Reed’s recommendation on spending, but he did call for more reviews. "
            "“I hope the board will look at this again,” he said in a statement.\n")
    assert _row(text, "I hope the board").speaker == "Carl Lowe"


def test_a_participle_after_the_quotation_has_the_clause_subject_not_its_object() -> None:
    # before: `telling Channel 4` was read as an inverted post-cue (`said X`): the addressee
    # became the speaker
    text = ("The union did not want to address “that man,” telling Channel 4 that it was "
            "focused on pay.\n")
    r = _row(text, "that man")
    assert (r.speaker, r.cue) == ("the union", "tell")


def test_an_inverted_post_cue_still_names_the_speaker() -> None:
    text = "Tom Reed spoke first.\n\n“We will win,” said Ann Lowe, a nurse.\n"
    assert _row(text, "We will win").speaker == "Ann Lowe"  # guard


def test_a_sentence_opening_adverb_or_preposition_is_no_speaker() -> None:
    # before: `Ever` / `Alongside BLM` opened the sentence and were read as the cue's subject
    text = ("Tom Reed spoke.\n\n"
            "Ever since she endorsed Tom Reed this month, Ann Lowe has been a powerful "
            "surrogate, visiting the staff with a simple message: “Do not mess this up!”\n\n"
            "Alongside union calls for action, even a senior party strategist said the mayor "
            "must choose, saying, “At some point she will have to come out and say where she "
            "stands.”\n")
    assert _row(text, "Do not mess").speaker == "Ann Lowe"
    assert _row(text, "At some point").speaker == "a senior party strategist"
