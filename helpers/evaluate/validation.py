"""Load gold annotations and score the sentence splitter against them.

Gold files live in ``data/annotations/`` (guidelines in ``data/annotations/guidelines/``); their
``start``/``end`` offsets index the raw corpus file. ``load_gold`` checks every row against the
text so that a stale annotation fails loudly instead of scoring silently wrong.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.core.corpus import Corpus, load_corpus
from helpers.core.paths import ANNOTATIONS, DEFAULT_CORPUS, PROJECT_ROOT
from helpers.evaluate.gold import read_gold
from helpers.evaluate.metrics import boundary_scores, by_file_name, cohen_kappa, macro_f1, prf
from helpers.evaluate.quotes import score_quotes, speakers_match
from helpers.evaluate.sentiment import agreement_table, nyt_validation
from helpers.evaluate.themes import THEMES_V2, score_negated, score_themes
from helpers.evaluate.timeline import score_timexes
from helpers.instruments import quotes, themes, timeline

__all__ = [
    "TARGETS",
    "agreement_summary",
    "annotated_set_summary",
    "human_baseline",
    "load_gold",
    "score_instruments",
    "sentence_boundary_report",
    "validation_summary",
]


def load_gold(name: str, folder: Path = ANNOTATIONS, raw: Path = DEFAULT_CORPUS.parent
              ) -> pd.DataFrame:
    """Read ``<folder>/<name>.csv`` with its text restored from ``<raw>/<source>`` and checked.

    See :func:`helpers.evaluate.gold.read_gold`: raises ``FileNotFoundError`` if the annotation
    or the corpus file is missing and ``ValueError`` naming the file and row if an offset no
    longer gives its text.
    """
    return read_gold(folder / f"{name}.csv", raw)


def sentence_boundary_report(corpus: Corpus, gold: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """Boundary precision/recall/F1 of ``corpus.sentences`` against ``gold``, and the errors.

    The corpus must be the one the gold annotates (its ``source`` is matched by file name;
    gold without ``source`` is taken to annotate the corpus's first file). The error table lists
    each missed (``fn``) or spurious (``fp``) sentence end, one row each: ``error``, ``source``
    (the file, by name as in the gold files), ``offset`` and ``context`` (the text around it in
    that file); missed ends first, each kind in file and offset order. Boundaries are compared
    within a file, so several files can be scored together.
    """
    pred = by_file_name(corpus.sentences.copy())
    texts = {Path(str(src)).name: text for src, text in corpus.texts.items()}
    gold = by_file_name(gold)
    if "source" not in gold.columns:
        gold = gold.assign(source=next(iter(texts), ""))
    scores = boundary_scores(gold, pred)
    missed: list[tuple[str, int]] = []
    spurious: list[tuple[str, int]] = []
    for source, g in gold.groupby("source", sort=True):
        p = pred[pred["source"] == source] if "source" in pred.columns else pred
        gold_ends = {int(e) for e in g["end"]}
        pred_ends = {int(e) for s, e in zip(p["start"], p["end"])
                     if ((g["start"] < e) & (g["end"] > s)).any()}
        missed += [(str(source), e) for e in sorted(gold_ends - pred_ends)]
        spurious += [(str(source), e) for e in sorted(pred_ends - gold_ends)]
    rows = [("missed boundary (fn)", *m) for m in missed]
    rows += [("spurious boundary (fp)", *m) for m in spurious]
    errors = pd.DataFrame(
        [{"error": kind, "source": src, "offset": e,
          "context": texts.get(src, "")[max(0, e - 50):e] + " ‖ " + texts.get(src, "")[e:e + 40]}
         for kind, src, e in rows],
        columns=["error", "source", "offset", "context"],
    )
    return scores, errors


# ---------------------------------------------------------------- every instrument at once

#: (instrument, measure, target) for every threshold an issue names; the tests assert the same.
TARGETS: list[tuple[str, str, float]] = [
    ("sentence splitting", "boundary F1", 0.98),
    ("quote attribution", "speech quote F1 (span overlap)", 0.97),
    ("quote attribution", "speaker accuracy on matched speech", 0.95),
    ("timelines", "relaxed extraction F1", 0.95),
    ("timelines", "value accuracy (relaxed matches)", 0.90),
    ("themes", "special_relationship paragraph F1", 0.90),
    ("themes", "party_factionalism paragraph F1", 0.90),
    ("themes", "iraq_war_intelligence paragraph F1", 0.90),
    ("themes", "israel_palestine paragraph F1", 0.90),
    ("themes", "austerity_inequality paragraph F1", 0.90),
    ("sentiment", "default score Pearson r, held-out NYT editorials", 0.55),
]


def score_instruments(corpus: Corpus, annotations: Path = ANNOTATIONS,
                      raw: Path = DEFAULT_CORPUS.parent) -> pd.DataFrame:
    """Sentences, quotes, temporal expressions and themes of ``corpus`` against the gold files
    in ``annotations`` (whose offsets index the files in ``raw``).

    One row per measure: ``instrument``, ``measure``, ``value``, ``n`` (gold units), ``gold``.
    Works for any annotated set laid out like ``data/annotations`` (several files per set are
    fine: units are matched within the same file name).
    """

    rows: list[dict] = []

    def add(instrument: str, measure: str, value: float, n: int, gold: str) -> None:
        rows.append({"instrument": instrument, "measure": measure, "value": float(value),
                     "n": int(n), "gold": gold})

    gold = load_gold("sentences", annotations, raw)
    b = boundary_scores(gold, by_file_name(corpus.sentences))
    for key, label in (("precision", "boundary precision"), ("recall", "boundary recall"),
                       ("f1", "boundary F1")):
        add("sentence splitting", label, b[key], len(gold), "sentences.csv")

    gold = load_gold("quotes", annotations, raw)
    q = score_quotes(by_file_name(quotes.extract_quotes(corpus)), gold)
    n_speech = int((gold["kind"] == "speech").sum())
    for key, label, n in (
        ("speech_precision", "speech quote precision", n_speech),
        ("speech_recall", "speech quote recall", n_speech),
        ("speech_f1", "speech quote F1 (span overlap)", n_speech),
        ("speaker_accuracy", "speaker accuracy on matched speech", n_speech),
        ("kind_accuracy", "kind accuracy (speech/term)", len(gold)),
        ("cue_accuracy", "cue (reporting verb) accuracy", n_speech),
    ):
        add("quote attribution", label, q[key], n, "quotes.csv")

    gold = load_gold("timex", annotations, raw)
    t = score_timexes(by_file_name(timeline.extract_timexes(corpus)), gold)
    for key, label in (("strict_f1", "strict extraction F1"),
                       ("relaxed_f1", "relaxed extraction F1"),
                       ("value_accuracy", "value accuracy (relaxed matches)"),
                       ("type_accuracy", "type accuracy (relaxed matches)")):
        add("timelines", label, t[key], len(gold), "timex.csv")

    table = by_file_name(themes.paragraph_themes(corpus))
    if (annotations / "themes_v2.csv").exists():
        # version 2: five themes coded by the rule "the paragraph discusses the theme"
        gold = load_gold("themes_v2", annotations, raw)
        th = score_themes(table, gold, [t for t in THEMES_V2 if t in gold.columns])
        for row in th.itertuples():
            # undefined figures (no gold positive, no prediction) are NaN, not 0
            defined = {"precision": row.tp + row.fp > 0, "recall": row.n_gold > 0,
                       "f1": row.n_gold > 0}
            for key in ("precision", "recall", "f1"):
                label = "F1" if key == "f1" else key
                add("themes", f"{row.theme} paragraph {label}",
                    getattr(row, key) if defined[key] else float("nan"), len(gold),
                    "themes_v2.csv")
            add("themes", f"{row.theme} paragraph false positives", row.fp, len(gold),
                "themes_v2.csv")
        neg = score_negated(table, gold, [t for t in THEMES_V2 if t in gold.columns])
        add("themes", "negated flag agreement (paragraphs coded by both)", neg["agreement"],
            neg["pairs"], "themes_v2.csv")
        for key in ("precision", "recall"):
            add("themes", f"negated flag {key} (paragraphs coded by both)", neg[key],
                neg["pairs"], "themes_v2.csv")
    if (annotations / "themes.csv").exists():
        gold = load_gold("themes", annotations, raw)
        v1 = " (v1 gold)"
        for row in score_themes(table, gold).itertuples():
            for key in ("precision", "recall", "f1"):
                label = "F1" if key == "f1" else key
                add("themes", f"{row.theme} paragraph {label}{v1}", getattr(row, key),
                    len(gold), "themes.csv")
    return pd.DataFrame(rows)


def _with_targets(table: pd.DataFrame) -> pd.DataFrame:
    targets = {(i, m): v for i, m, v in TARGETS}
    table = table.copy()
    table["target"] = [targets.get((i, m), float("nan"))
                       for i, m in zip(table["instrument"], table["measure"])]
    table["meets_target"] = [None if pd.isna(tg) else bool(v >= tg)
                             for v, tg in zip(table["value"], table["target"])]
    return table[["instrument", "measure", "value", "target", "meets_target", "n", "gold"]]


def validation_summary(corpus: Corpus) -> pd.DataFrame:
    """Every instrument scored against its gold annotation of the default corpus.

    One row per measure: ``instrument``, ``measure``, ``value``, ``target`` (NaN where the
    issues name none), ``meets_target`` (None without a target), ``n`` (gold units scored),
    ``gold`` (the annotation file). ``corpus`` must be the default corpus. Sentiment adds the
    held-out NYT correlation and the agreement with the corpus hand labels.
    """
    rows = [
        score_instruments(corpus),
        _sentiment_rows(nyt_validation("held_out"), "pearson",
                        " Pearson r, held-out NYT editorials", "../shared/validation (NYT)"),
        _sentiment_rows(agreement_table(load_gold("sentiment")), "macro_f1",
                        " macro-F1 vs hand labels", "sentiment.csv"),
    ]
    return _with_targets(pd.concat(rows, ignore_index=True))


def _sentiment_rows(table: pd.DataFrame, column: str, suffix: str, gold: str) -> pd.DataFrame:
    """Validation rows from a sentiment evaluation table (one row per measure)."""
    return pd.DataFrame({
        "instrument": "sentiment",
        "measure": [("default score" if m.startswith("default") else m) + suffix
                    for m in table["measure"]],
        "value": table[column].astype(float), "n": table["n"].astype(int), "gold": gold})


def annotated_set_summary(name: str) -> pd.DataFrame:
    """Score every instrument on an annotated set of other articles: ``data/<name>/`` (the
    articles, with ``metadata.csv`` for their dates) against ``data/annotations/<name>/``.

    Same columns as :func:`validation_summary`, plus ``set``. Used for the articles in other
    house styles (``other_styles``) and the held-out set (``heldout``).
    """
    raw = PROJECT_ROOT / "data" / name
    corpus = load_corpus(raw)
    table = _with_targets(score_instruments(corpus, ANNOTATIONS / name, raw))
    return table.assign(set=name)


def agreement_summary() -> pd.DataFrame:
    """Agreement between the gold annotation and an independent second annotator.

    The second pass (``data/annotations/agreement/``) labelled the same units without seeing
    the first; its agreement is the ceiling a machine can be expected to reach. One row per
    label: ``annotation``, ``label``, ``n``, ``agreement`` (share identical), ``kappa`` (Cohen's,
    NaN where a label is free text).
    """

    folder = ANNOTATIONS / "agreement"
    rows: list[dict] = []

    def compare(name: str, second: str, label: str, kind: str = "categorical") -> None:
        a = load_gold(name)
        b = read_gold(folder / second)
        merged = a.merge(b, on=["source", "start", "end"], suffixes=("_a", "_b"))
        if kind == "speaker":
            merged = merged[(merged["kind_a"] == "speech") & (merged["kind_b"] == "speech")]
            same = [speakers_match(x, y) for x, y in zip(merged["speaker_a"],
                                                          merged["speaker_b"])]
            kappa = float("nan")
        else:
            x = merged[f"{label}_a"].astype(str).str.lower().tolist()
            y = merged[f"{label}_b"].astype(str).str.lower().tolist()
            same = [i == j for i, j in zip(x, y)]
            kappa = cohen_kappa(x, y)
        rows.append({"annotation": f"{name}.csv", "label": label, "n": len(merged),
                     "agreement": sum(same) / len(same) if same else float("nan"),
                     "kappa": kappa})

    compare("quotes", "quotes_second.csv", "kind")
    compare("quotes", "quotes_second.csv", "speaker", kind="speaker")
    compare("quotes", "quotes_second.csv", "cue")
    compare("quotes", "quotes_second.csv", "continuation")
    compare("themes", "themes_second.csv", "special_relationship")
    compare("themes", "themes_second.csv", "party_factionalism")
    compare("sentiment", "sentiment_second.csv", "label")
    return pd.DataFrame(rows)


def human_baseline() -> pd.DataFrame:
    """The second annotator scored like an instrument, on the measures of ``validation_summary``.

    One row per measure: ``instrument``, ``measure`` (same wording as
    :func:`validation_summary`), ``second_annotator``. A machine score near this value is as
    good as a second careful reader; above it, it has probably learned the first annotator's
    habits rather than the task.
    """

    folder = ANNOTATIONS / "agreement"
    rows: list[dict] = []
    quotes = load_gold("quotes").merge(
        read_gold(folder / "quotes_second.csv"),
        on=["source", "start", "end"], suffixes=("_a", "_b"))
    a_speech, b_speech = quotes["kind_a"] == "speech", quotes["kind_b"] == "speech"
    tp = int((a_speech & b_speech).sum())
    speech = prf(tp, int((~a_speech & b_speech).sum()), int((a_speech & ~b_speech).sum()))
    both = quotes[a_speech & b_speech]
    rows += [
        ("quote attribution", "speech quote F1 (span overlap)", speech["f1"]),
        ("quote attribution", "speaker accuracy on matched speech",
         sum(speakers_match(b, a) for a, b in zip(both["speaker_a"], both["speaker_b"]))
         / max(1, len(both))),
        ("quote attribution", "kind accuracy (speech/term)",
         float((quotes["kind_a"] == quotes["kind_b"]).mean())),
    ]
    # themes: the version-2 coders (A as gold, B scored), five themes; v1 second pass kept
    for first, second, names, suffix in (
            (read_gold(folder / "themes_v2_coder_a.csv"),
             "themes_v2_coder_b.csv", THEMES_V2, ""),
            (load_gold("themes"), "themes_second.csv",
             ("special_relationship", "party_factionalism"), " (v1 gold)")):
        themes = first.merge(read_gold(folder / second),
                             on=["source", "start", "end"], suffixes=("_a", "_b"))
        for theme in names:
            a, b = themes[f"{theme}_a"].astype(int) == 1, themes[f"{theme}_b"].astype(int) == 1
            f1 = prf(int((a & b).sum()), int((~a & b).sum()), int((a & ~b).sum()))["f1"]
            rows.append(("themes", f"{theme} paragraph F1{suffix}", f1))
    senti = load_gold("sentiment").merge(
        read_gold(folder / "sentiment_second.csv"),
        on=["source", "start", "end"], suffixes=("_a", "_b"))
    rows.append(("sentiment", "default score macro-F1 vs hand labels",
                 macro_f1(senti["label_a"].tolist(), senti["label_b"].tolist())))
    return pd.DataFrame(rows, columns=["instrument", "measure", "second_annotator"])
