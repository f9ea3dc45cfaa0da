"""Temporal expressions: hand-made cases per category, negatives, a US wire fixture, scoring,
the CLI, and thresholds against the corpus gold (``data/annotations/timex.csv``).

Expected values were worked out by reading each sentence and applying the conventions of
``helpers/instruments/timeline/`` (TIMEX3, as in ``data/annotations/README`` / formats), with
a calendar.
"""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import pandas as pd
import pytest

from helpers.cli import main
from helpers.core.paths import ANNOTATIONS, FIXTURES
from helpers.evaluate.timeline import score_timexes, timex_errors
from helpers.instruments.timeline import (
    TIMEX_COLUMNS,
    extract_timexes,
    find_timexes,
)

GOLD = ANNOTATIONS / "timex.csv"


def found(text: str, reference: str | None = "2019-03-15") -> dict[str, tuple[str, str, str]]:
    """{expression text: (type, value, mod)} for one sentence."""
    df = find_timexes(text, reference=reference)
    for row in df.itertuples():
        assert text[row.start:row.end] == row.text
    return {r.text: (r.type, r.value, r.mod) for r in df.itertuples()}


def values(text: str, reference: str | None = "2019-03-15") -> dict[str, str]:
    return {k: v[1] for k, v in found(text, reference).items()}


# --------------------------------------------------------------------------- calendar dates

@pytest.mark.parametrize("text, expr, value", [
    ("He was born on 5 December 1949 in Kent.", "5 December 1949", "1949-12-05"),
    ("Police stopped him on March 22, 2018, near Dover.", "March 22, 2018", "2018-03-22"),
    ("The deal closed on Sept. 30, 2019.", "Sept. 30, 2019", "2019-09-30"),
    ("The court sat on Jan. 5, 2017, again.", "Jan. 5, 2017", "2017-01-05"),
    ("They met at the ranch in April 2002.", "April 2002", "2002-04"),
    ("The ruling of 14/03/2019 stands.", "14/03/2019", "2019-03-14"),
    ("The filing dated 2019-03-14 was lost.", "2019-03-14", "2019-03-14"),
    ("It happened on the 3rd of May 2001.", "the 3rd of May 2001", "2001-05-03"),
    ("Joined the Foreign Office in 1972.", "1972", "1972"),
    ("It was the first such defeat since 1982.", "1982", "1982"),
    ("The 2016 referendum changed everything.", "2016", "2016"),
])
def test_explicit_dates(text, expr, value):
    assert values(text).get(expr) == value


def test_year_less_dates_take_the_year_nearest_publication():
    # published 2017-03-23: 23 February is last month, 25 March and 1 July are ahead
    pub = "2017-03-23"
    assert values("The by-election on 23 February was lost.", pub)["23 February"] == "2017-02-23"
    assert values("The conference is scheduled for 25 March.", pub)["25 March"] == "2017-03-25"
    assert values("Members must join by 1 July.", pub)["1 July"] == "2017-07-01"
    assert values("I met him in October.", pub)["October"] == "2016-10"
    # published 2007-09-17, future tense: the coming October
    assert found("He will be replaced in early October.", "2007-09-17")["early October"] == (
        "DATE", "2007-10", "START")


def test_us_wire_weekdays_and_on_month_day():
    pub = "2019-04-05"  # a Friday
    assert values("The committee said Friday it would wait.", pub)["Friday"] == "2019-04-05"
    assert values("The House passed it on Tuesday.", pub)["Tuesday"] == "2019-04-02"
    assert values("The panel will meet on Monday.", pub)["Monday"] == "2019-04-08"
    assert values("Lawmakers unveiled it on March 22.", pub)["March 22"] == "2019-03-22"
    assert values("The panel heard testimony last week.", pub)["last week"] == "2019-W13"


def test_may_is_a_month_only_in_a_date_context():
    got = values("Theresa May said in May that she would go; May 2017 was hard.")
    assert got == {"May": "2019-05", "May 2017": "2017-05"}
    assert not found("May said it may rain. Prime Minister May spoke.")


# --------------------------------------------------------------------------- decades, ranges, parts

