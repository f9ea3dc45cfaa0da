"""PolNeAR (Newell, Margolin & Ruths 2018) scorer for the quote instrument.

The gold (brat reader, quote pieces, the antecedent rule for pronoun Sources, the loader
:func:`load_polnear`) is :mod:`helpers.evaluate.polnear_gold`; cue matching is
:mod:`helpers.evaluate.polnear_cues`; the description rule's evidence test is
:mod:`helpers.evaluate.polnear_descriptions`. Their public names (and the private ones tests
read) stay importable from here. The scorer's switches (``GENDER_CLASH_RULE``,
``DESCRIPTION_NAME_RULE``, ``CONTINUATION_CUE_RULE``, ``REFERENT_GOLD``, ``REFERENT_CHAIN``) are
read and set on this module; ``PERSON_PRONOUN_RULE`` (a gold rule) on ``polnear_gold``.

Pair table. :func:`pair_table` matches predicted quotes to gold once and judges each pair: one
row per matched gold piece, unmatched gold piece and unmatched (spurious) prediction, with the
speaker and cue verdicts, the route and the pronoun flag. :func:`score_polnear`,
:func:`speaker_pairs` and :func:`polnear_errors` all read it, so the three cannot disagree on
a verdict (scorer tidy, 2026-12-06). :func:`prepare_quotes` and :func:`speaker_ok` are public
for :mod:`helpers.evaluate.ranker_training`, which labels the chooser's candidates with the
scorer's own rule.

Scoring. Span P/R/F1 = the project's measure: gold pieces against predicted ``speech`` rows, one-to-
one by character overlap (:func:`helpers.evaluate.metrics.match_spans`). Quote recall = share of
gold quotes (relations) with at least one matched piece. Speaker accuracy over matched pieces
whose relation has a Source: right when :func:`helpers.evaluate.quotes.speakers_match` accepts
the predicted speaker against the Source text, or, when the Source is a pronoun, against its
antecedent (the gold's rule, :mod:`helpers.evaluate.polnear_gold`). Cue accuracy over matched
pieces: the predicted cue lemma equals a lemma candidate of a word of the Cue span (simple
suffix rules plus irregular past forms, :func:`cue_matches`).
Stricter reading (round 5, ``GENDER_CLASH_RULE``): a predicted name whose given name has one
gender is not the Source person when the Source carries a title of the other gender (``Bill
Clinton`` vs ``Mrs. Clinton``), although they share a surname.

Round-8 convention (``DESCRIPTION_NAME_RULE``, only when :func:`score_polnear` is given the
article texts): a description Source (``the senator``) is the predicted name when the article
itself joins the description's head noun to that one surname (``Sen. X``, ``senator X``, ``X, a
… senator``) and to no other.

Round-9 convention (``CONTINUATION_CUE_RULE``): a predicted ``continuation`` row with no cue
is scored with the cue of the row it continues (PolNeAR gives one Cue to every Content piece of
an attribution; the instrument puts it on one piece).

Referent gold (``REFERENT_GOLD``, issue 13, 2026-12-04): where two coders annotated, blind to the
instrument, which entity a pronoun or description Source refers to
(``data/annotations/real_news/sources``, :mod:`helpers.evaluate.polnear_referents`) and agree,
the speaker is right when it matches the Source or the agreed referent's name (or another Source
mention the coders tied to that referent, ``REFERENT_CHAIN``), and the heuristic antecedent
is not used for that quotation; a full name with the referent's surname but another given name
(``Heidi Cruz`` for ``Ted Cruz``) is another person there. Where they disagree, agree that the
entity is unnamed or unclear (no name to check), or a quotation has no coded item (all of
train), the heuristic antecedent stays. :func:`load_polnear`
adds the columns ``referent_agreed`` (bool) and ``speaker_referent`` (the name as written) when
the annotation covers the split (at least two coder files).
Given-name variants (``GIVEN_NAME_VARIANT_RULE``, branch wt-names28): ``Chuck X`` and
``Charles X`` (a pet form and its formal name, ``data/lexicons/given_name_variants.csv``) are
one person, not a family clash. Name forms (``NAME_FORM_RULE``, branch wt-names29): accents
are folded (``Renald``/``Rénald``) and a surname particle in any case belongs to the surname
(``De Varga`` for ``Piet de Varga``, ``data/lexicons/name_particles.txt``). Both rules and
their switches live in :mod:`helpers.evaluate.polnear_names` and are set there, not on this
module; ``FOLD_ACCENTS`` (accents folded before the name match) is
:mod:`helpers.evaluate.quotes`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from helpers.evaluate.metrics import match_spans, prf
from helpers.evaluate.polnear_cues import cue_matches
from helpers.evaluate.polnear_descriptions import description_is
from helpers.evaluate.polnear_gold import (
    POLNEAR_GOLD_COLUMNS,
    PRONOUNS,
    Attribution,
    BratSpan,
    PolnearSplit,
    QuoteId,
    load_polnear,
    parse_brat,
    parse_quote_id,
    quote_pieces,
    source_gender,
)
from helpers.evaluate.polnear_gold import _add_referents as _add_referents
from helpers.evaluate.polnear_gold import _gold_rows as _gold_rows
from helpers.evaluate.polnear_gold import _lexicon_set as _lexicon_set
from helpers.evaluate.polnear_gold import _not_a_person as _not_a_person
from helpers.evaluate.polnear_names import _given_name_clash
from helpers.evaluate.quotes import speakers_match
from helpers.instruments.quotes import extract_quotes

__all__ = [
    "PAIR_COLUMNS",
    "POLNEAR_GOLD_COLUMNS",
    "PRONOUNS",
    "REFERENT_GOLD",
    "Attribution",
    "BratSpan",
    "PolnearSplit",
    "QuoteId",
    "cue_matches",
    "load_polnear",
    "pair_table",
    "parse_brat",
    "parse_quote_id",
    "polnear_errors",
    "predict_quotes",
    "prepare_quotes",
    "quote_pieces",
    "referent_differences",
    "score_polnear",
    "speaker_ok",
    "speaker_pairs",
]


def predict_quotes(split: PolnearSplit, progress: Callable[[int], None] | None = None,
                   sources: list[str] | None = None, ranker="default") -> pd.DataFrame:
    """Run the quote instrument on each article (dated from the metadata) via the public API;
    ``ranker``: passed to ``extract_quotes`` (the learned speaker chooser; None: the rules)."""
    from helpers.core.corpus import segment_text

    frames = []
    for i, source in enumerate(sources if sources is not None else sorted(split.texts)):
        corpus = segment_text(split.texts[source], source=source,
                              date=split.dates.get(source) or None)
        frames.append(extract_quotes(corpus, ranker=ranker).assign(source=source))
        if progress is not None:
            progress(i + 1)
    if not frames:
        return pd.DataFrame(columns=["source", "start", "end", "text", "kind", "speaker", "cue"])
    return pd.concat(frames, ignore_index=True)

def _gender_clash(pred: str, gold: str) -> bool:
    """A predicted name whose given name has one gender against a Source with a title of the
    other (``Bill Clinton`` vs ``Mrs. Clinton``): two people sharing a surname."""
    g_gold = source_gender(gold)
    if g_gold == "u" or not re.match(r"\s*(?:the\s+)?(?:Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\b",
                                     gold, re.I):
        return False
    g_pred = source_gender(pred)
    return g_pred != "u" and g_pred != g_gold


#: stricter than "shares a surname" (round 5): a speaker whose given name clashes in gender
#: with the title of the Source is another person; False gives the round-4 reading
GENDER_CLASH_RULE = True

#: convention mapping (round 8): a Source that is a definite description (``the senator``,
#: ``the retired neurosurgeon``) is the predicted name when the ARTICLE ITSELF joins that role
#: to that person and to no other (``Sen. X`` / ``senator X``, ``X, a retired neurosurgeon``,
#: ``the group's founder, X``): the issue accepts "a name that refers to the same person", and
#: the evidence is the article's own title or apposition, never the instrument's resolution.
#: Applies only when :func:`score_polnear` is given the article texts; False switches it off.
DESCRIPTION_NAME_RULE = True

#: convention (issue 13, 2026-12-04): where the coders of ``data/annotations/real_news/sources``
#: agree on the referent of a Source, it replaces the heuristic antecedent (module docstring).
#: Only gold that carries the ``referent_agreed`` column (PolNeAR dev, two coders) is affected;
#: False gives the heuristic figure (``score_polnear(..., referent_gold=False)`` does too).
REFERENT_GOLD = True
#: with REFERENT_GOLD: the other Source mentions the coders tied to the same referent also count
#: (``the Republican nominee`` for the ``He`` whose referent is Donald Trump); False: the name only
REFERENT_CHAIN = True


def _uses_referent(row: pd.Series, referent_gold: bool | None) -> bool:
    """Whether the row is scored against its agreed referent: the flag is on and the coders
    agree on a NAMED referent (an agreed ``unnamed``/``unclear`` leaves the heuristic, which
    may offer a description of the same unnamed entity: ``It`` -> ``the report``)."""
    on = REFERENT_GOLD if referent_gold is None else referent_gold
    return bool(on and row.get("referent_agreed", False) and row.get("speaker_referent", ""))


def speaker_ok(pred: str, row: pd.Series, people: str | None, text: str = "",
               referent_gold: bool | None = None) -> bool:
    """Whether the predicted speaker ``pred`` is right for the gold piece ``row`` (a row of the
    gold: ``speaker``, ``speaker_is_pronoun``, ``speaker_antecedent``, referent columns when
    present): it matches the Source, or the agreed referent (or its chain) where the coders
    agree on a named one, else a pronoun Source's antecedent; never across a gender or
    given-name clash. ``text`` (the article) switches on DESCRIPTION_NAME_RULE. The verdict
    of every speaker figure; public for :mod:`helpers.evaluate.ranker_training`."""
    if not str(pred).strip():
        return False

    def same(ref: str) -> bool:
        if GENDER_CLASH_RULE and _gender_clash(str(pred), ref):
            return False
        if speakers_match(pred, ref, people):
            return True
        return bool(DESCRIPTION_NAME_RULE and text and description_is(str(pred), ref, text))

    if same(row["speaker"]):
        return True
    if _uses_referent(row, referent_gold):
        if _given_name_clash(str(pred), row["speaker_referent"]):
            return False
        chain = tuple(row.get("referent_mentions") or ()) if REFERENT_CHAIN else ()
        names = [row["speaker_referent"], *chain]
        return any(n and same(n) for n in names)
    ante = row["speaker_antecedent"]
    return bool(row["speaker_is_pronoun"] and ante and same(ante))


def _top_level_speech(pred: pd.DataFrame) -> pd.DataFrame:
    """Predicted speech rows as PolNeAR pieces: a nested quotation (``level`` > 0) lying inside
    a predicted top-level speech row of the same article is dropped, because PolNeAR's Content
    span of the outer quotation already holds it (the project gives it its own row)."""
    speech = pred[pred["kind"] == "speech"]
    if "level" not in speech.columns:
        return speech.reset_index(drop=True).copy()
    level = speech["level"].fillna(0).astype(int)
    outer: dict[str, list[tuple[int, int]]] = {}
    for r in speech[level == 0].itertuples():
        outer.setdefault(str(r.source), []).append((int(r.start), int(r.end)))
    keep = [lv == 0 or not any(s <= int(r.start) and int(r.end) <= e
                               for s, e in outer.get(str(r.source), []))
            for lv, r in zip(level, speech.itertuples())]
    return speech[keep].reset_index(drop=True).copy()


#: convention mapping (round 9): PolNeAR gives one Cue to a whole attribution, every Content
#: piece included (``"A," she said. "B."``: both pieces have the cue ``said``), while the
#: instrument puts the cue on the piece it stands next to and marks the pieces after it
#: ``continuation`` with no cue of their own. A continuation row with an empty cue takes the
#: cue of the speech row it continues (the latest earlier row of the article with a cue, when
#: its speaker is the same). The speaker and the spans are not touched. False switches it off.
CONTINUATION_CUE_RULE = True


def _carry_cues(p: pd.DataFrame) -> None:
    """Give each cue-less ``continuation`` row of ``p`` (in place) the cue of the latest
    earlier row of its article that has one, when that row has the same speaker."""
    if "attribution" not in p.columns or p.empty:
        return
    last: dict[str, tuple[str, str]] = {}  # source -> (speaker, cue) of the latest cued row
    for i in p.sort_values(["source", "start"], kind="stable").index:
        src, cue, spk = p.at[i, "source"], p.at[i, "cue"], p.at[i, "speaker"]
        if cue.strip():
            last[src] = (spk, cue)
        elif p.at[i, "attribution"] == "continuation" and src in last and last[src][0] == spk:
            p.at[i, "cue"] = last[src][1]


def prepare_quotes(gold: pd.DataFrame, pred: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Gold and predictions as the scorer compares them: both re-indexed from 0, ``source``
    reduced to the file name, offsets as int; the predictions kept to top-level speech rows
    (:func:`_top_level_speech`), ``speaker`` and ``cue`` as strings, ``cue_own`` = the
    instrument's own cue and ``cue`` carried to cue-less continuations (CONTINUATION_CUE_RULE).
    Public for :mod:`helpers.evaluate.ranker_training` (labels by the scorer's own pairs)."""
    g = gold.reset_index(drop=True).copy()
    p = _top_level_speech(pred)
    for df in (g, p):
        df["source"] = df["source"].map(lambda s: Path(str(s)).name)
        df["start"] = df["start"].astype(int)
        df["end"] = df["end"].astype(int)
    for c in ("speaker", "cue"):
        p[c] = p[c].fillna("").astype(str)
    p["cue_own"] = p["cue"]
    if CONTINUATION_CUE_RULE:
        _carry_cues(p)
    return g, p



