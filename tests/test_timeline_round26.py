"""Timeline round 26: TimeBank scored by source family, and the classes fixed on its wire and
broadcast copy (issue 14).

Invented texts and frames (``docs/notes/real_news.md``, round 26); the expected figures are
counted by hand. (Review of session 16: seven sentences that echoed TimeBank or PolNeAR
sentences closely were rewritten as invented ones of the same construction.)
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.evaluate.timeml import score_by_family, source_family
from helpers.instruments.timeline import find_timexes


def _rows(items: list[tuple[str, int, int, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"source": s, "start": a, "end": b, "text": "x", "type": "DATE",
                          "value": v} for s, a, b, v in items])


def test_source_family_is_the_lower_case_letters_the_file_name_starts_with() -> None:
    assert source_family("wsj_0136.tml") == "wsj"
    assert source_family("WSJ900813-0157.tml") == "wsj"
    assert source_family("APW19980213.1310.tml") == "apw"
    assert source_family("AP900815-0044.tml") == "ap"
    assert source_family("ea980120.1830.0071.tml") == "ea"
    assert source_family("19980120.tml") == "other"


def test_score_by_family_matches_within_each_family_and_counts_by_hand() -> None:
    gold = _rows([("wsj_1.tml", 0, 5, "1990"), ("wsj_2.tml", 10, 20, "1991-Q3"),
                  ("APW1.tml", 0, 4, "1998-02-13"), ("APW2.tml", 3, 9, "P1D"),
                  ("CNN1.tml", 0, 6, "1998")])
    pred = _rows([("wsj_1.tml", 0, 5, "1990"),          # strict, right value
                  ("wsj_2.tml", 12, 20, "1991-Q2"),     # relaxed only, wrong value
                  ("APW1.tml", 0, 4, "1998-02-13"),     # strict, right value
                  ("APW2.tml", 20, 25, "P1D"),          # no overlap: spurious (+ APW2 missed)
                  ("APW3.tml", 0, 2, "1998")])          # spurious
    table = score_by_family(gold, pred).set_index("family")
    # largest gold count first, then by name
    assert list(table.index) == ["apw", "wsj", "cnn"]
    apw = table.loc["apw"]
    assert (apw.n_docs, apw.n_gold, apw.n_pred, apw.n_strict, apw.n_relaxed, apw.n_value) == (
        3, 2, 3, 1, 1, 1)
    assert apw.strict_f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    wsj = table.loc["wsj"]
    assert (wsj.n_strict, wsj.n_relaxed, wsj.n_value) == (1, 2, 1)
    assert (wsj.strict_f1, wsj.relaxed_f1, wsj.value_f1) == pytest.approx((0.5, 1.0, 0.5))
    cnn = table.loc["cnn"]
    assert (cnn.n_gold, cnn.n_pred, cnn.relaxed_f1) == (1, 0, 0.0)


def test_score_by_family_takes_another_grouping() -> None:
    gold = _rows([("wsj_1.tml", 0, 5, "1990"), ("APW1.tml", 0, 4, "1998")])
    pred = _rows([("wsj_1.tml", 0, 5, "1990"), ("APW1.tml", 0, 4, "1997")])
    table = score_by_family(gold, pred, lambda doc: "all").set_index("family")
    assert (table.at["all", "n_gold"], table.at["all", "n_value"]) == (2, 1)


def _tx(text: str, reference: str = "2031-10-29") -> list[tuple[str, str, str, str]]:
    """(text, type, value, mod) of every TIMEX3 the instrument's TimeML reading gives
    (2031-10-29 is a Wednesday)."""
    from helpers.instruments.timeline import timex3_rows

    rows = timex3_rows(find_timexes(text, reference=reference), text)
    return list(zip(rows["text"], rows["type"], rows["value"], rows["mod"]))


def test_a_bare_part_of_day_after_a_preposition_is_a_time_of_the_day_told() -> None:
    # TimeBank tags a part of day used as a time (``by mid afternoon``, ``in the morning``)
    # 4 of 4, the PolNeAR set 7 of 8: the day of the narrative, else of publication
    assert _tx("Shelling began on Monday. By mid afternoon, the army had pulled back.") == [
        ("Monday", "DATE", "2031-10-27", ""), ("mid afternoon", "TIME", "2031-10-27TAF", "MID")]
    assert _tx("The crowd grew on Tuesday, and the police cleared the square by late "
               "afternoon.")[-1] == ("late afternoon", "TIME", "2031-10-28TAF", "END")
    assert _tx("The ferry sailed Friday. Its crew checked the engines in the morning before "
               "the crossing.")[-1] == ("the morning", "TIME", "2031-10-24TMO", "")
    # no day told and a present clause: publication day, as a bare clock time
    assert _tx("The vote is in the afternoon.") == [("the afternoon", "TIME", "2031-10-29TAF", "")]
    assert _tx("The queue stretches until midafternoon when the doors open.") == [
        ("midafternoon", "TIME", "2031-10-29TAF", "MID")]
    # a part of day with its day is one expression
    assert _tx("The talks went on until late afternoon on Friday.") == [
        ("late afternoon on Friday", "TIME", "2031-10-24TAF", "END")]


def test_a_part_of_day_as_a_modifier_or_in_a_name_is_not_a_time() -> None:
    assert _tx("She told Good Morning America that she would run.") == []
    assert _tx("He spoke on the morning news show.") == []
    assert _tx("Good evening from the park.") == []


def test_a_part_of_day_before_yesterday_or_today_is_one_expression() -> None:
    # TimeBank: ``mid-afternoon yesterday`` is one TIME (1 of 1), as ``yesterday afternoon``
    assert _tx("The ferry was still in port at mid-afternoon yesterday, its crew said.") == [
        ("mid-afternoon yesterday", "TIME", "2031-10-28TAF", "MID")]
    assert _tx("Late morning today, the index fell.") == [
        ("Late morning today", "TIME", "2031-10-29TMO", "END")]


def test_a_part_of_day_after_a_clock_time_joins_it_and_settles_the_hour() -> None:
    # one TIME, as TimeML tags ``six in the morning``; without the part of day ``at six`` is
    # read as an office hour (18:00)
    assert _tx("The shift ends at six in the morning.") == [
        ("six in the morning", "TIME", "2031-10-29T06:00", "")]
    assert _tx("The plant closed on Monday at ten in the evening.") == [
        ("Monday at ten in the evening", "TIME", "2031-10-27T22:00", "")]


def test_a_vague_stretch_after_for_is_a_duration() -> None:
    # TimeBank tags ``for a while``, ``for a fairly lengthy period`` (PXX: the unit unknown)
    assert _tx("The library stays shut for a while.") == [
        ("a while", "DURATION", "PXX", "")]
    assert _tx("The bridge will be closed for a fairly lengthy period.") == [
        ("a fairly lengthy period", "DURATION", "PXX", "")]
    # not "a long time" (TimeBank 0 of 1; the project's annotators: years or minutes)
    assert find_timexes("The two men have been friends for a very long time.",
                        reference="2031-10-29").empty
    # not without ``for``, not a short time (the set 0 of 1), not ``at a time``
    assert _tx("It was a long time before anyone came.") == []
    assert _tx("The council weighed a sale for a short time.") == []
    assert _tx("They read one page at a time.") == []


def test_a_spoken_date_and_this_coming_are_inside_the_expression() -> None:
    # broadcast copy spells the day out ("March eighth"); "this coming" is inside, as "this
    # past" is (TimeBank 1 of 1 each)
    assert _tx("The vote is on March eighth.") == [("March eighth", "DATE", "2032-03-08", "")]
    assert _tx("The ballot closes this coming Sunday, March eighth.", "2026-03-05") == [
        ("this coming Sunday, March eighth", "DATE", "2026-03-08", "")]
    assert _tx("The vote is this coming Sunday.") == [
        ("this coming Sunday", "DATE", "2031-11-02", "")]
    assert _tx("It opened on the twenty-first of June.")[0][:3] == (
        "the twenty-first of June", "DATE", "2031-06-21")
    # not "May" the modal before an ordinal adverb
    assert _tx("Officials may first consult the board.") == []
