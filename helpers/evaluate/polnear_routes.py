"""Speaker accuracy by route: which of the quote instrument's rules gave the wrong speakers.

Every speech row of the quote instrument records in ``attribution`` the route that gave its
speaker: ``post-cue`` (``"…," she said``), ``pre-cue`` (``She said: "…"``), ``sentence-cue``
(a verb of saying elsewhere in the quotation's sentence), ``continuation`` (a later piece of
the same speaker's words), ``context`` (no cue of its own: the speaker read from the sentence
or the paragraph around it) or ``ranked`` (the learned chooser replaced the rules' speaker).
:func:`by_route` counts the scored pairs (matched gold pieces with a Source, the pairs of
``speaker_accuracy``) and the wrong ones per route and per kind of gold Source (a pronoun or
not), so a developer can compare where a read development sample and an unread one differ
without printing any row of the unread one (issue 13, session 26).
"""

from __future__ import annotations

import pandas as pd

from helpers.evaluate.polnear import speaker_pairs

#: columns of :func:`by_route`'s table
ROUTE_COLUMNS = ["route", "source_kind", "pairs", "wrong", "accuracy", "share_of_wrong"]


def by_route(gold: pd.DataFrame, pred: pd.DataFrame, texts: dict[str, str] | None = None,
             people: str | None = None) -> pd.DataFrame:
    """Pairs, wrong speakers and accuracy per (route, Source kind), most wrong first, with an
    ``all`` row last. ``source_kind`` is ``pronoun`` or ``other``; ``share_of_wrong`` is the
    row's part of all wrong speakers (0 when none is wrong). Same verdicts as
    :func:`helpers.evaluate.polnear.score_polnear` with the same ``texts`` and ``people``."""
    pairs = speaker_pairs(gold, pred, people=people, texts=texts)
    if pairs.empty:
        return pd.DataFrame(columns=ROUTE_COLUMNS)
    pairs = pairs.assign(source_kind=pairs["source_is_pronoun"].map(
        {True: "pronoun", False: "other"}), wrong=~pairs["correct"])
    t = pairs.groupby(["route", "source_kind"], as_index=False).agg(
        pairs=("correct", "size"), wrong=("wrong", "sum"))
    total = pd.DataFrame([{"route": "all", "source_kind": "all", "pairs": len(pairs),
                           "wrong": int(pairs["wrong"].sum())}])
    t = t.sort_values(["wrong", "pairs"], ascending=False, kind="stable")
    t = pd.concat([t, total], ignore_index=True)
    t["wrong"] = t["wrong"].astype(int)
    t["accuracy"] = 1 - t["wrong"] / t["pairs"]
    n_wrong = int(total.at[0, "wrong"])
    t["share_of_wrong"] = t["wrong"] / n_wrong if n_wrong else 0.0
    return t[ROUTE_COLUMNS]
