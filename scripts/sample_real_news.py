"""Draw the paragraph samples of the real-news theme coding (``data/annotations/real_news``).

Why: the theme codebook was tuned on the project's own corpus and invented sentences; its
recall misses on the held-out set are kinds of factionalism talk it has never seen. This script
draws body paragraphs of real political news (PolNeAR TRAIN, US campaign coverage 2016, in the
shared folder) in two samples, so that a coder can code them *before* the instrument runs:

- ``random``: 80 paragraphs drawn at random (seed 16) from every body paragraph of 8+ words;
- ``party``: 80 further paragraphs drawn at random (same seed) from those that name a party
  (:data:`PARTY_WORDS`), which over-samples the places where factionalism can occur.

Version 6 (``--v6 vocab`` then ``--v6 adjacent``) draws 200 *new* paragraphs (none of version
5's), aimed at recall:

- ``vocab``: 100 paragraphs drawn at random (seed 1606) from those with party or faction
  vocabulary (:data:`PARTY_WORDS` or :data:`FACTION_WORDS`);
- ``adjacent``: 100 paragraphs next to one coded factional in version 5 or in ``vocab`` (the
  talk around a factional passage): every unsampled body paragraph of 8+ words at distance 1
  (the body paragraph just before or after), then, to fill 100, ones at distance 2, each ring
  drawn at random (seed 1606). It needs the ``vocab`` rows coded first (``--coded FILE``).

Version 7 (``--v7``) draws 150 *new* paragraphs (none of versions 5 and 6), a blind test
of the rules versions 5-9 wrote against those two codings, in one draw before any coding:

- ``vocab``: 100 paragraphs drawn at random (seed 1607) from those with party or faction
  vocabulary (the version-6 ``vocab`` pool, so the same enrichment for party conflict);
- ``adjacent``: 50 paragraphs next to one coded factional in version 5 or 6 (distance 1,
  then distance 2 if the ring is short), drawn at random (seed 1607).

Version 8 (``--v8``, themes version 13) draws 150 more the same way (seed 1608): none of
versions 5, 6 and 7, ``adjacent`` next to a paragraph coded factional in any of the three; a
fourth blind test, of the rules versions 10-12 wrote against v5 + v6 + v7.

Version 9 (``--v9``, themes version 15) draws 150 more the same way (seed 1609): none of
versions 5-8, ``adjacent`` next to a paragraph coded factional in any of the four; a fifth
blind test, of the codebook of version 14.

Version 10 (``--v10``, themes version 17) draws 150 more the same way (seed 1610): none of
versions 5-9, ``adjacent`` next to a paragraph coded factional in any of the five; a sixth
blind test, of the codebook of version 15 and the learned scorer of version 16.

Version 11 (``--v11``) draws 150 more the same way (seed 1611): none of versions 5-10,
``adjacent`` next to a paragraph coded factional in any of the six; a seventh blind test.

Version 12 (``--v12``) draws 150 more the same way (seed 1612): none of versions 5-11,
``adjacent`` next to a paragraph coded factional in any of the seven; an eighth blind test.

Version 13 (``--v13``) draws 150 more the same way (seed 1613): none of versions 5-12,
``adjacent`` next to a paragraph coded factional in any of the eight; a ninth blind test.

Version 14 (``--v14``) draws 150 more the same way (seed 1614): none of versions 5-13,
``adjacent`` next to a paragraph coded factional in any of the nine; a tenth blind test.

Version 15 (``--v15``) draws 150 more the same way (seed 1615): none of versions 5-14,
``adjacent`` next to a paragraph coded factional in any of the ten; an eleventh blind test
(of the learned scorer refitted on v5-v14).

Version 16 (``--v16``) draws 150 more the same way (seed 1616): none of versions 5-15,
``adjacent`` next to a paragraph coded factional in any of the eleven; a twelfth blind test.

Version 17 (``--v17``) draws 150 more the same way (seed 1617): none of versions 5-16,
``adjacent`` next to a paragraph coded factional in any of the twelve; a thirteenth blind test
(of the next learned-scorer round).

Version 18 (``--v18``) draws 150 more the same way (seed 1618): none of versions 5-17,
``adjacent`` next to a paragraph coded factional in any of the thirteen; a fourteenth blind test
(of the next learned-scorer round).

It writes ``source,start,end,text_sha1,sample`` (offsets into the article file, no text) to the
path given, or prints them. ``--show`` prints title and text to the terminal for coding, never to
a file in the repository.

Usage: ``python scripts/sample_real_news.py [--v6 vocab|adjacent [--coded FILE] | --v7 | --v8
| --v9 | --v10 | --v11 | --v12 | --v13 | --v14 | --v15 | --v16 | --v17 | --v18]
[--out FILE] [--show]``
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import pandas as pd

from helpers.core.corpus import load_corpus
from helpers.evaluate.gold import span_digest
from helpers.evaluate.shared_data import validation_dir

SEED = 16
N_PER_SAMPLE = 80
MIN_WORDS = 8
#: a paragraph "names a party" when one of these words occurs (case-sensitive names, any "party")
PARTY_WORDS = re.compile(
    r"\b(?:[Pp]art(?:y|ies)|Republicans?|Democrats?|Democratic|GOP|RNC|DNC|Labour|Tory|Tories|"
    r"Conservatives?|Liberal Democrats?)\b")

#: faction vocabulary for the version-6 ``vocab`` sample (any case)
FACTION_WORDS = re.compile(
    r"\b(?:faction(?:s|al)?|wings?|establishment|rebels?|rebellion|revolt|insurgen(?:t|ts|cy)|"
    r"caucus|split|divided|divisions?|unity|unite|infighting|nominee|convention|delegates?|"
    r"superdelegates?|leadership|endorse(?:d|ment|ments)?)\b", re.IGNORECASE)
SEED_V6 = 1606
N_V6 = 100
REAL_NEWS = Path(__file__).resolve().parents[1] / "data" / "annotations" / "real_news"
V5_CODING = REAL_NEWS / "themes_polnear_train.csv"
V6_CODING = REAL_NEWS / "themes_polnear_train_v6.csv"
V7_CODING = REAL_NEWS / "themes_polnear_train_v7.csv"
SEED_V7 = 1607
SEED_V8 = 1608
V8_CODING = REAL_NEWS / "themes_polnear_train_v8.csv"
SEED_V9 = 1609
V9_CODING = REAL_NEWS / "themes_polnear_train_v9.csv"
SEED_V10 = 1610
V10_CODING = REAL_NEWS / "themes_polnear_train_v10.csv"
SEED_V11 = 1611
V11_CODING = REAL_NEWS / "themes_polnear_train_v11.csv"
SEED_V12 = 1612
V12_CODING = REAL_NEWS / "themes_polnear_train_v12.csv"
SEED_V13 = 1613
V13_CODING = REAL_NEWS / "themes_polnear_train_v13.csv"
SEED_V14 = 1614
V14_CODING = REAL_NEWS / "themes_polnear_train_v14.csv"
SEED_V15 = 1615
V15_CODING = REAL_NEWS / "themes_polnear_train_v15.csv"
SEED_V16 = 1616
V16_CODING = REAL_NEWS / "themes_polnear_train_v16.csv"
SEED_V17 = 1617
V17_CODING = REAL_NEWS / "themes_polnear_train_v17.csv"
SEED_V18 = 1618
#: the size of each blind sample (versions 7-18)
N_BLIND = {"vocab": 100, "adjacent": 50}


def polnear_train_dir() -> Path:
    """The PolNeAR TRAIN text folder in the shared data (``FileNotFoundError`` if absent)."""
    folder = validation_dir("polnear") / "train" / "text"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not here (set NS_SHARED_DATA)")
    return folder


def body_paragraphs(folder: Path) -> pd.DataFrame:
    """Every body paragraph of 8+ words in ``folder`` (``source`` as file name), with
    ``position``: its index among the body paragraphs of its article (all lengths)."""
    files = sorted(folder.glob("*.txt"))
    blocks = load_corpus(files).blocks
    body = blocks[blocks["kind"] == "body"].copy()
    body["position"] = body.groupby("source").cumcount()
    body = body[body["text"].str.split().str.len() >= MIN_WORDS]
    body["source"] = body["source"].map(lambda s: Path(s).name)
    return body[["source", "start", "end", "text", "position"]].reset_index(drop=True)


def draw_samples(folder: Path) -> pd.DataFrame:
    """The two samples (``random`` then ``party``), rows in draw order, with the text."""
    body = body_paragraphs(folder)
    rows = list(body[["source", "start", "end", "text"]].itertuples(index=False, name=None))
    rng = random.Random(SEED)
    first = rng.sample(range(len(rows)), N_PER_SAMPLE)
    taken = set(first)
    party = [i for i, r in enumerate(rows) if i not in taken and PARTY_WORDS.search(r[3])]
    second = rng.sample(party, N_PER_SAMPLE)
    out = [(*rows[i], "random") for i in first] + [(*rows[i], "party") for i in second]
    return pd.DataFrame(out, columns=["source", "start", "end", "text", "sample"])


def _keys(table: pd.DataFrame) -> set[tuple[str, int]]:
    return set(zip(table["source"], table["start"].astype(int)))


def draw_v6(folder: Path, stage: str, coded: pd.DataFrame | None = None) -> pd.DataFrame:
    """A version-6 sample (``vocab`` or ``adjacent``, see the module docstring), with the text.

    ``coded`` is the version-6 coding so far (needed for ``adjacent``: its factional rows and
    version 5's are the anchors, and none of its rows is drawn again).
    """
    body = body_paragraphs(folder)
    v5 = pd.read_csv(V5_CODING)
    taken = _keys(v5) | (_keys(coded) if coded is not None else set())
    fresh = body[[k not in taken for k in zip(body["source"], body["start"])]]
    rng = random.Random(SEED_V6)
    if stage == "vocab":
        pool = _vocab_pool(fresh)
        picked = pool.iloc[sorted(rng.sample(range(len(pool)), N_V6))]
        return picked.assign(sample="vocab")[["source", "start", "end", "text", "sample"]]
    if coded is None:
        raise ValueError("the adjacent sample needs the coded vocab rows (--coded FILE)")
    anchors = pd.concat([t[t["party_factionalism"] == 1] for t in (v5, coded)])
    return _adjacent(body, fresh, anchors, N_V6, rng)


def _vocab_pool(fresh: pd.DataFrame) -> pd.DataFrame:
    """The paragraphs of ``fresh`` with party or faction vocabulary."""
    return fresh[fresh["text"].map(lambda t: bool(PARTY_WORDS.search(t)
                                                  or FACTION_WORDS.search(t)))]


def _adjacent(body: pd.DataFrame, fresh: pd.DataFrame, anchors: pd.DataFrame, n: int,
              rng: random.Random) -> pd.DataFrame:
    """``n`` paragraphs of ``fresh`` next to an anchor (distance 1, then 2), drawn by ``rng``."""
    where = body.set_index(["source", "start"])["position"]
    spots = {(s, where[(s, int(st))]) for s, st in zip(anchors["source"], anchors["start"])}
    chosen: list[int] = []
    for distance in (1, 2):
        ring = [i for i, (s, pos) in enumerate(zip(fresh["source"], fresh["position"]))
                if any((s, pos + d) in spots for d in (-distance, distance))
                and i not in chosen]
        need = n - len(chosen)
        chosen += ring if len(ring) <= need else rng.sample(ring, need)
    picked = fresh.iloc[sorted(chosen)]
    return picked.assign(sample="adjacent")[["source", "start", "end", "text", "sample"]]


def draw_v7(folder: Path) -> pd.DataFrame:
    """The version-7 sample (``vocab`` then ``adjacent``, see the module docstring), with the
    text: none of versions 5 and 6's paragraphs, drawn in one go before any is coded."""
    return draw_blind(folder, (V5_CODING, V6_CODING), SEED_V7)


def draw_v8(folder: Path) -> pd.DataFrame:
    """The version-8 sample (``vocab`` then ``adjacent``), drawn as version 7's: none of the
    v5, v6 or v7 paragraphs, anchors the factional paragraphs of all three, seed 1608."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING), SEED_V8)


def draw_v9(folder: Path) -> pd.DataFrame:
    """The version-9 sample (``vocab`` then ``adjacent``), drawn as versions 7 and 8: none of
    the v5-v8 paragraphs, anchors the factional paragraphs of all four, seed 1609."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING), SEED_V9)


def draw_v10(folder: Path) -> pd.DataFrame:
    """The version-10 sample (``vocab`` then ``adjacent``), drawn as versions 7-9: none of
    the v5-v9 paragraphs, anchors the factional paragraphs of all five, seed 1610."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING, V9_CODING),
                      SEED_V10)


def draw_v11(folder: Path) -> pd.DataFrame:
    """The version-11 sample (``vocab`` then ``adjacent``), drawn as versions 7-10: none of
    the v5-v10 paragraphs, anchors the factional paragraphs of all six, seed 1611."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING, V9_CODING,
                               V10_CODING), SEED_V11)


