"""Real-news loaders and scorers: PolNeAR (quotes) and TimeBank/AQUAINT (timeline).

Unit tests run on tiny synthetic brat / TimeML strings written here. Tests on the real data read
``../shared/validation`` (or ``$NS_SHARED_DATA``) and skip when it is absent; they check loader
counts, that the PolNeAR dev figures do not fall below the first-contact figures in
``data/annotations/real_news/first_contact.csv`` by more than 0.005 (a regression guard, not a
target), and that the timeline does not fall below its AQUAINT first contact - 0.005 (issue 14
thresholds asserted only where met).
"""

from __future__ import annotations

import pandas as pd
import pytest
from polnear_cache import dev_prediction, polnear_split

from helpers.core.paths import ANNOTATIONS
from helpers.evaluate.polnear import (
    _gold_rows,
    cue_matches,
    parse_brat,
    predict_quotes,
    quote_pieces,
    score_polnear,
)
from helpers.evaluate.real_news_timex import (
    REAL_NEWS_TIMEX_DIR,
    load_real_news_timex,
    real_news_timex_problem,
)
from helpers.evaluate.shared_data import validation_dir
from helpers.evaluate.timeml import (
    dct_problems,
    load_timeml_folder,
    parse_timeml,
    predict_timexes,
    score_timeml,
    timeml_errors,
)
from tests._shared import DocumentTimexes

FIRST_CONTACT = ANNOTATIONS / "real_news" / "first_contact.csv"

# --------------------------------------------------------------------------- synthetic: PolNeAR

TEXT = ('Senator Jane Roe spoke on Monday. “We will win,” she said, “and soon.” '
        'Aides said the plan was “bold” and cheap.')