@pytest.mark.parametrize("text, expr, value, mod", [
    ("Mistakes were made in the 1990s.", "the 1990s", "199", ""),
    ("The real mistakes were made during the early 1990s.", "the early 1990s", "199", "START"),
    ("Music of the '80s was loud.", "the '80s", "198", ""),
    ("Music of the ’80s was loud.", "the ’80s", "198", ""),
    ("Momentum was formed in late 2015 by activists.", "late 2015", "2015", "END"),
    ("He warned of it from early on in 2002.", "early on in 2002", "2002", "START"),
    ("Prices peaked in mid-2010.", "mid-2010", "2010", "MID"),
    ("Blair sent him to Washington in summer 2002.", "summer 2002", "2002-SU", ""),
    ("It began in the spring of 2004.", "the spring of 2004", "2004-SP", ""),
    ("Adviser to the prime minister, 2001-2003", "2001-2003", "2001/2003", ""),
    ("The vote was stable between 2001 and 2015.", "between 2001 and 2015", "2001/2015", ""),
    ("He served from 1972 to 1976 in Paris.", "from 1972 to 1976", "1972/1976", ""),
    ("The 19th century saw change.", "The 19th century", "18", ""),
])
def test_decades_ranges_seasons_and_parts(text, expr, value, mod):
    assert found(text).get(expr) == ("DATE", value, mod)


def test_week_of_a_date_is_an_iso_week():
    # 11 September 2001 was a Tuesday in ISO week 37
    assert values("It began in the week of 11 September 2001.")[
        "the week of 11 September 2001"] == "2001-W37"


def test_composite_time_expression():
    # published 2017-03-23; late September 2016; its Sundays after the 20th: the 25th
    got = found("The bus leaves at seven on a Sunday morning in late September.", "2017-03-23")
    assert got == {"seven on a Sunday morning in late September": ("TIME", "2016-09-25T07:00", "")}
    assert values("She died at 3.30pm on 5 June 2015.") == {"3.30pm on 5 June 2015":
                                                            "2015-06-05T15:30"}


# --------------------------------------------------------------------------- relative expressions

def test_deictic_expressions_resolve_against_publication():
    pub = "2019-03-15"  # a Friday in ISO week 11
    got = values("Yesterday she said that two years ago the plan failed, that last month was "
                 "bad, that next year will be better and that last summer was hot.", pub)
    assert got == {"Yesterday": "2019-03-14", "two years ago": "2017", "last month": "2019-02",
                   "next year": "2020", "last summer": "2018-SU"}
    assert values("He left last Thursday.", pub)["last Thursday"] == "2019-03-14"
    assert values("We meet this autumn.", pub)["this autumn"] == "2019-FA"


def test_last_summer_in_september_is_the_previous_year():
    # 17 September is still (astronomical) summer, so "last summer" is the one before
    assert values("Last summer, he was in despair.", "2007-09-17")["Last summer"] == "2006-SU"


def test_anaphora_uses_the_narrative_date():
    text = ("They met at the ranch in April 2002. A week later, Blair flew home. "
            "That night they dined alone.")
    got = found(text, "2007-09-17")
    assert got["April 2002"] == ("DATE", "2002-04", "")
    assert got["A week later"] == ("DATE", "2002-04", "")  # a month anchor: month precision
    assert got["That night"] == ("TIME", "2002-04-XXTNI", "")
    text = "The by-election was held on 23 February 2017. The following day, the leader spoke."
    assert values(text, "2017-03-23")["The following day"] == "2017-02-24"
    text = "A group met on 11 March 2017, and a rival group met that very day."
    assert values(text, "2017-03-23")["that very day"] == "2017-03-11"
    text = "The referendum was held on 23 June 2016. Since then, the party has split."
    assert values(text, "2019-03-15")["then"] == "2016-06-23"


def test_narrative_weekday_moves_forward():
    text = ("On Sunday 25 September 2016 the bus left Euston. There is a rally on Monday night. "
            "The following day he spoke.")
    got = values(text, "2017-03-23")
    assert got["Monday night"] == "2016-09-26TNI"
    assert got["The following day"] == "2016-09-27"


def test_present_past_future_references():
    got = values("He is now leaving; he was formerly a teacher and recently moved. In future "
                 "we shall see, and in the long term it may work. I have heard this before.")
    assert got == {"now": "PRESENT_REF", "formerly": "PAST_REF", "recently": "PAST_REF",
                   "future": "FUTURE_REF", "the long term": "FUTURE_REF", "before": "PAST_REF"}
    assert values("She is the schoolteacher she once was.")["once"] == "PAST_REF"
    assert not found("Once again he tried, and at once he left.")


# --------------------------------------------------------------------------- durations and sets

