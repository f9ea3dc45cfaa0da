"""What a speaker noun phrase is: its kind (pronoun, description, group, named) and whether it
can be a speaker at all; moved out of ``cues.py`` in round 16 so that file keeps one job (and
under 800 lines). The cue patterns and the attribution steps read these."""

from __future__ import annotations

from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.clauses import given_name_first
from helpers.instruments.quotes.lexicon import (
    _DETERMINERS,
    _NOT_NAME,
    ACRONYM_PERSON_NOUNS,
    ALL_VERBS,
    COMPASS_WORDS,
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    _first_names,
    is_person_noun,
)
from helpers.instruments.quotes.mentions import _POSS_DET, desc_head
from helpers.instruments.quotes.noun_modifiers import opening_verb

_DET_START_RX = lazy_compile(rf"^(?:{_DETERMINERS}\b|{_POSS_DET})")
_DET_WORD_RX = lazy_compile(rf"^{_DETERMINERS}\s+[a-z]")
#: ``the`` and a run of capitalised words only (``the Morning Ledger``, ``The WXQ``): a proper
#: name with its article, which in news prose names an organisation or a publication (issue 13,
#: round 22: such a subject before a reporting verb was no speaker phrase unless its last word
#: was an organisation noun)
_THE_PROPER_RX = lazy_compile(r"^[Tt]he(?:\s+[A-Z][\w’'\-.&]*){1,5}$")


def its_document(np_text: str) -> bool:
    """Whether a phrase is a document after the possessive pronoun ``its`` (``Its editorial``,
    ``its annual report``): a written source, typed as one (round 53). ``its`` is in no
    determiner list, so any other ``its`` phrase (``its chairman``) stays no speaker phrase."""
    words = np_text.split()
    return len(words) > 1 and words[0] in ("its", "Its") and desc_head(np_text) in DOCUMENT_NOUNS


@lru_cache(maxsize=16384)
def np_kind(np_text: str) -> str:
    """Kind of a speaker phrase: ``pronoun``, ``group`` (an organisation, a written source or
    ``The`` + a capitalised plural), ``description`` (a determiner phrase or a lower-case
    phrase) or ``named``; read by the cue readers and the mention finder to type a speaker."""
    low = np_text.strip().lower()
    if low in PRONOUNS:
        return "pronoun"
    if its_document(np_text):
        return "group"  # an organisation or a written source, as ``the report``
    first = np_text.strip().split()[0] if np_text.strip() else ""
    if _DET_START_RX.match(np_text.strip()) or low in {"another", "one", "others",
                                                                   "other"}:
        # "The Americans" style group vs description
        if first in {"The", "the"} and len(np_text.split()) >= 2 and \
                np_text.split()[1][:1].isupper():
            return "group"
        if desc_head(np_text) in ORG_NOUNS or desc_head(np_text) in DOCUMENT_NOUNS:
            return "group"  # an organisation or a written source ("the report")
        return "description"
    if np_text.strip()[:1].islower():
        return "description"
    return "named"


def valid_np(np_text: str) -> bool:
    """Whether a speaker phrase a cue pattern caught can name a speaker: a pronoun, a
    written source (``its report``), a determiner phrase headed by a person, organisation or
    document noun, a bare role phrase (``union leader``), or a run of capitalised words that
    are not all not-a-name words; so a pattern's catch of ordinary words is no speaker."""
    s = np_text.strip()
    if not s:
        return False
    if s.lower() in PRONOUNS or s.lower() in {"another", "one", "others", "other"}:
        return True
    if its_document(s):
        return True
    tokens = s.split()
    if tokens[0] in _NOT_NAME and not _DET_START_RX.match(s) and not given_name_first(tokens):
        return False
    if _DET_START_RX.match(s):
        if _THE_PROPER_RX.match(s) and not all(t in _NOT_NAME for t in tokens[1:]) and not any(
                t in ACRONYM_PERSON_NOUNS or is_person_noun(t.lower()) for t in tokens[1:]):
            # "The WXQ said:", "the Morning Ledger reported:": a named organisation (not a
            # role and a name, "The Labour MP Jane Carter", left to the name rules)
            return True
        head = desc_head(s)
        return is_person_noun(head) or head in ORG_NOUNS or head in DOCUMENT_NOUNS
    if all(t[:1].islower() for t in tokens):  # bare role noun phrase: "union leader"
        return tokens[-1].lower() in PERSON_NOUNS
    return not all(t in _NOT_NAME for t in tokens) and not adjectives_only(tokens)


