"""Candidate speakers of a quotation and their GENERAL features, for the learned speaker chooser
(:mod:`.ranker`; issue 13).

Why: twenty rounds of hand rules gain about 0.001-0.003 each on real news; instead of another
rule, a ranking model chooses among the speakers the rules can already name. This module only
lists the candidates and describes each by its kind, distance and position, never by the
words of a name or a phrase, so the learned weights cannot fit one corpus's people.

Candidates of a speech row (top level only): the rules' own choice (or an empty one when the
rules gave none), every person mention (:mod:`.mentions`) of the quotation's paragraph and the
paragraphs before and after it, each resolved to a speaker the way the rules resolve a speaker
phrase (:func:`~.attribution._attribute_np`: a pronoun to its antecedent, a description to the
person the article joins it to, a surname to the full name), and the speakers of the two
previous speech rows. Candidates with the same canonical key are merged (the nearest mention
describes them). A candidate that names no speaker (:func:`.speakers.not_a_speaker`) is dropped.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from helpers.core.quotation_marks import QuoteSpan
from helpers.instruments.quotes.attribution import ArticleState, _attribute_np
from helpers.instruments.quotes.finish import _REPLY_LEMMAS
from helpers.instruments.quotes.lexicon import ALL_VERBS, ORG_NOUNS, PERSON_NOUNS, TITLE_SET
from helpers.instruments.quotes.mentions import Mention, _desc_gender, _gender_of
from helpers.instruments.quotes.names import canonical_key
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.speakers import not_a_speaker

#: how the rules attributed the row (``attribution``); others count as ``other``
ATTRIBUTIONS = ("post-cue", "pre-cue", "sentence-cue", "continuation", "context")
#: the names of the feature vector's entries, in order (stored with the weights)
FEATURES: tuple[str, ...] = (
    "rule", *(f"rule_{a}" for a in ATTRIBUTIONS), "rule_other", "null", "no_mention",
    "kind_named", "kind_description", "kind_group", "kind_pronoun", "writer",
    "log_distance", "before", "same_paragraph", "previous_paragraph", "next_paragraph",
    "same_sentence", "next_sentence", "subject", "near_cue", "right_after", "right_before",
    "log_mentions_window", "log_mentions_article", "previous_speaker", "second_previous_speaker",
    "previous_speaker_same_paragraph", "multiword", "pronoun_resolved_by_rules_style",
    "verb_after", "verb_before", "any_verb_same_paragraph", "any_named_window",
    "any_subject_same_sentence", "weak_subject", "weak_same_sentence", "weak_previous_speaker",
    "weak_verb", "weak_right_after", "weak_same_paragraph",
    "rule_pronoun_cue", "rule_pronoun_rivals", "gender_agrees", "gender_clashes",
    "latest_subject", "latest_compatible_subject", "third_previous_speaker",
    "own_mention_same_paragraph", "own_mention_previous_paragraph", "own_mention_none_before",
    "own_subject_before",
    "rule_continues_cued_same_paragraph", "rule_continues_cued_previous_paragraph",
    "rule_context_from_next_cue", "continued_cued_speaker", "next_cued_speaker",
    "far", "far_paragraphs", "far_pronoun_cue", "far_gender_agrees", "far_latest_compatible",
    "far_subject", "far_log_mentions",
    "best_named", "best_description", "best_group", "best_none", "log_chain_mentions",
    "spoke_before", "cued_before", "any_subject_window",
    "named_before_rule_description", "named_after_rule_description",
    "agrees_known", "clashes_known", "pronoun_subject_same_sentence",
    "pronoun_subject_previous_sentence", "pronoun_subject_near_compatible",
    "reply_previous_speaker",
)
#: the pronoun of a speaker phrase -> the gender it asks for
_PRONOUN_GENDER = {"he": "m", "she": "f", "they": "p", "it": "o"}
#: rule attributions that found no cue of the row's own (the speaker came from around it)
_WEAK = frozenset({"continuation", "context", "other"})
#: rule attributions that rest on a cue of the row's own sentence
_CUED = frozenset({"post-cue", "pre-cue", "sentence-cue"})
_INDEX = {f: i for i, f in enumerate(FEATURES)}
#: kinds of a non-pronoun mention, best first: the best one the article gives a candidate
#: describes it (a speaker the rules reached through a description and a pronoun is no bare
#: pronoun)
_BEST_KINDS = ("named", "description", "group")
#: a sentence end between a mention and the quotation
_SENT_END_RE = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘A-Z\x01])")


@dataclass
class Candidate:
    """One possible speaker of a row: what the row would say (``speaker``, ``speaker_type``,
    the mention's offsets) and the feature vector (:data:`FEATURES`)."""

    speaker: str
    speaker_type: str
    speaker_start: int | None
    speaker_end: int | None
    mention: str
    features: list[float] = field(default_factory=lambda: [0.0] * len(FEATURES))
    is_rule: bool = False

    def set(self, name: str, value: float = 1.0) -> None:
        """Set feature ``name``."""
        self.features[_INDEX[name]] = float(value)


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


def _sentences_between(text: str, a: int, b: int) -> int:
    """Sentence ends in ``text[a:b]`` (``a`` <= ``b``)."""
    return len(_SENT_END_RE.findall(text, a, b)) if a < b else 0


#: the word after a mention (past an apposition ``, the chairman,`` and an adverb)
_NEXT_WORD_RE = re.compile(r"(?:,[^,.;:!?\x01\n]{1,60},)?\s+(?:[a-z]+ly\s+)?([a-z]+)")
#: the word before a mention (``said X``), past an adverb
_PREV_WORD_RE = re.compile(r"([a-z]+)(?:\s+[a-z]+ly)?,?\s+$")


def verb_after(text: str, m: Mention) -> bool:
    """A verb of saying or framing right after the mention (``X said``, ``X, a chairman,
    added``)."""
    v = _NEXT_WORD_RE.match(text, m.end, min(len(text), m.end + 80))
    return bool(v and v.group(1) in ALL_VERBS)


def verb_before(text: str, m: Mention) -> bool:
    """A verb of saying or framing right before the mention (``said X``)."""
    v = _PREV_WORD_RE.search(text, max(0, m.start - 30), m.start)
    return bool(v and v.group(1) in ALL_VERBS)


def _verbs(text: str, m: Mention, cache: dict) -> tuple[bool, bool]:
    """(:func:`verb_after`, :func:`verb_before`) of mention ``m``, memoised in the article's
    ``cache``: a mention is described for every row of its window (speed)."""
    key = ("verbs", id(m))
    if key not in cache:
        cache[key] = (verb_after(text, m), verb_before(text, m))
    return cache[key]


def _speaker_key(m: Mention, res: tuple, cache: dict) -> tuple[str, bool]:
    """(canonical key of the resolved speaker ``res[0]``, whether it names a speaker at all,
    :func:`.speakers.not_a_speaker`), memoised per mention in the article's ``cache``."""
    key = ("key", id(m))
    if key not in cache:
        speaker, typ = res[0], res[1]
        cache[key] = (canonical_key(speaker) if speaker else "",
                      bool(speaker) and not not_a_speaker(speaker, typ, m.surface))
    return cache[key]


class ArticleIndex:
    """The non-pronoun mentions of one article resolved to speakers, per canonical key in text
    order, filled paragraph by paragraph as the rows reach them (each paragraph is resolved
    once). It gives the far candidates (a person named before the quotation's window, whom a
    pronoun of the window may still refer to) and the best mention of each candidate in the
    article (its chain), which the nearest mention alone does not show."""

    def __init__(self, art: ArticleState, cache: dict, interview: bool):
        self.art, self.cache, self.interview = art, cache, interview
        self.done = 0
        self.by_key: dict[str, list[Mention]] = {}

    def upto(self, last: int) -> None:
        """Index every paragraph up to ``last`` (inclusive)."""
        last = min(last, len(self.art.paragraph_mentions) - 1)
        saved = self.art.speech_history
        try:
            while self.done <= last:
                k = self.done
                # as in the window: a description resolved here sees the speech up to here
                self.art.speech_history = [h for h in saved if h[0] <= k]
                for m in self.art.paragraph_mentions[k]:
                    if m.kind == "pronoun":
                        continue
                    res = _resolve(m, self.art, k, self.interview, self.cache)
                    key, ok = _speaker_key(m, res, self.cache)
                    if ok:
                        self.by_key.setdefault(key, []).append(m)
                self.done += 1
        finally:
            self.art.speech_history = saved

    def far(self, para: int, limit: int) -> list[tuple[str, Mention]]:
        """(key, latest named mention) of the ``limit`` people last named before paragraph
        ``para - 1``, latest first (callers skip the keys the window has)."""
        out = []
        for key, ms in self.by_key.items():
            named = [m for m in ms if m.kind == "named" and m.para < para - 1]
            if named:
                out.append((key, named[-1]))
        out.sort(key=lambda x: -x[1].start)
        return out[:limit]


#: far candidates offered to a row: the person last named before its window (grouped CV on
#: train, round 4, final features: none 0.8952, one 0.8955, three 0.8950, six 0.8950; more
#: rivals add more wrong choices than right ones)
FAR_LIMIT = 1


def far_wanted(row: QuoteRow) -> bool:
    """Whether a row is offered far candidates: its speaker phrase is a pronoun, whose
    antecedent may lie before the window (most train Sources missing from the window
    candidates; offering them to every row lowered the cross-validated accuracy)."""
    return row.speaker_mention.strip().lower() in _PRONOUN_GENDER


def _chain(c: Candidate, key: str, index: ArticleIndex | None,
           history: list[tuple[str, str, int, bool]]) -> None:
    """Features of the candidate's chain in the article up to the window's end: the best kind
    of its non-pronoun mentions (``best_none``: only pronouns, or a speaker of an earlier row
    the article never names), how many, and whether it spoke before (with a cue)."""
    ms = index.by_key.get(key, []) if index is not None else []
    kinds = {m.kind for m in ms}
    best = next((k for k in _BEST_KINDS if k in kinds), "none")
    c.set(f"best_{best}")
    c.set("log_chain_mentions", math.log1p(len(ms)))
    spoke = [cued for s, _t, _p, cued in history if canonical_key(s) == key]
    c.set("spoke_before", bool(spoke))
    c.set("cued_before", any(spoke))


def _anaphora(out: list[Candidate], keys: list[str], index: ArticleIndex) -> None:
    """When the article gives the rules' speaker only descriptions (``the actor``), whether
    each named rival was named before the first of them: a definite description refers back
    to a person named earlier (``John Leguizamo … the actor``), not to one named after it
    (``the next man to speak … saw A and B``), who is someone else. ``out[0]`` is the rules'
    candidate, ``keys`` the candidates' keys in order."""
    rule_ms = index.by_key.get(keys[0], [])
    descs = [m.start for m in rule_ms if m.kind == "description"]
    if not descs or any(m.kind == "named" for m in rule_ms):
        return
    first = min(descs)
    for c, key in zip(out[1:], keys[1:]):
        named = [m.start for m in index.by_key.get(key, []) if m.kind == "named"]
        if named:
            c.set("named_before_rule_description" if min(named) < first
                  else "named_after_rule_description")


def _describe(c: Candidate, m: Mention | None, row: QuoteRow, para: int, text: str,
              n_window: int, others: list[Mention], cache: dict) -> None:
    """Fill the mention-based features of ``c`` from its nearest mention ``m`` and all its
    mentions in the window (``others``); ``cache``: the article's memo."""
    c.set("log_mentions_window", math.log1p(n_window))
    if m is None:
        c.set("no_mention")
        return
    sp = row.span
    after, before_verb = _verbs(text, m, cache)
    c.set("verb_after", after)
    c.set("verb_before", before_verb)
    c.set("any_verb_same_paragraph", any(
        o.para == para and any(_verbs(text, o, cache)) for o in others))
    c.set("any_named_window", any(o.kind == "named" for o in others))
    # centring: the person a paragraph is about is a subject there (a pronoun's antecedent is
    # rarely a name listed as an object: ``he saw A, B and C. "…," he cries``)
    c.set("any_subject_window", any(o.subject for o in others))
    c.set("any_subject_same_sentence", any(
        o.para == para and o.subject and (
            _sentences_between(text, o.end, sp.open_pos) == 0 if o.end <= sp.open_pos
            else _sentences_between(text, sp.end, o.start) == 0) for o in others))
    kind = m.kind if m.kind in ("named", "description", "group", "pronoun") else "named"
    c.set(f"kind_{kind}")
    before = m.end <= sp.open_pos
    dist = sp.open_pos - m.end if before else max(0, m.start - sp.end)
    c.set("log_distance", math.log1p(dist) / 5.0)
    c.set("before", before)
    c.set("same_paragraph", m.para == para)
    c.set("previous_paragraph", m.para == para - 1)
    c.set("next_paragraph", m.para == para + 1)
    n_sent = _sentences_between(text, m.end, sp.open_pos) if before else \
        _sentences_between(text, sp.end, m.start)
    c.set("same_sentence", m.para == para and n_sent == 0)
    c.set("next_sentence", m.para == para and n_sent == 1)
    c.set("subject", m.subject)
    if row.cue_start is not None and row.cue and m.para == para:
        c.set("near_cue", abs(m.start - row.cue_start) <= 40 or abs(m.end - row.cue_start) <= 40)
    c.set("right_after", not before and m.para == para and 0 <= m.start - sp.end <= 30)
    c.set("right_before", before and m.para == para and 0 <= sp.open_pos - m.end <= 40)
    c.set("multiword", len(m.surface.split()) >= 2)
    c.set("pronoun_resolved_by_rules_style", m.kind == "pronoun")


def row_candidates(row: QuoteRow, para: int, art: ArticleState,
                   history: list[tuple[str, str, int, bool]], cache: dict,
                   counts: dict[str, int], nxt: tuple[str, int, bool] | None = None,
                   index: ArticleIndex | None = None) -> list[Candidate]:
    """The candidates of speech row ``row`` in article paragraph ``para``.

    ``history``: (speaker, type, paragraph, whether the rules took the speaker from a cue, of
    its own or through a chain of continuations) of the article's earlier speech rows with a
    speaker, latest last;
    ``nxt``: (speaker, paragraph, cued) of the next speech row, if any (the rules give an
    open or same-sentence context piece the speaker of the next cued piece);
    ``cache``: per-article memo of mention resolutions; ``counts``: mentions per canonical
    name in the article. The first candidate is always the rules' choice (a ``null``
    candidate when the rules gave no speaker)."""
    interview = bool(art.interviewee)
    saved = art.speech_history
    # a pronoun resolved for a candidate sees only the speech of the paragraphs up to here
    art.speech_history = [h for h in saved if h[0] <= para]
    try:
        found: list[tuple[Mention, tuple[str, str, int | None, int | None]]] = []
        for k in (para - 1, para, para + 1):
            if 0 <= k < len(art.paragraph_mentions):
                for m in art.paragraph_mentions[k]:
                    found.append((m, _resolve(m, art, k, interview, cache)))
    finally:
        art.speech_history = saved
    sp = row.span

    def distance(m: Mention) -> int:
        return sp.open_pos - m.end if m.end <= sp.open_pos else max(0, m.start - sp.end)

    by_key: dict[str, tuple[Mention, tuple]] = {}
    all_of: dict[str, list[Mention]] = {}
    keyed = [(m, res, *_speaker_key(m, res, cache)) for m, res in found]
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

    prev = [(s, t) for s, t, _, _ in history[-3:]][::-1]
    prev_para = history[-1][0] if history and history[-1][2] == para else ""
    rule_key = canonical_key(row.speaker) if row.speaker else ""
    out: list[Candidate] = []
    rule = Candidate(row.speaker, row.speaker_type, row.speaker_start, row.speaker_end,
                     row.speaker_mention, is_rule=True)
    rule.set("rule")
    att = row.attribution if row.attribution in ATTRIBUTIONS else "other"
    rule.set(f"rule_{att}")
    if not row.speaker:
        rule.set("null")
    # what the rules' chain rested on: the row continues a cued speaker, or a context piece
    # took the speaker of the next cued piece
    last = history[-1] if history else None
    cued_prev = canonical_key(last[0]) if last and last[3] and last[2] >= para - 1 else ""
    cued_next = canonical_key(nxt[0]) if nxt and nxt[2] and nxt[0] and nxt[1] <= para + 1 \
        else ""
    if row.speaker and att == "continuation" and cued_prev == rule_key and last:
        rule.set("rule_continues_cued_same_paragraph", last[2] == para)
        rule.set("rule_continues_cued_previous_paragraph", last[2] == para - 1)
    if row.speaker and att == "context" and cued_next == rule_key:
        rule.set("rule_context_from_next_cue")
    out.append(rule)
    keys = [rule_key] if rule_key else []
    for key, (m, res) in by_key.items():
        if key == rule_key or (m.start, m.end) == (row.speaker_start, row.speaker_end):
            # the mention the rules took the speaker from (a pronoun's antecedent ``the
            # candidate``, which the rules joined to a name) is no rival of their choice
            continue
        keys.append(key)
        out.append(Candidate(res[0], "named" if res[1] == "pronoun-resolved" and
                             m.kind == "named" else res[1], m.start, m.end, m.surface))
    for s, t in prev[:2]:
        k = canonical_key(s)
        if k and k not in keys:
            keys.append(k)
            out.append(Candidate(s, t, None, None, s))
    far: dict[str, Mention] = {}
    if index is not None:
        index.upto(para + 1)
        if far_wanted(row):
            far = _add_far(out, keys, all_of, index, para, cache)
    for c, key in zip(out, keys if rule_key else ["", *keys]):
        m = by_key[key][0] if key in by_key else far.get(key)
        if c.speaker:
            # a far candidate has no mention in the window (its one is for the pronoun features)
            _describe(c, m, row, para, art.text, window_count.get(key, 0),
                      [] if key in far else all_of.get(key, []), cache)
            c.set("log_mentions_article", math.log1p(counts.get(c.speaker, 0)))
            c.set("writer", c.speaker_type == "writer")
            _previous_speakers(c, key, prev, prev_para, row)
            c.set("continued_cued_speaker", bool(cued_prev) and cued_prev == key)
            if key in far:
                c.set("far")
                c.set("far_paragraphs", math.log1p(para - far[key].para))
            _chain(c, key, index, history)
            c.set("next_cued_speaker", bool(cued_next) and cued_next == key)
            if att in _WEAK:
                for f in ("subject", "same_sentence", "previous_speaker", "right_after",
                          "same_paragraph"):
                    c.set(f"weak_{f}", c.features[_INDEX[f]])
                c.set("weak_verb", max(c.features[_INDEX["verb_after"]],
                                       c.features[_INDEX["verb_before"]]))
    if index is not None and rule_key:
        _anaphora(out, keys, index)
    all_keys = keys if rule_key else ["", *keys]
    hard = _pronoun_features(out, all_keys, row, all_of, para)
    soft = _agreement_features(out, all_keys, row, all_of, art, para)
    _far_interactions(out, all_keys, far)
    # ``he`` is never a woman named, nor ``she`` a man: such a candidate is not offered; with
    # :data:`HARD_AGREEMENT`, nor one that clearly disagrees in person vs thing
    return [c for c, h, a in zip(out, hard, soft) if c.is_rule or not (h or a)]


def _previous_speakers(c: Candidate, key: str, prev: list[tuple[str, str]], prev_para: str,
                       row: QuoteRow) -> None:
    """Whether candidate ``c`` (canonical ``key``) is one of the last three speakers
    (``prev``, latest first), the last one of the paragraph (``prev_para``), and the last one
    when the cue is a reply (``"…," he replied``: rarely by the one who spoke just before)."""
    c.set("previous_speaker", bool(prev) and canonical_key(prev[0][0]) == key)
    c.set("second_previous_speaker", len(prev) > 1 and canonical_key(prev[1][0]) == key)
    c.set("third_previous_speaker", len(prev) > 2 and canonical_key(prev[2][0]) == key)
    c.set("previous_speaker_same_paragraph", bool(prev_para) and canonical_key(prev_para) == key)
    c.set("reply_previous_speaker", row.cue in _REPLY_LEMMAS and
          c.features[_INDEX["previous_speaker"]])


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


def _far_interactions(out: list[Candidate], keys: list[str], far: dict[str, Mention]) -> None:
    """Far-candidate copies of the features that make a far person likely (a pronoun cue
    that agrees with it, its being the latest compatible subject, ...): a linear model needs
    them to weigh these apart for far candidates."""
    for c, key in zip(out, keys):
        if key in far:
            f = c.features
            c.set("far_pronoun_cue", out[0].features[_INDEX["rule_pronoun_cue"]])
            c.set("far_gender_agrees", f[_INDEX["gender_agrees"]])
            c.set("far_latest_compatible", f[_INDEX["latest_compatible_subject"]])
            c.set("far_subject", f[_INDEX["subject"]])
            c.set("far_log_mentions", f[_INDEX["log_mentions_article"]])


def _candidate_gender(c: Candidate, m: Mention | None) -> str:
    """``m``/``f``/``p`` (plural, a group)/``u`` of a candidate speaker."""
    if c.speaker_type == "group":
        return "p"
    if c.speaker_type == "description":
        return _desc_gender(c.speaker)
    if m is not None and m.kind != "pronoun" and m.gender in ("m", "f", "p"):
        return m.gender
    return _gender_of(c.speaker.split())


def _pronoun_features(out: list[Candidate], keys: list[str], row: QuoteRow,
                      all_of: dict[str, list[Mention]], para: int) -> list[bool]:
    """Features of the speaker phrase's pronoun (``"…," she said``): which candidates agree
    in gender with it, how many rivals the rules' antecedent has, and which candidate has the
    latest subject mention before the phrase (before the quotation when there is none).
    Returns, per candidate, whether its known gender contradicts a ``he``/``she``."""
    pron = _PRONOUN_GENDER.get(row.speaker_mention.strip().lower(), "") if \
        row.attribution in ("post-cue", "pre-cue", "sentence-cue") else ""
    at = row.np_start if row.np_start is not None else row.span.open_pos
    latest: dict[str, int] = {}
    for key in keys:
        subj = [m.start for m in all_of.get(key, []) if m.subject and m.start < at and
                m.kind != "pronoun"]
        if subj:
            latest[key] = max(subj)
    top = max(latest.values()) if latest else -1
    agree: list[bool] = []
    hard: list[bool] = []
    for c, key in zip(out, keys):
        if not c.speaker:
            agree.append(False)
            hard.append(False)
            continue
        ms = all_of.get(key, [])
        g = _candidate_gender(c, min(ms, key=lambda m: abs(m.start - at)) if ms else None)
        ok = bool(pron) and (g == pron or (g == "u" and pron in ("m", "f")) or
                             (pron in ("p", "o") and g == "p"))
        clash = bool(pron) and not ok
        agree.append(ok and c.speaker_type != "writer")
        c.set("gender_agrees", ok and g != "u")
        c.set("gender_clashes", clash)
        hard.append(pron in ("m", "f") and g in ("m", "f") and g != pron)
        c.set("latest_subject", key in latest and latest[key] == top)
        # the nearest mention of its own (not a pronoun) before the quotation: how far back
        # the article last named the candidate
        own = [m for m in ms if m.kind != "pronoun" and m.end <= row.span.open_pos]
        near = max(own, key=lambda m: m.start) if own else None
        c.set("own_mention_same_paragraph", near is not None and near.para == para)
        c.set("own_mention_previous_paragraph", near is not None and
              near.para == para - 1)
        c.set("own_mention_none_before", near is None)
        c.set("own_subject_before", any(m.subject for m in own))
    if pron:
        best = max((latest[k] for k, a in zip(keys, agree) if a and k in latest), default=-1)
        for c, key in zip(out, keys):
            c.set("latest_compatible_subject", best >= 0 and latest.get(key) == best)
        out[0].set("rule_pronoun_cue")
        out[0].set("rule_pronoun_rivals", math.log1p(sum(agree[1:])))
    return hard


#: whether a candidate that clearly disagrees with the cue's pronoun in person vs thing (``it``
#: vs a named person, ``he`` vs a document) or in number is not offered (``he``/``she`` vs a
#: known other gender is never offered); see ``docs/notes/real_news.md``, round 5
HARD_AGREEMENT = True
#: what each pronoun agrees with (:func:`_animacy` classes); the rest of the known classes clash
_PRONOUN_AGREES = {"he": {"m"}, "she": {"f"}, "it": {"thing"}, "they": {"plural", "thing"}}


def _animacy(c: Candidate, m: Mention | None) -> str:
    """What a candidate is, for agreement with a pronoun: ``m``/``f`` (a person of known
    gender, from a title or the given-name data), ``person`` (gender unknown), ``thing`` (a
    document, an organisation), ``plural`` (a group of people), ``u`` (unknown)."""
    if c.speaker_type == "writer" or not c.speaker:
        return "u"
    if c.speaker_type == "document":
        return "thing"
    if c.speaker_type == "group":
        return "plural" if (m is not None and m.gender == "p") or \
            _desc_gender(c.speaker) == "p" else "thing"
    if c.speaker_type == "description":
        g = _desc_gender(c.speaker)
        if g in ("m", "f"):
            return g
        if g == "p":
            return "plural"
        head = c.speaker.lower().split()[-1] if c.speaker.split() else ""
        return "person" if head in PERSON_NOUNS else "thing" if head in ORG_NOUNS else "u"
    g = _candidate_gender(c, m)  # a name: a person
    return g if g in ("m", "f") else "plural" if g == "p" else "person"


def _agreement(pron: str, kind: str) -> int:
    """+1 when a candidate of class ``kind`` (:func:`_animacy`) agrees with pronoun ``pron``,
    -1 when it clearly clashes, 0 when unknown (an unknown gender is no mismatch; a person of
    unknown gender is neither ``he`` nor ``she`` for certain, but never ``it``)."""
    if kind == "u":
        return 0
    if kind in _PRONOUN_AGREES[pron]:
        return 1
    if kind == "person":
        return 0 if pron in ("he", "she", "they") else -1
    if pron == "they" and kind in ("m", "f"):
        return 0  # a singular ``they`` for a named person is rare but not wrong
    return -1


def _sentence_gap(text: str, start: int, end: int, sp: QuoteSpan) -> int:
    """Sentence ends between a mention ``[start, end)`` and the quotation (before it; the
    opening mark is in reach, so a sentence that ends right before a quotation counts) or the
    end of the quotation (after it)."""
    a, b = (end, sp.open_pos + 1) if end <= sp.open_pos else (sp.end, start)
    return sum(1 for e in _SENT_END_RE.finditer(text, a, b) if not _after_title(text, e.start()))


#: the word ending at a full stop
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)$")