@pytest.mark.parametrize("text, expr, value, mod", [
    ("He leaves after four years in the post.", "four years", "P4Y", ""),
    ("What changed in his three decades in the service?", "three decades", "P3DE", ""),
    ("He lived on the fringes for 30 years.", "30 years", "P30Y", ""),
    ("I have known him for nearly two decades.", "nearly two decades", "P2DE", "LESS_THAN"),
    ("It lasted a decade.", "a decade", "P1DE", ""),
    ("We waited a few months.", "a few months", "PXM", ""),
    ("The meeting lasted two hours.", "two hours", "PT2H", ""),
    ("It took half an hour.", "half an hour", "PT30M", ""),
    ("It came a full 11 months before the war.", "a full 11 months", "P11M", ""),
    ("They stayed for about 30 years.", "about 30 years", "P30Y", "APPROX"),
    ("A 10-year plan was agreed.", "10-year", "P10Y", ""),
])
def test_durations(text, expr, value, mod):
    assert found(text).get(expr) == ("DURATION", value, mod)


@pytest.mark.parametrize("text, expr, value", [
    ("The group meets every week.", "every week", "P1W"),
    ("The newsletter appears weekly.", "weekly", "P1W"),
    ("He preaches every Sunday.", "every Sunday", "XXXX-WXX-7"),
    ("Fees are reviewed annually.", "annually", "P1Y"),
    ("They meet twice a month.", "twice a month", "P1M"),
    ("The plant makes 1,500 tonnes a day.", "a day", "P1D"),
])
def test_sets(text, expr, value):
    assert found(text).get(expr) == ("SET", value, "")


# --------------------------------------------------------------------------- negatives

@pytest.mark.parametrize("text", [
    "Labour has 600,000 members, up from 528,000.",
    "The coach could not drive at more than 20mph.",
    "They sent 85 carloads of activists to the seat.",
    "Labour is on 27 per cent to the Tories' 41 per cent.",
    "The ticket cost £1,975 and the fine was $2,015.",
    "See page 1999 of the report and issue 2004 of the journal.",
    "The ambassador, aged 57, met a 57-year-old farmer and her five-year-old son.",
    "The 29-year-old organiser, 84, spoke.",
    "He won by 2000 votes and ran 1500 metres.",
    "Some 13 million people watched the 150 local groups.",
    "A second resolution was needed for the first time.",
    "The Sunday Times and Good Friday agreement were cited.",
    "He was 57 years old.",
    "As soon as he arrived, soon after the war, he said he was originally from Leeds.",
    "Then, having got a bit grimy, they bathed. Then, in a single afternoon, it was over.",
    "The 2000 or so delegates tried it in 1000 ways, in 2000 words, by 1999 points, at 1500 hours.",
])
def test_no_false_positives(text):
    assert found(text) == {}


def test_odd_input_does_not_crash():
    assert find_timexes("").empty
    assert find_timexes("no dates here at all").empty
    assert list(find_timexes(None).columns)  # type: ignore[arg-type]
    with pytest.warns(UserWarning, match="31 February 2001"):  # named, not silently dropped
        df = find_timexes("In 1998 and 2,000,000 and 31 February 2001 and 0/0/2001.")
    assert "1998" in set(df["text"])


def test_without_reference_deictic_values_keep_x():
    got = values("He left last week and returns on 22 March.", reference=None)
    assert got["22 March"] == "XXXX-03-22"


# --------------------------------------------------------------------------- fixture corpus

WIRE_EXPECTED = [
    # published Friday 2019-04-05 (ISO week 14), values worked out by hand
    ("Friday", "DATE", "2019-04-05"),
    ("next week", "DATE", "2019-W15"),
    ("Friday", "DATE", "2019-04-05"),
    ("March 22", "DATE", "2019-03-22"),
    ("last week", "DATE", "2019-W13"),
    ("April 10", "DATE", "2019-04-10"),
    ("2015", "DATE", "2015"),
    ("10 years", "DURATION", "P10Y"),
    ("last year", "DATE", "2018"),
    ("Tuesday", "DATE", "2019-04-02"),
    ("Thursday", "DATE", "2019-04-04"),
    ("Two years ago", "DATE", "2017"),
]


def test_us_wire_fixture():
    from helpers.core.corpus import load_corpus

    corpus = load_corpus(FIXTURES / "timeline")
    df = extract_timexes(corpus)
    assert list(df.columns) == TIMEX_COLUMNS
    assert list(zip(df["text"], df["type"], df["value"])) == WIRE_EXPECTED
    text = next(iter(corpus.texts.values()))
    for row in df.itertuples():
        assert text[row.start:row.end] == row.text
        assert text[row.event_start:row.event_end] == row.event_text
        assert row.event_start <= row.start and row.end <= row.event_end
    said = df.iloc[0]
    assert said["anchor"] == "publication" and said["anchor_value"] == "2019-04-05"
    assert said["interval_start"] == said["interval_end"] == "2019-04-05"
    assert df.iloc[1]["interval_start"] == "2019-04-08" and df.iloc[1]["interval_end"] == (
        "2019-04-14")


