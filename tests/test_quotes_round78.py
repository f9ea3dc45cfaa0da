"""Unit tests (invented text, invented names) for quotes round 78: in an article the rules read
as one person's interview, a cue-less quotation right after ANOTHER person's cued or reported
words is that person's (``helpers/instruments/quotes/interview_asides.py``).

Each article below is Ann Lee's interview for the rules (she holds most named attributions).
The non-guard tests fail before the step (the quotation went to the interviewee, Ann Lee) and
pass after it, with both choosers; the guards (near misses a reviewer would try: a question
answered, the interviewee as the later subject, a verb that reports no speech, a group, a name
inside the reported clause before its pronoun) pass before and after.
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

#: the opening of every invented interview: two of Ann Lee's quotations, cued by name
OPENING = ("Ann Lee says the race is hers to lose. \"I have never felt better about a campaign,\" "
           "Lee says.\n\n\"We knocked on ten thousand doors this month,\" Lee says.\n\n")
#: the same in the past tense (an interview in content, news copy in form)
OPENING_PAST = OPENING.replace("Lee says.", "Lee said.")
CLOSING = "\"The buses will run on time,\" Lee says.\n\n\"I am staying the course,\" Lee says.\n"
CLOSING_PAST = CLOSING.replace("Lee says.", "Lee said.")

TWEET = (OPENING + "Tom Reed, her rival, has kept up his attacks on the campaign trail this "
         "week.\n\n\"The polls are wrong again and we will win it!\" he tweeted during the "
         "debate.\n\n\"She has no plan for the buses and no plan for the trains at all.\"\n\n"
         + CLOSING)
REPORTED = (OPENING_PAST + "Jack Hunt, a retired teacher in Leeds, said he will not vote for "
            "Lee. Also, the plan is too costly, he said. \"It is a waste of good money!\"\n\n"
            + CLOSING_PAST)


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (TWEET, "no plan for the buses", "Tom Reed"),
    (REPORTED, "a waste of good money", "Jack Hunt"),
])
def test_another_persons_words_go_on(text: str, words: str, speaker: str,
                                     ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize("text", [TWEET, REPORTED])
def test_the_interviewee_keeps_her_own_rows(text: str, ranker: str | None) -> None:
    """The step moves only the row after the other person's words."""
    assert _row(text, "staying the course", ranker).speaker == "Ann Lee"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), [
    # a question by another person is answered by the interviewee, not continued
    (OPENING + "\"Will you run again next year?\" Tom Reed asked her on the radio.\n\n"
     "\"Not this time, and maybe never again.\"\n\n" + CLOSING, "Not this time"),
    # the interviewee is the subject after the other person's quotation
    (OPENING + "\"The polls are wrong again!\" Tom Reed said on Sunday. Lee shrugged it off at "
     "the rally.\n\n\"He says that every single week of the year.\"\n\n" + CLOSING,
     "every single week"),
    # the other person is a subject, but of no verb of saying
    (OPENING_PAST + "Tom Reed lost the vote in May and left the council. \"It was the end of an "
     "era for the town.\"\n\n" + CLOSING_PAST, "end of an era"),
    # the last subject before the quotation is the interviewee's
    (OPENING_PAST + "Tom Reed said the plan was a mistake. Lee disagrees with him. \"It is the "
     "best plan we have had.\"\n\n" + CLOSING_PAST, "best plan"),
    # a group reported speaking is no person the quotation could go on with
    (OPENING_PAST + "Voters in Leeds said the plan was a mistake. \"It is the best plan we have "
     "had.\"\n\n" + CLOSING_PAST, "best plan"),
    # a pronoun after a reported clause that names someone: its antecedent is not read here
    (OPENING_PAST + "Tom Reed, her rival, said the plan was a mistake. Also, Lee has no idea "
     "about trains, he said. \"She never takes the train!\"\n\n" + CLOSING_PAST,
     "never takes the train"),
])
def test_near_misses_stay_with_the_interviewee(text: str, words: str,
                                               ranker: str | None) -> None:
    """Guards: where no other person's words stand right before, the interviewee speaks."""
    assert _row(text, words, ranker).speaker == "Ann Lee"


@pytest.mark.parametrize("ranker", RANKERS)
def test_outside_an_interview_nothing_changes(ranker: str | None) -> None:
    """Guard: a news report with no interviewee already reads the quotation after a cued one
    in the paragraph before as its speaker's going on (the rule is the interview route's)."""
    text = ("Tom Reed spoke at the rally on Sunday.\n\n\"The polls are wrong again!\" he said.\n\n"
            "\"She has no plan for the buses at all.\"\n\nAnn Lee did not reply.\n")
    assert _row(text, "no plan for the buses", ranker).speaker == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_coordinated_object_is_not_the_speaker(ranker: str | None) -> None:
    """`X told A and B that …. "…"`: the one reported speaking is the subject, not a conjunct
    of the coordinated object (fails before the step: the interviewee)."""
    text = (OPENING_PAST + "Tom Reed told Ann Lee and Jack Hunt that the plan was dead. \"It was "
            "never going to pass.\"\n\n" + CLOSING_PAST)
    assert _row(text, "never going to pass", ranker).speaker == "Tom Reed"


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "not_speakers"), [
    # a company named by two surnames joined by `and`: neither surname is a person speaking
    (OPENING_PAST + "Marks and Spencer said in a statement that the store would close. \"We "
     "thank our loyal customers.\"\n\n" + CLOSING_PAST, "loyal customers",
     {"Marks", "Spencer"}),
    # `between X and Y` inside a subject that is no person
    (OPENING_PAST + "The choice between Tom Reed and Jack Hunt said a lot about the party. \"It "
     "is a party that has lost its way.\"\n\n" + CLOSING_PAST, "lost its way",
     {"Tom Reed", "Jack Hunt"}),
])
def test_no_conjunct_is_taken_for_the_speaker(text: str, words: str, not_speakers: set[str],
                                              ranker: str | None) -> None:
    """Guards: the step takes a reported subject whole, never one conjunct of it."""
    assert _row(text, words, ranker).speaker not in not_speakers
