"""One speaker per person per article: the canonical name and a stable id of every attributed
speaker, and the reason a speech row has no speaker.

Why: the same person is written ``Burnham``, ``Andy Burnham`` and ``Frontrunner Burnham`` in
one article; counted apart, a person's share of the quotations is split three ways. And a word
that names no person, group, organisation or document (``Having``, ``Mrs``, ``the fight``) must
never count as a speaker: the row is left unattributed, with the reason, rather than guessed.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import NamedTuple

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.core.name_forms import fold_accents, fold_name
from helpers.core.person_names import same_person_name
from helpers.instruments.quotes.clauses import _POSSESSIVE_END_RX
from helpers.instruments.quotes.lexicon import (
    _NOT_NAME,
    DOCUMENT_NOUNS,
    MEMBER_HEADS,
    ORG_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
    UTTERANCE_NOUNS,
    _first_names,
    is_person_noun,
    opens_name,
)
from helpers.instruments.quotes.mentions import title_gender
from helpers.instruments.quotes.names import canonical_key
from helpers.instruments.quotes.person_plurals import leading_role_word
from helpers.instruments.quotes.samename import gender_clash

#: lower-case words no speaker opens on (a fragment: ``of State X``, ``to committee members``)
_FRAGMENT_OPENERS = frozenset(load_words("speaker_fragment_openers.txt"))
_DETERMINER_WORDS = frozenset(
    "a an the one another some several two three many most other his her their our my its "
    "this that these those".split())
#: speaker types whose speaker string is a name (canonicalised across the article)
NAMED_TYPES = ("named", "pronoun-resolved")
#: a word of a speaker string (compiled once: the speaker tests run for every row; speed)
_WORD_RE = lazy_compile(r"[\w’'\-]+")


class SpeakerIdentity(NamedTuple):
    """The canonical speaker of one row: the fullest name of the person in the article (or the
    speaker as written for descriptions, groups, documents and the writer) and its id."""

    canonical: str
    speaker_id: str


def not_a_speaker(speaker: str, speaker_type: str, mention: str = "") -> str:
    """The offending word when ``speaker`` names no person, group, organisation or document,
    else "".

    Rules (general, no names): a speaker opening on a lower-case preposition or conjunction
    (``of Sanders``, ``to supporters``: a cut phrase; see :func:`fragment_name`); a one-word
    name that is a bare title (``Mrs``), a sentence-start
    or function word of ``not_name_words.txt``, or an ``-ing`` form that is not a given name
    and has no title before it (``Having``, but not ``Mr. Pelling``); a description whose head
    noun is neither a person noun, an organisation noun nor a document noun, singular or plural
    (``the one``, ``the fight``); an utterance noun (``the response``, ``a familiar voice``)
    passes unless possessed (``his response``: the possessor speaks; round 48) or not written
    in ``mention`` (``one`` completed to ``one answer``: review 17). Groups,
    documents and the writer always pass. ``mention``:
    the speaker phrase as written (its title counts when ``speaker`` has lost it).
    """
    s = speaker.strip()
    if not s or speaker_type in ("writer",):
        return ""
    words = _WORD_RE.findall(s)
    if not words:
        return s
    if words[0] in _FRAGMENT_OPENERS:
        return words[0]  # "of State X", "to committee members": a cut phrase (issue 13)
    if speaker_type in NAMED_TYPES:
        core = [w for w in words if w.lower().rstrip(".") not in TITLE_WORDS]
        if not core:
            return words[0]  # a bare title
        if len(core) == 1:
            w = core[0]
            written = _WORD_RE.findall(mention) + words
            # "Mr. Pelling": a title before the word makes a name of it
            titled = any(x.lower().rstrip(".") in TITLE_WORDS for x in written)
            if w in _NOT_NAME or (w.lower().endswith("ing") and not titled
                                  and w not in _first_names()):
                return w
        return ""
    if speaker_type == "description":
        content = [w for w in words if w.lower() not in _DETERMINER_WORDS]
        head = _head_noun(content)
        if not head:
            return words[-1]
        if is_person_noun(head) or head in ORG_NOUNS or head in DOCUMENT_NOUNS or \
                head.capitalize() in MEMBER_HEADS:  # "one Democrat" (round 23)
            return ""
        if head.endswith("s") and (is_person_noun(head[:-1]) or head[:-1] in ORG_NOUNS
                                   or head[:-1] in DOCUMENT_NOUNS):
            return ""
        if (head in UTTERANCE_NOUNS or head.endswith("s") and head[:-1] in UTTERANCE_NOUNS) \
                and not _possessed(words) and _written(head, mention):
            return ""  # "the response", "one sweeping question": an utterance speaks (round 48)
        return head
    return ""


#: possessive determiners: ``his response`` is the possessor's utterance (round 48)
_POSSESSIVES = frozenset("his her their its my our your".split())


def _possessed(words: list[str]) -> bool:
    """Whether a description opens on a possessive (``his response``, ``Reed's answer``, a
    plural ``the senators’ response``: :data:`.clauses._POSSESSIVE_END_RX`, round 49): its
    utterance is the possessor's, who is then the speaker, not the phrase (round 48)."""
    return words[0].lower() in _POSSESSIVES or any(
        _POSSESSIVE_END_RX.search(w) is not None for w in words)


