"""Timeline round 25: value conventions of the TIMEX3 column counted on TimeBank's gold
(issue 14).

Invented texts (``docs/notes/real_news.md``, round 25); values worked out by hand (reference
2031-10-29, a Wednesday of ISO week 44).
"""

from __future__ import annotations

from test_timeline_round14 import tx

from helpers.instruments.timeline import find_timexes


def test_the_past_unit_without_a_count_is_the_calendar_unit_before_in_the_timex3() -> None:
    # TimeBank codes "the past year", "the last decade" (no count) as the DATE before the DCT
    # (4 of 4); the project row keeps its stretch of time (a DURATION)
    assert tx("Hate groups have grown over the past year.") == [
        ("the past year", "DATE", "2030")]
    assert tx("Wages lost ground to prices in the last decade.") == [
        ("the last decade", "DATE", "202")]
    assert tx("Sales slowed in the past month.") == [("the past month", "DATE", "2031-09")]
    assert tx("Shares fell during the past week.") == [("the past week", "DATE", "2031-W43")]
    rows = find_timexes("Hate groups have grown over the past year.", reference="2031-10-29")
    assert list(zip(rows["type"], rows["value"])) == [("DURATION", "P1Y")]
    # with a count it stays a stretch of time (TimeBank 24 of 25 DURATION)
    assert tx("Prices rose over the past two years.") == [
        ("the past two years", "DURATION", "P2Y")]


def _policies_script():
    """The round's counting script (``scripts/timeline_anchor_policies.py``), as a module."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "timeline_anchor_policies.py"
    spec = importlib.util.spec_from_file_location("timeline_anchor_policies", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_policy_count_credits_the_anchor_that_gives_the_gold() -> None:
    import pandas as pd

    from helpers.evaluate.timeml import TimemlDoc

    text = "The plant opened on March 3, 2029. The next day it closed. Shares fell on Friday."
    spans = [("The next day", "DATE", "2029-03-04"), ("Friday", "DATE", "2031-10-24")]
    gold = pd.DataFrame([{"source": "d1", "start": text.index(t), "end": text.index(t) + len(t),
                          "text": t, "type": ty, "value": v, "mod": ""} for t, ty, v in spans])
    table = _policies_script().count_policies([TimemlDoc("d1", text, "2031-10-29", gold)])
    # "The next day": the day after the date just told (the narrative), not after the DCT
    assert (table.at["other", "current"], table.at["other", "dct"]) == (1, 0)
    assert table.at["other", "narrative"] == 1
    # "Friday" in a past clause: the one before the DCT, not the one before March 4, 2029
    assert (table.at["weekday", "dct"], table.at["weekday", "narrative"]) == (1, 0)
    assert table.at["all", "n"] == 2


def test_the_policy_script_says_so_when_the_shared_data_is_absent(tmp_path, monkeypatch,
                                                                  capsys) -> None:
    # an empty folder as the shared data: a clear message and a non-zero code, no traceback
    monkeypatch.setenv("NS_SHARED_DATA", str(tmp_path))
    assert _policies_script().main(["--set", "timebank"]) == 2
    assert "is absent" in capsys.readouterr().err