def draw_v12(folder: Path) -> pd.DataFrame:
    """The version-12 sample (``vocab`` then ``adjacent``), drawn as versions 7-11: none of
    the v5-v11 paragraphs, anchors the factional paragraphs of all seven, seed 1612."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING, V9_CODING,
                               V10_CODING, V11_CODING), SEED_V12)


def draw_v13(folder: Path) -> pd.DataFrame:
    """The version-13 sample (``vocab`` then ``adjacent``), drawn as versions 7-12: none of
    the v5-v12 paragraphs, anchors the factional paragraphs of all eight, seed 1613."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING, V9_CODING,
                               V10_CODING, V11_CODING, V12_CODING), SEED_V13)


def draw_v14(folder: Path) -> pd.DataFrame:
    """The version-14 sample (``vocab`` then ``adjacent``), drawn as versions 7-13: none of
    the v5-v13 paragraphs, anchors the factional paragraphs of all nine, seed 1614."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING, V9_CODING,
                               V10_CODING, V11_CODING, V12_CODING, V13_CODING), SEED_V14)


def draw_v15(folder: Path) -> pd.DataFrame:
    """The version-15 sample (``vocab`` then ``adjacent``), drawn as versions 7-14: none of
    the v5-v14 paragraphs, anchors the factional paragraphs of all ten, seed 1615."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING, V9_CODING,
                               V10_CODING, V11_CODING, V12_CODING, V13_CODING, V14_CODING),
                      SEED_V15)


