"""One article's quotation rows: spans and cues per paragraph, people recognised by surname
reuse, and interview detection."""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.quotation_marks import (
    QuoteSpan,
    find_quote_spans,
)
from helpers.instruments.quotes.antecedents import retitle_runs
from helpers.instruments.quotes.attribution import (
    ArticleState,
    Paragraph,
    _LazyMentions,
)
from helpers.instruments.quotes.captions import picture_paragraphs
from helpers.instruments.quotes.cues import _find_cue
from helpers.instruments.quotes.lexicon import (
    ALL_VERBS,
    DEMONYMS,
    opens_name,
)
from helpers.instruments.quotes.mentions import (
    _NAME_RUN_RE,
    _NON_VERBS,
    _clean_name_tokens,
    _is_person_name,
)
from helpers.instruments.quotes.names import (
    canonical_key,
)
from helpers.instruments.quotes.phrases import np_kind
from helpers.instruments.quotes.quoterow import (
    QuoteRow,
    _mask,
)


class ArticleRows(NamedTuple):
    """The quotation rows of one article, the same rows grouped by paragraph index, and the
    paragraphs they were found in."""

    rows: list[QuoteRow]
    para_spans: list[tuple[int, list[QuoteRow]]]
    paragraphs: list[Paragraph]


def _article_rows(corpus_text: str, blocks: dict[str, list], art: ArticleState) -> ArticleRows:
    """Spans, masks and cues of one article (``blocks``: column -> values, in text order)."""
    rows: list[QuoteRow] = []
    para_index = -1
    para_spans: list[tuple[int, list[QuoteRow]]] = []
    # pass 1: spans, masks, mentions, cues
    block_info: list[Paragraph] = []
    cols = [list(blocks[c]) for c in ("block_id", "start", "end", "paragraph_index")]
    # photo credits and captions are no narration: no mention, no speaker from them
    pictures = picture_paragraphs([corpus_text[int(lo):int(hi)]
                                   for lo, hi in zip(cols[1], cols[2])])
    for k, (bid, lo, hi, bpi) in enumerate(zip(*cols)):
        lo, hi = int(lo), int(hi)
        spans = find_quote_spans(corpus_text, lo, hi)
        narr = _mask(corpus_text, lo, hi, spans)
        if k in pictures and not spans:
            narr = " " * len(narr)
        para_index += 1
        runs = retitle_runs(narr, list(_NAME_RUN_RE.finditer(narr)))  # round 35
        art.note_candidates(narr, lo, runs)
        block_info.append(Paragraph(int(bid), int(bpi), lo, hi, spans, narr, para_index, runs))
    _known_by_surname_reuse(art)
    # names seen as full names are "known" persons; rescan single-surname mentions
    prev_block = ("", 0)
    # mentions are found lazily: only paragraphs that a resolution looks at are scanned
    art.paragraph_mentions = _LazyMentions(corpus_text, block_info, art.known)
    for b in block_info:
        lo, hi, spans, narr, pi = b.lo, b.hi, b.spans, b.narr, b.index
        prow: list[QuoteRow] = []
        top = [s for s in spans if s.level == 0]
        top_index = {id(s): k for k, s in enumerate(top)}  # not list.index: linear, not quadratic
        for s in spans:
            row = QuoteRow(s, b.block_id, b.block_paragraph_index)
            if s.level == 0:
                k = top_index[id(s)]
                next_open = top[k + 1].open_pos if k + 1 < len(top) else -1
                prev_close = (top[k - 1].close_pos + 1 if top[k - 1].close_pos >= 0
                              else top[k - 1].end) if k else lo
                _find_cue(row, corpus_text, lo, hi, narr, next_open, prev_close,
                          prev_block[0], prev_block[1])
            else:
                parent = spans[s.parent]
                inner_narr = _mask(corpus_text, parent.start, parent.end,
                                   [c for c in (spans[j] for j in parent.children)
                                    if c is not s] + [_as_top(s)])
                sub_narr = inner_narr
                _find_cue(row, corpus_text, parent.start, parent.end, sub_narr, -1,
                          parent.start)
                if row.attribution not in ("pre-cue", "post-cue"):
                    row.attribution = ""
                    row.cue, row.np = "", ""
            prow.append(row)
        para_spans.append((pi, prow))
        prev_block = (narr, lo)
        rows.extend(prow)
    return ArticleRows(rows, para_spans, block_info)


