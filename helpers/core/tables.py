"""CSV output that reads back as the same table, whatever line breaks the text holds.

pandas (through Python's ``csv`` module) quotes a field holding ``\\n`` but not one holding a bare
``\\r``, U+2028, U+0085 or the other characters that ``str.splitlines`` and many CSV readers
take for line breaks, so such a table read back has more rows than it was written with. Here
every field holding any line break is quoted; all other fields are written exactly as pandas
writes them (minimal quoting), so tables without such characters are byte-identical to before.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import TextIO

import pandas as pd

__all__ = ["LINE_BREAKS", "write_csv"]

#: Every character ``str.splitlines`` breaks at.
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_NEEDS_QUOTES = re.compile("[" + re.escape(LINE_BREAKS + ',"') + "]")
_ODD_BREAK = re.compile("[" + re.escape(LINE_BREAKS.replace("\n", "")) + "]")


def _has_odd_breaks(df: pd.DataFrame) -> bool:
    """Whether any text field holds a line break other than ``\\n`` (which pandas quotes)."""
    for col in df.columns:
        if pd.api.types.is_string_dtype(df[col]) or df[col].dtype == object:
            values = df[col].dropna().astype(str)
            if values.str.contains(_ODD_BREAK).any():
                return True
    return bool(_ODD_BREAK.search("".join(map(str, df.columns))))


def _quote(field: str) -> str:
    return '"' + field.replace('"', '""') + '"' if _NEEDS_QUOTES.search(field) else field


def write_csv(df: pd.DataFrame, target: str | Path | TextIO) -> None:
    """Write ``df`` (no index, ``\\n`` line ends, UTF-8) to a path or text stream."""
    if not _has_odd_breaks(df):
        text = df.to_csv(index=False, lineterminator="\n")
    else:
        # let pandas format every value (numbers, NaN, dates), then quote field by field
        rendered = df.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_ALL)
        rows = csv.reader(io.StringIO(rendered, newline=""))
        text = "".join(
            (",".join(map(_quote, row)) if row != [""] else '""') + "\n" for row in rows
        )
    if isinstance(target, (str, Path)):
        with open(target, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    else:
        target.write(text)