#: columns of :func:`pair_table`
PAIR_COLUMNS = ["kind", "gold_row", "pred_row", "source", "start", "end", "quote_id", "text",
                "gold_speaker", "has_source", "source_is_pronoun", "gold_antecedent",
                "reference", "gold_cue", "pred_speaker", "pred_cue", "pred_cue_own", "route",
                "correct", "cue_ok", "cue_own_ok"]


def pair_table(gold: pd.DataFrame, pred: pd.DataFrame, people: str | None = None,
               texts: dict[str, str] | None = None,
               referent_gold: bool | None = None) -> pd.DataFrame:
    """Predicted quotes matched to gold once, every pair judged: the one table the scorer reads.

    Rows, in this order: ``kind`` ``matched`` (a gold piece and its prediction, in the order of
    :func:`helpers.evaluate.metrics.match_spans`), ``missed`` (a gold piece no prediction
    overlaps, gold order), ``spurious`` (a prediction no gold piece overlaps, prediction
    order). ``gold_row`` / ``pred_row``: the row in :func:`prepare_quotes`'s tables (-1: none).
    ``source``, ``start``, ``end``, ``text``: the gold piece's (the prediction's for a spurious
    row). Gold side (empty for spurious rows): ``quote_id``, ``gold_speaker`` (the Source
    text), ``has_source``, ``source_is_pronoun``, ``gold_antecedent`` (the gold's heuristic
    antecedent), ``gold_cue`` (the Cue span as written). Prediction side (empty for missed
    rows): ``pred_speaker``, ``pred_cue`` (after CONTINUATION_CUE_RULE), ``pred_cue_own`` (the
    instrument's own cue), ``route`` (the prediction's ``attribution``; ``none`` when empty or
    absent). Verdicts (NA where not judged): ``correct`` (speaker, on matched rows with a
    Source; :func:`speaker_ok` with this ``people``, the article's text from ``texts`` and
    ``referent_gold``), ``reference`` (what the Source resolves to there: the agreed referent,
    the antecedent of a pronoun, else the Source), ``cue_ok`` / ``cue_own_ok`` (matched rows).
    """
    g, p = prepare_quotes(gold, pred)
    # columns a hand-made table may lack (each reader used to need only some): empty text
    for df, cols in ((g, ("quote_id", "text", "speaker_antecedent", "cue_text")), (p, ("text",))):
        for c in cols:
            if c not in df.columns:
                df[c] = ""
    route = (p["attribution"].fillna("").astype(str) if "attribution" in p.columns
             else pd.Series([""] * len(p), index=p.index))
    texts = texts or {}
    rows = []
    pairs = match_spans(g, p, overlap=True)
    for gi, pi in pairs:
        gr = g.loc[gi]
        ps, pc, pco = p.at[pi, "speaker"], p.at[pi, "cue"], p.at[pi, "cue_own"]
        has = bool(gr["speaker"].strip())
        ok = ref = None
        if has:
            ok = speaker_ok(ps, gr, people, texts.get(gr["source"], ""), referent_gold)
            author = p.at[pi, "speaker_author"] if "speaker_author" in p.columns else ""
            # a document speaker's author counts too (round 52, issue 13)
            if not ok and isinstance(author, str) and author:
                ok = speaker_ok(author, gr, people, texts.get(gr["source"], ""), referent_gold)
            ref = ((gr["speaker_referent"] or gr["speaker"]) if _uses_referent(gr, referent_gold)
                   else gr["speaker_antecedent"] if gr["speaker_is_pronoun"] else gr["speaker"])
        rows.append(("matched", gi, pi, gr["source"], int(gr["start"]), int(gr["end"]),
                     gr["quote_id"], gr["text"], gr["speaker"], has,
                     bool(gr["speaker_is_pronoun"]), gr["speaker_antecedent"], ref,
                     gr["cue_text"], ps, pc, pco, route.at[pi] or "none", ok,
                     cue_matches(pc, gr["cue_text"]), cue_matches(pco, gr["cue_text"])))
    matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    rows += [("missed", i, -1, r.source, int(r.start), int(r.end), r.quote_id, r.text,
              r.speaker, bool(r.speaker.strip()), bool(r.speaker_is_pronoun),
              r.speaker_antecedent, None, r.cue_text, "", "", "", "", None, None, None)
             for i, r in g.iterrows() if i not in matched_g]
    rows += [("spurious", -1, i, r.source, int(r.start), int(r.end), "", r.text, "", False,
              False, "", None, "", r.speaker, r.cue, r.cue_own, route.at[i] or "none",
              None, None, None) for i, r in p.iterrows() if i not in matched_p]
    t = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    for c in ("gold_row", "pred_row", "start", "end"):
        t[c] = t[c].astype(int)
    for c in ("has_source", "source_is_pronoun"):
        t[c] = t[c].astype(bool)
    for c in ("correct", "cue_ok", "cue_own_ok"):
        t[c] = t[c].astype("boolean")
    return t


