"""The British sets' theme gold, recoded with the codebook's definitions and adjudicated.

Until session 31 the themes guideline named the codebook's definitions without giving them, so
the writer-annotators of the British sets coded three themes from their names and examples
alone. In session 32 every body paragraph of those sets was coded again by blind recoders who
had the definitions, and every disagreement went to a blind adjudicator (policy in
``docs/notes/themes.md``, "Session 32", fixed before any recode was read). The three codings are
kept in ``data/annotations/agreement/definitions_recode/``:

- ``original/<set>.csv``: the gold before the recode (``source,start,end``, the five themes,
  ``negated``, ``notes``);
- ``recode/<set>.csv``: the recoder's codes, same columns;
- ``adjudicated/<set>.csv``: one row per disagreement (``source,start,end,theme``, ``coder_x``
  / ``coder_y`` the codes shown to the adjudicator, ``coder_x_is`` which coding coder X was,
  ``gold``, ``gold_negated``, ``reason``).

:func:`rebuilt_gold` derives a set's gold from these files, so a test can check that the gold
in ``data/annotations/<set>/themes_v2.csv`` is exactly the agreed codes plus the adjudicated
ones, and :func:`recode_agreement` gives the agreement of the old gold with the recode.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.core.paths import ANNOTATIONS
from helpers.evaluate.metrics import cohen_kappa
from helpers.evaluate.themes import THEMES_V2

__all__ = ["RECODE_DIR", "disagreements", "read_codes", "rebuilt_gold", "recode_agreement",
           "recoded_sets"]

RECODE_DIR = ANNOTATIONS / "agreement" / "definitions_recode"
_KEYS = ["source", "start", "end"]


def recoded_sets() -> list[str]:
    """Names of the sets whose gold went through the recode (those with an original file)."""
    return sorted(p.stem for p in (RECODE_DIR / "original").glob("*.csv"))


def read_codes(coding: str, name: str) -> pd.DataFrame:
    """One coding of a set: ``coding`` is ``original`` or ``recode``.

    Columns ``source,start,end``, the five themes (int 0/1), ``negated`` (str, ``;``-separated
    themes, empty when none) and ``notes`` (str). Raises ``FileNotFoundError`` naming the file
    when it is missing and ``ValueError`` naming the file when a column is missing, a theme
    holds anything but 0 or 1, or ``negated`` names something that is not a theme (a typo there
    would otherwise drop the flag without a word).
    """
    if coding not in ("original", "recode"):
        raise ValueError(f"coding must be 'original' or 'recode', not {coding!r}")
    path = RECODE_DIR / coding / f"{name}.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no {coding} theme codes for set {name!r}")
    codes = pd.read_csv(path, keep_default_na=False)
    missing = [c for c in _KEYS + list(THEMES_V2) + ["negated", "notes"] if c not in codes]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    for theme in THEMES_V2:
        _check_binary(codes[theme], path, theme)
        codes[theme] = codes[theme].astype(int)
    codes["negated"] = codes["negated"].astype(str)
    for i, value in enumerate(codes["negated"]):
        unknown = sorted(_negated(value) - set(THEMES_V2))
        if unknown:
            raise ValueError(f"{path}: negated names no theme {', '.join(unknown)} "
                             f"(row {i + 2})")
    return codes


def _check_binary(column: pd.Series, path: Path, name: str) -> None:
    """Raise ``ValueError`` naming ``path`` and the first row where ``column`` is not 0 or 1."""
    bad = ~column.astype(str).isin(["0", "1"])
    if bad.any():
        raise ValueError(f"{path}: {name} must be 0 or 1 (row {int(bad.to_numpy().argmax()) + 2})")


def _negated(value: str) -> set[str]:
    return {t.strip() for t in value.split(";") if t.strip()}


def disagreements(original: pd.DataFrame, recode: pd.DataFrame) -> pd.DataFrame:
    """The (paragraph, theme) pairs the two codings decide differently.

    A pair differs when the theme's code differs, or when both code it 1 and only one flags it
    negated. Columns ``source,start,end,theme,original,original_negated,recode,
    recode_negated`` (ints), in paragraph then theme order. Raises ``ValueError`` when the two
    codings do not cover the same paragraphs in the same order.
    """
    if original[_KEYS].values.tolist() != recode[_KEYS].values.tolist():
        raise ValueError("the two codings do not list the same paragraphs in the same order")
    rows = []
    for a, b in zip(original.itertuples(index=False), recode.itertuples(index=False)):
        neg_a, neg_b = _negated(a.negated), _negated(b.negated)
        for theme in THEMES_V2:
            va, vb = getattr(a, theme), getattr(b, theme)
            na, nb = int(theme in neg_a), int(theme in neg_b)
            if va != vb or (va == 1 and na != nb):
                rows.append({"source": a.source, "start": a.start, "end": a.end, "theme": theme,
                             "original": va, "original_negated": na if va else 0,
                             "recode": vb, "recode_negated": nb if vb else 0})
    return pd.DataFrame(rows, columns=_KEYS + ["theme", "original", "original_negated",
                                              "recode", "recode_negated"])


def _adjudicated(name: str) -> pd.DataFrame:
    """The adjudicator's decisions for a set; ``gold`` and ``gold_negated`` checked 0 or 1."""
    path = RECODE_DIR / "adjudicated" / f"{name}.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no adjudication for set {name!r}")
    decided = pd.read_csv(path, keep_default_na=False)
    for column in ("gold", "gold_negated"):
        _check_binary(decided[column], path, column)
    return decided


