"""The learned speaker chooser (issue 13): candidates and features on invented text, the
deterministic fit, the weights file's loader, and the hook in ``extract_quotes``."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from helpers.instruments.quotes import extract_quotes_text
from helpers.instruments.quotes import ranker_candidates as rc
from helpers.instruments.quotes.ranker import (
    DEFAULT_MODEL,
    RankerFileError,
    SpeakerRanker,
    fit_ranker,
    load_ranker,
)
from helpers.instruments.quotes.ranker_candidates import article_candidates
from helpers.instruments.quotes.ranker_features import FEATURES, Candidate

# invented text: two people, a pronoun cue, a continuation and a description cue
TEXT = ("Labour leader Jane Carter spoke to reporters on Monday. Tom Hale, the party "
        "chairman, stood beside her.\n\n"
        "\"We will win this election,\" she said. \"Nobody doubts it.\"\n\n"
        "Hale disagreed. \"It will be close,\" said the chairman, adding that the polls were "
        "tight.\n")


def _candidates(text: str = TEXT) -> list[tuple[object, list[Candidate]]]:
    got: list = []
    extract_quotes_text(text, ranker=lambda rows, ps, art: got.extend(
        article_candidates(rows, ps, art)))
    return got


def _f(c: Candidate, name: str) -> float:
    return c.features[FEATURES.index(name)]


def test_interviews_and_unnamed_sources_stay_with_the_rules() -> None:
    seen: dict[str, list] = {}

    def probe(rows: list, ps: list, art) -> None:
        seen["plain"] = article_candidates(rows, ps, art)
        rows[0].anonymous = True  # as the rules mark "I am told, ..."
        seen["anonymous"] = article_candidates(rows, ps, art)
        art.interviewee = "Jane Carter"  # as the rules mark an interview
        seen["interview"] = article_candidates(rows, ps, art)

    extract_quotes_text(TEXT, ranker=probe)
    assert len(seen["plain"]) == 3
    assert len(seen["anonymous"]) == 2
    assert seen["interview"] == []


def test_rows_set_by_whole_article_passes_or_labels_stay_with_the_rules() -> None:
    seen: dict[str, list] = {}

    def probe(rows: list, ps: list, art) -> None:
        seen["plain"] = article_candidates(rows, ps, art)
        for r in rows:
            r.rules_only = "vocative"  # as the vocative pass marks the names it sets
        seen["marked"] = article_candidates(rows, ps, art)

    extract_quotes_text(TEXT, ranker=probe)
    assert len(seen["plain"]) == 3
    assert seen["marked"] == []


def test_a_transcript_label_marks_its_row() -> None:
    marks: list[tuple[str, str]] = []
    text = ("The minister was questioned by the committee on Tuesday.\n\n"
            "Ann Lowe: \"We will publish the report next week and not before.\"\n\n"
            "\"We will publish it soon,\" the minister said later.\n")
    extract_quotes_text(text, ranker=lambda rows, ps, art: marks.extend(
        (r.speaker, r.rules_only) for r in rows if r.kind == "speech"))
    assert ("Ann Lowe", "label") in marks
    assert all(flag == "" for who, flag in marks if who != "Ann Lowe")


def test_candidates_rule_first_and_general_features(monkeypatch) -> None:
    monkeypatch.setattr(rc, "SETTLED", ())  # every row offered its rivals
    got = _candidates()
    assert [r.span.start for r, _ in got] == sorted(r.span.start for r, _ in got)
    assert len(got) == 3
    for r, cands in got:
        assert cands[0].is_rule and cands[0].speaker == r.speaker
        assert _f(cands[0], "rule") == 1.0
        assert all(_f(c, "rule") == 0.0 for c in cands[1:])
        assert all(len(c.features) == len(FEATURES) for c in cands)
    first = {c.speaker: c for c in got[0][1]}
    # "she said": a man named is not offered at all
    assert set(first) == {"Jane Carter"}
    assert _f(first["Jane Carter"], "rule_post-cue") == 1.0
    assert _f(first["Jane Carter"], "gender_agrees") == 1.0  # "she" and a woman's given name
    assert _f(first["Jane Carter"], "rule_pronoun_cue") == 1.0
    second = {c.speaker: c for c in got[1][1]}
    assert _f(second["Jane Carter"], "rule_continuation") == 1.0
    assert _f(second["Jane Carter"], "previous_speaker") == 1.0
    assert _f(second["Tom Hale"], "previous_speaker") == 0.0
    assert _f(second["Tom Hale"], "next_paragraph") == 1.0
    third = {c.speaker: c for c in got[2][1]}
    assert _f(third["Tom Hale"], "verb_before") == 1.0  # "said the chairman"
    assert _f(third["Jane Carter"], "previous_speaker") == 1.0


def test_fit_is_deterministic_and_learns_the_signal() -> None:
    rng = np.random.default_rng(7)  # invented data, fixed seed
    groups = []
    d = len(FEATURES)
    for _ in range(300):
        n = int(rng.integers(2, 6))
        x = rng.normal(size=(n, d))
        right = int(rng.integers(n))
        x[right, FEATURES.index("subject")] += 2.0  # the right candidate tends to be a subject
        groups.append((x, np.arange(n) == right))
    w1, w2 = fit_ranker(groups, l2=1.0), fit_ranker(groups, l2=1.0)
    assert np.array_equal(w1, w2)
    assert int(np.argmax(w1)) == FEATURES.index("subject")
    assert w1[FEATURES.index("subject")] > 1.0
    # groups without a right candidate, or all right, carry nothing
    assert not fit_ranker([(np.ones((3, d)), np.zeros(3, bool))]).any()


def test_refit_on_invented_articles_is_deterministic() -> None:
    groups = []
    for r, cands in _candidates():
        truth = "Tom Hale" if r.span.start > TEXT.index("Hale disagreed") else "Jane Carter"
        groups.append((np.array([c.features for c in cands]),
                       np.array([c.speaker == truth for c in cands])))
    assert np.array_equal(fit_ranker(groups, l2=3.0), fit_ranker(groups, l2=3.0))


def test_choose_keeps_the_rule_within_the_margin() -> None:
    a, b = Candidate("A", "named", 0, 1, "A", is_rule=True), Candidate("B", "named", 2, 3, "B")
    a.set("rule")
    b.set("subject")
    w = [0.0] * len(FEATURES)
    w[FEATURES.index("rule")], w[FEATURES.index("subject")] = 1.0, 2.0
    assert SpeakerRanker(tuple(w), 0.0).choose([a, b]) == 1
    assert SpeakerRanker(tuple(w), 1.5).choose([a, b]) == 0
    assert SpeakerRanker(tuple(w), 0.0).choose([a]) == 0


def test_hook_rechooses_and_marks_ranked(monkeypatch) -> None:
    monkeypatch.setattr(rc, "SETTLED", ())  # rows 2-3 offered their rivals too
    rules = extract_quotes_text(TEXT, ranker="rules")
    zero = extract_quotes_text(TEXT, ranker=SpeakerRanker((0.0,) * len(FEATURES)))
    assert zero.equals(rules)  # equal scores: the rules' choice stays
    w = [0.0] * len(FEATURES)
    w[FEATURES.index("next_paragraph")] = 5.0  # an absurd model: someone named further on
    out = extract_quotes_text(TEXT, ranker=SpeakerRanker(tuple(w)))
    changed = out[out["speaker"] != rules["speaker"]]
    assert len(changed) >= 1
    assert set(changed["attribution"]) == {"ranked"}
    assert out[["start", "end", "kind", "cue"]].equals(rules[["start", "end", "kind", "cue"]])


def test_committed_weights_load_without_shared_data() -> None:
    r = load_ranker()
    learned = extract_quotes_text(TEXT, ranker="learned")
    assert len(learned) == 3 and learned["speaker"].str.len().gt(0).all()
    assert extract_quotes_text(TEXT).equals(extract_quotes_text(TEXT, ranker="rules"))
    assert len(r.weights) == len(FEATURES) and all(math.isfinite(x) for x in r.weights)
    data = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert "commit" in data and "cv" in data


@pytest.mark.parametrize("content", [
    "not json",
    "[1, 2]",
    json.dumps({"features": ["rule"], "weights": [1.0], "margin": 0}),
    json.dumps({"features": list(FEATURES), "weights": [1.0], "margin": 0}),
    json.dumps({"features": list(FEATURES), "weights": [float("nan")] * len(FEATURES),
                "margin": 0}),
    json.dumps({"features": list(FEATURES), "weights": [0.0] * len(FEATURES), "margin": -1}),
])
def test_loader_fails_loudly_on_a_bad_file(tmp_path, content: str) -> None:
    p = tmp_path / "bad.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(RankerFileError):
        load_ranker(p)
    with pytest.raises(RankerFileError):
        load_ranker(tmp_path / "missing.json")


def test_weights_file_round_trip(tmp_path) -> None:
    w = tuple(float(i) / 10 for i in range(len(FEATURES)))
    p = tmp_path / "r.json"
    p.write_text(json.dumps(SpeakerRanker(w, 0.5, {"commit": "x"}).to_json()), encoding="utf-8")
    r = load_ranker(p)
    assert r.weights == w and r.margin == 0.5 and r.meta["commit"] == "x"


def test_refit_on_sampled_train_articles_is_deterministic() -> None:
    """A refit on a few PolNeAR TRAIN articles (the training path of the fit script) gives the
    same weights twice, and its labels come from the scorer (some candidates right, some not)."""
    from polnear_cache import polnear_split

    from helpers.evaluate.polnear import PolnearSplit
    from helpers.evaluate.ranker_training import collect, label
    from helpers.evaluate.shared_data import validation_dir

    folder = validation_dir("polnear")
    if not folder.is_dir():
        pytest.skip(f"../shared/validation/polnear not present: {folder} (set NS_SHARED_DATA)")
    split = polnear_split("train")  # load_polnear(folder, "train"), once per test process
    keep = sorted(split.texts)[3::4][:6]  # a few articles of train subsample D
    small = PolnearSplit({a: split.texts[a] for a in keep},
                         {a: d for a, d in split.dates.items() if a in keep},
                         split.gold[split.gold["source"].isin(keep)].reset_index(drop=True),
                         {a: n for a, n in split.annotators.items() if a in keep})
    pred, cands = collect(small)
    items = label(small, pred, cands)
    assert len(items) >= 10
    assert any(it.y.any() for it in items) and any(not it.y.all() for it in items)
    assert all(bool(it.y[0]) == it.rule_ok for it in items)  # the rules' row is candidate 0
    groups = [(it.X, it.y) for it in items]
    assert np.array_equal(fit_ranker(groups, l2=1.0), fit_ranker(groups, l2=1.0))


def test_a_continuation_of_a_cued_speaker_says_so(monkeypatch) -> None:
    monkeypatch.setattr(rc, "SETTLED", ())  # the rows described, not settled by their cue
    # row 2 ("Nobody doubts it.") continues row 1, attributed by its own cue ("she said") in the
    # same paragraph; row 1 and row 3 have cues of their own
    got = _candidates()
    (r1, c1), (r2, c2), (r3, c3) = got
    assert r2.attribution == "continuation"
    assert _f(c2[0], "rule_continues_cued_same_paragraph") == 1.0
    assert _f(c2[0], "rule_continues_cued_previous_paragraph") == 0.0
    assert _f(c2[0], "continued_cued_speaker") == 1.0
    assert all(_f(c, "continued_cued_speaker") == 0.0 for c in c2[1:])
    assert _f(c1[0], "rule_continues_cued_same_paragraph") == 0.0
    assert _f(c3[0], "rule_continues_cued_same_paragraph") == 0.0


def test_a_context_piece_that_took_the_next_cued_speaker_says_so() -> None:
    # an open quotation running into the next paragraph, whose piece has the cue
    text = ("Tom Hale, the party chairman, and Jane Carter spoke on Monday.\n\n"
            "\"We will fight on in every seat this year.\n\n"
            "\"We will never give up the north,\" said Carter.\n")
    got = _candidates(text)
    (r1, c1), (r2, c2) = got
    assert r1.attribution == "context" and r1.speaker == r2.speaker == "Jane Carter"
    assert _f(c1[0], "rule_context_from_next_cue") == 1.0
    assert _f(c1[0], "next_cued_speaker") == 1.0
    assert all(_f(c, "next_cued_speaker") == 0.0 for c in c1[1:])
    assert _f(c2[0], "rule_context_from_next_cue") == 0.0


def test_a_cue_naming_its_speaker_settles_the_row(monkeypatch) -> None:
    # row 3 ("said the chairman"): the cue's subject is no pronoun; row 2 continues row 1,
    # cued in the same paragraph: both keep the rules' choice alone
    (r1, c1), (r2, c2), (r3, c3) = _candidates()
    assert r3.attribution == "post-cue" and r2.attribution == "continuation"
    assert [c.speaker for c in c3] == [r3.speaker] and c3[0].is_rule
    assert [c.speaker for c in c2] == [r2.speaker] and c2[0].is_rule
    monkeypatch.setattr(rc, "SETTLED", ())
    (_, d1), (_, d2), (_, d3) = _candidates()
    assert len(d3) > 1 and len(d2) > 1


# invented: two men named three paragraphs before a ``he said``
FAR = ("Harold Finch met Peter Lang at the town hall on Monday.\n\n"
       "The new bridge cost four million pounds.\n\n"
       "Traffic was heavy all day on the ring road.\n\n"
       "\"It is a fine day for the town,\" he said.\n")


def test_a_pronoun_cue_is_offered_people_named_before_the_window(monkeypatch) -> None:
    ((r, cands),) = _candidates(FAR)
    assert r.speaker == "Harold Finch"  # the rules' antecedent
    far = [c for c in cands if _f(c, "far") == 1.0]
    assert [c.speaker for c in far] == ["Peter Lang"]
    assert _f(far[0], "far_paragraphs") == pytest.approx(math.log1p(3))
    assert _f(far[0], "best_named") == 1.0 and _f(far[0], "any_named_window") == 0.0
    assert _f(cands[0], "far") == 0.0
    monkeypatch.setattr(rc, "FAR_LIMIT", 0)
    ((_, fewer),) = _candidates(FAR)
    assert all(_f(c, "far") == 0.0 for c in fewer) and len(fewer) == len(cands) - 1


def test_a_speaker_reached_through_a_description_is_described_by_it() -> None:
    # the rules reach ``a retired teacher`` through ``she``: the nearest mention is the pronoun,
    # the best one the description; the named rival has only a name and was never a speaker
    text = ("Tom Hale spoke first. A retired teacher from Leeds stood up next, and she looked "
            "at Hale.\n\n\"We deserve better,\" she said. \"Far better,\" said Hale.\n")
    got = _candidates(text)
    (r, cands) = got[0]
    assert r.speaker == "a retired teacher" and r.speaker_mention == "she"
    assert _f(cands[0], "best_description") == 1.0 and _f(cands[0], "best_named") == 0.0
    assert _f(cands[0], "any_subject_window") == 1.0
    assert _f(cands[0], "spoke_before") == 0.0
    hale = [c for c in cands if c.speaker == "Tom Hale"]
    assert all(_f(c, "best_named") == 1.0 for c in hale)


def test_rivals_named_before_or_after_the_rules_description(monkeypatch) -> None:
    # invented: the rules reach ``the next speaker`` through ``he``; a description refers back
    # to a person named before it, not to the people it is said to have met (the pronoun's
    # near antecedent would settle the row: rivals shown with that class off)
    monkeypatch.setattr(rc, "SETTLED", ("own-cue", "cued-chain"))
    text = ("Tom Hale left early.\n\nThe next speaker had met Peter Lang and Mark Dunn that "
            "morning. \"We will win,\" he cries.\n")
    ((r, cands),) = _candidates(text)
    assert r.speaker == "the next speaker"
    by = {c.speaker: c for c in cands}
    assert _f(by["Tom Hale"], "named_before_rule_description") == 1.0
    assert _f(by["Tom Hale"], "named_after_rule_description") == 0.0
    for late in ("Peter Lang", "Mark Dunn"):
        assert _f(by[late], "named_after_rule_description") == 1.0
        assert _f(by[late], "named_before_rule_description") == 0.0
    assert _f(cands[0], "named_before_rule_description") == 0.0
    # a rules' speaker the article names has no such rivals
    ((_, named),) = _candidates(FAR)
    assert all(_f(c, "named_after_rule_description") == 0.0 and
               _f(c, "named_before_rule_description") == 0.0 for c in named)
