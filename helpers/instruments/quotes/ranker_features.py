"""The GENERAL features of a candidate speaker of a quotation, for the learned speaker chooser
(:mod:`.ranker`; issue 13); the candidates themselves come from :mod:`.ranker_candidates`.

Why: twenty rounds of hand rules gain about 0.001-0.003 each on real news; instead of another
rule, a ranking model chooses among the speakers the rules can already name. This module
describes each candidate by its kind, distance and position, never by the words of a name or a
phrase, so the learned weights cannot fit one corpus's people. It holds the feature list
(:data:`FEATURES`, stored with the weights), the :class:`Candidate` record and the functions
that fill a candidate's vector.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.quotation_marks import QuoteSpan
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.finish import _REPLY_LEMMAS
from helpers.instruments.quotes.lexicon import ALL_VERBS, ORG_NOUNS, PERSON_NOUNS, TITLE_SET
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import _desc_gender, _gender_of
from helpers.instruments.quotes.names import canonical_key
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.speakers import NAMED_TYPES

if TYPE_CHECKING:  # the index is built there; only its type is named here
    from helpers.instruments.quotes.ranker_candidates import ArticleIndex

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
    "kind_organisation", "kind_document", "non_person",
)
#: the pronoun of a speaker phrase -> the gender it asks for
_PRONOUN_GENDER = {"he": "m", "she": "f", "they": "p", "it": "o"}
#: rule attributions that found no cue of the row's own (the speaker came from around it)
_WEAK = frozenset({"continuation", "context", "other"})
#: rule attributions that rest on a cue of the row's own sentence
_CUED = frozenset({"post-cue", "pre-cue", "sentence-cue"})
_INDEX = {f: i for i, f in enumerate(FEATURES)}
#: the indices of the features the per-candidate functions write, looked up once (speed, issue
#: 13, throughput round 13: a candidate's vector was filled through :meth:`Candidate.set`, a
#: method call and a dict look-up per feature, ~390,000 a benchmark quarter; writing
#: ``features[i] = float(value)`` is what ``set`` does)
_I_LOG_MENTIONS_WINDOW: Final = _INDEX["log_mentions_window"]
_I_NO_MENTION: Final = _INDEX["no_mention"]
_I_VERB_AFTER: Final = _INDEX["verb_after"]
_I_VERB_BEFORE: Final = _INDEX["verb_before"]
_I_ANY_VERB_SAME_PARAGRAPH: Final = _INDEX["any_verb_same_paragraph"]
_I_ANY_NAMED_WINDOW: Final = _INDEX["any_named_window"]
_I_ANY_SUBJECT_WINDOW: Final = _INDEX["any_subject_window"]
_I_ANY_SUBJECT_SAME_SENTENCE: Final = _INDEX["any_subject_same_sentence"]
_I_LOG_DISTANCE: Final = _INDEX["log_distance"]
_I_BEFORE: Final = _INDEX["before"]
_I_SAME_PARAGRAPH: Final = _INDEX["same_paragraph"]
_I_PREVIOUS_PARAGRAPH: Final = _INDEX["previous_paragraph"]
_I_NEXT_PARAGRAPH: Final = _INDEX["next_paragraph"]
_I_SAME_SENTENCE: Final = _INDEX["same_sentence"]
_I_NEXT_SENTENCE: Final = _INDEX["next_sentence"]
_I_SUBJECT: Final = _INDEX["subject"]
_I_NEAR_CUE: Final = _INDEX["near_cue"]
_I_RIGHT_AFTER: Final = _INDEX["right_after"]
_I_RIGHT_BEFORE: Final = _INDEX["right_before"]
_I_MULTIWORD: Final = _INDEX["multiword"]
_I_PRONOUN_RESOLVED: Final = _INDEX["pronoun_resolved_by_rules_style"]
_I_PREVIOUS_SPEAKER: Final = _INDEX["previous_speaker"]
_I_SECOND_PREVIOUS_SPEAKER: Final = _INDEX["second_previous_speaker"]
_I_THIRD_PREVIOUS_SPEAKER: Final = _INDEX["third_previous_speaker"]
_I_PREVIOUS_SPEAKER_SAME_PARAGRAPH: Final = _INDEX["previous_speaker_same_paragraph"]
_I_REPLY_PREVIOUS_SPEAKER: Final = _INDEX["reply_previous_speaker"]
_I_LOG_CHAIN_MENTIONS: Final = _INDEX["log_chain_mentions"]
_I_SPOKE_BEFORE: Final = _INDEX["spoke_before"]
_I_CUED_BEFORE: Final = _INDEX["cued_before"]
_I_GENDER_AGREES: Final = _INDEX["gender_agrees"]
_I_GENDER_CLASHES: Final = _INDEX["gender_clashes"]
_I_LATEST_SUBJECT: Final = _INDEX["latest_subject"]
_I_OWN_MENTION_SAME_PARAGRAPH: Final = _INDEX["own_mention_same_paragraph"]
_I_OWN_MENTION_PREVIOUS_PARAGRAPH: Final = _INDEX["own_mention_previous_paragraph"]
_I_OWN_MENTION_NONE_BEFORE: Final = _INDEX["own_mention_none_before"]
_I_OWN_SUBJECT_BEFORE: Final = _INDEX["own_subject_before"]
#: kinds of a non-pronoun mention, best first: the best one the article gives a candidate
#: describes it (a speaker the rules reached through a description and a pronoun is no bare
#: pronoun)
_BEST_KINDS = ("named", "description", "group")
#: mention kinds with a feature of their own (others count as ``named``)
_KINDS = ("named", "description", "group", "pronoun", "organisation", "document")
#: per mention kind of :data:`_KINDS` and per best kind of a chain (:func:`_chain`), the
#: feature's index (written by index: throughput round 13)
_I_KIND: Final = {k: _INDEX[f"kind_{k}"] for k in _KINDS}
_I_BEST: Final = {k: _INDEX[f"best_{k}"] for k in (*_BEST_KINDS, "none")}
#: a sentence end between a mention and the quotation
_SENT_END_RE = lazy_compile(r"[.!?][\"”’)]?\s+(?=[\"“‘A-Z\x01])")


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


def speaker_key(art: ArticleState | None, speaker: str, typ: str) -> str:
    """The key on which candidates, earlier speakers and the rules' choice are compared: for a
    name (``typ`` named or pronoun-resolved) the article's person key, one for every spelling
    of one person (``Sandy``/``Sandra X``, ``François``/``Francois X``:
    :meth:`.state.ArticleState.person_key`, the canonical speaker's rule; issue 13,
    wt-names30); for a description, group or document its folded words; without an article,
    :func:`.names.canonical_key`. "" for no speaker."""
    if not speaker:
        return ""
    if art is None:
        return canonical_key(speaker)
    return art.person_key(speaker, typ in NAMED_TYPES)


def _sentences_between(text: str, a: int, b: int) -> int:
    """Sentence ends in ``text[a:b]`` (``a`` <= ``b``)."""
    return len(_SENT_END_RE.findall(text, a, b)) if a < b else 0


#: the word after a mention (past an apposition ``, the chairman,`` and an adverb)
_NEXT_WORD_RE = lazy_compile(r"(?:,[^,.;:!?\x01\n]{1,60},)?\s+(?:[a-z]+ly\s+)?([a-z]+)")
#: the word before a mention (``said X``), past an adverb; searched in the 30 characters before
#: the mention, cut out (speed, issue 13 round 3: the same word as
#: ``([a-z]+)(?:\s+[a-z]+ly)?,?\s+$`` searched up to the mention, as that search's leftmost
#: match never starts after a letter of the window, where it could start one letter earlier;
#: the look-behind spares the engine a try at every letter of every word, 8 -> 4 us a call)
_PREV_WORD_RE = lazy_compile(r"(?<![a-z])([a-z]+)(?:\s+[a-z]+ly)?,?\s+$")


def verb_after(text: str, m: Mention) -> bool:
    """A verb of saying or framing right after the mention (``X said``, ``X, a chairman,
    added``)."""
    v = _NEXT_WORD_RE.match(text, m.end, min(len(text), m.end + 80))
    return bool(v and v.group(1) in ALL_VERBS)


def verb_before(text: str, m: Mention) -> bool:
    """A verb of saying or framing right before the mention (``said X``)."""
    v = _PREV_WORD_RE.search(text[max(0, m.start - 30):m.start])
    return bool(v and v.group(1) in ALL_VERBS)


def _verbs(text: str, m: Mention, cache: dict) -> tuple[bool, bool]:
    """(:func:`verb_after`, :func:`verb_before`) of mention ``m``, memoised in the article's
    ``cache``: a mention is described for every row of its window (speed)."""
    key = ("verbs", id(m))
    if key not in cache:
        cache[key] = (verb_after(text, m), verb_before(text, m))
    return cache[key]


def _chain(c: Candidate, key: str, index: ArticleIndex | None,
           spoken: dict[str, bool]) -> None:
    """Features of the candidate's chain in the article up to the window's end: the best kind
    of its non-pronoun mentions (``best_none``: only pronouns, or a speaker of an earlier row
    the article never names), how many, and whether it spoke before (with a cue).
    ``spoken``: :func:`speaker_key` of each of the article's earlier speech rows -> whether
    any of its rows was cued (:func:`.ranker_candidates.history_spoken`; speed, issue 13,
    throughput round 5: the whole history was scanned for every candidate of every row; the
    best kind and count are kept per key, :meth:`.ranker_candidates.ArticleIndex.chain`,
    throughput round 15)."""
    best, n = index.chain(key) if index is not None else ("none", 0)
    f = c.features
    f[_I_BEST[best]] = 1.0
    f[_I_LOG_CHAIN_MENTIONS] = math.log1p(n)
    f[_I_SPOKE_BEFORE] = float(key in spoken)
    f[_I_CUED_BEFORE] = float(spoken.get(key, False))


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
              n_window: int, others: list[Mention], cache: dict,
              gaps: dict[int, int] | None = None) -> None:
    """Fill the mention-based features of ``c`` from its nearest mention ``m`` and all its
    mentions in the window (``others``); ``cache``: the article's memo; ``gaps``: the row's
    memo of :func:`row_gap` per mention (None: none kept).

    Speed (issue 13, throughput round 13): the features are written by index (what
    :meth:`Candidate.set` does, without a call and a look-up per feature), and the sentence
    ends between a mention and the quotation are counted once per (mention, row)
    (:func:`row_gap`), for the nearest mention and for the ``others`` alike, where each
    candidate counted them again."""
    f = c.features
    f[_I_LOG_MENTIONS_WINDOW] = math.log1p(n_window)
    if m is None:
        f[_I_NO_MENTION] = 1.0
        return
    if gaps is None:
        gaps = {}
    sp = row.span
    after, before_verb = _verbs(text, m, cache)
    f[_I_VERB_AFTER] = float(after)
    f[_I_VERB_BEFORE] = float(before_verb)
    f[_I_ANY_VERB_SAME_PARAGRAPH] = float(any(
        o.para == para and any(_verbs(text, o, cache)) for o in others))
    f[_I_ANY_NAMED_WINDOW] = float(any(o.kind == "named" for o in others))
    # centring: the person a paragraph is about is a subject there (a pronoun's antecedent is
    # rarely a name listed as an object: ``he saw A, B and C. "…," he cries``)
    f[_I_ANY_SUBJECT_WINDOW] = float(any(o.subject for o in others))
    f[_I_ANY_SUBJECT_SAME_SENTENCE] = float(any(
        o.para == para and o.subject and row_gap(text, o, sp, gaps) == 0 for o in others))
    f[_I_KIND.get(m.kind, _I_KIND["named"])] = 1.0
    before = m.end <= sp.open_pos
    dist = sp.open_pos - m.end if before else max(0, m.start - sp.end)
    f[_I_LOG_DISTANCE] = math.log1p(dist) / 5.0
    f[_I_BEFORE] = float(before)
    f[_I_SAME_PARAGRAPH] = float(m.para == para)
    f[_I_PREVIOUS_PARAGRAPH] = float(m.para == para - 1)
    f[_I_NEXT_PARAGRAPH] = float(m.para == para + 1)
    n_sent = row_gap(text, m, sp, gaps)
    f[_I_SAME_SENTENCE] = float(m.para == para and n_sent == 0)
    f[_I_NEXT_SENTENCE] = float(m.para == para and n_sent == 1)
    f[_I_SUBJECT] = float(m.subject)
    if row.cue_start is not None and row.cue and m.para == para:
        f[_I_NEAR_CUE] = float(abs(m.start - row.cue_start) <= 40 or
                               abs(m.end - row.cue_start) <= 40)
    f[_I_RIGHT_AFTER] = float(not before and m.para == para and 0 <= m.start - sp.end <= 30)
    f[_I_RIGHT_BEFORE] = float(before and m.para == para and 0 <= sp.open_pos - m.end <= 40)
    f[_I_MULTIWORD] = float(len(m.surface.split()) >= 2)
    f[_I_PRONOUN_RESOLVED] = float(m.kind == "pronoun")


def row_gap(text: str, m: Mention, sp: QuoteSpan, gaps: dict[int, int]) -> int:
    """Sentence ends (:func:`_sentences_between`) between mention ``m`` and the quotation
    ``sp``: from the mention's end to the opening mark when the mention ends before it, else
    from the quotation's end to the mention's start; memoised per mention in ``gaps`` (one
    dict per row: the offsets and the text are fixed for it)."""
    got = gaps.get(id(m))
    if got is None:
        got = gaps[id(m)] = _sentences_between(text, m.end, sp.open_pos) \
            if m.end <= sp.open_pos else _sentences_between(text, sp.end, m.start)
    return got


def _previous_speakers(c: Candidate, key: str, prev: list[str], prev_para: str,
                       row: QuoteRow) -> None:
    """Whether candidate ``c`` (:func:`speaker_key` ``key``) is one of the last three
    speakers (``prev``: their keys, latest first), the last one of the paragraph
    (``prev_para``: its key), and the last one when the cue is a reply (``"…," he replied``:
    rarely by the one who spoke just before)."""
    f = c.features
    f[_I_PREVIOUS_SPEAKER] = float(bool(prev) and prev[0] == key)
    f[_I_SECOND_PREVIOUS_SPEAKER] = float(len(prev) > 1 and prev[1] == key)
    f[_I_THIRD_PREVIOUS_SPEAKER] = float(len(prev) > 2 and prev[2] == key)
    f[_I_PREVIOUS_SPEAKER_SAME_PARAGRAPH] = float(bool(prev_para) and prev_para == key)
    f[_I_REPLY_PREVIOUS_SPEAKER] = float(row.cue in _REPLY_LEMMAS and f[_I_PREVIOUS_SPEAKER])


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
        f = c.features  # written by index (throughput round 13; what ``set`` does)
        f[_I_GENDER_AGREES] = float(ok and g != "u")
        f[_I_GENDER_CLASHES] = float(clash)
        hard.append(pron in ("m", "f") and g in ("m", "f") and g != pron)
        f[_I_LATEST_SUBJECT] = float(key in latest and latest[key] == top)
        # the nearest mention of its own (not a pronoun) before the quotation: how far back
        # the article last named the candidate
        own = [m for m in ms if m.kind != "pronoun" and m.end <= row.span.open_pos]
        near = max(own, key=lambda m: m.start) if own else None
        f[_I_OWN_MENTION_SAME_PARAGRAPH] = float(near is not None and near.para == para)
        f[_I_OWN_MENTION_PREVIOUS_PARAGRAPH] = float(near is not None and
                                                     near.para == para - 1)
        f[_I_OWN_MENTION_NONE_BEFORE] = float(near is None)
        f[_I_OWN_SUBJECT_BEFORE] = float(any(m.subject for m in own))
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
_WORD_BEFORE_RE = lazy_compile(r"([A-Za-z]+)$")


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

