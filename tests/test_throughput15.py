"""Throughput round 15 (issue 13): the chooser's shortcuts give what the code before them gave.

Invented histories only (no text of any annotated set or of PolNeAR); each reference is the
plain expression the shortcut replaces, written out here, not taken from the code under test.
"""

from __future__ import annotations

import random

from helpers.instruments.quotes.ranker_candidates import history_paragraphs, history_upto

_NAMES = ("Mara Quill", "Owen Fitch", "the trust", "Dana Voss", "the council", "Ivo Brand")


def _history(rng: random.Random, n: int, ordered: bool) -> list[tuple[int, str, str]]:
    """``n`` invented speech-history entries (paragraph, speaker, type); paragraphs in text
    order (never decreasing, repeats allowed) when ``ordered``, else shuffled."""
    paras = sorted(rng.randrange(0, 12) for _ in range(n))
    if not ordered:
        rng.shuffle(paras)
    return [(p, rng.choice(_NAMES), rng.choice(("named", "group", "description")))
            for p in paras]


def test_history_upto_equals_the_filtered_history_in_order_and_out_of_order():
    rng = random.Random(15)
    for trial in range(400):
        history = _history(rng, rng.randrange(0, 14), ordered=trial % 3 != 0)
        cache: dict = {}
        for para in (-1, *range(0, 13), 40):
            want = [h for h in history if h[0] <= para]
            assert history_upto(history, para, cache) == want, (history, para)


def test_history_paragraphs_only_for_a_history_in_text_order():
    ordered = [(0, "Mara Quill", "named"), (0, "the trust", "group"), (3, "Owen Fitch", "named")]
    shuffled = [(2, "Mara Quill", "named"), (1, "the trust", "group")]
    cache: dict = {}
    assert history_paragraphs(ordered, cache) == [0, 0, 3]
    assert history_paragraphs(shuffled, cache) is None
    assert history_paragraphs([], cache) == []


def test_history_paragraphs_follow_a_grown_history_and_no_other_list():
    cache: dict = {}
    history = [(1, "Mara Quill", "named")]
    assert history_paragraphs(history, cache) == [1]
    history.append((0, "Owen Fitch", "named"))  # grown out of order: no prefix any more
    assert history_paragraphs(history, cache) is None
    assert history_upto(history, 0, cache) == [(0, "Owen Fitch", "named")]
    other = [(4, "Dana Voss", "named")]
    assert history_paragraphs(other, cache) == [4]
    assert history_upto(other, 3, cache) == []


#: an invented article: people named, described and referred to over six paragraphs
_ARTICLE = (
    "Mara Quill, who chairs the Tolland Harbour Trust, met Owen Fitch on Monday.\n\n"
    "The harbour master said the pier would close. She said the report was clear.\n\n"
    "Quill said she was worried. \"We acted too late,\" she said.\n\n"
    "Fitch disagreed. \"Nothing was late,\" he said. A local fisherman said he agreed.\n\n"
    "Then Ada Brell, a council engineer, spoke. \"The piles are sound,\" she said.\n\n"
    "The trust said it would reply. \"We will meet again,\" Fitch said.\n"
)


def _plain_chain(ms: list) -> tuple[str, int]:
    """The chain's best kind and count as ``_chain`` read them before round 15: the first of
    named, description, group among the kinds of the mentions, else ``none``."""
    kinds = {m.kind for m in ms}
    return next((k for k in ("named", "description", "group") if k in kinds), "none"), len(ms)


def test_index_chain_is_the_best_kind_of_the_mentions_indexed_so_far():
    from article_state import article_state

    from helpers.instruments.quotes.ranker_candidates import ArticleIndex

    art = article_state(_ARTICLE)
    index = ArticleIndex(art, {}, False)
    assert index.chain("nobody") == ("none", 0)
    seen_kinds: set[str] = set()
    for last in range(len(art.paragraph_mentions)):
        index.upto(last)  # the lists grow paragraph by paragraph, the memo with them
        for key, ms in index.by_key.items():
            seen_kinds |= {m.kind for m in ms}
            assert index.chain(key) == _plain_chain(ms), (last, key)
    assert "named" in seen_kinds and len(seen_kinds) >= 2  # a chain of more than one kind


def test_index_chain_follows_lists_that_grow_in_any_order_of_kinds():
    from helpers.instruments.quotes.mention_type import Mention
    from helpers.instruments.quotes.ranker_candidates import ArticleIndex
    from helpers.instruments.quotes.state import ArticleState

    rng = random.Random(7)
    kinds = ("group", "description", "named", "organisation", "document")
    for _trial in range(200):
        index = ArticleIndex(ArticleState("", {}), {}, False)
        for _step in range(rng.randrange(1, 12)):
            key = rng.choice(("mara quill", "the trust", "owen fitch"))
            kind = rng.choice(kinds)
            index.by_key.setdefault(key, []).append(Mention(0, 4, "Mara", kind, True))
            for k, ms in index.by_key.items():
                assert index.chain(k) == _plain_chain(ms)