def draw_v16(folder: Path) -> pd.DataFrame:
    """The version-16 sample (``vocab`` then ``adjacent``), drawn as versions 7-15: none of
    the v5-v15 paragraphs, anchors the factional paragraphs of all eleven, seed 1616."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING, V9_CODING,
                               V10_CODING, V11_CODING, V12_CODING, V13_CODING, V14_CODING,
                               V15_CODING), SEED_V16)


def draw_v17(folder: Path) -> pd.DataFrame:
    """The version-17 sample (``vocab`` then ``adjacent``), drawn as versions 7-16: none of
    the v5-v16 paragraphs, anchors the factional paragraphs of all twelve, seed 1617."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING, V9_CODING,
                               V10_CODING, V11_CODING, V12_CODING, V13_CODING, V14_CODING,
                               V15_CODING, V16_CODING), SEED_V17)


def draw_v18(folder: Path) -> pd.DataFrame:
    """The version-18 sample (``vocab`` then ``adjacent``), drawn as versions 7-17: none of
    the v5-v17 paragraphs, anchors the factional paragraphs of all thirteen, seed 1618."""
    return draw_blind(folder, (V5_CODING, V6_CODING, V7_CODING, V8_CODING, V9_CODING,
                               V10_CODING, V11_CODING, V12_CODING, V13_CODING, V14_CODING,
                               V15_CODING, V16_CODING, V17_CODING), SEED_V18)


