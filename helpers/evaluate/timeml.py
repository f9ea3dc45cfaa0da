"""TimeML (TimeBank / AQUAINT) loader and TempEval-3 scorer for the timeline instrument.

Loader: the document text is the content of ``<TEXT>`` with every tag removed and XML entities
decoded; offsets of each ``TIMEX3`` are Python string indices into that text. The anchor date is
the value of the ``TIMEX3`` inside ``<DCT>``; that DCT expression is not part of ``<TEXT>`` and is
never gold.

Scorer (TempEval-3, UzZaman et al. 2013): strict span F1 (identical offsets), relaxed span F1
(any character overlap, one-to-one, largest overlap first, via
:func:`helpers.evaluate.metrics.match_spans`), value F1 (a relaxed match whose normalised value is
identical: P = correct / predicted, R = correct / gold) and type accuracy over relaxed matches.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.evaluate.metrics import match_spans, prf
from helpers.instruments.timeline import extract_timexes, timex3_rows

__all__ = [
    "TIMEX_GOLD_COLUMNS",
    "TimemlDoc",
    "dct_problems",
    "load_timeml",
    "load_timeml_folder",
    "parse_timeml",
    "predict_timexes",
    "score_by_family",
    "score_timeml",
    "source_family",
    "timeml_errors",
]

TIMEX_GOLD_COLUMNS = ["source", "start", "end", "text", "type", "value", "mod"]

_TAG_RE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR_RE = re.compile(r'([A-Za-z_:]+)="([^"]*)"')
_TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT_RE = re.compile(r"<DCT>.*?value=\"([^\"]*)\".*?</DCT>", re.S)
_ENTITY_RE = re.compile(r"&(#x?[0-9A-Fa-f]+|[A-Za-z]+);")
_FAMILY_RE = re.compile(r"[A-Za-z]+")


@dataclass
class TimemlDoc:
    """One TimeML document: id, plain text, DCT (``YYYY-MM-DD``) and gold TIMEX3 rows."""

    doc_id: str
    text: str
    dct: str
    timexes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TIMEX_GOLD_COLUMNS))


def _strip_tags(body: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Text of ``body`` without tags or entities, and (start, end, attrs) of each TIMEX3."""
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    pos = 0

    def emit(raw: str) -> None:
        nonlocal length
        decoded = _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), raw)
        out.append(decoded)
        length += len(decoded)

    for m in _TAG_RE.finditer(body):
        emit(body[pos:m.start()])
        pos = m.end()
        closing, name, attrs, selfclose = m.groups()
        if name != "TIMEX3" or selfclose:
            continue
        if closing:
            if open_timex:
                start, at = open_timex.pop()
                spans.append((start, length, at))
        else:
            open_timex.append((length, dict(_ATTR_RE.findall(attrs))))
    emit(body[pos:])
    return "".join(out), spans


def parse_timeml(xml: str, doc_id: str) -> TimemlDoc:
    """Parse one TimeML string (see the module docstring for the conventions)."""
    m = _TEXT_RE.search(xml)
    body = m.group(1) if m else ""
    text, spans = _strip_tags(body)
    d = _DCT_RE.search(xml)
    dct = d.group(1)[:10] if d else ""
    rows = [{"source": doc_id, "start": s, "end": e, "text": text[s:e],
             "type": at.get("type", ""), "value": at.get("value", ""), "mod": at.get("mod", "")}
            for s, e, at in sorted(spans, key=lambda x: (x[0], x[1]))]
    return TimemlDoc(doc_id, text, dct, pd.DataFrame(rows, columns=TIMEX_GOLD_COLUMNS))