def test_cli_with_date(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Council votes on cuts\n\nThe council said Tuesday it would vote "
                       "on March 22.\n", encoding="utf-8")
    buf = io.StringIO()
    with redirect_stdout(buf):
        status = main(["timeline", str(article), "--date", "2019-03-14"])
    assert status == 0
    out = pd.read_csv(io.StringIO(buf.getvalue()), keep_default_na=False)
    assert list(out["text"]) == ["Tuesday", "March 22"]
    assert list(out["value"]) == ["2019-03-12", "2019-03-22"]
    assert set(out["anchor"]) == {"publication"}


def test_plain_fixture_corpus(plain_corpus):
    df = extract_timexes(plain_corpus)
    got = dict(zip(df["text"], df["value"]))
    # council_budget.txt is dated 2019-03-14 (a Thursday), party_row.txt 2018-03-10 (Saturday)
    assert got["Tuesday"] == "2019-03-12"
    assert got["last week"] == "2019-W10"
    assert got["March 22"] == "2019-03-22"
    assert got["Friday"] == "2018-03-09"
    assert got["February"] == "2018-02"
    assert got["the early 1990s"] == "199"
    assert got["the summer"] == "2018-SU"


# --------------------------------------------------------------------------- scoring

def test_score_timexes_counts():
    gold = pd.DataFrame({"source": ["a.txt"] * 3, "start": [0, 10, 30], "end": [5, 20, 35],
                         "text": ["x"] * 3, "type": ["DATE", "DATE", "DURATION"],
                         "value": ["2001", "2002-04", "P4Y"], "mod": ["", "", ""]})
    pred = pd.DataFrame({"source": ["dir/a.txt"] * 3, "start": [0, 12, 50], "end": [5, 20, 55],
                         "text": ["x"] * 3, "type": ["DATE", "DATE", "DATE"],
                         "value": ["2001", "2002", "2003"], "mod": ["", "", ""]})
    s = score_timexes(pred, gold)
    assert s["strict_precision"] == pytest.approx(1 / 3)
    assert s["strict_recall"] == pytest.approx(1 / 3)
    assert s["relaxed_precision"] == pytest.approx(2 / 3)
    assert s["relaxed_recall"] == pytest.approx(2 / 3)
    assert s["value_accuracy"] == pytest.approx(1 / 2)
    assert s["type_accuracy"] == pytest.approx(1.0)
    errors = timex_errors(pred, gold)
    assert sorted(errors["error"]) == ["extent", "missed", "spurious", "value"]


# --------------------------------------------------------------------------- corpus thresholds

@pytest.mark.skipif(not GOLD.exists(), reason="data/annotations/timex.csv not annotated yet")
def test_corpus_thresholds(corpus):
    from helpers.evaluate.validation import load_gold

    scores = score_timexes(extract_timexes(corpus), load_gold("timex"))
    assert scores["relaxed_f1"] >= 0.95, scores
    assert scores["value_accuracy"] >= 0.90, scores


def test_corpus_rows_reproduce_their_text(corpus):
    df = extract_timexes(corpus)
    assert len(df) > 50
    for row in df.itertuples():
        text = corpus.texts[row.source]
        assert text[row.start:row.end] == row.text
    assert set(df["anchor"]) <= {"absolute", "publication", "speech", "narrative", "none"}
    assert set(df["type"]) <= {"DATE", "TIME", "DURATION", "SET"}
    # the CV line of the 2007 profile and the deadline of the 2017 report
    got = dict(zip(df["text"], df["value"]))
    assert got["5 December 1949"] == "1949-12-05"
    assert got["2003-2007"] == "2003/2007"


# --------------------------------------------------------------------------- wire and news styles

def test_weekday_fixes_the_year_of_a_year_less_date():
    # 19 March was a Tuesday in 2019 (not in 2017 or 2018)
    text = "A revolt in the autumn of 2017 failed. The vote is expected on Tuesday 19 March."
    assert values(text, "2019-03-09")["Tuesday 19 March"] == "2019-03-19"


def test_present_perfect_keeps_the_writers_present():
    # "have delayed ... in July": the July before publication, not one after the 2017 scene
    text = ("A revolt in the autumn of 2017 failed. Since then, ministers have twice delayed "
            "the rollout, most recently in July.")
    assert values(text, "2019-03-09")["July"] == "2018-07"