def _off(sub: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(sub, i + 1)
    return i, i + len(sub)


def _ann() -> str:
    c1, c2 = _off("“We will win,”"), _off("“and soon.”")
    s1, q1 = _off("she"), _off("said")
    s2, q2 = _off("Aides"), _off("said", 1)
    c3 = _off("the plan was “bold” and cheap")
    lines = [f"T1\tContent {c1[0]} {c1[1]}\t-", f"T2\tContent {c2[0]} {c2[1]}\t-",
             f"T3\tSource {s1[0]} {s1[1]}\tshe", f"T4\tCue {q1[0]} {q1[1]}\tsaid",
             "E1\tAttribution:T9 Content:T1 Content2:T2 Cue:T4 Source:T3",
             f"T5\tSource {s2[0]} {s2[1]}\tAides", f"T6\tCue {q2[0]} {q2[1]}\tsaid",
             f"T7\tContent {c3[0]} {c3[1]}\t-", "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5"]
    return "\n".join(lines) + "\n"


def test_brat_relations_keep_every_content_span_of_a_split_quote() -> None:
    rels = parse_brat(_ann())
    assert [r.rid for r in rels] == ["E1", "E2"]
    assert [c.tid for c in rels[0].contents] == ["T1", "T2"]
    assert rels[0].source is not None and rels[0].cue is not None


def test_discontinuous_brat_span_gives_fragments() -> None:
    rels = parse_brat("T1\tContent 0 5;10 20\tx\nT2\tCue 6 9\ty\n"
                      "E1\tAttribution:T3 Content:T1 Cue:T2\n")
    assert rels[0].contents[0].fragments == ((0, 5), (10, 20))
    assert rels[0].source is None


def test_gold_pieces_are_inside_the_marks_and_share_the_quote_speaker() -> None:
    rows = pd.DataFrame(_gold_rows("a.txt", TEXT, parse_brat(_ann())))
    assert rows["text"].tolist() == ["We will win,", "and soon.", "bold"]
    assert rows["quote_id"].nunique() == 2
    first = rows.iloc[0]
    assert first["speaker"] == "she" and bool(first["speaker_is_pronoun"])
    # no non-pronoun Source precedes "she" in this text, so the gold antecedent is empty
    assert first["speaker_antecedent"] == ""
    assert rows.iloc[2]["speaker"] == "Aides" and rows.iloc[2]["speaker_antecedent"] == ""


def _said_attribution(k: int, name: str, pos: int, cue: int, end: int) -> list[str]:
    """Brat lines of attribution ``k``: Source ``name`` at ``pos``, Cue ``said`` at ``cue``,
    Content from after the cue to ``end``."""
    return [f"T{3 * k + 1}\tSource {pos} {pos + len(name)}\t{name}",
            f"T{3 * k + 2}\tCue {cue} {cue + 4}\tsaid",
            f"T{3 * k + 3}\tContent {cue + 5} {end}\tc",
            f"E{k + 1}\tAttribution:T99 Content:T{3 * k + 3} Cue:T{3 * k + 2} "
            f"Source:T{3 * k + 1}"]


def test_pronoun_antecedent_is_nearest_preceding_compatible_source() -> None:
    text = "Jane Roe said x. Two officials said y. She said “z.”"
    spans = {"Jane Roe": text.index("Jane Roe"), "Two officials": text.index("Two officials"),
             "She": text.index("She")}
    ann = []
    for k, (name, pos) in enumerate(spans.items()):
        cue = text.index("said", pos)
        ann += _said_attribution(k, name, pos, cue, cue + 9 if k < 2 else len(text))
    rows = pd.DataFrame(_gold_rows("b.txt", text, parse_brat("\n".join(ann))))
    # the plural common noun "Two officials" is skipped for singular "She"
    assert rows["speaker_antecedent"].tolist() == ["Jane Roe"]


def _said_sentences(text: str, names: list[tuple[str, int]]) -> str:
    """Brat for ``(name, nth)`` pairs: the ``nth`` occurrence of each name is the Source of a
    ``said`` relation whose Content runs to the end of its sentence."""
    ann = []
    for k, (name, nth) in enumerate(names):
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(name, pos + 1)
        cue = text.index("said", pos)
        ann += _said_attribution(k, name, pos, cue, text.index(".", cue + 5) + 1)
    return "\n".join(ann)


def test_pronoun_antecedent_agrees_in_gender() -> None:
    text = "Jane Roe said x. Mr. Poe said y. She said “z.” Tom Lee said w. He said “v.”"
    names = [("Jane Roe", 0), ("Mr. Poe", 0), ("She", 0), ("Tom Lee", 0), ("He", 0)]
    rows = pd.DataFrame(_gold_rows("g.txt", text, parse_brat(_said_sentences(text, names))))
    # "She" skips "Mr. Poe" (a male title) for "Jane Roe"; "He" takes "Tom Lee"
    assert rows["speaker_antecedent"].tolist() == ["Jane Roe", "Tom Lee"]


def test_he_she_antecedent_is_not_a_document_or_organisation() -> None:
    # PERSON_PRONOUN_RULE: "He" skips "The book" (written source) and "his office"
    # (organisation) for the person before them; "It" may still take "The book"
    text = ("Tom Lee said x. The book said y. His office said w. He said “z.” "
            "The book said u. It said “v.”")
    names = [("Tom Lee", 0), ("The book", 0), ("His office", 0), ("He", 0), ("The book", 1),
             ("It", 0)]
    rows = pd.DataFrame(_gold_rows("p.txt", text, parse_brat(_said_sentences(text, names))))
    assert rows["speaker_antecedent"].tolist() == ["Tom Lee", "The book"]


def test_speaker_with_clashing_given_name_is_another_person() -> None:
    # "Bill Clinton" shares the surname of "Mrs. Clinton" but not the person; "Hillary
    # Clinton" and a bare surname still match
    from helpers.evaluate.polnear import speaker_ok

    row = pd.Series({"speaker": "Mrs. Clinton", "speaker_is_pronoun": False,
                     "speaker_antecedent": ""})
    assert not speaker_ok("Bill Clinton", row, None)
    assert speaker_ok("Hillary Clinton", row, None)
    assert speaker_ok("Clinton", row, None)


def test_quote_pieces_straight_unclosed_and_close_only() -> None:
    t = 'He said "yes, now" and "more'
    assert [t[s:e] for s, e in quote_pieces(t, 0, len(t))] == ["yes, now", "more"]
    u = 'end of it," he said'
    assert [u[s:e] for s, e in quote_pieces(u, 0, len(u))] == ["end of it,"]
    v = "''I'm not,'' he told"  # typewriter double marks
    assert [v[s:e] for s, e in quote_pieces(v, 0, len(v))] == ["I'm not,"]


def test_quote_pieces_left_mark_in_closing_position_closes() -> None:
    """Issue 14: a gold Content ``“reckless“ plan`` quotes ``reckless`` (core pairs it so):
    a left mark after a word and before a space or punctuation, or ending the Content, closes
    the open piece instead of restarting it; where it can open, it still opens."""
    t = "called it “reckless“ while “fair” was said"
    assert [t[s:e] for s, e in quote_pieces(t, 0, len(t))] == ["reckless", "fair"]
    u = "“It’s unusual,“"
    assert [u[s:e] for s, e in quote_pieces(u, 0, len(u))] == ["It’s unusual,"]
    w = "“They see that. “"
    assert [w[s:e] for s, e in quote_pieces(w, 0, len(w))] == ["They see that."]


def test_cue_lemma_matching() -> None:
    assert cue_matches("say", "said")
    assert cue_matches("tell", "told reporters")
    assert cue_matches("argue", "argued")
    assert cue_matches("add", "added")
    assert not cue_matches("say", "wrote")
    assert not cue_matches("", "said")
    assert cue_matches("", "")


def test_score_polnear_counts_by_hand() -> None:
    gold = pd.DataFrame(_gold_rows("a.txt", TEXT, parse_brat(_ann())))
    s1, e1 = _off("We will win,")
    s3, e3 = _off("bold")
    pred = pd.DataFrame([
        # matches piece 1; pronoun Source without antecedent: only "she" itself would be right
        {"source": "a.txt", "start": s1, "end": e1, "kind": "speech", "speaker": "Jane Roe",
         "cue": "say"},
        # matches "bold"; "Aides" ~ "aides" by speakers_match (equal after folding case)
        {"source": "a.txt", "start": s3, "end": e3, "kind": "speech", "speaker": "aides",
         "cue": "call"},
        # spurious
        {"source": "a.txt", "start": 0, "end": 5, "kind": "speech", "speaker": "", "cue": ""},
        # term rows are not scored
        {"source": "a.txt", "start": 0, "end": 5, "kind": "term", "speaker": "", "cue": ""},
    ])
    s = score_polnear(gold, pred)
    assert (s["n_matched"], s["n_pred_speech"], s["n_gold_pieces"]) == (2, 3, 3)
    assert s["span_precision"] == pytest.approx(2 / 3)
    assert s["span_recall"] == pytest.approx(2 / 3)
    assert s["quote_recall"] == pytest.approx(1.0)
    assert s["speaker_accuracy"] == pytest.approx(0.5)
    assert s["speaker_accuracy_non_pronoun"] == pytest.approx(1.0)
    assert s["cue_accuracy"] == pytest.approx(0.5)


def test_nested_quotation_inside_predicted_speech_is_not_its_own_piece() -> None:
    text = 'Ann Lee said: "They told me \'go home\' and I did." Later "fine" was heard.'
    outer_s = text.index("They")
    outer_e = text.index('."') + 1
    inner_s = text.index("go home")
    fine_s = text.index("fine")
    gold = pd.DataFrame([{"source": "n.txt", "start": outer_s, "end": outer_e,
                          "text": text[outer_s:outer_e], "speaker": "Ann Lee", "cue_text": "said",
                          "quote_id": "q1", "speaker_is_pronoun": False,
                          "speaker_antecedent": ""}])
    row = {"source": "n.txt", "kind": "speech", "speaker": "Ann Lee", "cue": "say"}
    pred = pd.DataFrame([
        {**row, "start": outer_s, "end": outer_e, "level": 0},
        {**row, "start": inner_s, "end": inner_s + 7, "level": 1},  # inside the outer: dropped
        {**row, "start": fine_s, "end": fine_s + 4, "level": 1},  # no outer speech row: kept
    ])
    s = score_polnear(gold, pred)
    assert (s["n_pred_speech"], s["n_matched"]) == (2, 1)


# --------------------------------------------------------------------------- synthetic: TimeML

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07"
 functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE"
 value="1998-08-06">yesterday</TIMEX3> that
sales rose for <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_text_offsets_dct_and_entities() -> None:
    doc = parse_timeml(TML, "d.tml")
    assert doc.dct == "1998-08-07"
    assert doc.text.startswith("\nAT&T said yesterday")
    assert "<" not in doc.text
    tx = doc.timexes
    assert tx["text"].tolist() == ["yesterday", "three years"]
    assert all(doc.text[s:e] == t for s, e, t in zip(tx["start"], tx["end"], tx["text"]))
    assert tx["type"].tolist() == ["DATE", "DURATION"]
    assert "1998-08-07" not in tx["value"].tolist()  # the DCT is not gold


def test_tempeval_scores_by_hand() -> None:
    gold = pd.DataFrame({"source": ["d"] * 3, "start": [0, 20, 40], "end": [10, 30, 50],
                         "type": ["DATE", "DATE", "DURATION"], "value": ["A", "B", "P1Y"]})
    pred = pd.DataFrame({"source": ["d"] * 4, "start": [0, 22, 40, 60], "end": [10, 30, 50, 65],
                         "type": ["DATE", "DATE", "DATE", "DATE"],
                         "value": ["A", "X", "P1Y", "C"]})
    s = score_timeml(gold, pred)
    assert (s["n_strict"], s["n_relaxed"], s["n_value"]) == (2, 3, 2)
    assert s["strict_precision"] == pytest.approx(2 / 4)
    assert s["strict_recall"] == pytest.approx(2 / 3)
    assert s["relaxed_f1"] == pytest.approx(2 * (3 / 4) * 1 / (3 / 4 + 1))
    assert s["value_f1"] == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))
    assert s["type_accuracy"] == pytest.approx(2 / 3)
    causes = timeml_errors(gold, pred)["cause"].tolist()
    assert sorted(causes) == ["extent+value", "spurious", "type"]


