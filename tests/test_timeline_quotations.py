"""The timeline's quotations come from core's pairing (:mod:`helpers.core.quotation_marks`).

Why: the timeline had its own double-mark pairing (``_quote_mask``), which knew the newswire
pair ````` ``…'' ````` but not a quotation the New York Times opens with ``''``, and kept the
first of two double openers. Core pairs for the quote instrument too, so both now agree on
where a quotation begins and ends. Invented texts; values worked out by hand from a calendar
(publication Wednesday 2031-10-29: Monday is 2031-10-27).
"""

from __future__ import annotations

from helpers.core.quotation_marks import typewriter_to_double
from helpers.instruments.timeline import find_timexes
from helpers.instruments.timeline.extract import _quotations

PUB = "2031-10-29"


def _in_quote(text: str) -> dict[str, bool]:
    rows = find_timexes(text, reference=PUB)
    return dict(zip(rows["text"], rows["in_quote"].astype(bool)))


def test_typewriter_pairs_keep_both_characters_in_the_span() -> None:
    text = "``Yes,'' he said. ''No,'' she said."
    double, single = _quotations(text, typewriter_to_double(text), 0, len(text))
    assert double == [(0, 8), (18, 25)]
    assert [text[a:b] for a, b in double] == ["``Yes,''", "''No,''"]
    assert single == []


def test_quotations_keep_their_marks_and_only_a_double_one_runs_on() -> None:
    # an unclosed double quotation runs to the paragraph end, an unclosed single one is left
    # out (it is quoted only when its reporting clause names the day it was spoken)
    text = "‘We won,’ she said, and “they lost” too. He said ‘never. “Then"
    double, single = _quotations(text, text, 0, len(text))
    assert [text[a:b] for a, b in single] == ["‘We won,’"]
    assert [text[a:b] for a, b in double] == ["“they lost”", "“Then"]
    # offsets are into the whole text when a paragraph in the middle is paired
    doc = "Intro.\n\n‘Yes,’ he said.\n\nEnd."
    lo, hi = doc.index("‘"), doc.index("\n\nEnd")
    assert _quotations(doc, doc, lo, hi) == ([], [(lo, lo + len("‘Yes,’"))])


def test_a_quotation_opened_with_two_apostrophes_is_a_quotation() -> None:
    # New York Times files open a quotation with '' as well as close it: the old pairing
    # took '' for a closer only, so "today" was narration
    assert _in_quote("''We will decide today,'' the mayor said.") == {"today": True}
    # guard (passes before, by the single-mark path): the day named after it anchors it
    rows = find_timexes("''We will decide today,'' the mayor said on Monday.", reference=PUB)
    assert rows["in_quote"].tolist() == [True, False]
    assert rows["value"].tolist()[0] == "2031-10-27"  # the day it was said


def test_a_second_double_opener_starts_the_quotation_again() -> None:
    # a stray opener ("rapists“ for "rapists”) no longer swallows the narration up to the
    # next closing mark: June is the writer's, not a quotation's
    text = "He called them “rapists“ while in June he praised “the Hispanics”."
    assert _in_quote(text) == {"June": False}


def test_a_spaced_typewriter_pair_reads_as_a_straight_double_mark() -> None:
    # a typewriter pair is a double mark: where it stands alone it is read as a straight "
    # would be (before, '' never opened a quotation while " did)
    assert _in_quote("The firms' '' merger closed on Monday.") == \
        _in_quote("The firms' \" merger closed on Monday.")
    # guard (passes before): a spaced pair after a nested single quotation closes it
    text = "''They called it 'Manhattan poor,' '' she said, and talks end on Friday."
    assert _in_quote(text) == {"Friday": False}
