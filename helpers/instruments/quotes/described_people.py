"""The named person a ``he``/``she`` reaches through a role description (round 58, issue 13).

News prose names a person once and goes on with a definite role description and then a
pronoun: ``Ida Marsh rejected the offer. ¶ Instead, the Oregon senator spent the day ….
"…," she said``. The pronoun's antecedent is the description, and the description is only
another way of naming the person the narration was about: the subject of the sentence before
it. The scorer (and the reader) wants that person, not ``the Oregon senator``. The roles index
(:mod:`.roles`) finds the person only when the article writes the role beside the name
(``Sen. Ida Marsh``); with a state, a party or an office known only to the reader the
description stayed as written (rounds 40 and 47: "description antecedents of world
knowledge").

Rule (step 1): a definite role description that is a sentence subject (``the Vermont
senator``, ``the Republican incumbent``) takes the named subjects of the nearest earlier
sentence of its paragraph that has one, or, when no mention stands before the description in
its paragraph, of the previous paragraph's last sentence; of those, the one full name whose
given name has the pronoun's gender (one only), unless another person of the article was
written with the description's role and capitalised modifiers. Step 2: a place and a party
word read as a name after ``the`` (``the Wisconsin Republican``) is such a description, and a
description heading a relative clause (``a reversal for the Oregon senator, who …``) counts
as its clause's subject. Only pronoun resolution reads it: a description that is itself the
Source keeps its words.
"""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import MEMBER_HEADS, PRONOUNS
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.roles import ROLE_WORD_RE, role_description, role_word
from helpers.instruments.quotes.samename import given_gender
from helpers.instruments.quotes.state import ArticleState
from helpers.instruments.quotes.subjects import sentence_start

_WHO_AFTER = lazy_compile(r",\s+who\b")
#: a restrictive relative clause right after the description (no comma: ``the Oregon senator
#: who replaced her``): the clause, not the sentence before, says who is meant (round 59).
#: Not ``that`` (review 23a): news prose relates a person with ``who``, and a ``that`` right
#: after a person description is most often a determiner of time (``The Devon councillor that
#: morning stuck to his message``), which says nothing about who is meant
_RESTRICTIVE_AFTER = lazy_compile(r"\s+(?:who|whom|whose)\b")
#: modifiers of a description that brings in someone new (``the next speaker``, ``the other
#: candidate``; ``data/lexicons/new_referent_modifiers.txt``): not read back; lower case only,
#: since a capitalised word belongs to a name (``the New York …``)
NEW_REFERENT_MODIFIERS = frozenset(load_words("new_referent_modifiers.txt"))
#: heads that say only what a person is, not a role a named person holds (``the man``, ``the
#: young woman``; ``data/lexicons/generic_person_nouns.txt``): not read back (session 33 lead)
GENERIC_PERSON_NOUNS = frozenset(load_words("generic_person_nouns.txt"))
#: heads of a role defined by another person (``the Republican challenger``, ``the successor``;
#: ``data/lexicons/relational_role_nouns.txt``): the other side of the relation, not the person
#: named before, so not read back (round 59)
RELATIONAL_ROLE_NOUNS = frozenset(load_words("relational_role_nouns.txt"))


def _subjects_of_last_sentence(ms: list[Mention], before: int, text: str,
                               art: ArticleState) -> set[str] | None:
    """The named subjects of the last sentence before offset ``before`` that has a named
    subject among ``ms``; None when no mention lies before ``before``, an empty set when some
    do but none is a named subject."""
    earlier = [m for m in ms if m.end <= before]
    if not earlier:
        return None
    subjects = [m for m in earlier if m.kind == "named" and m.subject]
    if not subjects:
        return set()
    last = sentence_start(text, subjects[-1].start)
    return {art.canonical(m.surface, m.start) for m in subjects if m.start >= last}


def _other_role_holder(desc: str, person: str, art: ArticleState, pos: int) -> bool:
    """Whether the article wrote another person than ``person`` with the description's head
    role and its capitalised modifiers before ``pos`` (``Sen. Ray Holt`` before ``the
    senator``; ``Ohio state Sen. Ray Holt`` before ``the Ohio senator``, not before ``the
    Oregon senator``): then the description is ambiguous and not read back to the last
    subject."""
    if not art.roles:
        return False
    raw = ROLE_WORD_RE.findall(desc)
    head = role_word(raw[-1])
    proper = {role_word(w) for w in raw[1:-1] if w[:1].isupper()}
    return any(off < pos and head in rs and proper <= rs and not art.same_person(name, person)
               for off, name, rs in art.roles)


def _member_description(m: Mention, text: str) -> str:
    """``the Wisconsin Republican`` read as a name (a capitalised place before a party or
    nationality word, :data:`.lexicon.MEMBER_HEADS`, after ``the``): the description it is
    (``the Wisconsin Republican``); "" for any other mention."""
    words = m.surface.split()
    if m.kind != "named" or not 2 <= len(words) <= 3 or words[-1] not in MEMBER_HEADS or \
            not all(w[:1].isupper() for w in words):
        return ""
    return "the " + m.surface if text[max(0, m.start - 4):m.start].lower() == "the " else ""


def _topic(m: Mention, text: str) -> bool:
    """Whether the description is what its clause is about: a subject, or the head of a
    relative clause (``a reversal for the Oregon senator, who had pledged …``)."""
    return bool(m.subject or _WHO_AFTER.match(text, m.end))


def described_person(p: str, m: Mention, art: ArticleState) -> str:
    """The full name of the person the definite role description ``m`` (a pronoun ``p``'s
    antecedent) refers back to: the named subject of the sentence before (module docstring);
    "" when there is none, it clashes in gender, or the role names someone else too. A place
    and a party word read as a name after ``the`` (``the Wisconsin Republican``) is such a
    description too."""
    if p not in ("he", "she"):
        return ""
    text = art.text
    desc = m.surface if m.kind == "description" and role_description(m.surface) else \
        _member_description(m, text)
    if not desc or not _topic(m, text) or \
            any(w in NEW_REFERENT_MODIFIERS for w in desc.split()[1:-1]) or \
            desc.split()[-1].lower() in GENERIC_PERSON_NOUNS or \
            desc.split()[-1].lower() in RELATIONAL_ROLE_NOUNS or \
            _RESTRICTIVE_AFTER.match(text, m.end):
        return ""
    mentions = art.paragraph_mentions
    if not 0 <= m.para < len(mentions):
        return ""
    own = sentence_start(text, m.start)
    names = _subjects_of_last_sentence(list(mentions[m.para]), own, text, art)
    if names is None and m.para >= 1:
        prev = list(mentions[m.para - 1])
        names = _subjects_of_last_sentence(prev, prev[-1].end if prev else 0, text, art)
        if names and prev and sentence_start(text, prev[-1].start) > \
                max(x.start for x in prev if x.kind == "named" and x.subject):
            names = set()  # the paragraph's last sentence has no named subject of its own
    # the pronoun's gender picks among the sentence's subjects (``X is choosing not to answer
    # the Clinton campaign's charges``: ``Clinton`` is no ``he``)
    # (a given name of unknown gender is not taken: ``Ivanka`` for ``the candidate``'s ``he``)
    names = {n for n in names or () if given_gender(n) == PRONOUNS[p]}
    if len(names) != 1:
        return ""
    name = names.pop()
    if len(name.split()) < 2 or art.same_person(name, m.surface):
        return ""
    if _other_role_holder(desc, name, art, m.start):
        return ""
    return name