_VERB_NEXT_RE = lazy_compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<w>[a-z]+)\b")


def _known_by_surname_reuse(art: ArticleState) -> None:
    """A two- or three-word capitalised run whose last word later stands alone as the subject
    of a verb (``I meet Tomasz Wrona …`` … ``Wrona laughs``) is a person: news prose refers
    back to people by surname, not to organisations or places by their last word.

    Round 23: the first word of a two-word person's name that opens with no listed given name
    (family name first: ``Ban Ki-moon`` … ``Ban demurred``) is known alone too when it later
    stands alone before a verb; before, such a lone name was no mention, and the ``he`` after
    it went to a man named inside the sentence's clause."""
    singles: dict[str, list[int]] = {}
    for off, tokens in art.name_runs:
        if len(tokens) == 1:
            singles.setdefault(tokens[0], []).append(off)
    if not singles:
        return
    for off, full in list(art.full_names):
        toks = full.split()
        if len(toks) == 2 and canonical_key(full) in art.known and not opens_name(toks) and \
                canonical_key(toks[0]) not in art.known and \
                any(at > off and _verb_follows(art.text, at + len(toks[0]))
                    for at in singles.get(toks[0], ())):
            art.known.add(canonical_key(toks[0]))  # family name first: "Ban Ki-moon" … "Ban"
        if not 2 <= len(toks) <= 3 or canonical_key(full) in art.known or \
                toks[0].lower() in DEMONYMS:
            continue  # (a nationality word opens no person's name: "Mexican American
            # journalists" … "American jobs rely", round 28)
        for at in singles.get(toks[-1], ()):
            if at > off and _verb_follows(art.text, at + len(toks[-1])):
                art.known.add(canonical_key(full))
                art.known.add(canonical_key(toks[-1]))
                break


def _verb_follows(text: str, pos: int) -> bool:
    """Whether a verb (a listed one, or a word in ``-s``/``-ed`` that is no listed non-verb)
    follows the name ending at ``pos``."""
    v = _VERB_NEXT_RE.match(text, pos)
    w = v.group("w") if v else ""
    return bool(w) and (w in ALL_VERBS or (w.endswith(("s", "ed")) and w not in _NON_VERBS
                                           and w not in _SMALL_WORDS))


def _as_top(s: QuoteSpan) -> QuoteSpan:
    return QuoteSpan(s.start, s.end, s.open_pos, s.close_pos, s.mark, 0)


