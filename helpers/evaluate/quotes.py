"""Scoring the quotes instrument against gold annotations: span and speech P/R/F1, speaker,
cue and continuation accuracy, an error table, and speaker accuracy by attribution rule.

Lives in the evaluation layer so the instrument (:mod:`helpers.instruments.quotes`) never
imports scoring code; name matching itself is the instrument's (:func:`same_speaker`).
"""

from __future__ import annotations

from collections.abc import Hashable

import pandas as pd

from helpers.core.name_forms import fold_accents
from helpers.evaluate.metrics import by_file_name, match_spans, prf
from helpers.instruments.quotes import same_speaker

__all__ = ["FOLD_ACCENTS", "predicted_speaker_right", "quote_errors", "score_quotes",
           "speakers_match", "validation_by_attribution"]

#: convention (issue 13, branch wt-names29): speaker strings are compared with their accents
#: folded (``Zoë Müller`` ~ ``Zoe Muller``): one name written with and without accents is one
#: speaker. False gives the earlier rule (accented letters compared as written).
FOLD_ACCENTS = True


def speakers_match(pred: str, gold: str, people: str | None = None) -> bool:
    """Whether a predicted and a gold speaker string name the same speaker (scoring rule).

    Delegates to :func:`helpers.instruments.quotes.same_speaker`: equal after folding case,
    spacing and titles; a surname of the other; one surname with given names equal or variants
    of one another (``Chuck``/``Charles``, ``data/lexicons/given_name_variants.csv``); one
    register entry; or, for descriptions, a shared content noun. Two empty strings match.
    Accents are folded first (``FOLD_ACCENTS``: ``Müller`` ~ ``Muller``).
    """
    if FOLD_ACCENTS:
        return same_speaker(fold_accents(str(pred or "")), fold_accents(str(gold or "")), people)
    return same_speaker(pred, gold, people, fold=False)


def predicted_speaker_right(pred: pd.DataFrame, i: Hashable, gold_speaker: str,
                            people: str | None = None) -> bool:
    """Whether predicted row ``i`` of ``pred`` names ``gold_speaker``: its ``speaker`` or, when
    the speaker is a document, the document's author (``speaker_author``, empty otherwise).

    Why: the guideline (``data/annotations/guidelines/quotes.md``, "Written sources") names a
    written source's author as the speaker (``The memo notes`` -> the ministry whose memo it
    is), PolNeAR the document itself; issue 13 accepts either, so the instrument keeps the
    document as ``speaker`` and adds its author (round 52). A frame without the column (an old
    prediction, a hand-made table) is scored on ``speaker`` alone."""
    if speakers_match(pred.at[i, "speaker"], gold_speaker, people):
        return True
    author = pred.at[i, "speaker_author"] if "speaker_author" in pred.columns else ""
    return isinstance(author, str) and bool(author) and \
        speakers_match(author, gold_speaker, people)


def score_quotes(pred: pd.DataFrame, gold: pd.DataFrame, people: str | None = None) -> dict:
    """Score predicted quotes against gold rows (gold format of ``data/annotations/quotes.csv``).

    Returns: ``speech`` P/R/F1 (speech spans matched one-to-one by character overlap, via
    :func:`helpers.evaluate.metrics.match_spans`), ``all_spans`` P/R/F1 (every quoted span,
    any kind),
    ``kind_accuracy`` (over all matched spans), ``speaker_accuracy`` (over matched speech pairs,
    :func:`speakers_match`), ``cue_accuracy`` (matched speech pairs, lemma equality, empty ==
    empty), ``continuation_accuracy``, and the counts ``n_gold_speech``, ``n_pred_speech``,
    ``n_speaker_pairs``.
    """
    pred = _norm_frame(pred)
    gold = _norm_frame(gold)
    gs = gold[gold["kind"] == "speech"]
    ps = pred[pred["kind"] == "speech"]
    pairs = match_spans(gs, ps, overlap=True)
    speech = prf(len(pairs), len(ps) - len(pairs), len(gs) - len(pairs))
    all_pairs = match_spans(gold, pred, overlap=True)
    spans = prf(len(all_pairs), len(pred) - len(all_pairs), len(gold) - len(all_pairs))
    kind_ok = [gold.at[g, "kind"] == pred.at[p, "kind"] for g, p in all_pairs]
    spk_ok = [predicted_speaker_right(ps, p, gs.at[g, "speaker"], people) for g, p in pairs]
    cue_ok = [str(ps.at[p, "cue"]).strip().lower() == str(gs.at[g, "cue"]).strip().lower()
              for g, p in pairs]
    cont_ok = [bool(ps.at[p, "continuation"]) == bool(gs.at[g, "continuation"])
               for g, p in pairs]

    def mean(xs: list[bool]) -> float:
        return float(sum(xs) / len(xs)) if xs else 0.0

    return {
        "speech_precision": speech["precision"],
        "speech_recall": speech["recall"],
        "speech_f1": speech["f1"],
        "span_precision": spans["precision"],
        "span_recall": spans["recall"],
        "span_f1": spans["f1"],
        "kind_accuracy": mean(kind_ok),
        "speaker_accuracy": mean(spk_ok),
        "cue_accuracy": mean(cue_ok),
        "continuation_accuracy": mean(cont_ok),
        "n_gold_speech": int(len(gs)),
        "n_pred_speech": int(len(ps)),
        "n_speaker_pairs": int(len(pairs)),
    }