def test_day_ranges_and_wire_clock_times():
    pub = "2019-03-12"  # a Tuesday
    got = values("Prices rose on Tuesday, reaching $71.30 by 1105 GMT. The group meets on "
                 "April 17-18 and again on 3-4 June 2020.", pub)
    assert got == {"Tuesday": "2019-03-12", "1105 GMT": "2019-03-12T11:05",
                   "April 17-18": "2019-04-17/2019-04-18", "3-4 June 2020": "2020-06-03/2020-06-04"}


def test_start_and_end_of_the_year():
    got = found("The market is tighter than at the start of the year.", "2019-03-12")
    assert got["the start of the year"] == ("DATE", "2019", "START")


def test_quarters_decade_lists_and_named_years():
    got = values("Profits in the second quarter of 2019 rose, after Q3 2018 and the first half "
                 "of the year; the party of the 1960s and '70s; the 1800s.", "2019-06-14")
    assert got == {"the second quarter of 2019": "2019-Q2", "Q3 2018": "2018-Q3",
                   "the first half of the year": "2019-H1", "the 1960s": "196", "'70s": "197",
                   "the 1800s": "18"}
    # a year that is part of a name is not a time
    assert found("Tory MPs on the 1922 Committee met before the 2000 Guineas.") == {}
    assert found("The senator said late Tuesday that talks resume early next week.",
                 "2019-06-14") == {"late Tuesday": ("DATE", "2019-06-11", "END"),
                                   "early next week": ("DATE", "2019-W25", "START")}


def test_holidays_weekends_and_vague_anaphora():
    pub = "2020-01-10"  # a Friday
    text = ("She was born on 12 January 1928. Months later the family moved; that same year "
            "her father died. Over the weekend, her family said she had spent Christmas in "
            "Leeds and Christmas Eve 1999 in Paris. We worked weekends.")
    got = found(text, pub)
    assert got["Months later"] == ("DATE", "1928", "")
    assert got["that same year"] == ("DATE", "1928", "")
    assert got["the weekend"] == ("DATE", "2020-W01-WE", "")  # Sat 4 - Sun 5 January 2020
    assert got["Christmas"] == ("DATE", "2019-12-25", "")
    assert got["Christmas Eve 1999"] == ("DATE", "1999-12-24", "")
    assert got["weekends"] == ("SET", "XXXX-WXX-WE", "")
    # Easter 2019 was on 21 April, so Good Friday on the 19th
    assert values("Easter Sunday 2019 and Good Friday 2019.") == {
        "Easter Sunday 2019": "2019-04-21", "Good Friday 2019": "2019-04-19"}
    assert values("In the summer of '46 she moved.", pub)["the summer of '46"] == "1946-SU"


def test_more_references_and_years_in_lists():
    got = values("At present the party is weak. Years ago it was strong, and in recent years it "
                 "has shrunk. In the coming weeks it will meet. 2016 was a bad year; it grew in "
                 "2005, 2010 and 2015.", "2019-06-14")
    assert got == {"present": "PRESENT_REF", "Years ago": "PAST_REF", "recent years": "PAST_REF",
                   "the coming weeks": "PXW", "2016": "2016", "2005": "2005", "2010": "2010",
                   "2015": "2015"}


def test_us_politics_style():
    pub = "2020-10-30"  # a Friday in ISO week 44
    got = values("Trump said Thursday night he would not concede if he lost on Nov. 3, repeating "
                 "claims he made earlier Wednesday. Last fall his campaign raised money, and this "
                 "past weekend it raised more. Voters in the fall of 2016 and the 2018 midterms "
                 "chose differently. Polls open on Election Day.", pub)
    assert got == {"Thursday night": "2020-10-29TNI", "Nov. 3": "2020-11-03",
                   "earlier Wednesday": "2020-10-28", "Last fall": "2019-FA",
                   "this past weekend": "2020-W43-WE", "the fall of 2016": "2016-FA",
                   "2018": "2018", "Election Day": "2020-11-03"}


def test_narrative_past_sets_the_year_of_year_less_dates():
    text = "The leaders met in April 2002. On 5 May Blair flew home. Polls open on 3 March."
    got = values(text, "2007-09-17")
    assert got["5 May"] == "2002-05-05"  # past tense, in a story set in 2002
    # present tense: from publication; 2007-03-03 is 198 days back, 2008-03-03 168 days ahead
    # (x 1.5 = 252): the earlier one
    assert got["3 March"] == "2007-03-03"


def test_decade_names_halves_and_prefixed_years():
    got = values("In 1950 it began; half a century later it ended. For a year and a half, in the "
                 "Sixties and since '97, the post-2008 economy grew.", "2019-06-14")
    assert got == {"1950": "1950", "half a century later": "2000", "a year and a half": "P18M",
                   "the Sixties": "196", "'97": "1997", "2008": "2008"}