#: the old private name, kept for the modules that import it
_valid_np = valid_np


@lru_cache(maxsize=1)
def _proper_adjectives() -> frozenset[str]:
    """Nationality, region and religion adjectives (``proper_adjectives.txt``, lower case)."""
    return frozenset(load_words("proper_adjectives.txt"))


def adjectives_only(tokens: list[str]) -> bool:
    """Whether a capitalised speaker phrase is made only of nationality, region or religion
    adjectives (``Italian``, ``Mexican American``, ``Central Asian``, ``Muslim``): a language
    (``quoting him in Italian:``) or the modifier of a noun (``Mexican workers``, ``anti-Muslim
    remarks``, ``Republican claims``), never a person's name. Compass words count only beside
    a people's adjective (``Central`` alone is left to the other rules).

    Why (issue 13, round 25): the train breakdown of chooser round 9 found own-cue speakers
    typed ``named`` that were no person; a lone adjective before a quotation took the quote."""
    words = _proper_adjectives()
    low = [t.strip(",.;:").lower() for t in tokens]
    return bool(low) and all(w in words for w in low) and any(w not in COMPASS_WORDS for w in low)


def _np_is_verbish(np_text: str) -> bool:
    """Reject NPs that are really clauses ("It was", "There are")."""
    first = np_text.strip().split()[0] if np_text.strip() else ""
    if np_text.strip() in ("it", "It"):
        return False  # "…," it said: an organisation speaking
    return first in {"It", "There", "This", "That", "What", "Which", "Who", "It’s", "It's"} and \
        not _DET_WORD_RX.match(np_text.strip())


def holds_saying_verb(np_text: str) -> bool:
    """Whether a phrase read as a label (``One respondent told the pollsters:``) holds a past
    form of a verb of saying after its first word (``told``, ``wrote``, ``insisted``; a bare or
    ``-s`` form such as ``note`` or ``notes`` may be a noun of the label): it is a clause whose
    subject speaks, not a label (round 49: the speaker was the whole clause)."""
    return any(ALL_VERBS.get(w, w) != w and not w.endswith("s") for w in np_text.split()[1:])


#: a determiner right after a word: ``Came the reply``, ``Said one backbencher``
_DETERMINER_NEXT_RX = lazy_compile(r"\s+(?:the|a|an|one|another|some|his|her|their)\s")


def inverted_opening(np_text: str, after: str) -> bool:
    """Whether a one-word capitalised subject that reads as a verb (``Came``, ``Enter``,
    ``Said``: :func:`.noun_modifiers.opening_verb`) is followed straight by a determiner
    (``Came the reply from the back benches``): an inverted clause whose first word is its
    verb, not a name (round 49: ``Came`` was the speaker). A name is followed by its verb or
    an apposition after a comma, rarely by ``the`` (``Hollis the younger said`` keeps its
    name: ``Hollis`` is no verb); listed given names and titles are kept."""
    word = np_text.strip()
    if " " in word or not word[:1].isupper() or word in _first_names() or \
            word.lower().rstrip(".") in TITLE_WORDS or not opening_verb(word):
        return False
    return _DETERMINER_NEXT_RX.match(after) is not None


_NEXT_WORD_RX = lazy_compile(r"\s+(?P<w>[a-z][\w\-]*)(?P<poss>[’']s)?")


def proper_modifies_next(np_text: str, after: str) -> bool:
    """Whether ``np_text``, a proper name with its article (:data:`_THE_PROPER_RX`), only
    modifies the noun after it (``The Conservative party’s divisions``, ``the Hale report``):
    the next word is possessive or an organisation, document or person noun. Such a name is
    then no subject of its own (round 22, the guard of the named-organisation subject)."""
    if not _THE_PROPER_RX.match(np_text.strip()):
        return False
    nxt = _NEXT_WORD_RX.match(after)
    if nxt is None:
        return False
    w = nxt.group("w")
    return bool(nxt.group("poss")) or w in ORG_NOUNS or w in DOCUMENT_NOUNS or \
        is_person_noun(w)
