"""Unit tests (invented text, invented names) for resolved Sources, issue 13, round 40.

Each end-to-end sentence below had, before the round, a description or a pronoun resolved to
another person: ``the vice president said`` given to a person of the people register whose
role shares only the head noun (``President of Russia``), or, without it, to the subject of
the reported clause in the description's own sentence (``Mr. Ostrova is so careless, the vice
president said``)."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text


def _row(text: str, words: str, ranker: str) -> dict:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


_VICE = ("Vice President Tomas Arbenz toured the Dunmore harbour on Friday with the port "
         "board.\n\n"
         "Mr. Arbenz had met Vladimir Putin in Moscow in May, and Vladimir Putin had praised "
         "the quay.\n\n"
         "Mr. Ostrova is a danger to the port, the vice president warned on the quay, and "
         "under him \u201cthe ships would sail into the mud.\u201d\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_rank_word_keeps_the_register_office_apart(ranker: str) -> None:
    # ``the vice president`` is not the register's ``President of Russia`` named in passing,
    # nor the subject of the reported clause of its own sentence
    row = _row(_VICE, "sail into the mud", ranker)
    assert row["speaker"] not in ("Vladimir Putin", "Ostrova", "Mr. Ostrova")
    assert row["speaker"] in ("the vice president", "Tomas Arbenz")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_an_office_description_still_takes_the_subject_of_an_earlier_sentence(ranker: str) -> None:
    # guard: the named subject of the sentence before is still the office holder
    text = ("The Dunmore harbour board met on Friday to vote on the new quay.\n\n"
            "Tomas Arbenz insisted that the quay would hold in any storm. \u201cIt will stand "
            "for a hundred years,\u201d the vice president told the board.\n")
    assert _row(text, "hundred years", ranker)["speaker"] == "Tomas Arbenz"


_SPOKESMAN = ("The harbour board rejected the claim that its servers had been hacked.\n\n"
              "\u201cThe claim has no basis at all,\u201d said Oskar Brandt, an analyst in "
              "Dunmore.\n\n"
              "At a briefing in Lowell, board spokesman Carmen Tavo said again that the board "
              "had found no breach.\n\n"
              "Critics ought to bring evidence instead of guesses dressed up as "
              "\u201cpossible\u201d leaks, he told the briefing.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_an_unsure_person_noun_cancels_a_clashing_given_name(ranker: str) -> None:
    # the given-name lexicon reads Carmen as a woman's name; ``spokesman`` right before the
    # name leaves the sex unknown, so the ``he`` takes the spokesman, not the analyst
    assert _row(_SPOKESMAN, "possible", ranker)["speaker"] == "Carmen Tavo"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_an_unsure_person_noun_does_not_make_a_woman_a_man(ranker: str) -> None:
    # guard: ``spokesman`` is also written of women, so it never sets the sex
    text = ("Omar Reyes said the coalition was formed without the campaign.\n\n"
            "Campaign spokesman Hope Varga confirmed that the coalition was independent. "
            "\u201cThey are not part of the campaign,\u201d she said.\n")
    assert _row(text, "not part of the campaign", ranker)["speaker"] == "Hope Varga"


def test_name_gender_reads_the_person_noun_before_the_name() -> None:
    from helpers.instruments.quotes.noun_gender import name_gender

    narr = "They met her husband, Carmen Tavo, and board chairman Omar Reyes."
    assert name_gender(narr, narr.index("Carmen"), "f") == "m"  # a sure noun decides
    assert name_gender(narr, narr.index("Omar"), "m") == "m"  # an unsure one agrees: kept
    assert name_gender(narr, narr.index("Omar"), "u") == "u"  # ... and never sets a sex
    narr = "board spokesman Carmen Tavo"
    assert name_gender(narr, narr.index("Carmen"), "f") == "u"  # an unsure one clashes
    narr = "the Dunmore board and Carmen Tavo"
    assert name_gender(narr, narr.index("Carmen"), "f") == "f"  # no noun: the reading


@pytest.mark.parametrize("ranker", ["rules"])
def test_a_kin_description_closing_the_sentence_before_is_the_he(ranker: str) -> None:
    # the rules alone: the chooser ranks the article's main figure first for the first piece
    # of this invented text (so did the chooser committed in round 40 and, checked by review
    # 14, the session-25 refit); the rule is the rules', the chooser's choice is its own
    # ``…, his brother added.`` closes the sentence before the quotation: the brother (named
    # earlier as ``his brother Nils Varga``) goes on speaking, not the article's main figure
    text = ("Tomas Varga, a ferry engineer from Lowell, is among the crew still missing after "
            "the storm, his brother Nils Varga told a radio station on Sunday.\n\n"
            "Tomas Varga had worked on the ferries for twenty years. He had moved into "
            "a cottage by the harbour in May, his brother added. \u201cHe loved that old "
            "boat,\u201d he said. \u201cHe never missed a crossing.\u201d\n")
    assert _row(text, "loved that old boat", ranker)["speaker"] == "Nils Varga"
    assert _row(text, "never missed a crossing", ranker)["speaker"] == "Nils Varga"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_name_closing_the_sentence_before_is_the_he(ranker: str) -> None:
    # ``… the ablest candidate Pell argues.``: the reporter, not the clause's subject
    text = ("Ivo Pell has advised candidates for forty years. He backs Senator Dan Ruiz in "
            "the race.\n\n"
            "\u201cThe party has six blocs,\u201d Pell says. \u201cOnly Ruiz unites "
            "them.\u201d\n\n"
            "Ruiz can win the hill towns as well as the coast, a point Pell "
            "argues.\n\n"
            "\u201cRuiz will carry the harbour wards too,\u201d he says.\n")
    assert _row(text, "harbour wards", ranker)["speaker"] == "Ivo Pell"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_name_inside_a_clause_before_is_not_the_reporter(ranker: str) -> None:
    # guard: ``… what Pell said.`` — the name follows a function word: no closing reporter
    text = ("Ivo Pell and Marta Ruiz met the harbour board on Friday.\n\n"
            "Marta Ruiz later told the board she agreed with what Pell said. "
            "\u201cThe quay must be rebuilt,\u201d she said.\n")
    assert _row(text, "must be rebuilt", ranker)["speaker"] == "Marta Ruiz"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_relative_apposed_after_the_name_is_not_the_bare_surname(ranker: str) -> None:
    # ``Nils Marek, son of the front-runner,`` is a relative: a later bare ``Marek`` is the
    # front-runner named before, so the ``he`` after ``Marek coined the phrase`` is his
    text = ("Jonas Marek gave his rival a mocking name this week, and his family joined "
            "in.\n\n"
            "Nils Marek, son of the front-runner, spoke to a breakfast programme on "
            "Monday.\n\n"
            "\u201cWe will win this state,\u201d Nils Marek said.\n\n"
            "The younger man\u2019s remarks followed a weekend post by Nils Marek about the "
            "ferry.\n\n"
            "Marek first used the name at a harbour meeting in Lowell.\n\n"
            "\u201cNobody controls me, not the lobbyists,\u201d he said then.\n")
    assert _row(text, "Nobody controls me", ranker)["speaker"] == "Jonas Marek"


def test_kin_apposed_reads_the_apposition_after_the_name() -> None:
    from helpers.instruments.quotes.antecedents import kin_apposed

    text = "Nils Marek, son of the mayor, and Ann Lark, a mother of three, met Bo Reed, his wife."
    assert kin_apposed(text, 0, "Nils Marek")
    assert not kin_apposed(text, text.index("Ann"), "Ann Lark")  # indefinite: no relative


_CATAPHORA = ("Pastor Wants Harbour Scouts Banned.\n\n"
              "After he denounced the new film and the old songs as too "
              "\u201cmodern,\u201d Pastor Ivo Pell turned his anger toward the harbour "
              "scouts.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_pronoun_in_a_fronted_clause_means_the_main_subject_after_it(ranker: str) -> None:
    # ``After he blasted … "…," Pastor X has …``: the pronoun names its person afterwards
    assert _row(_CATAPHORA, "modern", ranker)["speaker"] == "Ivo Pell"


def test_the_clause_end_allows_a_title_and_a_named_cue_subject_stays() -> None:
    from helpers.instruments.quotes.cataphora import _CLAUSE_END_RX, _MODIFIERS_RX

    # the clause end and the words allowed before the name
    gap = "too \u201cmodern,\u201d Pastor "
    end = list(_CLAUSE_END_RX.finditer(gap))[-1]
    assert _MODIFIERS_RX.fullmatch(gap, end.end())
    text = ("After he left the quay in anger, Marta Ruiz called the plan "
            "\u201ca disgrace.\u201d\n")
    assert _row(text, "disgrace", "rules")["speaker"] == "Marta Ruiz"


_PASTOR = ("Mr. Cole carried the county in the last race with help from the chapels, but his "
           "numbers are weak now.\n\n"
           "One minister backing Ms. Ostrava, Corvin Ashdale of Stonegate Chapel in Lowmoor, "
           "said he had written to scores of other elders. Before every service he now reads "
           "out the date of the vote, he said.\n\n"
           "\u201cBring a neighbour when you vote,\u201d he tells the congregation.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_description_takes_the_unread_name_apposed_to_it(ranker: str) -> None:
    # both rankers since review 14 (round 40 ran the rules alone: the chooser committed then,
    # not refitted in the round, ranked another candidate; the session-25 refit agrees)
    # the name finder reads no person in ``Corvin Ashdale`` (an unknown given name), but it
    # stands in apposition to ``One minister``: the ``he`` of that minister is Corvin Ashdale
    assert _row(_PASTOR, "Bring a neighbour", ranker)["speaker"] == "Corvin Ashdale"


def test_apposed_run_after_needs_the_closing_comma_and_name_words() -> None:
    from helpers.instruments.quotes.antecedents import apposed_run_after

    text = "One minister backing Ms. Ostrava, Corvin Ashdale of Stonegate Chapel, said"
    assert apposed_run_after(text, len("One minister")) == (text.index("Corvin"),
                                                            "Corvin Ashdale")
    text = "One group backing Ms. Ostrava, Stonegate Church of Lowmoor, said"
    assert apposed_run_after(text, len("One group")) is None  # an organisation word
    text = "One minister backing Ms. Ostrava, Corvin Ashdale said"
    assert apposed_run_after(text, len("One minister")) is None  # no closing comma