def test_today_meaning_nowadays():
    df = find_timexes("The Britain of today is different; to this day people remember. The "
                      "council meets today.", reference="2019-06-14")
    assert list(zip(df["text"], df["value"])) == [
        ("today", "PRESENT_REF"), ("this day", "PRESENT_REF"), ("today", "2019-06-14")]
    assert values("Even today the scars remain.")["today"] == "PRESENT_REF"


def test_modified_ago_and_bare_plural_durations():
    got = found("I was elected less than a year ago; it will be studied for decades, and he was "
                "out within days.", "2016-06-30")
    assert got == {"less than a year ago": ("DATE", "2015", "LESS_THAN"),
                   "decades": ("DURATION", "PXDE", ""), "days": ("DURATION", "PXD", "")}


def test_times_on_holidays():
    got = values("Polls open at 7 a.m. on Election Day; on the morning of Christmas Day 2019 he "
                 "played golf.", "2020-10-30")
    # US Election Day 2020: the Tuesday after the first Monday of November = 3 November
    assert got == {"7 a.m. on Election Day": "2020-11-03T07:00",
                   "the morning of Christmas Day 2019": "2019-12-25TMO"}


def test_rates_names_and_from_now():
    got = found("Justice Sandra Day O'Connor spoke; a century from now things change; children "
                "read for a half-hour a day and take one holiday a year.", "1990-06-15")
    # "a half-hour" is a duration like "half an hour" (round 10; the rate is "a day")
    assert got == {"a century from now": ("DATE", "20", ""), "a day": ("SET", "P1D", ""),
                   "a year": ("SET", "P1Y", ""), "a half-hour": ("DURATION", "PT30M", "")}


def test_nth_weekday_of_a_month():
    # May 2019: Mondays 6, 13, 20, 27; November 2019: Tuesdays 5, 12, 19, 26
    assert values("It fell on the last Monday of May 2019 and the second Tuesday in November "
                  "2019.") == {"the last Monday of May 2019": "2019-05-27",
                               "the second Tuesday in November 2019": "2019-11-12"}


def test_day_before_yesterday():
    assert values("He left the day before yesterday and returns the day after tomorrow.",
                  "2019-06-14") == {"the day before yesterday": "2019-06-12",
                                    "the day after tomorrow": "2019-06-16"}


def test_find_timexes_on_a_slice_keeps_offsets_into_the_whole_text():
    text = "Header 1999.\nIn 2005 the plan began; by 2010 it had failed.\nFooter in 2020."
    lo = text.index("In 2005")
    hi = text.index("\nFooter")
    df = find_timexes(text, start=lo, end=hi)
    assert list(df["text"]) == ["2005", "2010"]
    assert [text[s:e] for s, e in zip(df["start"], df["end"])] == ["2005", "2010"]
    assert df["start"].iloc[0] == text.index("2005")


def test_cited_pieces_are_in_the_past():
    # letters-page citations name earlier pieces: July 6 before a 15 June publication is 1989's
    got = values("Your report was wrong (news article, July 6).", "1990-06-15")
    assert got == {"July 6": "1989-07-06"}


def test_year_heading_a_line():
    text = "1968: the year that changed Britain\n2001 – joined the cabinet\n1500, the troops."
    assert values(text) == {"1968": "1968", "2001": "2001"}


def test_keyed_windows_find_what_a_full_scan_finds(raw_text):
    """Each pattern runs only near hits of its key; a wrong key would silently lose matches."""
    import re

    from helpers.instruments.timeline.scan import scan as _scan

    samples = [raw_text, (FIXTURES / "timeline" / "senate_budget.txt").read_text("utf-8"),
               "Polls open at 7 a.m. on Election Day; the second quarter of 2019; weeks before "
               "he left; another year of drift; Saturday mornings throughout March; 1105 GMT; "
               "half a century later; the 2018 midterms; the summer of '46; in '97; 1968: a year",
               "Two decades on, in the first quarter, $5 per week, Tuesday at 7 p.m., the day "
               "before yesterday, the last Monday of May, less than a year ago, for decades",
               "fiscal 2025, FY19, the end of the fiscal year, from July 1 to June 30, in a "
               "generation, scheduled for 2027, from March 2001 through June 2003, for 2030."]
    for text in samples:
        for line in re.finditer(r"[^\n]+", text):
            keyed = [(c.start, c.end, c.kind) for c in _scan(text, line.start(), line.end())]
            full = [(c.start, c.end, c.kind)
                    for c in _scan(text, line.start(), line.end(), use_keys=False)]
            assert keyed == full, text[line.start():line.end()][:80]


