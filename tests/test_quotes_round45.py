"""Unit tests (invented text, invented names) for quotes round 45, issue 13.

Round 45 works on the speakers of sentence cues and of pronoun post-cues, developed on train
subsample C. Step 1: a capitalised word that cannot be a given name does not open a person's
name: a plural of time at a sentence start (``Hours later, Marta Kessel …``), the adjective
``Top`` before a surname used as a modifier (``Top Kessel aides``), and a party's plural before
a surname list (``Republicans Brandt of Elm Falls and …``). Before, the run gave the speakers
``Hours``, ``Top Kessel`` and ``Republicans Brandt``.

Step 2: a subject with a long appositive reports speech when its verb follows the FIRST
appositive (``X, a radio host …, recalled … that before the vote, Y wasn't …, who …``); the
greedy reading ran over ``recalled`` into the reported clause's commas, so the reporter was
missed and a later ``he`` took Y, the subject inside the reported clause.

Step 3: a lone surname written after a title (``Mayor Hale``, ``President X``) is a known
person, so the bare surname later (``And Hale, for all …, seems to agree. "…," he said``) is a
mention and takes the ``he``; before, it was no mention and the ``he`` took the previous
quotation's speaker.

Step 4: a reporter that opens its sentence after a conjunction and lower-case modifiers (``But
state Rep. X, a member of …, recalled …``) is that sentence's own main subject: a later
``she`` does not pass over it to an earlier sentence's main subject.

Step 5: ``X,\xa0who`` (a no-break space after the comma) marks X as a person as ``X, who``
does, so a lone surname unknown so far is a mention that a later ``she`` can take.

Step 6: ``operative`` and ``guy`` (with plurals) are person nouns, so ``One operative inside
the office tried …, saying …`` has a description subject instead of none.

Step 7: ``crowd`` and ``audience`` (with plurals) are group nouns, so ``… at which point the
audience chanted "…"`` gives the chant to the audience, not to the speaker of the sentence's earlier
quotation. (Known cost, not tested as wanted: the reporter's own words resumed after the chant,
``- "and …"``, now continue the audience; a continuation rule for a later round.)

Step 8: an ``as``/``while`` clause that follows its main clause without a comma (``"…?" X asks
as a guard walks past, saying he's "…"``) holds the participle's subject, as it does after a
comma (round 19).

Step 9: an inverted parenthetical inside the sentence (``The puzzle of X, says Y, a historian,
is that she was "…"``) attributes the quotation to Y, as ``, he says,`` does; not a ``tell``
form or a participle (``, telling the Gazette,`` names whom the subject told).

Step 10: a place in mixed case followed by a news agency in brackets and a dash (``Dunmore
(HNS) –``) is a dateline, not the subject of the sentence it opens.

Step 11: a name that heads ``X and others said …`` is a subject, so a later ``she`` takes it
rather than a name met later as an object (the rules variant fails before the step; the
committed chooser already ranked that row right)."""

from __future__ import annotations

import pytest

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.mentions import _clean_name_tokens, _person_by_context
from helpers.instruments.quotes.samename import reports


def _speaker(text: str, words: str, ranker: str) -> str:
    df = extract_quotes_text(text, ranker=ranker)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return str(rows.iloc[0]["speaker"])