# --------------------------------------------------------------------------- real data (shared)

def _need(name: str) -> None:
    folder = validation_dir(name)
    if not folder.is_dir():
        pytest.skip(f"../shared/validation/{name} not present: {folder} (set NS_SHARED_DATA)")


def _first_contact(split: str) -> dict[str, float]:
    fc = pd.read_csv(FIRST_CONTACT)
    fc = fc[fc["split"] == split]
    return dict(zip(fc["measure"], fc["value"].astype(float)))


@pytest.fixture(scope="module")
def polnear_dev():
    _need("polnear")
    # load_polnear(validation_dir("polnear"), "dev") and predict_quotes of it, computed once per
    # test process (test_polnear_referents.py scores the same prediction)
    return polnear_split("dev"), dev_prediction()


def test_polnear_dev_loader_counts(polnear_dev) -> None:
    split, _ = polnear_dev
    assert len(split.texts) == 84
    assert set(split.texts) <= set(split.dates)
    g = split.gold
    assert all(split.texts[r.source][r.start:r.end] == r.text for r in g.itertuples())
    # 912 pieces since a left mark in closing position closes a piece (issue 14; 911 before)
    assert g["quote_id"].nunique() == 703 and len(g) == 912


def test_polnear_dev_not_below_first_contact(polnear_dev) -> None:
    """Regression guard (issue 13): no PolNeAR dev measure drops below its first-contact figure
    by more than 0.005. The issue's speaker target (>= 0.93) is NOT met and so not asserted
    (round 5: 0.775, non-pronoun Sources 0.803); see docs/notes/real_news.md."""
    split, pred = polnear_dev
    s = score_polnear(split.gold, pred)
    expected = _first_contact("polnear-dev")
    assert expected, "no polnear-dev rows in first_contact.csv"
    for measure, value in expected.items():
        assert s[measure] >= value - 0.005, (measure, s[measure], value)


def test_polnear_dev_span_f1_target(polnear_dev) -> None:
    """Issue 13 target met in round 4 (2026-12-03): PolNeAR dev span F1 >= 0.93 (measured
    0.937; the scorer reads a quotation nested in a predicted speech row as part of it)."""
    split, pred = polnear_dev
    assert score_polnear(split.gold, pred)["span_f1"] >= 0.93


