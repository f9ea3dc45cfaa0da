"""Unit tests (invented text, invented names) for quotes round 79 (issue 13, British prose).

Step 1: a group named by its relation to someone (``Allies of the prime minister say``,
``Friends of the chancellor, Ann Lee, say``, ``…; aides to the mayor dismiss them as``) is the
speaker, not the person after its preposition nor a name apposed to that person
(``helpers/instruments/quotes/relation_groups.py``). Each non-guard test fails before its step
(see the round 79 notes in ``docs/notes/real_news.md``) and passes after it; the guards (near
misses) pass before and after.

Step 2: a given name standing alone before a simple-tense verb and its object (``Gavin worked
on the docks``, ``Shona cleans offices``) is a person, the antecedent of a later ``he`` /
``she`` (``helpers/instruments/quotes/simple_tense_names.py``).

Step 3: ``one of them`` as a speaker is one of the group named by the last plural person noun
before it in its paragraph (``one of the stewards``), and the sentence-cue reader reads it as
a verb's subject (``…, and one of them told me: "…"``;
``helpers/instruments/quotes/elliptic_one.py``).

Step 4: ``"…," they said`` after an unnamed singular person subject of its paragraph (``A senior
Treasury figure was blunter.``) is that person: the singular ``they``
(``helpers/instruments/quotes/singular_they.py``).
"""

from __future__ import annotations

import pytest
from quote_rows import RANKERS
from quote_rows import one_row as _row

from helpers.instruments.quotes.elliptic_one import elliptic_one, one_of_them_before
from helpers.instruments.quotes.relation_groups import relation_group
from helpers.instruments.quotes.simple_tense_names import simple_tense_subject

WHIP = "Tom Reed is the chief whip. He met the rebels on Monday.\n\n"

GROUPS = [
    (WHIP + "Allies of the prime minister describe the rebels as \"a noisy and tiny "
            "minority\".\n", "tiny minority", "allies of the prime minister"),
    ("Ann Lee was at the dinner on Friday.\n\nFriends of the chancellor, Ann Lee, say she has "
     "\"no interest whatsoever\" in the job.\n", "no interest", "friends of the chancellor"),
    (WHIP + "Backbenchers are drafting a letter; aides to the mayor dismiss them as \"the same "
            "old faces\".\n", "same old faces", "aides to the mayor"),
    (WHIP + "People close to the governor said the plan was \"dead in the water\" by Friday.\n",
     "dead in the water", "people close to the governor"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), GROUPS)