def dct_problems(docs: Iterable[TimemlDoc]) -> dict[str, str]:
    """Documents whose DCT cannot anchor the instrument: ``{doc_id: reason}`` with reason
    ``missing`` (no ``<DCT>`` value) or ``unparsed`` (not a calendar date ``YYYY-MM-DD``).

    A document without a usable DCT is scored with no publication date, so every relative
    expression in it comes out unresolved; this check makes that visible as a count.
    """
    out: dict[str, str] = {}
    for doc in docs:
        if not doc.dct:
            out[doc.doc_id] = "missing"
            continue
        try:
            dt.date.fromisoformat(doc.dct)
        except ValueError:
            out[doc.doc_id] = "unparsed"
    return out


def load_timeml(path: str | Path) -> TimemlDoc:
    """Load one ``.tml`` file; the document id is the file name."""
    p = Path(path)
    return parse_timeml(p.read_text(encoding="utf-8"), p.name)


def load_timeml_folder(folder: str | Path) -> list[TimemlDoc]:
    """Every ``*.tml`` document of ``folder``, sorted by file name."""
    return [load_timeml(p) for p in sorted(Path(folder).glob("*.tml"))]


def predict_timexes(docs: Iterable[TimemlDoc],
                    progress: Callable[[int], None] | None = None) -> pd.DataFrame:
    """Run the timeline instrument on each document (anchored on its DCT) through the public API.

    Returns the TimeML reading of the instrument's rows (its ``timex3_start``, ``timex3_end``,
    ``timex3_type``, ``timex3_value`` columns; rows with no TIMEX3 reading are left out, ranges
    split in two: :func:`helpers.instruments.timeline.timex3_rows`) with
    ``source`` = document id; offsets are into ``doc.text``.
    """
    from helpers.core.corpus import segment_text

    frames = []
    for i, doc in enumerate(docs):
        corpus = segment_text(doc.text, source=doc.doc_id, date=doc.dct or None)
        pred = extract_timexes(corpus)
        # the TimeML reading of the rows (``timex3_*``; none for some, two for a range)
        pred = timex3_rows(pred, doc.text)
        pred.insert(0, "source", doc.doc_id)
        frames.append(pred)
        if progress is not None:
            progress(i + 1)
    if not frames:
        return pd.DataFrame(columns=TIMEX_GOLD_COLUMNS)
    out = pd.concat(frames, ignore_index=True)
    out["start"] = out["start"].astype(int)
    out["end"] = out["end"].astype(int)
    return out


def _norm(df: pd.DataFrame) -> pd.DataFrame:
    out = df.reset_index(drop=True).copy()
    for c in ("text", "type", "value"):
        if c not in out.columns:
            out[c] = ""
        out[c] = out[c].fillna("").astype(str).str.strip()
    out["start"] = out["start"].astype(int)
    out["end"] = out["end"].astype(int)
    return out


def score_timeml(gold: pd.DataFrame, pred: pd.DataFrame) -> dict[str, float]:
    """TempEval-3 measures of ``pred`` against ``gold`` (both with source/start/end/type/value).

    Returns strict_/relaxed_/value_ precision, recall and f1, ``type_accuracy`` (over relaxed
    matches) and the counts ``n_gold``, ``n_pred``, ``n_relaxed``, ``n_strict``, ``n_value``.
    """
    g, p = _norm(gold), _norm(pred)
    strict = match_spans(g, p, overlap=False)
    relaxed = match_spans(g, p, overlap=True)
    n_val = sum(g.at[gi, "value"] == p.at[pi, "value"] for gi, pi in relaxed)
    n_type = sum(g.at[gi, "type"] == p.at[pi, "type"] for gi, pi in relaxed)
    out: dict[str, float] = {}
    for name, tp in (("strict", len(strict)), ("relaxed", len(relaxed)), ("value", n_val)):
        s = prf(tp, len(p) - tp, len(g) - tp)
        out.update({f"{name}_precision": s["precision"], f"{name}_recall": s["recall"],
                    f"{name}_f1": s["f1"]})
    out["type_accuracy"] = n_type / len(relaxed) if relaxed else 0.0
    out.update({"n_gold": len(g), "n_pred": len(p), "n_relaxed": len(relaxed),
                "n_strict": len(strict), "n_value": int(n_val)})
    return out