def _written(head: str, mention: str) -> bool:
    """Whether the head noun stands in the phrase as written (``mention``; no mention: yes).
    An elliptic ``one`` / ``another`` completed from an earlier description's head (``The
    answer, officials insist, is money. "…," one said`` -> ``one answer``) names a person of
    that sentence, never the utterance: the utterance speaks only when the text makes it the
    subject itself (review 17)."""
    return not mention or head in (w.lower() for w in _WORD_RE.findall(mention))


def fragment_name(speaker: str) -> tuple[int, str] | None:
    """``of State Ada Brell`` -> (9, ``Ada Brell``): a named speaker that opens on a lower-case
    preposition or conjunction (``speaker_fragment_openers.txt``) is a phrase cut at the wrong
    word; the person named in it, from its first listed given name to its end, is the speaker
    (with its offset in ``speaker``). None when the speaker is no such fragment or names no
    one (``of Ostland``: then :func:`not_a_speaker` leaves the row without a speaker)."""
    tokens = speaker.split()
    if len(tokens) < 3 or tokens[0] not in _FRAGMENT_OPENERS:
        return None
    for i in range(1, len(tokens) - 1):
        if tokens[i][:1].isupper() and opens_name(tokens, i):
            at = len(" ".join(tokens[:i])) + 1
            return (at, speaker[at:]) if speaker[at:].startswith(tokens[i]) else None
    return None


def is_document(speaker: str) -> bool:
    """Whether a group or description speaker is a written source (``the report``, ``a new
    survey``, ``a letter to committee members``: the head before a preposition, round 34)."""
    words = [w for w in _WORD_RE.findall(speaker) if w.lower() not in _DETERMINER_WORDS]
    cut = next((i for i, w in enumerate(words) if i and w in _FRAGMENT_OPENERS), len(words))
    return _head_noun(words[:cut]) in DOCUMENT_NOUNS


#: quantity words whose ``of`` opens the real head (``one of those advisers``)
_PARTITIVE = frozenset("one two three some several many most few none each both all any "
                       "either neither".split())


def _head_noun(words: list[str]) -> str:
    """Head of a description: the last word before a post-modifier (``of``, ``for``, ``who`` …).

    In a partitive (``one of those advisers``, ``some of the donors``) the head is the noun
    after ``of`` (round 10): before, ``one`` was the head and the speaker was dropped."""
    head = ""
    for w in words:
        low = w.lower()
        if low == "of" and (not head or head in _PARTITIVE):  # "one" may be stripped
            head = ""
            continue
        if low in ("of", "for", "who", "at", "from", "in", "on", "with", "that", "which"):
            break
        head = low
    return head