def draw_blind(folder: Path, earlier: tuple[Path, ...], seed: int) -> pd.DataFrame:
    """A blind sample of ``N_BLIND`` new paragraphs in one draw (``vocab``: the party or
    faction vocabulary pool; ``adjacent``: next to a paragraph coded factional in ``earlier``),
    none of them in the ``earlier`` codings: the same enrichment for every blind coding, so
    that their first-contact figures measure the same kind of text."""
    body = body_paragraphs(folder)
    codings = [pd.read_csv(path) for path in earlier]
    taken = set().union(*(_keys(table) for table in codings))
    fresh = body[[k not in taken for k in zip(body["source"], body["start"])]]
    rng = random.Random(seed)
    pool = _vocab_pool(fresh)
    vocab = pool.iloc[sorted(rng.sample(range(len(pool)), N_BLIND["vocab"]))]
    rest = fresh[[k not in _keys(vocab) for k in zip(fresh["source"], fresh["start"])]]
    anchors = pd.concat([t[t["party_factionalism"] == 1] for t in codings])
    adjacent = _adjacent(body, rest, anchors, N_BLIND["adjacent"], rng)
    vocab = vocab.assign(sample="vocab")[["source", "start", "end", "text", "sample"]]
    return pd.concat([vocab, adjacent], ignore_index=True)


