"""Tables that keep a figure readable from one article to a thousand.

Per-article numbers become one point per *period* (month or year, chosen from the corpus's date
span) in the over-time figures, and long tails of speakers become one ``other (k speakers)`` row.
The charts in :mod:`helpers.report.plots` draw these tables as they are; the notebooks save them
as the figures' CSVs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np
import pandas as pd

__all__ = ["GROUP_COLUMNS", "MIN_DATED_ARTICLES", "MIN_PERIODS", "MONTHS_FOR_YEARS", "NO_GROUP",
           "THIN_PERIOD", "Unit", "as_percent", "by_group", "dated_note", "lowest_highest",
           "over_time", "over_time_plotted", "over_time_skip_reason", "period_start", "time_unit",
           "top_n_other", "touched", "undated_note", "with_metadata", "with_spans"]

Unit = Literal["month", "year"]

#: A corpus whose dates span more than this many months is drawn by year, else by month: up to
#: three years of months (36 points) read well on one axis; more would be a comb.
MONTHS_FOR_YEARS = 36


def _dates(dates: Sequence[object] | pd.Series) -> pd.Series:
    """``dates`` as timestamps; empty or unreadable dates become NaT."""
    return pd.to_datetime(pd.Series(list(dates), dtype="object").replace("", None),
                          errors="coerce", format="mixed")


def time_unit(dates: Sequence[object] | pd.Series, months_for_years: int = MONTHS_FOR_YEARS
              ) -> Unit:
    """``"month"`` when the dated articles span at most ``months_for_years`` months, else
    ``"year"`` (also ``"year"`` when nothing is dated, so callers need no special case)."""
    d = _dates(dates).dropna()
    if d.empty:
        return "year"
    span = (d.max().year - d.min().year) * 12 + d.max().month - d.min().month + 1
    return "month" if span <= months_for_years else "year"


def period_start(dates: Sequence[object] | pd.Series, unit: Unit) -> pd.Series:
    """The first day of each date's month or year (NaT for undated)."""
    d = _dates(dates)
    return d.dt.to_period("M" if unit == "month" else "Y").dt.start_time


