"""Who a short reference to a person can be (issue 13, quotes round 35): small rules of
general English that keep a pronoun or a bare surname on the person the text is about.

* :func:`kin_introduced`: a full name set in apposition after a noun of family relation
  (``his son, Eric Lark,``) names a relative of someone in the article. When a bare surname
  (``Lark``, ``Mr. Lark``) could expand to that relative or to another person of the same
  surname, newswriting means the other one: a relative is written with his given name when
  he is meant (see :func:`prefer_principals`).
* :func:`retitle_runs`: ``But Ms. Lark said``: the capitalised run ``But Ms`` stops at the
  title's full stop, so ``Lark`` was read alone (and, with no full name known, was no
  mention at all); the run is read again from the title (``Ms. Lark``).
* :func:`possessor_subject`: ``Lark's article also attacked Dane …. He calls it …``: when
  no person is the subject of a clause of the paragraph, the possessor that opens a clause
  (the writer of the article, the author of the posts) is nearer the ``he`` than the
  clause's objects.
* :func:`plural_noun_name`: ``Critics should provide evidence …, he told reporters``: a
  plural person noun capitalised at a sentence start (``Critics``, ``People``) is read as
  a name by the run finder; it is no ``he``/``she``.
* :func:`addressee`: in ``"…," he told Lark`` the name after a verb whose object is the
  hearer is the person spoken to, never the pronoun's referent.
* :func:`named_in_sentence` (round 38): ``The woman who began the chanting introduced
  herself as a retired teacher named Ann.``: a description subject whose sentence gives its
  own name (a reflexive verb of naming, or a copula, then ``named``/``called`` X) is X.
* :func:`subject_since` (round 38): ``"…," Lark said. ¶ Dane, the director, said in a
  statement that …, which he added "…"``: a person named as subject after the last
  quotation's paragraph is nearer the ``he`` of ``added`` than the previous speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    _ORG_WORDS,
    MAIN_LEAD_WORDS,
    PERSON_NOUNS,
    SUBORDINATORS,
)
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import (
    _NAME_RUN_RE,
    _TITLE_ABBR,
    _at_clause_lead,
    _desc_gender,
)
from helpers.instruments.quotes.names import canonical_key

__all__ = ["ADDRESSEE_VERBS", "KIN_NOUNS", "addressee", "apposed_run_after", "kin_apposed",
           "kin_introduced", "possessor_subject", "named_in_sentence", "plural_noun_name",
           "prefer_principals", "retitle_runs", "subject_since"]

#: nouns of family relation (``data/lexicons/kin_nouns.txt``)
KIN_NOUNS = frozenset(load_words("kin_nouns.txt"))

#: lemmas of verbs of saying whose object is the hearer (``data/lexicons/addressee_verbs.txt``)
ADDRESSEE_VERBS = frozenset(load_words("addressee_verbs.txt"))

#: a possessive determiner or a possessive name, an optional adjective, a kin noun, an
#: optional comma, right before the name (``his son, ``; ``Lark's late wife ``)
_KIN_BEFORE_RE = lazy_compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w\-]*(?:['’]s|s['’]))\s+(?:[a-z]+\s+)?"
    r"(?P<kin>[a-z][a-z\-]*)\s*,?\s*$")


def kin_introduced(text: str, off: int) -> bool:
    """Whether the name at ``off`` in ``text`` comes right after a possessive and a noun of
    family relation (``Their son, Daniel Lark``, ``his brother Alastair Lark``)."""
    m = _KIN_BEFORE_RE.search(text, max(0, off - 40), off)
    return m is not None and m.group("kin").lower() in KIN_NOUNS


#: a kin apposition right after a name (``, son of the front-runner``, ``, his wife,``,
#: ``, Lark's daughter``): no indefinite article (``, a mother of three,`` is no relative)
_KIN_AFTER_RE = lazy_compile(
    r",\s+(?!(?:a|an|one)\s)(?:(?:the|[Hh]is|[Hh]er|[Tt]heir)\s+|[A-Z][\w\-]*(?:['’]s|s['’])\s+)?"
    r"(?:[a-z]+\s+)?(?P<kin>[a-z][a-z\-]*)(?=\s+of\b|\s*[,.;])")


def kin_apposed(text: str, off: int, name: str) -> bool:
    """Whether the name ``name`` at ``off`` in ``text`` is followed by a kin apposition
    (``Eric Lark, son of the front-runner,``; round 40, round 35's S8)."""
    if text[off:off + len(name)] != name:
        return False
    m = _KIN_AFTER_RE.match(text, off + len(name))
    return m is not None and m.group("kin").lower() in KIN_NOUNS


#: after a description: a short modifier, a comma, a two-word capitalised name the name
#: finder did not read (an unknown given name), an optional ``of``/``from``/``at`` phrase and
#: a comma (``One minister backing X, Corvin Ashdale of Stonegate Chapel, said``)
_APPOSED_RUN_RE = lazy_compile(
    r"(?:\s+[^,;:()\"“”\n\x01]{1,60})?\s*,\s*"
    r"(?P<name>[A-Z][a-z][\w’'\-]*\s+[A-Z][a-z][\w’'\-]*)"
    r"(?=(?:\s+(?:of|from|at)\s+[^,;:()\"“”\n\x01]{1,60})?\s*,)")


def apposed_run_after(text: str, end: int) -> tuple[int, str] | None:
    """``(offset, name)`` of a two-word capitalised name set in apposition right after the
    description ending at ``end`` (``One minister backing X, Corvin Ashdale of Stonegate
    Chapel in Lowmoor, said``), when the name finder read no person there (round 40: an
    unknown given name); None otherwise, or when a word of the run is no name word
    (``_NOT_NAME``, an organisation word)."""
    m = _APPOSED_RUN_RE.match(text, end)
    if m is None:
        return None
    words = m.group("name").split()
    if any(w in _NOT_NAME or w in _ORG_WORDS for w in words):
        return None
    return m.start("name"), m.group("name")


def prefer_principals(candidates: Sequence[tuple[int, str]], text: str,
                      ) -> list[tuple[int, str]]:
    """The ``(offset, full name)`` candidates for a bare surname, less those that name a
    relative (some occurrence of the name is :func:`kin_introduced` or :func:`kin_apposed`)
    when at least one candidate is no relative; all of them otherwise (a relative who is the
    only person of that surname is still who the surname means)."""
    kin = {n for off, n in candidates if kin_introduced(text, off) or kin_apposed(text, off, n)}
    if not kin:
        return list(candidates)
    rest = [(off, n) for off, n in candidates if n not in kin]
    return rest if rest else list(candidates)


#: a capitalised name right after the verb (``told Lark``, ``told Sen. Ann Lark``)
_NAME_AFTER_RE = lazy_compile(
    r"[ \t]+(?P<name>(?:[A-Z][a-z]{0,3}\.[ \t]+)?[A-Z][\w\-’']*(?:[ \t]+[A-Z][\w\-’']*)*)")


def addressee(text: str, lemma: str, cue_end: int | None) -> tuple[int, str] | None:
    """``(offset, name)`` of the person a verb of saying is addressed to, when the cue's verb
    (lemma ``lemma``, ending at ``cue_end``) takes the hearer as object and a capitalised name
    follows it (``"…," he told Lark``); None otherwise."""
    if cue_end is None or lemma not in ADDRESSEE_VERBS:
        return None
    m = _NAME_AFTER_RE.match(text, cue_end)
    if m is None:
        return None
    name = m.group("name")
    if name.endswith(("’s", "'s")):
        return None  # "told Lark's aides": a possessor, not the hearer
    return m.start("name"), name


#: words that open a sentence or a clause before its subject (``But``, ``Though``), the only
#: heads cut off a titled name: a capitalised modifier (``Former Rep. X``, ``Republican Rep.
#: X``) stays in the run, where the subject tests read it as before
_LEADS = MAIN_LEAD_WORDS | SUBORDINATORS

#: a run that ends with an abbreviated title right before its full stop (``But Ms``)
_TITLE_END_RE = lazy_compile(rf"\s(?P<title>{_TITLE_ABBR})$")


def retitle_runs(narr: str, runs: list[re.Match]) -> list[re.Match]:
    """The capitalised runs of ``narr`` (matches of :data:`.mentions._NAME_RUN_RE`, in order)
    with each run of a clause-opening word and an abbreviated title (``But Ms``, ``Though
    Mr``; :data:`_LEADS`) followed by the title's full stop cut before the title, and the
    title read together with the name after it (``Ms. Lark``) in place of the bare name's own
    run: a sentence-opening word before a titled name no longer hides the title (round 35)."""
    out: list[re.Match] = []
    skip_to = -1
    for m in runs:
        if m.start() < skip_to:
            continue  # the bare name now read with its title
        # the full stop after the run first: one character, where the title's search tries
        # each place of the run (speed, throughput round 16: 41,210 runs a benchmark quarter)
        end = _TITLE_END_RE.search(m.group(0)) if narr[m.end():m.end() + 1] == "." else None
        if end is None or m.group(0)[:end.start()].lower() not in _LEADS:
            out.append(m)
            continue
        title_at = m.start() + end.start("title")
        again = _NAME_RUN_RE.match(narr, title_at)
        if again is None or again.end() <= m.end() + 1:
            out.append(m)
            continue
        head = _NAME_RUN_RE.match(narr[:m.start() + end.start()], m.start())
        if head is not None:
            out.append(head)
        out.append(again)
        skip_to = again.end()
    return out


def possessor_subject(ms: Sequence[Mention], pos: int, text: str,
                      usable: Callable[[Mention], bool]) -> Mention | None:
    """The latest named mention of ``ms`` before ``pos`` written as a possessive that opens
    its clause (``Lark's article also attacked …``, ``Lark's posts include …``) and that
    ``usable`` accepts as the pronoun's antecedent; None when there is none. Asked only when
    the paragraph has no usable subject: the possessor of the subject noun phrase is the
    person the sentence is about, more than a name inside its object."""
    for m in reversed(ms):
        if m.start >= pos or m.kind != "named":
            continue
        if not (m.surface.endswith(("’s", "'s")) or text.startswith(("’s", "'s"), m.end)):
            continue
        if _at_clause_lead(text, m.start) and usable(m):
            return m
    return None


def subject_since(paragraph_mentions: Sequence[Sequence[Mention]], k: int, para: int,
                  pos: int | None, accept: Callable[[Mention], bool]) -> Mention | None:
    """The latest subject mention that ``accept`` takes in the paragraphs after ``k`` up to
    ``para`` (in ``para`` only before ``pos``; none of ``para`` when ``pos`` is None); None
    when there is none. Paragraph ``k`` holds the last quotation, whose own speaker is named
    there: only the paragraphs after it can bring in a new person."""
    for j in range(para, k, -1):
        if not 0 <= j < len(paragraph_mentions) or (j == para and pos is None):
            continue
        for m in reversed(paragraph_mentions[j]):
            if (j < para or m.start < pos) and m.subject and accept(m):
                return m
    return None


#: any character of one sentence: no sentence end, but a full stop right after a capital
#: letter (an initial, a state abbreviation such as ``N.H.``) does not end it
_IN_SENTENCE = r"(?:[^.!?\n]|(?<=[A-Z])\.)*?"


def _name(group: str) -> str:
    """A name of capitalised words as the regex group ``group``."""
    return rf"(?P<{group}>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)*)"


#: after a description subject, in its sentence: a reflexive verb of naming (``identified
#: herself as …``) or a copula with an indefinite noun phrase (``was a … nurse``), then the
#: name (``named X``, ``called X``, or ``as X`` right after the reflexive)
_SELF_NAMED_RE = lazy_compile(
    rf"{_IN_SENTENCE}\b(?:(?:identified|introduced|described|named)[ \t]+(?:himself|herself)"
    rf"(?:[ \t]+as[ \t]+{_name('name')}|{_IN_SENTENCE}\b(?:named|called)[ \t]+{_name('name2')})"
    rf"|(?:is|was)[ \t]+an?[ \t]{_IN_SENTENCE}\b(?:named|called)[ \t]+{_name('name3')})")


def named_in_sentence(text: str, end: int) -> tuple[int, str] | None:
    """``(offset, name)`` that the sentence of a description subject ending at ``end`` gives
    that description (``The woman … introduced herself to a radio reporter as a … teacher named
    Ann``; ``The victim was a 30-year-old nurse called Ann Lee``); None when it gives none."""
    m = _SELF_NAMED_RE.match(text, end)
    if m is None:
        return None
    for g in ("name", "name2", "name3"):
        if m.group(g):
            return m.start(g), m.group(g)
    return None


def plural_noun_name(name: str, known: set[str]) -> bool:
    """Whether the speaker or mention ``name`` is one plural person noun capitalised at a
    sentence start (``Critics``, ``People``, ``Friends``; :data:`PERSON_NOUNS` or a regular plural
    of one, plural as
    :func:`.mentions._desc_gender` reads it) and no surname of a person the article names in
    full (``known``): a group of people, never the antecedent of ``he`` or ``she``."""
    word = name.replace("’s", "").replace("'s", "").strip()
    if not word or " " in word or not word[0].isupper():
        return False
    low = word.lower()
    # a regular plural of a listed person noun counts too (``Friends`` of ``friend``, round 50)
    noun = low in PERSON_NOUNS or (low.endswith("s") and not low.endswith("ss")
                                   and low[:-1] in PERSON_NOUNS)
    return noun and _desc_gender(low) == "p" and canonical_key(word) not in known