#: Regression guards of the rounds of issue 13 on PolNeAR dev: the floors asserted for
#: (speaker accuracy, non-pronoun speaker accuracy, span F1, cue accuracy), each slightly below
#: the figures measured at the end of the round (docs/notes/real_news.md, "Round N"):
#: round 5 (2026-12-04) measured 0.773 / 0.800 / 0.940 / 0.653 (stricter gender-clash reading);
#: round 6 measured 0.775 / 0.803 / 0.940 / 0.653 (828 pairs);
#: round 7 measured 0.7778 / 0.8065 / 0.940 / 0.654 (speaker floors = measured − 0.003);
#: round 8 measured 0.7814 / 0.8049 / 0.940 / 0.654 (round-7 scorer definition: this test
#: passes no texts, so the round-8 description convention is off);
#: round 9 measured 0.7862 / 0.8098 / 0.940 / 0.8036 (cue under the round-9 continuation-cue
#: convention, on by default; 0.6539 without it).
#: The issue's speaker target (>= 0.93) is NOT met, so it is not asserted.
_DEV_ROUND_FLOORS = {
    "round5": (0.765, 0.795, 0.935, 0.645),
    "round6": (0.772, 0.800, 0.937, 0.650),
    "round7": (0.7748, 0.8035, 0.937, 0.651),
    "round8": (0.7784, 0.8019, 0.937, 0.651),
    "round9": (0.7832, 0.8068, 0.937, 0.8006),
}


@pytest.mark.parametrize("round_name", sorted(_DEV_ROUND_FLOORS))
def test_polnear_dev_round_guard(polnear_dev, round_name: str) -> None:
    """No PolNeAR dev measure drops below the floor set at the end of ``round_name``."""
    split, pred = polnear_dev
    s = score_polnear(split.gold, pred)
    measures = ("speaker_accuracy", "speaker_accuracy_non_pronoun", "span_f1", "cue_accuracy")
    for measure, floor in zip(measures, _DEV_ROUND_FLOORS[round_name]):
        assert s[measure] >= floor, (round_name, measure, s[measure], floor)


def test_polnear_train_loads_and_scores_a_sample() -> None:
    _need("polnear")
    split = polnear_split("train")  # load_polnear(validation_dir("polnear"), "train"), once
    assert len(split.texts) == 840
    assert len(split.gold) > 5000
    sample = sorted(split.texts)[::84]
    s = score_polnear(split.gold[split.gold["source"].isin(sample)],
                      predict_quotes(split, sources=sample))
    assert 0.0 <= s["span_f1"] <= 1.0 and s["n_gold_pieces"] > 0


@pytest.fixture(scope="module")
def aquaint():
    _need("timebank")
    docs = load_timeml_folder(validation_dir("timebank") / "AQUAINT")
    gold = pd.concat([d.timexes for d in docs], ignore_index=True)
    return docs, gold, predict_timexes(docs)


def test_aquaint_loader_counts(aquaint) -> None:
    docs, gold, _ = aquaint
    assert len(docs) == 73 and len(gold) == 579
    assert all(d.dct for d in docs)
    by_doc = {d.doc_id: d.text for d in docs}
    assert all(by_doc[r.source][r.start:r.end] == r.text for r in gold.itertuples())


#: The measures of the issue-14 targets (relaxed, strict, value F1) and type accuracy.
TIMEX_GUARDED = ("strict_f1", "relaxed_f1", "value_f1", "type_accuracy")


def test_aquaint_not_below_first_contact(aquaint) -> None:
    """Regression guard: each F1 and type accuracy at least first contact - 0.005.

    Relaxed precision and recall are not guarded one by one: the TimeML reading leaves out
    adverbs TimeML rarely tags (``previously``), which trades recall for precision (first
    contact P 0.880 / R 0.928; after issue 14: P 0.906 / R 0.912).
    """
    _, gold, pred = aquaint
    s = score_timeml(gold, pred)
    expected = _first_contact("aquaint")
    assert expected, "no aquaint rows in first_contact.csv"
    for measure in TIMEX_GUARDED:
        assert s[measure] >= expected[measure] - 0.005, (measure, s[measure])