def test_a_group_of_relation_is_the_speaker(text: str, words: str, speaker: str,
                                            ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker.lower() == speaker


GUARDS = [
    # the group is an object, not the clause's subject
    ("Ann Lee spoke last. She thanked the friends of Tom Reed and said the night was \"a "
     "triumph for all of us\".\n", "a triumph", "Ann Lee"),
    # a singular noun of relation with a name: the named person
    ("Tom Reed, a friend of the minister, said the deal was \"a mess from the start\".\n",
     "a mess", "Tom Reed"),
    # the group named in an earlier sentence's object; the later speaker is the subject
    ("Ann Lee praised the allies of Tom Reed. \"They stood firm when it mattered,\" she said.\n",
     "stood firm", "Ann Lee"),
    # the name of a body that opens with a plural of relation
    ("Tom Reed spoke first. Friends of the Coast said the plan was \"a disaster for the "
     "bay\".\n", "disaster", "Friends of the Coast"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), GUARDS)
def test_a_group_of_relation_guard(text: str, words: str, speaker: str,
                                   ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


def test_relation_group_reads_only_a_clause_opening_group() -> None:
    text = "She thanked the friends of Tom Reed and left."
    at = text.index("Tom Reed")
    assert relation_group(text, at, at + len("Tom Reed")) is None
    text = "It ended. Critics of the mayor, Jo Hart, said so."
    at = text.index("Jo Hart")
    grp = relation_group(text, at, at + len("Jo Hart"))
    assert grp is not None and grp.speaker == "Critics of the mayor"


DOCKER = ("Keith Barlow, the warden, opened the doors at six. \"We are full again,\" he said."
          "\n\nGavin worked on the docks for twenty years until his knee went. He now lives "
          "alone in a flat above a bookmaker. \"They call it a safety net,\" he says. \"It is "
          "nothing of the kind.\"\n")
CLEANER = ("Nadia Price chairs the trust. \"We cannot keep up,\" she said.\n\nShona cleans "
           "offices at night and works the tills three evenings a week. She has two sons. \"The "
           "rent went up again in May,\" she says.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (DOCKER, "safety net", "Gavin"),
    (DOCKER, "nothing of the kind", "Gavin"),
    (CLEANER, "rent went up", "Shona"),
])
def test_a_lone_given_name_before_a_simple_tense_verb(text: str, words: str, speaker: str,
                                                     ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker == speaker


@pytest.mark.parametrize("ranker", RANKERS)
def test_a_given_name_that_is_also_a_word_is_no_subject(ranker: str | None) -> None:
    text = ("Keith Barlow runs the shelter on Dock Road. \"We are full again,\" he said.\n\n"
            "Grant funds the new roof this year. \"It will not last beyond March,\" he said.\n")
    assert _row(text, "beyond March", ranker).speaker == "Keith Barlow"


def test_simple_tense_subject_needs_a_verb_and_its_object() -> None:
    assert simple_tense_subject("Gavin drove a lorry.", 0, 5)
    assert not simple_tense_subject("Gavin always knew.", 0, 5)  # an adverb, no verb
    assert not simple_tense_subject("Gavin said.", 0, 5)  # no object: the cue readers' own
    assert not simple_tense_subject("Grant funds the roof.", 0, 5)  # also an English word


ONES = [
    ("Tom Reed chairs the finance committee.\n\nSome forty Green councillors are expected to "
     "vote against the budget, and one of them told me on Friday: \"We were never asked "
     "about any of it.\"\n", "never asked", "one of the Green councillors", "tell"),
    ("Ann Lee won the vote by a street.\n\nThe stewards did not see the joke. One of them, "
     "speaking on condition of anonymity, puts it plainly: \"Nobody here reads the "
     "rulebook.\"\n", "rulebook", "one of the stewards", "put"),
    ("Tom Reed chairs the finance committee.\n\nA group of Tory MPs from the shires meet on "
     "Thursdays in a pub by the river. 'It is a book club, not a faction,' one of them told "
     "me.\n", "book club", "one of the Tory MPs", "tell"),
    ("Ann Lee leads the council.\n\nSeveral of the councillors around her have not ruled "
     "out a vote, and one of them described her future as \"safe until it is not\".\n",
     "safe until", "one of the councillors", "describe"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker", "cue"), ONES)
def test_one_of_them_is_one_of_the_group(text: str, words: str, speaker: str, cue: str,
                                         ranker: str | None) -> None:
    row = _row(text, words, ranker)
    assert (row.speaker, row.cue) == (speaker, cue)


REED = "Tom Reed chairs the group. The rebels met again on Monday. "
ONE_GUARDS = [
    (REED + "One thing is clear, he said: \"We are not leaving this town.\"\n", "not leaving"),
    (REED + "One of the reasons, he said, was \"the cuts to the buses\".\n", "the buses"),
    (REED + "\"Nothing was agreed at all,\" no one of them said.\n", "Nothing was agreed"),
    (REED + "The one of them who spoke first said it was \"a shambles from start to finish"
            "\".\n", "a shambles"),
    (REED + "One in five voters said the party was \"finished in the north\".\n", "finished"),
    (REED + "One Nation Tories said the plan was \"a betrayal of the north\".\n", "betrayal"),
    (REED + "Each one of them said the plan was \"a betrayal of the town\".\n", "the town"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words"), ONE_GUARDS)
def test_no_elliptic_one_of_them(text: str, words: str, ranker: str | None) -> None:
    """Near misses: no ``one of them`` subject, so no ``one of the rebels``."""
    assert not _row(text, words, ranker).speaker.lower().startswith("one of the")


def test_one_of_them_needs_a_plural_person_noun_before() -> None:
    text = "The plan was dropped. One of them said so."
    at = text.index("One")
    assert elliptic_one(text, at, at + len("One of them")) is None  # no group named
    text = "The whips were cross. One of them said so."
    at = text.index("One")
    got = elliptic_one(text, at, at + len("One"))
    assert got is not None and got.speaker == "one of the whips"
    assert one_of_them_before("Tom left, and one of them ") is not None
    assert one_of_them_before("Tom left, and no one of them ") is None


FIGURE = ("Ann Cole chairs the committee.\n\nA senior Treasury figure was blunter "
          "on Friday. \"She has been a loyal colleague,\" they told reporters. \"Nobody doubts "
          "that.\"\n")
ADVISER = ("Ann Cole denied it. \"There was no deal,\" she said.\n\nThe former adviser, who "
           "asked not to be named because they still work in Whitehall, said the talks had "
           "stalled. \"It was never going to work,\" they said.\n")


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (FIGURE, "loyal colleague", "a senior Treasury figure"),
    (FIGURE, "Nobody doubts", "a senior Treasury figure"),
    (ADVISER, "never going to work", "the former adviser"),
])
def test_a_singular_they(text: str, words: str, speaker: str, ranker: str | None) -> None:
    assert _row(text, words, ranker).speaker.lower() == speaker.lower()


THEY_GUARDS = [
    # a plural subject: the pronoun rules' own antecedent
    ("Ann Cole spoke first.\n\nTwo senior officials were blunter. \"It is over for "
     "him,\" they said.\n", "over for him", "a senior"),
    # a thing before the tag's subject: no post-cue they
    ("Ann Cole spoke first.\n\nThe leaflets had one aim, the organiser said. First, they "
     "were meant to show that the council was \"asleep at the wheel\".\n", "asleep", "organiser"),
    # coordinated names after the singular description
    ("Ann Cole spoke first.\n\nA senior figure left early. Then Tom Reed and Jo Hart "
     "arrived. \"We are staying put,\" they said.\n", "staying put", "figure"),
]


@pytest.mark.parametrize("ranker", RANKERS)
@pytest.mark.parametrize(("text", "words", "not_in"), THEY_GUARDS)
def test_no_singular_they(text: str, words: str, not_in: str, ranker: str | None) -> None:
    assert not_in not in _row(text, words, ranker).speaker
