"""The quotes throughput round of 2026-12-05 (issue 13): each faster helper gives what the plain
code gave. Invented sentences and names only."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandas._testing as tm
import pytest

from helpers.core.corpus import concat_corpora, segment_text
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.quotes.extract import (
    QUOTE_COLUMNS,
    _empty,
    _empty_template,
    _frame,
    _nullable_ints,
    _types,
)


def _plain_frame(records: list[dict]) -> pd.DataFrame:
    """The table as built before the round: ``from_records`` then the dtypes."""
    return _types(pd.DataFrame.from_records(records, columns=QUOTE_COLUMNS))


def _record(start: int, speaker: str, speaker_start: int | None) -> dict:
    rec = dict.fromkeys(QUOTE_COLUMNS, "")
    rec.update(start=start, end=start + 5, level=0, block_id=1, paragraph_index=0,
               sentence_id=0, n_words=2, speaker=speaker, speaker_start=speaker_start,
               speaker_end=None if speaker_start is None else speaker_start + 4,
               cue_start=None, cue_end=None, continuation=False, closed=True)
    return rec


def test_empty_table_is_a_fresh_copy_each_call():
    first = _empty()
    tm.assert_frame_equal(first, _plain_frame([]), check_exact=True)
    first["extra"] = pd.Series([], dtype=object)  # a caller's change stays in its own copy
    second = _empty()
    assert second is not _empty_template() and "extra" not in _empty_template().columns
    tm.assert_frame_equal(second, _plain_frame([]), check_exact=True)


def test_nullable_ints_are_pandas_own_array():
    values = [3, None, 12, None]
    got, want = _nullable_ints(values), pd.array(values, dtype="Int64")
    tm.assert_extension_array_equal(got, want)
    assert np.array_equal(got._data, want._data)  # the hidden slot of a missing value too
    tm.assert_extension_array_equal(_nullable_ints([]), pd.array([], dtype="Int64"))


@pytest.mark.parametrize("records", [
    [_record(10, "Dana Voss", 3), _record(40, "", None)],
    [_record(10, "Dana Voss", None)],
    [_record(10, None, None)],  # not a plain type: the pandas build, as before
])
def test_frame_is_the_from_records_table(records):
    got, want = _frame(records), _plain_frame(records)
    tm.assert_frame_equal(got, want, check_exact=True)
    assert type(got.index) is type(want.index)


def test_extract_on_a_text_without_quotation_gives_the_empty_table():
    corpus = segment_text("Quiet day\n\nNobody in Harlow Vale said anything at all.\n",
                          source="quiet.txt")
    tm.assert_frame_equal(extract_quotes(corpus), _plain_frame([]), check_exact=True)


_FIRST = ("Bridge plan\n\n“We will open the bridge in May,” said Dana Voss, the council leader. "
          "Voss spoke at the town hall.\n\n“It was a hard year,” she said.\n")
_SECOND = ("Late meeting\n\nThe meeting in Orrin Bay ended after midnight.\n\n"
           "“It was a long night,” she said. “We will come back,” said Lior Abend.\n")


def _speakers(table: pd.DataFrame) -> list[tuple[int, str, str]]:
    return list(zip(table["start"], table["speaker"], table["speaker_canonical"]))


def test_no_state_leaks_between_two_articles():
    """The names of one article never reach another: the second article alone, after the first,
    and beside it in one corpus, gives the same rows (invented names)."""
    alone = extract_quotes(segment_text(_SECOND, source="second.txt"))
    first = extract_quotes(segment_text(_FIRST, source="first.txt"))
    assert "Dana Voss" in set(first["speaker_canonical"])
    after = extract_quotes(segment_text(_SECOND, source="second.txt"))
    tm.assert_frame_equal(after, alone, check_exact=True)
    assert not any("Voss" in str(v) for c in ("speaker", "speaker_canonical")
                   for v in after[c])
    both = segment_text(_FIRST, source="first.txt")
    other = segment_text(_SECOND, source="second.txt")
    joint = extract_quotes(concat_corpora([both, other]))
    assert _speakers(joint[joint["source"] == "second.txt"]) == _speakers(alone)
    assert _speakers(joint[joint["source"] == "first.txt"]) == _speakers(first)
