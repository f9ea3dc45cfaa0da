"""The finishing passes over an article's rows, in reading order: kinds, continuations,
context speakers, Q&A turns, vocatives, nested quotations, multi-paragraph quotations."""

from __future__ import annotations

import bisect
import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.text import count_words
from helpers.instruments.quotes.antecedents import addressee
from helpers.instruments.quotes.apposed_offices import context_office_speaker
from helpers.instruments.quotes.article import (
    _CUE_ATTRIBUTIONS,
    _NAMING_LEMMAS,
    _TERM_MARKER_RE,
    _WRITER_ASKS_RE,
    _is_title_case,
    _is_work_title,
)
from helpers.instruments.quotes.attribution import (
    ArticleState,
    _attribute_np,
    mention_name,
)
from helpers.instruments.quotes.bylines import byline_speaker
from helpers.instruments.quotes.context_relays import context_relay_speaker
from helpers.instruments.quotes.continuations import (
    colon_intro_speaker,
    sentence_subject_speaker,
)
from helpers.instruments.quotes.dash_labels import dash_label_speaker, trailing_dash_speaker
from helpers.instruments.quotes.floor_turns import floor_turn_speaker
from helpers.instruments.quotes.headlines import headline_speaker
from helpers.instruments.quotes.interview_asides import interview_aside
from helpers.instruments.quotes.lexicon import (
    _lone_first_names,
)
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import (
    _ORG_APPOS_RE,
    POSSESSIVE_HER,
    _desc_gender,
    _gender_of,
)
from helpers.instruments.quotes.phrases import np_kind
from helpers.instruments.quotes.quoterow import (
    QuoteRow,
    _is_sentence_like,
)
from helpers.instruments.quotes.trailing_cues import trailing_cue_speaker
from helpers.instruments.quotes.written_subjects import written_subject_speaker

#: a definite epithet inside the marks: `the` and one capitalised word (round 21)
_EPITHET_RE = lazy_compile(r"the [A-Z][a-z]+$")


def _start(mention: Mention) -> int:
    """Sort key of a paragraph's mentions."""
    return mention.start


#: ``her`` / ``him`` right after a cue (:func:`_finish`), compiled once (speed, throughput
#: round 10)
_CUE_OBJECT_RE = lazy_compile(r"\s+(her|him)\b" + POSSESSIVE_HER)
#: a colon ending the text before an opening mark (:func:`_finish`)
_COLON_END_RE = lazy_compile(r":\s*$")


