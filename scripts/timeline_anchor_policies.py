"""Count which anchor policy gives the gold value of relative expressions (issue 14, round 25).

For every expression the timeline instrument resolved against an anchor (its ``anchor`` column
``publication``, ``narrative`` or ``speech``) and that overlaps a gold TIMEX3 (relaxed match),
the candidate is resolved again under each policy and its TIMEX3 value compared with the gold:

* ``dct``: the document creation (publication) date only, no narrative state (no earlier
  date, no reporting quarter);
* ``current``: the instrument's own rule (its ``timex3_value``);
* ``narrative``: the last day the text named before it (any expression the instrument
  resolved to one day, whatever its own anchor: TimeML's "last mentioned date"), with the
  reporting quarter kept; the DCT when there is none (then counted under ``narrative n/a``);
* ``explicit``: the same, but only a day written with its year (``anchor`` ``absolute``);
* ``speech``: inside a quotation whose reporting clause names the day it was spoken, that
  day (else not counted).

Prints one markdown table per set, by class of expression (a regex over the expression's
text, for the table only). Development sets only (TimeBank, the PolNeAR TIMEX3 set):

    NS_SHARED_DATA=/work/shared python scripts/timeline_anchor_policies.py --set timebank
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from typing import Any

import pandas as pd

from helpers.core.corpus import segment_text
from helpers.evaluate.metrics import match_spans
from helpers.instruments.timeline import extract as extract_module
from helpers.instruments.timeline.records import Candidate, Resolution
from helpers.instruments.timeline.resolver import Resolver
from helpers.instruments.timeline.timex3 import Timex3, split_range, to_timex3

POLICIES = ("dct", "current", "narrative", "explicit", "speech")

#: classes of the table, first match wins (analysis only; the instrument never reads these)
CLASSES: list[tuple[str, re.Pattern[str]]] = [
    ("yesterday/today/tomorrow/tonight", re.compile(
        r"(?i)\b(?:yesterday|today|tomorrow|tonight)\b")),
    ("weekday", re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")),
    ("N units ago", re.compile(r"(?i)\bago\b")),
    ("N units earlier/later/before", re.compile(r"(?i)\b(?:earlier|later|before|after)\b")),
    ("quarter / half", re.compile(r"(?i)\b(?:quarter|half)\b")),
    ("last/this/next week", re.compile(r"(?i)\bweek(?:end)?\b")),
    ("last/this/next month", re.compile(r"(?i)\bmonth\b")),
    ("last/this/next year", re.compile(r"(?i)\byear\b")),
    ("month without year", re.compile(
        r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?\b")),
    ("season", re.compile(r"(?i)\b(?:spring|summer|autumn|fall|winter)\b")),
    ("clock time / part of day", re.compile(
        r"(?i)\d\s*[ap]\.?m\b|\b(?:morning|afternoon|evening|night|noon|midday)\b")),
]


def expression_class(text: str) -> str:
    """The class of the table an expression belongs to (``other`` when none fits)."""
    return next((name for name, rx in CLASSES if rx.search(text)), "other")


class ProbeResolver(Resolver):
    """The instrument's resolver, which also resolves each anchored candidate again under
    each policy of :data:`POLICIES` (kept in :attr:`alternatives`, by span)."""

    instances: list[ProbeResolver] = []

    def __init__(self, publication: dt.date | None) -> None:
        """As :class:`Resolver`; registers itself so that the caller can read its findings."""
        super().__init__(publication)
        #: (position, day, written with its year) of each single day resolved so far
        self.days: list[tuple[int, dt.date, bool]] = []
        #: (start, end) -> policy -> (TIMEX3 type, TIMEX3 value)
        self.alternatives: dict[tuple[int, int], dict[str, tuple[str, str]]] = {}
        ProbeResolver.instances.append(self)

    def _replay(self, ref: dt.date | None, c: Candidate, text: str, clause: str, block: int,
                keep_period: bool) -> tuple[str, str]:
        """The TIMEX3 (type, value) of ``c`` resolved alone against ``ref``."""
        fresh = Resolver(ref)
        for name in ("strict_past", "strict_future", "generic_period", "fiscal_year"):
            setattr(fresh, name, getattr(self, name))
        if keep_period:
            fresh.quarter, fresh.period_span = self.quarter, self.period_span
        fresh.tense = clause
        res = fresh.resolve(c, text, clause, False, block)
        tx = to_timex3(text, c.start, c.end, res.timex3_type or res.type,
                       res.timex3_value or res.value)
        return tx.type, tx.value

    def resolve(self, c: Candidate, text: str, clause: str, in_quote: bool,
                block: int) -> Resolution:
        """Resolve as the instrument does; for an anchored result, under each policy too."""
        quarter, span = self.quarter, self.period_span
        speech = self.speech_day_now if in_quote else None
        res = super().resolve(c, text, clause, in_quote, block)
        if res.anchor in ("publication", "narrative", "speech"):
            after = self.quarter, self.period_span
            self.quarter, self.period_span = quarter, span  # the state before this candidate
            alt: dict[str, tuple[str, str]] = {
                "dct": self._replay(self.pub, c, text, clause, block, keep_period=False)}
            for name, explicit_only in (("narrative", False), ("explicit", True)):
                day = next((d for p, d, ab in reversed(self.days)
                            if p < c.start and (ab or not explicit_only)), None)
                alt[f"{name}_ref"] = ("", day.isoformat() if day else "")
                alt[name] = (alt["dct"] if day is None else
                             self._replay(day, c, text, clause, block, keep_period=True))
            if speech is not None:
                alt["speech"] = self._replay(speech, c, text, clause, block, keep_period=True)
            self.quarter, self.period_span = after
            self.alternatives[(c.start, c.end)] = alt
        if res.first_day is not None and res.first_day == res.last_day \
                and res.type in ("DATE", "TIME") and "X" not in res.value[:10]:
            self.days.append((c.start, res.first_day, res.anchor == "absolute"))
        return res


def probe_document(text: str, dct: str, doc_id: str) -> pd.DataFrame:
    """The TIMEX3 rows of one document with the policy values of each anchored row."""
    ProbeResolver.instances.clear()
    saved = extract_module.Resolver
    extract_module.Resolver = ProbeResolver  # type: ignore[misc]
    try:
        rows = extract_module.extract_timexes(segment_text(text, source=doc_id, date=dct or None))
    finally:
        extract_module.Resolver = saved  # type: ignore[misc]
    alts: dict[tuple[int, int], dict[str, tuple[str, str]]] = {}
    for probe in ProbeResolver.instances:
        alts.update(probe.alternatives)
    out: list[dict[str, Any]] = []
    for r in rows[rows["timex3_value"] != ""].itertuples(index=False):
        t = Timex3(int(r.timex3_start), int(r.timex3_end), r.timex3_type, r.timex3_value)
        parts = split_range(text, t)
        alt = alts.get((int(r.start), int(r.end))) if len(parts) == 1 else None
        for p in parts:
            row = {"source": doc_id, "start": p.start, "end": p.end,
                   "text": text[p.start:p.end], "type": p.type, "value": p.value,
                   "anchor": r.anchor, "in_quote": bool(r.in_quote)}
            if alt is not None:
                row.update({f"v_{k}": v[1] for k, v in alt.items()})
            out.append(row)
    return pd.DataFrame(out)


def count_policies(docs: list[Any]) -> pd.DataFrame:
    """Per class: anchored relaxed matches and how many of them each policy gets right."""
    gold = pd.concat([d.timexes for d in docs], ignore_index=True)
    pred = pd.concat([probe_document(d.text, d.dct, d.doc_id) for d in docs],
                     ignore_index=True)
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    for gi, pi in match_spans(gold, pred, overlap=True):
        p = pred.loc[pi]
        if not isinstance(p.get("v_dct"), str):
            continue
        g = str(gold.at[gi, "value"]).strip()
        cls = expression_class(str(p["text"]))
        s = stats[cls]
        s["n"] += 1
        s[f"anchor {p['anchor']}"] += 1
        s["dct"] += p["v_dct"] == g
        s["current"] += p["value"] == g
        for name in ("narrative", "explicit"):
            s[name] += p[f"v_{name}"] == g
            if not p[f"v_{name}_ref"]:
                s[f"{name} n/a"] += 1
            if p["v_dct"] != p[f"v_{name}"]:
                s[f"{name} differs"] += 1
                s[f"{name} differs: dct right"] += p["v_dct"] == g
                s[f"{name} differs: {name} right"] += p[f"v_{name}"] == g
                s[f"{name} differs: current right"] += p["value"] == g
        if p["value"] != p["v_dct"]:
            a = p["anchor"]
            s[f"current({a}) differs"] += 1
            s[f"current({a}) differs: dct right"] += p["v_dct"] == g
            s[f"current({a}) differs: current right"] += p["value"] == g
        if g not in {p["value"], p["v_dct"], p["v_narrative"], p["v_explicit"],
                     p.get("v_speech")}:
            s["no policy right"] += 1
        if isinstance(p.get("v_speech"), str):
            s["in quote with speech day"] += 1
            s["speech"] += p["v_speech"] == g
            s["speech: dct right"] += p["v_dct"] == g
    table = pd.DataFrame(stats).T.fillna(0).astype(int)
    table.loc["all"] = table.sum()
    return table


def main(argv: list[str] | None = None) -> int:
    """Print the policy table of ``--set`` (timebank | polnear-timex)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("timebank", "polnear-timex"), default="timebank")
    ap.add_argument("--transpose", action="store_true", help="one column per class")
    args = ap.parse_args(argv)
    if args.set == "timebank":
        from helpers.evaluate.shared_data import validation_dir
        from helpers.evaluate.timeml import load_timeml_folder

        folder = validation_dir("timebank") / "TimeBank"
        if not folder.is_dir():
            print(f"not counted: {folder} is absent (set NS_SHARED_DATA to the shared data "
                  "folder)", file=sys.stderr)
            return 2
        docs = load_timeml_folder(folder)
    else:
        from helpers.evaluate.real_news_timex import load_real_news_timex

        try:
            docs = load_real_news_timex()
        except FileNotFoundError as err:
            print(f"not counted: {err} (the PolNeAR texts live in the shared data; set "
                  "NS_SHARED_DATA)", file=sys.stderr)
            return 2
    table = count_policies(docs)
    cols = ["n", "anchor publication", "anchor narrative", "anchor speech", "dct", "current"]
    for name in ("narrative", "explicit"):
        cols += [name, f"{name} n/a", f"{name} differs", f"{name} differs: dct right",
                 f"{name} differs: {name} right", f"{name} differs: current right"]
    cols += ["in quote with speech day", "speech", "speech: dct right"]
    for a in ("publication", "narrative", "speech"):
        cols += [f"current({a}) differs", f"current({a}) differs: dct right",
                 f"current({a}) differs: current right"]
    cols += ["no policy right"]
    table = table.reindex(columns=cols, fill_value=0).sort_values("n", ascending=False)
    if args.transpose:
        table = table.T
    print(table.to_markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