def _after_title(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends a title (``Sen. Joe Park``), not a sentence."""
    w = _WORD_BEFORE_RE.search(text, max(0, dot - 12), dot)
    return bool(w) and text[dot] == "." and (w.group(1) in TITLE_SET or
                                            f"{w.group(1)}." in TITLE_SET)


def _agreement_features(out: list[Candidate], keys: list[str], row: QuoteRow,
                        all_of: dict[str, list[Mention]], art: ArticleState,
                        para: int) -> list[bool]:
    """For a row cued by a pronoun (``"…," he said``, ``it added``): whether each candidate
    agrees with the pronoun in gender and person vs thing (``agrees_known``/``clashes_known``;
    unknown is neither), and whether it is the subject of the quotation's sentence or of the
    sentence before it in the same paragraph (the rules' candidate: its antecedent mention;
    another: any of its non-pronoun mentions), where a pronoun's antecedent usually is.
    Returns, per candidate, whether it is not to be offered (:data:`HARD_AGREEMENT`)."""
    pron = row.speaker_mention.strip().lower() if row.attribution in _CUED else ""
    if pron not in _PRONOUN_AGREES:
        return [False] * len(out)
    sp, text = row.span, art.text
    at = row.np_start if row.np_start is not None else sp.open_pos
    ms_para = art.paragraph_mentions[para] if 0 <= para < len(art.paragraph_mentions) else []
    hard: list[bool] = []
    for c, key in zip(out, keys):
        if not c.speaker:
            hard.append(False)
            continue
        ms = all_of.get(key, [])
        near_m = min(ms, key=lambda m: abs(m.start - at)) if ms else None
        a = _agreement(pron, _animacy(c, near_m))
        c.set("agrees_known", a > 0)
        c.set("clashes_known", a < 0)
        gaps: list[int] = []
        if c.is_rule and c.speaker_start is not None and c.speaker_end is not None:
            # the rules' antecedent: a mention of the paragraph, or a written subject
            ant = next((m for m in ms_para if m.start == c.speaker_start), None)
            if (ant is not None and ant.subject and ant.kind != "pronoun") or (
                    ant is None and c.speaker_type in ("document", "group") and
                    len(art.block_starts) == len(art.paragraph_mentions) and
                    art.block_starts[para] <= c.speaker_start):
                gaps.append(_sentence_gap(text, c.speaker_start, c.speaker_end, sp))
        else:
            gaps = [_sentence_gap(text, m.start, m.end, sp) for m in ms
                    if m.para == para and m.subject and m.kind != "pronoun" and m.start < at]
        c.set("pronoun_subject_same_sentence", 0 in gaps)
        c.set("pronoun_subject_previous_sentence", 1 in gaps)
        c.set("pronoun_subject_near_compatible", a >= 0 and (0 in gaps or 1 in gaps))
        hard.append(HARD_AGREEMENT and a < 0 and not c.is_rule)
    return hard


#: which rows the cue settles (see :func:`settled_by_cue`)
SETTLED = ("own-cue", "cued-chain", "near-antecedent")


def near_antecedent(row: QuoteRow, art: ArticleState, para: int) -> bool:
    """Whether a pronoun cue's antecedent, as the rules found it, is the subject of the
    quotation's sentence or of the sentence before it in the same paragraph (``Then Joe Pratt
    stood up. "…," he said``): where a reader looks first; the rules checked its agreement
    with the pronoun (:func:`.attribution._compatible`)."""
    if row.attribution not in _CUED or row.speaker_start is None or row.speaker_end is None \
            or row.speaker_mention.strip().lower() not in _PRONOUN_AGREES:
        return False
    ms_para = art.paragraph_mentions[para] if 0 <= para < len(art.paragraph_mentions) else []
    ant = next((m for m in ms_para if m.start == row.speaker_start), None)
    if ant is None or not ant.subject or ant.kind == "pronoun":
        return False
    return _sentence_gap(art.text, ant.start, ant.end, row.span) <= 1


def settled_by_cue(row: QuoteRow, history: list[tuple[str, str, int, bool]], para: int,
                   art: ArticleState | None = None) -> bool:
    """Whether the row's own cue (or the cue of the row it continues) settles its speaker, so
    the chooser is given no rival: ``own-cue``: the rules took the speaker from the subject of
    the row's own cue and that subject is no pronoun (``a young girl cries: "…"``: the
    phrase names the speaker; on train the chooser's overrides of such rows were wrong as
    often as right); ``cued-chain``: a continuation in the paragraph of a cued row of the same
    speaker (``"…," he frets. "…"``); ``near-antecedent``: a pronoun cue whose antecedent is
    the subject of the same or the previous sentence (:func:`near_antecedent`; needs ``art``)."""
    if not row.speaker:
        return False
    if "near-antecedent" in SETTLED and art is not None and near_antecedent(row, art, para):
        return True
    if "own-cue" in SETTLED and row.attribution in _CUED and \
            row.speaker_mention.strip().lower() not in _PRONOUN_GENDER:
        return True
    if "cued-chain" in SETTLED and row.attribution == "continuation" and history:
        last = history[-1]
        return last[3] and last[2] == para and canonical_key(last[0]) == \
            canonical_key(row.speaker)
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
    counts = art.mention_counts()
    history: list[tuple[str, str, int, bool]] = []
    out: list[tuple[QuoteRow, list[Candidate]]] = []
    speech = [r for r in sorted(rows, key=lambda r: r.span.start)
              if r.kind == "speech" and not r.span.level and id(r) in para_of]
    for i, r in enumerate(speech):
        para = para_of[id(r)]
        # the speaker rests on a cue: the row's own, or a chain of continuations back to one
        cued = r.attribution in _CUED or (
            r.attribution == "continuation" and bool(history) and history[-1][3] and
            canonical_key(history[-1][0]) == canonical_key(r.speaker))
        if r.anonymous or r.rules_only:
            if r.speaker:
                history.append((r.speaker, r.speaker_type, para, cued))
            continue
        n = speech[i + 1] if i + 1 < len(speech) else None
        nxt = (n.speaker, para_of[id(n)], n.attribution in _CUED) if n is not None else None
        if settled_by_cue(r, history, para, art):
            out.append((r, [_rule_only(r)]))
        else:
            out.append((r, row_candidates(r, para, art, history, cache, counts, nxt, index)))
        if r.speaker:
            history.append((r.speaker, r.speaker_type, para, cued))
    return out
