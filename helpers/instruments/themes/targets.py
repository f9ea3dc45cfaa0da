"""The target side of same-party conflict: whom a party figure withholds support from, or attacks.

Why: the two largest classes of factional talk the codebook missed on real news (themes
version 21's count) carry no faction word at all: "the Speaker said he is not ready to back
him", "McConnell condemned his views". They are factional only to a reader who knows that the
person withheld from, or attacked, is a leader, the nominee or a candidate of the actor's own
party. This module resolves that, within one article and without any register of politicians:

* **who belongs to which party**: :func:`.membership.article_members` (the article's own
  statements: "Republican Sen. X", "X (D-NY)", "Labour MP X");
* **who leads**: titles before a name and descriptions after "the" (``party_leader_roles.csv``:
  "Speaker X", "Prime Minister X", "the presumptive nominee"), plus the roles membership reads
  ("X, the Republican nominee,");
* **who "he", "her", "the Speaker" is**: a pronoun or a description is resolved to the last
  compatible person named in its paragraph or the one before (compatible: another person than
  the actor, of the pronoun's gender when the article tells it: "Mr. X", "Mrs. X", a given name
  of ``first_names.txt``); a description to the article's holder of that role.

A sentence is evidence when an actor of party P (a labelled member, a pronoun or "I" resolved to
one, or the party's people as a group: "Republicans", "Labour MPs") withholds support from
(``support_withheld.txt``) or acts against (``party_conflict.txt``) a leader, nominee or
candidate of P who stands as the object of the act (right after it, or as its possessive:
"his views"). Two candidates of one party are race rivals (the guideline's 0) unless the one
acted against is the nominee or a leader. Article context only resolves references: the act and
its object are in the sentence itself, so the article never codes a paragraph by itself.

Data: ``party_leader_roles.csv``, ``support_withheld.txt`` (new in version 22) and the lexicons
of :mod:`.membership`. Only ``helpers.core`` and this instrument are imported.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from helpers.core.lexicons import load_records, load_words
from helpers.instruments.themes.membership import Member, party_lexicon, surname_re
from helpers.instruments.themes.prefilter import LiteralGate

__all__ = ["OWN_LEADER_OPPOSED", "RESOLVED_RULES", "SUPPORT_WITHHELD", "ArticlePeople",
           "article_people", "own_leader_statements"]

SUPPORT_WITHHELD = "support_withheld_from_own"
OWN_LEADER_OPPOSED = "own_leader_opposed"
#: Rules whose evidence rests on the article (who is who, whom "he" means): they code their
#: own paragraph, but do not count towards anchoring the article in the theme, so that the
#: article's context never codes another paragraph through them (guideline rule 1).
RESOLVED_RULES = frozenset({SUPPORT_WITHHELD, OWN_LEADER_OPPOSED})

_LEADING = frozenset({"leader", "nominee"})


class Person(NamedTuple):
    """A person of the article: ``party`` ("" unknown), ``roles`` (leader / nominee /
    candidate), ``gender`` ("m", "f" or "" unknown)."""

    surname: str
    party: str
    roles: frozenset[str]
    gender: str


class Mention(NamedTuple):
    """Where the article names a person (a surname or a description standing for one)."""

    start: int
    end: int
    surname: str


class ArticlePeople(NamedTuple):
    """The people of one article and every place it names them (sorted by ``start``)."""

    people: dict[str, Person]
    mentions: list[Mention]
    starts: list[int]


class _TargetLexicon(NamedTuple):
    title_re: re.Pattern[str]        # "Speaker Ann Lee", "Prime Minister Ann Lee"
    appos_re: re.Pattern[str]        # "Lee, the House speaker,"
    description_re: re.Pattern[str]  # "the Speaker", "the presumptive nominee"
    role_kind: dict[str, str]
    acts_re: re.Pattern[str]         # group "w": support withheld; "o": an act against
    gender_title_re: re.Pattern[str]  # "Mr. Lee", "Mrs Lee"
    given_re: re.Pattern[str]         # "Ann Lee": a given name before a surname
    given: dict[str, str]
    group_re: re.Pattern[str]         # "Republicans", "Labour MPs", "GOP lawmakers"
    pronoun_re: re.Pattern[str]       # an object pronoun or possessive after the act
    subject_re: re.Pattern[str]       # a subject pronoun before the act
    race_of_re: re.Pattern[str]       # "the Republican nomination" (a party's race) ...
    race_runner_re: re.Pattern[str]   # ... and who runs in it ("Lee won ", "Lee in ")
    possessive_re: re.Pattern[str]    # "his" right before a nominal act ("his refusal to")


def _surname(name: str) -> str:
    """The last word of a name, without a possessive ("Ann Lee's" -> "Lee")."""
    return re.sub(r"['’]s$", "", name.split()[-1])


def _norm_role(role: str) -> str:
    return re.sub(r"\s+", " ", role.lower().replace("’", "'"))


def _role_key(role: str, kind: str) -> str:
    """The role a title and a description share: "House Speaker" and "the Speaker" are one
    role, "Senate Majority Leader" and "the majority leader" too; every nominee is "nominee"."""
    if kind == "nominee":
        return "nominee"
    return re.sub(r"^(?:house|senate|party's)\s+", "", role)


@lru_cache(maxsize=1)
def _tlex() -> _TargetLexicon:
    """The compiled lexicons of this module (read once)."""
    roles = {_norm_role(r["role"]): r["kind"] for r in load_records("party_leader_roles.csv")}
    alt = "|".join(r"\s+".join(re.escape(w) for w in r.split())
                   for r in sorted(roles, key=len, reverse=True))
    name = r"[A-Z][\w'\-]*[a-z][\w'\-]*"
    parties = [r["name"] for r in load_records("party_names.csv") if r["kind"] == "word"]
    palt = "|".join(re.escape(p) for p in sorted(parties, key=len, reverse=True))
    plural = "|".join(re.escape(p) for p in sorted(parties, key=len, reverse=True)
                      if p.endswith("s"))
    given = {r["name"]: r["gender"] for r in load_records("first_names.txt")
             if r.get("gender") in ("m", "f")}
    withheld = "|".join(f"(?:{p})" for p in load_words("support_withheld.txt"))
    opposed = "|".join(f"(?:{p})" for p in (*load_words("party_conflict.txt"),
                                             *load_words("leader_opposition.txt")))
    return _TargetLexicon(
        title_re=re.compile(rf"(?<![\w\-])(?P<role>(?i:{alt}))\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                            rf"(?P<name>{name}(?:\s+(?:[A-Z]\.\s+)?{name}){{0,2}})"),
        appos_re=re.compile(rf"(?P<name>{name}),\s+the\s+(?:(?:{palt})\s+)?(?P<role>(?i:{alt}))"
                            r"(?=\s*[,.;)])"),
        description_re=re.compile(
            rf"\b(?i:the)\s+(?:(?i:presumptive|likely|eventual|probable|current|sitting)\s+)?"
            rf"(?:(?P<party>{palt})\s+)?(?:(?i:(?:his|her|their|the)\s+party's)\s+)?"
            rf"(?P<role>(?i:{alt}))\b"),
        role_kind=roles,
        # one scan for both kinds of act (withholding first where both start at one place)
        acts_re=re.compile(rf"\b(?:(?P<w>{withheld})|(?P<o>{opposed}))\b", re.IGNORECASE),
        gender_title_re=re.compile(rf"\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+(?P<name>{name})"),
        given_re=re.compile(rf"\b(?P<given>{name})\s+(?:[A-Z]\.\s+)?(?P<name>{name})\b"),
        given=given,
        # the party's people: a plural party noun ("Republicans", "Tories"), or a party word
        # before a noun of its figures ("Labour MPs", "GOP lawmakers"); not "Republican voters"
        group_re=re.compile(
            rf"(?<![\w\-])(?:(?P<plural>{plural})|(?P<party>{palt})\s+(?:(?:House|Senate|"
            r"party|state|national|congressional|parliamentary)\s+)?(?:MPs|lawmakers|"
            r"senators|legislators|members|officials|leaders|delegates|backbenchers|"
            r"ministers|councillors|activists|donors|governors|strategists|operatives|"
            r"elders|grandees))(?![\w\-])"),
        pronoun_re=re.compile(r"\b(?P<pro>him|her|his|them|their)\b", re.IGNORECASE),
        subject_re=re.compile(r"\b(?P<pro>he|she|I)\b"),
        possessive_re=re.compile(r"\b(?P<pro>his|her)\s+$"),
        # "the Republican nomination": found first (a selective word), the runner read
        # backwards from it ("Lee clinched ", "Lee's march to ", "Lee in ")
        race_of_re=re.compile(
            rf"\bthe\s+(?P<party>{palt})(?:\s+(?i:party's))?\s+(?:(?i:presidential)\s+)?"
            r"(?i:nomination|primary|primaries|race|contest|leadership)\b"),
        race_runner_re=re.compile(
            rf"(?<![\w\-])(?P<name>{name}(?:\s+{name}){{0,2}})(?:(?:'s|’s)?\s+(?:[a-z]\w*\s+)"
            r"{0,3}?"
            r"(?:(?i:wins?|won|winning|clinch\w*|captur\w*|secur\w*|seek\w*|sought|lock\w*\s+up|"
            r"march\w*\s+to(?:ward)?|pursu\w*|bid\s+for|run\s+for|ran\s+for|running\s+for|lead\w*|"
            r"quest\s+for))|\s+in)\s+(?:of\s+)?$"),
    )


def article_people(text: str, start: int, end: int, members: dict[str, Member],
                   gate: LiteralGate | None = None) -> ArticlePeople:
    """The people of ``text[start:end]`` (one article): members with their parties, role
    holders by title or apposition, named people with a given name; their genders when the
    article tells them; and every mention of them (surnames, and role descriptions resolved
    to the article's holder of the role). ``gate`` (a :class:`LiteralGate` of ``text``,
    optional) skips scans that cannot match; the people are the same."""
    lex = _tlex()

    def scan(rx: re.Pattern[str]) -> list[re.Match[str]]:
        return (gate.finditer(rx, text, start, end, sliced=False) if gate is not None
                else list(rx.finditer(text, start, end)))

    party = {n: m.party for n, m in members.items()}
    roles: dict[str, set[str]] = {n: ({"nominee"} if m.nominee else set())
                                  | ({"candidate"} if m.candidate else set())
                                  for n, m in members.items()}
    holders: dict[str, list[str]] = {}  # role phrase -> surnames holding it, in order
    for rx in (lex.title_re, lex.appos_re):
        for m in scan(rx):
            surname = _surname(m.group("name"))
            if surname.lower() in party_lexicon().not_name:
                continue
            role = _norm_role(m.group("role"))
            roles.setdefault(surname, set()).add(lex.role_kind[role])
            holders.setdefault(_role_key(role, lex.role_kind[role]), []).append(surname)
    holders.setdefault("nominee", []).extend(n for n, ro in roles.items() if "nominee" in ro)
    for race in scan(lex.race_of_re):
        # "Lee clinched the Republican nomination", "Lee's march to the GOP nomination": Lee
        # runs for that party (a candidate of it), when the article states no other party
        m = lex.race_runner_re.search(text, max(start, race.start() - 90), race.start())
        if m is None:
            continue
        surname = _surname(m.group("name"))
        got = party_lexicon().party_of[race.group("party")][0]
        if surname.lower() not in party_lexicon().not_name and party.get(surname, got) == got:
            party[surname] = got
            roles.setdefault(surname, set()).add("candidate")
    gender_votes: dict[str, Counter[str]] = {}
    for m in scan(lex.gender_title_re):
        g = "m" if m.group("title") == "Mr" else "f"
        gender_votes.setdefault(_surname(m.group("name")), Counter())[g] += 1
    for m in lex.given_re.finditer(text, start, end):
        g = lex.given.get(m.group("given"))
        surname = _surname(m.group("name"))
        if g and surname.lower() not in party_lexicon().not_name:
            gender_votes.setdefault(surname, Counter())[g] += 1
            roles.setdefault(surname, set())
    people: dict[str, Person] = {}
    for surname, ro in roles.items():
        votes = gender_votes.get(surname, Counter())
        g = "" if votes["m"] == votes["f"] else ("m" if votes["m"] > votes["f"] else "f")
        people[surname] = Person(surname, party.get(surname, ""), frozenset(ro), g)
    mentions = [Mention(m.start(), m.end(), m.group())
                for m in surname_re(tuple(people)).finditer(text, start, end)] if people else []
    for m in scan(lex.description_re):
        role = _norm_role(m.group("role"))
        key = _role_key(role, lex.role_kind[role])
        named = party_lexicon().party_of[m.group("party")][0] if m.group("party") else ""
        who = {n for n in holders.get(key, []) if not named or people[n].party in ("", named)}
        if len(who) != 1:  # the article's one holder of the role: no guess between two
            continue
        n = who.pop()
        if named and not people[n].party:  # "the Republican nominee" names the holder's party
            people[n] = people[n]._replace(party=named)
        mentions.append(Mention(m.start(), m.end(), n))
    mentions.sort()
    return ArticlePeople(people, mentions, [m.start for m in mentions])


def _resolve(ap: ArticlePeople, text: str, pos: int, lo: int, gender: str,
             not_surname: str = "", subject: bool = False) -> Person | None:
    """The last person named before ``pos`` (not before ``lo``) who can be a pronoun of
    ``gender`` ("" any) and is not ``not_surname``. For a ``subject`` pronoun ("he said he
    would not ...") a possessive mention is passed over: "While Lee shares Hale's views, he
    ..." is Lee."""
    i = bisect_left(ap.starts, pos) - 1
    while i >= 0 and ap.mentions[i].start >= lo:
        m = ap.mentions[i]
        p = ap.people[m.surname]
        possessive = text.startswith(("'s", "’s"), m.end)
        if (p.surname != not_surname and (not gender or not p.gender or p.gender == gender)
                and not (subject and possessive)):
            return p
        i -= 1
    return None


def _last(rx: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text[start:end]`` (None without one)."""
    found = None
    for found in rx.finditer(text, start, end):  # noqa: B007 (the last one is kept)
        continue
    return found


def _gender(pro: str) -> str:
    pro = pro.lower()
    return "m" if pro in ("he", "him", "his") else "f" if pro in ("she", "her") else ""


def _target(ap: ArticlePeople, text: str, ve: int, end: int, lo: int,
            actor: str) -> tuple[Person, int] | None:
    """The person acted against: named or described within three words after the act
    (``ve``), or a pronoun there resolved to the last compatible person before it."""
    gap = re.match(r"(?:\s+(?:the|a|an|to|of|Mr\.?|Mrs\.?|Ms\.?|Sen\.|Rep\.|Gov\.|[a-z]+ly|"
                   r"presumptive|likely|GOP|Republican|Democratic|Labour|Tory|Conservative|"
                   r"presidential|candidate|nominee|leader|senator|governor|colleague|"
                   r"[A-Z][\w\-]*|[A-Z]\.)){0,3}\s+", text[ve:min(end, ve + 60)])
    at = ve + (gap.end() if gap else 0)
    i = bisect_left(ap.starts, ve)
    while i < len(ap.mentions) and ap.mentions[i].start <= at:
        m = ap.mentions[i]
        if m.start >= ve and m.surname != actor:
            return ap.people[m.surname], m.end
        i += 1
    pm = _tlex().pronoun_re.match(text, at, end)
    if pm is None:
        return None
    pro = pm.group("pro").lower()
    if pro in ("them", "their"):
        return None  # a group: no one person to resolve
    p = _resolve(ap, text, pm.start(), lo, _gender(pro), actor)
    return (p, pm.end()) if p else None


def _actor(ap: ArticlePeople, text: str, s: int, vs: int, e: int,
           lo: int) -> tuple[str, str, bool, int] | None:
    """Who acts: ``(party, surname, candidate, start)``. The nearest person named before the
    act in the sentence; else a subject pronoun right before it resolved ("he said he would
    not back ..."; "I" is the sentence's speaker, a person named after the act); else the
    party's people as a group ("Republicans", "Labour MPs") before the act."""
    lex = _tlex()
    before = [m for m in ap.mentions if s <= m.start and m.end <= vs]
    sub = _last(lex.subject_re, text, max(s, vs - 60), vs)
    own = lex.possessive_re.search(text, max(s, vs - 6), vs)  # "his refusal to back ..."
    sub = own or sub
    if sub is not None and (not before or before[-1].end < sub.start()):
        if sub.group("pro") == "I":
            after = [m for m in ap.mentions if vs <= m.start < e]
            p = ap.people[after[-1].surname] if after else None
        else:
            p = _resolve(ap, text, sub.start(), lo, _gender(sub.group("pro")), subject=True)
        if p and p.party:
            return p.party, p.surname, "candidate" in p.roles and "nominee" not in p.roles, \
                sub.start()
    if before:
        p = ap.people[before[-1].surname]
        if p.party:
            return p.party, p.surname, "candidate" in p.roles and "nominee" not in p.roles, \
                before[-1].start
    group = _last(lex.group_re, text, max(s, vs - 80), vs)  # near the act: its subject
    if group is not None:
        party = party_lexicon().party_of[group.group("plural") or group.group("party")][0]
        return party, "", False, group.start()
    return None


def own_leader_statements(text: str, people: ArticlePeople | Callable[[], ArticlePeople],
                          start: int, end: int, lo: int,
                          gate: LiteralGate | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, rule)`` in the sentence ``text[start:end]`` where an actor of party P
    withholds support from (:data:`SUPPORT_WITHHELD`) or acts against
    (:data:`OWN_LEADER_OPPOSED`) a leader, nominee or candidate of P; at most one. ``lo``: where
    the paragraph before this sentence's paragraph starts (pronouns resolve back to there).
    ``people`` may be a function returning them, called only for a sentence with an act (the
    article's people are read only if needed); ``gate`` (a :class:`LiteralGate` of ``text``)
    skips the act scans where they cannot match (the same acts).
    """
    lex = _tlex()

    def scan(rx: re.Pattern[str]) -> list[re.Match[str]]:
        return (gate.finditer(rx, text, start, end, sliced=False) if gate is not None
                else list(rx.finditer(text, start, end)))

    acts = [(m.start(), m.end(), SUPPORT_WITHHELD if m.group("w") else OWN_LEADER_OPPOSED)
            for m in scan(lex.acts_re)]
    if not acts:
        return []
    ap = people() if callable(people) else people
    if not ap.people:
        return []
    for vs, ve, rule in acts:
        actor = _actor(ap, text, start, vs, end, lo)
        if actor is None:
            continue
        party, surname, candidate, a_start = actor
        got = _target(ap, text, ve, end, lo, surname)
        if got is None:
            continue
        target, t_end = got
        if target.party != party or target.surname == surname:
            continue
        leading = bool(target.roles & _LEADING)
        if not leading and ("candidate" not in target.roles or candidate):
            continue  # not the party's leader or nominee; two candidates are race rivals
        return [(min(a_start, vs), max(t_end, ve), rule)]
    return []