def test_other_styles_constructions():
    got = found("The vote came after months of talks. It began weeks before he left. We cannot "
                "afford another year of drift. Sessions are held on Saturday mornings throughout "
                "March, and a two-week recess begins Friday.", "2024-03-26")
    assert got == {"months": ("DURATION", "PXM", ""), "weeks": ("DURATION", "PXW", ""),
                   "another year": ("DURATION", "P1Y", ""),
                   "Saturday mornings": ("SET", "XXXX-WXX-6TMO", ""),
                   "March": ("DATE", "2024-03", ""), "two-week": ("DURATION", "P2W", ""),
                   "Friday": ("DATE", "2024-03-29", "")}


def test_day_then_time_and_per_rates():
    pub = "2024-12-12"  # a Thursday
    got = values("The council meets Tuesday at 7 p.m.; the hearing is March 3 at 10am. Parking "
                 "costs $5 per week; per day he said nothing.", pub)
    assert got == {"Tuesday at 7 p.m.": "2024-12-17T19:00", "March 3 at 10am": "2025-03-03T10:00",
                   "per week": "P1W"}


def test_units_on_and_bare_quarters():
    got = values("It began in 2002. Two decades on, he regrets it. Profits rose in the first "
                 "quarter, but in the fourth quarter of the game they lost.", "2024-05-03")
    assert got == {"2002": "2002", "Two decades on": "2022", "the first quarter": "2024-Q1"}


# --------------------------------------------------------------------------- generalisation round

def test_past_reporting_verb_dates_the_report_despite_an_earlier_modal():
    pub = "2024-05-03"  # a Friday: "said on Friday" in a Friday story is that day
    got = values("Britain will set up a joint centre, the two governments said on Friday. "
                 "The city will cut jobs, the manager told reporters Thursday.", pub)
    assert got == {"Friday": "2024-05-03", "Thursday": "2024-05-02"}


def test_a_future_date_anchors_later_references_but_not_past_narrative():
    pub = "2024-12-12"
    got = values("A public hearing is scheduled for Jan. 9, and a final vote could come later "
                 "that month.", pub)
    assert got["later that month"] == "2025-01"
    # a past clause after a future deadline counts from the last past date instead
    got = values("The rules change on 1 July. On 11 March the board met; a week later, the "
                 "paper published the plan.", "2017-03-23")
    assert got["a week later"] == "2017-03-18"


def test_fiscal_years():
    # a city whose fiscal year ends on 30 June; published 2024-12-12 (in fiscal 2025)
    text = ("The town must cut its fiscal 2026 budget. Its fiscal year runs from July 1 to June "
            "30. Cuts would last through the end of the fiscal year. Next fiscal year looks worse.")
    got = found(text, "2024-12-12")
    assert got["fiscal 2026"] == ("DATE", "2026", "")
    assert got["from July 1 to June 30"] == ("DATE", "XXXX-07-01/XXXX-06-30", "")
    assert got["the end of the fiscal year"] == ("DATE", "2026-06-30", "")
    assert got["Next fiscal year"] == ("DATE", "2026", "")  # the one after fiscal 2025
    assert "fiscal year" not in got and "Its fiscal year" not in got  # generic definition
    # without a definition: the year, mod END; "FY2019"
    got = found("Spending in FY2019 rose and will fall by the end of the fiscal year.",
                "2019-03-15")
    assert got["FY2019"] == ("DATE", "2019", "")
    assert got["the end of the fiscal year"] == ("DATE", "2019", "END")


def test_ranges_of_year_less_days():
    got = values("The exhibition runs from July 1 to Aug. 30. Talks ran between 3 March and "
                 "10 April.", "2019-03-15")
    assert got == {"from July 1 to Aug. 30": "2019-07-01/2019-08-30",
                   "between 3 March and 10 April": "2019-03-03/2019-04-10"}


def test_generation_and_years_after_for():
    got = found("It is the biggest step in a generation. Families have farmed here for "
                "generations. A review is scheduled for 2027, and funds are earmarked for 2026 "
                "and beyond. The plan was drawn up for 2030. A new generation of ships is due.",
                "2024-05-03")
    assert got == {"a generation": ("DURATION", "PXY", ""),
                   "generations": ("DURATION", "PXY", ""), "2027": ("DATE", "2027", ""),
                   "2026": ("DATE", "2026", ""), "2030": ("DATE", "2030", "")}


def test_counts_after_for_are_not_years():
    assert values("He paid for 2000 tickets and voted for 2024 candidates.", "2024-05-03") == {}


