"""Source referent annotation (issue 13): loader, agreement and the scorer's referent gold.

Unit tests run on invented articles written here (no PolNeAR text). The dev guard reads
``../shared/validation/polnear`` and the two coder files of
``data/annotations/real_news/sources``; it skips with the reason when either is absent.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from polnear_cache import dev_prediction, polnear_split

import helpers.evaluate.polnear as pn
from helpers.evaluate.polnear import _add_referents, _gold_rows, parse_brat, score_polnear
from helpers.evaluate.polnear_referents import (
    REFERENT_COLUMNS,
    REFERENT_DIR,
    Referent,
    ReferentError,
    agreed_referents,
    agreement,
    coder_files,
    cohen_kappa,
    covered_articles,
    load_coder_file,
    same_entity,
    split_folder,
    split_referents,
    text_sha1,
)
from helpers.evaluate.real_news_summary import polnear_subsample
from helpers.evaluate.shared_data import validation_dir

# An invented article: the pronoun's referent (Ann Ferro) is not a Source, so the heuristic
# takes the nearest earlier Source (Brix Quill) as the antecedent of "She".
TEXT = ("Ann Ferro chairs the board. Brix Quill said the vote was close. "
        "She said “We will win.” Tom Lee said “Not yet.”")
ART = "inv.txt"


def _brat(text: str) -> str:
    """Three ``said`` attributions: Brix Quill (indirect), She and Tom Lee (direct)."""
    lines = []
    for k, name in enumerate(["Brix Quill", "She", "Tom Lee"]):
        pos = text.index(name)
        cue = text.index("said", pos)
        end = text.index(".", cue) + 1 if k == 0 else text.index("”", cue) + 1
        lines += [f"T{3 * k + 1}\tSource {pos} {pos + len(name)}\t{name}",
                  f"T{3 * k + 2}\tCue {cue} {cue + 4}\tsaid",
                  f"T{3 * k + 3}\tContent {cue + 5} {end}\tc",
                  f"E{k + 1}\tAttribution:T99 Content:T{3 * k + 3} Cue:T{3 * k + 2} "
                  f"Source:T{3 * k + 1}"]
    return "\n".join(lines)


def _row(item: str, coder: str, status: str = "named", ref: str = "Ann Ferro",
         source: str = "She", quote: str = "E2", rtype: str = "person") -> dict:
    s = TEXT.index(source)
    rs, re_ = (TEXT.index(ref), TEXT.index(ref) + len(ref)) if status == "named" else (-1, -1)
    return {"item": item, "article": ART, "quote_id": f"{ART}:{quote}", "source_start": s,
            "source_end": s + len(source), "status": status, "referent_start": rs,
            "referent_end": re_, "referent_type": rtype, "coder": coder, "note": "invented"}


def _write(folder: Path, coder: str, rows: list[dict], text: str = TEXT,
           split: str = "dev") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    arts = sorted({r["article"] for r in rows}) or [ART]
    with open(folder / "articles.tsv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerows([["article", "split", "text_sha1"],
                     *[[a, split, text_sha1(text)] for a in arts]])
    path = folder / f"referents_{coder}.tsv"
    pd.DataFrame(rows, columns=REFERENT_COLUMNS).to_csv(path, sep="\t", index=False)
    return path


def test_loader_cuts_the_referent_from_the_text(tmp_path) -> None:
    rows = load_coder_file(_write(tmp_path, "A", [_row("1", "A")]), {ART: TEXT})
    assert rows.loc[0, "referent_text"] == "Ann Ferro"
    assert rows.loc[0, "referent_start"] == 0


def test_loader_refuses_a_changed_text(tmp_path) -> None:
    path = _write(tmp_path, "A", [_row("1", "A")])
    with pytest.raises(ReferentError, match="SHA-1"):
        load_coder_file(path, {ART: TEXT.replace("board", "Board")})


@pytest.mark.parametrize("change,match", [
    ({"referent_end": len(TEXT) + 5}, "outside the text"),
    ({"referent_start": 1}, "capital"),  # "nn Ferro" does not start a name
    ({"status": "maybe"}, "status"),
    ({"status": "unnamed"}, "-1"),       # unnamed with offsets
])
def test_loader_refuses_rows_that_do_not_fit(tmp_path, change: dict, match: str) -> None:
    row = {**_row("1", "A"), **change}
    with pytest.raises(ReferentError, match=match):
        load_coder_file(_write(tmp_path, "A", [row]), {ART: TEXT})


def _coded(**kw) -> pd.Series:
    base = {"status": "named", "referent_start": 0, "referent_end": 9,
            "referent_text": "Ann Ferro"}
    return pd.Series({**base, **kw})


def test_same_entity_by_overlap_or_surname_not_by_status_alone() -> None:
    a = _coded()
    assert same_entity(a, _coded(referent_start=4, referent_end=9, referent_text="Ferro"))
    assert same_entity(a, _coded(referent_start=50, referent_end=59,
                                 referent_text="FERRO’s"))  # same surname, later mention
    assert not same_entity(a, _coded(referent_start=28, referent_end=38,
                                     referent_text="Brix Quill"))
    assert not same_entity(a, _coded(status="unnamed"))
    assert same_entity(_coded(status="unclear"), _coded(status="unclear"))


def test_cohen_kappa_by_hand() -> None:
    # p_o = 3/4; marginals a: 2 named, 2 unnamed; b: 3 named, 1 unnamed
    # p_e = (2*3 + 2*1) / 16 = 0.5; kappa = (0.75 - 0.5) / 0.5 = 0.5
    a = ["named", "named", "unnamed", "unnamed"]
    b = ["named", "named", "named", "unnamed"]
    assert cohen_kappa(a, b) == pytest.approx(0.5)


def _two_coders(tmp_path, b_rows: list[dict]) -> list[pd.DataFrame]:
    a = load_coder_file(_write(tmp_path, "A", [_row("1", "A"), _row("2", "A", source="Tom Lee",
                                                                    ref="Tom Lee", quote="E3")]),
                        {ART: TEXT})
    return [a, load_coder_file(_write(tmp_path, "B", b_rows), {ART: TEXT})]


def test_agreement_figures_and_agreed_referents(tmp_path) -> None:
    cod = _two_coders(tmp_path, [_row("1", "B", ref="Brix Quill"),
                                 _row("2", "B", source="Tom Lee", ref="Tom Lee", quote="E3")])
    ag = agreement(cod)
    assert ag["n_items"] == 2 and ag["agreement"] == pytest.approx(0.5)
    assert ag["status_agreement"] == 1.0 and ag["n_agreed_named"] == 1
    refs = agreed_referents(cod)
    assert set(refs) == {f"{ART}:E3"}          # item 1 disagrees: left out
    assert refs[f"{ART}:E3"].text == "Tom Lee"


def _gold_with(refs: dict) -> pd.DataFrame:
    gold = pd.DataFrame(_gold_rows(ART, TEXT, parse_brat(_brat(TEXT))))
    _add_referents(gold, refs)
    return gold


def _pred(gold: pd.DataFrame, speaker: str) -> pd.DataFrame:
    r = gold[gold["speaker"] == "She"].iloc[0]
    return pd.DataFrame([{"source": ART, "start": r["start"], "end": r["end"], "kind": "speech",
                          "speaker": speaker, "cue": "say"}])


def test_referent_fixes_a_wrong_heuristic_antecedent() -> None:
    q = f"{ART}:E2"
    gold = _gold_with({q: Referent(q, "Ann Ferro", 0, 9, "person")})
    she = gold[gold["speaker"] == "She"].iloc[0]
    assert she["speaker_antecedent"] == "Brix Quill"  # the heuristic's guess
    pred = _pred(gold, "Ann Ferro")
    assert score_polnear(gold, pred, referent_gold=False)["speaker_accuracy"] == 0.0
    assert score_polnear(gold, pred, referent_gold=True)["speaker_accuracy"] == 1.0
    # and the heuristic's wrong person is no longer credited
    assert score_polnear(gold, _pred(gold, "Brix Quill"),
                         referent_gold=True)["speaker_accuracy"] == 0.0


def test_disagreement_or_unnamed_keeps_the_heuristic() -> None:
    q = f"{ART}:E2"
    for refs in ({}, {q: None}):  # no agreed item; agreed "unnamed" (no name to check)
        gold = _gold_with(refs) if refs else pd.DataFrame(
            _gold_rows(ART, TEXT, parse_brat(_brat(TEXT))))
        pred = _pred(gold, "Brix Quill")
        assert score_polnear(gold, pred, referent_gold=True)["speaker_accuracy"] == 1.0


def test_flag_off_gives_the_heuristic_figure(monkeypatch) -> None:
    q = f"{ART}:E2"
    gold = _gold_with({q: Referent(q, "Ann Ferro", 0, 9, "person")})
    monkeypatch.setattr(pn, "REFERENT_GOLD", False)
    assert score_polnear(gold, _pred(gold, "Ann Ferro"))["speaker_accuracy"] == 0.0


def test_family_member_with_the_referent_surname_is_another_person() -> None:
    assert pn._given_name_clash("Heidi Cruz", "Ted Cruz")
    assert not pn._given_name_clash("Bobby Scott", 'Robert C. "Bobby" Scott')
    assert not pn._given_name_clash("Director Aaron Sharockman", "Aaron Sharockman")
    assert not pn._given_name_clash("Cruz", "Ted Cruz")


def test_annotation_does_not_cover_another_split(tmp_path) -> None:
    _write(tmp_path, "A", [_row("1", "A")])
    _write(tmp_path, "B", [_row("1", "B")])
    assert split_referents({ART: TEXT}, "train", folder=tmp_path) == {}
    assert set(split_referents({ART: TEXT}, "dev", folder=tmp_path)) == {f"{ART}:E2"}
    # one coder only: the scorer stays on the heuristic
    (tmp_path / "referents_B.tsv").unlink()
    assert split_referents({ART: TEXT}, "dev", folder=tmp_path) == {}


# An invented train split of two articles with the same text: only ART2 is coded (a partly
# coded split, like train), and its coders place "She" on Ann Ferro.
ART2 = "inv2.txt"


def _train_folder(root: Path, text: str = TEXT) -> None:
    """Dev coders at ``root`` (article ART: "She" is Tom Lee, to tell the folders apart) and
    train coders in ``root/train`` (article ART2: "She" is Ann Ferro)."""
    for coder in ("A", "B"):
        _write(root, coder, [_row("1", coder, ref="Tom Lee")])
        rows = [{**_row("1", coder), "article": ART2, "quote_id": f"{ART2}:E2"}]
        _write(root / "train", coder, rows, text=text, split="train")


def test_split_folder_serves_train_from_its_subfolder(tmp_path) -> None:
    _train_folder(tmp_path)
    texts = {ART: TEXT, ART2: TEXT}
    assert split_folder("dev", tmp_path) == tmp_path
    assert split_folder("train", tmp_path) == tmp_path / "train"
    assert split_folder("test", tmp_path) is None
    dev, train = split_referents(texts, "dev", tmp_path), split_referents(texts, "train", tmp_path)
    assert {q: r.text for q, r in dev.items()} == {f"{ART}:E2": "Tom Lee"}
    assert {q: r.text for q, r in train.items()} == {f"{ART2}:E2": "Ann Ferro"}
    assert covered_articles("train", tmp_path) == {ART2}
    assert covered_articles("test", tmp_path) == set()
    # one train coder only: train falls back to the heuristic, dev is unaffected
    (tmp_path / "train" / "referents_B.tsv").unlink()
    assert split_referents(texts, "train", tmp_path) == {}
    assert set(split_referents(texts, "dev", tmp_path)) == {f"{ART}:E2"}


def test_partly_coded_split_keeps_the_heuristic_elsewhere(tmp_path) -> None:
    _train_folder(tmp_path)
    refs = split_referents({ART: TEXT, ART2: TEXT}, "train", tmp_path)
    gold = pd.concat([pd.DataFrame(_gold_rows(a, TEXT, parse_brat(_brat(TEXT))))
                      for a in (ART, ART2)], ignore_index=True)
    _add_referents(gold, refs)
    she = gold[gold["speaker"] == "She"]
    assert she.set_index("source")["referent_agreed"].to_dict() == {ART: False, ART2: True}
    pred = pd.DataFrame([{"source": r.source, "start": r.start, "end": r.end, "kind": "speech",
                          "speaker": "Ann Ferro", "cue": "say"} for r in she.itertuples()])
    # the coded article credits the referent; the uncoded one keeps the heuristic's Brix Quill
    assert score_polnear(gold, pred, referent_gold=True)["speaker_accuracy"] == 0.5
    assert score_polnear(gold, pred, referent_gold=False)["speaker_accuracy"] == 0.0


def test_train_folder_refuses_a_changed_text(tmp_path) -> None:
    _train_folder(tmp_path)
    changed = TEXT.replace("board", "Board")
    with pytest.raises(ReferentError, match="SHA-1"):
        split_referents({ART: TEXT, ART2: changed}, "train", tmp_path)
    # dev does not read the train folder, so the changed train text does not concern it
    assert set(split_referents({ART: TEXT, ART2: changed}, "dev", tmp_path)) == {f"{ART}:E2"}


def test_subsample_keeps_every_fourth_article_and_its_gold() -> None:
    arts = [f"a{i:02d}.txt" for i in range(10)]
    gold = pd.DataFrame({"source": arts, "quote_id": [f"{a}:E1" for a in arts]})
    split = pn.PolnearSplit({a: "x" for a in arts}, {a: "2016-01-01" for a in arts}, gold,
                            {a: "n" for a in arts})
    sub = polnear_subsample(split, "B")          # sorted(...)[1::4]
    assert sorted(sub.texts) == ["a01.txt", "a05.txt", "a09.txt"]
    assert list(sub.gold["source"]) == ["a01.txt", "a05.txt", "a09.txt"]
    assert set(sub.dates) == set(sub.annotators) == set(sub.texts)


# --------------------------------------------------------------------------- real data (shared)

#: PolNeAR dev speaker accuracy (all / non-pronoun Source) measured with the referent gold of
#: coders A and B (2026-12-04): round-11 instrument 0.8007 / 0.8130 (heuristic antecedent
#: 0.7862 / 0.8098); round-13 instrument 0.8031 / 0.8163 (heuristic 0.7862 / 0.8130);
#: round-14 instrument 0.8092 / 0.8244 (heuristic 0.7923 / 0.8211); round-16 instrument
#: 0.8271 / 0.8502 (heuristic 0.8126 / 0.8469); round-17 instrument 0.8283 / 0.8502 (heuristic
#: 0.8138 / 0.8469); round-18 instrument 0.8331 / 0.8550 (heuristic 0.8150 / 0.8518);
#: round-20 instrument 0.8343 / 0.8567 (heuristic 0.8162 / 0.8534); round-21 instrument
#: 0.8345 / 0.8569 (heuristic 0.8164 / 0.8537); nested-quotations round (core pairing, gold
#: pieces) 0.8349 / 0.8574 (heuristic not measured); round 22 (organisations and written
#: sources as speakers) 0.8386 / 0.8622; the learned speaker chooser as the default (ranker
#: round 6) 0.8747 / 0.8995; refitted after quotes round 23 0.8723 / 0.8979; speaker ranker
#: round 7 (a near antecedent no longer settles the row) 0.8771 / 0.9011; speaker ranker
#: round 8 (organisations, documents and groups as candidates) 0.8831 / 0.9044; quotes round
#: 24 with round 7's weights 0.8771 / 0.8995; round 8 refitted after quotes round 24 0.8843 /
#: 0.9044; quotes round 26 (round 8's weights) 0.8855 / 0.9060; refitted after quotes round 26
#: 0.8843 / 0.9060 (unchanged by rounds 28 and 29 with those weights); refitted after round 29
#: 0.8855 / 0.9076; quotes round 30 and the one-person keys with those weights 0.8880 / 0.9060;
#: refitted after round 30 0.8892 / 0.9076; quotes round 31 with those weights 0.8904 / 0.9076;
#: the speaker hygiene round with them 0.8892 / 0.9076; both merged and refitted 0.8892 /
#: 0.9060 (floors kept: they still hold); quotes round 32, before and after the refit, 0.8916
#: / 0.9060 (the all-Sources floor raised; the non-pronoun one kept); quotes round 34, before
#: and after the refit (session 22), 0.8940 / 0.9092 (both raised); quotes rounds 35 and 36 and
#: the refit after them (session 23), 0.8976 / 0.9141 (both raised); quotes rounds 37, 38 and
#: 39 each alone with those weights 0.8976 / 0.9125, 0.8988 / 0.9141, 0.9012 / 0.9190; the
#: three merged and refitted (session 24) 0.9024 / 0.9173 (both raised); quotes rounds 40, 41
#: and 42 each alone with those weights 0.9024 / 0.9173, 0.9024 / 0.9173, 0.9012 / 0.9157; the
#: three merged with throughput round 5 and refitted (session 25; grouped CV on train 0.9285 ->
#: 0.9332) 0.9012 / 0.9141; quotes round 43 with those weights 0.9012 / 0.9141; refitted after
#: it (L2 10 / margin 0, grouped CV 0.9338) 0.8952 / 0.9109. Floors = latest measured - 0.003,
#: raised when the figure rises. Both floors were lowered in session 25 (0.8994 / 0.9143 ->
#: 0.8922 / 0.9079): dev fell by six of 830 pieces while every train subsample rose with the
#: rules and grouped CV on train rose 0.9285 -> 0.9338; two grid points 0.0006 apart on CV
#: differ by five dev pieces, so dev cannot rank such models, and keeping the floors would have
#: meant choosing rules or a grid point by the dev figure, which the protocol forbids
#: (docs/notes/real_news.md, "Speaker ranker refitted after quotes round 43"). Lowered again in
#: session 26 (0.8922 / 0.9079 -> 0.8886 / 0.9046, latest - 0.003): quotes rounds 44 and 45 left
#: dev unchanged with the rules, and the refit after them (best repeated grouped CV, L2 10 /
#: margin 0) gave 0.8916 / 0.9076 (740 of 830); speaker ranker round 11's one-SE refit, dropped
#: for lowering the project's held-out figure, had given 0.8880 / 0.9060 ("Speaker ranker
#: refitted after quotes rounds 44 and 45"). Session 27: quotes round 47, review 16 and the refit
#: after them (best repeated grouped CV, L2 30 / margin 0) gave 0.8892 / 0.9076 (738 of 830),
#: above the floors, which stay as they are. Session 30: quotes rounds 51 and 52 left every
#: predicted speaker as it was; round 52's scorer, which counts a document speaker right when
#: its stated author (``speaker_author``) is the annotated Source, gave 0.8966 / 0.9128 (746 of
#: 832): floors raised to latest - 0.003.
_DEV_REFERENT_FLOORS = (0.8924, 0.9130)


@pytest.mark.evaluation_split
def test_polnear_dev_referent_gold_guard() -> None:
    """Regression guard on the referent-gold dev figure; runs only once both codings exist."""
    folder = validation_dir("polnear")
    if not folder.is_dir():
        pytest.skip(f"../shared/validation/polnear not present: {folder} (set NS_SHARED_DATA)")
    if len(coder_files(REFERENT_DIR)) < 2:
        pytest.skip("the referent gold needs two coder files in "
                    "data/annotations/real_news/sources (only one present)")
    split = polnear_split("dev")  # pn.load_polnear(folder, "dev"), once per test process
    assert "referent_agreed" in split.gold.columns
    cod = [load_coder_file(p, split.texts) for p in coder_files(REFERENT_DIR)]
    assert agreement(cod)["n_items"] == 261
    pred = dev_prediction()  # pn.predict_quotes(split), once per test process
    s = score_polnear(split.gold, pred, texts=split.texts)
    h = score_polnear(split.gold, pred, texts=split.texts, referent_gold=False)
    assert s["speaker_accuracy"] >= _DEV_REFERENT_FLOORS[0], s["speaker_accuracy"]
    assert s["speaker_accuracy_non_pronoun"] >= _DEV_REFERENT_FLOORS[1]
    assert s["n_speaker_pairs"] == h["n_speaker_pairs"]


TRAIN_REFERENTS = REFERENT_DIR / "train"


def _train_texts() -> dict[str, str]:
    """The shared PolNeAR train texts, or a skip with the reason when they are absent."""
    folder = validation_dir("polnear") / "train" / "text"
    if not folder.is_dir():
        pytest.skip(f"../shared/validation/polnear not present: {folder} (set NS_SHARED_DATA)")
    return {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}


# The item blocks of the train coder files, as the README of sources/train records them
# (`scripts/referent_items.py`): 1-278 the first 70 coded articles of subsample A, 279-561
# the first 70 of subsample B, 562-904 the rest of A, 905-1239 the rest of B, 1240-1849
# subsample C, 1850-2369 subsample D. A coder file holds the first blocks in this order (a
# pass is appended only after the one before it).
_TRAIN_ITEM_BLOCKS = [("A", 1, 278), ("B", 279, 561), ("A", 562, 904), ("B", 905, 1239),
                      ("C", 1240, 1849), ("D", 1850, 2369)]


def test_train_item_blocks_are_those_of_the_readme() -> None:
    """Each block the test checks is the range the README gives, so the two cannot drift."""
    readme = (TRAIN_REFERENTS / "README.md").read_text(encoding="utf-8")
    for _, first, last in _TRAIN_ITEM_BLOCKS[1:]:
        assert f"{first}-{last}" in readme, (first, last)
    assert [b[1] for b in _TRAIN_ITEM_BLOCKS[1:]] == [b[2] + 1 for b in _TRAIN_ITEM_BLOCKS[:-1]]


def test_train_codings_fit_the_shared_text() -> None:
    """Every committed train coder file loads (SHA-1 of each article, offsets, capitals),
    codes whole item blocks from item 1 on (see ``_TRAIN_ITEM_BLOCKS``), and each block's
    articles are drawn from its own subsample."""
    texts = _train_texts()
    files = coder_files(TRAIN_REFERENTS)
    assert files, "no coder file in data/annotations/real_news/sources/train"
    names = sorted(texts)
    subsamples = {key: set(names[k::4][:200]) for k, key in enumerate("ABCD")}
    block_ends = [last for _, _, last in _TRAIN_ITEM_BLOCKS]
    for path in files:
        rows = load_coder_file(path, texts)
        items = rows["item"].astype(int)
        assert len(rows) in block_ends, (path.name, len(rows))
        assert items.tolist() == list(range(1, len(rows) + 1))
        seen: set[str] = set()
        for key, first, last in _TRAIN_ITEM_BLOCKS:
            block = set(rows[(items >= first) & (items <= last)]["article"])
            assert block <= subsamples[key], (path.name, key, first)
            assert not block & seen, (path.name, "an article coded in two blocks", first)
            seen |= block


def test_train_agreement_as_recorded() -> None:
    """The two train codings agree as the README records (first 70 articles of subsample A:
    273 / 278, 236 agreed named; of B: 283 / 283, 228; the rest of A: 339 / 343, 278; the rest
    of B: 333 / 335, 263; C: 602 / 610, 453; D: 514 / 520, 402; together 2344 / 2369, 1860),
    so a changed coder file is noticed; runs once both coder files exist."""
    texts = _train_texts()
    files = coder_files(TRAIN_REFERENTS)
    if len(files) < 2:
        pytest.skip("the train referent gold needs two coder files in "
                    "data/annotations/real_news/sources/train (only one present)")
    codings = [load_coder_file(p, texts) for p in files]
    ag = agreement(codings)
    assert ag["n_items"] == 2369 and ag["agreement"] == pytest.approx(2344 / 2369)
    assert ag["n_agreed_named"] == 1860 and ag["kappa_status"] == pytest.approx(0.9747, abs=1e-4)
    for lo, hi, n, same, named in [(1, 278, 278, 273, 236), (279, 561, 283, 283, 228),
                                   (562, 904, 343, 339, 278), (905, 1239, 335, 333, 263),
                                   (1240, 1849, 610, 602, 453), (1850, 2369, 520, 514, 402)]:
        part = agreement([c[c["item"].astype(int).between(lo, hi)] for c in codings])
        assert part["n_items"] == n and part["agreement"] == pytest.approx(same / n)
        assert part["n_agreed_named"] == named
    refs = split_referents(texts, "train")
    assert len(refs) == 2344 and sum(r is not None for r in refs.values()) == 1860


def test_referent_lines_skip_the_coded_line_when_no_coded_article_is_scored() -> None:
    # train subsample B holds none of the coded articles: the line of figures "on the coded
    # articles alone" is left out (before, the empty selection raised a KeyError)
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "score_real_news.py"
    spec = importlib.util.spec_from_file_location("score_real_news_for_test", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    q = f"{ART}:E2"
    gold = _gold_with({q: Referent(q, "Ann Ferro", 0, 9, "person")})
    pred = _pred(gold, "Ann Ferro")
    s = score_polnear(gold, pred, texts={ART: TEXT})
    out = mod._referent_lines(gold, pred, {ART: TEXT}, s, covered={"another_article.txt"})
    assert "referent gold" in out and "coded articles alone" not in out
    out = mod._referent_lines(gold, pred, {ART: TEXT}, s, covered={ART})
    assert "coded articles alone" not in out  # every pronoun quotation is in a coded article