def _norm_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = by_file_name(df, ("speaker", "cue", "kind"))
    if "continuation" not in out.columns:
        out["continuation"] = False
    out["continuation"] = out["continuation"].map(
        lambda v: str(v).strip().lower() in {"true", "1", "yes"} if not isinstance(v, bool)
        else v)
    out["start"] = out["start"].astype(int)
    out["end"] = out["end"].astype(int)
    return out.reset_index(drop=True)


def quote_errors(pred: pd.DataFrame, gold: pd.DataFrame, people: str | None = None
                 ) -> pd.DataFrame:
    """Error table: one row per disagreement (missed, spurious, kind, speaker, cue).

    Columns: ``error`` (``missed speech`` | ``spurious speech`` | ``kind`` | ``speaker`` |
    ``cue``), ``source`` (the file the offsets index, by name as in the gold files), ``start``,
    ``end``, ``text`` (gold text, else predicted), ``gold``, ``pred``. Rows are in file, offset
    and error order. Why ``source``: with several files scored, offsets alone do not say where.
    """
    pred = _norm_frame(pred)
    gold = _norm_frame(gold)
    def at(frame: pd.DataFrame, i: int) -> tuple[str, int, int]:
        """The ``source`` (empty if ``frame`` has none), ``start`` and ``end`` of row ``i``."""
        source = str(frame.at[i, "source"]) if "source" in frame.columns else ""
        return source, frame.at[i, "start"], frame.at[i, "end"]

    rows = []
    pairs = match_spans(gold, pred, overlap=True)
    mg = {g for g, _ in pairs}
    mp = {p for _, p in pairs}
    for g in gold.index:
        if g not in mg and gold.at[g, "kind"] == "speech":
            rows.append(("missed speech", *at(gold, g), gold.at[g, "text"],
                         gold.at[g, "speaker"], ""))
    for p in pred.index:
        if p not in mp and pred.at[p, "kind"] == "speech":
            rows.append(("spurious speech", *at(pred, p), pred.at[p, "text"], "",
                         pred.at[p, "speaker"]))
    for g, p in pairs:
        gk, pk = gold.at[g, "kind"], pred.at[p, "kind"]
        text = gold.at[g, "text"] if "text" in gold.columns else ""
        if gk != pk:
            rows.append(("kind", *at(gold, g), text, gk, pk))
            continue
        if gk != "speech":
            continue
        if not predicted_speaker_right(pred, p, gold.at[g, "speaker"], people):
            rows.append(("speaker", *at(gold, g), text, gold.at[g, "speaker"],
                         pred.at[p, "speaker"]))
        if pred.at[p, "cue"].lower() != gold.at[g, "cue"].lower():
            rows.append(("cue", *at(gold, g), text, gold.at[g, "cue"], pred.at[p, "cue"]))
    df = pd.DataFrame(rows, columns=["error", "source", "start", "end", "text", "gold", "pred"])
    df["text"] = df["text"].map(lambda t: t if len(str(t)) <= 90 else str(t)[:87] + "...")
    return df.sort_values(["source", "start", "error"]).reset_index(drop=True)



def validation_by_attribution(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Speaker accuracy of matched speech quotes by the rule that attributed them
    (``post-cue``, ``pre-cue``, ``sentence-cue``, ``continuation``, ``context``, …).

    Columns: ``attribution``, ``quotes``, ``speaker_correct``, ``speaker_accuracy``.
    """
    cols = ["attribution", "quotes", "speaker_correct", "speaker_accuracy"]
    p = _norm_frame(pred)
    g = _norm_frame(gold)
    ps, gs = p[p["kind"] == "speech"], g[g["kind"] == "speech"]
    if ps.empty or gs.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for gi, pi in match_spans(gs, ps, overlap=True):
        rows.append((ps.at[pi, "attribution"] if "attribution" in ps.columns else "",
                     predicted_speaker_right(ps, pi, gs.at[gi, "speaker"])))
    df = pd.DataFrame(rows, columns=["attribution", "ok"])
    out = df.groupby("attribution").agg(quotes=("ok", "size"), speaker_correct=("ok", "sum"))
    out["speaker_accuracy"] = (out["speaker_correct"] / out["quotes"]).round(3)
    return out.reset_index().sort_values("quotes", ascending=False)[cols]