def _finish(rows: list[QuoteRow], para_spans, art: ArticleState, interview: bool) -> None:
    """Resolve speakers, kinds and continuations, in reading order."""
    prev_top: QuoteRow | None = None  # previous top-level speech row
    prev_top_para = -10
    art.interview_mode = interview
    # house style: when directly cued speech is in double marks, a short top-level span in
    # single marks that no verb right next to it reports is the writer's scare quote
    doubles = sum(1 for r in rows if r.span.level == 0 and r.span.mark == "double"
                  and r.attribution in ("pre-cue", "post-cue"))
    singles_cued = sum(1 for r in rows if r.span.level == 0 and r.span.mark == "single"
                       and r.attribution in ("pre-cue", "post-cue"))
    scare_singles = doubles >= 2 and doubles > singles_cued
    for pi, prow in para_spans:
        for row in prow:
            sp = row.span
            inner = art.text[sp.start:sp.end]
            if sp.level:
                _finish_nested(row, prow, art, pi)
                continue
            words = row.n_words = count_words(inner)  # (kept for the table's n_words)
            if scare_singles and sp.mark == "single" and words <= 8 and \
                    row.attribution not in _CUE_ATTRIBUTIONS and _alone_in_paragraph(row, art, pi):
                _make_term(row)  # a short single-quoted line as its own paragraph: a subheading
                continue
            if scare_singles and sp.mark == "single" and words <= 4 and \
                    row.attribution not in ("pre-cue", "post-cue") and \
                    not _is_sentence_like(inner):
                _make_term(row)  # "keeping a ‘loyalty register’ of MPs"
                continue
            close = sp.close_pos + 1 if sp.close_pos >= 0 else sp.end
            if _is_work_title(inner, art.text[max(0, sp.open_pos - 40):sp.open_pos],
                              art.text[close:close + 30]):
                _make_term(row)  # "said on ABC's "This Week,"", "the documentary "Weiner.""
                continue
            if (words <= 6 and _TERM_MARKER_RE.search(
                    art.text[max(0, sp.open_pos - 30):sp.open_pos])) or (
                    _is_title_case(inner) and row.attribution not in ("pre-cue", "post-cue")):
                _make_term(row)  # "the so-called "surge"", "the word "p""
                continue
            turn = _qa_turn(row, prev_top, prev_top_para, pi, art, interview)
            if turn and row.attribution not in _CUE_ATTRIBUTIONS:
                row.kind, row.attribution = "speech", "context"
                row.speaker, row.speaker_type = turn, (
                    "writer" if turn == "the interviewer" else "named")
                row.rules_only = "qa-turn"
            elif row.attribution in _CUE_ATTRIBUTIONS:
                if row.anonymous:
                    row.speaker, row.speaker_type = "", "none"
                elif row.np:
                    _attribute_np(row, art, pi, interview, exclude=_turn_taker(row, prow, art)
                                  or _addressed(row, art))
                # an epithet (`call her "the Quartermaster"`: `the` and a capitalised word, no
                # punctuation) is a label whoever gives it; other short spans only without a
                # speaker (`called him "dopey"`, `called it "Evil Empire,"` stay speech)
                short_label = row.cue in _NAMING_LEMMAS and words <= 2 and (
                    not row.speaker or _EPITHET_RE.match(inner) is not None)
                row.kind = "term" if short_label else "speech"
            elif words >= 4 or _is_sentence_like(inner) or (
                    words and _COLON_END_RE.search(art.text[max(0, sp.open_pos - 5):sp.open_pos])):
                row.kind = "speech"
                row.attribution = "context"
                if (interview and art.interview_form) or not (
                        byline_speaker(row, art, pi, interview)
                        or dash_label_speaker(row, art, pi, interview)
                        or headline_speaker(row, art, pi, interview)
                        or colon_intro_speaker(row, art, pi, interview)
                        or context_relay_speaker(row, art, pi, interview)
                        # a source the dash names after the closing mark before a guess from
                        # the sentence's subject ("Line of the week: "…" – a whip", review 18)
                        or trailing_dash_speaker(row, art, pi, interview)
                        or sentence_subject_speaker(row, art, pi, interview)
                        or written_subject_speaker(row, art, pi, interview)
                        or floor_turn_speaker(row, art, pi, interview)):
                    _context_speaker(row, art, pi, interview, prev_top, prev_top_para, prow)
                context_office_speaker(row, art)  # "the Speaker" apposed to a name (round 65)
                if not row.speaker:  # a post-cue the cue readers refused (round 44)
                    trailing_cue_speaker(row, art, pi)
            else:
                row.kind = "term"
            if row.kind == "term":
                _make_term(row)
                continue
            row.continuation = (not row.cue and prev_top is not None and bool(row.speaker)
                                and prev_top.speaker == row.speaker)
            if row.continuation:
                row.attribution = "continuation"
            prev_top, prev_top_para = row, pi
            # a named speaker with an organisation in apposition ("Agencia Norte, the official …
            # news agency, wrote") is no later "he"/"she" (round 28)
            # (a continuation of its words keeps that)
            org = row.speaker_type == "named" and (
                (row.np_end is not None and
                 _ORG_APPOS_RE.match(art.text, row.np_end, row.np_end + 80) is not None)
                or (row.continuation and bool(art.speech_history)
                    and art.speech_history[-1][1:] == (row.speaker, "group")))
            art.speech_history.append((pi, row.speaker, "group" if org else row.speaker_type))
            if row.np and row.speaker and row.np_start is not None and \
                    pi < len(art.paragraph_mentions):
                kind = {"named": "named", "group": "group", "pronoun-resolved": "named",
                        "writer": "named"}.get(row.speaker_type, "description")
                kind = "group" if org else kind
                gender = _desc_gender(row.speaker) if kind == "description" else \
                    _gender_of(row.speaker.split())
                # "…," he says: the resolved speaker is known to be a man from now on
                gender = _PRONOUN_GENDER.get(row.np.strip().lower(), gender)
                mentions = art.paragraph_mentions[pi]  # sorted by start: look up, not scan
                first = bisect.bisect_left(mentions, row.np_start, key=_start)
                last = bisect.bisect_right(mentions, row.np_start, key=_start)
                same = [x.not_pron for x in mentions[first:last] if x.not_pron]
                obj = _CUE_OBJECT_RE.match(art.text[row.cue_end:row.cue_end + 40]) \
                    if row.cue_end is not None else None
                if obj:  # "a minister who asked her: …": the speaker is not "she"
                    same = ["she" if obj.group(1) == "her" else "he"]
                bisect.insort_right(  # after equal starts, as a stable sort would put it
                    mentions,
                    Mention(row.np_start, row.np_end or row.np_start, row.speaker, kind, True,
                            gender, para=pi, not_pron=same[0] if same else ""),
                    key=_start)