def _detect_interviewee(art: ArticleState, rows: list[QuoteRow], head_text: str) -> str:
    """The interviewee of an interview article, or "" (never keyed to a particular name).

    Evidence: the standfirst/title says the piece is an interview ("talks to", "interview",
    "speaks to", "meets", "in conversation") and names a person who is also quoted; or one
    named person holds most of the explicit, named attributions of the article (then
    ``art.interview_form`` records whether the article has interview form: a first-person
    writer or mostly present-tense cues of that person; :mod:`.pronouns` reads it).
    """
    named, present = [], []
    for r in rows:
        if r.attribution in _CUE_ATTRIBUTIONS and r.span.level == 0 and r.np and \
                np_kind(r.np) == "named":
            tokens = _clean_name_tokens(r.np)
            if tokens:
                named.append(art.canonical(" ".join(tokens), r.np_start or 0))
                present.append(_present_cue(art.text, r))
    named = _one_spelling(named, art)
    counts: dict[str, int] = {}
    for n in named:
        counts[n] = counts.get(n, 0) + 1
    mentions = art.mention_counts()
    interview_words = re.search(
        r"(?i)\b(?:talks?(?: \w+)? to|interview(?:ed|s)?|speaks? to|meets|in conversation|"
        r"sits down with|Q&A)\b", head_text)
    if interview_words:
        head_names = []
        for m in _NAME_RUN_RE.finditer(head_text):
            tokens = _clean_name_tokens(m.group(0))
            if tokens and _is_person_name(tokens, art.known):
                head_names.append(art.canonical(" ".join(tokens), len(art.text)))
        head_names = _one_spelling(head_names, art, named)
        cands = [n for n in head_names if counts.get(n, 0) or art.mentions_of(n) >= 2]
        if cands:
            return max(cands, key=lambda n: (counts.get(n, 0), art.mentions_of(n)))
    if counts:
        top, c = max(counts.items(), key=lambda kv: kv[1])
        second = max((v for k, v in counts.items() if k != top), default=0)
        if c >= 3 and c >= 0.6 * len(named) and c >= 2 * second:
            # one person holding most named attributions: an interview in form only when the
            # writer speaks in the first person or that person's cues are mostly in the
            # present tense (``he says``); a report quoting its main figure (``Mr. X said``)
            # keeps this interviewee, but a ``he`` there may still go to the person named as
            # subject earlier in its paragraph (:func:`.pronouns._resolve_pronoun`)
            own = [p for n, p in zip(named, present) if n == top]
            art.interview_form = art.writer_meets or 2 * sum(own) >= len(own)
            return top
    if art.writer_meets and mentions:
        # a profile: the writer, in the first person, asks / presses / meets someone; the
        # person the piece is about is the one named far more often than anyone else
        ranked = sorted(mentions.items(), key=lambda kv: -kv[1])
        top, c = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        first = art.block_starts[1:2] or art.block_starts[:1]
        lead = ""
        if first:
            k = art.block_starts.index(first[0])
            end = art.block_starts[k + 1] if k + 1 < len(art.block_starts) else len(art.text)
            lead = art.text[first[0]:end]
        if c >= 2 and c >= second and _opens_with_person(lead, top, art):
            return top
    return ""


def _one_spelling(names: list[str], art: ArticleState, usual: list[str] | None = None
                  ) -> list[str]:
    """``names`` with every spelling of one person (one :meth:`.state.ArticleState.person_key`:
    ``Sandy``/``Sandra Quill``) replaced by the spelling most frequent in ``usual`` (default
    ``names``; ties: the first seen), so that one person's attributions are counted together
    (issue 13, wt-names30)."""
    freq: dict[str, int] = {}
    for n in names if usual is None else usual:
        freq[n] = freq.get(n, 0) + 1
    best: dict[str, str] = {}
    for n in sorted(freq, key=lambda x: -freq[x]):  # stable: ties keep the first seen
        best.setdefault(art.person_key(n), n)
    return [best.get(art.person_key(n), n) for n in names]


def _present_cue(text: str, row: QuoteRow) -> bool:
    """Whether the row's verb of saying is in the present tense (``says``, ``tells``): the
    narration of an interview or profile, where a news report has ``said``."""
    if row.cue_start is None or row.cue_end is None:
        return False
    verb = text[row.cue_start:row.cue_end].split()[-1:] or [""]
    return verb[0].endswith("s") and not verb[0].endswith("ss")


