"""Candidate speakers of a quotation, for the learned speaker chooser (:mod:`.ranker`; issue
13): which rows are offered rivals, and which speakers each row is offered; their features are
described by :mod:`.ranker_features`.

Candidates of a speech row (top level only): the rules' own choice (or an empty one when the
rules gave none), every person mention (:mod:`.mentions`) of the quotation's paragraph and the
paragraphs before and after it, each resolved to a speaker the way the rules resolve a speaker
phrase (:func:`~.attribution._attribute_np`: a pronoun to its antecedent, a description to the
person the article joins it to, a surname to the full name), the speakers of the two previous
speech rows, for a pronoun cue the person last named before the window
(:data:`FAR_LIMIT`), and (round 8, :data:`NON_PERSON`) the organisations, documents and
groups of the window that are Sources (:mod:`.source_mentions`: ``the report found``,
``Critics say``), with their kind as features. Candidates with the same canonical key are
merged (the nearest mention describes them). A candidate that names no speaker
(:func:`.speakers.not_a_speaker`) is dropped. A row whose own cue settles its speaker
(:func:`settled_by_cue`) is offered the rules' choice alone.

Why apart from the features: generation (what may be chosen) and description (how each choice
looks) change for different reasons, and one file for both grew past the project's size limit.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Final

from helpers.core.quotation_marks import QuoteSpan
from helpers.instruments.quotes.attribution import ArticleState, _attribute_np
from helpers.instruments.quotes.finish import _REPLY_LEMMAS
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.ranker_features import (
    _BEST_KINDS,
    _CUED,
    _INDEX,
    _PRONOUN_AGREES,
    _PRONOUN_GENDER,
    _WEAK,
    ATTRIBUTIONS,
    Candidate,
    _agreement_features,
    _anaphora,
    _chain,
    _describe,
    _far_interactions,
    _previous_speakers,
    _pronoun_features,
    _sentence_gap,
    speaker_key,
)
from helpers.instruments.quotes.ranker_namesakes import namesakes
from helpers.instruments.quotes.singular_they import conjunct_of_they
from helpers.instruments.quotes.source_mentions import source_mentions
from helpers.instruments.quotes.speakers import NAMED_TYPES, not_a_speaker


def _resolve(m: Mention, art: ArticleState, para: int, interview: bool,
             cache: dict) -> tuple[str, str, int | None, int | None]:
    """(speaker, type, start, end) of mention ``m`` resolved as the rules resolve a speaker
    phrase (memoised per mention in the article's ``cache``)."""
    key = ("res", id(m))
    if key not in cache:
        row = QuoteRow(QuoteSpan(m.start, m.end, m.start, m.end, "double"), -1, para)
        row.np, row.np_start, row.np_end = m.surface, m.start, m.end
        _attribute_np(row, art, para, interview)
        cache[key] = (row.speaker, row.speaker_type, row.speaker_start, row.speaker_end)
    return cache[key]


def _speaker_key(m: Mention, res: tuple, cache: dict, art: ArticleState) -> tuple[str, bool]:
    """(:func:`.ranker_features.speaker_key` of the resolved speaker ``res[0]``, one per
    person, whether it names a speaker at all, :func:`.speakers.not_a_speaker`), memoised per
    mention in the article's ``cache``."""
    key = ("key", id(m))
    if key not in cache:
        speaker, typ = res[0], res[1]
        cache[key] = (speaker_key(art, speaker, typ),
                      bool(speaker) and not not_a_speaker(speaker, typ, m.surface))
    return cache[key]


def history_upto(history: list[tuple[int, str, str]], para: int, cache: dict
                 ) -> list[tuple[int, str, str]]:
    """The entries of the article's speech ``history`` (paragraph, speaker, type) of the
    paragraphs up to ``para``, in order: what a resolution for paragraph ``para`` may see.
    Memoised in the article's ``cache`` (speed, issue 13: the index and every row asked for the
    same lists, each built anew over the whole history); keyed on the history list itself and
    its length, which the chooser's pass does not change. The list is shared: read only."""
    key = ("history", id(history), len(history), para)
    got = cache.get(key)
    if got is None:
        paras = history_paragraphs(history, cache)
        got = cache[key] = [h for h in history if h[0] <= para] if paras is None else \
            history[:bisect_right(paras, para)]
    return got


def history_paragraphs(history: list[tuple[int, str, str]], cache: dict) -> list[int] | None:
    """The paragraphs of the speech ``history``'s entries, in order, when they never decrease
    (the rules append the speech rows in text order), else None; memoised per history list and
    length in the article's ``cache``.

    Speed (issue 13, throughput round 15): :func:`history_upto` filtered the whole history for
    every paragraph the chooser resolved (the index and each row's window: 3,835 lists a
    benchmark quarter). Exact: when the paragraphs never decrease, the entries of the
    paragraphs up to ``para`` are a prefix of the history, the first ``bisect_right(paras,
    para)``, in the same order; otherwise :func:`history_upto` filters as before."""
    key = ("history_paragraphs", id(history), len(history))
    got = cache.get(key)
    if got is None or got[0] is not history:
        paras = [h[0] for h in history]
        got = cache[key] = (history, paras if all(
            a <= b for a, b in zip(paras, paras[1:])) else None)
    return got[1]


def window_keyed(art: ArticleState, para: int, interview: bool, cache: dict
                 ) -> list[tuple[Mention, tuple, str, bool]]:
    """(mention, :func:`_resolve` resolution, :func:`_speaker_key` key, names a speaker) of
    every mention of paragraphs ``para - 1`` to ``para + 1``, in text order: the window of a
    row of paragraph ``para``.

    Speed (issue 13, round 4): each paragraph's list is built once per article and kept in
    the article's ``cache`` (the rows of one paragraph and of the paragraphs beside it asked
    for the same mentions again, each a memo hit). Exact: a mention's resolution and key are
    memoised per article on first use and never changed, so a paragraph's list is fixed once
    built; a window with a new paragraph makes the same calls in the same order as before
    (every mention of the window resolved, with the speech up to ``para``, then keyed), so
    what they leave in the article state is unchanged; only memo hits are skipped."""
    paras = [k for k in (para - 1, para, para + 1) if 0 <= k < len(art.paragraph_mentions)]
    if any(("keyed", k) not in cache for k in paras):
        saved = art.speech_history
        # a pronoun resolved for a candidate sees only the speech of the paragraphs up to here
        art.speech_history = history_upto(saved, para, cache)
        try:
            for k in paras:
                for m in art.paragraph_mentions[k]:
                    _resolve(m, art, k, interview, cache)
        finally:
            art.speech_history = saved
    out: list[tuple[Mention, tuple, str, bool]] = []
    for k in paras:
        got = cache.get(("keyed", k))
        if got is None:
            got = cache[("keyed", k)] = [
                (m, res, *_speaker_key(m, res, cache, art))
                for m in art.paragraph_mentions[k]
                for res in (cache[("res", id(m))],)]
        out.extend(got)
    return out


def history_keys(history: list[tuple[str, str, int, bool]], art: ArticleState, cache: dict
                 ) -> list[tuple[str, bool]]:
    """(:func:`.ranker_features.speaker_key`, cued) of every entry of the chooser's speech
    ``history`` (speaker, type, paragraph, cued), in order.

    Speed (issue 13, round 4): the list of the article's earlier speech rows was rebuilt for
    every row (quadratic in the rows of an article); the history only grows at its end, so
    one list per history list, kept in the article's ``cache``, is extended by the new
    entries (the keys asked in the same order as before; the earlier ones were memo hits).
    The list is shared: read only. (The memo holds the history list itself, so its ``id``
    names no other list while it is kept.)"""
    got = cache.get(("history_keys", id(history)))
    if got is None or got[0] is not history:
        got = cache[("history_keys", id(history))] = (history, [])
    keys: list[tuple[str, bool]] = got[1]
    for s, t, _p, cued in history[len(keys):]:
        keys.append((speaker_key(art, s, t), cued))
    return keys


def history_spoken(history: list[tuple[str, str, int, bool]], art: ArticleState, cache: dict
                   ) -> dict[str, bool]:
    """:func:`history_keys` of the chooser's speech ``history`` summed up per key: key ->
    whether any of its entries was cued (the chain features' ``spoke_before``/``cued_before``:
    :func:`.ranker_features._chain`).

    Speed (issue 13, throughput round 5): every candidate of every row scanned the whole
    history for its key (rows x candidates x history); the history only grows at its end, so
    one dict per history list, kept in the article's ``cache``, takes in the new entries.
    Exact: a key is in the dict iff some entry has it, its value is the ``any`` of their cued
    flags. The dict is shared: read only."""
    keys = history_keys(history, art, cache)
    got = cache.get(("history_spoken", id(history)))
    if got is None or got[0] is not history:
        got = cache[("history_spoken", id(history))] = (history, {}, [0])
    spoken: dict[str, bool] = got[1]
    done: list[int] = got[2]
    for k, cued in keys[done[0]:]:
        spoken[k] = spoken.get(k, False) or cued
    done[0] = len(keys)
    return spoken


class ArticleIndex:
    """The non-pronoun mentions of one article resolved to speakers, per speaker key in text
    order, filled paragraph by paragraph as the rows reach them (each paragraph is resolved
    once). It gives the far candidates (a person named before the quotation's window, whom a
    pronoun of the window may still refer to) and the best mention of each candidate in the
    article (its chain), which the nearest mention alone does not show."""

    def __init__(self, art: ArticleState, cache: dict, interview: bool):
        self.art, self.cache, self.interview = art, cache, interview
        self.done = 0
        self.by_key: dict[str, list[Mention]] = {}
        #: per key, its named mentions in ``by_key`` order and their paragraphs (for
        #: :meth:`far`)
        self._named: dict[str, tuple[list[Mention], list[int]]] = {}
        #: per key, (mentions of ``by_key`` read, rank in :data:`.ranker_features._BEST_KINDS`
        #: of the best kind among them) (for :meth:`chain`)
        self._chains: dict[str, tuple[int, int]] = {}

    def upto(self, last: int) -> None:
        """Index every paragraph up to ``last`` (inclusive)."""
        last = min(last, len(self.art.paragraph_mentions) - 1)
        saved = self.art.speech_history
        try:
            while self.done <= last:
                k = self.done
                # as in the window: a description resolved here sees the speech up to here
                self.art.speech_history = history_upto(saved, k, self.cache)
                for m in self.art.paragraph_mentions[k]:
                    if m.kind == "pronoun":
                        continue
                    res = _resolve(m, self.art, k, self.interview, self.cache)
                    key, ok = _speaker_key(m, res, self.cache, self.art)
                    if ok:
                        self.by_key.setdefault(key, []).append(m)
                        if m.kind == "named":
                            named = self._named.setdefault(key, ([], []))
                            named[0].append(m)
                            named[1].append(m.para)
                self.done += 1
        finally:
            self.art.speech_history = saved

    def chain(self, key: str) -> tuple[str, int]:
        """(best kind of :data:`.ranker_features._BEST_KINDS`, or ``none``; how many) of the
        mentions indexed under ``key`` so far: what :func:`.ranker_features._chain` reads.

        Speed (issue 13, throughput round 15): every candidate of every row took the set of
        kinds of all its key's mentions anew; a key's list only grows at its end (the index is
        filled paragraph by paragraph), so the best rank seen is kept per key and only the
        new mentions are read. Exact: the best kind of a list is the least rank of its kinds,
        and a mention's kind is fixed."""
        ms = self.by_key.get(key)
        if not ms:
            return "none", 0
        done, rank = self._chains.get(key, (0, len(_BEST_KINDS)))
        for m in ms[done:]:
            r = _BEST_RANK.get(m.kind)
            if r is not None and r < rank:
                rank = r
        self._chains[key] = (len(ms), rank)
        return (_BEST_KINDS[rank] if rank < len(_BEST_KINDS) else "none"), len(ms)

    def far(self, para: int, limit: int) -> list[tuple[str, Mention]]:
        """(key, latest named mention) of the ``limit`` people last named before paragraph
        ``para - 1``, latest first (callers skip the keys the window has)."""
        out = []
        for key in self.by_key:
            # the last such mention in list order (speed, issue 13: round 4 searched it from
            # the end, throughput round 5 bisects the paragraphs of the key's named mentions,
            # which never decrease along the list: the index is filled paragraph by paragraph)
            named = self._named.get(key)
            if named is not None:
                i = bisect_left(named[1], para - 1)
                if i:
                    out.append((key, named[0][i - 1]))
        out.sort(key=lambda x: -x[1].start)
        return out[:limit]


#: indices of the features :func:`row_candidates` writes itself (speed, throughput round 13:
#: by index, as :meth:`.ranker_features.Candidate.set` writes them), and the weak copies
#: (``weak_subject`` <- ``subject``, ...)
_I_LOG_MENTIONS_ARTICLE: Final = _INDEX["log_mentions_article"]
_I_WRITER: Final = _INDEX["writer"]
_I_CONTINUED_CUED_SPEAKER: Final = _INDEX["continued_cued_speaker"]
_I_FAR: Final = _INDEX["far"]
_I_FAR_PARAGRAPHS: Final = _INDEX["far_paragraphs"]
_I_NEXT_CUED_SPEAKER: Final = _INDEX["next_cued_speaker"]
_I_NON_PERSON: Final = _INDEX["non_person"]
_I_WEAK_VERB: Final = _INDEX["weak_verb"]
_I_VERB_AFTER: Final = _INDEX["verb_after"]
_I_VERB_BEFORE: Final = _INDEX["verb_before"]
_WEAK_COPIES: Final = tuple((_INDEX[f], _INDEX[f"weak_{f}"]) for f in (
    "subject", "same_sentence", "previous_speaker", "right_after", "same_paragraph"))

#: rank of each kind of :data:`.ranker_features._BEST_KINDS` (best first)
_BEST_RANK: Final = {k: i for i, k in enumerate(_BEST_KINDS)}

#: far candidates offered to a row: the person last named before its window (grouped CV on
#: train, round 4, final features: none 0.8952, one 0.8955, three 0.8950, six 0.8950; more
#: rivals add more wrong choices than right ones)
FAR_LIMIT = 1


def far_wanted(row: QuoteRow) -> bool:
    """Whether a row is offered far candidates: its speaker phrase is a pronoun, whose
    antecedent may lie before the window (most train Sources missing from the window
    candidates; offering them to every row lowered the cross-validated accuracy)."""
    return row.speaker_mention.strip().lower() in _PRONOUN_GENDER


def row_candidates(row: QuoteRow, para: int, art: ArticleState,
                   history: list[tuple[str, str, int, bool]], cache: dict,
                   nxt: tuple[str, int, bool, str] | None = None,
                   index: ArticleIndex | None = None) -> list[Candidate]:
    """The candidates of speech row ``row`` in article paragraph ``para``.

    ``history``: (speaker, type, paragraph, whether the rules took the speaker from a cue, of
    its own or through a chain of continuations) of the article's earlier speech rows with a
    speaker, latest last;
    ``nxt``: (speaker, paragraph, cued, speaker type) of the next speech row, if any (the
    rules give an open or same-sentence context piece the speaker of the next cued piece);
    ``cache``: per-article memo of mention resolutions (mentions per person in the article:
    :meth:`.state.ArticleState.mentions_of`, every spelling of one person counted as one).
    The first candidate is always the rules' choice (a ``null`` candidate when the rules gave
    no speaker)."""
    interview = bool(art.interviewee)
    sp = row.span

    def distance(m: Mention) -> int:
        return sp.open_pos - m.end if m.end <= sp.open_pos else max(0, m.start - sp.end)

    by_key: dict[str, tuple[Mention, tuple]] = {}
    all_of: dict[str, list[Mention]] = {}
    keyed = window_keyed(art, para, interview, cache)
    for m, res, key, ok in keyed:
        if not ok:
            continue
        all_of.setdefault(key, []).append(m)
        if key not in by_key or distance(m) < distance(by_key[key][0]):
            by_key[key] = (m, res)
    window_count: dict[str, int] = {}
    for _m, res, k, _ok in keyed:
        if res[0]:
            window_count[k] = window_count.get(k, 0) + 1
    rule_key = speaker_key(art, row.speaker, row.speaker_type)
    alt = _add_namesakes(by_key, all_of, keyed, rule_key, art, cache) if NAMESAKES else set()
    non_person = _add_sources(by_key, all_of, window_count, rule_key, para, art, interview,
                              cache, distance) if NON_PERSON else set()

    prev = [(s, t) for s, t, _, _ in history[-3:]][::-1]
    prev_keys = [speaker_key(art, s, t) for s, t in prev]
    prev_para = speaker_key(art, history[-1][0], history[-1][1]) \
        if history and history[-1][2] == para else ""
    spoken = history_spoken(history, art, cache)
    att = row.attribution if row.attribution in ATTRIBUTIONS else "other"
    # what the rules' chain rested on: the row continues a cued speaker, or a context piece
    # took the speaker of the next cued piece
    last = history[-1] if history else None
    cued_prev = speaker_key(art, last[0], last[1]) if last and last[3] and last[2] >= para - 1 \
        else ""
    cued_next = speaker_key(art, nxt[0], nxt[3]) if nxt and nxt[2] and nxt[0] and \
        nxt[1] <= para + 1 else ""
    out = [_rule_candidate(row, att, para, last, rule_key, cued_prev, cued_next)]
    keys = [rule_key] if rule_key else []
    for key, (m, res) in by_key.items():
        if key == rule_key or ((m.start, m.end) == (row.speaker_start, row.speaker_end) and
                               key not in alt):
            # the mention the rules took the speaker from (a pronoun's antecedent ``the
            # candidate``, which the rules joined to a name) is no rival of their choice
            continue
        keys.append(key)
        out.append(Candidate(res[0], "named" if res[1] == "pronoun-resolved" and
                             m.kind == "named" else res[1], m.start, m.end, m.surface))
    for (s, t), k in zip(prev[:2], prev_keys):
        if k and k not in keys:
            keys.append(k)
            out.append(Candidate(s, t, None, None, s))
    far: dict[str, Mention] = {}
    if index is not None:
        index.upto(para + 1)
        if far_wanted(row):
            far = _add_far(out, keys, all_of, index, para, cache)
    gaps: dict[int, int] = {}  # the row's sentence gaps per mention (throughput round 13)
    for c, key in zip(out, keys if rule_key else ["", *keys]):
        near: Mention | None = by_key[key][0] if key in by_key else far.get(key)
        if c.speaker:
            # a far candidate has no mention in the window (its one is for the pronoun features)
            _describe(c, near, row, para, art.text, window_count.get(key, 0),
                      [] if key in far else all_of.get(key, []), cache, gaps)
            # written by index (throughput round 13): what ``Candidate.set`` does
            f = c.features
            f[_I_LOG_MENTIONS_ARTICLE] = math.log1p(
                art.mentions_of(c.speaker, c.speaker_type in NAMED_TYPES))
            f[_I_WRITER] = float(c.speaker_type == "writer")
            _previous_speakers(c, key, prev_keys, prev_para, row)
            f[_I_CONTINUED_CUED_SPEAKER] = float(bool(cued_prev) and cued_prev == key)
            if key in far:
                f[_I_FAR] = 1.0
                f[_I_FAR_PARAGRAPHS] = math.log1p(para - far[key].para)
            _chain(c, key, index, spoken)
            f[_I_NEXT_CUED_SPEAKER] = float(bool(cued_next) and cued_next == key)
            f[_I_NON_PERSON] = float(key in non_person)
            if att in _WEAK:
                for src, dst in _WEAK_COPIES:
                    f[dst] = f[src]
                f[_I_WEAK_VERB] = max(f[_I_VERB_AFTER], f[_I_VERB_BEFORE])
    if index is not None and rule_key:
        _anaphora(out, keys, index)
    all_keys = keys if rule_key else ["", *keys]
    hard = _pronoun_features(out, all_keys, row, all_of, para)
    soft = _agreement_features(out, all_keys, row, all_of, art, para)
    _far_interactions(out, all_keys, far)
    # ``he`` is never a woman named, nor ``she`` a man: such a candidate is not offered; with
    # :data:`HARD_AGREEMENT`, nor one that clearly disagrees in person vs thing
    # nor, for ``they``, one of two coordinated descriptions (``A nurse and a porter``)
    return [c for c, h, a, k in zip(out, hard, soft, all_keys) if c.is_rule or not (
        h or a or conjunct_of_they(row.speaker_mention, by_key[k][0] if k in by_key else None,
                                   art.text))]


def _rule_candidate(row: QuoteRow, att: str, para: int,
                    last: tuple[str, str, int, bool] | None, rule_key: str, cued_prev: str,
                    cued_next: str) -> Candidate:
    """The rules' choice as a candidate: how the rules attributed the row (``att``), whether
    they gave no speaker, and what their chain rested on (the row continues the cued speaker
    ``cued_prev`` of ``last``, the latest earlier speech row, or a context piece took the
    speaker ``cued_next`` of the next cued piece); keys are :func:`speaker_key`."""
    rule = Candidate(row.speaker, row.speaker_type, row.speaker_start, row.speaker_end,
                     row.speaker_mention, is_rule=True)
    rule.set("rule")
    rule.set(f"rule_{att}")
    if not row.speaker:
        rule.set("null")
    if row.speaker and att == "continuation" and cued_prev == rule_key and last:
        rule.set("rule_continues_cued_same_paragraph", last[2] == para)
        rule.set("rule_continues_cued_previous_paragraph", last[2] == para - 1)
    if row.speaker and att == "context" and cued_next == rule_key:
        rule.set("rule_context_from_next_cue")
    return rule


#: whether rows are offered the namesakes of a bare surname of the window (round 33). Off:
#: with the committed chooser it changes no speaker, refitted it gains about one piece in
#: 2,000 of grouped CV (0.9212 -> 0.9216), and it costs 8-13 % of the quotes benchmark's CPU
#: time (lead, session 21; docs/notes/real_news.md, round 33). Kept for the next refit that
#: can use it.
NAMESAKES = False


def _add_namesakes(by_key: dict[str, tuple[Mention, tuple]], all_of: dict[str, list[Mention]],
                   keyed: list[tuple], rule_key: str, art: ArticleState, cache: dict
                   ) -> set[str]:
    """Add (in place) to ``by_key``/``all_of`` the other people of each bare surname of the
    window (:func:`.ranker_namesakes.namesakes`; ``keyed``: (mention, resolution, key, names
    a speaker) of the window), described by that surname's mention; returns their keys.
    Why: the rules resolve ``Manafort`` to one of the two people so named, and the other was
    never offered; a person already a candidate keeps the mention that names them."""
    fresh: set[str] = set()
    for m, res, _key, ok in keyed:
        if not ok or res[1] not in NAMED_TYPES:
            continue
        memo = ("namesakes", id(m))
        if memo not in cache:
            cache[memo] = namesakes(art, m, res[0])
        for name in cache[memo]:
            key = speaker_key(art, name, "named")
            if not key or key == rule_key or key in by_key:
                continue
            fresh.add(key)
            by_key[key] = (m, (name, "named", m.start, m.end))
            all_of[key] = [m]
    return fresh


#: whether rows are offered the non-person Sources of :mod:`.source_mentions` (round 8)
NON_PERSON = True


def _window_sources(art: ArticleState, para: int, cache: dict) -> list[Mention]:
    """The non-person Source mentions (:func:`.source_mentions.source_mentions`) of paragraphs
    ``para - 1`` to ``para + 1``, each paragraph found once per article (``cache``)."""
    out: list[Mention] = []
    for k in (para - 1, para, para + 1):
        key = ("sources", k)
        if key not in cache:
            got = art.paragraph_mentions.narration(k)
            cache[key] = [] if got is None else source_mentions(
                got[0], got[1], k, art.paragraph_mentions[k], art.paragraph_mentions.runs(k))
        out.extend(cache[key])
    return out


def _add_sources(by_key: dict[str, tuple[Mention, tuple]], all_of: dict[str, list[Mention]],
                 window_count: dict[str, int], rule_key: str, para: int, art: ArticleState,
                 interview: bool, cache: dict, distance: Callable[[Mention], int]
                 ) -> set[str]:
    """Add (in place) to ``by_key``/``all_of``/``window_count`` the non-person Sources of the
    window whose speaker is no candidate yet (nor the rules' choice): an organisation or a
    document resolved as the rules resolve such a phrase (``the committee`` -> the committee's
    full name written before), a group or a headline in capitals as written. Returns their
    keys. Why apart: a Source the person mentions already give keeps its features as
    before."""
    fresh: set[str] = set()
    for m in _window_sources(art, para, cache):
        if m.kind == "group" or m.surface.isupper():  # a group, a headline: as written
            speaker = m.surface
        else:
            speaker = _resolve(m, art, m.para, interview, cache)[0] or m.surface
        key = speaker_key(art, speaker, "group")
        if not key or key == rule_key or (key in by_key and key not in fresh) or \
                not_a_speaker(speaker, "group", m.surface):
            continue
        cache[("res", id(m))] = (speaker, "group", m.start, m.end)
        fresh.add(key)
        all_of.setdefault(key, []).append(m)
        window_count[key] = window_count.get(key, 0) + 1
        if key not in by_key or distance(m) < distance(by_key[key][0]):
            by_key[key] = (m, cache[("res", id(m))])
    return fresh


def _add_far(out: list[Candidate], keys: list[str], all_of: dict[str, list[Mention]],
             index: ArticleIndex, para: int, cache: dict) -> dict[str, Mention]:
    """Append (in place) to ``out``/``keys`` the :data:`FAR_LIMIT` people last named before
    the window of paragraph ``para`` that are not candidates yet; ``all_of`` gets their
    mention (for the pronoun features). Returns key -> that mention."""
    far: dict[str, Mention] = {}
    for key, m in index.far(para, FAR_LIMIT):
        if key in keys:
            continue
        res = cache[("res", id(m))]
        keys.append(key)
        far[key] = m
        all_of[key] = [m]
        out.append(Candidate(res[0], "named" if res[1] == "pronoun-resolved" else res[1],
                             m.start, m.end, m.surface))
    return far


#: which rows the cue settles (see :func:`settled_by_cue`); ``near-antecedent`` left out since
#: round 7 (grouped CV on train: 0.9032 with it, 0.9049 without; 111 of the 153 pronoun-cue
#: pieces with no right candidate were such settled rows). Annotated as a tuple of any length:
#: it is a switch to try other sets with, and the compiled runtime would otherwise type it as
#: exactly four strings and raise TypeError when it is set to another tuple (review 17)
SETTLED: tuple[str, ...] = ("own-cue", "cued-chain", "answer", "reply")


def asker_of(row: QuoteRow, prev: QuoteRow | None, para: int, prev_para: int,
             art: ArticleState) -> str:
    """Canonical key of the asker when ``row`` answers a question: a paragraph that is
    nothing but a quotation with no cue of its own, right after a quoted question (ending in
    ``?``) of a known speaker in the paragraph before (``"Were you alone?" Ann Cole asked.`` /
    ``"I was never alone."``). A reader takes it as the other party's answer, never as more
    words of the asker; else ``""``."""
    if prev is None or not prev.speaker or prev_para != para - 1 or row.attribution in _CUED \
            or para >= len(art.block_starts):
        return ""
    text, sp = art.text, row.span
    end = art.block_starts[para + 1] if para + 1 < len(art.block_starts) else len(text)
    close = sp.close_pos + 1 if sp.close_pos >= 0 else sp.end
    if text[art.block_starts[para]:sp.open_pos].strip() or text[close:end].strip():
        return ""
    if not text[prev.span.start:prev.span.end].rstrip().endswith("?") or \
            text[sp.start:sp.end].rstrip().endswith("?"):
        return ""
    return speaker_key(art, prev.speaker, prev.speaker_type)


def near_antecedent(row: QuoteRow, art: ArticleState, para: int) -> bool:
    """Whether a pronoun cue's antecedent, as the rules found it, is the subject of the
    quotation's sentence or of the sentence before it in the same paragraph (``Then Joe Pratt
    stood up. "…," he said``): where a reader looks first; the rules checked its agreement
    with the pronoun (:func:`.attribution.pronoun_compatible`)."""
    if row.attribution not in _CUED or row.speaker_start is None or row.speaker_end is None \
            or row.speaker_mention.strip().lower() not in _PRONOUN_AGREES:
        return False
    ms_para = art.paragraph_mentions[para] if 0 <= para < len(art.paragraph_mentions) else []
    ant = next((m for m in ms_para if m.start == row.speaker_start), None)
    if ant is None or not ant.subject or ant.kind == "pronoun":
        return False
    return _sentence_gap(art.text, ant.start, ant.end, row.span) <= 1


def settled_by_cue(row: QuoteRow, history: list[tuple[str, str, int, bool]], para: int,
                   art: ArticleState | None = None, asker: str = "") -> bool:
    """Whether the row's own cue (or the cue of the row it continues) settles its speaker, so
    the chooser is given no rival: ``own-cue``: the rules took the speaker from the subject of
    the row's own cue and that subject is no pronoun (``a young girl cries: "…"``: the
    phrase names the speaker; on train the chooser's overrides of such rows were wrong as
    often as right); ``cued-chain``: a continuation in the paragraph of a cued row of the same
    speaker (``"…," he frets. "…"``); ``near-antecedent``: a pronoun cue whose antecedent is
    the subject of the same or the previous sentence (:func:`near_antecedent`; needs ``art``);
    ``answer``: an uncued answer to a question (``asker``: the asker's key, :func:`asker_of`)
    that the rules gave to someone other than the asker (the other party of the exchange);
    ``reply``: a row cued by a verb of replying (``"…," he replied``) that the rules gave to
    someone other than the previous speaker of its paragraph or the one before (a reply answers
    another; on train the chooser's overrides of these were not better than the rules')."""
    if not row.speaker:
        return False
    key = speaker_key(art, row.speaker, row.speaker_type)
    if "answer" in SETTLED and asker and key != asker:
        return True
    if "reply" in SETTLED and row.attribution in _CUED and row.cue in _REPLY_LEMMAS and \
            history and history[-1][2] >= para - 1 and \
            speaker_key(art, history[-1][0], history[-1][1]) != key:
        return True
    if "near-antecedent" in SETTLED and art is not None and near_antecedent(row, art, para):
        return True
    if "own-cue" in SETTLED and row.attribution in _CUED and \
            row.speaker_mention.strip().lower() not in _PRONOUN_GENDER:
        return True
    if "cued-chain" in SETTLED and row.attribution == "continuation" and history:
        last = history[-1]
        return last[3] and last[2] == para and speaker_key(art, last[0], last[1]) == key
    return False


def _rule_only(row: QuoteRow) -> Candidate:
    """The rules' choice as the one candidate of a row the cue settles."""
    c = Candidate(row.speaker, row.speaker_type, row.speaker_start, row.speaker_end,
                  row.speaker_mention, is_rule=True)
    c.set("rule")
    return c


def article_candidates(rows: list[QuoteRow], para_spans: list[tuple[int, list[QuoteRow]]],
                       art: ArticleState) -> list[tuple[QuoteRow, list[Candidate]]]:
    """Every top-level speech row of one article (after the rules' passes) with its candidates,
    in text order; the speech history runs over the rules' speakers.

    Left to the rules (no row listed): every row of an interview or profile (the rules'
    interviewee and question-and-answer turns rest on the whole article, which the features do
    not see), and a row the rules attributed to an unnamed source (``I am told``): its empty
    speaker is a decision, not a miss; and a row marked :attr:`.quoterow.QuoteRow.rules_only`
    (a speaker set by a whole-article pass, a vocative name or a question-and-answer turn, whose
    evidence the features do not describe; a transcript label ``X: "…"`` naming the speaker)."""
    if art.interviewee:
        return []
    para_of = {id(r): pi for pi, prow in para_spans for r in prow}
    cache: dict = {}
    index = ArticleIndex(art, cache, False)
    history: list[tuple[str, str, int, bool]] = []
    out: list[tuple[QuoteRow, list[Candidate]]] = []
    speech = [r for r in sorted(rows, key=lambda r: r.span.start)
              if r.kind == "speech" and not r.span.level and id(r) in para_of]
    for i, r in enumerate(speech):
        para = para_of[id(r)]
        # the speaker rests on a cue: the row's own, or a chain of continuations back to one
        cued = r.attribution in _CUED or (
            r.attribution == "continuation" and bool(history) and history[-1][3] and
            speaker_key(art, history[-1][0], history[-1][1]) ==
            speaker_key(art, r.speaker, r.speaker_type))
        if r.anonymous or r.rules_only:
            if r.speaker:
                history.append((r.speaker, r.speaker_type, para, cued))
            continue
        n = speech[i + 1] if i + 1 < len(speech) else None
        nxt = (n.speaker, para_of[id(n)], n.attribution in _CUED, n.speaker_type) \
            if n is not None else None
        p = speech[i - 1] if i else None
        asker = asker_of(r, p, para, para_of[id(p)] if p is not None else -1, art)
        if settled_by_cue(r, history, para, art, asker):
            out.append((r, [_rule_only(r)]))
        else:
            out.append((r, row_candidates(r, para, art, history, cache, nxt, index)))
        if r.speaker:
            history.append((r.speaker, r.speaker_type, para, cued))
    return out