def test_aquaint_issue_targets(aquaint) -> None:
    """Issue-14 targets on AQUAINT (relaxed >= 0.92, strict >= 0.85, value F1 >= 0.82),
    asserted only where met. None is met at the end of issue 14 (round 2 code, 2026-12-03):
    strict 0.793, relaxed 0.909, value F1 0.652 (AQUAINT is general newswire; the gains so far
    are mostly business-news periods and TimeML extent conventions, developed on TimeBank).
    Round 4 (value, 2026-12-03) still meets none: strict 0.793, relaxed 0.909, value F1 0.699.
    Round 5 (wt-timeline4): strict 0.811, relaxed 0.927 (target met, asserted), value F1 0.716;
    strict and value are guarded at round 5 - 0.005. Round 11 (wt-timeline10, rules from the
    project's TIMEX3 annotation of PolNeAR train): strict 0.818, relaxed 0.927, value F1 0.728,
    type accuracy 0.905; strict and value guarded at round 11 - 0.005. Round 12 (wt-timeline12,
    rules from the 20 further articles of that annotation): strict 0.820, relaxed 0.929, value
    F1 0.730, type accuracy 0.905; strict and value guarded at round 12 - 0.005. Round 13
    (wt-timeline13, future clauses and `N units later`): strict 0.820, relaxed 0.929, value F1
    0.730 (unchanged), type accuracy 0.907; the guards stay. Round 14 (wt-timeline14, the
    largest value and extent classes of TimeBank and the PolNeAR set): strict 0.820
    (unchanged), relaxed 0.929, value F1 0.732 (431 values, +1), type accuracy 0.907; value
    guarded at round 14 - 0.005, strict stays. Round 16 (wt-timeline16, the anchor and the
    year: scene of anaphors, reporting quarters, dozens, years before names): strict 0.822,
    relaxed 0.931, value F1 0.736 (485 / 549 / 434 of 601); strict and value guarded at round
    16 - 0.005. Round 17 (wt-timeline17, the tense reader's "no finite verb"): strict 0.822,
    relaxed 0.931 (unchanged), value F1 0.741 (437 values, +3); value guarded at round 17 -
    0.005, strict stays. Round 21 (wt-timeline21, the reported-speech day, holidays, years after
    "for" and possessives): strict 0.823, relaxed 0.931, value F1 0.742 (486 / 550 / 438 of
    602); strict and value guarded at round 21 - 0.005. Round 22 (wt-timeline22, classes batch
    5 of the PolNeAR set and TimeBank share): strict 0.825, relaxed 0.931, value F1 0.742 (487
    / 550 / 438 of 602); strict guarded at round 22 - 0.005, value stays. Round 23
    (wt-timeline23, named days, direction cues, clock times): strict 0.825, relaxed 0.931,
    value F1 0.743 (487 / 550 / 439 of 602); value guarded at round 23 - 0.005. Round 24
    (wt-timeline24, TimeML extents where the guideline and TimeBank's majority agree: `late
    yesterday`, `around Nov. 1`, `at least the past 18 months`): strict 0.818 (483, -4: the
    four AQUAINT files whose TIMEX3 start moved each lost a strict match), relaxed 0.931,
    value F1 0.742 (438 values, as the scores.csv of the base); the strict floor LOWERED to
    round 24 - 0.005 (0.813), a reported drop on the evaluation set, not tuned away (see
    ``docs/notes/real_news.md``, round 24). Round 25 (wt-timeline25, `the past year` as
    TimeBank's DATE): 0.818 / 0.931 / 0.742 (483 / 550 / 438 of 602, unchanged); the floors
    stay. Round 26 (wt-timeline26, parts of day, ``for a while``, spoken dates): unchanged,
    0.818 / 0.931 / 0.742 (483 / 550 / 438 of 602); the floors stay. Round 27 (wt-timeline27,
    reporting quarters, comparisons of change, relative clauses between commas): unchanged,
    0.818 / 0.931 / 0.742 (483 / 550 / 438 of 602); the floors stay."""
    _, gold, pred = aquaint
    s = score_timeml(gold, pred)
    assert 0.0 <= s["value_f1"] <= s["relaxed_f1"] <= 1.0
    assert s["relaxed_f1"] >= 0.92, s["relaxed_f1"]
    assert s["strict_f1"] >= 0.813, s["strict_f1"]
    assert s["value_f1"] >= 0.738, s["value_f1"]


def test_timebank_issue_targets() -> None:
    """TimeBank (development set), whole: strict >= 0.85 is met (0.854; 0.873 after round 5)
    and relaxed >= 0.92 since round 5 (0.931); value F1 (0.774; 0.795 after round 4, 0.810
    after round 5; target 0.82) is not, so it is guarded at round 5 - 0.005. Round 8
    (wt-timeline7): strict 0.878, relaxed 0.933, value F1 0.814; strict and value guarded at
    round 8 - 0.005. Round 9 (wt-timeline9, extent conventions): strict 0.886, value F1 0.817,
    guarded at round 9 - 0.005 (AQUAINT unchanged, so its guards stay). Round 12
    (wt-timeline12): strict 0.888, relaxed 0.935, value F1 0.818, guarded at round 12 - 0.005.
    Round 13 (wt-timeline13): strict 0.889, relaxed 0.935, value F1 0.821, guarded at round
    13 - 0.005. Round 14 (wt-timeline14): strict 0.899, relaxed 0.940, value F1 0.837 (target
    0.82 met), guarded at round 14 - 0.005. Round 15 (wt-timeline15): strict 0.900, relaxed
    0.941, value F1 0.838, guarded at round 15 - 0.005 (AQUAINT unchanged, its guards stay).
    Round 16 (wt-timeline16): strict 0.900, relaxed 0.941, value F1 0.840; value guarded at
    round 16 - 0.005. Round 21 (wt-timeline21): strict 0.902, relaxed 0.943, value F1 0.842;
    strict and value guarded at round 21 - 0.005. Round 22 (wt-timeline22): strict 0.903,
    relaxed 0.944, value F1 0.842 (1121 / 1171 / 1045 of 1239); strict and value guarded at
    round 22 - 0.005. Round 23 (wt-timeline23): value F1 0.843 (1046 values, +1; strict and
    relaxed unchanged); the floors stay (0.843 - 0.005 rounds down to the same 0.837). Round
    24 (wt-timeline24): strict 0.910 (1129 strict, +8), relaxed and value unchanged; strict
    guarded at round 24 - 0.005. Round 25 (wt-timeline25, `the past year` the DATE before the
    DCT in the TIMEX3 column): value F1 0.845 (1049 values, +3); value guarded at round 25 -
    0.005. Round 26 (wt-timeline26, classes of the trailing wire and broadcast families: parts
    of day, ``for a while``, ``this coming Sunday, March eighth``): strict 0.913, relaxed
    0.945, value F1 0.848 (1135 / 1175 / 1054 of 1243); strict and value guarded at round 26
    - 0.005. Round 27 (wt-timeline27, reporting quarters, comparisons of change, relative
    clauses between commas): value F1 0.853 (1060 values, +6; strict and relaxed unchanged);
    value guarded at round 27 - 0.005."""
    _need("timebank")
    docs = load_timeml_folder(validation_dir("timebank") / "TimeBank")
    gold = pd.concat([d.timexes for d in docs], ignore_index=True)
    s = score_timeml(gold, predict_timexes(docs))
    assert s["strict_f1"] >= 0.908, s["strict_f1"]
    assert s["relaxed_f1"] >= 0.92, s["relaxed_f1"]
    assert s["value_f1"] >= 0.847, s["value_f1"]


