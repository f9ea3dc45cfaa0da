"""The quotes throughput round 2 of 2026-12-05 (issue 13): each faster path gives what the
plain code gave, and no per-article or per-call memo reaches another article or call.
Invented sentences and names only."""

from __future__ import annotations

from operator import itemgetter

import pandas as pd
import pandas._testing as tm

from helpers.core.corpus import READ_KINDS, concat_corpora, segment_text
from helpers.core.quotation_marks import typewriter_to_double
from helpers.instruments.quotes import extract_quotes
from helpers.instruments.quotes.article import _article_rows
from helpers.instruments.quotes.extract import _read_blocks
from helpers.instruments.quotes.mentions import _NAME_RUN_RE
from helpers.instruments.quotes.pronouns import _resolve_pronoun, _usable
from helpers.instruments.quotes.ranker_candidates import history_upto
from helpers.instruments.quotes.source_mentions import _names, source_mentions
from helpers.instruments.quotes.state import ArticleState

_NAMES = ("source", "article_id", "block_id", "start", "end", "paragraph_index", "kind", "text")

#: two people of each gender, an organisation and a document, a pronoun of each gender
_TEXT = (
    "Mara Quill, who chairs the Tolland Harbour Trust, met Owen Fitch on Monday.\n\n"
    "The Tolland Harbour Trust said the pier would close. The annual report found damage.\n\n"
    "Quill said she was worried. \"We acted too late,\" she said.\n\n"
    "Fitch disagreed. \"Nothing was late,\" he said. Critics say the pier is safe.\n"
)


def _article(text: str) -> tuple[ArticleState, list]:
    """The article state after the paragraph pass (as :func:`extract_quotes` builds it)."""
    corpus = segment_text(text, source="invented.txt")
    cols = _read_blocks(corpus.blocks, _NAMES)
    work = typewriter_to_double(text)
    art = ArticleState(work, {})
    art.block_starts = [int(s) for s in cols["start"]]
    _rows, _spans, paragraphs = _article_rows(work, cols, art)
    return art, paragraphs


def test_names_given_the_runs_finds_what_its_own_scan_finds():
    for narr in (_TEXT, "The Hale Institute of Policy said on Friday. Ben Ross wrote.",
                 "According to the Verdon Group the plan failed.", ""):
        runs = list(_NAME_RUN_RE.finditer(narr))
        assert _names(narr, [], runs) == _names(narr, [])
        assert _names(narr, [(0, 3)], runs) == _names(narr, [(0, 3)])


def test_source_mentions_with_the_paragraph_runs_are_the_same():
    art, paragraphs = _article(_TEXT)
    found = 0
    for k, p in enumerate(paragraphs):
        assert art.paragraph_mentions.runs(k) is p.runs
        people = art.paragraph_mentions[k]
        with_runs = source_mentions(p.lo, p.narr, k, people, art.paragraph_mentions.runs(k))
        assert with_runs == source_mentions(p.lo, p.narr, k, people)
        found += len(with_runs)
    assert found >= 2  # the trust, the report, the critics: the test looks at real finds


def test_usable_is_the_antecedent_test():
    art, paragraphs = _article(_TEXT)
    ms = [m for k in range(len(paragraphs)) for m in art.paragraph_mentions[k]
          if m.kind == "named"]
    quill = next(m for m in ms if m.surface == "Mara Quill")
    fitch = next(m for m in ms if m.surface == "Owen Fitch")
    assert _usable("she", quill, art, "") and not _usable("he", quill, art, "")
    assert _usable("he", fitch, art, "") and not _usable("she", fitch, art, "")
    assert not _usable("she", quill, art, "Mara Quill")  # the excluded person


def test_the_per_call_memo_does_not_reach_the_next_call():
    """``he`` then ``she`` at the same place of one article: each call tests the mentions
    afresh (a memo shared between calls would give ``she`` the answers for ``he``)."""
    art, paragraphs = _article(_TEXT)
    pos = paragraphs[3].lo + paragraphs[3].narr.index("disagreed")
    he = _resolve_pronoun("he", pos, art, 3, interview=False)
    she = _resolve_pronoun("she", pos, art, 3, interview=False)
    assert he[0] == "Owen Fitch"
    assert she[0] == "Mara Quill"
    assert _resolve_pronoun("he", pos, art, 3, interview=False) == he


_FIRST = ("Dana Voss, a harbour pilot, spoke on Monday.\n\n"
          "\"The tide is wrong,\" she said. The Tolland Harbour Trust said it disagreed.\n")
_SECOND = ("Residents met at the hall.\n\n"
           "\"We want answers,\" she said. The committee said it would reply.\n")


def _speakers(df: pd.DataFrame) -> list[tuple]:
    return list(zip(df["start"], df["speaker"], df["speaker_canonical"], df["attribution"]))


def test_no_memo_leaks_between_two_articles_with_different_names():
    """The second article's ``she`` has no antecedent of its own: alone, after the first
    article, and beside it in one corpus it gets the same rows, never the first's names."""
    alone = extract_quotes(segment_text(_SECOND, source="second.txt"))
    first = extract_quotes(segment_text(_FIRST, source="first.txt"))
    assert "Dana Voss" in set(first["speaker_canonical"])
    after = extract_quotes(segment_text(_SECOND, source="second.txt"))
    tm.assert_frame_equal(after, alone, check_exact=True)
    both = segment_text(_FIRST, source="first.txt")
    other = segment_text(_SECOND, source="second.txt")
    joint = extract_quotes(concat_corpora([both, other]))
    second = joint[joint["source"] == "second.txt"]
    assert _speakers(second) == _speakers(alone)
    assert _speakers(joint[joint["source"] == "first.txt"]) == _speakers(first)
    assert not any("Voss" in str(v) or "Trust" in str(v)
                   for c in ("speaker", "speaker_canonical") for v in second[c])


