"""Where a subject mention stands in its sentence: whether it opens a main clause, where its
sentence starts, and which subject of a sentence or paragraph a ``he``/``she`` refers to when
the latest one sits inside a clause (main-clause subject, reporter, earlier main subject).
Text-only tests on character offsets, used by :mod:`.pronouns`."""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import (
    MAIN_LEAD_WORDS,
    QUESTION_AUXILIARIES,
    TITLE_ABBR_WORDS,
    TOPIC_PREPOSITIONS,
)
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.naming_participles import NAMING_PARTICIPLES, named_at_lead
from helpers.instruments.quotes.openings import OPENING_WORDS
from helpers.instruments.quotes.salience import after_subordinator
from helpers.instruments.quotes.samename import opens_sentence, reports, role_led


def main_lead(text: str, pos: int) -> bool:
    """Whether a subject at ``pos`` opens a main clause: after a sentence or clause boundary
    (punctuation, a quotation mark, a line break) or a coordinating/temporal conjunction, or
    after an auxiliary that opens a question (``Was Ann Lee satisfied?``, round 31)."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or text[j] in ".;:!?,\n\"“”’'()—–":
        return True
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    word = text[k + 1:j + 1]
    if word.lower() in MAIN_LEAD_WORDS:
        return True
    if word in NAMING_PARTICIPLES:  # "a bus driver called Ann Lee, is": as its description
        return named_at_lead(text, pos, main_lead)
    if word[:1].isupper() and word.lower() in QUESTION_AUXILIARIES:
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        return k < 0 or text[k] in ".!?\n\"“”"
    return False


def sentence_start(text: str, pos: int) -> int:
    """Offset where the sentence holding ``pos`` starts (a title abbreviation such as ``Mr.``
    or an initial does not end a sentence).

    Speed (throughput round 10; ~26,000 calls a benchmark quarter): the offsets before ``pos``
    are no longer read one by one; ``str.rfind`` gives the last line break and, after it, each
    ``.``/``!``/``?`` from the nearest back, tested as before. Same result: the first stop the
    backward reading met (offsets 1 .. ``pos - 1``; offset 0 is never one)."""
    if pos <= 1:
        return 0
    if pos > len(text):
        raise IndexError("string index out of range")
    line = text.rfind("\n", 1, pos)
    floor = line + 1 if line >= 0 else 1
    n = len(text)
    dot, bang, ask = text.rfind(".", floor, pos), text.rfind("!", floor, pos), \
        text.rfind("?", floor, pos)
    while True:
        j = max(dot, bang, ask)
        if j < 0:
            break
        if j + 1 < n and text[j + 1] in " \t\"”’":
            k = j - 1
            while k >= 0 and text[k].isalpha():
                k -= 1
            word = text[k + 1:j].lower()
            if word not in TITLE_ABBR_WORDS and len(word) != 1:
                return j + 1
        if dot == j:
            dot = text.rfind(".", floor, j)
        elif bang == j:
            bang = text.rfind("!", floor, j)
        else:
            ask = text.rfind("?", floor, j)
    return line + 1 if line >= 0 else 0


#: a sentence break for :func:`window_sentence_start`: a stop, a closing mark, space and a
#: capital or an opening mark, or a line break. Written to open with the class of its first
#: characters (``[.!?\n]``), so the engine skips to them instead of trying both branches at
#: every offset (throughput round 11); the same spans as round 56's
#: ``[.!?]["”’']?\s+(?=[A-Z"“])|\n``
_WINDOW_END_RE = lazy_compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“]))")


def window_sentence_start(text: str, at: int, window: int = 300) -> int:
    """Where the sentence holding ``at`` starts, looking at most ``window`` characters back.

    A quick reading for passes that run once per quotation (round 56's poll, fronted-phrase and
    participle readers): the last stop followed by a space and a capital, or a line break, in
    the window; the window's start when there is none. Unlike :func:`sentence_start` a title
    abbreviation (``Mr. Hale``) ends a sentence here."""
    lo = max(0, at - window)
    end = lo
    for m in _WINDOW_END_RE.finditer(text, lo, at):
        end = m.end()
    return end


def row_window_sentence_start(text: str, at: int, starts: dict[int, int] | None) -> int:
    """:func:`window_sentence_start` of ``at`` (its default window), memoised in ``starts``
    when given: one dict per quotation row, so that the round-56 readers of one row
    (:func:`.fronted_phrases.fronted_subject`, :func:`.participle_subjects.modified_subject`,
    :func:`.participle_subjects.relative_participle`, :func:`.poll_sources.poll_source`) read
    the start of one offset once (speed, throughput round 12). The text of a row is fixed, so
    the memo gives what the call gives."""
    if starts is None:
        return window_sentence_start(text, at)
    got = starts.get(at)
    if got is None:
        got = starts[at] = window_sentence_start(text, at)
    return got


def _main_subject(ms: list[Mention], i: int, text: str, usable, start: int | None = None
                  ) -> Mention | None:
    """For ``he``/``she``: when the latest usable subject ``ms[i]`` sits inside a clause
    (``suggested Trump went too far``, ``back Trump because``, ``other Trump backers``), the
    subject that opens the main clause of the same sentence (``Hewitt argued …``) is the
    referent; None when ``ms[i]`` opens a main clause itself or the sentence has no other.
    ``start``: :func:`sentence_start` of ``ms[i]`` when the caller has it (throughput round
    12: the caller reads it once for this and :func:`_earlier_main_subject`)."""
    m = ms[i]
    if start is None:
        start = sentence_start(text, m.start)
    reporter = _reporter(ms, i, text, start, usable)
    if reporter is not None:
        return reporter
    trailing = after_subordinator(text, m.start)  # "…, while the governor was …" (round 24)
    if main_lead(text, m.start) and not trailing:
        return fronted_topic(ms, i, text, start, usable)
    for c in ms[:i]:
        if c.start >= start and c.subject and c.kind != "group" and \
                (main_lead(text, c.start) or role_led(text, start, c.start)) and usable(c) \
                and not (trailing and after_subordinator(text, c.start)):
            return c
    return None


def _earlier_main_subject(ms: list[Mention], i: int, text: str, usable,
                          start: int | None = None) -> Mention | None:
    """For ``he``/``she``: when the latest usable subject ``ms[i]`` sits inside a clause
    (``-- that Bloomberg is seen as … --``) of a sentence with no main-clause subject of its own
    (a quotation with a narrated aside), the latest earlier subject of the paragraph that opens
    a main clause (``Bloomberg's pollster, Owen Reyes, says …``) is preferred; None otherwise.
    Rank of the antecedent: main-clause subject of the latest sentence > reporter of that
    sentence > main-clause subject of an earlier sentence of the paragraph > embedded subject.
    ``start``: as :func:`_main_subject`'s."""
    m = ms[i]
    if start is None:
        start = sentence_start(text, m.start)
    if main_lead(text, m.start) or role_led(text, start, m.start):
        return None
    if OPENING_WORDS.fullmatch(text, start, m.start) and reports(text, m.end):
        # "But state Rep. X, a member of …, recalled …": a reporter that opens its sentence
        # after a conjunction and lower-case modifiers is the sentence's own main subject
        # (round 45)
        return None
    for c in reversed(ms[:i]):
        if c.subject and c.kind in ("named", "description") and \
                main_lead(text, c.start) and usable(c):
            return c
    return None


def _reporter(ms: list[Mention], i: int, text: str, start: int, usable) -> Mention | None:
    """The subject that opens the sentence of ``ms[i]`` and reports speech (``Lee Hart …
    said it will help the speaker``) when ``ms[i]`` is a later subject inside the reported
    words and reports nothing itself; else None."""
    m = ms[i]
    if m.kind == "pronoun" or reports(text, m.end):
        return None
    for c in ms[:i]:
        if c.start < start or not c.subject or c.kind in ("group", "pronoun"):
            continue
        if opens_sentence(text, start, c.start) and reports(text, c.end) and usable(c):
            return c
        return None  # only the sentence's first subject can be its reporter
    return None


#: between a sentence start and a fronted topic name: the preposition and up to four words
#: of a role or possessive (``For``, ``To Republican strategist``, ``For The Post's``)
_TOPIC_LEAD_RE = lazy_compile(r"[\s\"”’]*(?P<p>[A-Z][a-z]+)(?:\s+[\w’'\-]+){0,4}\s+$")
_COMMA_NEXT_RE = lazy_compile(r"\s*,")


def fronted_topic(ms: list[Mention], i: int, text: str, start: int, usable) -> Mention | None:
    """For ``he``/``she``: when the sentence of the latest usable subject ``ms[i]`` opens with
    a fronted topic person (``For Jon Hale, Ruiz is exposing the logic …. "…," he mocks``),
    that person — whose view the sentence gives — is the referent; None otherwise.

    Why (round 28): once ``Kevin D. Williamson`` was a known full name (middle initials no
    longer end a name), the clause subject after the fronted ``For X,`` became a listed person
    and took the ``he`` that the topic held before."""
    for c in ms[:i]:
        if c.start < start or c.kind != "named":
            continue
        lead = _TOPIC_LEAD_RE.fullmatch(text, start, c.start)
        if lead and lead.group("p") in TOPIC_PREPOSITIONS and \
                _COMMA_NEXT_RE.match(text, c.end) and usable(c):
            return c
        return None  # only the sentence's first mention can be its topic
    return None
