"""Unit tests (invented text) for the quote rules of issue 13, round 7: who is speaking after
the quotation (appositions, long roles, a dash before the quotation) and titled surnames."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.speakers import not_a_speaker


def _speech(text: str):
    q = extract_quotes_text(text)
    return q[q["kind"] == "speech"].reset_index(drop=True)


def test_a_titled_surname_ending_in_ing_is_a_name() -> None:
    assert not_a_speaker("Mr. Pelling", "named") == ""
    assert not_a_speaker("Having", "named") == "Having"  # a participle, not a name


def test_titled_ing_surname_keeps_its_quotations() -> None:
    text = ("The board met on Monday.\n\n"
            "\"She reads every file twice,\" said Mr. Pelling, who worked with her at the "
            "bank. \"Her staff trust her.\"\n")
    q = _speech(text)
    assert list(q["speaker"]) == ["Pelling", "Pelling"]


def test_post_cue_role_with_abbreviations_before_the_name() -> None:
    text = ("Ms. Vane spoke first.\n\n"
            "A longer sentence \"would keep the docks honest,\" Assistant U.S. Attorney Lena P. "
            "Orwell wrote.\n")
    assert _speech(text).at[0, "speaker"] == "Lena P. Orwell"


def test_post_cue_with_a_long_apposition() -> None:
    text = ("Tom Baxter spoke first.\n\n"
            "\"No new budget rule would fix the deficit,\" Nadia Ferro, director of the Coastal "
            "Trade Project at the independent Northern Enterprise Policy Institute, said on "
            "radio.\n")
    assert _speech(text).at[0, "speaker"] == "Nadia Ferro"


def test_named_post_cue_beats_a_clause_ending_in_a_dash() -> None:
    # the clause before the dash reports someone else; the quotation is Pryor's
    text = ("Tom Baxter spoke first.\n\n"
            "If the grain board hid the losses — as the auditors suspect, "
            "but the board denies — \"why would anyone stay quiet about it?\" asked Pryor, now a "
            "partner at a law firm.\n")
    assert _speech(text).at[0, "speaker"] == "Pryor"


def test_description_then_name_without_a_second_comma() -> None:
    text = ("Tom Baxter spoke first.\n\n"
            "\"She always helped her neighbours,\" another friend, Mara Emmet told the "
            "paper.\n")
    assert _speech(text).at[0, "speaker"] == "Mara Emmet"


def test_two_full_names_with_different_given_names_stay_apart() -> None:
    # "Quilla" is not in first_names.txt, "Donald" is: still two people
    text = ("Donald Hale spoke first at the rally. \"We will win,\" Donald Hale said.\n\n"
            "His daughter Quilla Hale spoke later. \"I am proud of him,\" Quilla Hale said.\n")
    q = _speech(text)
    assert list(q["speaker_canonical"]) == ["Donald Hale", "Quilla Hale"]
    assert q.at[0, "speaker_id"] != q.at[1, "speaker_id"]


def test_a_longer_form_of_the_same_name_still_joins() -> None:
    # guard (passes before the change too): the fuller name only adds a word before the other
    text = ("\"We are ready,\" Marta Ruiz Delgado said on Monday.\n\n"
            "\"We will win,\" Ruiz Delgado said.\n")
    q = _speech(text)
    assert list(q["speaker_canonical"]) == ["Marta Ruiz Delgado"] * 2


def test_cue_noun_takes_the_subject_with_an_apposition_not_the_object() -> None:
    text = ("Tom Baxter spoke first.\n\n"
            "Senate Majority Leader Dale Whitcomb, R-Ore., sent a short message to "
            "Tom Baxter: \"The party must stop fighting itself.\"\n")
    assert _speech(text).at[0, "speaker"] == "Dale Whitcomb"


def test_participle_after_an_introduction_with_commas_takes_the_subject() -> None:
    text = ("Tom Baxter spoke first.\n\n"
            "At a fair in Dover, Del., on Tuesday, Senator Walter Pruitt of Maine praised "
            "Mrs. Ashby, saying that his old opponent would \"serve the county well.\"\n")
    assert _speech(text).at[0, "speaker"] == "Walter Pruitt"


def test_participle_after_by_takes_the_subject() -> None:
    text = ("Tom Baxter spoke first.\n\n"
            "On the eve of the vote, Karlsen rallied farmers by warning darkly that "
            "\"the old coalition is in danger.\"\n")
    assert _speech(text).at[0, "speaker"] == "Karlsen"


def test_coordinated_speakers_after_the_quotation() -> None:
    text = ("Tom Baxter spoke first.\n\n"
            "\"The new reactor design would cut costs,\" energy analysts Omar Reyes and Clara "
            "Whitby of the Harbour Research Group wrote in a report.\n\n"
            "\"We are pleased,\" said Rita Moss and Lucy Hale.\n")
    q = _speech(text)
    assert list(q["speaker"]) == ["Omar Reyes and Clara Whitby", "Rita Moss and Lucy Hale"]


def test_he_is_not_two_people_named_together() -> None:
    text = ("Tom Baxter spoke first.\n\n"
            "\"We are pleased,\" said Rita Moss and Lucy Hale.\n\n"
            "\"It is over,\" he said.\n")
    assert _speech(text).at[1, "speaker"] == "Tom Baxter"


def test_given_name_in_apposition_to_a_person_noun_is_a_mention() -> None:
    text = ("Walter Pruitt spoke at the rally on Monday.\n\n"
            "On Radio Five Tuesday, his wife, Jane, called for an open process. "
            "\"Closing the doors on new voters is a mistake,\" she said.\n")
    assert _speech(text).at[0, "speaker"] == "Jane"


def test_recommend_and_fume_are_reporting_verbs() -> None:
    text = ("Tom Baxter spoke first.\n\n"
            "Still, the Business Council of Ruritania opposed an increase.\n\n"
            "\"Leave the levy where it is,\" it recommended.\n\n"
            "\"The vote was pure theatre,\" Lucy Hale fumed on Tuesday.\n")
    q = _speech(text)
    assert list(q["cue"]) == ["recommend", "fume"]
    assert q.at[1, "speaker"] == "Lucy Hale"