_PRONOUN_GENDER = {"he": "m", "she": "f"}


def _alone_in_paragraph(row: QuoteRow, art: ArticleState, pi: int) -> bool:
    """The quotation, closed, is the whole of its paragraph (nothing but spaces around it)."""
    sp = row.span
    if sp.close_pos < 0 or pi >= len(art.block_starts):
        return False
    para_start = art.block_starts[pi]
    para_end = art.block_starts[pi + 1] if pi + 1 < len(art.block_starts) else len(art.text)
    return not art.text[para_start:sp.open_pos].strip() and \
        not art.text[sp.close_pos + 1:para_end].strip()


def _qa_turn(row: QuoteRow, prev: QuoteRow | None, prev_para: int, pi: int, art: ArticleState,
             interview: bool) -> str:
    """Turn-taking in an interview exchange: a quotation standing alone as its paragraph, with
    no cue, right after a quotation paragraph of the exchange, is the other party's turn (after
    the interviewer's question: the interviewee; a question after the interviewee's answer,
    once the interviewer has spoken in the exchange: the interviewer). Returns "" otherwise."""
    if not interview or not art.interviewee or prev is None or prev_para != pi - 1:
        return ""
    sp = row.span
    para_start = art.block_starts[pi] if pi < len(art.block_starts) else sp.open_pos
    para_end = art.block_starts[pi + 1] if pi + 1 < len(art.block_starts) else len(art.text)
    close = sp.close_pos + 1 if sp.close_pos >= 0 else sp.end
    if art.text[para_start:sp.open_pos].strip() or art.text[close:para_end].strip():
        return ""
    if prev.speaker == "the interviewer":
        return art.interviewee
    inner = art.text[sp.start:sp.end].rstrip()
    asked = any(sp_ == "the interviewer" and k >= pi - 3 for k, sp_, _ in art.speech_history)
    if not asked:  # or the writer asked in narration: "I ask whether she will retire."
        lo = art.block_starts[max(0, pi - 3)] if art.block_starts else 0
        asked = bool(_WRITER_ASKS_RE.search(art.text, lo, sp.open_pos))
    if prev.speaker == art.interviewee and inner.endswith("?") and asked:
        return "the interviewer"
    return ""


def _turn_taker(row: QuoteRow, prow: list[QuoteRow], art: ArticleState) -> str:
    """Dialogue turn-taking: a ``"…," he says`` quotation that directly follows another
    speaker's quotation (nothing but spaces between) is a reply, so its pronoun does not refer to
    that speaker. Returns the speaker to exclude, or ""."""
    if row.attribution not in ("post-cue", "pre-cue") or np_kind(row.np) != "pronoun":
        return ""
    prev = [r for r in prow if r.span.level == 0 and r.span.end <= row.span.start
            and r.kind == "speech"]
    if not prev or prev[-1].span.close_pos < 0:
        return ""
    if row.np_start is not None and prev[-1].np_start == row.np_start:
        return ""  # the other piece of one split quotation (``"…," he replied, "…"``, round 50)
    if row.cue in _REPLY_LEMMAS:  # "…," he replied: not the one who spoke just before
        return prev[-1].speaker
    between = art.text[prev[-1].span.close_pos + 1:row.span.open_pos]
    return prev[-1].speaker if not between.strip() and row.attribution == "post-cue" else ""


def _addressed(row: QuoteRow, art: ArticleState) -> str:
    """The person a pronoun's cue is addressed to (``"…," he told Lark``: Lark), who is not
    the pronoun's referent (round 35); "" when the cue names no hearer."""
    if np_kind(row.np) != "pronoun":
        return ""
    found = addressee(art.text, row.cue, row.cue_end)
    return art.canonical(found[1], found[0]) if found else ""


