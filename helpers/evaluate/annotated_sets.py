"""The registry of annotated article sets beyond the corpus, and their first-contact scores.

Every set of other articles (``data/<name>/`` with gold in ``data/annotations/<name>/``) is
listed once in ``data/annotations/sets.csv`` with its role: *held out* (never shown to anyone
writing rules; the honest estimate) or *development* (scored untouched once, then opened to rule
writers). The validation report, notebook 07 and the tests read the list from here, so a new set
is wired in by one row of data and a set on disk that the registry forgets fails a test.

``first_contact_scores.csv`` in a set's annotation folder holds the scores measured once before
any rule was written against the set; :func:`first_contact_scores` gathers them. A set coded a
second time by an independent, blind coder has ``data/annotations/<name>_second/``;
:func:`second_coder_agreement` compares the two codings.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.core.paths import ANNOTATIONS, PROJECT_ROOT
from helpers.evaluate.gold import read_gold
from helpers.evaluate.metrics import cohen_kappa
from helpers.evaluate.quotes import speakers_match
from helpers.evaluate.themes import THEMES_V2

__all__ = ["ROLES", "SETS_FILE", "annotated_sets", "first_contact_scores",
           "second_coder_agreement"]

SETS_FILE = ANNOTATIONS / "sets.csv"
#: the roles a set may have, in the order tables show them
ROLES = ("held out", "development")
#: a set's name is a folder under ``data/`` and ``data/annotations/``
_NAME_RE = re.compile(r"[A-Za-z0-9_\-]+")


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
    odd = [n for n in sets["name"] if not _NAME_RE.fullmatch(n)]
    if odd:
        # an empty name would stand for data/ itself, a padded one for no folder at all
        raise ValueError(f"{SETS_FILE}: set name(s) {odd} are not plain folder names "
                         "(letters, digits, '_' or '-')")
    if sets["name"].duplicated().any():
        raise ValueError(f"{SETS_FILE}: a set is listed twice: "
                         f"{sorted(sets.loc[sets['name'].duplicated(), 'name'])}")
    sets["articles"] = [len(list((PROJECT_ROOT / "data" / n).glob("*.txt")))
                        for n in sets["name"]]
    sets["first_contact"] = [(ANNOTATIONS / n / "first_contact_scores.csv").is_file()
                             for n in sets["name"]]
    if present_only:
        present = [(ANNOTATIONS / n).is_dir() for n in sets["name"]]
        sets = sets.loc[pd.Series(present, index=sets.index, dtype=bool)]
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


def second_coder_agreement(sets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Agreement of each set's first coding with its blind second coding, where one exists.

    One row per set and label, columns as :func:`helpers.evaluate.validation.agreement_summary`
    (``annotation`` = ``<set>/quotes.csv`` or ``<set>/themes_v2.csv``, ``label``, ``n`` the
    units both coded, ``agreement`` the share identical, ``kappa`` Cohen's, NaN for the
    free-text speaker) plus ``coded_first`` / ``coded_second``, the units each coder marked, so
    a span one coder missed is visible rather than silently left out of ``n``. Speakers are
    compared where both call the span speech, with the scorer's name matching.
    """
    sets = annotated_sets() if sets is None else sets
    rows: list[dict] = []
    for name in sets["name"]:
        second = ANNOTATIONS / f"{name}_second"
        if not second.is_dir():
            continue
        raw = PROJECT_ROOT / "data" / name
        for file, labels in (("quotes.csv", ("kind", "speaker", "cue", "continuation")),
                             ("themes_v2.csv", THEMES_V2 + ("negated",))):
            if not (second / file).is_file():
                continue
            a = read_gold(ANNOTATIONS / name / file, raw)
            b = read_gold(second / file, raw)
            both = a.merge(b, on=["source", "start", "end"], suffixes=("_a", "_b"))
            for label in labels:
                pairs = both
                if label in ("speaker", "cue"):
                    pairs = both[(both["kind_a"] == "speech") & (both["kind_b"] == "speech")]
                if label == "speaker":
                    same = [speakers_match(x, y) for x, y in zip(pairs["speaker_a"],
                                                                  pairs["speaker_b"])]
                    kappa = float("nan")
                else:
                    x = pairs[f"{label}_a"].fillna("").astype(str).str.lower().tolist()
                    y = pairs[f"{label}_b"].fillna("").astype(str).str.lower().tolist()
                    same = [i == j for i, j in zip(x, y)]
                    kappa = cohen_kappa(x, y) if x else float("nan")
                rows.append({"annotation": f"{name}/{file}", "label": label, "n": len(pairs),
                             "agreement": sum(same) / len(same) if same else float("nan"),
                             "kappa": kappa, "coded_first": len(a), "coded_second": len(b)})
    return pd.DataFrame(rows, columns=["annotation", "label", "n", "agreement", "kappa",
                                       "coded_first", "coded_second"])
