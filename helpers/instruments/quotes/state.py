"""Per-article name state (:class:`ArticleState`): the full names seen so far, which of them
are persons, and the canonical (fullest) form of a name at an offset. Split out of
``attribution.py`` so that each file keeps one job; pronouns, descriptions and noun phrases
are attributed from this state in :mod:`.pronouns`, :mod:`.descriptions` and
:mod:`.attribution`."""

from __future__ import annotations

import re
from typing import Any

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.name_forms import is_particle
from helpers.core.person_names import PersonKeys
from helpers.instruments.quotes.antecedents import prefer_principals
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    _ORG_WORDS,
    _PLACE_WORDS,
    NAME_SUFFIXES,
    PERSON_NOUNS,
    TITLE_SET,
    opens_name,
)
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import (
    _NAME_RUN_RE,
    _ROLE_ACRONYMS,
    _TITLE_ABBR,
    _clean_name_tokens,
    _is_person_name,
    _person_by_context,
    _word_surname,
    title_gender,
)
from helpers.instruments.quotes.names import canonical_key
from helpers.instruments.quotes.person_plurals import leading_role_word
from helpers.instruments.quotes.samename import gender_clash
from helpers.instruments.quotes.subjects import sentence_start

#: an abbreviated title right before a capitalised run that did not take it in (``Republican
#: Rep. Lee Hart``: the run ``Republican Rep`` ends at the full stop)
_TITLE_BEFORE_RE = lazy_compile(rf"(?<![\w’']){_TITLE_ABBR}\.\s+$")
#: a middle initial inside a full name (``Harry M. Reid``): upper case, yet no acronym
_INITIAL_RE = lazy_compile(r"[A-Z]\.")


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


def _ends_with(full: str, words: list[str]) -> bool:
    """Whether the full name ``full`` (suffixes such as ``Jr.`` left out) is longer than
    ``words`` (a surname with its particles, as :func:`.names.canonical_key` gives them) and
    ends with them."""
    toks = [t for t in canonical_key(full).split() if t not in NAME_SUFFIXES]
    return len(toks) > len(words) and toks[-len(words):] == words


def _written_as_name(s: str) -> bool:
    """Whether every word of ``s`` is capitalised or a surname particle (``Piet de Varga``),
    as a person's name is written; a description (``the senator``) is not."""
    words = s.split()
    return bool(words) and all(w[:1].isupper() or is_particle(w) for w in words)