_REPLY_LEMMAS = frozenset({"reply", "answer", "retort", "respond", "counter"})


_VOCATIVE_RE = lazy_compile(r"^(?P<name>[A-Z][a-z]+)(?:\s*,|\s*!|\s*\?|\s*$)")


def _vocative_names(rows: list[QuoteRow], para_spans, art: ArticleState) -> None:
    """Name an unnamed speaker from a vocative: ``the chair interrupts him: "Stan, Stan …"``.

    When a speech quotation opens by addressing someone with a given name and its cue has an
    object pronoun (him/her), the addressee is the previous speaker of the paragraph (or of the
    one before) when that speaker is known only by a description; the description is replaced
    by the name for that speaker's quotations in the surrounding paragraphs.
    """
    names = _lone_first_names()
    top = [(pi, r) for pi, prow in para_spans for r in prow
           if r.span.level == 0 and r.kind == "speech"]
    for k, (pi, row) in enumerate(top):
        m = _VOCATIVE_RE.match(art.text[row.span.start:row.span.end])
        if not m or m.group("name") not in names or row.cue_end is None:
            continue
        if row.cue_end > row.span.open_pos or not re.search(
                r"\b(?:him|her)\b", art.text[row.cue_end:row.span.open_pos]):
            continue
        prev = [(qi, r) for qi, r in top[:k] if r.speaker and r.speaker != row.speaker
                and qi >= pi - 1]
        if not prev or prev[-1][1].speaker_type != "description":
            continue
        desc = prev[-1][1].speaker
        for qi, r in top:
            if r.speaker == desc and pi - 1 <= qi <= pi + 1:
                r.speaker, r.speaker_type = m.group("name"), "named"
                r.rules_only = "vocative"


def _multi_paragraph_speakers(rows: list[QuoteRow], text: str = "") -> None:
    """A quotation running over paragraphs is one speaker's: an open piece attributed only by
    context takes the speaker of the next piece when that piece has its own cue; so does a
    piece of the same sentence as the next piece (``Guns are "…" and "…," X proclaimed``:
    the sentence's own cue beats a guess from context); then ``continuation`` is recomputed
    (no own cue and the previous speech speaker again)."""
    top = [r for r in rows if r.span.level == 0 and r.kind == "speech"]
    for a, b in zip(top, top[1:]):
        if a.attribution in ("context", "") and b.cue and b.speaker and \
                (not a.span.closed or _same_sentence(a, b, text)) or (
                a.attribution == "continuation" and b.cue and b.speaker
                and _same_sentence(a, b, text)):
            # (a piece read as carrying on the speaker before, in one sentence with a later
            # piece that has its own cue, is that cue's: round 39)
            a.speaker, a.speaker_type = b.speaker, b.speaker_type
            a.speaker_start, a.speaker_end = b.speaker_start, b.speaker_end
    prev = None
    for r in top:
        r.continuation = bool(not r.cue and prev is not None and r.speaker
                              and prev.speaker == r.speaker)
        if r.continuation:
            r.attribution = "continuation"
        elif r.attribution == "continuation":
            r.attribution = "context"
        prev = r


_SENTENCE_BREAK_RE = lazy_compile(r"[.!?]\s|\n")


def _same_sentence(a: QuoteRow, b: QuoteRow, text: str) -> bool:
    """Whether the closed quotation ``a`` and the next one ``b`` stand in one sentence: the
    narration between them is short and holds no sentence end or line break."""
    if not text or a.span.close_pos < 0:
        return False
    gap = text[a.span.close_pos + 1:b.span.open_pos]
    return len(gap) <= 80 and not _SENTENCE_BREAK_RE.search(gap) and \
        not text[a.span.start:a.span.end].rstrip().endswith((".", "!", "?"))


def _make_term(row: QuoteRow) -> None:
    row.kind = "term"
    row.speaker, row.speaker_type, row.cue = "", "none", ""
    row.speaker_start = row.speaker_end = row.cue_start = row.cue_end = None
    row.continuation = False
    row.attribution = ""


