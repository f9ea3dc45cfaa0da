"""Agreement between two coders' theme codings of the same paragraphs (issue 16).

Two blind codings of one item list (for instance ``themes_polnear_train_v9.csv`` by coder A and
``themes_polnear_train_v9_v10_coder_b.csv`` by coder B) are compared paragraph by paragraph, for
each theme column both files carry (``party_factionalism``, ``special_relationship``...):
agreement count, Cohen's kappa, the 2x2 confusion table, and the same figures with every row
that either coder flagged as a hard call in its ``notes`` left out (so one sees how much of the
disagreement sits in the calls the coders themselves found hard). A flag is a note that starts
with ``borderline`` (the guideline's form, ``borderline PF ...``, also ``borderline 0:``) or,
in the older codings' forms only, ``hard`` (``hard 0:``, ``hard:``, ``hard PF 0:``); a reason
that merely starts with the word ``hard`` (``hard-line ...``) and the guideline's ``clear 0:``
(a clear 0 with a reason) are not flags. A flag followed by a theme's initials (``borderline SR``,
``borderline PF 0:``, the form the guideline gives for a call hard on one theme only) marks that
theme's code as hard and no other; a flag without initials marks every theme. Kappa is
undefined (NaN) when neither coder used both codes (a theme with no 1 at all), instead of a
vacuous 1. The ``negated`` column is
compared too, as an agreement count on the rows both coded 1.

Rows are matched by ``(source, start, end)``, never by position, and the two files must hold the
same set of paragraphs (else the script stops: a partial comparison would hide missing codes).
A file with a ``set`` column (one file for several item lists) is cut to ``--set X``; a file
without one is taken whole. FILE_A and FILE_B may each name several files joined by commas,
which are read as one (the overall figure of v9 and v10 together).

The script needs only the two coding files, not the article texts. Example::

    python scripts/theme_coding_agreement.py \\
        data/annotations/real_news/themes_polnear_train_v9.csv \\
        data/annotations/real_news/themes_polnear_train_v9_v10_coder_b.csv --set v9

Prints one table (one row per theme and subset: all rows, non-borderline rows); ``--csv PATH``
writes it too.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.evaluate.metrics import cohen_kappa  # noqa: E402

KEY = ["source", "start", "end"]
NON_THEME = {"set", "source", "start", "end", "text_sha1", "sample", "negated", "notes", "text"}
RESULT_COLUMNS = ["theme", "rows", "n", "agree", "kappa", "a0_b0", "a0_b1", "a1_b0", "a1_b1",
                  "a_ones", "b_ones"]


def load_coding(paths: str | Path | Sequence[str | Path], set_name: str | None = None
                ) -> pd.DataFrame:
    """One coder's rows: the files of ``paths`` (a comma-joined string or a list) read as one.

    Rows of a file with a ``set`` column are kept only when ``set == set_name`` (all of them if
    ``set_name`` is None); a file without that column is kept whole. Missing ``negated`` and
    ``notes`` read as empty strings; theme columns are integers 0/1.
    """
    if isinstance(paths, (str, Path)):
        paths = [p for p in str(paths).split(",") if p]
    frames = []
    for path in paths:
        df = pd.read_csv(path, dtype={"set": str, "source": str, "negated": str, "notes": str},
                         keep_default_na=False)
        if set_name is not None and "set" in df.columns:
            df = df[df["set"] == set_name]
        frames.append(df)
    out = pd.concat(frames, ignore_index=True)
    for col in ("negated", "notes"):
        if col not in out.columns:
            out[col] = ""
    out["start"] = out["start"].astype(int)
    out["end"] = out["end"].astype(int)
    if out.duplicated(KEY).any():
        raise ValueError("a coding file holds the same paragraph twice")
    return out


def theme_columns(a: pd.DataFrame, b: pd.DataFrame) -> list[str]:
    """The theme columns both codings carry, in A's column order."""
    return [c for c in a.columns if c not in NON_THEME and c in b.columns]