def test_month_ranges_ordinal_sets_fiscal_quarters():
    got = values("He served from March 2001 through June 2003 and between November and "
                 "February 2019. The board meets every third Thursday. Profits rose in the "
                 "second quarter of fiscal 2018 and in FY19.", "2019-03-15")
    assert got == {"from March 2001 through June 2003": "2001-03/2003-06",
                   "between November and February 2019": "2018-11/2019-02",
                   "every third Thursday": "XXXX-WXX-4",
                   "the second quarter of fiscal 2018": "2018-Q2", "FY19": "2019"}


def test_a_simple_past_verb_before_a_date_keeps_it_before_publication():
    pub = "2024-12-12"
    got = values("The law took effect Jan. 1. The ban was scheduled for Jan. 9. He said he "
                 "would quit if he lost on Jan. 5.", pub)
    assert got == {"Jan. 1": "2024-01-01", "Jan. 9": "2025-01-09", "Jan. 5": "2025-01-05"}


def test_deictic_words_are_not_modals_and_years_are_not_rate_quantities():
    pub = "2023-06-14"  # a Wednesday
    got = found("Ahead of next month's summit, ministers met on Monday evening. The work will "
                "be completed on Monday. He quit in 2019, after a decade in the job. The library "
                "serves 2,300 visitors a month.", pub)
    assert got["Monday evening"] == ("TIME", "2023-06-12TEV", "")
    assert got["Monday"] == ("DATE", "2023-06-19", "")
    assert got["a decade"] == ("DURATION", "P1DE", "")
    assert got["a month"] == ("SET", "P1M", "")


def test_scheduling_verbs_look_forward_and_fiscal_year_end_definitions():
    pub = "2025-03-09"
    got = values("Early voting begins Oct. 21 and runs through Nov. 1. The agency's fiscal "
                 "year ends Sept. 30. Its budget must balance by the end of the fiscal year.", pub)
    assert got == {"Oct. 21": "2025-10-21", "Nov. 1": "2025-11-01", "Sept. 30": "XXXX-09-30",
                   "the end of the fiscal year": "2025-09-30"}


def test_recurring_months_oclock_times_and_named_programmes_and_budgets():
    pub = "2022-05-10"
    got = values("The board meets every year in March. Mortgage rates rose to 4.75% and savers "
                 "got at 4.25 per cent. The project could take five months or more. She spoke "
                 "on the Today programme about the spring budget. The vote is at three o'clock.",
                 pub)
    assert got == {"every year": "P1Y", "March": "XXXX-03", "five months or more": "P5M",
                   "three o'clock": "2022-05-10T15:00"}


def test_a_season_after_a_deadline_or_an_infinitive_of_intent_lies_ahead():
    pub = "2021-10-05"
    got = values("The rebels hope to oust the chair before the spring. The two ministers said "
                 "they had agreed to hold talks in Paris in the summer. Sales fell in the spring.",
                 pub)
    assert got == {"the spring": "2021-SP", "the summer": "2022-SU"}
    got = values("The rebels hope to oust the chair before the spring.", pub)
    assert got == {"the spring": "2022-SP"}


def test_an_indefinite_weekday_is_generic_and_monthly_ordinal_weekdays_are_one_set():
    pub = "2022-02-16"
    got = values("Volunteers come in on a rainy Saturday to sort the parcels. The club meets "
                 "every third Monday of the month.", pub)
    assert got == {"a rainy Saturday": "XXXX-WXX-6",
                   "every third Monday of the month": "P1M"}
    assert values("The mayor told a reporter Tuesday that he would stay.", pub) == {
        "Tuesday": "2022-02-15"}


def test_took_office_in_a_month_is_before_publication():
    pub = "2023-10-04"
    got = values("The governor, who took office in December, has vetoed two bills.", pub)
    assert got == {"December": "2022-12"}


def test_of_the_last_century_is_the_previous_century_and_over_it_a_duration():
    pub = "2012-06-01"
    assert found("It was the worst flood of the last century.", pub) == {
        "the last century": ("DATE", "19", "")}
    assert values("Sea levels rose over the last century.", pub) == {"the last century": "P1CE"}


def test_bare_plural_spans_after_a_verb_of_sequence():
    got = values("The deal follows months of wrangling. Amid weeks of protests, the weeks went "
                 "by.", "2020-01-01")
    assert got == {"months": "PXM", "weeks": "PXW"}


def test_today_in_a_quote_is_not_a_scheduled_future_day():
    got = values('The minister is due to visit Paris on May 20. "We are ready, and today we '
                 'prove it," an aide said.', "2021-05-18")
    assert got == {"May 20": "2021-05-20", "today": "2021-05-18"}
