"""The registry of annotated article sets beyond the corpus, and their first-contact scores.

Every set of other articles (``data/<name>/`` with gold in ``data/annotations/<name>/``) is
listed once in ``data/annotations/sets.csv`` with its role: *held out* (never shown to anyone
writing rules; the honest estimate) or *development* (scored untouched once, then opened to rule
writers). The validation report, notebook 07 and the tests read the list from here, so a new set
is wired in by one row of data and a set on disk that the registry forgets fails a test.

``first_contact_scores.csv`` in a set's annotation folder holds the scores measured once before
any rule was written against the set; :func:`first_contact_scores` gathers them.
"""

from __future__ import annotations

import pandas as pd

from helpers.core.paths import ANNOTATIONS, PROJECT_ROOT

__all__ = ["ROLES", "SETS_FILE", "annotated_sets", "first_contact_scores"]

SETS_FILE = ANNOTATIONS / "sets.csv"
#: the roles a set may have, in the order tables show them
ROLES = ("held out", "development")


def annotated_sets(present_only: bool = True) -> pd.DataFrame:
    """The registry, held-out sets first.

    Columns: ``name`` (folder under ``data/`` and ``data/annotations/``), ``role`` (one of
    :data:`ROLES`), ``written`` (when and by whom), ``styles`` (the house styles it imitates),
    ``articles`` (``.txt`` files on disk, 0 when absent) and ``first_contact`` (whether a
    ``first_contact_scores.csv`` exists). ``present_only`` drops sets whose annotation folder
    is absent (a registry row written before its set landed).
    """
    sets = pd.read_csv(SETS_FILE, dtype=str, keep_default_na=False)
    expected = ["name", "role", "written", "styles"]
    if list(sets.columns) != expected:
        raise ValueError(f"{SETS_FILE}: columns {list(sets.columns)}, expected {expected}")
    bad = sorted(set(sets["role"]) - set(ROLES))
    if bad:
        raise ValueError(f"{SETS_FILE}: unknown role(s) {bad}; use one of {list(ROLES)}")
    if sets["name"].duplicated().any():
        raise ValueError(f"{SETS_FILE}: a set is listed twice: "
                         f"{sorted(sets.loc[sets['name'].duplicated(), 'name'])}")
    sets["articles"] = [len(list((PROJECT_ROOT / "data" / n).glob("*.txt")))
                        for n in sets["name"]]
    sets["first_contact"] = [(ANNOTATIONS / n / "first_contact_scores.csv").is_file()
                             for n in sets["name"]]
    if present_only:
        sets = sets[[(ANNOTATIONS / n).is_dir() for n in sets["name"]]]
    order = sets["role"].map({r: i for i, r in enumerate(ROLES)})
    return sets.assign(_o=order).sort_values(["_o"], kind="stable").drop(columns="_o") \
        .reset_index(drop=True)


def first_contact_scores(sets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every set's first-contact scores, long: the columns of the files plus ``column``, the
    label a wide table gives them (``first contact, <set>``; ``first contact, batch N`` for the
    batches of ``other_styles``). Theme rows scored against the two-theme gold (``gold`` =
    ``themes.csv``, the early batches) get `` (v1 gold)`` appended to ``measure`` so they never
    sit in one row with scores against the five-theme gold. Empty when no set has one."""
    sets = annotated_sets() if sets is None else sets
    frames = []
    for name in sets.loc[sets["first_contact"], "name"]:
        scores = pd.read_csv(ANNOTATIONS / name / "first_contact_scores.csv")
        label = scores["batch"].astype(str).str.split(" ").str[0]
        scores["column"] = ["first contact, " + (f"batch {b}" if b.isdigit() else name)
                            for b in label]
        v1 = (scores["instrument"] == "themes") & (scores["gold"] == "themes.csv")
        scores.loc[v1, "measure"] = scores.loc[v1, "measure"] + " (v1 gold)"
        frames.append(scores)
    if not frames:
        return pd.DataFrame(columns=["instrument", "measure", "value", "set", "column"])
    return pd.concat(frames, ignore_index=True)
