"""Findings of a theme notebook written from its own tables, so the prose cannot go stale.

The theme template (``notebooks/05_theme.ipynb``) runs for every codebook theme and on any corpus,
so its findings cannot be hand-written numbers. :func:`theme_findings` states the measured
figures as Markdown; :func:`reading_of` adds a reader's interpretation of the default corpus when
one has been written for the theme (``notebooks/findings/<theme>.md``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.core.paths import NOTEBOOKS

__all__ = ["FINDINGS_DIR", "reading_of", "theme_findings"]

FINDINGS_DIR: Path = NOTEBOOKS / "findings"


#: Articles named one by one in the "Where" finding; more are summed, with the top ones named.
WHERE_ARTICLES = 5


def _where(label: str, summary: pd.DataFrame, limit: int = WHERE_ARTICLES) -> str:
    """``summary``: one row per article with ``paragraphs``, ``present``, ``title``.

    Up to ``limit`` articles each get their count; more are summed (paragraphs and articles
    coded present) and the ``limit`` with most paragraphs coded present are named: one clause
    per article made a paragraph of 1,000 clauses on an archive.
    """
    def clause(r: object) -> str:
        return f"{int(r.present)} of {int(r.paragraphs)} body paragraphs of “{r.title}”"

    if len(summary) <= limit:
        parts = [clause(r) for r in summary.itertuples()]
        return (f"* **Where.** The codebook codes {'; '.join(parts) or 'no paragraph'} as about "
                f"{label}.")
    present, paragraphs = int(summary["present"].sum()), int(summary["paragraphs"].sum())
    with_any = int((summary["present"] > 0).sum())
    top = summary[summary["present"] > 0].sort_values("present", ascending=False,
                                                      kind="stable").head(limit)
    most = "; ".join(clause(r) for r in top.itertuples())
    return (f"* **Where.** The codebook codes {present:,} of {paragraphs:,} body paragraphs "
            f"({present / max(paragraphs, 1):.0%}) as about {label}, in {with_any:,} of "
            f"{len(summary):,} articles" + (f"; most in {most}." if most else "."))


def _validation(theme: str, validation: pd.DataFrame | None) -> str:
    """``validation``: rows ``annotation``, ``theme``, ``precision``, ``recall``, ``f1``, ..."""
    if validation is None or validation.empty:
        return "* **Validation.** No hand coding of this theme for this corpus: not validated."
    rows = validation[validation["theme"] == theme]
    parts = [f"{r.annotation} ({int(r.n_gold)} paragraphs present) precision "
             f"{r.precision:.2f}, recall {r.recall:.2f}, F1 {r.f1:.2f} ({int(r.tp)} true "
             f"positives, {int(r.fp)} false positives, {int(r.fn)} misses)"
             for r in rows.itertuples()]
    return "* **Validation.** Against " + "; against ".join(parts) + "."


def _who(voices: pd.DataFrame) -> str:
    """``voices``: ``voice``, ``n_matches`` (narrator = matches outside quotations)."""
    if voices.empty:
        return "* **Who.** No matches (or no quotation data)."
    total = int(voices["n_matches"].sum())
    narrator = int(voices.loc[voices["voice"] == "narrator", "n_matches"].sum())
    quoted = voices[voices["voice"] != "narrator"].head(3)
    named = ", ".join(f"{r.voice} ({int(r.n_matches)})" for r in quoted.itertuples())
    return (f"* **Who.** {narrator} of {total} matches ({narrator / total:.0%}) are the "
            f"narrator's; the most frequent quoted voices: {named or 'none'}.")


def _tone(tone: pd.DataFrame) -> str:
    """``tone``: rows ``group`` (theme / rest), ``n_sentences``, ``mean``, ``share_negative``."""
    if tone.empty or tone["n_sentences"].min() == 0:
        return "* **Tone.** Not enough sentences on one side: no comparison."
    t, r = tone.iloc[0], tone.iloc[1]
    return (f"* **Tone.** {int(t.n_sentences)} theme sentences, mean sentiment {t['mean']:+.2f} "
            f"({t.share_negative:.0%} negative), against {int(r.n_sentences)} other sentences, "
            f"{r['mean']:+.2f} ({r.share_negative:.0%} negative).")


def _words(top_key: pd.DataFrame) -> str:
    """``top_key``: significant key terms with ``term``, ``direction``, ``significance``."""
    target = top_key[top_key["direction"] == "target"] if not top_key.empty else top_key
    if target.empty:
        return "* **Words.** No significant key terms."
    terms = ", ".join(f"*{t}*" for t in target["term"].head(9))
    return f"* **Words.** Key terms where the theme weighs most: {terms}."


def theme_findings(theme: str, label: str, summary: pd.DataFrame, voices: pd.DataFrame,
                   tone: pd.DataFrame, top_key: pd.DataFrame,
                   validation: pd.DataFrame | None = None) -> str:
    """The measured findings of a theme notebook as Markdown bullets (where, validation, who,
    tone, words), built only from the tables the notebook computed and saved."""
    return "\n".join([_where(label, summary), _validation(theme, validation), _who(voices),
                      _tone(tone), _words(top_key)])


def reading_of(theme: str, folder: Path = FINDINGS_DIR) -> str:
    """A reader's interpretation of the theme on the default corpus (``<folder>/<theme>.md``),
    or a sentence saying none has been written yet."""
    path = folder / f"{theme}.md"
    if not path.exists():
        return (f"*No reading of the default corpus has been written for `{theme}` yet "
                f"(add `notebooks/findings/{theme}.md`).*")
    return path.read_text(encoding="utf-8")
