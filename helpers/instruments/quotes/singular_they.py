"""A ``they`` in a quotation's reporting tag whose paragraph names an unnamed singular person
as the last subject before it is that person: the singular ``they`` (quotes round 79).

``A senior Downing Street figure was blunter. "…," they told the New Statesman.``; ``The former
aide, who spoke on condition of anonymity, said … "…," they said.``. British news writes an
anonymous source, whose sex it does not give, as ``they`` in the tag of the quotation. The
pronoun rules look for a plural antecedent (a group, a plural description, coordinated names),
and with none in the paragraph they gave no speaker, or an earlier ``they`` speaker of another
paragraph.

:func:`singular_they` is tried before those rules, for a ``they`` of a post-cue tag only
(``"…," they said``; not ``First, they were meant to show …``, whose ``they`` may be a thing). It
reads the mentions of the pronoun's paragraph before it, latest first, and takes the first
description that is a clause's subject, has no gender (``a senior figure``, ``the former
aide``; not ``a woman``) and a singular person noun for its head (not ``The video``); earlier
``they`` pronouns and singular descriptions that are no subject are passed over, but any other
pronoun, a name (subject or not), a group or a plural description met first ends the search
(the pronoun rules decide).
"""

from __future__ import annotations

from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.lexicon import is_person_noun
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.state import ArticleState


class TheyAntecedent(NamedTuple):
    """The singular person a ``they`` refers to: its speaker text, type and offsets."""

    speaker: str
    speaker_type: str
    start: int
    end: int


def _singular_person(surface: str) -> bool:
    """Whether a description's last word is a singular person noun (``figure``, ``aide``),
    not a plural one (``aides``, ``people``) nor a thing (``The video``)."""
    last = surface.split()[-1].lower().strip("’'")
    if last.endswith("s") and not last.endswith("ss") and is_person_noun(last[:-1]):
        return False
    return is_person_noun(last) and last not in ("people", "men", "women", "children")


#: ``and`` / ``&`` right after a description: it is one of two coordinated subjects (``A nurse
#: and a porter waited outside``), together a plural ``they`` (review 28a)
_AND_AFTER_RE = lazy_compile(r"\s*(?:,\s*)?(?:and|&)\s")


def singular_they(np_text: str, pos: int | None, art: ArticleState, para: int,
                  attribution: str) -> TheyAntecedent | None:
    """The singular unnamed person a ``they`` at ``pos`` refers to (module docstring), or
    None: also for any pronoun other than ``they``, and for a ``they`` that is not the
    subject of a quotation's own reporting tag (``attribution`` not ``post-cue``: ``First,
    they were meant to show that …`` has the comments for its ``they``, not a person)."""
    if attribution != "post-cue" or np_text.strip().lower() != "they" or pos is None or \
            not 0 <= para < len(art.paragraph_mentions):
        return None
    for m in reversed(art.paragraph_mentions[para]):
        if m.start >= pos:
            continue
        if m.kind == "pronoun":
            if m.surface.lower() == "they":
                continue
            return None
        single = m.kind == "description" and _singular_person(m.surface) and \
            not _AND_AFTER_RE.match(art.text, m.end)
        if single and m.subject and m.gender == "u":
            return TheyAntecedent(m.surface, "description", m.start, m.end)
        if m.subject or not single:
            return None  # a name, a group, a plural: the pronoun rules' (``Tom and Jo …``)
    return None


def conjunct_of_they(pronoun: str, m: Mention | None, text: str) -> bool:
    """Whether ``m``, a singular person description followed by ``and`` (``A nurse and a
    porter waited outside``), is offered for a quotation's ``they``: it is one of the two the
    pronoun names together, never the pronoun's one referent (review 28a's rule, applied to the
    learned chooser's candidates as :func:`singular_they` applies it to the rules'; session 40)."""
    return pronoun.strip().lower() == "they" and m is not None and \
        m.kind == "description" and _singular_person(m.surface) and \
        _AND_AFTER_RE.match(text, m.end) is not None


def earlier_singular_they(name: str, typ: str, pos: int, art: ArticleState, para: int) -> bool:
    """Whether ``name`` (the pronoun rules' answer for a ``they`` at ``pos`` that the singular
    reading did not take: a recent quotation's speaker, or an earlier ``they`` resolved that
    way) is a singular description that an earlier ``they`` of paragraph ``para`` or up to
    three before gave (:func:`singular_they` read as if that ``they`` were a tag's). Such a
    person is no antecedent for a ``they`` that its own paragraph does not tie to them:
    ``A senior figure was blunter. "…," they said. ¶ Tom Reed and Jo Hart stayed. "…," they
    said.`` gave the second row to ``a senior figure`` (review 28a: round 79's side effect;
    before round 79 the pronoun rules found no such speaker there)."""
    if typ != "description" or not _singular_person(name):
        return False
    for k in range(max(0, para - 3), min(para, len(art.paragraph_mentions) - 1) + 1):
        for m in art.paragraph_mentions[k]:
            if m.start >= pos or m.kind != "pronoun" or m.surface.lower() != "they":
                continue
            got = singular_they("they", m.start, art, k, "post-cue")
            if got is not None and got.speaker == name:
                return True
    return False
