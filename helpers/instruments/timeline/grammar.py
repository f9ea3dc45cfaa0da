"""The grammar of temporal expressions: word tables, regular-expression pieces and patterns.

Each pattern is declared in one call with the kind of expression it finds (``cal``, ``year``,
``deictic``, ``dur`` ...; the resolver has one function per kind), its priority and its *key*,
a cheap regular expression every match contains (the scanner only runs a pattern near hits of
its key). Contextual filters that regular expressions cannot express compactly live in
:mod:`helpers.instruments.timeline.scan`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers.core.lexicons import load_words
from helpers.core.literals import EXACT, required_literals
from helpers.core.vocabulary import MONTH_ABBREVIATIONS, MONTH_NUMBERS
from helpers.instruments.timeline.named_days import NAMED_DAY_KEY, NAMED_DAY_RE

# --------------------------------------------------------------------------- vocabulary

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "half an": 0.5,
    "a half": 0.5, "dozen": 12, "a dozen": 12, "half-dozen": 6, "half dozen": 6,
    "half a dozen": 6,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "twenty-first": 21, "twenty first": 21}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9, "noughties": 0}
UNIT_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
              "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
              "century": "CE"}
UNIT_FACTOR = {"fortnight": 2}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|" \
            r"November|December)"
_MONTH_ABBR_RE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
ANY_MONTH_RE = rf"(?:{MONTH_RE}|{_MONTH_ABBR_RE})"
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR_RE = r"(?:1[0-9]{3}|20[0-9]{2})"
DAY_RE = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: a day of the month spelled out as an ordinal, as broadcast transcripts write it ("March
#: eighth", "the twenty-first of June")
_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEEN_ORDINALS = ("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                  "eighteenth nineteenth twentieth").split()
_DAY_WORD_RE = (rf"(?:(?:(?:twenty|thirty)[-\s])?(?:{'|'.join(_UNIT_ORDINALS)})|"
                rf"{'|'.join(_TEEN_ORDINALS)}|thirtieth)")
_DAY_ORDINALS = {w: i + 1 for i, w in enumerate(_UNIT_ORDINALS + _TEEN_ORDINALS)}
_NUM_WORD_RE = (r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand)|"
                r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|"
                r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
                r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                r"eighteen|nineteen|hundred|(?:a\s+|half[-\s]+(?:a\s+)?)?dozen")
_UNIT_RE = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ies))s?"
#: number words and units, for the scanner's look at the context (:mod:`.scan`)
NUM_WORD_RE = _NUM_WORD_RE
UNIT_RE = _UNIT_RE
#: The first count of two alternatives just before a duration ("two or " three weeks, "two- or "
#: three-week), with a deictic lead ("the past two or "): TimeML tags the whole quantity.
ALTERNATIVE_LEAD_RE = re.compile(
    rf"(?:(?<![\w-])[Tt]he\s+(?:past|last|next|coming|previous|first|final)\s+)?(?<![\w-])"
    rf"(?:[0-9]{{1,3}}|{_NUM_WORD_RE}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    rf"twelve)-?\s+or\s+$", re.IGNORECASE)
SEASON_RE = r"(?:spring|summer|autumn|winter|Spring|Summer|Autumn|Winter)"
_MOD_RE = (r"(?i:(?:the\s+)?(?:early|late|mid)(?:\s*-\s*|\s+)(?:on\s+)?(?:in\s+)?|mid-|"
           r"(?:the\s+)?(?:start|beginning|middle|end|close)\s+of\s+(?:the\s+)?)")
_PREP_RE = (r"(?:in|In|since|Since|by|By|until|Until|till|before|Before|after|After|during|"
            r"During|from|From|to|between|Between|of|around|Around|circa|c\.|through|"
            r"throughout|Throughout|year|from|and|or|into|Into|both|for|For)")
#: Words ending in -s after a number that do not make it a count (``in 2005 was ...``).
NOT_PLURAL = frozenset(load_words("timeline_not_plural.txt"))
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: A year in words: ``nineteen ninety-six`` (19 + a tens word), ``the year two thousand (and
#: one)``; ``nineteen`` alone or ``two thousand`` alone is a number, not a year.
SPOKEN_YEAR_RE = (rf"[Nn]ineteen[-\s](?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)}))?"
                  rf"|(?<=[Yy]ear\s)two\s+thousand(?:\s+and\s+(?:{'|'.join(_UNITS)}|ten))?")


def spoken_year(words: str) -> int:
    """The year written in words by :data:`SPOKEN_YEAR_RE` (``nineteen ninety-six`` -> 1996)."""
    w = re.split(r"[-\s]+", words.lower())
    if w[0] == "two":  # two thousand (and N)
        return 2000 + (10 if w[-1] == "ten" else _UNITS.index(w[-1]) + 1 if w[-1] in _UNITS else 0)
    return 1900 + 10 * (_TENS.index(w[1]) + 2) + (_UNITS.index(w[2]) + 1 if len(w) > 2 else 0)


#: Words after which clause-final ``before``/``ahead`` is not a bare time reference.
NOT_BEFORE_AHEAD = frozenset(load_words("timeline_not_before_ahead.txt"))
#: Capitalised words that make a following weekday a name (``Black Friday``), lower case.
WEEKDAY_NAME_WORDS = frozenset(load_words("timeline_weekday_name_words.txt"))
#: Clock times in words (timeline round 29): words of the sentence that show a clock is meant
#: (a part of day, a day, a meal, ``sharp``), schedule verbs just before the preposition
#: (``closes at ten``) and verbs and nouns that take a number, not a time (``stood at ten``,
#: ``backed the plan by five to four``), lower case.
CLOCK_EVIDENCE_WORDS = frozenset(load_words("timeline_clock_evidence.txt"))
CLOCK_VERBS = frozenset(load_words("timeline_clock_verbs.txt"))
CLOCK_NUMBER_WORDS = frozenset(load_words("timeline_clock_number_words.txt"))
#: Verbs of liking whose object ``a wet Tuesday morning`` is a kind of day (round 29).
KIND_OF_DAY_VERBS = frozenset(load_words("timeline_kind_of_day_verbs.txt"))


# keys shared by several patterns (see :class:`Pattern`)
#: (a month name or abbreviation not followed by a letter: not "market", "decade")
_MON_KEY = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            r"(?:uary|ruary|ch|il|e|y|ust|tember|t|ober|ember)?(?![a-z])")
_UNIT_KEY = r"second|minute|hour|day|week|fortnight|month|year|decade|centur"
_POD_KEY = r"morning|afternoon|evening|night"


def month_number(token: str) -> int:
    """The month of ``March``, ``Mar.``, ``Sept``; 0 when ``token`` is not a month."""
    t = token.lower().rstrip(".")
    return MONTH_NUMBERS.get(t) or MONTH_ABBREVIATIONS.get(t, 0)


def day_number(token: str) -> int:
    """The day of ``12th``, ``3``, ``eighth``, ``twenty-first`` (0 for no day: ``thirty-
    ninth``, which the scanner then drops)."""
    m = re.match(r"\d+", token)
    if m:
        return int(m.group())
    parts = re.split(r"[-\s]+", token.lower())
    tens = {"twenty": 20, "thirty": 30}
    if parts == ["thirtieth"]:
        return 30
    if len(parts) == 2 and parts[0] in tens:
        return tens[parts[0]] + _DAY_ORDINALS.get(parts[1], -100)
    return _DAY_ORDINALS.get(parts[0], 0) if len(parts) == 1 else 0


def mod_of(token: str | None) -> str:
    """TIMEX3 ``mod`` of a modifier: ``early``/``the start of`` -> START, ``mid`` -> MID ..."""
    if not token:
        return ""
    t = token.lower()
    if "early" in t or "start" in t or "beginning" in t:
        return "START"
    if "mid" in t or "middle" in t:
        return "MID"
    if "late" in t or "end" in t or "close" in t:
        return "END"
    return ""


def unit_name(token: str) -> str:
    """The singular unit named by ``Years``, ``centuries``, ``week`` (lower case)."""
    return token.lower().rstrip("s").replace("centurie", "century")


def number_value(token: str) -> float | None:
    """Numeric value of ``30``, ``four``, ``twenty-five``, ``a``, ``two hundred``; None for
    vague amounts."""
    t = re.sub(r"\s+", " ", token.lower().strip())
    if t.isdigit():
        return int(t)
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[1] in ("hundred", "thousand") and parts[0] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] * (100 if parts[1] == "hundred" else 1000)  # "two hundred"
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]]
    return None


class Pattern(NamedTuple):
    """One rule of the grammar: what it matches, the kind of expression, and its key.

    ``priority`` breaks ties between overlapping matches of equal length (higher wins).
    ``key`` is a cheap regular expression that every match contains: the scanner runs
    ``regex`` only in windows around the key's hits (case-insensitive), which is what makes
    it fast. ``key_lower`` is the same key compiled case-sensitively, for a lower-cased text.
    """

    regex: re.Pattern[str]
    kind: str
    priority: int
    key: re.Pattern[str]
    key_lower: re.Pattern[str]
    #: strings one of which every hit of ``key_lower`` contains (empty: unknown), a pre-test
    literals: tuple[str, ...] = ()


#: The grammar, in declaration order (the order breaks the last ties between candidates).
PATTERNS: list[Pattern] = []


def _add(pattern: str, kind: str, priority: int = 0, flags: int = 0, *, key: str) -> None:
    """Declare a pattern with its kind, priority and key (see :class:`Pattern`); the scanner
    keeps only its matches that start at a word start (:func:`~helpers.instruments.timeline.
    scan.word_start_matches`)."""
    lower = re.compile(key)
    PATTERNS.append(Pattern(re.compile(pattern, flags), kind, priority,
                            re.compile(key, re.IGNORECASE), lower,
                            tuple(sorted(required_literals(lower, EXACT) or ()))))


_M = _MOD_RE
# full dates, UK and US order, optional weekday in front
_add(rf"(?P<mod>{_M})?(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{DAY_RE})\s+(?:of\s+)?"
     rf"(?P<mon>{ANY_MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w-])", "cal", 3, key=_MON_KEY)
_add(rf"(?P<mod>{_M})?(?:(?P<tc>[Tt]his\s+(?:coming|past)\s+)?(?P<wd>{WEEKDAY_RE}),?\s+)?"
     rf"(?P<mon>{ANY_MONTH_RE})\s+(?P<day>{DAY_RE}|{_DAY_WORD_RE})"
     rf"(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w,.]?\d)(?![\w-])", "cal", 3, key=_MON_KEY)
_add(rf"(?P<mod>{_M})?[Tt]he\s+(?P<day>{_DAY_WORD_RE})\s+of\s+(?P<mon>{ANY_MONTH_RE})"
     rf"(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w,.]?\d)(?![\w-])", "cal", 3, key=_MON_KEY)
_add(rf"(?P<mod>{_M})?(?P<mon>{ANY_MONTH_RE}),?\s+(?:of\s+)?(?P<year>{YEAR_RE})(?![\w,.]?\d)",
     "cal", 2, key=_MON_KEY)
_add(r"(?<![\w/.-])(?P<year>(?:1[0-9]|20)[0-9]{2})-(?P<m>0[1-9]|1[0-2])-(?P<day>[0-3][0-9])"
     r"(?![\w/-])", "cal", 3, key=r"\d-\d")
_add(r"(?<![\w/.-])(?P<a>[0-3]?[0-9])/(?P<b>[01]?[0-9])/(?P<year>(?:1[0-9]|20)[0-9]{2})"
     r"(?![\w/])", "cal", 3, key=r"\d/\d")
# bare month after a preposition or a modifier ("in October", "early October", "last March")
_add(rf"(?:\b(?:in|In|of|by|By|until|Until|till|since|Since|during|During|from|From|to|"
     rf"before|Before|after|After|through|throughout|Throughout|across|into|early|Early|late|"
     rf"Late|mid)\s+|\bmid-)"
     rf"(?P<x>(?P<mon>{MONTH_RE}))(?![\w-])", "cal", 1, key=_MON_KEY)
_add(rf"(?P<mod>{_M})(?P<mon>{MONTH_RE})(?![\w-])", "cal", 2, key=_MON_KEY)
# a month before the noun it dates, after an article or a possessive ("a June agreement",
# "the party's July convention"); not "May" (a name, a modal), nor before a function word
_add(r"(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Tt]he\s)|(?<=\w['’]s\s))"
     r"(?P<x>(?P<mon>January|February|March|April|June|July|August|September|October|"
     r"November|December))(?=\s+[a-z])(?!\s+(?:of|on|to|and|or|in|at|for|from|by|with|"
     r"through|is|was|are|were|has|had|will|would|that|which|who)\b)", "cal", 1, key=_MON_KEY)
# round 15: a month coordinated with a month ("in June and July", "the August and September
# figures"), after "for" ("planned for September"), before a possessive ("September's sales"),
# or after an article and one adjective ("the strong October report"); never "May" alone (a
# name, a modal: "May's team", "for May")
_MONTH_NOT_MAY = (r"(?:January|February|March|April|June|July|August|September|October|"
                  r"November|December)")
_add(rf"(?<![\w-]){MONTH_RE}\s+(?:and|or)\s+(?P<x>(?P<mon>{MONTH_RE}))(?![\w-])", "cal", 1,
     key=_MON_KEY)
_add(rf"\b[Ff]or\s+(?P<x>(?P<mon>{_MONTH_NOT_MAY}))(?![\w-])", "cal", 1, key=_MON_KEY)
_add(rf"(?<![\w-])(?P<x>(?P<mon>{_MONTH_NOT_MAY}))(?=['’]s\s+[a-z])", "cal", 1, key=_MON_KEY)
_add(rf"\b[Tt]he\s+[a-z]+\s+(?P<x>(?P<mon>{_MONTH_NOT_MAY}))(?=\s+(?:[a-z]|(?:and|or)\s+"
     rf"{MONTH_RE}))(?!\s+(?:of|on|to|in|at|for|from|by|with|through|is|was|are|were|has|had|"
     rf"will|would|that|which|who)\b)", "cal", 1, key=_MON_KEY)
# seasons
_add(rf"(?P<mod>{_M})?(?:the\s+)?(?P<season>{SEASON_RE})(?:\s+of)?,?\s+(?P<year>{YEAR_RE})"
     rf"(?![\w,.]?\d)", "cal", 2, key=r"spring|summer|autumn|winter")
_add(rf"(?P<mod>{_M})?(?P<det>the)\s+(?P<season>{SEASON_RE})(?![\w-])(?!\s+of\s+(?:his|her|"
     rf"their|our|my|its|life|discontent))", "cal", 1, key=r"spring|summer|autumn|winter")
_add(r"\b(?:in|In|during|During|by|until|since|over|through)\s+(?P<x>(?P<season>spring|"
     r"summer|autumn|winter))(?![\w-])", "cal", 0, key=r"spring|summer|autumn|winter")
# years in context
_add(rf"(?P<mod>{_M})(?P<year>{YEAR_RE})(?![\w,.]?\d)", "cal", 2, key=r"\d\d\d\d")
_add(rf"\b{_PREP_RE}\s+(?P<x>(?P<year>{YEAR_RE}))(?![\w,.%]?\d)(?![\w%£$€])", "year", 0,
     key=r"\d\d\d\d")
_add(rf"(?<=\()(?P<year>{YEAR_RE})(?=\))", "year", 0, key=r"\d\d\d\d")
# "the 2016 referendum" (not "the 1922 Committee": a name)
_add(rf"\b[Tt]he\s+(?P<x>(?P<year>{YEAR_RE}))(?P<det>)(?=\s+[a-z])"
     r"(?!\s+(?:or|to|and|of|in|who|that|which|people|odd|plus)\b)", "year", 0, key=r"\d\d\d\d")
# "his 1990 earnings projection", "a 2014 examination", "its 2009 peak": a possessive or an
# indefinite article makes the year a modifier of the noun after it (TimeBank 4 of 4, the set
# 11 of 12), not a count ("a 2000-seat hall" has its hyphen, "an 1800 word essay" a unit word
# after it). A capitalised word after the year is kept: "his 1990 Anheuser earnings" (TimeBank)
# and "Our 2020 Vision plan" look alike to the grammar (issue 14, left open)
_YEAR_UNIT_WORDS = "|".join(load_words("timeline_year_unit_words.txt"))
_add(rf"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Aa]n?)\s+(?P<x>(?P<year>{YEAR_RE}))"
     r"(?P<det>)(?=\s+[A-Za-z])(?!\s+(?:or|to|and|of|in|who|that|which|people|odd|plus)\b)"
     rf"(?!\s+(?:{_YEAR_UNIT_WORDS})\b)", "year", 0, key=r"\d\d\d\d")
_add(rf"(?<![\w£$€.,-])(?P<year>{YEAR_RE})(?=['’]s\s)", "year", 0, key=r"\d\d\d\d")
# "the 1967 Middle East war", "a 1992 New York State court case": a year before a capitalised
# modifier and then a common noun dates that noun; "the 1922 Committee" (a capitalised head, no
# common noun after it, or a verb or function word after it) stays a name
_NOT_AFTER_YEAR_NAME = "|".join(load_words("timeline_not_after_year_name.txt"))
_add(rf"\b(?:[Tt]he|[Aa])\s+(?P<x>(?P<year>{YEAR_RE}))(?P<det>)(?=(?:[^\S\n]+(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’-]*)){{1,5}}"
     rf"[^\S\n]+(?!(?:{_NOT_AFTER_YEAR_NAME})\b)(?![a-z]+ed\b)[a-z]{{3,}}\b)", "year", 0,
     key=r"\d\d\d\d")
# weeks
_add(rf"(?i:the\s+week\s+(?:of|beginning|starting|commencing)\s+)(?P<day>{DAY_RE})\s+(?:of\s+)?"
     rf"(?P<mon>{ANY_MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w-])", "week", 4, key=r"week")
_add(rf"(?i:the\s+week\s+(?:of|beginning|starting|commencing)\s+)(?P<mon>{ANY_MONTH_RE})\s+"
     rf"(?P<day>{DAY_RE})(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w-])", "week", 4, key=r"week")
# ranges of years
_add(rf"(?<![\w£$€.,/-])(?P<y1>{YEAR_RE})\s*[-–—/]\s*(?P<y2>{YEAR_RE}|[0-9]{{2}})(?![\w%]|[.,]\d)",
     "range", 3, key=r"\d\d\d\d")
_add(rf"(?P<w>[Bb]etween)\s+(?P<y1>{YEAR_RE})\s+and\s+(?P<y2>{YEAR_RE})(?![\w,.]?\d)",
     "range", 4, key=r"\d\d\d\d")
_add(rf"(?P<w>[Ff]rom)\s+(?P<y1>{YEAR_RE})\s+(?:to|until|till|through)\s+(?P<y2>{YEAR_RE})"
     rf"(?![\w,.]?\d)", "range", 4, key=r"\d\d\d\d")
# decades and centuries
_add(r"(?:(?P<the>the)\s+)?(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?(?P<dec>(?:1[0-9]|20)[0-9]0)"
     r"['’]?s(?!\w)", "decade", 2, key=r"\d0['’]?s")
_add(r"(?P<the>the)\s+(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?['’‘](?P<d2>[0-9]0)s(?!\w)",
     "decade", 2, key=r"0s")
_add(r"(?P<the>[Tt]he)\s+(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?(?P<dw>(?i:twenties|thirties|"
     r"forties|fifties|sixties|seventies|eighties|nineties|noughties))(?!\w)", "decade", 1,
     key=r"ties")
_add(r"(?:(?P<the>the)\s+)?(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?(?P<ord>[0-9]{1,2}(?:st|nd|"
     r"rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
     r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
     r"twenty[- ]first)[- ]century(?!\w)", "century", 2, re.IGNORECASE, key=r"century")
# clock times
_add(r"(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>am|pm|a\.m\.|p\.m\.)"
     r"(?!\w)(?:\s+(?P<tz>[ECMP][SD]T|GMT|BST|UTC)\b)?", "clock", 3, key=r"[ap]\.?m\b")
_add(r"(?<=\bat\s)(?P<h>[01]?[0-9]|2[0-3])[:.](?P<mi>[0-5][0-9])(?![\w.:]?\d)"
     r"(?!\s*(?:%|per\s*cent|percent|pc\b))", "clock", 2, key=r"\d[:.]\d")  # not "at 5.25%"
_add(r"(?<=\bat\s)(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
     r"1[0-2]|[1-9])(?:(?P<oc>\s+o['’]clock)(?!\w)|(?=\s+(?:on|in|this|that|tonight|"
     r"yesterday|tomorrow)\b|\s+(?:a\.m\.|p\.m\.|am\b|pm\b)))", "clock", 2, key=r"\bat\s")
#: the hour and the minutes before or after it in words, as British prose writes clock times
_HOUR_WORD_RE = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTE_WORD_RE = r"(?:half|(?:a\s+)?quarter|twenty[-\s]five|twenty|ten|five)"


def _after(*words: str) -> str:
    """Lookbehinds for ``words`` (and their capitalised forms) with one space after them."""
    return "|".join(rf"(?<=\b{w}\s)" for w in words + tuple(w.capitalize() for w in words))


# clock times in words, missed in two of three British writers' sets (timeline round 28):
# the minutes in words ("half past nine", "ten past four", "a quarter to six") or an hour with
# o'clock after a preposition; an approximator before either is inside, mod APPROX, as those
# writers tag it ("about ten o'clock", 2 of 2), and so is "at night" after it; not "ten to
# one" (odds); after "from" only "past": "from five to two", "from ten to twelve" is a range
# of two numbers, not a time (review 19)
_CLOCK_HEAD = (rf"(?:(?P<apx>[Aa]bout|[Aa]round)\s+|"
               rf"{_after('at', 'by', 'after', 'before', 'until', 'till', 'from')})")
_AT_NIGHT = r"(?:\s+at\s+(?P<cpod>night))?"
_add(rf"{_CLOCK_HEAD}(?:(?<!\bfrom\s)(?<!\bFrom\s)|(?!{_MINUTE_WORD_RE}\s+to\s))"
     rf"(?P<mw>{_MINUTE_WORD_RE})\s+(?P<dir>past|to(?!\s+one\b))\s+"
     rf"(?P<hw>{_HOUR_WORD_RE})(?:\s+o['’]clock)?(?!\w){_AT_NIGHT}", "clock", 2,
     key=r"\bpast\s|\bto\s")
_add(rf"{_CLOCK_HEAD}(?P<hw>{_HOUR_WORD_RE})\s+o['’]clock(?!\w){_AT_NIGHT}", "clock", 2,
     key=r"o['’]clock")
# ... and a bare hour word closing a clause after at/after/before/until ("closes at ten,",
# "doesn't run after six."); not after "by" (a margin: "won by six.")
_add(rf"(?:{_after('at', 'after', 'before', 'until', 'till')})(?P<hw>{_HOUR_WORD_RE})"
     r"(?=[,;:.!?”’\"](?!\d))", "clock", 2,
     key=rf"\b(?:at|after|before|until|till)\s+{_HOUR_WORD_RE}[,;:.!?”’\"]")
_add(r"(?<![\w-])(?P<nm>noon|midday|midnight)(?![\w-])", "clock", 1, re.IGNORECASE,
     key=r"noon|midday|midnight")
# a bare part of day used as a time, after a preposition ("by mid afternoon", "in the
# morning", "much of the morning"): a time of the day told, like a bare clock time (TimeBank
# 4 of 4, the PolNeAR set 7 of 8); the preposition is outside, ``the`` and early/late/mid
# inside (TimeML mod). Not before a noun it modifies ("the morning news"), nor in a name.
_add(rf"(?:\b(?:[Ii]n|[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Tt]hrough(?:out)?|[Ff]or|[Ii]nto|"
     rf"(?:much|most|part|rest|all)\s+of)\s+)(?P<x>(?:the\s+)?(?P<pmod>(?:[Ee]arly|[Ll]ate|[Mm]id)"
     rf"(?:-|\s+)?)?(?P<pday>morning|afternoon|evening))(?=\s*[.,;:!?)\"”’—–]|\s*$|\s+(?:to|in|"
     rf"on|at|as|and|or|but|when|while|with|for|from|after|before|until|that|the|an?|he|she|"
     rf"they|it|we|there|{WEEKDAY_RE})\b)", "clock", 1, key=_POD_KEY)
# weekdays (with an optional part of day); SET when plural
_add(rf"(?:(?P<mod>[Ee]arly|[Ll]ate)\s+|(?:[Ee]arlier|[Ll]ater)\s+)?(?P<wd>{WEEKDAY_RE})(?P<pl>s)?"
     rf"(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<pl2>s)?)?(?!\w)",
     "cal", 1, key=r"monday|tuesday|wednesday|thursday|friday|saturday|sunday")
_add(rf"[Tt]he\s+(?P<pod>morning|afternoon|evening|night)(?=\s+of\s+(?:the\s+)?(?:\d|{WEEKDAY_RE}|"
     rf"{MONTH_RE}|{NAMED_DAY_RE}|New\s+Year['’]s))", "cal", 0, key=_POD_KEY)
# deictic: last/next/this + unit, season, month, weekday
# ("the end of this week": the part is inside, as in "the end of the month", mod END)
_add(rf"(?:(?P<pre>[Ee]arlier|[Ll]ater)\s+(?=this)|(?P<mod>[Ee]arly|[Ll]ate|(?i:the\s+(?:start|"
     rf"beginning|middle|end|close)\s+of))\s+(?=this|next|last))?(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|"
     rf"[Tt]he\s+(?:past|last|next|coming))\s+(?P<what>week(?:end)?|"
     rf"month|year|decade|century|{SEASON_RE}|fall(?!\s+(?:in|of)\s+(?!(?:the|an?|this|that|"
     rf"his|her|their|its|our|my|your)\b)[a-z])|{MONTH_RE}|{WEEKDAY_RE}|morning|afternoon|"
     rf"evening|night)(?![\w-])", "deictic", 2, key=r"\b(?:last|next|this|past|coming)\b")
# "the current year" is this year (a date, not a stretch of time like "the past year")
_add(r"(?P<rel>[Tt]he\s+current)\s+(?P<what>week|month|year|decade|century)(?![\w-])", "deictic", 2,
     key=r"current")
# "late yesterday", "Earlier today": the modifier is inside (TimeML mod; TimeBank 4 of 4)
# ("mid-afternoon yesterday": a part of day before the day is one TIME, TimeBank 1 of 1)
_add(r"(?:(?P<dba>[Tt]he\s+day\s+(?:before|after))\s+|(?P<mod>[Ee]arly|[Ll]ate)\s+|"
     r"(?P<ppod>(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+)?(?:morning|afternoon|evening))\s+|"
     r"(?:[Ee]arlier|[Ll]ater)\s+)?(?<![\w@.])(?P<what>[Yy]esterday|[Tt]oday|[Tt]omorrow|"
     r"[Tt]onight)(?:\s+(?P<pod>morning|afternoon|evening|night))?(?!\w)", "deictic", 2,
     key=r"yesterday|today|tomorrow|tonight")
_add(rf"(?P<q>(?:nearly|almost|about|around|roughly|some|just|barely|more\s+than|less\s+than|"
     rf"over|under|at\s+least)\s+)?(?<![\d,.])(?P<n>[0-9]{{1,3}}|{_NUM_WORD_RE}|half\s+an?|an?|"
     rf"a few|a couple of|several|some|many)\s+"
     rf"(?P<unit>{_UNIT_RE})(?:,?\s+or\s+so,?)?\s+(?P<dir>ago|from\s+now|hence)(?!\w)",
     "deictic", 4, re.IGNORECASE, key=r"\bago\b|from\s+now|\bhence\b")  # "a week or so ago"
# anaphoric
_add(r"(?P<w>[Tt]he\s+(?:following|next|previous|same|preceding)|[Tt]hat(?:\s+very|\s+same)?|"
     r"[Tt]his\s+very)\s+(?P<what>day|morning|afternoon|evening|night|week|weekend|month|year)"
     r"(?![\w-])", "anaphoric", 3, key=_UNIT_KEY + "|" + _POD_KEY)
_add(r"(?P<w>[Tt]hat|[Tt]he\s+(?:following|next|previous|same))\s+(?P<season>spring|summer|autumn|"
     r"winter)(?![\w-])", "anaphoric", 3, key=r"spring|summer|autumn|winter")
_add(r"(?P<w>(?:[Ll]ater|[Ee]arlier)\s+(?:that|in\s+the|the\s+same))\s+(?P<what>day|morning|"
     r"afternoon|evening|night|week|month|year)(?![\w-])", "anaphoric", 4, key=r"later|earlier")
_add(r"(?P<w>[Tt]he)\s+(?P<what>day|night|week|month|year)\s+(?P<dir>before|after)(?=[.,;:!?)]|\s+"
     r"(?:that|this|and|but)\b|$)", "anaphoric", 3, key=r"\b(?:before|after)\b")
_add(rf"(?<![\d,.])(?P<n>[0-9]{{1,3}}|{_NUM_WORD_RE}|half\s+an?|an?|a few|a couple of|several|some|"
     rf"many)\s+"
     rf"(?P<unit>{_UNIT_RE})\s+(?P<dir>later|earlier|afterwards|before(?=[.,;:!?)])|"
     rf"on(?=\s*[,;]|\s+from\b))",
     "anaphoric", 4, re.IGNORECASE,
     key=r"later|earlier|afterwards|\bbefore\b|\bon(?=\s*[,;]|\s+from\b)")
_add(r"(?<=\b(?:at|At)\s)(?P<w>the|that)\s+(?P<what>time)(?![\w-])", "anaphoric", 2,
     key=r"\btime\b")
# present / past / future references
_add(r"(?<![\w'’-])(?:[Nn]ow|NOW|[Cc]urrently|[Nn]owadays|[Pp]resently(?=,))(?![\w'’-])", "ref", 1,
     key=r"\bnow\b|\bnowadays\b|currently|presently")
_add(r"\b(?:at|At|for|For)\s+(?P<x>the\s+moment)(?![\w-])", "ref", 2, key=r"moment")
_add(r"(?:[Mm]odern|[Rr]ecent)\s+times|(?<=\b(?:at|in)\s)(?:any\s+|a\s+)?recent\s+time(?!\w)|"
     r"(?:[Tt]hese|[Tt]hose)\s+days(?!\w)", "ref", 2, key=r"time|days")
_add(r"(?<![\w-])(?:[Rr]ecently|[Ff]ormerly|[Pp]reviously|[Oo]riginally(?!\s+from\b)|[Ll]ately|"
     r"[Hh]itherto|[Nn]ewly|(?<!\bas\s)[Ss]oon(?!\s+(?:as|after|afterwards)\b)|"
     r"[Ee]ventually(?=\s+(?:will|would)))(?![\w-])", "ref", 1,
     key=r"recently|formerly|previously|originally|lately|hitherto|newly|"
         r"soon|eventually")
# clause-final "before" (PAST_REF) and "ahead" (FUTURE_REF): "I have heard this before."
_add(r"(?<![\w-])(?P<w>before|ahead)(?=\s*[.,;:!?)”\"]|\s*$)", "ref", 0, re.MULTILINE,
     key=r"\bbefore\b|\bahead\b")
_add(r"(?:[Tt]he\s+(?:distant\s+|recent\s+|near\s+|immediate\s+)?(?:past|future)|(?<=\b(?:in|In)\s)"
     r"future)(?![\w-])(?!\s+(?:tense|perfect|generations?|plans?|government|leaders?|"
     r"prime|president|members?))(?!\s+[A-Z][a-z])", "ref", 1,
     key=r"\bpast\b|\bfuture\b")  # not an adjective before a name ("the future Grand Hotel")
_add(r"[Tt]he\s+(?:long|short|medium)\s+term(?![\w-])", "ref", 2, key=r"\bterm\b")
_add(r"\b(?:she|he|they|we|it|who|which|that|you|I|was|were|had|has|have|is|are)\s+"
     r"(?P<x>once)(?!\s+(?:again|more|a\b|an\b|every|per|in\s+a|or))(?![\w-])", "ref", 1,
     key=r"\bonce\b")
# "then" meaning "at that time"
_add(r"\b(?:since|Since|until|Until|till|by|By|back|Back|before|from|even)\s+(?P<x>then)"
     r"(?![\w-])", "then", 2, key=r"\bthen\b")
# "Then, the Cold War was ..." (a scene at that time), not "Then, having ..." / "Then, in ..."
_add(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?P<x>Then)(?=,\s+(?:the|a|an|his|her|their|its|our|"
     r"this|that|these|those)\s)", "then", 2, re.MULTILINE, key=r"\bthen\b")
_add(r"(?<=,\s)then(?=\s+(?:a|an|the|his|her|its|their|our|my|[A-Z]\w*['’]s)\s)", "then", 2,
     key=r"\bthen\b")
# durations ("a full year", "two full days": a count, then "full", two of three British
# writers' sets, timeline round 28)
_DUR_HEAD = (r"(?P<q>(?:nearly|almost|about|around|roughly|approximately|some|just|barely|"
             r"at\s+least|at\s+most|no\s+(?:more|less|fewer)\s+than|more\s+than|less\s+than|fewer\s+than|under|up\s+to|"
             r"a\s+full|fully|another|the\s+(?:past|last|next|first|final|coming))\s+)?")
_add(rf"{_DUR_HEAD}(?<![\w'’])(?P<n>(?<![\d,.£$€])[0-9]{{1,3}}(?:\.[0-9])?|{_NUM_WORD_RE}|a|an|"
     rf"half\s+an?|a\s+half(?=-hour)|"
     rf"a\s+couple\s+of|(?<=the\s(?:next|past|last)\s)couple\s+of|a\s+few|few|several|many|"
     rf"some)(?:\s+and\s+a\s+half|(?<=\d)\s+1/2|(?<=\d)\s?½)?"
     rf"(?:\s+(?:more|additional|extra|further|full))?(?:\s+(?:trading|business|working))?"
     rf"[-\s]"
     rf"(?P<unit>{_UNIT_RE})(?P<half>\s+and\s+a\s+half)?(?![\w-])(?!\s+(?:old|of\s+age)\b)"
     rf"(?!-old)",
     "dur", 1, re.IGNORECASE, key=_UNIT_KEY)
# a duration whose unit is left out because the one just before names it (two of three
# British writers' sets, timeline round 28): "six years in the cabinet and 22 in the
# Commons", "combat ended in 2009, six years later. The inquiry sat for the next seven." (the
# scanner keeps it only when that unit is found: :func:`~helpers.instruments.timeline.scan.
# elided_unit`)
_add(rf"(?:(?<=\band\s)|(?P<q>[Tt]he\s+(?:next|following|past|last)\s+))(?P<n>[0-9]{{1,2}}|"
     rf"{_NUM_WORD_RE})(?P<elided>)(?=\s+(?:in|at|as|on|with)\s|\s*[.;:!?](?!\d))", "dur", 0,
     key=r"\band\s+(?:[0-9]|[a-z]+\s+(?:in|at|as|on|with)\s)|(?:next|following|past|last)\s+"
         r"[0-9a-z]+\s*[.;:!?]")
# a count of quarters as a period of time: "the past two quarters", "three consecutive quarters"
# (not a fraction: "three quarters of voters", and a bare "two quarters" is left alone)
_add(rf"(?:(?P<q>[Tt]he\s+(?:past|last|next|first|final|coming|previous)\s+)(?P<n>{_NUM_WORD_RE}|"
     rf"[2-9]|1[0-9])\s+(?:(?:consecutive|straight|successive)\s+)?|(?P<n2>{_NUM_WORD_RE}|[2-9]|"
     rf"1[0-9])\s+(?:consecutive|straight|successive)\s+|(?:[Tt]he\s+(?:past|last|next|coming|previous)\s+)?"
     rf"(?P<n3>[Ss]everal|[Aa]\s+few|few)\s+)"
     rf"(?P<unit>quarters)(?![\w-])(?!\s+of\b)",
     "dur", 2, key=r"quarters")
_add(r"(?P<q>(?:[Tt]hese|[Tt]hose|[Tt]he\s+(?:coming|next|past|last|previous|following|final|"
     r"early|first|intervening))\s+(?:(?!of\b|and\b)[a-z]+\s+)?)(?P<unit>days|weeks|months|years|decades)"
     r"(?![\w-])", "dur", 0, key=_UNIT_KEY + r"|decades")
# sets
_add(rf"(?P<every>[Ee]very|[Ee]ach)\s+(?:(?P<n>other|second|third|fourth|fifth|sixth|"
     rf"[0-9]{{1,2}}|{_NUM_WORD_RE})\s+)?"
     rf"(?P<what>{_UNIT_RE}|{WEEKDAY_RE}|morning|evening|night|weekend|summer|winter|spring|"
     rf"autumn)(?![\w-])", "set", 3, key=r"every|each")
_add(r"(?P<freq>once|twice|(?:two|three|four|five|[0-9]+)\s+times)\s+(?P<per>a|an|per|every)\s+"
     r"(?P<what>day|week|fortnight|month|year|decade)(?![\w-])", "set", 3, key=r"once|twice|times")
_add(r"(?<![\w-])(?P<adv>daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly|"
     r"nightly)(?![\w-])", "set", 1,
     key=r"daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly|nightly")

# wire-service clock times ("by 1105 GMT")
_TZ_RE = r"(?:GMT|BST|UTC|ET|EST|EDT|CET|CEST|PT|PST|PDT|local\s+time)"
_add(rf"(?<![\w.,:£$€])(?P<h>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])\s*(?P<tz>{_TZ_RE})(?!\w)",
     "clock", 3,
     key=r"\d\s*(?:gmt|bst|utc|et|est|edt|cet|cest|pt|pst|pdt|local\s+time)(?!\w)")
# ranges of days ("April 17-18", "17-18 April 2019")
_add(rf"(?P<mon>{ANY_MONTH_RE})\s+(?P<day>{DAY_RE})\s*[-–]\s*(?P<day2>{DAY_RE})"
     rf"(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w-]|[.,]\d)", "cal", 4, key=r"\d\s*[-–]\s*\d")
_add(rf"(?<![\w.,-])(?P<day>{DAY_RE})\s*[-–]\s*(?P<day2>{DAY_RE})\s+(?P<mon>{ANY_MONTH_RE})"
     rf"(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w-])", "cal", 4, key=r"\d\s*[-–]\s*\d")
# "the start of the year", "by the end of the month"
_add(r"(?P<mod>(?i:the\s+(?:start|beginning|middle|end|turn)\s+of\s+))(?P<rel>the)\s+"
     r"(?P<what>week|month|year|decade|century)(?![\w-])", "deictic", 3,
     key=r"start|beginning|middle|end|turn")

# "the 1960s and '70s"
_add(r"\b(?:and|or|to|through|into)\s+(?P<x>['’‘](?P<d2>[0-9]0)s)(?!\w)", "decade", 2, key=r"0s")
# quarters and halves with their year: "the second quarter of 2019", "Q3 2018", "the first
# half of the year" (a bare "fourth quarter" may be a quarter of a game)
_add(rf"(?:(?:the\s+)?(?P<qn>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
     rf"(?P<qh>quarter|half)\s+of\s+(?:(?:fiscal\s+(?:year\s+)?)?(?P<year>{YEAR_RE})|(?P<this>the\s+year|this\s+year|"
     rf"last\s+year|next\s+year))|\b(?P<qq>[QH][1-4])\s+(?P<year2>{YEAR_RE}))(?![\w-])",
     "quarter", 4, key=r"quarter|half|\b[qh][1-4]\b")

# "months later", "hours earlier"
_add(r"(?P<unit>[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades|[Cc]enturies)\s+"
     r"(?P<dir>later|earlier)(?![\w-])", "anaphoric", 3, key=r"later|earlier")
# "the summer of '46", "June '82"
_add(rf"(?P<mod>{_M})?(?:the\s+)?(?:(?P<season>{SEASON_RE})\s+of|(?P<mon>{MONTH_RE}))\s+"
     rf"(?P<yy>['’‘][0-9]{{2}})(?![\w'’])", "cal", 3, key=r"['’‘]\d\d")
# named days (holidays, church and political days: ``data/lexicons/timeline_named_days.csv``,
# read by :mod:`~helpers.instruments.timeline.named_days`), with an optional year; a named
# day's weekend
_HOLIDAY_RE = NAMED_DAY_RE
_HOLIDAY_KEY = NAMED_DAY_KEY
_add(rf"(?P<hol>{_HOLIDAY_RE})(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w-])", "holiday", 3,
     key=_HOLIDAY_KEY)
_add(rf"(?P<the>[Tt]he\s+)?(?P<hol>{_HOLIDAY_RE}|New\s+Year['’]s)\s+(?P<we>weekend)(?![\w-])",
     "holiday", 3, key=r"weekend")
# "the week before Christmas", "the week after Easter 2031": the seven days next to the day
_add(rf"(?P<the>[Tt]he\s+)?week\s+(?P<side>before|after)\s+(?P<hol>{_HOLIDAY_RE})"
     rf"(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w-])", "holiday", 3, key=_HOLIDAY_KEY)
# the weekend (over/at/during the weekend) and weekends
_add(r"\b(?:over|at|during|on|for|by|until|since|Over|At|During|On|By)\s+(?P<x>the\s+weekend)"
     r"(?![\w-])", "weekend", 2, key=r"weekend")
_add(r"(?<![\w-])(?:at\s+|on\s+)?(?P<x>(?P<what>weekend)s)(?![\w-])", "set", 1, key=r"weekends")

# more PRESENT/PAST_REF: "at present", "the present day", "years ago", "in recent years"
# "in years past" (= in the past): a vague past reference, not a count of years; not "years
# past the deadline" (a preposition)
_add(r"(?<![\w-])(?P<x>(?:years|days|decades)\s+past)(?![\w-])"
     r"(?!\s+(?:the|a|an|its|their|his|her|our|this|that|\d)\b)", "ref", 3, key=r"past")
_add(r"\b(?:at|At)\s+(?P<x>present)(?![\w-])|(?P<pd>[Tt]he\s+present(?:\s+day)?)(?![\w-])"
     r"(?!\s+(?:tense|government|system|case|situation|moment|arrangements?|writer|author|"
     r"study|paper|article|report)\b)"
     # "the present campaign": an adjective before a noun (a function word or a stop may follow)
     r"(?!\s+(?!(?:of|and|or|is|was|are|were|will|would|has|had|can|"
     r"could|in|to|with|as|that|which|when|where|but|than|for|it|we|they|he|she|I)\b)"
     r"[a-z][\w-]*\b)", "ref", 1, key=r"present")
_add(r"(?:[Yy]ears|[Dd]ecades|[Mm]onths|[Ww]eeks|[Cc]enturies|[Ll]ong)\s+ago(?![\w-])", "ref", 2,
     key=r"ago")
_add(r"(?<=\b(?:in|In)\s)(?:recent|past)\s+(?:years|months|weeks|decades|days|quarters)(?![\w-])",
     "ref", 2, key=r"recent|past")
# "in coming weeks" (no article): FUTURE_REF, as TimeBank tags it
_add(r"(?:(?<=\b[Ii]n\s)|(?<=\b[Oo]ver\s)|(?<=\b[Ff]or\s))coming\s+"
     r"(?:years|months|weeks|days|quarters)(?![\w-])", "ref", 2, key=r"coming")
# the end of the current year in business prose: "by year-end", "since year end", "by year's end"
_add(r"\b(?:by|By|at|At|around|before|until|since|Since|near|toward|towards|through)\s+"
     r"(?P<x>(?P<rel>)(?P<what>year)(?P<mod>-end|\s+end|['’]s\s+end))(?![\w-])",
     "deictic", 2, key=r"year")
# the year of a company's figures: "for the year, volume was flat", "the first nine months of
# the year.", "sales for the full year", "in the year ended March 31" (TimeML reading: P1Y)
_add(r"(?:(?<=\b[Ff]or\s)|(?<=\bof\s))(?P<rel>the)\s+(?P<what>year)(?=\s*[,.;]|\s+of\b)",
     "deictic", 2, key=r"year")
_add(r"(?P<rel>[Tt]he)\s+full\s+(?P<what>year)(?![\w-])", "deictic", 2, key=r"full\s+year")
_add(r"(?P<rel>[Tt]he)\s+(?P<what>year)(?=\s+(?:ended|ending)\b)", "deictic", 2,
     key=r"year\s+end")
# a year said in words (broadcast transcripts): "in nineteen ninety-six", "January nineteen
# ninety-seven", "the winter of nineteen ninety-four", "the year two thousand"
_add(rf"(?:(?P<mon>{MONTH_RE})\s+|(?:the\s+)?(?P<season>{SEASON_RE})\s+of\s+|[Tt]he\s+year\s+)?"
     rf"(?P<syear>{SPOKEN_YEAR_RE})(?![\w-])", "cal", 2, key=r"nineteen|two\s+thousand")
# a year opening a sentence as its subject ("2016 was a bad year"), a year in a list after a year
_add(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?:(?:Perhaps|Maybe|Surely|And|But|So|Yet|Still)"
     rf"\s+)?(?P<x>(?P<year>{YEAR_RE}))(?=\s+(?:was|saw|brought|marked|"
     rf"will|is|has|had|began|ended|proved|became|looks|promises)\b)", "year", 1, re.MULTILINE,
     key=r"\d\d\d\d")
_add(rf"(?<=\d\d\d\d,\s)(?P<year>{YEAR_RE})(?![\w,.%]?\d)(?![\w%£$€])", "year", 0, key=r"\d\d\d\d,")

# US "fall" alone after a preposition: "in the fall", "since the fall" (not "the fall of Rome",
# "the fall in prices")
_add(r"\b(?:in|In|during|During|by|until|since|Since|over|through|for)\s+(?P<x>(?P<det>the)\s+"
     r"(?P<season>fall))(?![\w-])(?!\s+(?:of|in)\b)", "cal", 1, key=r"fall")
# US "fall" with a year: "the fall of 2016", "fall 2016"
_add(rf"(?P<mod>{_M})?(?:the\s+)?(?P<season>[Ff]all)(?:\s+of)?\s+(?P<year>{YEAR_RE})(?![\w,.]?\d)",
     "cal", 2, key=r"fall")

# "post-2008", "pre-1997"; "in '97"
_add(rf"(?:(?<=\b[Pp]re-)|(?<=\b[Pp]ost-)|(?<=\b[Mm]id-))(?P<year>{YEAR_RE})(?![\w,.%]?\d)",
     "year", 0, key=r"\d\d\d\d")
_add(r"\b(?:in|In|since|Since|of|by|until|from|From)\s+(?P<x>(?P<yy>['’][0-9]{2}))(?![\w'’])",
     "cal", 1, key=r"['’]\d\d")

# "today" meaning nowadays: "the Britain of today", "even today", "to this day"
_add(r"\b(?:of|even|Even|still|Still)\s+(?P<x>today)(?![\w'’-])", "ref", 3, key=r"today")
_add(r"\b(?:to|To)\s+(?P<x>this\s+day)(?![\w-])", "ref", 3, key=r"this\s+day")

# bare plural durations after a preposition: "for decades", "within days"
# ... and after a verb of sequence before "of": "follows weeks of agitation", "amid months of talks"
_add(r"\b(?:(?:for|For|over|within|Within|in|after|After|during|During)\s+|(?:follows|followed|"
     r"following|Following|amid|Amid|ends|ended|ending|caps|capped|capping)\s+(?=(?:(?:many|several)"
     r"\s+)?(?:years|decades|months|weeks|days)\s+of\b))(?P<x>(?:(?P<q>many|"
     r"several)\s+)?(?P<unit>years|decades|months|weeks|days|hours|centuries))(?![\w-])"
     r"(?!\s+(?:to\s+come|old|ago|later|earlier)\b)", "dur", 0, key=_UNIT_KEY)
# "over the years", "through the decades": a vague count (TimeBank PXY 1 of 1, the PolNeAR
# set 5 of 5); not a named span ("the years 2001 to 2004", "the years of his presidency")
_add(r"\b(?:[Oo]ver|[Tt]hrough|[Tt]hroughout|[Aa]cross)\s+(?P<x>the\s+(?P<unit>years|decades))"
     r"(?![\w-])(?!\s+(?:(?:of|since|before|after|ahead|between|from|to|when|that|which|"
     r"in\s+which)\b|\d))",  # a digit: a number follows ("\d\b" let "2001" through)
     "dur", 0, key=r"years|decades")

# a vague stretch after "for" ("for a while", "for a fairly lengthy period"): a DURATION of
# unknown amount and unit, PXX (TimeBank 2 of 2). Not "a long time": TimeBank leaves it
# untagged (1 of 1), and the project's annotators give it years (the PolNeAR set PXY, 5 of 5)
# or minutes (``data/other_styles``, a pause: PTXM); not "a short time" (the set 0 of 1), nor
# "some time" (TimeBank 1 : the set 0 of 1)
_add(r"\b[Ff]or\s+(?P<x>(?:quite\s+)?a\s+(?:(?:very|fairly|relatively|rather|quite|pretty)\s+)?"
     r"(?:(?:long|lengthy|considerable|extended)\s+(?:while|period)|lengthy\s+time|while))"
     r"(?![\w-])(?!\s+ago\b)", "vague", 0, key=r"\bwhile\b|\btime\b|\bperiod\b")

# "the second Tuesday in November", "the last Monday of May 2019"
_add(rf"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last)\s+(?P<wd>{WEEKDAY_RE})\s+"
     rf"(?:in|of)\s+(?P<mon>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?(?![\w-])", "cal", 4,
     key=_MON_KEY)

# a year heading a line ("1968: the year that changed Britain", "2001 – joined the cabinet")
_add(rf"^(?P<year>{YEAR_RE})(?=\s*[:–—]|\s-\s)", "year", 1, re.MULTILINE, key=r"\d\d\d\d")


# "weeks before he left", "months after the vote"; "another year of drift"
_add(r"(?<![\w-])(?P<unit>[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades)"
     r"(?=\s+(?:before|after)\s)",
     "dur", 0, key=_UNIT_KEY)
_add(r"\b(?P<q>[Aa]nother)\s+(?P<unit>year|month|week|day|decade|fortnight)(?![\w-])", "dur", 1,
     key=r"another")
# rates with "per": "$5 per week", "three meetings per month" (kept only after a quantity)
_add(r"\b(?P<n>per)\s+(?P<unit>hour|day|week|month|year|annum)(?![\w-])", "dur", 1, key=r"\bper\b")

# a quarter without its year in business news ("profits in the first quarter"), not a game's
_add(r"\b(?:in|In|during|During|for|For|over)\s+(?P<x>the\s+(?P<qn>first|second|third|fourth)\s+"
     r"(?P<qh>quarter))(?![\w-])(?!\s+of\s+(?:the\s+)?(?:game|match|season|a|an)\b)", "quarter", 3,
     key=r"quarter")


# fiscal years: "fiscal 2025", "fiscal year 2024", "FY2025"; "the fiscal year", "next fiscal
# year", "the end of the fiscal year" (not the generic "The city's fiscal year runs from ...")
_add(rf"(?<![\w-])(?:(?P<fy>[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s?)(?P<year>{YEAR_RE})|"
     rf"FY['’]?(?P<fy2>[0-9]{{2}}))(?![\w,.%]?\d)", "fiscal", 3, key=r"fiscal|fy")
_add(r"(?P<mod>(?i:the\s+(?:start|beginning|middle|end|close)\s+of\s+))?(?P<rel>[Tt]he\s+"
     r"(?:current|next|coming|previous|last|new)|[Tt]he|[Tt]his|[Nn]ext|[Ll]ast)\s+"
     r"(?:fiscal|financial|budget)\s+year(?![\w-])"
     r"(?!\s+(?:runs?|is\s+from|begins\s+(?:on|in)|starts\s+(?:on|in)|ending|beginning)\b)",
     "fiscal", 2, key=r"fiscal|financial|budget")
# ranges of year-less days: "from July 1 to June 30", "between 3 March and 10 April"
_DM_RE = (rf"(?:(?P<{{m}}a>{ANY_MONTH_RE})\s+(?P<{{d}}a>{DAY_RE})|(?P<{{d}}b>{DAY_RE})\s+"
          rf"(?:of\s+)?(?P<{{m}}b>{ANY_MONTH_RE}))")
_add(rf"(?P<w>[Ff]rom|[Bb]etween)\s+{_DM_RE.format(m='m1', d='d1')}(?:,?\s+(?P<y1>{YEAR_RE}))?"
     rf",?\s+(?:to|until|till|through|and)\s+{_DM_RE.format(m='m2', d='d2')}"
     rf"(?:,?\s+(?P<y2>{YEAR_RE}))?(?![\w-]|[.,]\d)", "drange", 5, key=_MON_KEY)
# ranges of months: "from March 2001 through June 2003", "between January and March 2019"
_add(rf"(?P<w>[Ff]rom|[Bb]etween)\s+(?P<m1>{MONTH_RE})(?:,?\s+(?P<y1>{YEAR_RE}))?\s+"
     rf"(?:to|until|till|through|and)\s+(?P<m2>{MONTH_RE}),?\s+(?P<y2>{YEAR_RE})"
     rf"(?![\w,.]?\d)", "mrange", 5, key=_MON_KEY)
# "in a generation", "for generations": a vague span of years
_add(r"\b(?:in|for|within|over|than|In|For|Within|Over)\s+(?P<x>(?:a|one|a\s+single)\s+"
     r"generation|generations)(?![\w-])(?!\s+(?:of|ago)\b)", "generation", 2, key=r"generation")
# a year after "for" ending a clause, or after a scheduling word: "a review scheduled for 2027"
_add(rf"(?<=\b[Ff]or\s)(?P<year>{YEAR_RE})(?=\s*[.,;:!?)]|\s*$)", "year", 1, re.MULTILINE,
     key=r"\d\d\d\d")
_add(rf"\b(?:scheduled|planned|slated|due|set|earmarked|targeted|pencilled|penciled|budgeted|"
     rf"forecast|projected|expected)\s+(?:for|in)\s+(?P<x>(?P<year>{YEAR_RE}))(?![\w,.%]?\d)",
     "year", 1, key=r"\d\d\d\d")

# reporting periods of business news (resolved in ``resolve_period``): "third-quarter profit",
# "the fourth quarter", "the latest quarter", "year-earlier", "the year-ago period"
_ORD_Q = r"(?P<qn>(?i:first|second|third|fourth))"
_add(rf"(?<![\w-])(?:(?i:fiscal)[-\s]+)?{_ORD_Q}-quarter(?![\w-])", "fquarter", 3, key=r"quarter")
_add(rf"(?:(?i:the|this\s+year['’]s)\s+)?(?:(?i:fiscal)[-\s]+)?{_ORD_Q}\s+"
     r"(?:fiscal\s+)?quarter(?![\w-])(?!\s+of\b)", "fquarter", 3, key=r"quarter")
_add(r"(?P<rel>(?i:the\s+(?:latest|current|previous|prior|preceding|same|next|coming)|the|this|"
     r"that|next|last))\s+(?:(?:fiscal|financial)\s+)?quarter(?![\w-])"
     r"(?!\s+(?:of|century)\b)", "fquarter", 2, key=r"quarter")
_add(r"(?P<rel>(?i:the\s+latest))\s+period(?![\w-])", "fquarter", 2, key=r"period")
_add(rf"(?:(?i:the)\s+(?:comparable\s+)?)?(?P<ago>(?i:year)-(?:earlier|ago))"
     rf"(?:\s+{_ORD_Q})?\s+(?:fiscal\s+)?(?:quarter|period)(?![\w-])",
     "fquarter", 4, key=r"year-(?:earlier|ago)")
_add(r"(?<![\w-])(?P<ago>(?i:year)-(?:earlier|ago))(?![\w-])", "fquarter", 3,
     key=r"year-(?:earlier|ago)")
# a quarter of the year before or after, one noun phrase: "last year's quarter", "last year's
# third quarter" (the year-ago quarter), "next year's first quarter"
_add(rf"(?:(?P<ago>(?i:last))|(?P<nxt>(?i:next)))\s+year['’]s\s+(?:(?:fiscal)[-\s]+)?"
     rf"(?:{_ORD_Q}\s+)?(?:fiscal\s+)?quarter(?![\w-])(?!\s+of\b)", "fquarter", 4,
     key=r"year['’]s")
# a year modifying a noun after a possessive or a demonstrative: "its 1990 invasion", "that
# 1978 resolution", "the company's 1989 results" (a round number such as 2000 must not be
# followed by a plural count noun: the scanner's year filter)
_add(rf"(?:\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]hat|[Tt]his|a)\s+|['’]s\s+)"
     rf"(?:(?:[a-z]+ful|unsuccessful|successful|failed|abortive|ill-fated|landmark|historic|"
     rf"first|last|previous)\s+)?"
     rf"(?P<x>(?P<year>{YEAR_RE}))(?P<det>)(?=\s+[a-z])(?!\s+(?:or|to|and|of|in|who|that|which|"
     rf"people|plus|percent|per)\b)(?!\s+(?:{_YEAR_UNIT_WORDS})\b)", "year", 0,
     key=r"\d\d\d\d")  # not "a 1500 metre race" (a unit word: a count)
# the year a security falls due: "bonds due 2031", "notes maturing 2040" (a date in TimeML)
_add(rf"\b(?:due|maturing|expiring)\s+(?P<x>(?P<year>{YEAR_RE}))(?![\w,.%]?\d)(?![\w%£$€-])",
     "year", 0, key=r"\d\d\d\d")
# a month or season with a deictic year, one expression in TimeML: "in January this year",
# "June last year", "the spring of next year" is not covered
_add(rf"(?P<mon>{MONTH_RE}|{SEASON_RE}|[Ff]all)\s+(?P<rel>this|last|next)\s+year(?![\w'’-])",
     "monthrel", 4, key=r"\b(?:this|last|next)\s+year")