class ArticleState:
    """State for attributing the quotations of one article."""

    def __init__(self, text: str, people: dict[str, str]):
        self.text = text
        self.alias = people
        self.full_names: list[tuple[int, str]] = []  # (offset, full name) in order seen
        self.known: set[str] = set()
        # list-like: a :class:`.paragraphs._LazyMentions` once the article is read (Any: a
        # compiled build checks declared types at run time, and it is no list)
        self.paragraph_mentions: Any = []
        self.interviewee: str = ""
        self.block_starts: list[int] = []
        self.speech_history: list[tuple[int, str, str]] = []  # (paragraph, speaker, type)
        self.interview_mode: bool = False
        #: the interviewee rests on interview form (title words, the writer in the first
        #: person, present-tense cues), not only on holding most named attributions of a report
        self.interview_form: bool = True
        self.writer_meets: bool = False  # first-person writer meeting/asking someone
        self._idx_len = -1
        self._by_last: dict = {}
        self._by_first: dict = {}
        self._memo: dict = {}
        self._counts: dict[str, int] | None = None
        self._keys = PersonKeys()
        self._shown: dict[str, str] = {}  # person key -> the canonical name counted for it
        self._key_memo: dict[tuple[str, bool], str] = {}
        self._principals: dict[tuple[tuple[int, str], ...], list[tuple[int, str]]] = {}
        self.name_runs: list[tuple[int, list[str]]] = []
        self.roles: list[tuple[int, str, frozenset[str]]] | None = None  # see quotes/roles.py
        #: capitalised office description -> the person it named (``descriptions.office_holder``)
        self.offices: dict[str, str] = {}
        self._sentence_starts: dict[int, int] = {}
        #: the article's scan of office appositions by start offset (``apposed_offices``)
        self.office_scans: dict[int, tuple] = {}
        #: where the article ends in ``text`` (a source file may hold many articles)
        self.article_end: int = len(text)

    def sentence_start(self, pos: int) -> int:
        """:func:`.subjects.sentence_start` of ``pos`` in the article's text, memoised per
        article (speed, throughput round 12: the pronoun, cataphora, description and plural
        readers asked for the sentences of the same offsets again, ~32,000 calls a benchmark
        quarter). The text is fixed, so the memo gives what the call gives."""
        got = self._sentence_starts.get(pos)
        if got is None:
            got = self._sentence_starts[pos] = sentence_start(self.text, pos)
        return got

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
        if titled and len(tokens) == 1 and tokens[0] not in _NOT_NAME and \
                tokens[0] not in _ORG_WORDS and tokens[0][1:].islower():
            # "President Obama", "Mr. Hale": a title before a lone surname marks a person, so
            # the bare surname later ("And Hale, for all …, seems to agree") is one (round 45)
            self.known.add(canonical_key(tokens[0]))
        if not 2 <= len(tokens) <= 4:
            return  # only a run of two to four name tokens is a candidate full name
        raw = run.split()
        k = len(raw) - len(tokens) - 1
        if not titled and 0 <= k and len(tokens) >= 2 and (
                raw[k].rstrip(".") in TITLE_SET or leading_role_word(raw[k], PERSON_NOUNS)
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
            if (t in _ORG_WORDS and not given) or t in _NOT_NAME or t.endswith(("’", "'")) \
                    or (t.isupper() and not _INITIAL_RE.fullmatch(t)):
                # an acronym ends the run; a middle initial does not (round 28: ``Harry M.
                # Reid`` left ``Reid raised …`` no known person, so a later ``he`` took a
                # name embedded in a subordinate clause instead of that subject)
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
                toks = [t for t in canonical_key(n).split() if t not in NAME_SUFFIXES]
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
        # "De Varga" (a surname with its particles, upper-case at a sentence start) is a
        # surname as "Varga" is, but only of a full name ending in "de Varga" (wt-names30)
        particled = len(tokens) > 1 and all(is_particle(t) for t in tokens[:-1])
        if len(tokens) == 1 or particled:
            # "Mrs. Clinton" is not the "Bill Clinton" named last: a gendered title keeps
            # only the full names whose given name does not clash with it
            g = title_gender(name)
            words = key.split()
            same_last = [(off, n) for off, n in by_last.get(words[-1], [])
                         if not gender_clash(g, n) and (not particled or _ends_with(n, words))]
            # "His son, Eric Lark," is a relative: "Lark" is the other Lark (round 35)
            same_last = self._prefer_principals(same_last)
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

    def _prefer_principals(self, candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """:func:`.antecedents.prefer_principals` of ``candidates`` over this article's text,
        memoised per article on the candidate list (speed, issue 13, throughput round 5: the
        same surname's full names were tested for a relative's introduction at every offset
        :meth:`canonical` was asked about; 9 calls in 10 repeated an earlier list). Exact: the
        function reads only the list and the text, which never changes. Shared: read only."""
        key = tuple(candidates)
        got = self._principals.get(key)
        if got is None:
            got = self._principals[key] = prefer_principals(candidates, self.text)
        return got

    def person_key(self, name: str, named: bool = True) -> str:
        """The key every spelling of one person shares in this article (``Sandy``/``Sandra
        Paradis``, ``François``/``Francois X``: :class:`helpers.core.person_names.PersonKeys`,
        the rule of the canonical speaker) over the words of :func:`.names.canonical_key`
        (titles, case, dots, possessive folded). ``named`` False (a description, a group, a
        document): those words with accents folded, never joined to another name."""
        got = self._key_memo.get((name, named))
        if got is None:  # memoised: the chooser asks for every earlier speaker of each row
            got = self._key_memo[(name, named)] = self._keys.key(canonical_key(name).split(),
                                                                 merge=named)
        return got

    def same_person(self, a: str, b: str) -> bool:
        """Whether speaker strings ``a`` and ``b`` name one person of this article: equal, or
        both non-empty with one :meth:`person_key`, read as names when both are written as
        names (every word capitalised or a surname particle: ``Sandy Quill``/``Sandra
        Quill``); descriptions and groups are only folded (``the former senator`` is not
        joined to ``the senator``)."""
        if a == b:
            return True
        if not a or not b:
            return False
        named = _written_as_name(a) and _written_as_name(b)
        return self.person_key(a, named) == self.person_key(b, named)

    def mention_counts(self) -> dict[str, int]:
        """Mentions per person in the article (computed once), keyed by the canonical name
        first seen for that person: two spellings of one person (one :meth:`person_key`)
        count as one (issue 13, wt-names30). Look a name up with :meth:`mentions_of`."""
        if self._counts is None:
            counts: dict[str, int] = {}
            for off, tokens in self.name_runs:
                if _is_person_name(tokens, self.known):
                    n = self.canonical(" ".join(tokens), off)
                    n = self._shown.setdefault(self.person_key(n), n)
                    counts[n] = counts.get(n, 0) + 1
            self._counts = counts
        return self._counts

    def mentions_of(self, name: str, named: bool = True) -> int:
        """How often the article names the person ``name`` (any spelling of it); ``named``
        False (a description, a group): only that string, as :meth:`person_key` reads it."""
        counts = self.mention_counts()
        shown = self._shown.get(self.person_key(name, named))
        return counts.get(shown, 0) if shown is not None else 0