def _bootstrap(values: np.ndarray, weights: np.ndarray, n_boot: int, seed: int
               ) -> tuple[float, float]:
    """95% interval of the weighted mean, resampling *articles* (the unit that varies); NaN
    with fewer than two articles, where there is nothing to resample, or ``n_boot`` 0."""
    if len(values) < 2 or n_boot < 1:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(values), size=(n_boot, len(values)))
    w = weights[idx]
    means = (values[idx] * w).sum(axis=1) / np.where(w.sum(axis=1) > 0, w.sum(axis=1), 1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


def _weighted_mean(g: pd.DataFrame, n_boot: int, seed: int
                   ) -> tuple[float, float, float, float]:
    """(total weight, weighted mean of ``value``, bootstrap interval) of some articles' rows;
    the plain mean when every weight is zero."""
    values = g["value"].to_numpy(dtype=float)
    weights = g["weight"].to_numpy(dtype=float)
    total = weights.sum()
    mean = float((values * weights).sum() / total) if total > 0 else float(values.mean())
    low, high = _bootstrap(values, weights, n_boot, seed)
    return total, mean, low, high


OVER_TIME_COLUMNS = ["series", "period", "period_label", "unit", "n_articles", "weight", "value",
                     "ci_low", "ci_high"]


def over_time(per_article: pd.DataFrame, dates: pd.Series, unit: Unit | None = None,
              n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Weighted mean of a per-article value per period, with an article-bootstrap interval.

    ``per_article``: ``article_id``, ``value`` (the article's number, e.g. its mean sentiment or
    its share of quoted words), ``weight`` (what the value is a mean over: sentences, words,
    paragraphs) and optionally ``series`` (several lines on one chart). ``dates``: ISO date per
    article id (index). ``unit``: ``"month"`` or ``"year"``, by default :func:`time_unit` of the
    dates. Undated articles are left out (the caller lists them). Returns one row per series and
    period, in time order, with the columns of :data:`OVER_TIME_COLUMNS`; ``ci_low`` and
    ``ci_high`` are NaN for a period with a single article.
    """
    df = per_article.copy()
    if "series" not in df:
        df["series"] = "value"
    df["date"] = df["article_id"].map(dates)
    unit = unit or time_unit(df["date"].dropna().unique())
    df["period"] = period_start(df["date"], unit).to_numpy()
    df = df.dropna(subset=["period", "value"])
    rows = []
    for (series, period), g in df.groupby(["series", "period"], sort=True):
        total, mean, low, high = _weighted_mean(g, n_boot, seed)
        # ISO with a four-digit year: strftime wrote year 1 as "1-01-01", which the chart
        # read back as 2001
        iso = f"{period.year:04d}-{period.month:02d}-01"
        rows.append({"series": series, "period": iso,
                     "period_label": iso[:7] if unit == "month" else iso[:4],
                     "unit": unit, "n_articles": len(g), "weight": total, "value": mean,
                     "ci_low": low, "ci_high": high})
    out = pd.DataFrame(rows, columns=OVER_TIME_COLUMNS)
    order = list(dict.fromkeys(per_article["series"])) if "series" in per_article else ["value"]
    out["series"] = pd.Categorical(out["series"], categories=order)
    return (out.sort_values(["series", "period"]).assign(series=lambda t: t["series"].astype(str))
            .reset_index(drop=True))


#: Fewest dated articles, and fewest periods, for which an over-time figure is drawn. Why: one
#: dated article of thirty drew a single point on a five-year axis, read as a trend; below
#: these the notebook prints why there is no figure (and still lists the undated articles).
MIN_DATED_ARTICLES = 3
MIN_PERIODS = 2


def as_percent(table: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """``table`` with each of ``columns`` (fractions 0-1) ×100, rounded to 4 decimals, and
    renamed ``<column>_pct``.

    Why: a figure's CSV holds the numbers drawn in the unit drawn; a chart that shows percent
    is given percent, and its column names say so.
    """
    # rounded to 4 decimals (no 12.120000000000001 in a CSV); the chart draws these numbers
    return table.assign(**{c: (table[c] * 100.0).round(4) for c in columns}).rename(
        columns={c: f"{c}_pct" for c in columns})


#: Periods with fewer sentences (paragraphs, prose words) than these are drawn as thin in an
#: over-time figure (hollow, not joined): a month of one short article is not a trend point.
THIN_PERIOD = {"n_sentences": 30, "n_paragraphs": 10, "n_words": 500}


def over_time_plotted(table: pd.DataFrame, n_articles: int, percent: bool = False,
                      weight: str = "weight") -> pd.DataFrame:
    """The numbers an over-time figure draws: :func:`over_time`'s ``table`` with ``value`` and
    its interval in percent (``*_pct``) when ``percent``, plus ``dated_articles`` (articles in
    the table) and ``all_articles`` (``n_articles``, dated or not) on every row, so the CSV
    says how much of the corpus the figure stands for. ``weight`` names the ``weight`` column
    by what it counts (``n_sentences``), so the CSV says it.
    """
    dated = int(table.groupby("series")["n_articles"].sum().max()) if len(table) else 0
    out = table.assign(dated_articles=dated, all_articles=int(n_articles)).rename(
        columns={"weight": weight})
    return as_percent(out, ["value", "ci_low", "ci_high"]) if percent else out


def dated_note(plotted: pd.DataFrame, n_articles: int | None = None) -> str:
    """``"k of N articles dated"`` for a table of :func:`over_time_plotted` (``n_articles``
    when the table is empty)."""
    dated = int(plotted["dated_articles"].iloc[0]) if len(plotted) else 0
    total = int(plotted["all_articles"].iloc[0]) if len(plotted) else int(n_articles or 0)
    return f"{dated} of {total} articles dated"


#: Undated articles named in :func:`undated_note` before "... and k more".
UNDATED_SHOWN = 3
#: How to give articles a date, as the run and the notebooks say it.
DATE_HOW = ("set DATE=YYYY-MM-DD (make run), a 'date' column in metadata.csv beside the files, "
            "or put the date in the file names (outlet_YYYY-MM-DD_slug.txt)")


def undated_note(article_ids: Sequence[str], dates: pd.Series, shown: int = UNDATED_SHOWN,
                 lead: str = "not in the figure") -> str | None:
    """One line naming the articles left out of an over-time figure for want of a date, or
    None when all are dated.

    Why: a run on 40 undated articles printed 40 identical "no publication date" lines; one
    line with the count, the first ``shown`` ids and how to supply dates says the same.
    ``dates``: publication date per article id (empty or missing: undated); ``lead`` starts
    the line (``make run`` says ``warning``).
    """
    ids = list(dict.fromkeys(str(a) for a in article_ids))
    undated = [a for a in ids if pd.isna(d := dates.get(a)) or not str(d).strip()]
    if not undated:
        return None
    more = f", ... and {len(undated) - shown} more" if len(undated) > shown else ""
    verb = "has" if len(undated) == 1 else "have"
    return (f"{lead}: {len(undated)} of {len(ids)} articles {verb} no publication date "
            f"({', '.join(undated[:shown])}{more}): {DATE_HOW}")


def over_time_skip_reason(plotted: pd.DataFrame, n_articles: int | None = None) -> str | None:
    """Why an over-time figure is not drawn (fewer than :data:`MIN_DATED_ARTICLES` dated
    articles or :data:`MIN_PERIODS` periods), or None when it is drawn."""
    note = dated_note(plotted, n_articles)
    if plotted.empty or int(plotted["dated_articles"].iloc[0]) < MIN_DATED_ARTICLES:
        return f"{note}; a figure over time needs at least {MIN_DATED_ARTICLES} dated articles"
    periods = plotted["period"].nunique()
    if periods < MIN_PERIODS:
        unit = plotted["unit"].iloc[0]
        return (f"{note}, all in one {unit}; a figure over time needs at least {MIN_PERIODS} "
                f"{unit}s")
    return None


#: The label of articles without a section (or author) in :func:`by_group`.
NO_GROUP = "(none)"

GROUP_COLUMNS = ["group", "n_articles", "weight", "value", "ci_low", "ci_high", "is_other"]


def by_group(per_article: pd.DataFrame, groups: pd.Series, n: int = 10, noun: str = "sections",
             n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Weighted mean of a per-article value per group (section, author), the ``n`` largest
    groups by article count and one row ``other (k <noun>)`` pooling the articles of the rest.

    Why: an archive has dozens of sections and hundreds of authors; a chart of each is a
    smear, while the largest few, their article counts and the pooled rest are the finding.
    ``per_article``: ``article_id``, ``value``, ``weight`` (as for :func:`over_time`; a count
    chart passes ``value`` 1 and reads ``n_articles``). ``groups``: the group of each article
    id (index); empty or missing groups are one group, :data:`NO_GROUP`. Rows: by descending
    article count (ties by name), ``other`` last; a group list of at most ``n + 1`` is kept
    whole. ``ci_low``/``ci_high``: 95% article-bootstrap interval (NaN for one article).
    """
    label = per_article["article_id"].map(groups).fillna("").astype(str).str.strip()
    df = per_article.assign(group=label.replace("", NO_GROUP)).dropna(subset=["value"])
    counts = df.groupby("group").size().reset_index(name="n_articles")
    counts = counts.sort_values(["n_articles", "group"], ascending=[False, True], kind="stable")
    keep = list(counts["group"]) if len(counts) <= n + 1 else list(counts["group"].head(n))
    rest = len(counts) - len(keep)
    df["group"] = df["group"].where(df["group"].isin(keep), f"other ({rest} {noun})")
    rows = []
    for name in keep + ([f"other ({rest} {noun})"] if rest else []):
        g = df[df["group"] == name]
        total, mean, low, high = _weighted_mean(g, n_boot, seed)
        rows.append({"group": name, "n_articles": len(g), "weight": total, "value": mean,
                     "ci_low": low, "ci_high": high, "is_other": name not in keep})
    return pd.DataFrame(rows, columns=GROUP_COLUMNS)


def with_metadata(panels: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The :func:`by_group` panels that hold at least one article with the metadata.

    Why: where no article has a section (or an author) the panel is one bar, :data:`NO_GROUP`
    of every article, on one article, on the default corpus and on an archive of bare texts
    alike; it says only that the metadata is missing, which the notebook says in words instead.
    A panel of one named group (every article in `Politics`) is kept: it tells the reader
    something.
    """
    return {name: t for name, t in panels.items() if not t["group"].eq(NO_GROUP).all()}


def top_n_other(table: pd.DataFrame, key: str, value: str, n: int,
                by: str | None = None, sums: Sequence[str] = (), noun: str = "speakers"
                ) -> pd.DataFrame:
    """The ``n`` rows with the largest ``value`` (per ``by`` group when given) and one row
    ``other (k <noun>)`` holding the sum of ``value`` and of ``sums`` over the other k rows.

    Why: a chart of 300 speakers is a smear; the top ten and the size of the rest are the
    finding. Other columns of the ``other`` row are empty (NA). Row order: by descending
    ``value`` within each group, the ``other`` row last; groups keep their first-seen order.
    A group with at most ``n + 1`` rows is returned whole (an ``other (1 …)`` row would hide a
    name to save no space). Adds a boolean column ``is_other``.
    """
    parts = []
    groups = [(None, table)] if by is None else table.groupby(by, sort=False)
    for name, g in groups:
        g = g.sort_values(value, ascending=False, kind="stable")
        keep = g if len(g) <= n + 1 else g.head(n)
        keep = keep.assign(is_other=False)
        parts.append(keep)
        rest = g.iloc[len(keep):]
        if rest.empty:
            continue
        row = {c: pd.NA for c in g.columns}
        row[key] = f"other ({len(rest)} {noun})"
        for col in (value, *sums):
            row[col] = rest[col].sum()
        if by is not None:
            row[by] = name
        parts.append(pd.DataFrame([row]).astype({c: g[c].dtype for c in (value, *sums)})
                     .assign(is_other=True))
    if not parts:
        return table.assign(is_other=pd.Series(dtype=bool))
    return pd.concat(parts, ignore_index=True)


def touched(units: pd.DataFrame, spans: pd.DataFrame, by: str = "article_id") -> np.ndarray:
    """For each row of ``units``, whether it overlaps at least one row of ``spans`` of the same
    ``by`` group (``start < other end`` and ``end > other start``: touching ends do not count).

    Why: notebook 07's coverage tested every sentence against every span of its article in a
    Python loop, 215,000 sentences on a 1,000-article archive. Here each group is one sort and
    one binary search: the spans starting before a unit ends overlap it iff the largest of
    their ends is past the unit's start.
    """
    hit = np.zeros(len(units), dtype=bool)
    if units.empty or spans.empty:
        return hit
    positions = pd.Series(np.arange(len(units))).groupby(units[by].to_numpy(), sort=False)
    span_groups = dict(list(spans.groupby(by, sort=False)))
    for key, rows in positions:
        mine = span_groups.get(key)
        if mine is None:
            continue
        order = np.argsort(mine["start"].to_numpy(), kind="stable")
        starts = mine["start"].to_numpy()[order]
        reach = np.maximum.accumulate(mine["end"].to_numpy()[order])
        idx = rows.to_numpy()
        before = np.searchsorted(starts, units["end"].to_numpy()[idx], side="left")
        hit[idx] = (before > 0) & (reach[np.maximum(before - 1, 0)]
                                   > units["start"].to_numpy()[idx])
    return hit


def lowest_highest(df: pd.DataFrame, by: str, value: str = "score", k: int = 5) -> pd.DataFrame:
    """The ``k`` lowest and ``k`` highest rows of ``value`` per ``by`` group, in one sort.

    Same rows and order as ``g.nsmallest(k, value)`` then ``g.nlargest(k, value)`` for each
    group in first-seen order (ties: the earlier row first; NaN values never chosen), with a
    column ``end_of_scale`` ("most negative" / "most positive"). Why: the per-group loop cost
    about 10 CPU seconds on a 1,000-article archive, for 2,000 small frames.
    """
    if df.empty:
        return df.assign(end_of_scale="")
    keep = df[value].notna().to_numpy()
    valid = df[keep]
    groups = pd.factorize(df[by])[0][keep]  # first-seen order counts rows with NaN values too
    helper = pd.DataFrame({"_group": groups, "_row": np.arange(len(valid)),
                           "_low": valid[value].to_numpy(), "_high": -valid[value].to_numpy()},
                          index=valid.index)
    parts = []
    for end, (column, label) in enumerate((("_low", "most negative"),
                                           ("_high", "most positive"))):
        chosen = (helper.sort_values(["_group", column, "_row"]).groupby("_group").head(k)
                  .assign(_end=end))
        parts.append(chosen[["_group", "_end", "_row"]].assign(end_of_scale=label))
    order = pd.concat(parts).sort_values(["_group", "_end"], kind="stable")
    return valid.iloc[order["_row"].to_numpy()].assign(
        end_of_scale=order["end_of_scale"].to_numpy())


def with_spans(table: pd.DataFrame, units: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """``table`` (one row per value of ``keys``, e.g. a paragraph or a section) with the
    ``source`` file and the ``start``/``end`` offsets of the text its row covers.

    ``units``: the sentences the rows were computed from (``source``, ``start``, ``end``,
    ``sentence_id`` and ``keys``). A row spans from its first sentence's start to its last
    sentence's end, so ``text[start:end]`` is the paragraph or section. A row whose sentences
    are not one run in reading order (``paragraph_index`` -1 groups the standfirst, list items
    and a closing correction) gets empty offsets: one span would cover text that is not the
    row's. ``source`` goes first and ``start``/``end`` after the keys, as in the other tables;
    rows and their order are unchanged. Why: an exported row of a text unit must lead back to
    its text (the paragraph tone table had a paragraph number only).
    """
    keys = list(keys)
    grouped = units.groupby(keys, sort=False, dropna=False)
    spans = grouped.agg(source=("source", "first"), start=("start", "min"), end=("end", "max"),
                        first=("sentence_id", "min"), last=("sentence_id", "max"),
                        n=("sentence_id", "size")).reset_index()
    run = spans["last"] - spans["first"] + 1 == spans["n"]
    spans["start"] = spans["start"].where(run).astype("Int64")
    spans["end"] = spans["end"].where(run).astype("Int64")
    out = table.drop(columns=["source", "start", "end"], errors="ignore").merge(
        spans[[*keys, "source", "start", "end"]], on=keys, how="left", validate="many_to_one")
    rest = [c for c in table.columns if c not in {*keys, "source", "start", "end"}]
    return out[["source", *keys, "start", "end", *rest]]
