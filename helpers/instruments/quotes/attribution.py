"""Per-article attribution state (:class:`ArticleState`): names seen, pronoun resolution,
descriptions completed from context, canonical speaker names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.core.people import load_people
from helpers.core.quotation_marks import QuoteSpan
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    _ORG_WORDS,
    _PLACE_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    TITLE_SET,
    opens_name,
)
from helpers.instruments.quotes.mentions import (
    _NAME_RUN_RE,
    _ROLE_ACRONYMS,
    _TITLE_ABBR,
    Mention,
    _clean_name_tokens,
    _desc_gender,
    _description,
    _find_mentions,
    _gender_of,
    _is_person_name,
    _person_by_context,
    _word_surname,
    cue_name_tokens,
    title_gender,
)
from helpers.instruments.quotes.names import (
    canonical_key,
    same_speaker,
)
from helpers.instruments.quotes.phrases import _DET_WORD_RX, _np_kind
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.roles import (
    article_roles,
    person_for_description,
    role_description,
)
from helpers.instruments.quotes.salience import after_subordinator, apposed_name
from helpers.instruments.quotes.samename import (
    gender_clash,
    given_gender,
    opens_sentence,
    reports,
    role_led,
)
from helpers.instruments.quotes.written import written_subject

#: an abbreviated title right before a capitalised run that did not take it in (``Republican
#: Rep. Lee Hart``: the run ``Republican Rep`` ends at the full stop)
_TITLE_BEFORE_RE = re.compile(rf"(?<![\w’']){_TITLE_ABBR}\.\s+$")


def _possessive_parts(m: re.Match) -> list[tuple[int, int, str]]:
    """A name run cut at an inner possessive into its parts, with their offsets in the text:
    ``Rumsfeld's DoD`` is Rumsfeld and DoD (not one name "Rumsfeld DoD"), ``The Post's Chris
    Cillizza`` is The Post and Chris Cillizza. A run without one is itself."""
    run, parts, start = m.group(0), [], 0
    if "’s" not in run and "'s" not in run:  # no word can end in a possessive (speed)
        return [(m.start(), m.end(), run)]
    for w in re.finditer(r"\S+", run):
        if w.group(0).endswith(("’s", "'s")) and w.end() < len(run.rstrip()):
            parts.append((m.start() + start, m.start() + w.end(), run[start:w.end()]))
            start = w.end() + len(run[w.end():]) - len(run[w.end():].lstrip())
    parts.append((m.start() + start, m.end(), run[start:]))
    return parts


class ArticleState:
    """State for attributing the quotations of one article."""

    def __init__(self, text: str, people: dict[str, str]):
        self.text = text
        self.alias = people
        self.full_names: list[tuple[int, str]] = []  # (offset, full name) in order seen
        self.known: set[str] = set()
        self.paragraph_mentions: list[list[Mention]] = []
        self.interviewee: str = ""
        self.block_starts: list[int] = []
        self.speech_history: list[tuple[int, str, str]] = []  # (paragraph, speaker, type)
        self.interview_mode: bool = False
        self.writer_meets: bool = False  # first-person writer meeting/asking someone
        self._idx_len = -1
        self._by_last: dict = {}
        self._by_first: dict = {}
        self._memo: dict = {}
        self._counts: dict[str, int] | None = None
        self.name_runs: list[tuple[int, list[str]]] = []
        self.roles: list[tuple[int, str, frozenset[str]]] | None = None  # see quotes/roles.py

    def note_names(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.kind == "named":
                tokens = m.surface.split()
                if tokens and tokens[0].rstrip(".") in TITLE_SET:
                    tokens = tokens[1:]
                if len(tokens) >= 2:
                    self.full_names.append((m.start, " ".join(tokens)))
                    self.known.add(canonical_key(" ".join(tokens)))
                    self.known.add(canonical_key(tokens[-1]))

    def note_candidates(self, narr: str, lo: int, runs: list[re.Match] | None = None) -> None:
        """Capitalised runs of two to four words that look like personal names (no
        organisation or function words): used only to expand a surname to a full name."""
        for m in (runs if runs is not None else _NAME_RUN_RE.finditer(narr)):
            for start, end, run in _possessive_parts(m):
                self._note_run(narr, lo, start, end, run)

    def _note_run(self, narr: str, lo: int, start: int, end: int, run: str) -> None:
        """:meth:`note_candidates` for one run ``narr[start:end] == run``."""
        tokens = _clean_name_tokens(run)
        titled = bool(tokens) and tokens[0].rstrip(".") in TITLE_SET and len(tokens) > 1
        if titled:
            tokens = tokens[1:]
        if tokens:
            self.name_runs.append((lo + start, tokens))
        if not 2 <= len(tokens) <= 4:
            return  # only a run of two to four name tokens is a candidate full name
        raw = run.split()
        k = len(raw) - len(tokens) - 1
        if not titled and 0 <= k and len(tokens) >= 2 and (
                raw[k].rstrip(".") in TITLE_SET or raw[k].lower() in PERSON_NOUNS
                or raw[k] in _ROLE_ACRONYMS):
            titled = True  # "Armed Forces Minister Alistair Rennick": a role marks a person
        if not titled and len(tokens) >= 2 and _TITLE_BEFORE_RE.search(
                narr, max(0, start - 8), start):
            titled = True  # "Republican Rep. Lee Hart": the run starts after the title
        given = len(tokens) == 2 and opens_name(tokens) and \
            tokens[1] not in _PLACE_WORDS
        # "Theresa May", "George Will": the surname may be a sentence word (round 23)
        checked = tokens[:-1] if _word_surname(tokens) else tokens
        for t in checked:  # (a loop, not any() over a generator: run for every name run)
            if (t in _ORG_WORDS and not given) or t in _NOT_NAME or t.isupper() \
                    or t.endswith(("’", "'")):
                return
        full = " ".join(tokens)
        self.full_names.append((lo + start, full))
        if titled or _is_person_name(tokens, self.known) or _person_by_context(
                narr, start, end):  # "Gov. Sandra Ortiz": a title marks a person
            self.known.add(canonical_key(full))
            self.known.add(canonical_key(tokens[-1]))

    def _index(self) -> tuple[dict, dict]:
        if self._idx_len != len(self.full_names):
            by_last: dict[str, list[tuple[int, str]]] = {}
            by_first: dict[str, list[tuple[int, str]]] = {}
            for off, n in sorted(self.full_names):
                if canonical_key(n) not in self.known:
                    continue  # expand surnames to persons' names only
                toks = [t for t in canonical_key(n).split() if t not in _NAME_SUFFIXES]
                if toks:
                    by_last.setdefault(toks[-1], []).append((off, n))
                    by_first.setdefault(toks[0], []).append((off, n))
            self._by_last, self._by_first = by_last, by_first
            self._idx_len = len(self.full_names)
            self._memo = {}
        return self._by_last, self._by_first

    def canonical(self, name: str, at: int) -> str:
        """Fullest form of ``name``: the latest full name with this surname seen up to ``at``,
        the register's name for this alias, a later full name with this surname, a full name
        with this first name, or the name as written (titles and possessive removed). A
        gendered title (``Mrs.``) skips full names whose given name has the other gender, and
        is kept when every full name with this surname clashes with it."""
        by_last, by_first = self._index()
        memo_key = (name, at)
        if memo_key in self._memo:
            return self._memo[memo_key]
        tokens = name.replace("’s", "").replace("'s", "").split()
        if tokens and tokens[0].rstrip(".") in TITLE_SET and len(tokens) > 1:
            tokens = tokens[1:]
        if not tokens:
            return name
        clean = " ".join(tokens)
        key = canonical_key(clean)
        result = clean
        if len(tokens) == 1:
            # "Mrs. Clinton" is not the "Bill Clinton" named last: a gendered title keeps
            # only the full names whose given name does not clash with it
            g = title_gender(name)
            same_last = [(off, n) for off, n in by_last.get(key, []) if not gender_clash(g, n)]
            earlier = [n for off, n in same_last if off <= at]
            first_name = [n for off, n in by_first.get(key, []) if off <= at]
            if earlier:
                result = earlier[-1]
            elif key in self.alias:
                result = self.alias[key]
            elif same_last:
                result = same_last[0][1]
            elif by_last.get(key):
                result = " ".join(name.replace("’s", "").replace("'s", "").split())  # titled
            elif first_name:
                result = first_name[-1]
        elif key in self.alias:
            result = self.alias[key]
        self._memo[memo_key] = result
        return result

    def mention_counts(self) -> dict[str, int]:
        """Mentions per canonical name in the article (computed once)."""
        if self._counts is None:
            counts: dict[str, int] = {}
            for off, tokens in self.name_runs:
                if _is_person_name(tokens, self.known):
                    n = self.canonical(" ".join(tokens), off)
                    counts[n] = counts.get(n, 0) + 1
            self._counts = counts
        return self._counts


_NAME_SUFFIXES = frozenset({"sr", "jr", "ii", "iii", "iv"})


def _mention_gender(m: Mention, art: ArticleState) -> str:
    if m.gender != "u" or m.kind != "named":
        return m.gender
    return _gender_of(art.canonical(m.surface, m.start).split())


def _namesake_of_gender(m: Mention, art: ArticleState, gender: str) -> str:
    """A bare surname (``Clinton``) shared by several people of the article whose latest
    expansion has the other gender (``Bill Clinton``) may still be the ``she`` of the story:
    the latest full name with this surname seen before the mention whose given name has
    ``gender``; "" when there is none or the mention is more than a bare surname (a title or
    a given name already tells who it is)."""
    if m.kind != "named" or gender not in ("m", "f") or len(m.surface.split()) != 1:
        return ""
    by_last, _ = art._index()
    key = canonical_key(m.surface.replace("’s", "").replace("'s", ""))
    same = [n for off, n in by_last.get(key, []) if off <= m.start and given_gender(n) == gender]
    return same[-1] if same else ""


def _target_name(p: str, m: Mention, art: ArticleState) -> tuple[str, str]:
    """The speaker a pronoun ``p`` takes from the antecedent mention ``m``: its name, or for a
    bare surname whose usual expansion clashes in gender, the namesake whose gender agrees.

    A ``he``/``she`` whose antecedent is a role description that the article joins to one
    person (``the candidate`` after ``X, the Republican candidate,``; see :mod:`.roles`) takes
    that person's name (round 12): the pronoun has no surface name of its own, and the
    description is only a way of naming the person already met."""
    if p in ("he", "she") and m.kind == "description":
        person = titled_person(m.surface, art, m.start)
        if person:
            return person, "pronoun-resolved"
        mentions = art.paragraph_mentions
        named = apposed_name(m, mentions[m.para] if 0 <= m.para < len(mentions) else [],
                             art.text)
        if named is not None and _compatible(p, named, art):
            return _mention_name(named, art)
    if p in ("he", "she") and m.kind == "named":
        need = {"he": "m", "she": "f"}[p]
        if _mention_gender(m, art) not in ("u", need):
            alt = _namesake_of_gender(m, art, need)
            if alt:
                return alt, "pronoun-resolved"
    return _mention_name(m, art)


_AND_AFTER_RE = re.compile(r"\s+(?:and|&)\s+[A-Z][\w’'\-]*(?:\s+[A-Z]|\s*[,.;:)]|\s*$)")
_AND_BEFORE_RE = re.compile(r"[A-Z][\w.’'\-]*\s+(?:and|&)\s+$")


def _coordinated(m: Mention, text: str) -> bool:
    """A name joined to another by ``and`` (``said Rita Moss and Lucy Hale``)."""
    return m.kind == "named" and bool(_AND_AFTER_RE.match(text, m.end) or
                _AND_BEFORE_RE.search(text, max(0, m.start - 40), m.start))


def _compatible(p: str, m: Mention, art: ArticleState) -> bool:
    if m.kind == "pronoun":
        return m.surface.lower() == p
    if m.not_pron == p:
        return False
    if p == "it":  # an organisation: a group mention or a description with an organisation head
        return m.kind == "group" and m.gender != "p"
    if p == "they":
        return m.kind == "group" or (m.kind == "description" and m.gender == "p")
    if m.kind == "group" or " and " in m.surface or _coordinated(m, art.text):
        return False  # two people together are not "he" or "she"
    g = _mention_gender(m, art)
    need = {"he": "m", "she": "f"}[p]
    return g in ("u", need) or bool(_namesake_of_gender(m, art, need))


def _mention_name(m: Mention, art: ArticleState) -> tuple[str, str]:
    if m.kind == "pronoun":
        if m.resolved is None:
            m.resolved = ("", "none")  # guards against cycles
            name, typ, _, _ = _resolve_pronoun(m.surface, m.start, art, m.para,
                                               interview=art.interview_mode)
            m.resolved = (name, typ)
        return m.resolved
    if m.kind == "named":
        return art.canonical(m.surface, m.start), "pronoun-resolved"
    return m.surface, m.kind


def _written_antecedent(pos: int, art: ArticleState, para: int
                        ) -> tuple[int, int, str, str] | None:
    """For ``it``: the latest document or organisation subject (``the staff letter noted``)
    before ``pos`` in this paragraph or up to two before (an ``It also …`` paragraph may stand
    between); see :mod:`helpers.instruments.quotes.written`."""
    mentions = art.paragraph_mentions
    for k in range(para, para - 3, -1):
        info = mentions.narration(k) if isinstance(mentions, _LazyMentions) else None
        if info is None:
            continue
        found = written_subject(info[1], info[0], pos)
        if found is not None:
            return found
    return None


#: a preposition right before a name: the name is no clause subject (``On Iran, the …``)
_PREP_BEFORE_RE = re.compile(r"(?<![\w’'])(?:[Oo]n|[Ii]n|[Aa]t|[Ff]or|[Ww]ith|[Aa]bout|[Ff]rom|"
                             r"[Oo]f|[Tt]o|[Bb]y|[Aa]gainst|[Oo]ver)\s+$")


def _local_subject(p: str, pos: int, art: ArticleState, para: int, exclude: str,
                   in_paragraph: bool = True) -> Mention | None:
    """In an interview, the interviewee does not take a ``he``/``she`` right after another
    person was named as subject: the nearer named subject does (``Sheard, now a councillor,
    tells me … "…," he says``). With ``in_paragraph`` False (an interviewee whose given name
    tells the gender) only the pronoun's own sentence or a paragraph that opens with the
    quotation is looked at: a person named in passing in an earlier sentence (``He talks
    about his predecessor, X. X left in 2019. "…," he says``) is what he talks about. Looked
    for in the pronoun's
    paragraph before it, or, when that paragraph names nobody before the pronoun (it opens with
    the quotation), in the previous paragraph (``X has not yet responded …. ¶ "…," he
    tweeted``); there the latest subject of any kind decides (a ``he``/``she`` subject
    carries on the interviewee's story). None when the latest such subject is the interviewee,
    a pronoun or another gender."""
    for k in (para, para - 1):
        ms = [m for m in (art.paragraph_mentions[k] if 0 <= k < len(art.paragraph_mentions)
                          else []) if m.start < pos]
        if k == para and ms and not in_paragraph:
            # only a subject of the pronoun's own sentence ("X went after Y, when he called"),
            # not one of an earlier sentence ("He talks about X. X left. "…," he says")
            floor = _sentence_start(art.text, pos)
            if not any(m.start >= floor for m in ms):
                return None
            ms = [m for m in ms if m.start >= floor]
        for m in reversed(ms):
            if k < para and m.subject and (m.kind != "named" or not _compatible(p, m, art)
                                           or not _main_lead(art.text, m.start)):
                return None  # a pronoun, a non-person or a subject inside a clause
            if m.subject and m.kind == "named" and _compatible(p, m, art):
                name = _target_name(p, m, art)[0]
                if name and name not in (exclude, art.interviewee, "the interviewer",
                                         "the writer") and \
                        not same_speaker(name, art.interviewee) and \
                        not _PREP_BEFORE_RE.search(art.text, max(0, m.start - 12), m.start):
                    return m
                return None
        if any(m.kind != "pronoun" for m in ms):
            return None
    return None


def _resolve_pronoun(
    pron: str, pos: int, art: ArticleState, para: int, exclude: str = "", interview: bool = True
) -> tuple[str, str, int | None, int | None]:
    """(speaker, type, mention start, mention end) for a pronoun at ``pos`` in paragraph ``para``.

    Order: first person -> the writer (the interviewer in an interview); in an interview
    ``he``/``she`` -> the interviewee (if the gender does not clash); else the latest
    compatible subject mention in this or the previous paragraph; the latest compatible
    mention of any role there; the speaker of a recent speech quote; subject mentions up to
    four paragraphs back.
    """
    p = pron.lower()
    if p == "i" and interview and art.interviewee:
        return ("the interviewer", "writer", None, None)  # "I ask" in an interview
    if p in {"i", "we"}:
        return ("the writer", "writer", None, None)
    if p in {"he", "she"} and interview and art.interviewee and art.interviewee != exclude:
        g = _gender_of(art.interviewee.split())
        local = _local_subject(p, pos, art, para, exclude, in_paragraph=g == "u")
        if local is not None:
            name, typ = _mention_name(local, art)
            return (name, typ, local.start, local.end)
        if g in ("u", {"he": "m", "she": "f"}[p]):
            return (art.interviewee, "pronoun-resolved", None, None)

    def usable(m: Mention) -> bool:
        if not _compatible(p, m, art):
            return False
        name = _target_name(p, m, art)[0]
        return bool(name) and name != exclude

    def scan(paras: range, need_subject: bool) -> Mention | None:
        for k in paras:
            if k < 0 or k >= len(art.paragraph_mentions):
                continue
            ms = art.paragraph_mentions[k]
            for i in range(len(ms) - 1, -1, -1):
                m = ms[i]
                if m.start >= pos or (need_subject and not m.subject) or not usable(m):
                    continue
                if need_subject and p in ("he", "she"):
                    return _main_subject(ms, i, art.text, usable) or \
                        _earlier_main_subject(ms, i, art.text, usable) or m
                return m
        return None

    m = (scan(range(para, para - 1, -1), True) or scan(range(para, para - 1, -1), False)
         or scan(range(para - 1, para - 2, -1), True) or scan(range(para - 1, para - 2, -1),
                                                               False))
    written = _written_antecedent(pos, art, para) if p == "it" else None
    if written is not None and (m is None or written[0] > m.start):
        return (written[2], written[3], written[0], written[1])
    if m is not None:
        name, typ = _target_name(p, m, art)
        return (name, typ, m.start, m.end)
    for k, name, typ in reversed(art.speech_history):
        if k < para - 3:
            break
        if not name or name == exclude or typ == "writer":
            continue
        gender = _desc_gender(name) if typ == "description" else _gender_of(name.split())
        if p in ("he", "she") and gender not in ("u", {"he": "m", "she": "f"}[p]):
            continue
        if p in ("they", "it") and typ not in ("group", "description"):
            continue
        if p in ("he", "she") and (typ == "group" or " and " in name):
            continue  # "the board said …", "X and Y said …" are not a later "he says"
        return (name, "pronoun-resolved" if typ not in ("description", "group") else typ,
                None, None)
    m = scan(range(para - 2, para - 5, -1), True)
    if m is not None:
        name, typ = _target_name(p, m, art)
        return (name, typ, m.start, m.end)
    return ("", "none", None, None)


#: words after which a subject opens a main clause (not ``that``/``because``/``if``: those
#: open a subordinate clause, whose subject is seldom the next ``he said``)
_MAIN_LEAD_WORDS = frozenset("but and yet so then when while as although after before since once "
                             "now still".split())
_TITLE_ABBR_WORDS = frozenset("mr mrs ms dr sen rep gov gen st jr sr lt col capt prof rev".split())


def _main_lead(text: str, pos: int) -> bool:
    """Whether a subject at ``pos`` opens a main clause: after a sentence or clause boundary
    (punctuation, a quotation mark, a line break) or a coordinating/temporal conjunction."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or text[j] in ".;:!?,\n\"“”’'()—–":
        return True
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    return text[k + 1:j + 1].lower() in _MAIN_LEAD_WORDS


def _sentence_start(text: str, pos: int) -> int:
    """Offset where the sentence holding ``pos`` starts (a title abbreviation such as ``Mr.``
    or an initial does not end a sentence)."""
    j = pos - 1
    while j > 0:
        c = text[j]
        if c == "\n":
            return j + 1
        if c in ".!?" and j + 1 < len(text) and text[j + 1] in " \t\"”’":
            k = j - 1
            while k >= 0 and text[k].isalpha():
                k -= 1
            word = text[k + 1:j].lower()
            if word not in _TITLE_ABBR_WORDS and len(word) != 1:
                return j + 1
        j -= 1
    return 0


def _main_subject(ms: list[Mention], i: int, text: str, usable) -> Mention | None:
    """For ``he``/``she``: when the latest usable subject ``ms[i]`` sits inside a clause
    (``suggested Trump went too far``, ``back Trump because``, ``other Trump backers``), the
    subject that opens the main clause of the same sentence (``Hewitt argued …``) is the
    referent; None when ``ms[i]`` opens a main clause itself or the sentence has no other."""
    m = ms[i]
    start = _sentence_start(text, m.start)
    reporter = _reporter(ms, i, text, start, usable)
    if reporter is not None:
        return reporter
    trailing = after_subordinator(text, m.start)  # "…, while the governor was …" (round 24)
    if _main_lead(text, m.start) and not trailing:
        return None
    for c in ms[:i]:
        if c.start >= start and c.subject and c.kind != "group" and \
                (_main_lead(text, c.start) or role_led(text, start, c.start)) and usable(c) \
                and not (trailing and after_subordinator(text, c.start)):
            return c
    return None


def _earlier_main_subject(ms: list[Mention], i: int, text: str, usable) -> Mention | None:
    """For ``he``/``she``: when the latest usable subject ``ms[i]`` sits inside a clause
    (``-- that Bloomberg is seen as … --``) of a sentence with no main-clause subject of its own
    (a quotation with a narrated aside), the latest earlier subject of the paragraph that opens
    a main clause (``Bloomberg's pollster, Owen Reyes, says …``) is preferred; None otherwise.
    Rank of the antecedent: main-clause subject of the latest sentence > reporter of that
    sentence > main-clause subject of an earlier sentence of the paragraph > embedded subject."""
    m = ms[i]
    if _main_lead(text, m.start) or role_led(text, _sentence_start(text, m.start), m.start):
        return None
    for c in reversed(ms[:i]):
        if c.subject and c.kind in ("named", "description") and \
                _main_lead(text, c.start) and usable(c):
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


_ELLIPTIC = {"another", "one", "others", "a third", "a fourth", "a fifth", "a second",
             "the other", "the third", "the fourth", "a sixth"}


def _complete_description(desc: str, art: ArticleState, para: int, pos: int) -> str:
    """``another`` / ``a third`` -> ``another man`` when the last description says ``man``."""
    if desc.lower() not in _ELLIPTIC:
        return desc
    for k in range(para, para - 2, -1):
        if k < 0 or k >= len(art.paragraph_mentions):
            continue
        for m in reversed(art.paragraph_mentions[k]):
            if m.kind == "description" and m.start < pos:
                head = m.surface.split()[-1]
                if head.lower() not in _ELLIPTIC and head.lower() not in {"one", "another"}:
                    return f"{desc} {head}"
    return desc


#: head nouns of an office or function: ``the prime minister`` after a named subject in the
#: same paragraph is that person (elegant variation), unlike ``the man`` or ``the nurse``
_ROLE_HEADS = frozenset(
    """minister president chancellor premier governor mayor senator ambassador leader chairman
    chairwoman chair secretary chief director founder commissioner envoy mp congressman
    congresswoman councillor spokesman spokeswoman spokesperson executive treasurer
    candidate""".split())


def _role_antecedent(desc: str, art: ArticleState, para: int, pos: int, exclude: str = "") -> str:
    """``"…," the prime minister told MPs`` right after ``Richard Hollis insisted …`` in the same
    paragraph: a definite description headed by an office noun refers back to the latest
    named subject of the paragraph (not a new person). Returns the name or ""."""
    tokens = desc.lower().split()
    if len(tokens) < 2 or tokens[0] != "the" or tokens[-1] not in _ROLE_HEADS:
        return ""
    if not 0 <= para < len(art.paragraph_mentions):
        return ""
    for m in reversed(art.paragraph_mentions[para]):
        if m.start >= pos or m.kind != "named" or not m.subject:
            continue
        name = art.canonical(m.surface, m.start)
        if name and name != exclude and len(name.split()) >= 2:
            return name
        return ""
    return ""


def titled_person(desc: str, art: ArticleState, pos: int) -> str:
    """``the Ohio governor`` -> the one person the article wrote ``Ohio Gov. X`` (or ``X, the
    governor``) before ``pos``; "" when none or several match (see :mod:`.roles`). Used for
    ``speaker_canonical`` only: ``speaker`` keeps the description as written."""
    if not role_description(desc):
        return ""  # checked first: the role index of the article is built only when needed
    if art.roles is None:
        mentions = art.paragraph_mentions
        bounds = mentions.bounds() if isinstance(mentions, _LazyMentions) else None
        art.roles = article_roles(art.text, art.canonical,
                                  lambda name: canonical_key(name) in art.known, bounds)
    return person_for_description(desc, art.roles, pos)


#: last words of company names (``the company`` / ``the firm`` refers back to one of these)
_CORPORATE_WORDS = frozenset(
    "Company Services Ltd Limited Plc PLC Inc Group Holdings Corporation Corp Industries "
    "Airways Airlines Motors Energy Water Systems Technologies Partners".split())


@lru_cache(maxsize=64)
def _org_name_re(head: str) -> re.Pattern:
    """A capitalised name of one to four words ending in ``head`` (a regex alternation)."""
    return re.compile(rf"(?<![\w’'])(?:[A-Z][\w’'\-]+\s+){{1,4}}{head}(?![\w’'])")


def _org_full_name(desc: str, art: ArticleState, pos: int) -> str:
    """``the council`` -> ``Harfield District Council``: a definite organisation description
    takes the latest capitalised name ending in the same head noun written earlier in the
    article (``the company`` after ``Acme Trading Company``); otherwise it stays as it is."""
    m = re.fullmatch(r"the ([a-z]+)", desc)
    if not m or m.group(1) not in ORG_NOUNS:
        return desc
    head = m.group(1).capitalize()
    if m.group(1) in ("company", "firm", "business"):  # any corporate name will do
        head = "(?:" + "|".join(sorted(_CORPORATE_WORDS)) + ")"
    rx = _org_name_re(head)
    best = ""
    # from the article's first block, not the source's start: a source file may hold many
    # articles (a scan from 0 read names of other articles and cost time in the whole file)
    start = art.block_starts[0] if art.block_starts else 0
    for x in rx.finditer(art.text, start, pos):
        words = x.group(0).split()
        while words and words[0] in _NOT_NAME:
            words = words[1:]
        if len(words) >= 2:
            best = " ".join(words)
    return best or desc


def _role_match(desc: str, art: ArticleState) -> str:
    """``the outgoing ambassador`` -> the person mentioned in the article whose register role
    contains the description's head noun (the most mentioned one), else ""."""
    tokens = desc.lower().split()
    if len(tokens) < 2 or tokens[0] != "the":
        return ""
    head = tokens[-1]
    counts = art.mention_counts()
    best, best_n = "", 0
    for name, role_words in _role_index():
        if head in role_words and counts.get(name, 0) > best_n:
            best, best_n = name, counts[name]
    return best


@lru_cache(maxsize=1)
def _role_index() -> tuple[tuple[str, frozenset[str]], ...]:
    """(name, words of the register's role) for every person in ``data/people.csv``."""
    people = load_people()
    return tuple((str(n), frozenset(re.findall(r"[a-z\-]+", str(r).lower())))
                 for n, r in zip(people["name"], people["role"]))


def _attribute_np(row: QuoteRow, art: ArticleState, para: int, interview: bool, exclude: str = ""
                  ) -> None:
    np_text = row.np.strip()
    kind = _np_kind(np_text)
    row.speaker_mention = np_text
    if kind == "pronoun":
        went_on = _went_on_speaker(np_text, row.cue, art, para, exclude)
        if went_on:
            row.speaker, row.speaker_type = went_on
            row.speaker_start, row.speaker_end = row.np_start, row.np_end
            return
        name, typ, s, e = _resolve_pronoun(np_text, row.np_start or row.span.start, art, para,
                                           exclude=exclude, interview=interview)
        row.speaker, row.speaker_type = name, typ
        row.speaker_start, row.speaker_end = (s, e) if s is not None else (row.np_start,
                                                                           row.np_end)
    elif kind == "description":
        desc = _complete_description(_description(np_text), art, para,
                                     row.np_start or row.span.start)
        person = _role_match(desc, art) or _role_antecedent(
            desc, art, para, row.np_start or row.span.start, exclude)
        if person:
            row.speaker, row.speaker_type = person, "named"
        else:
            row.speaker, row.speaker_type = desc, "description"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end
    elif kind == "group":
        row.speaker = _description(np_text) if _DET_WORD_RX.match(np_text) \
            else np_text
        row.speaker = _org_full_name(row.speaker, art, row.np_start or row.span.start)
        row.speaker_type = "group"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end
    else:
        parts = re.split(r"\s+and\s+", np_text)
        names = []
        for part in parts:
            if re.search(r"[’']s\s", part):  # "Rumsfeld's DoD": keep as written
                names.append(part)
                continue
            tokens = cue_name_tokens(part) if row.attribution == "post-cue" else \
                _clean_name_tokens(part)
            names.append(art.canonical(" ".join(tokens) if tokens else part,
                                       row.np_start or 0))
        row.speaker = " and ".join(names)
        tokens = _clean_name_tokens(parts[0])
        # a group: an organisation word, an acronym, "the Americans"; otherwise a named speaker
        org = len(parts) == 1 and (any(t in _ORG_WORDS for t in tokens) or (
            len(tokens) == 1 and (tokens[0].isupper() or tokens[0].lower() in ORG_NOUNS))
            or bool(re.match(r"^[Tt]he\s", row.speaker))
            or bool(re.search(r"\s(?:of|for)\s", row.speaker) and len(tokens) >= 3
                    and tokens[0].rstrip(".") not in TITLE_SET))  # "Royal Society of Tanners"
        row.speaker_type = "group" if org else "named"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end


#: cue lemmas that carry on someone's speech (``He added``, ``she continued``)
_WENT_ON_LEMMAS = frozenset({"add", "continue", "conclude"})


def _went_on_speaker(pron: str, cue: str, art: ArticleState, para: int, exclude: str
                     ) -> tuple[str, str] | None:
    """``"…," Giuliani said. ¶ He continued, "…"``: a ``he``/``she``/``they`` whose verb
    carries on speech (add, continue, conclude) is the speaker of the latest speech quotation of
    this or the previous paragraph when gender and number agree; None otherwise (the usual
    pronoun resolution applies)."""
    p = pron.lower()
    if cue not in _WENT_ON_LEMMAS or p not in ("he", "she", "they") or not art.speech_history:
        return None
    k, name, typ = art.speech_history[-1]
    if k < para - 1 or not name or name == exclude or typ == "writer":
        return None
    if p == "they":
        return (name, typ) if typ in ("group", "description") else None
    if typ == "group":
        return None
    gender = _desc_gender(name) if typ == "description" else _gender_of(name.split())
    if gender not in ("u", {"he": "m", "she": "f"}[p]):
        return None
    return name, "pronoun-resolved" if typ not in ("description",) else typ


_LOOKBACK = 4  # paragraphs searched back for an antecedent


@dataclass
class Paragraph:
    """One block of an article as the attribution passes see it.

    ``block_id``/``block_paragraph_index`` come from the corpus block; ``lo``/``hi`` are its
    offsets in the corpus text; ``spans`` its quotation spans; ``narr`` its text with every
    top-level quotation masked; ``index`` its position among the article's blocks; ``runs`` the
    capitalised name runs of ``narr``.
    """

    block_id: int
    block_paragraph_index: int
    lo: int
    hi: int
    spans: list[QuoteSpan]
    narr: str
    index: int
    runs: list[re.Match]


class _LazyMentions:
    """``paragraph_mentions[k]``: the mentions of paragraph ``k``, found on first access."""

    def __init__(self, text: str, paragraphs: list[Paragraph], known: set[str]):
        self._text, self._info, self._known = text, paragraphs, known
        self._cache: dict[int, list[Mention]] = {}
        self._persons: dict[tuple[str, ...], bool] = {}

    def __len__(self) -> int:
        return len(self._info)

    def __getitem__(self, k: int) -> list[Mention]:
        if k not in self._cache:
            p = self._info[k]
            ms = _find_mentions(self._text, p.lo, p.hi, p.narr, self._known, p.runs,
                                self._persons)
            for m in ms:
                m.para = p.index
            self._cache[k] = ms
        return self._cache[k]

    def __iter__(self):
        return (self[k] for k in range(len(self)))

    def bounds(self) -> list[tuple[int, int]]:
        """(start, end) offsets of the capitalised runs of the article's narration."""
        return [(p.lo + m.start(), p.lo + m.end()) for p in self._info for m in p.runs]

    def narration(self, k: int) -> tuple[int, str] | None:
        """(offset, narration with quotations masked) of paragraph ``k``, or None."""
        if not 0 <= k < len(self._info):
            return None
        return self._info[k].lo, self._info[k].narr