def _context_speaker(row: QuoteRow, art: ArticleState, pi: int, interview: bool,
                     prev_top: QuoteRow | None, prev_para: int, prow: list[QuoteRow]) -> None:
    """Speaker of a cue-less speech span: the interviewee; the previous speaker of the same
    paragraph or of the paragraph just before when this one opens with the quotation; the
    paragraph's last subject; the previous speaker."""

    def take(src: QuoteRow) -> None:
        row.speaker, row.speaker_type = src.speaker, src.speaker_type
        row.speaker_start, row.speaker_end = src.speaker_start, src.speaker_end
        row.speaker_mention = src.speaker_mention

    same_para = prev_top is not None and prev_para == pi
    if interview and art.interviewee:
        if same_para and prev_top.speaker and prev_top.speaker_type != "writer" and \
                prev_top.attribution in _CUE_ATTRIBUTIONS and \
                _no_new_subject(prev_top, row, art, pi):
            # "“…,” he says. “…”", "“…,” said X, a former mayor. “…”": in an interview too,
            # the next quotation of the paragraph is still the words of the speaker just
            # named when no other subject comes between
            take(prev_top)
            return
        if not art.interview_form and _news_carry_on(row, art, pi, prev_top, prev_para):
            # a report quoting its main figure most (no interview form) is news copy: the
            # quotation carries on the speaker quoted just before, as below (round 39)
            take(prev_top)
            return
        if interview_aside(row, art, pi, prev_top, prev_para):
            return  # another person's words right before it go on (round 78)
        row.speaker, row.speaker_type = art.interviewee, "named"
        return
    para_start = art.block_starts[pi] if pi < len(art.block_starts) else row.span.open_pos
    opens = not art.text[para_start:row.span.open_pos].strip()
    if opens and not same_para and prev_top is not None and prev_para == pi - 1:
        answerer = _answerer(row, prev_top, art, pi)
        if answerer:  # a lone quotation answering the previous speaker's question
            row.speaker, row.speaker_type = answerer
            return
    if same_para or (opens and prev_top is not None and prev_para == pi - 1):
        take(prev_top)
        return
    ms = [m for k in (pi, pi - 1) if 0 <= k < len(art.paragraph_mentions)
          for m in reversed(art.paragraph_mentions[k])
          if m.subject and m.start < row.span.start and m.kind != "group"]
    if ms:
        m = ms[0]
        row.speaker, row.speaker_type = mention_name(m, art)
        if row.speaker_type == "pronoun-resolved":
            row.speaker_type = "named"
        row.speaker_start, row.speaker_end = m.start, m.end
        return
    if prev_top is not None and prev_para >= pi - 1:
        take(prev_top)


def _news_carry_on(row: QuoteRow, art: ArticleState, pi: int, prev_top: QuoteRow | None,
                   prev_para: int) -> bool:
    """Whether news copy's convention gives the cue-less ``row`` the speaker of ``prev_top``:
    the previous quotation is in the same paragraph (and no later sentence between names
    another person as subject), or in the paragraph just before when this one opens with the
    quotation (the rule :func:`_context_speaker` applies outside
    interviews), and the previous quotation has a cue of its own."""
    if prev_top is None or not prev_top.speaker or prev_top.attribution not in _CUE_ATTRIBUTIONS:
        return False
    if prev_para == pi:
        return not _later_subject(prev_top, row, art, pi)
    para_start = art.block_starts[pi] if pi < len(art.block_starts) else row.span.open_pos
    return prev_para == pi - 1 and not art.text[para_start:row.span.open_pos].strip()


_NEXT_SENTENCE_RE = lazy_compile(r"[.!?][\"\u201d\u2019']?\s+(?=[A-Z\"\u201c\u2018])")


def _later_subject(prev: QuoteRow, row: QuoteRow, art: ArticleState, pi: int) -> bool:
    """Whether a sentence of narration after the one that holds ``prev``'s cue, before
    ``row``, has a clause subject that is another person than ``prev``'s speaker (``"…," said
    X. Y smiled at that. "…"``: the quotation is no longer X's for sure)."""
    close = prev.span.close_pos + 1 if prev.span.close_pos >= 0 else prev.span.end
    lo, hi = max(close, prev.post_cue_end), row.span.open_pos
    end = _NEXT_SENTENCE_RE.search(art.text, lo, hi)
    if end is None or pi >= len(art.paragraph_mentions):
        return False
    return any(m.subject and end.end() <= m.start < hi
               and not art.same_person(mention_name(m, art)[0], prev.speaker)
               for m in art.paragraph_mentions[pi])


