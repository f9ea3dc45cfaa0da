"""Unit tests (invented text) for the quote rules of issue 13, round 12 (steps 1 and 1b, landed
alone in round 13): a ``he``/``she`` whose antecedent is a role description takes the name the
article joins to that description, and a nationality word + role noun stays one description."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, start: str):
    q = extract_quotes_text(text)
    return q[(q["kind"] == "speech") & q["text"].str.startswith(start)].iloc[0]


def test_pronoun_after_role_description_takes_the_joined_name() -> None:
    # "X, the Republican candidate," then "The candidate spoke …. "…," he said": before round 12
    # the speaker was the description "the candidate" (only speaker_canonical named X)
    text = ("Dara Velinsky, the Republican candidate, toured a factory in Lorton on Tuesday.\n\n"
            "\"Taxes are too high,\" said Mira Holt, a local organiser.\n\n"
            "The candidate spoke to workers for an hour. \"We will build here,\" he said.\n")
    r = _row(text, "We will build")
    assert (r.speaker, r.speaker_canonical, r.speaker_mention) == (
        "Dara Velinsky", "Dara Velinsky", "he")


def test_nationality_and_role_stay_one_description() -> None:
    # "the former Mexican president" was cut to "the former Mexican" (the nationality word was
    # read as the head noun), so it never matched the apposition "a former Mexican president"
    text = ("Tomas Arbenz, a former Mexican president, met the envoy in Laredo on Friday.\n\n"
            "\"The wall is a fantasy,\" said Mira Holt, a trade lawyer.\n\n"
            "The former Mexican president was blunt. \"We will not pay,\" he said.\n")
    assert _row(text, "We will not pay").speaker == "Tomas Arbenz"


_UNJOINED = ("Tomas Arbenz met the envoy in Laredo on Friday.\n\n"
             "\"The wall is a fantasy,\" said Mira Holt, a trade lawyer.\n\n"
             "The former Mexican president was blunt. \"We will not pay,\" he said.\n")


def test_unjoined_description_stays_as_written() -> None:
    # guard on the RULES (written in round 12, when the rules were the default): no name of
    # the article carries the role, so the pronoun keeps the description, now whole ("the
    # former Mexican president", not "the former Mexican")
    q = extract_quotes_text(_UNJOINED, ranker="rules")
    r = q[(q["kind"] == "speech") & q["text"].str.startswith("We will not pay")].iloc[0]
    assert (r.speaker, r.speaker_mention) == ("the former Mexican president", "he")


def test_unjoined_description_is_never_the_previous_speaker() -> None:
    # the default learned chooser (refitted in session 24) may join the description to the one
    # person the article names before it (a learned reading: a description after a name most
    # often refers to that person), but it must not hand the quotation to the previous
    # speaker, who is introduced as someone else (a trade lawyer)
    assert _row(_UNJOINED, "We will not pay").speaker in {
        "the former Mexican president", "Tomas Arbenz"}


def test_two_people_with_the_role_keep_the_description() -> None:
    # guard: two candidates are named, so "the candidate" joins to neither and is not guessed
    text = ("Dara Velinsky, the Republican candidate, and Oren Pask, the Democratic candidate, "
            "toured a factory in Lorton on Tuesday.\n\n"
            "\"Taxes are too high,\" said Mira Holt, a local organiser.\n\n"
            "The candidate spoke to workers for an hour. \"We will build here,\" he said.\n")
    assert _row(text, "We will build").speaker == "the candidate"


def test_nationality_before_a_title_joins_the_role_to_the_name() -> None:
    # "former Mexican President X": the nationality and the title are roles of X (before, the
    # run "Mexican President X" was no person and X got no role, so "the former Mexican
    # president" stayed a description); checked through speaker_canonical of a description
    text = ("On Friday, former Mexican President Tomas Arbenz spoke in Laredo.\n\n"
            "\"The wall is a fantasy,\" said Mira Holt, a trade lawyer.\n\n"
            "\"We will not pay,\" the former Mexican president said.\n")
    r = _row(text, "We will not pay")
    assert (r.speaker, r.speaker_canonical) == ("the former Mexican president", "Tomas Arbenz")