def main(argv: list[str] | None = None) -> None:
    """Write the sample file (offsets and digests) or show the paragraphs for coding."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="CSV to write (default: standard output)")
    parser.add_argument("--show", action="store_true", help="print the texts for the coder")
    parser.add_argument("--v6", choices=("vocab", "adjacent"), help="a version-6 sample")
    parser.add_argument("--coded", type=Path, help="the version-6 coding so far (adjacent)")
    parser.add_argument("--v7", action="store_true", help="the version-7 sample (150)")
    parser.add_argument("--v8", action="store_true", help="the version-8 sample (150)")
    parser.add_argument("--v9", action="store_true", help="the version-9 sample (150)")
    parser.add_argument("--v10", action="store_true", help="the version-10 sample (150)")
    parser.add_argument("--v11", action="store_true", help="the version-11 sample (150)")
    parser.add_argument("--v12", action="store_true", help="the version-12 sample (150)")
    parser.add_argument("--v13", action="store_true", help="the version-13 sample (150)")
    parser.add_argument("--v14", action="store_true", help="the version-14 sample (150)")
    parser.add_argument("--v15", action="store_true", help="the version-15 sample (150)")
    parser.add_argument("--v16", action="store_true", help="the version-16 sample (150)")
    parser.add_argument("--v17", action="store_true", help="the version-17 sample (150)")
    parser.add_argument("--v18", action="store_true", help="the version-18 sample (150)")
    args = parser.parse_args(argv)
    folder = polnear_train_dir()
    blind = {"v7": draw_v7, "v8": draw_v8, "v9": draw_v9, "v10": draw_v10, "v11": draw_v11,
             "v12": draw_v12, "v13": draw_v13, "v14": draw_v14,
             "v15": draw_v15, "v16": draw_v16, "v17": draw_v17,
             "v18": draw_v18}
    chosen = [draw for name, draw in blind.items() if getattr(args, name)]
    if chosen:
        sample = chosen[-1](folder).reset_index(drop=True)
    elif args.v6:
        coded = pd.read_csv(args.coded) if args.coded else None
        sample = draw_v6(folder, args.v6, coded).reset_index(drop=True)
    else:
        sample = draw_samples(folder)
    if args.show:
        for i, (src, text, kind) in enumerate(zip(sample["source"], sample["text"],
                                                  sample["sample"])):
            title = (folder / src).read_text(encoding="utf-8").split("\n", 1)[0]
            print(f"[{i}] ({kind}) {src}\n  TITLE: {title}\n  {text}\n")
        return
    sample.insert(3, "text_sha1", sample["text"].map(span_digest))
    table = sample.drop(columns="text")
    if args.out:
        table.to_csv(args.out, index=False)
    else:
        table.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
