"""Timeline round 15: the largest classes of the third blind batch of the PolNeAR TIMEX3 set.

Invented texts, one general cause each (``docs/notes/real_news.md``, round 15); values worked
out by hand (reference 2031-10-29, a Wednesday).
"""

from __future__ import annotations

# the round-14 helper: (text, type, value) of every TIMEX3 of the TimeML reading, reference
# 2031-10-29
from test_timeline_round14 import tx


def test_a_month_coordinated_with_a_month_is_a_month() -> None:
    # rule 1: the second of two coordinated months ("in June and July", "the August and
    # September figures") is a month as the first is
    got = tx("The mill ran short in June and July.")
    assert ("July", "DATE", "2031-07") in got, got
    got = tx("The council spent less in August or September.")
    assert ("September", "DATE", "2031-09") in got, got


def test_a_month_after_for_or_with_a_possessive_is_a_month() -> None:
    # rule 1: "for September", "September's figures"; not "May" (a name and a modal)
    got = tx("Ads planned for September cost more. September's sales fell.")
    assert [g for g in got if g[0] == "September"] == [("September", "DATE", "2031-09")] * 2, got
    assert tx("The vote for May was close. May's team lost.") == []


def test_a_month_after_an_article_and_an_adjective_dates_the_noun() -> None:
    # rule 1: "the strong October report", "the weak August sales"; a capitalised word after
    # the month is a name ("the great August Wilson"), not a date (a guard: passes before)
    got = tx("The strong October report cheered traders after the weak August sales.")
    assert ("October", "DATE", "2031-10") in got and ("August", "DATE", "2031-08") in got, got
    assert tx("A play by the great August Wilson opened.") == []


def test_a_participle_after_a_noun_before_a_modal_is_not_the_clause_verb() -> None:
    # rule 2: "a crew trained for the race in March will need ..." -- "trained" qualifies the
    # noun (a reduced relative clause); the clause's verb is "will need": March is still to
    # come (2032), not the March before the reference
    got = tx("A crew trained for the race in March will need new boots.")
    assert ("March", "DATE", "2032-03") in got, got
    got = tx("By early March, a crew focused on winning must have its boats ready.")
    assert ("early March", "DATE", "2032-03") in got, got
    # guards (pass before): the -ed word is the verb, or a coordinated clause has the modal
    assert ("March", "DATE", "2031-03") in tx("The crew trained for the race in March.")
    got = tx("The crew trained for the race in March and will race again soon.")
    assert ("March", "DATE", "2031-03") in got, got


def test_next_inside_a_noun_phrase_after_a_fronted_day_is_not_the_verb() -> None:
    # rule 3: a fronted day takes the tense of the clause it introduces; "the next vote" is a
    # noun phrase, not a future verb: "told" decides (the Monday before the reference)
    got = tx("On Monday night, in a bid to sway the next council vote, Ann Pike told a crowd "
             "that she would resign.")
    assert got[0] == ("Monday night", "TIME", "2031-10-27TNI"), got
    # guard (passes before): a future verb after "the next" still makes it the next Monday
    assert tx("On Monday, the next mayor will take office.")[0] == ("Monday", "DATE",
                                                                     "2031-11-03")
