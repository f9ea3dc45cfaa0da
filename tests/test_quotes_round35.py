"""Unit tests (invented text, invented names) for pronoun Sources and their antecedents,
issue 13, round 35.

Each end-to-end sentence below had, before the round, a pronoun resolved to another person
of the article: a bare surname expanded to a relative named in passing (``His father,
Amos Morrow,``), the person the pronoun speaks to (``he told Morrow``), or for a relative
``who`` after a dash, the speaker of the quotation before (``X - who said``); a titled name
after a clause-opening word (``Though Ms. Pell``) was no mention; a possessor opening a clause
(``Tuttle's article attacked Dane …. He calls``) lost to the clause's objects."""

from __future__ import annotations

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes.antecedents import kin_introduced, prefer_principals


def _row(text: str, words: str) -> dict:
    df = extract_quotes_text(text)
    rows = df[df["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, df[["text", "speaker"]]
    return rows.iloc[0].to_dict()


def test_a_surname_is_not_the_relative_named_in_passing() -> None:
    text = ("Hal Morrow leads the polls. His father, Amos Morrow, visited churches in the "
            "spring.\n\n\u201cHe was very effective,\u201d said Otis Wool, a former aide.\n\n"
            "Mr. Morrow has pursued a national plan, arguing that he can win the general "
            "election.\n\nWhen he took the stage after the pastor's introduction, at a theater "
            "in Dover, he said the key was simple. \u201cWe have to wake the voters,\u201d he "
            "said.\n")
    assert _row(text, "wake the voters")["speaker"] == "Hal Morrow"


def test_a_bare_surname_after_a_son_is_named_is_the_father() -> None:
    text = ("Wendell Morrow won the primary. His son, Jonas Morrow, said the race was fun.\n\n"
            "At least one commentator liked the name. \u201cIt flows off the lips,\u201d wrote "
            "Larry Hale on his blog.\n\nMorrow coined the phrase during a rally in Dover.\n\n"
            "\u201cI am not controlled by lobbyists,\u201d he said then.\n")
    assert _row(text, "not controlled")["speaker"] == "Wendell Morrow"
    # a relative who is the only person of that surname is still who the surname means
    text = ("The mayor spoke on Monday. Her brother, Paul Quill, runs the bakery.\n\n"
            "Quill said the shop would stay open. \u201cWe bake every day,\u201d he said.\n")
    assert _row(text, "bake every day")["speaker"] == "Paul Quill"


def test_kin_introduced_reads_a_possessive_and_a_kin_noun() -> None:
    text = "Hal Lark spoke. His son, Jonas Lark, and Lark's late wife Ann Lark. A friend, Bo Lark."
    assert kin_introduced(text, text.index("Jonas"))
    assert kin_introduced(text, text.index("Ann"))
    assert not kin_introduced(text, text.index("Bo"))
    assert not kin_introduced(text, text.index("Hal"))


def test_prefer_principals_keeps_relatives_when_nobody_else_is_left() -> None:
    text = "Hal Lark spoke. His son, Jonas Lark, came."
    both = [(0, "Hal Lark"), (text.index("Jonas"), "Jonas Lark")]
    assert prefer_principals(both, text) == [(0, "Hal Lark")]
    assert prefer_principals(both[1:], text) == both[1:]


def test_the_person_told_is_not_the_pronoun_who_tells() -> None:
    text = ("Senator Hal Morrow held a meeting in a coffee shop. Voter Ray Sloan told the "
            "senator that he drove from Dover to ask him about visas. Morrow backed a bill "
            "this year that would raise the cap.\n\n\u201cWorkers in my spot have been badly "
            "abused by the program,\u201d he told Morrow.\n")
    assert _row(text, "badly abused")["speaker"] == "Ray Sloan"


def test_addressee_needs_a_hearer_verb_and_a_name() -> None:
    from helpers.instruments.quotes.antecedents import addressee

    text = "he told Sen. Ann Lark. she said Monday. he told Lark's aides."
    end = text.index("told") + 4
    assert addressee(text, "tell", end) == (text.index("Sen."), "Sen. Ann Lark")
    assert addressee(text, "say", text.index("said") + 4) is None
    assert addressee(text, "tell", text.rindex("told") + 4) is None


def test_who_after_a_dash_is_the_name_before_it() -> None:
    text = ("The mayor spoke on Monday.\n\n\u201cTroops would help,\u201d candidate Ben Hale "
            "said after the attacks.\n\nFront-runner Hal Morrow - who previously said he would "
            "\u201cbomb the heck out of\u201d the fields - said at a rally that the town should "
            "close its gates.\n")
    assert _row(text, "bomb the heck")["speaker"] == "Hal Morrow"


def test_a_titled_name_after_a_clause_opening_word_is_a_mention() -> None:
    text = ("The skaters meet on Fridays. Ann Gil started the group in 2014.\n\nThese changes "
            "are a fact of life for the group. Though Ms. Pell grew up two streets from the "
            "rink, the new flats by the canal have brought patrol cars to the square every "
            "night, she said.\n\n\u201cThe police are here for the newcomers, not us,\u201d "
            "she said.\n")
    assert _row(text, "here for the newcomers")["speaker"] == "Pell"
    # a capitalised modifier before the title stays with the name (the subject as before)
    text = ("Some voters back the mayor.\n\nFormer Rep. Tom Shale (R-Dover) was for Ann Gil "
            "while the governor was in the race, he said on a radio show.\n\n\u201cThe mayor is "
            "my next choice,\u201d he said.\n")
    assert _row(text, "my next choice")["speaker"] == "Tom Shale"


def test_retitle_runs_reads_the_title_with_the_name() -> None:
    from helpers.instruments.quotes.antecedents import retitle_runs
    from helpers.instruments.quotes.mentions import _NAME_RUN_RE

    narr = "But Ms. Pell left. Former Rep. Tom Shale came."
    got = [m.group(0) for m in retitle_runs(narr, list(_NAME_RUN_RE.finditer(narr)))]
    assert "Ms. Pell" in got and "Pell" not in got
    assert "Former Rep" in got and "Tom Shale" in got


def test_the_possessor_opening_a_clause_takes_the_he_before_its_objects() -> None:
    text = ("Ian Tuttle is a writer. Hal Morrow won the vote in Dover.\n\nLast week, Gov. Chris "
            "Dane said that he would support the Morrow campaign.\n\nTuttle's article also "
            "attacked Dane by accusing him of backing Morrow for a job in the Morrow "
            "administration. He calls the move \u201cthe most open display of affection in "
            "years.\u201d\n")
    assert _row(text, "open display")["speaker"] == "Ian Tuttle"