def rebuilt_gold(name: str) -> pd.DataFrame:
    """A set's gold as the policy defines it: agreed codes, adjudicated where they differ.

    Columns ``source,start,end``, the five themes and ``negated`` (themes in codebook order,
    ``;``-joined). Raises ``ValueError`` when the adjudication does not cover exactly the
    disagreements of the two codings.
    """
    original, recode = read_codes("original", name), read_codes("recode", name)
    differ = disagreements(original, recode)
    adjudicated = _adjudicated(name)
    want = differ[_KEYS + ["theme"]].values.tolist()
    have = adjudicated[_KEYS + ["theme"]].values.tolist()
    if want != have:
        raise ValueError(f"{RECODE_DIR / 'adjudicated' / (name + '.csv')}: its rows are not "
                         f"the {len(want)} disagreements of the two codings ({len(have)} rows)")
    decided = {(r.source, r.start, r.end, r.theme): (int(r.gold), int(r.gold_negated))
               for r in adjudicated.itertuples(index=False)}
    rows = []
    for row in original.itertuples(index=False):
        neg = _negated(row.negated)
        out = {"source": row.source, "start": row.start, "end": row.end}
        flags = []
        for theme in THEMES_V2:
            code, flag = getattr(row, theme), int(theme in neg)
            if (row.source, row.start, row.end, theme) in decided:
                code, flag = decided[(row.source, row.start, row.end, theme)]
            out[theme] = code
            if code and flag:
                flags.append(theme)
        out["negated"] = ";".join(flags)
        rows.append(out)
    return pd.DataFrame(rows, columns=_KEYS + list(THEMES_V2) + ["negated"])


def recode_agreement(names: list[str] | None = None) -> pd.DataFrame:
    """Agreement of the old gold with the recode, per set and theme, and pooled.

    One row per set and theme plus, per theme, a row with ``set`` ``all`` pooling every set's
    paragraphs. Columns: ``set``, ``theme``, ``n`` (paragraphs), ``agreement`` (share coded
    alike), ``kappa`` (Cohen's; 1.0 when both code every paragraph alike and the same way),
    ``original`` / ``recode`` / ``gold`` (paragraphs coded 1 by the old gold, the recode and
    the adjudicated gold).
    """
    names = recoded_sets() if names is None else names
    rows = []
    pooled: dict[str, list[tuple[int, int, int]]] = {t: [] for t in THEMES_V2}
    for name in names:
        original, recode = read_codes("original", name), read_codes("recode", name)
        gold = rebuilt_gold(name)
        for theme in THEMES_V2:
            triples = list(zip(original[theme], recode[theme], gold[theme]))
            pooled[theme] += triples
            rows.append(_agreement_row(name, theme, triples))
    for theme in THEMES_V2:
        if pooled[theme]:
            rows.append(_agreement_row("all", theme, pooled[theme]))
    return pd.DataFrame(rows, columns=["set", "theme", "n", "agreement", "kappa", "original",
                                       "recode", "gold"])


def _agreement_row(name: str, theme: str, triples: list[tuple[int, int, int]]) -> dict:
    if not triples:
        raise ValueError(f"set {name!r}: no paragraphs to compare for {theme}")
    a = [str(t[0]) for t in triples]
    b = [str(t[1]) for t in triples]
    return {"set": name, "theme": theme, "n": len(triples),
            "agreement": sum(x == y for x, y in zip(a, b)) / len(triples),
            "kappa": cohen_kappa(a, b), "original": sum(t[0] for t in triples),
            "recode": sum(t[1] for t in triples), "gold": sum(t[2] for t in triples)}
