"""An interview's cue-less quotation right after another person's words (issue 13, round 78).

In an article the rules read as one person's interview (``art.interviewee``), a quotation with
no cue of its own goes to the interviewee. News prose breaks that convention in one place: a
quotation right after the words of ANOTHER person, reported there, is that person's words
going on, as it is in news copy outside interviews:

- the paragraph just before ends on a quotation cued to another named person and this one
  opens its paragraph (``"…," he tweeted. ¶ "…"`` in an interview with someone else);
- or the narration right before it (in its own paragraph, or the paragraph before when the
  quotation opens its paragraph) reports another person speaking, a clause whose subject is
  that person and whose verb is a verb of saying (``X, a blogger, said he will not vote for
  her. Also, she is no conservative, he said. "…"``).

A quotation that names that other person (``Her rival Tom Reed said she was "not ready." ¶
"Tom has always underestimated me."``) answers him, it does not go on with his words: an
interviewee's rebuttal; the rule abstains there (review 28b).

The rule reads no name or phrase of any article: the speech verbs are the instrument's own
list (``lexicon.REPORTING_VERBS``), the adverbs that may stand before them
``data/lexicons/reported_speech_adverbs.txt``. The interviewee, the writer and a question
(the interviewer's, answered by the quotation) are never taken.
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.attribution import ArticleState
from helpers.instruments.quotes.lexicon import REPORTING_VERBS
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.pronouns import mention_name
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.samename import given_gender

#: the rows whose speaker a cue of their own settled
_CUED = ("post-cue", "pre-cue", "sentence-cue")
_ADVERBS = frozenset(load_words("reported_speech_adverbs.txt"))
#: an apposition or parenthesis between the subject and its verb: `, a blogger in Leeds,`
_APPOSITION_RE = lazy_compile(r",[^,.;:!?\"\u201c\u201d]{1,80},\s*")
_WORD_RE = lazy_compile(r"\s*([A-Za-z]+)\b")
#: the narration between the reported clause and the quotation: at most a sentence's end
_GAP_RE = lazy_compile(r"[^.!?\"\u201c\u201d\u2018\u2019']{0,120}[.!?:,]?\s*$")


def interview_aside(row: QuoteRow, art: ArticleState, pi: int, prev_top: QuoteRow | None,
                    prev_para: int) -> bool:
    """Give the cue-less ``row`` of an interview article (paragraph ``pi``) the other person
    whose words stand right before it (module docstring); True when it did. ``prev_top`` is the
    previous top-level speech row and ``prev_para`` its paragraph."""
    if not art.interviewee:
        return False
    para_start = art.block_starts[pi] if pi < len(art.block_starts) else row.span.open_pos
    opens = not art.text[para_start:row.span.open_pos].strip()
    if opens and _cued_other(prev_top, prev_para, pi, art) and \
            not _names_person(row, art, prev_top.speaker):
        _take_row(row, prev_top)
        return True
    return _reported_other(row, art, pi, opens, prev_top)


def _other_person(name: str, typ: str, art: ArticleState) -> bool:
    """A named person who is neither the interviewee nor the writer."""
    return bool(name) and typ in ("named", "pronoun-resolved") and \
        not art.same_person(name, art.interviewee)


def _cued_other(prev: QuoteRow | None, prev_para: int, pi: int, art: ArticleState) -> bool:
    """The paragraph before ends on a quotation cued to another named person (no question:
    a question is answered, not continued) and no narration with a subject follows it there."""
    if prev is None or prev_para != pi - 1 or prev.attribution not in _CUED:
        return False
    if not _other_person(prev.speaker, prev.speaker_type, art):
        return False
    if art.text[prev.span.start:prev.span.end].rstrip().endswith("?"):
        return False
    lo = _after_clause(prev)
    mentions = art.paragraph_mentions[prev_para] if prev_para < len(art.paragraph_mentions) else []
    return not any(m.subject and m.start >= lo for m in mentions)


def _reported_other(row: QuoteRow, art: ArticleState, pi: int, opens: bool,
                    prev: QuoteRow | None) -> bool:
    """The last clause subject before ``row`` (its paragraph, or the one before when ``row``
    opens its paragraph) is another person and the subject of a verb of saying, with no
    quotation between it and ``row``."""
    k = pi - 1 if opens else pi
    if not 0 <= k < len(art.paragraph_mentions):
        return False
    mentions = art.paragraph_mentions[k]
    last = None
    for m in mentions:
        if m.subject and m.start < row.span.open_pos and m.kind != "group":
            last = m
    if last is None or (prev is not None and _after_clause(prev) > last.start):
        return False  # a quotation (or its own cue) comes after the clause: not reported speech
    if not _says_after(art.text, last.end, row.span.open_pos):
        return False
    if last.kind == "pronoun" and _named_before_in_sentence(last, mentions, art.text):
        return False
    if _inside_interviewees_report(last, mentions, art):
        return False
    name, typ = mention_name(last, art)
    if not _other_person(name, typ, art) or _names_person(row, art, name):
        return False
    row.speaker, row.speaker_type = name, "named"
    row.speaker_start, row.speaker_end = last.start, last.end
    row.speaker_mention = last.surface
    return True


def _inside_interviewees_report(last: Mention, mentions: list[Mention],
                                art: ArticleState) -> bool:
    """Whether the clause of ``last`` is itself reported by the interviewee earlier in its
    sentence (``Lee says Tom Reed told her the docks were finished. ¶ "I told him he was
    wrong."``): the quotation after it is the interviewee's account going on, not the other
    person's words (review 28b)."""
    text = art.text
    # the last sentence end or line break before the mention; each search is bounded by the
    # line break (nothing before it can be later than it), so the cost is the paragraph's,
    # not the whole text's (session 39 lead: an unbounded search for a mark absent from a
    # long text made the benchmark quadratic)
    para = text.rfind("\n", 0, last.start)
    lo = max(para, 0)
    cut = max(text.rfind(". ", lo, last.start), text.rfind("? ", lo, last.start),
              text.rfind("! ", lo, last.start), para)
    for m in mentions:
        if m.subject and cut < m.start and m.end <= last.start and \
                _says_after(text, m.end, last.start):
            name, _ = mention_name(m, art)
            if name and art.same_person(name, art.interviewee):
                return True
    return False


#: a quotation opening on a third-person subject pronoun, by the gender it names
_OPENING_PRONOUN_RE = lazy_compile(r"[\"\u201c\u2018']?\s*(He|She)\b")


def _names_person(row: QuoteRow, art: ArticleState, name: str) -> bool:
    """Whether the quotation ``row`` names ``name`` by a word of it (given name or surname, as a
    whole capitalised word), or opens on ``he`` / ``she`` of that person's gender (his given
    name's): a speaker seldom names himself or opens on himself in the third person, so such a
    quotation speaks about that person, in reply (``"Tom has always underestimated me."``,
    ``"He was wrong about the docks."``), and is not his."""
    quote = art.text[row.span.start:row.span.end]
    words = [w for w in re.findall(r"[A-Z][\w'’-]+", name) if len(w) > 1]
    if any(re.search(rf"\b{re.escape(w)}\b", quote) for w in words):
        return True
    pron = _OPENING_PRONOUN_RE.match(quote)
    return pron is not None and given_gender(name) == ("m" if pron.group(1) == "He" else "f")


def _named_before_in_sentence(pron: Mention, mentions: list[Mention], text: str) -> bool:
    """A pronoun subject of a parenthetical verb of saying after a reported clause that names
    a person (``Also, X isn't a conservative, he said.``): the pronoun's antecedent is not read
    here (the nearest name is the reported clause's, seldom the speaker's), so the rule abstains."""
    # some named mention lies after the last sentence end before the pronoun exactly when no
    # sentence end lies between the latest such mention and the pronoun: a search bounded by
    # that mention, not one back through the whole text (session 39 lead)
    latest = max((m.start for m in mentions if m.kind == "named" and m.start < pron.start),
                 default=None)
    return latest is not None and all(
        text.rfind(mark, latest, pron.start) == -1 for mark in (". ", "? ", "! "))


def _says_after(text: str, pos: int, limit: int) -> bool:
    """Whether a finite verb of saying follows the subject ending at ``pos`` (an apposition
    and listed adverbs may stand between), and only a short stretch of narration lies between
    that clause and ``limit`` (the quotation's opening mark)."""
    app = _APPOSITION_RE.match(text, pos)
    at = app.end() if app else pos
    while True:
        w = _WORD_RE.match(text, at)
        if w is None:
            return False
        word = w.group(1)
        if word.lower() in _ADVERBS or (word.endswith("ly") and len(word) > 4):
            at = w.end()
            continue
        break
    if word.endswith("ing") or word not in REPORTING_VERBS:
        return False
    rest = text[w.end():limit]
    return _GAP_RE.match(rest) is not None or _one_sentence(rest)


def _one_sentence(rest: str) -> bool:
    """The reported clause's sentence is the last one before the quotation: no sentence end
    before its own, and nothing after it but the space before the mark."""
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", rest)]
    return len(ends) == 1 and not rest[ends[0]:].strip() and len(rest) <= 300


def _after_clause(prev: QuoteRow) -> int:
    """Where the quotation ``prev`` and its post-cue, if any, end."""
    close = prev.span.close_pos + 1 if prev.span.close_pos >= 0 else prev.span.end
    return max(close, prev.post_cue_end)


def _take_row(row: QuoteRow, src: QuoteRow) -> None:
    """``row`` carries on the speaker of the quotation ``src``."""
    row.speaker, row.speaker_type = src.speaker, src.speaker_type
    row.speaker_start, row.speaker_end = src.speaker_start, src.speaker_end
    row.speaker_mention = src.speaker_mention