_HOURS = ("Marta Kessel, the harbour commissioner, met the ferry crews on Monday.\n\n"
          "Hours later, Kessel thanked the crews, telling the Dunmore Gazette, \u201cThe boats "
          "will sail every day of the winter.\u201d\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_plural_of_time_opens_no_name(ranker: str) -> None:
    assert _speaker(_HOURS, "every day of the winter", ranker) == "Marta Kessel"


def test_top_before_a_surname_opens_no_name() -> None:
    # the name cleaner behind every named mention (``Top Kessel aides conceded …``)
    assert _clean_name_tokens("Top Kessel") == ["Kessel"]


def test_a_party_plural_before_a_surname_opens_no_name() -> None:
    assert _clean_name_tokens("Republicans Brandt") == ["Brandt"]


def test_a_party_plural_alone_stays_the_group() -> None:
    # guard: "Republicans said …" keeps its speaker (a plural alone is the group it names)
    assert _clean_name_tokens("Republicans") == ["Republicans"]


_RECALLED = ("Tom Rusk won the county vote in 2015.\n\n"
             "Karl Brill, a radio host known across the county for his morning show, recalled "
             "in 2019 that before the vote, Rusk wasn\u2019t taken seriously by his listeners, "
             "who wondered if \u201che could win at all.\u201d\n\n"
             "\u201cI am sorry to say so, but that is how people saw it,\u201d he said.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_the_reporter_with_a_long_appositive_takes_the_next_he(ranker: str) -> None:
    assert _speaker(_RECALLED, "how people saw it", ranker) == "Karl Brill"


def test_reports_reads_the_verb_after_the_first_appositive() -> None:
    text = "Karl Brill, a radio host, recalled that before the vote, Rusk lost, who knew."
    assert reports(text, len("Karl Brill"))


def test_reports_still_reads_past_several_appositives() -> None:
    # guard: the verb after three comma groups is still found
    text = "Ann Lee, director of the fund, a union of bakers, for example, said it was fine."
    assert reports(text, len("Ann Lee"))


_TITLED = ("On a cold morning in Dunmore, Mayor Hale opened the new ferry pier.\n\n"
           "\u201cThe pier will not fix the harbour by itself,\u201d said Ted Morrow, an "
           "engineer who advises the council.\n\n"
           "And Hale, for all the money he won from the county, seems to agree. \u201cWe do "
           "not yet know what will work best,\u201d he said.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_surname_met_after_a_title_is_a_person_later(ranker: str) -> None:
    assert _speaker(_TITLED, "what will work best", ranker) == "Hale"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_the_inverted_reporter_keeps_its_quotation(ranker: str) -> None:
    # guard: the earlier quotation keeps its own reporter
    assert _speaker(_TITLED, "harbour by itself", ranker) == "Ted Morrow"


_STATE_REP = ("Ann Vell leads the race for county mayor.\n\n"
              "Vell has the support of most of the town councils, and more mayors have "
              "endorsed her than her rival. But state Rep. Dora Pike-Lund, a member of the "
              "county board, recalled what happened in 2010 to point out that Vell\u2019s "
              "lead could erode.\n\n"
              "\u201cThe county vote is not settled,\u201d she said.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_reporter_after_but_and_a_modifier_keeps_her_sentence(ranker: str) -> None:
    assert _speaker(_STATE_REP, "not settled", ranker) == "Dora Pike-Lund"


_NBSP_WHO = ("The harbour festival closed on Sunday night.\u00a0\n"
             "Meanwhile Okorafor,\u00a0who was given the festival\u2019s music prize, spoke "
             "about the songs of the fishing fleet.\u00a0\u201cEvery one of those songs came "
             "from the docks,\u201d she said.\u00a0\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_name_before_comma_no_break_space_who_is_a_person(ranker: str) -> None:
    assert _speaker(_NBSP_WHO, "from the docks", ranker) == "Okorafor"


def test_person_by_context_reads_who_after_a_no_break_space() -> None:
    narr = "Meanwhile Okorafor,\u00a0who was given the prize, spoke."
    assert _person_by_context(narr, 10, 18)


_OPERATIVE = ("The harbour board will vote on the ferry fares next week.\n\n"
              "One operative inside the harbour office tried to play down the report, saying "
              "it was \u201cnot a big worry for anyone here.\u201d\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_one_operative_is_a_description_subject(ranker: str) -> None:
    assert _speaker(_OPERATIVE, "big worry", ranker) == "one operative"


_CROWD = ("Mayor Ida Lorne spoke at the harbour rally on Friday.\n\n"
          "She said, \u201cWe will rebuild the pier\u201d - at which point the audience chanted "
          "\u201cFix the pier!\u201d - \u201cand we will do it this year.\u201d\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_the_crowd_chants_its_own_words(ranker: str) -> None:
    assert _speaker(_CROWD, "Fix the pier", ranker) == "the audience"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_the_mayor_keeps_her_first_quotation(ranker: str) -> None:
    # guard: the reporter before the chant keeps her own words
    assert _speaker(_CROWD, "rebuild the pier", ranker) == "Ida Lorne"


_ASKS_AS = ("The sketch opened in the mayor\u2019s office.\n\n"
            "\u201cHow many votes have I lost this month?\u201d Lorne asks as a cleaning guy "
            "walks past her desk, saying he\u2019s \u201chere to mend the broken "
            "window.\u201d\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_the_participle_after_an_as_clause_has_its_subject(ranker: str) -> None:
    assert _speaker(_ASKS_AS, "broken window", ranker) == "a cleaning guy"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_the_question_keeps_its_post_cue(ranker: str) -> None:
    # guard: the question before keeps its inverted reporter
    assert _speaker(_ASKS_AS, "votes have I lost", ranker) == "Lorne"


_SAYS_INSIDE = ("Ida Lorne ran the harbour town for twenty years.\n\n"
                "The puzzle of Ida, says Karl Brill, a historian at the harbour museum, is "
                "that she was \u201cthe strongest mayor in a century,\u201d not for her "
                "budgets but for her \u201cquiet hold on every vote of the council.\u201d\n\n"
                "Hours later, Lorne returned the compliment to Brill, telling the Gazette, "
                "\u201cHe knows this town better than anyone.\u201d\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_an_inverted_says_inside_the_sentence_attributes_it(ranker: str) -> None:
    assert _speaker(_SAYS_INSIDE, "strongest mayor", ranker) == "Karl Brill"


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_telling_an_outlet_is_no_inverted_cue(ranker: str) -> None:
    # guard: ", telling the Gazette," names whom the subject told
    assert _speaker(_SAYS_INSIDE, "knows this town", ranker) == "Ida Lorne"


_DATELINE = ("Lorne faults Brill on ferry fares.\n\n"
             "Dunmore (HNS) \u2013 Mayor Ida Lorne has faulted her rival Karl Brill for his "
             "ferry plan, saying that \u201cloud promises\u201d will not mend the harbour "
             "wall.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_a_mixed_case_dateline_with_an_agency_is_no_subject(ranker: str) -> None:
    assert _speaker(_DATELINE, "loud promises", ranker) == "Ida Lorne"


_AND_OTHERS = ("Mayor Ida Lorne faces a hard race this autumn.\n\n"
               "\u201cIt is my last chance to vote for a mayor I trust,\u201d said Nora Quill, "
               "44, a baker in Dunmore.\n\n"
               "Quill and others said they would never back Lorne. \u201cI will write in a "
               "name,\u201d she said.\n")


@pytest.mark.parametrize("ranker", ["rules", "default"])
def test_x_and_others_said_makes_x_a_subject(ranker: str) -> None:
    assert _speaker(_AND_OTHERS, "write in a name", ranker) == "Nora Quill"