def test_dct_problems_counts_missing_and_unparsed_dcts() -> None:
    good = parse_timeml('<DCT><TIMEX3 tid="t0" value="2031-04-02">x</TIMEX3></DCT>'
                        "<TEXT>On Monday.</TEXT>", "a.tml")
    bad = parse_timeml('<DCT><TIMEX3 tid="t0" value="2031-13-40">x</TIMEX3></DCT>'
                       "<TEXT>On Monday.</TEXT>", "b.tml")
    none = parse_timeml("<TEXT>On Monday.</TEXT>", "c.tml")
    assert dct_problems([good, bad, none]) == {"b.tml": "unparsed", "c.tml": "missing"}


@pytest.mark.parametrize("part,n_docs", [("TimeBank", 183), ("AQUAINT", 73)])
def test_every_timeml_dct_is_a_date_and_anchors_the_instrument(part: str, n_docs: int) -> None:
    """Loader sanity (round 9): no document of either set lacks its DCT or has one that does
    not parse (counts only), and the DCT is the date the instrument anchors the text on."""
    from helpers.core.corpus import segment_text

    _need("timebank")
    docs = load_timeml_folder(validation_dir("timebank") / part)
    assert len(docs) == n_docs
    assert dct_problems(docs) == {}
    dates = [segment_text(d.text, source=d.doc_id, date=d.dct).articles["date"].astype(str)
             .str[:10].tolist() for d in docs]
    assert sum(got != [d.dct] for got, d in zip(dates, docs)) == 0


def test_timebank_loads_and_scores_a_sample() -> None:
    _need("timebank")
    docs = load_timeml_folder(validation_dir("timebank") / "TimeBank")
    gold = pd.concat([d.timexes for d in docs], ignore_index=True)
    assert len(docs) == 183 and len(gold) == 1243
    sample = docs[::10]
    s = score_timeml(gold[gold["source"].isin({d.doc_id for d in sample})],
                     predict_timexes(sample))
    assert 0.0 <= s["value_f1"] <= s["relaxed_f1"] <= 1.0


def test_description_source_joined_to_the_name_by_the_article() -> None:
    """Round-8 convention (DESCRIPTION_NAME_RULE): a description Source is the predicted name
    only when the article itself joins the role to that one person (invented text)."""
    from helpers.evaluate.polnear_descriptions import description_is as _description_is
    text = ("Ohio Gov. Jon Marsh spoke. Nadia Ferro, a retired surgeon from Akron, agreed. "
            "Campaign manager Tim Olds laughed.")
    assert _description_is("Jon Marsh", "the Ohio governor", text)
    assert _description_is("Nadia Ferro", "the retired surgeon", text)
    assert _description_is("Tim Olds", "the campaign manager", text)
    assert not _description_is("Tim Olds", "the retired surgeon", text)
    two = text + " Gov. Ann Pike waved."
    assert not _description_is("Jon Marsh", "the governor", two)  # two governors: no evidence


def test_description_convention_needs_the_texts_and_can_be_switched_off(monkeypatch) -> None:
    import helpers.evaluate.polnear as pn
    text = "Ohio Gov. Jon Marsh spoke. \"We stay,\" the governor said."
    gold = pd.DataFrame([{"source": "a.txt", "quote_id": "a.txt:E1", "start": 28, "end": 35,
                          "text": text[28:35], "kind": "speech", "speaker": "the governor",
                          "speaker_start": 38, "speaker_end": 50, "speaker_is_pronoun": False,
                          "speaker_antecedent": "", "cue": "said", "cue_text": "said"}])
    pred = pd.DataFrame([{"source": "a.txt", "start": 28, "end": 35, "text": text[28:35],
                          "kind": "speech", "speaker": "Jon Marsh", "cue": "say"}])
    assert text[28:35] == "We stay"
    assert score_polnear(gold, pred)["speaker_accuracy"] == 0.0
    assert score_polnear(gold, pred, texts={"a.txt": text})["speaker_accuracy"] == 1.0
    monkeypatch.setattr(pn, "DESCRIPTION_NAME_RULE", False)
    assert score_polnear(gold, pred, texts={"a.txt": text})["speaker_accuracy"] == 0.0


# -- the project's TIMEX3 annotation of PolNeAR train (timeline round 10)


def _need_polnear_timex() -> None:
    problem = real_news_timex_problem()
    if problem:
        pytest.skip(problem)


def test_polnear_timex_gold_is_rebuilt_from_the_shared_text() -> None:
    _need_polnear_timex()
    docs = load_real_news_timex()
    gold = pd.concat([d.timexes for d in docs], ignore_index=True)
    assert len(docs) == 120 and len(gold) == 1494
    # the batches: 25 articles of round 10, 20 of round 12, 25 of round 15, 25 of round 19,
    # 25 wire-copy articles of round 22 (each annotated blind, then scored)
    sizes = [(len(b), sum(len(d.timexes) for d in b))
             for b in (load_real_news_timex(batch=n) for n in (1, 2, 3, 4, 5, (1, 2)))]
    assert sizes == [(25, 213), (20, 359), (25, 332), (25, 315), (25, 275), (45, 572)], sizes
    assert all(d.dct for d in docs)
    assert gold["text"].str.len().gt(0).all()
    assert set(gold["type"]) <= {"DATE", "TIME", "DURATION", "SET"}
    # the spans hold what a TIMEX3 holds: no span starts or ends inside a word
    by_doc = {d.doc_id: d.text for d in docs}
    for r in gold.itertuples():
        text = by_doc[r.source]
        assert r.start == 0 or not text[r.start - 1].isalnum(), r
        assert r.end == len(text) or not text[r.end].isalnum(), r


