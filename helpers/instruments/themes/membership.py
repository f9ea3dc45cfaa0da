"""Party membership of named people, learned per article, and same-party conflict.

Why: much factional talk is told through who is who. "The Speaker said he could not yet back
Trump" is a party against its own nominee only to a reader who knows both are Republicans; a
dictionary of faction words cannot see it. The text usually says who is who somewhere in the
article ("Republican Sen. X", "X (D-NY)", "X, a Democrat,", "Labour MP X", "the Tory X"), so each
article's own statements of membership are read first, and a sentence where a member of party P
criticises, opposes, rebuts, refuses to back or calls on to quit another member of P (or "his
party's leader / nominee") becomes factional evidence.

Two members who are both candidates in a race (and neither the nominee), or one candidate in
a sentence about the race (ads, debates, super PACs, rivals: ``party_race_words.txt``), are
rivals in a nomination race, which the guideline codes 0; such pairs are not evidence.

Version 12 reads more of what the article states: an apposition with a party role after the
name ("X, the presumptive Republican nominee,", "X of Ohio, a Democratic rival,"), whose role
makes X the nominee or a candidate; the copula ("X is a Labour MP", "X, who is a
Republican,"; a role or the party alone: "X is a Republican state" names no one); an
organisation so described ("a Republican consulting firm", ``org_nouns.txt``) is no member,
nor the object of a preposition ("X, a critic of Labour,").

Version 23: a party word in a title-case run (a headline, quoted in the text or on a line of its
own: "... List of Conservatives Rebuking X as He Captures ...") states no membership; a label
sits in running text, with a lower-case word near it (:func:`_in_title_case`).

Data: ``data/lexicons/party_names.csv``, ``party_roles.csv``, ``party_conflict.txt``,
``party_race_words.txt``, ``org_nouns.txt``, ``title_case_minor_words.txt`` (shared
with the quotes instrument); only the logic lives here. Nothing outside the article is
consulted: no register of politicians.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from helpers.core.lexicons import load_records, load_words
from helpers.core.vocabulary import MONTHS, WEEKDAYS
from helpers.instruments.themes.namesakes import _first_names
from helpers.instruments.themes.prefilter import LiteralGate

__all__ = ["MEMBER_AGAINST_OWN_PARTY", "Member", "PartyLexicon", "SAME_PARTY_CONFLICT",
           "article_members", "party_lexicon", "same_party_conflicts", "same_party_statements",
           "surname_re"]

SAME_PARTY_CONFLICT = "same_party_conflict"
MEMBER_AGAINST_OWN_PARTY = "member_against_own_party"

_NAME_TOKEN = r"[A-Z][\w'\-]*[a-z][\w'\-]*"
_TOKEN_RE = re.compile(r"\s+([^\s]+)")
_STRIP = ",;:)(\"'"
_INITIAL = re.compile(r"[A-Z]\.")
# up to two words between "a" / "the" and a party word ("a longtime Republican"); not a
# preposition: "X, a critic of Labour," states no membership
_MODIFIERS = (r"(?:(?!(?:of|to|for|with|against|than|from|on|about|by|at|in|into|over)\s)"
              r"[a-z][\w\-]*\s+){0,2}")
# version 23: the words either side of a party word read to tell a headline from running text
_WORD_RE = re.compile(r"[^\W\d_][\w'\-]*")
# a run ends at a line break, a quotation mark, a colon ("an email stating: ..."), a comma, a
# semicolon or a bracket: a list of names ("Gov. X; RNC Chairman Y; and Z") or a label before
# an apposition ("Republican Rep. X of New York, a ...") is cut into short runs
_RUN_EDGE_RE = re.compile(r"[\n\"\u201c\u201d:,;()]")
#: words read on each side of a party word; a run of fewer words in all is a bare label
#: ("Republican Rep. Ann Lee of New York", "Tory MP Ann Hale" quoted), not a headline
TITLE_WINDOW, MIN_TITLE_RUN = 20, 8


class Member(NamedTuple):
    """A person the article states to belong to ``party`` (keyed by ``surname``)."""

    surname: str
    party: str
    candidate: bool
    nominee: bool


class PartyLexicon(NamedTuple):
    party_re: re.Pattern[str]      # a party word or organ before a name
    letter_re: re.Pattern[str]       # the "D-" of "X (D-NY)", "X, R-Wis.,"
    letter_name_re: re.Pattern[str]  # the name before it
    appos_name_re: re.Pattern[str]   # "X, a " before a party noun ("X, a Democrat,")
    appos_after_re: re.Pattern[str]  # what may follow that noun (a comma, "of Ohio", ...)
    appos_role_re: re.Pattern[str]   # or a role ("X, the Republican front-runner,")
    copula_name_re: re.Pattern[str]  # "X is a " before a party word ("X is a Labour MP")
    org_nouns: frozenset[str]        # "X, a Republican consulting firm": an organisation
    nouns: frozenset[str]            # party names that may stand in such an apposition
    party_of: dict[str, tuple[str, str]]
    roles: dict[str, str]
    not_name: frozenset[str]
    titles: frozenset[str]           # "Mr", "Sen.": a name follows
    examples_re: re.Pattern[str]     # "Democrats, including " / "Tories such as "
    conflict_re: re.Pattern[str]
    own_target_re: re.Pattern[str]
    party_target_re: re.Pattern[str]  # "the Republican nominee", "the DNC"
    race_re: re.Pattern[str]          # a nomination race in view (ads, debates, rivals)
    own_party_re: re.Pattern[str]     # the party itself as an object ("Republicans", "his party")
    object_gap_re: re.Pattern[str]    # what may stand between a conflict word and that object
    not_object_re: re.Pattern[str]    # the party word opens another thing ("Republican rivals")
    minor_words: frozenset[str]       # what a title-case headline leaves lower case ("of", "as")


def _alt(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def party_lexicon() -> PartyLexicon:
    """The compiled party lexicons (read once): party names, roles and the regexes built from
    them; shared with :mod:`~helpers.instruments.themes.targets`."""
    recs = load_records("party_names.csv")
    party_of = {r["name"]: (r["party"], r["kind"]) for r in recs}
    words = [r["name"] for r in recs if r["kind"] in ("word", "body")]
    letters = [r["name"] for r in recs if r["kind"] == "letter"]
    nouns = [r["name"] for r in recs if r["kind"] == "word"]
    roles = {r["role"].lower(): r["kind"] for r in load_records("party_roles.csv")}
    name = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}"
    # not a name: organisation words, titles, dates, and sentence openers and function words
    # ("The", "In", "His": a capital at a sentence start, v12)
    not_name = frozenset(w.lower() for w in (*load_words("org_words.txt"),
                                             *(r["title"] for r in load_records("titles.csv")),
                                             *MONTHS, *WEEKDAYS,
                                             *load_words("not_name_words.txt"),
                                             *load_words("stopwords_en.txt")))
    conflict = "|".join(f"(?:{p})" for p in load_words("party_conflict.txt"))
    own = (r"\b(?:his|her|their|the)\s+(?:own\s+)?party(?:'s)?\s+(?:(?:presumptive|presidential)"
           r"\s+)?(?:leader|leaders|leadership|nominee|chair|chairman|standard-bearer)\b")
    return PartyLexicon(
        # a party word that may open a role phrase or an apposition: followed by a capital,
        # a role word, a comma or "of" (most party words, "Labour has", are neither: skipped)
        party_re=re.compile(
            rf"(?<![\w.\-])(?P<party>{_alt(words)})(?![\w\-])(?=\s+[A-Z]|,|\s+of\s|\s+(?i:"
            + "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
            + r")(?![\w\-])|\s+(?:[a-z][\w\-]*\s+)?[a-z]+[,.]|[.;]|'s?\s+[A-Za-z]"
            r"|,?\s+(?:such\s+as|including|like)\s)"),
        # anchored on the party letter or word, the name read backwards from it: a scan that
        # starts at every capitalised word costs far more (most words are no party's)
        letter_re=re.compile(rf"(?:(?<=\()|(?<=, ))(?P<party>{_alt(letters)})[-–]\s?[A-Z]"),
        letter_name_re=re.compile(rf"(?P<name>{name}),?\s*\(?$"),
        # "X, a ", "X of Ohio, the " (the place is skipped: the person is X)
        appos_name_re=re.compile(rf"(?P<name>{name})(?:\s+of\s+{_NAME_TOKEN}(?:\s+"
                                 rf"{_NAME_TOKEN})?)?,\s+(?:(?:a|an|the)\s+{_MODIFIERS})?$"),
        # "X is a ", "X, who was the " (the copula: "X is a Labour MP", "X is a Republican.")
        copula_name_re=re.compile(rf"(?P<name>{name})(?:\s+of\s+{_NAME_TOKEN}(?:\s+"
                                  rf"{_NAME_TOKEN})?)?(?:,\s+who)?\s+(?:is|was|has\s+been|had\s+"
                                  r"been|remains|remained|became|is\s+now|was\s+once)\s+(?:a|an|the)"
                                  rf"\s+{_MODIFIERS}$"),
        appos_after_re=re.compile(r"(?!\s+Party)(?=,|\s+of\s+[A-Z]|\s+(?:[a-z][\w\-]*\s+)?"
                                  r"[a-z]+[,.])"),
        appos_role_re=re.compile(r"(?P<words>(?:\s+(?:[a-z][\w\-]*|[A-Z]{2,3})){1,3}?)(?=\s*[,;)]"
                                 r"|\.(?:\s|$)|\s+(?:in|for|from|since|at|and|who)\s)"),
        org_nouns=frozenset(load_words("org_nouns.txt")),
        nouns=frozenset(nouns),
        party_of=party_of, roles=roles, not_name=not_name,
        titles=frozenset(r["title"].lower() for r in load_records("titles.csv")),
        # the party's own people named as examples; bare "like" only before a title or a
        # given name ("Republicans like Trump's plan" names no member)
        examples_re=re.compile(r"(?:,\s+|\s+)(?:such\s+as|including)(?=\s)|(?P<comma>,)?\s+like"
                               r"(?=\s)"),
        conflict_re=re.compile(rf"\b(?:{conflict})\b", re.IGNORECASE),
        own_target_re=re.compile(own, re.IGNORECASE),
        race_re=re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in load_words(
            "party_race_words.txt")) + r")\b", re.IGNORECASE),
        own_party_re=re.compile(
            rf"(?<![\w.\-])(?:(?P<party>{_alt(words)})(?![\w\-])|(?P<own>(?:his|her|their)\s+"
            r"(?:own\s+)?party)\b)"),
        object_gap_re=re.compile(r"(?:\s+(?:(?:[a-z][\w\-']*|[A-Z][\w.\-']*)(?=\s)))"
                                 r"{0,4}\s+$"),
        not_object_re=re.compile(r"(?:'s)?\s+(?:[a-z][\w\-]*\s+)?(?:" + "|".join(
            f"(?:{p})" for p in load_words("party_not_object.txt")) + r")\b", re.IGNORECASE),
        party_target_re=re.compile(
            rf"\bthe\s+(?P<party>{_alt(words)})(?:\s+Party's)?\s+(?:(?:presumptive|presidential"
            r"|party)\s+)?(?:nominee|front-runner|frontrunner|standard-bearer|leader|leaders"
            r"|leadership|establishment|chair|chairman|chairwoman)\b|\bthe\s+(?P<organ>"
            + _alt([r["name"] for r in recs if r["kind"] == "body"]) + r")\b"),
        minor_words=frozenset(load_words("title_case_minor_words.txt")),
    )


def _in_title_case(lex: PartyLexicon, text: str, m: re.Match[str], start: int, end: int) -> bool:
    """Whether the party word ``m`` sits in a title-case run: a headline, not running text.

    Why: "... Joins Growing List of Conservatives Rebuking X as He Captures ..." (a quoted
    headline) reads as "Conservative X" to the role-run and apposition patterns; a party label
    of running text has a lower-case word near it ("Labour MP X said", "the Republican
    nominee, X,"). Read: up to :data:`TITLE_WINDOW` words on each side, within the line and
    the clause (a line break, a quotation mark, a colon, a comma, a semicolon or a bracket
    ends the run); a title-case run
    has no lower-case word but the minor words of headlines (``title_case_minor_words.txt``)
    and at least :data:`MIN_TITLE_RUN` words, so a short quoted label ("Tory MP Ann Hale") is
    still read.
    """
    lo = max(start, m.start() - 200)
    edges = list(_RUN_EDGE_RE.finditer(text, lo, m.start()))
    left_text = text[edges[-1].end() if edges else lo:m.start()]
    hi = min(end, m.end() + 200)
    edge = _RUN_EDGE_RE.search(text, m.end(), hi)
    right_text = text[m.end():edge.start() if edge else hi]
    words = (_WORD_RE.findall(left_text)[-TITLE_WINDOW:] + [m.group()]
             + _WORD_RE.findall(right_text)[:TITLE_WINDOW])
    if len(words) < MIN_TITLE_RUN:
        return False
    return not any(w[0].islower() and w.lower() not in lex.minor_words for w in words)


def _role_run(lex: PartyLexicon, text: str, pos: int, end: int,
              mode: str = "") -> tuple[str, str] | None:
    """The name and role kind after a party word at ``pos`` ("Sen. Ann Lee" -> ("Lee", ...)).

    Walks up to eight tokens of role words, fillers and capitalised words; the name is the
    capitalised tokens after the last role word. Without a role word, two or more capitalised
    tokens right after the party word are a name ("Republican Ann Lee", "the Tory Ann Lee").
    ``mode`` "given" (after a party's possessive, "Labour's Ann Lee"): without a role the name
    must open with a given name (``first_names.txt``) or follow a title ("Labour's Brexit
    Plan" is no one); "one" (after "Democrats, including"): one surname is a name.
    """
    last_role, kind, caps, titled = -1, "", [], False
    n = 0
    for m in _TOKEN_RE.finditer(text, pos, min(end, pos + 160)):
        raw = m.group(1)
        tok = raw.rstrip(_STRIP)
        if tok.endswith(".") and tok.lower() not in lex.roles:
            tok = tok.rstrip(".")  # a sentence's full stop, not an abbreviation ("Sen.")
        possessive = tok.endswith("'s")
        tok = tok[:-2] if possessive else tok
        low = tok.lower()
        role = lex.roles.get(low)
        if role is not None and role != "filler":
            last_role, caps = n, []
            kind = _stronger(kind, role)
        elif role is None and re.fullmatch(_NAME_TOKEN, tok) and low not in lex.not_name:
            caps.append(tok)
        elif caps and _INITIAL.fullmatch(raw):  # a middle initial ("Donald J. Trump")
            n += 1
            continue
        elif role is not None or (tok[:1].isupper() and low in lex.not_name):
            caps, titled = [], role is None and low in lex.titles
        else:
            break
        n += 1
        # a comma, a possessive or a full stop (not an abbreviation's) closes the phrase; one
        # comma right after the role opens an apposition ("the Republican nominee, Ann Lee,")
        comma_after_role = raw.endswith(",") and last_role == n - 1 and not caps
        closed = ((possessive and bool(caps)) or raw[-1:] in ",;:)"
                  or (raw.endswith(".") and role is None and low not in lex.titles))
        if (closed and not comma_after_role) or n >= 8:
            break
    if not caps:
        return None
    if last_role < 0:
        if mode == "given":
            named = titled or (len(caps) >= 2 and caps[0] in _first_names())
        elif mode == "one":
            named = titled or n == len(caps)
        else:
            named = len(caps) >= 2 and n == len(caps)
        if not named:
            return None
    return caps[min(len(caps), 3) - 1], kind or "office"


def _apposition(lex: PartyLexicon, text: str, m: re.Match[str], start: int,
                end: int) -> tuple[str, str] | None:
    """The name and role kind of an apposition ending in the party word ``m``.

    "X, a Democrat,", "X, Republican of Ohio,", "X, a Democratic pollster," (v7); the
    copula with a role or the party alone ("X is a Labour MP", "X, who is a Democrat,"); with
    a role after the party word, "X, the presumptive Republican nominee," / "X of Ohio, the
    Labour candidate," (the role kind makes X a candidate or the nominee). Not an
    organisation ("X, a Republican consulting firm,"). The name is read backwards from the
    party word, so the apposition is never taken for the name after it ("X, the Republican
    front-runner, Florida's primary ...": X, not Florida).
    """
    after = lex.appos_role_re.match(text, m.end(), end)
    words = after.group("words").split() if after else []
    kinds = [lex.roles.get(w.lower()) for w in words]
    if words and (words[-1].lower() in lex.org_nouns or words[-1] == "Party"):
        return None
    role = next((k for k in reversed(kinds) if k and k != "filler"), None)
    bare = text[m.end():m.end() + 1] in (",", ".", ";")
    if role is None and not bare and not lex.appos_after_re.match(text, m.end(), end):
        return None
    named = lex.appos_name_re.search(text, max(start, m.start() - 80), m.start())
    if named is None and (role is not None or bare):
        # the copula asks more: a role, or the party word alone ("X is a Republican.")
        named = lex.copula_name_re.search(text, max(start, m.start() - 80), m.start())
    if named is None:
        return None
    surname = named.group("name").split()[-1]
    if surname.lower() in lex.not_name:
        return None
    return surname, role or "office"


def _stronger(kind: str, role: str) -> str:
    """The role kind a phrase keeps: nominee over candidate over office."""
    rank = {"": 0, "office": 1, "candidate": 2, "nominee": 3}
    return role if rank[role] > rank[kind] else kind


def article_members(text: str, start: int = 0, end: int | None = None,
                    gate: LiteralGate | None = None) -> dict[str, Member]:
    """Surname -> :class:`Member` for every person ``text[start:end]`` states a party of.

    A surname stated with two different parties is dropped (two people, or an error): no
    guess. ``candidate``/``nominee`` come from the role words ("presidential candidate",
    "nominee") and, for a party with two or more members (rivalry needs two), from signs of a
    candidacy anywhere in the span (:func:`_candidacy_re`).
    ``gate`` (a :class:`LiteralGate` of ``text``, optional) skips the scans where no party
    word occurs; the members are the same.
    """
    lex = party_lexicon()
    end = len(text) if end is None else end
    found: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}

    def add(surname: str, party: str, kind: str) -> None:
        found.setdefault(surname, set()).add(party)
        kinds.setdefault(surname, set()).add(kind)

    def add_before(rx: re.Pattern[str], pos: int, party: str) -> None:
        named = rx.search(text, max(start, pos - 80), pos)
        surname = named.group("name").split()[-1] if named else ""
        surname = surname[:-2] if surname.endswith("'s") else surname  # "Ted Cruz's (R-Texas)"
        if surname and surname.lower() not in lex.not_name:
            add(surname, party, "office")

    def scan(rx: re.Pattern[str]) -> list[re.Match[str]]:
        return (gate.finditer(rx, text, start, end, sliced=False) if gate is not None
                else list(rx.finditer(text, start, end)))

    for m in scan(lex.party_re):
        word = m.group("party")
        if _in_title_case(lex, text, m, start, end):
            continue  # a headline's capitals are no party label (version 23)
        if word in lex.nouns and (got := _apposition(lex, text, m, start, end)):
            add(got[0], lex.party_of[word][0], got[1])  # "X, the Republican nominee,"
            continue
        nxt = text[m.end():m.end() + 1]
        if nxt == "'":  # a party's possessive: "Labour's Ann Lee", "the Tories' chief whip X"
            got = _role_run(lex, text, m.end(), end, "given")
        elif ex := lex.examples_re.match(text, m.end(), end):  # "Democrats, including X"
            got = _role_run(lex, text, ex.end(), end, "one" if ex.group("comma") or
                            not ex.group().lstrip(", ").startswith("like") else "given")
        else:
            got = None if nxt in (".", ";") else _role_run(lex, text, m.end(), end)
        if got:
            add(got[0], lex.party_of[word][0], got[1])
    for m in scan(lex.letter_re):
        add_before(lex.letter_name_re, m.start(), lex.party_of[m.group("party")][0])
    sole = {n: next(iter(p)) for n, p in found.items() if len(p) == 1}
    shared = Counter(sole.values())  # rivalry needs two of one party: else no candidacy search
    return {n: Member(n, party, "candidate" in kinds[n] or (
        shared[party] > 1 and _candidacy_re(n).search(text, start, end) is not None),
        "nominee" in kinds[n]) for n, party in sole.items()}


def _rivals(lex: PartyLexicon, text: str, start: int, end: int, a: Member, b: Member) -> bool:
    """Whether ``a`` and ``b`` are rivals in a nomination race (the guideline's 0): both
    candidates (neither the nominee), or one a candidate in a sentence about the race."""
    if a.nominee or b.nominee:
        return False
    if a.candidate and b.candidate:
        return True
    return (a.candidate or b.candidate) and lex.race_re.search(text, start, end) is not None


@lru_cache(maxsize=1024)
def _candidacy_re(surname: str) -> re.Pattern[str]:
    """Signs in the text that ``surname`` runs in a race: "<surname>'s campaign", "bid",
    "candidacy", "super PAC", "pro-<surname>", "<surname> for president", "voted for <surname>",
    "rival / candidate / front-runner [Sen. Ann] <surname>".
    """
    name = re.escape(surname)
    return re.compile(rf"\b{name}(?:'s)?\s+(?:presidential\s+)?(?:campaign|bid|candidacy|"
                      rf"super\s+PACs?|rall(?:y|ies)|supporters)\b|\bpro-{name}\b|\b{name}\s+for"
                      rf"\s+[Pp]resident\b|\bvot(?:e|ed|ing)\s+for\s+{name}\b|\b(?:rival|"
                      rf"candidate|contender|hopeful|challenger|front-?runner)s?\s+(?:[A-Z][\w.]*"
                      rf"\s+){{0,2}}{name}\b")


@lru_cache(maxsize=256)
def surname_re(surnames: tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching any of ``surnames`` as a whole word (cached per tuple of surnames)."""
    return re.compile(rf"(?<![\w\-])(?:{_alt(list(surnames))})(?![\w\-])")


def same_party_conflicts(text: str, members: dict[str, Member], start: int,
                         end: int) -> list[tuple[int, int]]:
    """``(start, end)`` spans of :func:`same_party_statements` (the rule names dropped)."""
    return [(s, e) for s, e, _ in same_party_statements(text, members, start, end)]


def same_party_statements(text: str, members: dict[str, Member], start: int,
                          end: int) -> list[tuple[int, int, str]]:
    """``(start, end, rule)`` in ``text[start:end]`` (one sentence) where a member of a party
    acts against the same party: at most one statement, the first class that holds.

    :data:`SAME_PARTY_CONFLICT`: a member acts against another member of the same party (the
    conflict word starts between the two, "A criticised B"; or, version 20, after both when
    an object relative joins them, "B, whom A refused to endorse"), or against "his / her
    party's" leader, leadership or nominee, "the P nominee", "the DNC".
    :data:`MEMBER_AGAINST_OWN_PARTY` (version 20): a member acts against the party itself, its
    name or "his own party" standing as the object a few words after the conflict word
    ("Republican Sen. X voted against the Republican budget", "Labour MP X attacked his own
    party"); not when the party word opens another thing ("his Republican rivals",
    ``party_not_object.txt``), nor for a candidate in a sentence about the race.

    Evidence needs a conflict word (``party_conflict.txt``) in the sentence; praise is not
    listed. Two candidates of one party (neither the nominee) are race rivals: not evidence.
    """
    if not members:
        return []
    lex = party_lexicon()
    named = [(m.start(), m.end(), members[m.group()])
             for m in surname_re(tuple(members)).finditer(text, start, end)]
    if not named:
        return []
    verbs = [(m.start(), m.end()) for m in lex.conflict_re.finditer(text, start, end)]
    if not verbs:
        return []
    for i, (s1, e1, a) in enumerate(named):
        for s2, e2, b in named[i + 1:]:
            if a.surname == b.surname or a.party != b.party:
                continue
            if _rivals(lex, text, start, end, a, b):
                continue
            # the act starts between the two people: "A criticised B", "B was rebuked by A",
            # "A called on B to quit"; or after both, across an object relative: "B, whom A
            # refused to endorse" (the verb within a few words of A)
            if any(e1 <= vs < s2 for vs, _ in verbs) or (
                    re.search(r"\bwhom\b", text[e1:s2]) and any(
                        e2 <= vs <= e2 + 30 for vs, _ in verbs)):
                return [(s1, e2, SAME_PARTY_CONFLICT)]
    targets = [(m.start(), m.end()) for m in lex.own_target_re.finditer(text, start, end)]
    for m in lex.party_target_re.finditer(text, start, end):
        word = m.group("party") or m.group("organ")
        targets += [(m.start(), m.end(), lex.party_of[word][0])]  # type: ignore[list-item]
    for s1, e1, a in named:
        for t in targets:
            if len(t) == 3 and t[2] != a.party:
                continue
            if any(e1 <= vs < t[0] for vs, _ in verbs):
                return [(s1, t[1], SAME_PARTY_CONFLICT)]
    return _against_own_party(lex, text, named, verbs, start, end)


def _against_own_party(lex: PartyLexicon, text: str, named: list[tuple[int, int, Member]],
                       verbs: list[tuple[int, int]], start: int,
                       end: int) -> list[tuple[int, int, str]]:
    """The :data:`MEMBER_AGAINST_OWN_PARTY` statement of a sentence, if any: a labelled member,
    then a conflict word, then (at most four words on) the member's own party as its object."""
    objects = []
    for m in lex.own_party_re.finditer(text, start, end):
        if lex.not_object_re.match(text, m.end(), end):
            continue  # "his Republican rivals", "the Democratic primary": not the party
        party = lex.party_of[m.group("party")][0] if m.group("party") else ""
        objects.append((m.start(), m.end(), party))
    if not objects:
        return []
    race = lex.race_re.search(text, start, end) is not None
    for s1, e1, a in named:
        if a.candidate and not a.nominee and race:
            continue  # a candidate in a sentence about the race: rivalry, not faction
        for vs, ve in verbs:
            if vs < e1:
                continue
            for os_, oe, party in objects:
                if (os_ > ve and party in ("", a.party)
                        and lex.object_gap_re.fullmatch(text, ve, os_)):
                    return [(s1, oe, MEMBER_AGAINST_OWN_PARTY)]
    return []