def score_polnear(gold: pd.DataFrame, pred: pd.DataFrame, people: str | None = None,
                  texts: dict[str, str] | None = None,
                  referent_gold: bool | None = None) -> dict[str, float]:
    """Span P/R/F1, quote recall, speaker accuracy (all / non-pronoun Sources) and cue accuracy.

    Cue accuracy comes twice: ``cue_accuracy`` under PolNeAR's one Cue per attribution (a
    ``continuation`` piece takes the cue of the piece it continues, :data:`CONTINUATION_CUE_RULE`)
    and ``cue_accuracy_own_cue``, every piece with the cue the instrument gave it (the measure
    of the first-contact figure, scored before that convention was written).

    ``pred`` = the instrument's rows (only ``kind == "speech"`` is scored); see the module
    docstring for every definition. ``texts`` (article texts by file name) switches on the
    DESCRIPTION_NAME_RULE convention; without them the round-7 definition is used.
    ``referent_gold`` overrides the module flag ``REFERENT_GOLD`` (None: use the flag).
    All figures are read off :func:`pair_table`.
    """
    t = pair_table(gold, pred, people, texts, referent_gold)
    m = t[t["kind"] == "matched"]
    n_matched, n_gold = len(m), int((t["kind"] != "spurious").sum())
    n_pred = int((t["kind"] != "missed").sum())
    span = prf(n_matched, n_pred - n_matched, n_gold - n_matched)
    scored = m[m["has_source"]]
    spk = [bool(x) for x in scored["correct"]]
    named = [bool(x) for x in scored.loc[~scored["source_is_pronoun"], "correct"]]
    cue = [bool(x) for x in m["cue_ok"]]
    cue_own = [bool(x) for x in m["cue_own_ok"]]

    def mean(xs: list[bool]) -> float:
        return float(sum(xs) / len(xs)) if xs else 0.0

    n_quotes = t.loc[t["kind"] != "spurious", "quote_id"].nunique()
    return {"span_precision": span["precision"], "span_recall": span["recall"],
            "span_f1": span["f1"],
            "quote_recall": m["quote_id"].nunique() / n_quotes if n_quotes else 0.0,
            "speaker_accuracy": mean(spk), "speaker_accuracy_non_pronoun": mean(named),
            "cue_accuracy": mean(cue), "cue_accuracy_own_cue": mean(cue_own),
            "n_gold_pieces": n_gold, "n_gold_quotes": int(n_quotes),
            "n_pred_speech": n_pred, "n_matched": n_matched, "n_speaker_pairs": len(spk),
            "n_speaker_pairs_non_pronoun": len(named)}


