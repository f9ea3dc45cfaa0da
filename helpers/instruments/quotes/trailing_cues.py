"""The speaker named right after a cue-less quotation, before a verb of saying that the
post-cue readers did not take (issue 13, round 44).

``"…," Senate leader Tom Varden (D-Ore.) said in a statement``, ``"…," a jingle in the
spot declares``, ``"…," said the younger Mr. Varden, surrounded by …``, ``"…," Oregon delegate
Tom Varden, wearing a hat and "Vote Mia" pins, said``: the post-cue patterns refuse these
phrases (a party label, an unlisted head, a long participle phrase), so the quotation has no
cue of its own; when no context rule finds its speaker either it stayed without one. The
words between the closing mark and a verb of saying in the same sentence are a post-cue
all the same: the first person mention there (or right after the verb, when the verb comes
first) is the speaker.
"""

from __future__ import annotations

from typing import Any

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.attribution import ArticleState, mention_name
from helpers.instruments.quotes.lexicon import POST_REPORTING_VERBS
from helpers.instruments.quotes.paragraphs import narration_of
from helpers.instruments.quotes.quoterow import QuoteRow

#: how far after the closing mark the verb of saying may stand
_MAX_CHARS = 160
#: the fewest / most words before the verb (the speaker phrase and what it carries)
_MAX_WORDS_BEFORE = 16
#: what may stand between the closing mark and the speaker phrase: marks, a comma, a dash
_LEAD_RE = lazy_compile(r"[\s,\"\u201d\u2019'\u2014\u2013-]*")
#: a sentence end inside the tail: a lower-case word, or a capitalised one of four letters or
#: more, closed by a full stop, ``?`` or ``!`` (an abbreviation's full stop, ``Rep.``,
#: ``(D-Ore.)``, ``M.``, ends a short capitalised word)
_SENTENCE_END_RE = lazy_compile(
    r"(?<!\w)(?:[a-z]{2,}|[A-Z][a-z]{3,})[.!?][\"\u201d\u2019']?(?:\s|$)|[;:\n]")
#: what may stand between an inverted verb and its speaker: a determiner and modifiers
#: (``said the younger Mr. Varden``)
_INVERTED_GAP_RE = lazy_compile(r"\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}")
_WORD_RE = lazy_compile(r"[a-z]+")
#: a mention that is the possessor of the speaker phrase (``Mia Tolle's chief of staff``)
_POSSESSIVE_RE = lazy_compile(r"[\u2019']s?\b")
#: mention kinds that may be a trailing speaker (a pronoun there is a post-cue the readers take)
_KINDS = frozenset({"named", "description", "group"})


def trailing_cue_speaker(row: QuoteRow, art: ArticleState, pi: int) -> bool:
    """Give the cue-less top-level ``row`` the first person mention between its closing mark
    and a verb of saying later in the same sentence (or the first one right after that verb,
    ``said the younger Mr. Varden``). Returns False, leaving ``row`` as it was, when the
    quotation is not closed, no verb of saying follows within the sentence, or no such
    mention stands where a post-cue's speaker would."""
    found: Any  # the narration of the paragraph, then the speaker's mention
    sp = row.span
    if sp.close_pos < 0 or pi >= len(art.paragraph_mentions):
        return False
    close = sp.close_pos + 1
    para_end = art.block_starts[pi + 1] if pi + 1 < len(art.block_starts) else len(art.text)
    lead = _LEAD_RE.match(art.text, close, para_end)
    start = lead.end() if lead else close
    found = narration_of(art.paragraph_mentions, pi)
    if found is not None and "\x01" in found[1][close - found[0]:start + 1 - found[0]]:
        return False  # another quotation opens right after this one: the cue is its own
    tail = art.text[start:min(para_end, start + _MAX_CHARS)]
    stop = _SENTENCE_END_RE.search(tail)
    if stop is not None:
        tail = tail[:stop.end()]
    verb = next((m for m in _WORD_RE.finditer(tail) if m.group(0) in POST_REPORTING_VERBS), None)
    if verb is None or len(tail[:verb.start()].split()) > _MAX_WORDS_BEFORE:
        return False
    at = start + verb.start()
    mentions = [m for m in art.paragraph_mentions[pi] if start <= m.start and m.end <= start +
                len(tail)]
    if verb.start() == 0:  # ``said the younger Mr. Varden``: the phrase right after the verb
        after = [m for m in mentions if m.start >= start + verb.end()]
        found = after[0] if after and _INVERTED_GAP_RE.fullmatch(
            art.text, start + verb.end(), after[0].start) else None
    else:
        before = [m for m in mentions if m.start < at and not _POSSESSIVE_RE.match(art.text, m.end)]
        found = before[0] if before else None
    if found is None or found.kind not in _KINDS:
        return False
    name, typ = mention_name(found, art)
    if not name:
        return False
    row.speaker = name
    row.speaker_type = "named" if typ == "pronoun-resolved" else typ
    row.speaker_start, row.speaker_end = found.start, found.end
    return True