def _no_new_subject(prev: QuoteRow, row: QuoteRow, art: ArticleState, pi: int) -> bool:
    """Whether the narration between the cued quotation ``prev`` (after its post-cue, if
    any) and ``row``, in one paragraph, is short and names no clause subject: then ``row``
    carries on ``prev``'s speaker (the continuation convention of news copy)."""
    close = prev.span.close_pos + 1 if prev.span.close_pos >= 0 else prev.span.end
    lo = max(close, prev.post_cue_end)
    hi = row.span.open_pos
    if hi - lo > 200 or pi >= len(art.paragraph_mentions):
        return False
    return not any(m.subject and lo <= m.start < hi for m in art.paragraph_mentions[pi])


def _answerer(row: QuoteRow, prev: QuoteRow, art: ArticleState, pi: int) -> tuple[str, str] | None:
    """Dialogue: a paragraph that is nothing but a cue-less quotation, right after a question
    quoted in the paragraph before, is the answer of the other party of the exchange (the
    speaker before the questioner), not more words of the questioner."""
    sp = row.span
    para_end = art.block_starts[pi + 1] if pi + 1 < len(art.block_starts) else len(art.text)
    close = sp.close_pos + 1 if sp.close_pos >= 0 else sp.end
    if art.text[close:para_end].strip() or not prev.speaker:
        return None
    if not art.text[prev.span.start:prev.span.end].rstrip().endswith("?"):
        return None
    if art.text[sp.start:sp.end].rstrip().endswith("?"):
        return None
    for k, name, typ in reversed(art.speech_history[:-1]):
        if k < pi - 3:
            break
        if name and name != prev.speaker:
            return name, typ
    return None


_CONTRAST_RE = lazy_compile(r"\b(?:or|not|rather\s+than|instead\s+of|versus|vs)\b")


def _contrasted_word(row: QuoteRow, prow: list[QuoteRow], text: str) -> bool:
    """A short quoted word set against another short quoted word of the same level within one
    sentence by ``or`` / ``not`` / ``rather than`` (``'partner', or … 'ally'``): the words are
    discussed as words, not reported as said."""
    sp = row.span
    for other in prow:
        o = other.span
        if other is row or o.level != sp.level or count_words(text[o.start:o.end]) > 2:
            continue
        a, b = (sp, o) if sp.start < o.start else (o, sp)
        gap = text[(a.close_pos + 1 if a.close_pos >= 0 else a.end):b.open_pos]
        if len(gap) <= 40 and not re.search(r"[.!?;]", gap) and _CONTRAST_RE.search(gap):
            return True
    return False


def _finish_nested(row: QuoteRow, prow: list[QuoteRow], art: ArticleState, pi: int) -> None:
    """A span inside another: speech with its own cue inside the parent, or when it is a
    phrase of five words or more (someone's words quoted by the outer speaker); else a term."""
    inner = art.text[row.span.start:row.span.end]
    parents = [r for r in prow if r.span.start <= row.span.open_pos < r.span.end
               and r is not row and r.span.level < row.span.level]
    parent = parents[-1] if parents else None
    exclude = parent.speaker if parent else ""
    if count_words(inner) <= 2 and _contrasted_word(row, prow, art.text):
        _make_term(row)  # "did they say 'partner', or 'ally'?": words under discussion
        return
    if row.attribution in _CUE_ATTRIBUTIONS and (row.np or row.anonymous):
        if row.np:
            _attribute_np(row, art, pi, interview=False, exclude=exclude)
        row.kind = "speech"
        return
    if count_words(inner) >= 5 or _is_sentence_like(inner):
        row.kind = "speech"
        row.attribution = "context"
        row.cue = ""
        row.cue_start = row.cue_end = None
        limit = parent.span.open_pos if parent else row.span.open_pos
        for k in range(pi, pi - 4, -1):
            if k < 0 or k >= len(art.paragraph_mentions):
                continue
            for m in reversed(art.paragraph_mentions[k]):
                if m.start < limit and m.subject:
                    name, typ = mention_name(m, art)
                    if name and not art.same_person(name, exclude):
                        row.speaker = name
                        row.speaker_type = "named" if typ == "pronoun-resolved" else typ
                        row.speaker_start, row.speaker_end = m.start, m.end
                        return
        return
    _make_term(row)
