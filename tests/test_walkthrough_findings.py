"""Defects found by the new-user walkthrough of session 13 on invented British articles.

Each test is an invented text for one general cause (``docs/notes/scale.md``, "Walkthrough
findings (session 13)"); expected values were worked out by hand with a calendar:
2024-05-16 is a Thursday, 2031-11-05 a Wednesday.
"""

from __future__ import annotations

from helpers.instruments.timeline import find_timexes, timex3_rows


def tx(text: str, reference: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of every TIMEX3 the instrument's TimeML reading gives."""
    rows = timex3_rows(find_timexes(text, reference=reference), text)
    return list(zip(rows["text"], rows["type"], rows["value"]))


def test_a_conditional_modal_looks_forward_for_a_bare_season() -> None:
    # "would be reviewed in the autumn" in May: the coming autumn, not the last one
    got = tx("The policy would be reviewed in the autumn, a spokesman said.", "2024-05-16")
    assert got == [("the autumn", "DATE", "2024-FA")]
    got = tx("She said the rules could be relaxed in the spring.", "2031-11-05")
    assert got == [("the spring", "DATE", "2032-SP")]


def test_a_past_conditional_keeps_a_bare_season_behind() -> None:
    # "would have been reviewed": what did not happen, in the season that has gone
    got = tx("The policy would have been reviewed in the autumn had the minister stayed.",
             "2024-05-16")
    assert got == [("the autumn", "DATE", "2023-FA")]


def test_a_future_verb_with_the_publication_weekday_is_the_publication_day() -> None:
    # TimeBank and the project's PolNeAR TIMEX3 set date a bare weekday equal to the
    # publication's weekday as that day, future verb or not (TimeBank 44 of 45 rows,
    # PolNeAR TIMEX3 101 of 101, none a week later: docs/notes/scale.md, session 13)
    got = tx("Ministers will meet union leaders on Thursday.", "2024-05-16")
    assert got == [("Thursday", "DATE", "2024-05-16")]
    got = tx("Ministers will meet union leaders on Friday.", "2024-05-16")
    assert got == [("Friday", "DATE", "2024-05-17")]


_QUOTE = "“The whole plan is a mess and everyone knows it.”"


def _speakers(sentence: str) -> list[tuple[str, str]]:
    """(speaker, speaker_type) of each quotation of a one-paragraph invented article."""
    from helpers.instruments.quotes import extract_quotes_text

    rows = extract_quotes_text(f"A title\n\n{sentence}\n", date="2024-05-16")
    return list(zip(rows["speaker"], rows["speaker_type"]))


def test_an_unnamed_mp_is_described_like_an_unnamed_minister() -> None:
    # "a senior minister, who asked not to be named, said" is a described speaker; the same
    # description with the role acronym "MP" as head was cut to a group speaker "MP" (the
    # instrument writes a description with its determiner in lower case)
    assert _speakers(f"A senior minister, who asked not to be named, said: {_QUOTE}") == [
        ("a senior minister", "description")]
    assert _speakers(f"One senior MP, who asked not to be named, said: {_QUOTE}") == [
        ("one senior MP", "description")]
    assert _speakers(f"A senior MP said: {_QUOTE}") == [("a senior MP", "description")]


def test_a_named_mp_stays_named() -> None:
    assert _speakers(f"The Labour MP Jane Carter said: {_QUOTE}") == [("Jane Carter", "named")]


_PLAIN = ("Chancellor faces cabinet revolt over fuel duty freeze\n\n"
          "{second}\n\n"
          "{third}\n\n"
          "The Chancellor was confronted by three colleagues last Tuesday, officials said.\n\n"
          "A rural backlash\n\n"
          "MPs in rural seats have written to the whips.\n")


def _kinds(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each non-blank block of a plain-text article."""
    from helpers.core.corpus import segment_text

    blocks = segment_text(text, date="2024-05-03").blocks
    return [(k, t) for k, t in zip(blocks["kind"], blocks["text"]) if k != "blank"]


def test_a_plain_standfirst_over_a_byline_is_no_section_heading() -> None:
    text = _PLAIN.format(second="Ministers say the Treasury ignored warnings about rural voters",
                         third="By Harriet Colby")
    kinds = _kinds(text)
    assert kinds[1] == ("standfirst",
                        "Ministers say the Treasury ignored warnings about rural voters")
    assert [t for k, t in kinds if k == "heading"] == ["A rural backlash"]
    from helpers.core.corpus import segment_text

    art = segment_text(text, date="2024-05-03").articles.iloc[0]
    assert art["standfirst"] == "Ministers say the Treasury ignored warnings about rural voters"
    assert art["n_sections"] == 1


def test_a_short_line_under_the_title_with_no_byline_stays_a_heading() -> None:
    # no byline after it: nothing tells a standfirst from the article's first section heading
    kinds = _kinds(_PLAIN.format(second="The view from the Treasury",
                                 third="Officials had warned of a rural backlash for months."))
    assert kinds[1] == ("heading", "The view from the Treasury")