def _opens_with_person(lead: str, name: str, art: ArticleState) -> bool:
    """Whether the first sentence of the lead paragraph is about ``name`` (a profile opens on
    its subject: ``Anthony Reyes is making tea …``)."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘])", lead.strip(), maxsplit=1)[0]
    for m in _NAME_RUN_RE.finditer(first):
        tokens = _clean_name_tokens(m.group(0))
        if tokens and art.canonical(" ".join(tokens), len(art.text)) == name:
            return True
    return False


_WRITER_ASKS_RE = lazy_compile(r"(?<![\w’'])I\s+(?:ask|asked|press|pressed|put it to)\b")


#: the writer in the first person dealing with someone (``I ask``, ``When I press him``,
#: ``he tells me``): the narration of an interview or profile, not of a report
_WRITER_MEETS_RE = lazy_compile(
    r"(?<![\w’'])(?:I\s+(?:ask|asked|press|pressed|put|meet|met|visit|visited|interrupt|"
    r"interrupted|suggest|suggested|mention|mentioned|remind|reminded)\b"
    r"|(?:tells|told|asks|asked|assures|assured|reminds|reminded)\s+me\b)")


_CUE_ATTRIBUTIONS = ("post-cue", "pre-cue", "sentence-cue")
#: words right before a quotation that announce a label, not an utterance
_TERM_MARKER_RE = lazy_compile(
    r"\b(?:so-called|so called|dubbed|nicknamed|known as|the (?:word|words|term|phrase|label|"
    r"slogan|title)|titled|entitled|(?:book|film|song|album|report|play|novel|programme|"
    r"program|show|series|campaign|group|event|festival|exhibition|podcast|documentary|memoir|"
    r"poem|article|essay|slogan|motto|policy|scheme|plan|bill|project)\s+(?:called|named))\s*$",
    re.IGNORECASE)
_SMALL_WORDS = frozenset("a an the of in on at to for and or but with by from as is".split())


def _is_title_case(inner: str) -> bool:
    """A short span in Title Case without closing punctuation: the title of a work or an event
    (``"The Long Road Home"``), not an utterance."""
    words = inner.split()
    if not 2 <= len(words) <= 8 or inner.rstrip()[-1:] in ".?!,;:…":
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and \
        sum(w[:1].isupper() for w in words) >= 2
_NAMING_LEMMAS = {"call", "dub", "label", "brand", "term"}


#: right before a quotation, a noun naming a work or broadcast (``the documentary``, ``his 2012
#: book,``) or a broadcaster's possessive after a preposition (``on CNN's``): a title follows
_WORK_BEFORE_RE = lazy_compile(
    r"(?:\b(?:book|film|movie|show|programme|program|series|podcast|documentary|album|song|"
    r"novel|memoir|autobiography|episode|play|musical|sitcom|broadcast|column|newsletter|"
    r"video|ad|advert|advertisement|spot|poem|essay|article|op-ed|headline)"
    r"|\b(?:on|of|to|from|for|in)\s+(?:[A-Z][\w.&\-]*\s+){0,2}[A-Z][\w.&\-]*[’']s)"
    r"\s*,?\s*$")


#: right after a quotation: ``, by <Name>`` (the author of a work)
_BY_AUTHOR_AFTER_RE = lazy_compile(r"^\s*,?\s*by\s+(?:[A-Z]\.\s*)*[A-Z][a-z]")
#: right before a quotation: ``author of``, ``roles in``-type phrases naming works
_AUTHOR_OF_RE = lazy_compile(r"\b(?:author|authors|writer|director|star|producer)\s+of\s*$")


def _is_work_title(inner: str, before: str, after: str = "") -> bool:
    """A span in Title Case (trailing ``.,!?`` of news style inside the marks allowed) right after
    a noun naming a work or a broadcaster's possessive, after ``author of``, or followed by
    ``by <Name>``: the title of that work, not an utterance (``on ABC's "This Week,"``, ``the
    podcast "Here Is the Thing."``)."""
    words = inner.rstrip(" .,!?;:…").split()
    if not 1 <= len(words) <= 8 or not (_WORK_BEFORE_RE.search(before) or _AUTHOR_OF_RE.search(
            before) or _BY_AUTHOR_AFTER_RE.match(after)):
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)
