"""Score the quote and timeline instruments on real news (PolNeAR, AQUAINT, TimeBank).

``polnear-timex`` is the project's own TIMEX3 annotation of 120 PolNeAR TRAIN articles
(``data/annotations/real_news/timex``), rebuilt from the shared text.

Prints one markdown table per set (and, with ``--errors``, the error breakdown by cause).
Reads ``../shared/validation`` (or ``$NS_SHARED_DATA/validation``); nothing is downloaded.

    python scripts/score_real_news.py --set all
    python scripts/score_real_news.py --set polnear-train --errors
    python scripts/score_real_news.py --set polnear-train --subsample A

``--subsample X`` scores only PolNeAR train subsample X = ``sorted(train)[k::4][:200]`` (A: k=0,
B: 1, C: 2, D: 3), the development samples of the quote rounds. Where a split has a referent
annotation by two coders (issue 13; dev, and the first 70 coded articles of train subsample
A), the speaker lines add the heuristic-antecedent figure, the referent-gold figure and, for a
partly coded split, both figures on the coded articles alone.

``--by-family`` (TimeML sets: ``timebank``, ``aquaint``) adds the measures per source family,
the letters the file names start with (``wsj``, ``apw``, ``nyt``, ``abc``, ``cnn`` ...): the
Wall Street Journal copy of TimeBank beside its wire and broadcast copy (timeline round 26),
then per kind of copy (:data:`COPY_KINDS`: financial, wire, broadcast):

    python scripts/score_real_news.py --set timebank --by-family

AQUAINT is the evaluation set: ``--set aquaint`` (and ``--set all``) score it, so run those once,
at the end of a round. Any other ``--set`` with ``--by-family`` is an argument error. A set
whose shared data are absent prints ``not scored: <folder> is absent`` (and the exit status
is 1).

``--by-route`` (PolNeAR sets) adds speaker accuracy per route, the rule that gave the speaker
(``post-cue``, ``pre-cue``, ``sentence-cue``, ``continuation``, ``context``, ``ranked``), and per
kind of gold Source (pronoun or not): counts only, no row printed, so it may be run on a
count-only subsample (:func:`helpers.evaluate.polnear_routes.by_route`):

    python scripts/score_real_news.py --set polnear-train --subsample D --by-route

``--marks british-curly british-straight`` (PolNeAR sets; issue 13) scores the split also
rewritten with British quotation marks (single ``‘…’`` outside, double inside; curly or
straight; :mod:`helpers.evaluate.british_marks`) and prints one table with a column per
variant beside the published double marks (``double``):

    python scripts/score_real_news.py --set polnear-train --subsample A \
        --marks british-curly british-straight
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import pandas as pd

from helpers.core.paths import PROJECT_ROOT
from helpers.evaluate.british_marks import MARK_VARIANTS
from helpers.evaluate.polnear import polnear_errors, referent_differences, score_polnear
from helpers.evaluate.polnear_referents import covered_articles
from helpers.evaluate.polnear_routes import by_route as route_table
from helpers.evaluate.real_news_summary import (
    SUBSAMPLES,
    SUMMARY_FILE,
    compute_real_news_summary,
    score_real_news_set,
)
from helpers.evaluate.timeml import score_by_family, source_family, timeml_errors

SETS = ("polnear-dev", "polnear-train", "aquaint", "timebank", "polnear-timex")
#: the TimeML sets whose file names carry their source (``--by-family``)
TIMEML_SETS = ("timebank", "aquaint")
QUOTE_ROWS = [("span_precision", "quote span precision (pieces, overlap)"),
              ("span_recall", "quote span recall"), ("span_f1", "quote span F1"),
              ("quote_recall", "quote recall (relations)"),
              ("speaker_accuracy", "speaker accuracy (matched, with Source)"),
              ("speaker_accuracy_non_pronoun", "speaker accuracy (non-pronoun Source)"),
              ("cue_accuracy", "cue accuracy (matched; a continuation takes its quotation's cue)"),
              ("cue_accuracy_own_cue", "cue accuracy (matched; every piece its own cue)")]
TIMEX_ROWS = [("strict_f1", "strict span F1"), ("relaxed_f1", "relaxed span F1"),
              ("value_f1", "value F1"), ("type_accuracy", "type accuracy (relaxed matches)"),
              ("relaxed_precision", "relaxed precision"), ("relaxed_recall", "relaxed recall")]


def _progress(label: str) -> Callable[[int], None]:
    """A progress printer to stderr (every 10 documents)."""
    def report(i: int) -> None:
        if i % 10 == 0:
            print(f"  {label}: {i} documents", file=sys.stderr, flush=True)
    return report


def _table(scores: dict, rows: list[tuple[str, str]], counts: str) -> str:
    lines = ["| measure | value |", "|---|---|"]
    lines += [f"| {label} | {scores[key]:.3f} |" for key, label in rows]
    return "\n".join(lines) + f"\n\n{counts}\n"


def _breakdown(errors: pd.DataFrame, text_cols: list[str]) -> str:
    counts = errors["cause"].value_counts()
    lines = ["| cause | count |", "|---|---|"] + [f"| {c} | {n} |" for c, n in counts.items()]
    for cause in counts.index:
        top = errors[errors["cause"] == cause][text_cols].astype(str).agg(" -> ".join, axis=1)
        common = top.value_counts().head(5)
        lines.append(f"\n{cause}: most frequent " + "; ".join(
            f"`{k[:60]}` ({v})" for k, v in common.items()))
    return "\n".join(lines) + "\n"


def _speaker_pair(gold: pd.DataFrame, pred: pd.DataFrame, texts: dict[str, str],
                  referent_gold: bool) -> str:
    """``all / non-pronoun`` speaker accuracy of one scoring, four decimals."""
    s = score_polnear(gold, pred, texts=texts, referent_gold=referent_gold)
    return f"{s['speaker_accuracy']:.4f} / {s['speaker_accuracy_non_pronoun']:.4f}"


def _referent_lines(gold: pd.DataFrame, pred: pd.DataFrame, texts: dict[str, str],
                    s: dict, covered: set[str] | None = None) -> str:
    """Speaker accuracy with the heuristic antecedent beside the referent-gold figure (the
    table's), and how many pronoun quotations the two disagree on (issue 13). ``covered``: the
    coded articles (those with a coded item); when the split is coded only in part (a pronoun
    Source quotation lies outside them: train), the two figures are repeated on the coded
    articles alone. A fully coded split (dev) prints no such line."""
    n_items = int(gold.drop_duplicates("quote_id")["referent_agreed"].sum())
    out = (f"\nSpeaker accuracy (all / non-pronoun Source): heuristic antecedent "
           f"{_speaker_pair(gold, pred, texts, False)}; referent gold "
           f"{_speaker_pair(gold, pred, texts, True)} (table above: "
           f"{s['speaker_accuracy']:.4f}). {n_items} quotations have an agreed referent "
           f"item; on {len(referent_differences(gold))} pronoun quotations the heuristic "
           f"antecedent does not name the agreed referent.\n")
    first = gold.drop_duplicates("quote_id")
    # (none of the split's coded articles in this gold, e.g. train subsample B: no such line;
    # before round 21 the empty selection raised a KeyError)
    if covered and first["source"].isin(covered).any() and \
            (first["speaker_is_pronoun"] & ~first["source"].isin(covered)).any():
        cg = gold[gold["source"].isin(covered)]
        cp = pred[pred["source"].isin(covered)]
        out += (f"On the {cg['source'].nunique()} coded articles alone: heuristic antecedent "
                f"{_speaker_pair(cg, cp, texts, False)}; referent gold "
                f"{_speaker_pair(cg, cp, texts, True)}.\n")
    return out


#: the kind of copy of each TimeML source family (scoring only): Wall Street Journal
#: financial copy, newspaper and wire copy (AP, APW, NYT, San Jose Mercury News, Xinhua),
#: broadcast transcripts (ABC and its ``ea``/``ed`` files, CNN, PRI, VOA)
COPY_KINDS = {"wsj": "financial", "ap": "wire", "apw": "wire", "nyt": "wire", "sjmn": "wire",
              "xie": "wire", "abc": "broadcast", "ea": "broadcast", "ed": "broadcast",
              "cnn": "broadcast", "pri": "broadcast", "voa": "broadcast"}


def _kind(doc_id: str) -> str:
    """The kind of copy of a document (:data:`COPY_KINDS`; ``other`` if not listed)."""
    return COPY_KINDS.get(source_family(doc_id), "other")


def family_table(gold: pd.DataFrame, pred: pd.DataFrame) -> str:
    """Markdown: strict / relaxed / value F1 and counts per source family, then per kind of
    copy (:func:`helpers.evaluate.timeml.score_by_family`). ``docs``: documents with a gold
    or a predicted row."""
    lines = []
    for label, family in (("family", source_family), ("kind", _kind)):
        fams = score_by_family(gold, pred, family)
        lines += [f"| {label} | docs | gold | pred | strict | relaxed | value | strict F1 | "
                  "relaxed F1 | value F1 |", "|---|---|---|---|---|---|---|---|---|---|"]
        lines += [f"| {r.family} | {r.n_docs} | {r.n_gold} | {r.n_pred} | {r.n_strict} | "
                  f"{r.n_relaxed} | {r.n_value} | {r.strict_f1:.3f} | {r.relaxed_f1:.3f} | "
                  f"{r.value_f1:.3f} |" for r in fams.itertuples()]
        lines.append("")
    return "\n".join(lines)


def route_markdown(table: pd.DataFrame) -> str:
    """Markdown of :func:`helpers.evaluate.polnear_routes.by_route`'s table."""
    lines = ["| route | gold Source | pairs | wrong | accuracy | share of wrong |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {r.route} | {r.source_kind} | {r.pairs} | {r.wrong} | {r.accuracy:.3f} | "
              f"{r.share_of_wrong:.3f} |" for r in table.itertuples()]
    return "\n".join(lines) + "\n"


def score_set(name: str, errors: bool = False,
              subsample: str | None = None, ranker="default",
              by_family: bool = False, by_route: bool = False) -> tuple[dict, str]:
    """Scores and markdown for one set; raises FileNotFoundError when the data are absent.
    ``by_family`` (TimeML sets): add the table per source family. ``by_route`` (PolNeAR
    sets): add speaker accuracy per route and kind of Source.
    ``subsample`` (a key of :data:`SUBSAMPLES`) restricts ``polnear-train`` to that subsample;
    ``ranker``: as ``extract_quotes``'s (the learned speaker chooser; None: the rules)."""
    kept: dict = {}
    s = score_real_news_set(name, _progress(name), keep=kept, subsample=subsample,
                            ranker=ranker)
    gold, pred, texts = kept["gold"], kept["pred"], kept["texts"]
    if name in ("polnear-dev", "polnear-train"):
        md = _table(s, QUOTE_ROWS, f"{kept['n_documents']} articles, {s['n_gold_quotes']} gold "
                    f"quotes ({s['n_gold_pieces']} pieces), {s['n_pred_speech']} predicted speech "
                    f"rows, {s['n_matched']} matched, {s['n_speaker_pairs']} with a Source "
                    f"({s['n_speaker_pairs_non_pronoun']} non-pronoun).")
        if "referent_agreed" in gold.columns:
            md += _referent_lines(gold, pred, texts, s, covered_articles(name.split("-")[1]))
        if by_route:
            md += "\nSpeaker accuracy by route:\n\n" + route_markdown(
                route_table(gold, pred, texts=texts))
        if errors:
            md += "\n" + _breakdown(polnear_errors(gold, pred, texts=texts),
                                    ["gold_cue", "pred_cue"])
        return s, md
    md = _table(s, TIMEX_ROWS, f"{kept['n_documents']} documents, {s['n_gold']} gold TIMEX3, "
                f"{s['n_pred']} predicted, {s['n_relaxed']} relaxed / {s['n_strict']} strict "
                f"matches, {s['n_value']} with the right value.")
    if by_family and name in TIMEML_SETS:
        md += "\n" + family_table(gold, pred)
    if errors:
        md += "\n" + _breakdown(timeml_errors(gold, pred), ["gold_text", "pred_text"])
    return s, md


def score_marks(name: str, variants: list[str], subsample: str | None = None, ranker="default"
                ) -> tuple[dict[str, dict], str]:
    """Scores of a PolNeAR set with published double marks and each British ``variants``
    rewrite, and one markdown table with a column per variant (issue 13)."""
    if name not in ("polnear-dev", "polnear-train"):
        raise ValueError("--marks applies to polnear-dev and polnear-train only")
    cols = ["double", *(v for v in variants if v != "double")]
    scores = {v: score_real_news_set(name, _progress(f"{name} {v}"), subsample=subsample,
                                     marks=v, ranker=ranker) for v in cols}
    lines = ["| measure | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    lines += [f"| {label} | " + " | ".join(f"{scores[v][key]:.4f}" for v in cols) + " |"
              for key, label in QUOTE_ROWS]
    lines.append("| gold pieces / predicted speech / matched / with Source | " + " | ".join(
        f"{scores[v]['n_gold_pieces']} / {scores[v]['n_pred_speech']} / "
        f"{scores[v]['n_matched']} / {scores[v]['n_speaker_pairs']}" for v in cols) + " |")
    return scores, "\n".join(lines) + "\n"


def write_summary() -> int:
    """Score the summary sets and write ``data/annotations/real_news/scores.csv``."""
    table = compute_real_news_summary(
        lambda name: print(f"scoring {name} ...", file=sys.stderr, flush=True))
    table.to_csv(SUMMARY_FILE, index=False, lineterminator="\n")
    print(f"wrote {SUMMARY_FILE.relative_to(PROJECT_ROOT)} ({len(table)} rows)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, score the chosen sets, print markdown; 1 if a set's data are absent."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="all", choices=(*SETS, "all"))
    ap.add_argument("--errors", action="store_true", help="add the error breakdown by cause")
    ap.add_argument("--subsample", choices=sorted(SUBSAMPLES),
                    help="polnear-train only: score subsample X = sorted(train)[k::4][:200]")
    ap.add_argument("--summary", action="store_true",
                    help="write data/annotations/real_news/scores.csv (the table the notebooks "
                         "show; the tests check it against a fresh computation) and stop")
    ap.add_argument("--marks", nargs="+", choices=("double", *MARK_VARIANTS),
                    help="PolNeAR sets only: also score the split rewritten with British "
                         "quotation marks, one column per variant beside the double marks")
    ap.add_argument("--ranker", metavar="FILE", default="default",
                    help="PolNeAR sets: 'rules' (the rules alone), 'learned' (the learned "
                         "speaker chooser, data/models/speaker_ranker.json; issue 13), a "
                         "weights file, or 'default' (the instrument's default: the learned "
                         "chooser since ranker round 6)")
    ap.add_argument("--by-family", action="store_true",
                    help="timebank / aquaint: add the measures per source family (the letters "
                         "the file names start with: wsj, apw, nyt, abc, cnn ...) and per kind "
                         "of copy (financial, wire, broadcast); e.g. --set timebank --by-family")
    ap.add_argument("--by-route", action="store_true",
                    help="PolNeAR sets: add speaker accuracy per route (the rule that gave the "
                         "speaker) and kind of Source; counts only, no row printed")
    args = ap.parse_args(argv)
    if args.by_family and args.set not in (*TIMEML_SETS, "all"):
        ap.error(f"--by-family applies to --set {' / '.join(TIMEML_SETS)} (or all), "
                 f"not {args.set}")
    ranker = args.ranker
    if args.summary:
        return write_summary()
    status = 0
    for name in SETS if args.set == "all" else (args.set,):
        t0 = time.perf_counter()
        print(f"scoring {name} ...", file=sys.stderr, flush=True)
        try:
            if args.marks and name in ("polnear-dev", "polnear-train"):
                _, md = score_marks(name, args.marks, args.subsample, ranker)
            else:
                _, md = score_set(name, args.errors, args.subsample, ranker,
                                  by_family=args.by_family, by_route=args.by_route)
        except FileNotFoundError as err:
            print(f"## {name}\n\nnot scored: {err} is absent (put the shared data at "
                  f"../shared beside the clone, or set NS_SHARED_DATA)\n")
            status = 1
            continue
        print(f"## {name}\n\n{md}\n_runtime {time.perf_counter() - t0:.1f} s_\n", flush=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
