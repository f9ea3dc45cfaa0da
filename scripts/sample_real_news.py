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

Versions 7 to 18 are blind draws, each by one procedure (:func:`draw_version`, ``--version N``
or its alias ``--vN``), in one draw before any coding: 150 *new* paragraphs, none of versions 5
to N-1's, a test of the rules written against those codings:

- ``vocab``: 100 paragraphs drawn at random (seed ``1600 + N``) from those with party or
  faction vocabulary (the version-6 ``vocab`` pool, so the same enrichment for party conflict);
- ``adjacent``: 50 paragraphs next to one coded factional in any of versions 5 to N-1
  (distance 1, then distance 2 if the ring is short), drawn at random (the same seed).

One line per version (seed, and what it first tested):

- v7 (``--v7``, seed 1607): none of v5-v6; a blind test of the rules versions 5-9 wrote
  against those two codings.
- v8 (``--v8``, seed 1608, themes version 13): none of v5-v7; a fourth blind test, of the
  rules versions 10-12 wrote against v5 + v6 + v7.
- v9 (``--v9``, seed 1609, themes version 15): none of v5-v8; a fifth blind test, of the
  codebook of version 14.
- v10 (``--v10``, seed 1610, themes version 17): none of v5-v9; a sixth blind test, of the
  codebook of version 15 and the learned scorer of version 16.
- v11 (``--v11``, seed 1611): none of v5-v10; a seventh blind test.
- v12 (``--v12``, seed 1612): none of v5-v11; an eighth blind test.
- v13 (``--v13``, seed 1613): none of v5-v12; a ninth blind test.
- v14 (``--v14``, seed 1614): none of v5-v13; a tenth blind test.
- v15 (``--v15``, seed 1615): none of v5-v14; an eleventh blind test (of the learned scorer
  refitted on v5-v14).
- v16 (``--v16``, seed 1616): none of v5-v15; a twelfth blind test.
- v17 (``--v17``, seed 1617): none of v5-v16; a thirteenth blind test (of the next
  learned-scorer round).
- v18 (``--v18``, seed 1618): none of v5-v17; a fourteenth blind test (of the next
  learned-scorer round).
- v19 (``--version 19``, seed 1619): none of v5-v18; a fifteenth blind test (of the next
  themes round).

A new blind draw is one more entry in :data:`BLIND_SEEDS` (and a line here), after the coding
before it is committed.

It writes ``source,start,end,text_sha1,sample`` (offsets into the article file, no text) to the
path given, or prints them. ``--show`` prints title and text to the terminal for coding, never to
a file in the repository.

Usage: ``python scripts/sample_real_news.py [--v6 vocab|adjacent [--coded FILE] | --version N
| --v7 ... --v19] [--out FILE] [--show]``
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
#: the blind draws, by version: each one's seed. Every committed blind draw (v7-v19) used
#: ``1600 + n``; a draw that breaks the rule must be written here with its own seed.
BLIND_SEEDS: dict[int, int] = {n: 1600 + n for n in range(7, 20)}
#: the first coding every blind draw avoids and anchors on (version 5, ``V5_CODING``)
FIRST_CODING = 5
#: the size of each blind sample (versions 7-19)
N_BLIND = {"vocab": 100, "adjacent": 50}


def coding_path(version: int) -> Path:
    """The committed coding (or, for the newest version, the uncoded draw) of ``version``:
    ``themes_polnear_train.csv`` for version 5, ``themes_polnear_train_vN.csv`` after it."""
    if version == FIRST_CODING:
        return V5_CODING
    if version < FIRST_CODING:
        raise ValueError(f"no real-news coding before version {FIRST_CODING}: {version}")
    return REAL_NEWS / f"themes_polnear_train_v{version}.csv"


def earlier_codings(version: int) -> tuple[Path, ...]:
    """The codings a blind draw of ``version`` avoids and anchors ``adjacent`` on: every one
    from version 5 to the version before it (v5 to v(n-1))."""
    return tuple(coding_path(v) for v in range(FIRST_CODING, version))


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


def draw_version(folder: Path, version: int) -> pd.DataFrame:
    """The blind sample of ``version`` (7 on; ``vocab`` then ``adjacent``, see the module
    docstring), with the text: none of the v5 to v(n-1) paragraphs, ``adjacent`` anchored on
    the factional paragraphs of all of them, seed :data:`BLIND_SEEDS` (``1600 + n``). One
    procedure for every blind draw, so that adding a version cannot change an earlier one."""
    if version not in BLIND_SEEDS:
        raise ValueError(f"no blind draw for version {version}: the table has "
                         f"{min(BLIND_SEEDS)}-{max(BLIND_SEEDS)} (BLIND_SEEDS)")
    return draw_blind(folder, earlier_codings(version), BLIND_SEEDS[version])


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
    drawn = _keys(vocab)  # once, not once per row of fresh (68,000 rows: 9 of a draw's 10 s)
    rest = fresh[[k not in drawn for k in zip(fresh["source"], fresh["start"])]]
    anchors = pd.concat([t[t["party_factionalism"] == 1] for t in codings])
    adjacent = _adjacent(body, rest, anchors, N_BLIND["adjacent"], rng)
    vocab = vocab.assign(sample="vocab")[["source", "start", "end", "text", "sample"]]
    return pd.concat([vocab, adjacent], ignore_index=True)


def main(argv: list[str] | None = None) -> None:
    """Write the sample file (offsets and digests) or show the paragraphs for coding."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="CSV to write (default: standard output)")
    parser.add_argument("--show", action="store_true", help="print the texts for the coder")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--v6", choices=("vocab", "adjacent"), help="a version-6 sample")
    which.add_argument("--version", type=int, choices=sorted(BLIND_SEEDS), metavar="N",
                       help=f"the blind sample of version N (150; {min(BLIND_SEEDS)}-"
                            f"{max(BLIND_SEEDS)}; --vN is the same)")
    for version in sorted(BLIND_SEEDS):
        # the flags the README, the notes and the coding guideline cite (``--v12``)
        which.add_argument(f"--v{version}", dest="version", action="store_const",
                           const=version, help=argparse.SUPPRESS)
    parser.add_argument("--coded", type=Path, help="the version-6 coding so far (adjacent)")
    args = parser.parse_args(argv)
    folder = polnear_train_dir()
    if args.version is not None:
        sample = draw_version(folder, args.version).reset_index(drop=True)
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