def timeml_errors(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """One row per error, with its ``cause``: missed, spurious, extent (relaxed but not exact
    offsets, value right), value (matched, wrong value), extent+value (both), type (only type).

    Columns: source, start, end (gold's offsets in that file, the prediction's for a spurious
    one), cause, gold_text, pred_text, gold_value, pred_value, gold_type, pred_type.
    """
    g, p = _norm(gold), _norm(pred)
    relaxed = match_spans(g, p, overlap=True)
    rows = []
    for gi, pi in relaxed:
        gr, pr = g.loc[gi], p.loc[pi]
        exact = (gr["start"], gr["end"]) == (pr["start"], pr["end"])
        val_ok = gr["value"] == pr["value"]
        if exact and val_ok and gr["type"] == pr["type"]:
            continue
        cause = ("type" if exact and val_ok else "value" if exact
                 else "extent" if val_ok else "extent+value")
        rows.append((gr["source"], int(gr["start"]), int(gr["end"]), cause, gr["text"],
                     pr["text"], gr["value"], pr["value"], gr["type"], pr["type"]))
    mg = set(g.index) - {gi for gi, _ in relaxed}
    mp = set(p.index) - {pi for _, pi in relaxed}
    rows += [(g.at[i, "source"], int(g.at[i, "start"]), int(g.at[i, "end"]), "missed",
              g.at[i, "text"], "", g.at[i, "value"], "", g.at[i, "type"], "") for i in sorted(mg)]
    rows += [(p.at[i, "source"], int(p.at[i, "start"]), int(p.at[i, "end"]), "spurious", "",
              p.at[i, "text"], "", p.at[i, "value"], "", p.at[i, "type"]) for i in sorted(mp)]
    return pd.DataFrame(rows, columns=["source", "start", "end", "cause", "gold_text",
                                       "pred_text", "gold_value", "pred_value", "gold_type",
                                       "pred_type"])


def source_family(doc_id: str) -> str:
    """The source family of a TimeML document: the letters its file name starts with, in
    lower case (``wsj_0001.tml`` and ``WSJ900813-0157.tml`` -> ``wsj``; ``APW19980213.1310``
    -> ``apw``; ``ea980120.1830.0071`` -> ``ea``). TimeBank mixes Wall Street Journal copy
    with wire and broadcast copy, and the prefix is the only mark of which a file is; a name
    without a leading letter is its own family ``other``."""
    m = _FAMILY_RE.match(doc_id)
    return m.group(0).lower() if m else "other"


def score_by_family(gold: pd.DataFrame, pred: pd.DataFrame,
                    family: Callable[[str], str] = source_family) -> pd.DataFrame:
    """TempEval-3 measures per source family (:func:`source_family` of ``source``), so a gap
    between kinds of copy shows instead of averaging away.

    One row per family (sorted by gold count, largest first) with ``family``, ``n_docs``
    (documents with a gold or a predicted row), ``n_gold``, ``n_pred``, ``n_strict``,
    ``n_relaxed``, ``n_value``, ``strict_f1``, ``relaxed_f1``, ``value_f1``. Matching is done
    within each family, as :func:`score_timeml` does it within each document.
    """
    cols = ["family", "n_docs", "n_gold", "n_pred", "n_strict", "n_relaxed", "n_value",
            "strict_f1", "relaxed_f1", "value_f1"]
    gf = gold["source"].map(family)
    pf = pred["source"].map(family)
    rows = []
    for fam in sorted(set(gf) | set(pf)):
        g, p = gold[gf == fam], pred[pf == fam]
        s = score_timeml(g, p)
        rows.append({"family": fam, "n_docs": len(set(g["source"]) | set(p["source"])),
                     **{k: int(s[k]) for k in ("n_gold", "n_pred", "n_strict", "n_relaxed",
                                                "n_value")},
                     **{k: s[k] for k in ("strict_f1", "relaxed_f1", "value_f1")}})
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["n_gold", "family"], ascending=[False, True], ignore_index=True)