def test_history_upto_is_the_filtered_history_and_memoised_per_history():
    history = [(0, "Mara Quill", "named"), (2, "Owen Fitch", "named"), (1, "the trust", "group")]
    cache: dict = {}
    for para in (-1, 0, 1, 2, 5):
        assert history_upto(history, para, cache) == [h for h in history if h[0] <= para]
    assert history_upto(history, 1, cache) is history_upto(history, 1, cache)
    other = [(0, "Dana Voss", "named")]  # another article's history: its own lists
    assert history_upto(other, 1, cache) == other
    assert history_upto(history, 1, cache) == [history[0], history[2]]


def _read_blocks_reference(blocks: pd.DataFrame, names: tuple[str, ...]) -> dict[str, list]:
    """``_read_blocks`` as written before round 2 (each column read where used)."""
    keep = [k in READ_KINDS and a != "" for k, a in zip(blocks["kind"].tolist(),
                                                         blocks["article_id"].tolist())]
    rows = [r for r, k in zip(zip(*(blocks[c].tolist() for c in names)), keep) if k]
    src, start = names.index("source"), names.index("start")
    rows.sort(key=itemgetter(src, start))
    return {c: [r[i] for r in rows] for i, c in enumerate(names)}


def test_read_blocks_reads_what_it_read_before():
    both = segment_text(_FIRST, source="b.txt")
    other = segment_text(_TEXT, source="a.txt")
    blocks = pd.concat([both.blocks, other.blocks], ignore_index=True)
    for names in (_NAMES, ("start", "source", "text"), ("source", "start", "kind")):
        got = _read_blocks(blocks, names)
        assert got == _read_blocks_reference(blocks, names)
        assert list(got) == list(names)
    assert len(_read_blocks(blocks, _NAMES)["start"]) >= 6


def test_the_ranker_scores_with_its_weights_built_once():
    import numpy as np

    from helpers.instruments.quotes.ranker import SpeakerRanker
    from helpers.instruments.quotes.ranker_features import FEATURES, Candidate

    rng = np.random.default_rng(7)
    ranker = SpeakerRanker(tuple(rng.normal(size=len(FEATURES))), margin=0.25)
    assert ranker._weights is ranker._weights  # built once
    assert ranker._weights.tolist() == list(ranker.weights)
    for _ in range(50):
        cands = [Candidate("Mara Quill", "named", 0, 10, "Mara Quill",
                           features=rng.integers(0, 2, len(FEATURES)).astype(float).tolist())
                 for _ in range(int(rng.integers(1, 6)))]
        s = np.asarray([c.features for c in cands]) @ np.asarray(ranker.weights)
        best = int(np.argmax(s))
        want = best if best != 0 and s[best] - s[0] > ranker.margin else 0
        assert ranker.choose(cands) == want


def _candidates_by_source(corpus) -> dict[str, list[list[str]]]:
    """The chooser's candidate speakers of every row, per source (a pass that only looks)."""
    from helpers.instruments.quotes.ranker_candidates import article_candidates

    seen: dict[str, list[list[str]]] = {}

    def collect(rows, para_spans, art):
        got = [[c.speaker for c in cands] for _r, cands in
               article_candidates(rows, para_spans, art)]
        source = next(s for s, t in corpus.texts.items() if t == art.text)
        seen.setdefault(source, []).extend(got)

    extract_quotes(corpus, ranker=collect)
    return seen


#: a quotation without a cue between two paragraphs naming possible speakers (the chooser is
#: offered the Sources of the paragraphs around it)
_FIRST_UNCUED = ("The Tolland Harbour Trust said on Monday that the pier was unsafe.\n\n"
                 "\"The tide is wrong and the piles are rotten.\"\n\n"
                 "Dana Voss, a harbour pilot, agreed with the trust.\n")
_SECOND_UNCUED = ("Residents met at the hall on Tuesday evening.\n\n"
                  "\"We want answers before the winter.\"\n\n"
                  "The parish committee said it would reply.\n")


def test_the_chooser_memo_is_per_article():
    """The chooser's per-article memo (mention resolutions, Sources of a paragraph, speech
    history) never offers one article's people to another: the second article's candidates
    are the same alone and after the first in one corpus."""
    both = segment_text(_FIRST_UNCUED, source="first.txt")
    other = segment_text(_SECOND_UNCUED, source="second.txt")
    alone = _candidates_by_source(other)["second.txt"]
    joint = _candidates_by_source(type(both)(
        texts={**both.texts, **other.texts},
        articles=pd.concat([both.articles, other.articles], ignore_index=True),
        blocks=pd.concat([both.blocks, other.blocks], ignore_index=True),
        sentences=pd.concat([both.sentences, other.sentences], ignore_index=True)))
    assert any("Tolland" in s for row in joint["first.txt"] for s in row)
    assert joint["second.txt"] == alone
    assert not any("Tolland" in s or "Voss" in s for row in alone for s in row)