def _given_name_first(tokens: list[str]) -> bool:
    """Whether a name opens on a listed given name (looked up with accents folded: ``Zoë`` as
    ``Zoe``, so an accented spelling ranks as its plain one) or an initial."""
    if not tokens:
        return False
    return opens_name([fold_accents(t) for t in tokens]) or len(tokens[0].rstrip(".")) == 1


def _given_like(tokens: tuple[str, ...]) -> bool:
    """Whether a name of two words or more opens on a given name, listed or not: a capitalised
    word that is no sentence-start word, role noun or title (``_person_key`` has dropped the
    titles and role words it could). Why: a relative missing from ``first_names.txt`` (``Quilla
    Hale``) must not be merged into a namesake whose given name is listed (``Donald Hale``)."""
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return False
    w = tokens[0]
    if w.lower().endswith("ing") and w not in _first_names():
        return False  # "Asserting Clinton": a participle, as in ``not_a_speaker``
    return w not in _NOT_NAME and w.lower().rstrip(".") not in TITLE_WORDS and \
        w.lower() not in PERSON_NOUNS and w.lower() not in ORG_NOUNS


def _nested(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one name ends with the whole of the other (``Ruiz Delgado`` in ``Marta
    Ruiz Delgado``): the longer only adds words before, so it is the same person."""
    n = min(len(a), len(b))
    return [fold_name(t) for t in a[-n:]] == [fold_name(t) for t in b[-n:]]


def _person_key(name: str) -> tuple[str, ...]:
    """Name tokens for merging: titles, possessives and leading role words dropped, kept case."""
    tokens = canonical_key(name).split()
    raw = name.replace("’s", "").replace("'s", "").split()
    raw = [t for t in raw if t.lower().rstrip(".") not in TITLE_WORDS] or raw
    # leading lower-case or role words are not part of the name ("Frontrunner Burnham")
    while len(raw) > 1 and (raw[0][:1].islower() or leading_role_word(raw[0], PERSON_NOUNS)):
        raw = raw[1:]
    return tuple(raw) if raw else tuple(tokens)


def canonical_speakers(speakers: list[str], types: list[str], article_id: Hashable,
                       full_names: list[str] | None = None) -> list[SpeakerIdentity]:
    """Canonical speaker and id for each row of one article (same order as ``speakers``).

    Named speakers that share a surname are one person unless both carry different given
    names: ``Burnham``, ``Mr Burnham`` and ``Frontrunner Burnham`` join ``Andy Burnham``; the
    canonical form is the fullest such name among the article's speakers and ``full_names``
    (full person names seen in the narration). Names are compared with accents and case folded
    (``Rénald``/``Renald``, ``De Varga``/``Piet de Varga``: one person). Other speakers
    (descriptions, groups, documents, the writer) are keyed by :func:`description_key` (case
    and leading article ignored) and shown as the first form of that key in the article, a
    sentence-start ``The`` lowered (:func:`_lower_article`). Ids are ``<article_id>#<n>``,
    numbered by first appearance; rows without a speaker get "".
    """
    pool: dict[str, list[tuple[str, ...]]] = {}  # names by folded surname
    key: tuple[str, ...] | str  # a person key below, a folded or description key after
    named = [n for n, t in zip(speakers, types) if n and t in NAMED_TYPES]
    for name in dict.fromkeys([*named, *(full_names or [])]):
        key = _person_key(name)
        if key:
            pool.setdefault(fold_name(key[-1]), []).append(key)
    out: list[SpeakerIdentity] = []
    ids: dict[str, str] = {}
    shown: dict[str, str] = {}  # the form shown for a description key: its first one
    # a named speaker's (canonical, key) depends on the name and the pool only: found once per
    # name (speed, issue 13, throughput round 5: an article's rows repeat a few speakers)
    named_canon: dict[str, tuple[str, str]] = {}
    for name, typ in zip(speakers, types):
        if not name:
            out.append(SpeakerIdentity("", ""))
            continue
        canon = name
        if typ in NAMED_TYPES and name in named_canon:
            canon, key = named_canon[name]
        elif typ in NAMED_TYPES:
            key_tokens = _person_key(name)
            same = pool.get(fold_name(key_tokens[-1]), []) if key_tokens else []
            g = title_gender(name)  # "Mrs. Clinton" is not "Bill Clinton"
            same = [c for c in same if not gender_clash(g, " ".join(c))]
            canon = " ".join(_fullest(key_tokens, same)) or name
            key = fold_name(canon)
            named_canon[name] = (canon, key)
        else:
            key = description_key(canon)
            canon = shown.setdefault(key, _lower_article(canon))
        if key not in ids:
            ids[key] = f"{article_id}#{len(ids) + 1}"
        out.append(SpeakerIdentity(canon, ids[key]))
    return out


_ARTICLES = frozenset(("the", "a", "an"))


def description_key(speaker: str) -> str:
    """The key a description, group, document or writer speaker is counted on: case folded
    and a leading definite article dropped (``The Florida senator``, ``the Florida senator``;
    ``the DNC``, ``DNC``: one key; issue 13, one speaker per person per article). Why: the
    capital of a sentence start and a ``the`` before a name do not make another speaker.

    An indefinite article is kept: ``a man`` ... ``the man`` is often another man (on the
    project corpus a reportage quotes ``a man`` who walks up, and pages later ``the man`` who
    came up to the writer: joined, they were one speaker). A lone article word is kept."""
    tokens = canonical_key(speaker).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def _lower_article(speaker: str) -> str:
    """``The Florida senator`` -> ``the Florida senator``: a leading article written with the
    capital of a sentence start, lowered, so that a corpus-wide table counts the description
    once whatever its place in the sentence; other words keep their case."""
    first, _, rest = speaker.partition(" ")
    if rest and first.lower() in _ARTICLES and first[:1].isupper() and \
            not (len(first) > 1 and first.isupper()):  # "THE" of a heading in capitals stays
        return first.lower() + " " + rest
    return speaker


def _fullest(tokens: tuple[str, ...], pool: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The fullest name of ``pool`` naming the same person as ``tokens``: same surname, the
    given names agreeing (equal, or variants of one another: ``Chuck``/``Charles``,
    :func:`helpers.core.person_names.same_person_name`, the rule mention counts and the
    chooser's features share) where ``tokens`` has one; a name opening
    on a given name beats one that does not (``Andy Burnham`` over ``Frontrunner Burnham``),
    then the longer wins. Between a name and an equally full variant of it (``Bill Quill``,
    ``William Quill``) or another spelling of it (``Rénald``/``Renald Vasseur``, ``Piet De
    Varga``/``Piet de Varga``) the one first in ``pool`` wins, so that both get one canonical
    form. Words are compared with accents and case folded
    (:func:`helpers.core.name_forms.fold_name`, issue 13, wt-names29)."""
    if not tokens:
        return tokens
    best = tokens
    last = fold_name(tokens[-1])
    folded = tuple(fold_name(t) for t in tokens)
    own_given = len(tokens) > 1 and _given_name_first(list(tokens))
    variant_first: tuple[str, ...] | None = None  # an equally full variant before ``tokens``
    for cand in pool:
        if not cand or fold_name(cand[-1]) != last:
            continue
        differs = fold_name(cand[0]) != folded[0]
        variant = differs and same_person_name(cand, tokens)
        spelled = cand != tokens and tuple(fold_name(t) for t in cand) == folded
        if differs and not variant and (own_given or (
                _given_like(tokens) and _given_like(cand) and not _nested(tokens, cand))):
            continue  # "Kate Burnham" is not "Andy Burnham", listed given names or not
        rank, best_rank = (_given_name_first(list(cand)), len(cand)), \
            (_given_name_first(list(best)), len(best))
        if rank > best_rank:
            best = cand
        elif (variant or spelled) and rank == best_rank and best == tokens and \
                variant_first is None and tokens not in pool[:pool.index(cand)]:
            variant_first = cand
    return variant_first if variant_first is not None and best == tokens else best