def pair_codings(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """A's and B's rows side by side (suffixes ``_a``/``_b``), in A's order.

    Raises ValueError when the two codings do not cover the same paragraphs.
    """
    keys_a = set(map(tuple, a[KEY].to_numpy().tolist()))
    keys_b = set(map(tuple, b[KEY].to_numpy().tolist()))
    if keys_a != keys_b:
        raise ValueError(f"the codings differ in paragraphs: {len(keys_a - keys_b)} only in A, "
                         f"{len(keys_b - keys_a)} only in B")
    return a.merge(b, on=KEY, how="left", suffixes=("_a", "_b"), validate="one_to_one")


#: a hard-call flag: ``borderline`` (the guideline's form: ``borderline PF ...``), or the older
#: codings' ``hard`` flag, which counts only in the forms they used (``hard 0:``, ``hard:``,
#: ``hard PF 0:``): a reason that merely starts with the word (``hard-line``, ``hard to``) is
#: not a flag, nor is the guideline's ``clear 0:`` (themes version 25)
_FLAG_RE = re.compile(r"^(?:(?i:borderline)\b|(?i:hard)(?=\s*(?:0\b|:|[A-Z]{2,3}\b)))"
                      r"[\s:]*(?P<initials>[A-Z]{2,3}\b)?")


def theme_initials(theme: str) -> str:
    """The initials coders write for a theme column: ``party_factionalism`` -> ``PF``."""
    return "".join(word[0] for word in theme.split("_") if word).upper()


def is_borderline(notes: pd.Series, theme: str | None = None,
                  themes: Sequence[str] = ()) -> pd.Series:
    """True where a note flags a hard call (a form of `_FLAG_RE`) on ``theme``.

    A flag followed by the initials of one of ``themes`` (``borderline SR``) is a hard call on
    that theme only; any other flag (``borderline:``, ``hard 0:``, ``borderline: US-Israel``)
    is one on every theme. With ``theme=None`` any flag counts.
    """
    named = {theme_initials(t) for t in themes}
    if theme is not None:
        named.add(theme_initials(theme))

    def flagged(note: object) -> bool:
        match = _FLAG_RE.match(note.strip()) if isinstance(note, str) else None
        if match is None:
            return False
        initials = match.group("initials")
        if theme is None or initials not in named:
            return True
        return initials == theme_initials(theme)

    return notes.map(flagged).astype(bool)


def theme_agreement(a_codes: Sequence[int], b_codes: Sequence[int]) -> dict[str, float | int]:
    """Agreement figures of one theme: n, agree, kappa, confusion cells, ones per coder.

    ``a0_b1`` counts rows A coded 0 and B coded 1, and so on. Kappa is NaN for no rows and
    when the two coders together used a single code (chance agreement 1: kappa undefined).
    """
    a = [int(x) for x in a_codes]
    b = [int(x) for x in b_codes]
    if len(a) != len(b):
        raise ValueError("the two code lists differ in length")
    cells = {f"a{i}_b{j}": sum(x == i and y == j for x, y in zip(a, b))
             for i in (0, 1) for j in (0, 1)}
    defined = len(set(a) | set(b)) > 1
    kappa = cohen_kappa([str(x) for x in a], [str(y) for y in b]) if defined else float("nan")
    return {"n": len(a), "agree": cells["a0_b0"] + cells["a1_b1"], "kappa": kappa, **cells,
            "a_ones": sum(a), "b_ones": sum(b)}


def agreement_table(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """One row per theme and subset (``all``, ``non_borderline``) with :data:`RESULT_COLUMNS`."""
    paired = pair_codings(a, b)
    rows = []
    themes = theme_columns(a, b)
    for theme in themes:
        hard = (is_borderline(paired["notes_a"], theme, themes)
                | is_borderline(paired["notes_b"], theme, themes))
        for label, mask in (("all", pd.Series(True, index=paired.index)),
                            ("non_borderline", ~hard)):
            sub = paired[mask]
            rows.append({"theme": theme, "rows": label,
                         **theme_agreement(sub[f"{theme}_a"], sub[f"{theme}_b"])})
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)


def negated_agreement(a: pd.DataFrame, b: pd.DataFrame) -> dict[str, int]:
    """Counts of the ``negated`` flag: rows flagged by A, by B, by both."""
    paired = pair_codings(a, b)
    flag_a = paired["negated_a"].astype(str).str.strip() != ""
    flag_b = paired["negated_b"].astype(str).str.strip() != ""
    return {"a": int(flag_a.sum()), "b": int(flag_b.sum()), "both": int((flag_a & flag_b).sum())}


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print (and optionally write) the agreement table of two codings."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file_a", help="coder A's file(s), comma-joined")
    parser.add_argument("file_b", help="coder B's file(s), comma-joined")
    parser.add_argument("--set", dest="set_name", default=None,
                        help="keep only rows of this set in files with a 'set' column")
    parser.add_argument("--csv", type=Path, default=None, help="also write the table here")
    args = parser.parse_args(argv)
    a = load_coding(args.file_a, args.set_name)
    b = load_coding(args.file_b, args.set_name)
    table = agreement_table(a, b)
    with pd.option_context("display.width", 120, "display.float_format", "{:.3f}".format):
        print(table.to_string(index=False))
    neg = negated_agreement(a, b)
    print(f"negated: A {neg['a']}, B {neg['b']}, both {neg['both']}")
    if args.csv is not None:
        table.to_csv(args.csv, index=False, float_format="%.4f")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