def speaker_pairs(gold: pd.DataFrame, pred: pd.DataFrame, people: str | None = None,
                  texts: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per matched gold piece with a Source: the pairs ``speaker_accuracy`` averages.

    Columns: ``source``, ``start``, ``end`` (the gold piece), ``route`` (the prediction's
    ``attribution``, ``none`` when empty or absent: which rule gave the speaker),
    ``source_is_pronoun`` (the gold Source is a pronoun), ``pred_speaker``, ``correct`` (the
    scorer's verdict, as in :func:`score_polnear`). Lets a reader see where the speakers go
    wrong by class without reading rows (:func:`helpers.evaluate.polnear_routes.by_route`).
    """
    t = pair_table(gold, pred, people, texts)
    t = t[(t["kind"] == "matched") & t["has_source"]]
    rows = [(r.source, int(r.start), int(r.end), r.route, bool(r.source_is_pronoun),
             r.pred_speaker, bool(r.correct)) for r in t.itertuples()]
    return pd.DataFrame(rows, columns=["source", "start", "end", "route", "source_is_pronoun",
                                       "pred_speaker", "correct"])


def _speaker_cause(pred_speaker: str, is_pronoun: bool, ref: str) -> str:
    """Why a matched piece's speaker is wrong (:func:`polnear_errors`)."""
    return ("speaker empty" if not pred_speaker.strip()
            else "pronoun unresolved" if is_pronoun and not ref
            else "non-person speaker" if not re.search(r"\b[A-Z]", ref)
            else "wrong person")


def polnear_errors(gold: pd.DataFrame, pred: pd.DataFrame, people: str | None = None,
                   texts: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per error with its cause.

    Causes: ``missed quote``, ``spurious quote``, and for matched pieces with a wrong speaker:
    ``speaker empty``, ``pronoun unresolved`` (pronoun Source without a gold antecedent),
    ``non-person speaker`` (Source/antecedent has no capitalised word: a group, document or
    description), ``wrong person``; and ``wrong cue``. Columns: ``source``, ``start``, ``end``
    (the gold piece's offsets in that file, the prediction's for a spurious quote), ``cause``,
    ``text``, ``gold_speaker``, ``gold_antecedent``, ``pred_speaker``, ``gold_cue``,
    ``pred_cue``. Read off :func:`pair_table`: matched pieces in match order (a wrong
    speaker before a wrong cue), then missed, then spurious.
    """
    rows = []
    for r in pair_table(gold, pred, people, texts).itertuples():
        start, end = int(r.start), int(r.end)
        if r.kind == "missed":
            rows.append((r.source, start, end, "missed quote", r.text, r.gold_speaker,
                         r.gold_antecedent, "", r.gold_cue, ""))
        elif r.kind == "spurious":
            rows.append((r.source, start, end, "spurious quote", r.text, "", "",
                         r.pred_speaker, "", r.pred_cue))
        else:
            if r.has_source and not r.correct:
                rows.append((r.source, start, end,
                             _speaker_cause(r.pred_speaker, r.source_is_pronoun, r.reference),
                             r.text, r.gold_speaker, r.reference, r.pred_speaker, r.gold_cue,
                             r.pred_cue))
            if not r.cue_ok:
                rows.append((r.source, start, end, "wrong cue", r.text, r.gold_speaker, "",
                             r.pred_speaker, r.gold_cue, r.pred_cue))
    return pd.DataFrame(rows, columns=["source", "start", "end", "cause", "text", "gold_speaker",
                                       "gold_antecedent", "pred_speaker", "gold_cue", "pred_cue"])


def referent_differences(gold: pd.DataFrame, people: str | None = None) -> pd.DataFrame:
    """Quotations whose pronoun Source has an agreed named referent that the heuristic antecedent
    does not name (no antecedent, or another entity): one row per
    quote_id with ``speaker``, ``speaker_antecedent`` and ``speaker_referent``. Empty when the
    gold carries no referent annotation."""
    cols = ["quote_id", "speaker", "speaker_antecedent", "speaker_referent"]
    if "referent_agreed" not in gold.columns:
        return pd.DataFrame(columns=cols)
    g = gold[gold["referent_agreed"] & gold["speaker_is_pronoun"]
             & (gold["speaker_referent"] != "")].drop_duplicates("quote_id")
    differ = [not (a and r and speakers_match(a, r, people))
              for a, r in zip(g["speaker_antecedent"], g["speaker_referent"])]
    return g.loc[differ, cols].reset_index(drop=True)