def test_polnear_timex_refuses_text_with_another_sha1(tmp_path) -> None:
    _need_polnear_timex()
    art = pd.read_csv(REAL_NEWS_TIMEX_DIR / "articles.tsv", sep="\t", dtype=str,
                      keep_default_na=False).head(2)
    art.loc[0, "text_sha1"] = "0" * 40
    art.to_csv(tmp_path / "articles.tsv", sep="\t", index=False)
    (tmp_path / "timex.tsv").write_text((REAL_NEWS_TIMEX_DIR / "timex.tsv").read_text())
    with pytest.raises(ValueError, match="SHA-1"):
        load_real_news_timex(tmp_path)


def test_polnear_timex_says_why_when_the_shared_text_is_absent(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("NS_SHARED_DATA", str(tmp_path))
    assert "PolNeAR train text is not here" in real_news_timex_problem()


@pytest.fixture(scope="session")
def polnear_timexes() -> DocumentTimexes:
    """The instrument's TIMEX3 table of each article of the set, computed once per test process
    and shared by the nine batches' floors (test-suite round 40: 450 document runs of 120
    documents before; see tests/_shared.py)."""
    return DocumentTimexes()


def _polnear_timex_scores(batch: int | tuple[int, ...] | None,
                          timexes: DocumentTimexes) -> dict:
    docs = load_real_news_timex(batch=batch)
    gold = pd.concat([d.timexes for d in docs], ignore_index=True)
    return score_timeml(gold, timexes.predict(docs))


#: Floors per batch of the set (strict, relaxed, value F1): round 16 - 0.005 (rounded down);
#: the value floors of batches 2, 3, 1-2 and 1-3 raised to round 17 - 0.005. Batch 4 and all
#: 95 (round 19): first contact - 0.005; raised to round 20 - 0.005. Round 21: the floors of
#: batches 2 and 4, 1-2, 1-3 and all 95 raised to round 21 - 0.005 where a figure rose. Round
#: 22: batch 5 (wire copy) and batches 1-4 added; every floor whose figure rose (all but
#: batch 2's) raised to round 22 - 0.005. Round 23: every figure rose; all raised to round
#: 23 - 0.005 (rounded down). Round 24: strict rose in batch 1 and the unions holding it (one
#: approximator inside the TIMEX3); those strict floors raised to round 24 - 0.005. Round 25:
#: batch 3's value floor LOWERED to round 25 - 0.005 (0.876): its three `the last year/week`
#: rows coded DURATION by the set's annotator are now TimeBank's DATE in the TIMEX3 column.
#: Round 26: strict and relaxed rose in batches 2 and 3 and every union holding them (parts
#: of day, `this coming Sunday`), values in batches 2 and 3; those floors raised to round 26
#: - 0.005 (a value floor already above that stays).
POLNEAR_TIMEX_FLOORS = {1: (0.928, 0.942, 0.900), 2: (0.924, 0.943, 0.905),
                        3: (0.905, 0.936, 0.878), 4: (0.890, 0.909, 0.858),
                        5: (0.922, 0.937, 0.904),
                        (1, 2): (0.926, 0.943, 0.903), (1, 2, 3): (0.918, 0.940, 0.897),
                        (1, 2, 3, 4): (0.911, 0.932, 0.887),
                        None: (0.913, 0.933, 0.890)}


def test_shared_timex_tables_equal_a_run_on_the_batch_alone() -> None:
    """The tables of :class:`tests._shared.DocumentTimexes` (each document read once, then
    joined per batch) are the ones ``predict_timexes`` gives on the batch: a guard that the
    instrument still reads each document alone, which the floors' shared tables rely on. Four
    documents, two of them read before in another batch."""
    _need_polnear_timex()
    docs = load_real_news_timex(batch=1)[:4]
    shared = DocumentTimexes()
    shared.predict(docs[1:3])
    joined, alone = shared.predict(docs), predict_timexes(docs)
    assert len(alone) and set(alone["source"]) == {d.doc_id for d in docs}
    assert joined.equals(alone)


@pytest.mark.parametrize("batch,first_split", [(1, "polnear-timex"), (2, "polnear-timex-b2"),
                                               (3, "polnear-timex-b3"),
                                               (4, "polnear-timex-b4"),
                                               (5, "polnear-timex-b5"), ((1, 2), ""),
                                               ((1, 2, 3), ""), ((1, 2, 3, 4), ""),
                                               (None, "")])
def test_polnear_timex_scores_above_its_floor(batch: int | tuple[int, ...] | None,
                                              first_split: str,
                                              polnear_timexes: DocumentTimexes) -> None:
    """The project's TIMEX3 annotation of PolNeAR train (a development set: its errors are
    read). Batch 1 (25 articles, round 10): first contact 0.878 / 0.916 / 0.801 (strict,
    relaxed, value F1), round 11 0.918 / 0.938 / 0.865, round 12 0.921 / 0.940 / 0.873.
    Batch 2 (20 articles, round 12): first contact 0.832 / 0.876 / 0.708, round 12 0.846 /
    0.881 / 0.814. All 45: round 12 0.874 / 0.904 / 0.836. Round 13: batch 1 0.921 / 0.940 /
    0.878, batch 2 0.856 / 0.882 / 0.827, all 45 0.881 / 0.904 / 0.846. Round 14: batch 1
    0.921 / 0.940 / 0.887, batch 2 0.862 / 0.882 / 0.829, all 45 0.884 / 0.904 / 0.851. Each
    guarded at round 14 - 0.005 and never below its first contact. Batch 3 (25 articles,
    round 15): first contact 0.868 / 0.915 / 0.837, round 15 0.880 / 0.926 / 0.859; all 70
    round 15 0.883 / 0.913 / 0.854; guarded at round 15 - 0.005. Round 16: batch 1 0.921 /
    0.940 / 0.893, batch 2 0.865 / 0.886 / 0.839, batch 3 0.890 / 0.930 / 0.869, all 70 0.888
    / 0.915 / 0.863; guarded at round 16 - 0.005. Batch 4 (25 articles, round 19): first
    contact 0.873 / 0.899 / 0.819 (batches 1-3 then 0.888 / 0.915 / 0.866), all 95 0.884 /
    0.911 / 0.854; each guarded at round 19 - 0.005 (batch 4 never below its first contact).
    Round 20: batch 4 0.880 / 0.906 / 0.835, all 95 0.886 / 0.913 / 0.858 (batches 1-3
    unchanged); those two guarded at round 20 - 0.005. Round 21: batch 2 0.867 / 0.887 /
    0.846, batch 4 0.887 / 0.909 / 0.845, all 95 0.888 / 0.914 / 0.861 (batches 1 and 3
    unchanged); guarded at round 21 - 0.005 where a figure rose. Batch 5 (25 wire-copy
    articles, round 22): first contact 0.909 / 0.935 / 0.894, round 22 0.926 / 0.941 / 0.904;
    round 22: batch 1 0.924 / 0.943 / 0.895, batch 3 0.904 / 0.935 / 0.883, batch 4 0.894 /
    0.913 / 0.852, batches 1-4 0.894 / 0.917 / 0.867, all 120 0.900 / 0.921 / 0.873 (batch 2
    unchanged); guarded at round 22 - 0.005. Round 23 (named days from a data file: Super
    Tuesday, 9/11; direction cues; clock times): batch 1 0.929 / 0.948 / 0.905, batch 2 0.927
    / 0.946 / 0.910, batch 3 0.906 / 0.936 / 0.894, batch 4 0.895 / 0.914 / 0.864, batch 5
    0.928 / 0.943 / 0.909, batches 1-4 0.913 / 0.935 / 0.893, all 120 0.916 / 0.937 / 0.896;
    guarded at round 23 - 0.005. Round 24 (TimeML extents): batch 1 0.934 / 0.948 / 0.905,
    batches 1-2 0.929, 1-3 0.921, 1-4 0.914, all 120 0.917 / 0.937 / 0.895 (strict; value
    1330 at the base already); those strict floors raised to round 24 - 0.005. Round 25
    (`the past/last <unit>` without a count is TimeBank's DATE in the TIMEX3 column, 4 of 4
    on TimeBank; the set codes it DURATION): batch 3 value 0.891 -> 0.882 (1327 values, -3),
    all 120 0.893; batch 3's value floor lowered to round 25 - 0.005, the others stay. Round
    26 (a bare part of day after a preposition, ``mid-afternoon yesterday``): batch 2 0.930 /
    0.949 / 0.910, batch 3 0.911 / 0.941 / 0.884, all 120 0.918 / 0.938 / 0.894 (1367 / 1397
    / 1330); the floors that rose raised to round 26 - 0.005."""
    _need_polnear_timex()
    s = _polnear_timex_scores(batch, polnear_timexes)
    if first_split:
        first = _first_contact(first_split)
        assert first, f"no {first_split} rows in first_contact.csv"
        for measure in TIMEX_GUARDED:
            assert s[measure] >= first[measure] - 0.005, (measure, s[measure])
    strict, relaxed, value = POLNEAR_TIMEX_FLOORS[batch]
    assert s["strict_f1"] >= strict, s["strict_f1"]
    assert s["relaxed_f1"] >= relaxed, s["relaxed_f1"]
    assert s["value_f1"] >= value, s["value_f1"]


def test_continuation_piece_is_scored_with_the_cue_it_continues(monkeypatch) -> None:
    """Round-9 convention (CONTINUATION_CUE_RULE): PolNeAR's one Cue covers every Content piece
    of a quotation; the instrument's cue-less ``continuation`` row takes the cue of the row it
    continues (same speaker), and only that (invented text)."""
    import helpers.evaluate.polnear as pn
    text = "\"We stay,\" Ann Pike said. \"We win.\" \"No,\" Tim Olds replied."
    a, b, c = (text.index(w) for w in ("We stay", "We win", "No"))

    def gold_row(start: int, end: int, qid: str, speaker: str, cue: str) -> dict:
        return {"source": "a.txt", "quote_id": qid, "start": start, "end": end,
                "text": text[start:end], "kind": "speech", "speaker": speaker,
                "speaker_start": 0, "speaker_end": 0, "speaker_is_pronoun": False,
                "speaker_antecedent": "", "cue": cue, "cue_text": cue}

    gold = pd.DataFrame([gold_row(a, a + 7, "E1", "Ann Pike", "said"),
                         gold_row(b, b + 6, "E1", "Ann Pike", "said"),
                         gold_row(c, c + 2, "E2", "Tim Olds", "replied")])
    pred = pd.DataFrame([
        {"source": "a.txt", "start": a, "end": a + 7, "kind": "speech", "speaker": "Ann Pike",
         "cue": "say", "attribution": "post-cue"},
        {"source": "a.txt", "start": b, "end": b + 6, "kind": "speech", "speaker": "Ann Pike",
         "cue": "", "attribution": "continuation"},
        # another speaker: no cue is carried over to a row that does not continue the last one
        {"source": "a.txt", "start": c, "end": c + 2, "kind": "speech", "speaker": "Tim Olds",
         "cue": "", "attribution": "continuation"},
    ])
    scores = score_polnear(gold, pred)
    assert scores["cue_accuracy"] == pytest.approx(2 / 3)
    # the first-contact measure: every piece scored with the cue the instrument gave it
    assert scores["cue_accuracy_own_cue"] == pytest.approx(1 / 3)
    monkeypatch.setattr(pn, "CONTINUATION_CUE_RULE", False)
    assert score_polnear(gold, pred)["cue_accuracy"] == pytest.approx(1 / 3)
