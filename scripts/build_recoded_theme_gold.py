"""Rewrite the British sets' theme gold from the session-32 recode and its adjudication.

For every set with ``data/annotations/agreement/definitions_recode/original/<set>.csv``, the
theme columns and ``negated`` of ``data/annotations/<set>/themes_v2.csv`` become
:func:`helpers.evaluate.theme_recode.rebuilt_gold`: the code both codings agree on, the
adjudicated code where they differ. ``source,start,end,text`` are kept; ``notes`` keeps the
original note and adds, for each theme whose code or ``negated`` flag the adjudication changed,
``s32 recode: <theme> 0->1 (<reason>)`` (a flag shows as ``1 negated``). Idempotent: the
notes are rebuilt from the original ones on every run.

    python scripts/build_recoded_theme_gold.py            # rewrite the gold files
    python scripts/build_recoded_theme_gold.py --check    # exit 1 if any gold file differs
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from helpers.core.paths import ANNOTATIONS
from helpers.evaluate.theme_recode import RECODE_DIR, read_codes, rebuilt_gold, recoded_sets
from helpers.evaluate.themes import THEMES_V2


def recoded_gold_file(name: str) -> pd.DataFrame:
    """The set's ``themes_v2.csv`` as the recode policy makes it (columns of the file)."""
    current = pd.read_csv(ANNOTATIONS / name / "themes_v2.csv", keep_default_na=False)
    original = read_codes("original", name)
    gold = rebuilt_gold(name)
    keys = ["source", "start", "end"]
    if current[keys].values.tolist() != gold[keys].values.tolist():
        raise ValueError(f"{ANNOTATIONS / name / 'themes_v2.csv'}: its paragraphs are not those "
                         "of the recode")
    reasons = pd.read_csv(RECODE_DIR / "adjudicated" / f"{name}.csv", keep_default_na=False)
    out = current.copy()
    for theme in THEMES_V2:
        out[theme] = gold[theme].to_numpy()
    out["negated"] = gold["negated"].to_numpy()
    notes = []
    for i, row in enumerate(original.itertuples(index=False)):
        note = [row.notes] if row.notes else []
        flags_before = {t.strip() for t in row.negated.split(";") if t.strip()}
        flags_after = set(filter(None, gold.loc[i, "negated"].split(";")))
        for theme in THEMES_V2:
            before, after = getattr(row, theme), int(gold.loc[i, theme])
            # a flag change is a change of the code too: 1 (negated) -> 1 is not 1 -> 1
            before_s = f"{before}{' negated' if theme in flags_before and before else ''}"
            after_s = f"{after}{' negated' if theme in flags_after else ''}"
            if before_s != after_s:
                why = reasons[(reasons["source"] == row.source) & (reasons["start"] == row.start)
                              & (reasons["theme"] == theme)]["reason"].iloc[0]
                note.append(f"s32 recode: {theme} {before_s}->{after_s} ({why})")
        notes.append("; ".join(note))
    out["notes"] = notes
    return out


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or, with ``--check``, compare) every recoded set's gold file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare; exit 1 when a gold file is not the rebuilt one")
    args = parser.parse_args(argv)
    stale = []
    for name in recoded_sets():
        path = ANNOTATIONS / name / "themes_v2.csv"
        want = recoded_gold_file(name)
        have = pd.read_csv(path, keep_default_na=False)
        same = have.astype(str).equals(want.astype(str))
        if args.check:
            if not same:
                stale.append(str(path))
            continue
        if not same:  # keep the file's own line ends, so only changed rows show in a diff
            ending = "\r\n" if b"\r\n" in path.read_bytes()[:4096] else "\n"
            want.to_csv(path, index=False, lineterminator=ending)
        changed = sum(int(a != b) for theme in THEMES_V2
                      for a, b in zip(read_codes("original", name)[theme], want[theme]))
        print(f"{name}: {len(want)} paragraphs, {changed} theme codes changed by the recode",
              file=sys.stderr)
    if stale:
        print("gold files differ from the recode: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
