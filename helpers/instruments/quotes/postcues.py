"""Post-cues with a modified speaker phrase: ``"…," City Hall press secretary Dana Pruitt
said``, ``"…," the report said``, ``"…," Harry Bond, 30, of Raleigh, said`` (split out of
``cues.py`` in round 14 so that each file keeps one job and under 800 lines)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.coordinated import NOT_PREMOD
from helpers.instruments.quotes.inverted_participles import participle_inverted
from helpers.instruments.quotes.lexicon import (
    _ADV,
    _CAP,
    _DETERMINERS,
    _NAME,
    _NOT_NAME,
    _PARTICLE,
    _POST_SPEECH_VERB_RE,
    DOCUMENT_NOUNS,
    MEMBER_HEADS,
    ORG_NOUNS,
    PERSON_NOUNS,
    POST_REPORTING_VERBS,
    TITLES,
    post_cue_match,
)
from helpers.instruments.quotes.mentions import _clean_name_tokens, desc_head
from helpers.instruments.quotes.modified_documents import modified_document_post_cue

if TYPE_CHECKING:
    from helpers.instruments.quotes.quoterow import QuoteRow

#: an apposition between commas after a name; abbreviations with a full stop may sit inside it
#: (``Mitch Corrigan, R-Ky., said``, ``of Derry, N.H.,``)
_APP = r",(?:[^,\x01.;:!?]|(?<![A-Za-z])[A-Z][a-z]{0,2}\.){1,120},"
#: a name of two words or more
_NAME2 = rf"(?<![\w’']){_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,4}}"
#: ``"…," City Hall press secretary Dana Pruitt said`` / ``"…" warm-hearted Morton said``: a
#: name with pre-modifiers (a role, an organisation, an epithet) before a speech verb; a
#: lower-case pre-modifier ends with no full stop (``… for the families. Hale shot back, "…"``
#: is a sentence end and the next quotation's cue, round 18; ``Gov.``, ``Calif.`` may)
_POST_MOD_NAME_RE = lazy_compile(
    rf"^[\s,—–-]*(?P<pre>(?:\(?(?:[A-Z][\w’'\-]*(?:\.[\w’'\-]+)*\.?|"
    rf"[^\W_A-Z][\w’'\-]*(?:\.[\w’'\-]+)*)\)?\s+){{1,7}}?)"
    rf"(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME})"
    rf"(?P<app>{_APP})?\s+(?:{_ADV}\s+)?(?P<verb>{_POST_SPEECH_VERB_RE})\b(?!\s*:)")
#: ``"…," said master of ceremonies Asir Tabbani, an engineer``: speech verb, role, full name
_POST_INV_MOD_RE = lazy_compile(
    rf"^[\s,—–-]*(?P<verb>{_POST_SPEECH_VERB_RE})\s+(?P<pre>(?:[\w’'\-]+\.?\s+){{1,6}}?)"
    rf"(?P<np>{_NAME2})(?=$|[\s,.;:!?)\x01])")
#: ``"…," the report said`` / ``"…," a new survey of voters found``: a written source (the
#: head noun may itself be a reporting verb, so the strict patterns cut it off)
_POST_DOC_RE = lazy_compile(
    rf"^[\s,—–-]*(?P<np>{_DETERMINERS}(?:\s+[a-z][\w\-]*){{1,4}})"
    rf"(?:\s+(?:of|by|from)\s+[\w’'\-]+(?:\s+[\w’'\-]+)?)?\s+(?:{_ADV}\s+)?"
    rf"(?P<verb>{_POST_SPEECH_VERB_RE})\b")
#: ``"…," Harry Bond, 30, of Raleigh, N.C., who was polled, said``: a name, a long
#: parenthetical (an age, a place, a relative clause, a bare role that may hold commas: ``Ann
#: Reed, assistant secretary for roads, rail, and ports, said``, round 16), then the verb
_POST_NAME_PAREN_RE = lazy_compile(
    rf"^[\s,—–-]*(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}),\s*(?:\d{{1,3}}|of|from|who|"
    rf"whose|an?|the|now|then|still|formerly|once|currently|[A-Z]-[A-Z][a-z]*|[a-z]+)\b[^\x01;!?]{{0,160}}?,\s+(?:{_ADV}\s+)?(?P<verb>{_POST_SPEECH_VERB_RE})\b(?!\s*:)")
#: ``"…," Ms. Hale's spokesman, Stefan Weibel, wrote``: a description (its head a person noun,
#: checked by the caller) with the speaker's name in apposition, then the verb (the comma
#: closing the apposition is often left out: ``another friend, Mara Emmet told``)
_POST_DESC_APPOS_RE = lazy_compile(
    rf"^[\s,—–-]*(?P<desc>[^,\x01.;:!?\s][^,\x01;:!?]{{0,60}}?)\s*,\s*"
    rf"(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME}),?\s+(?:{_ADV}\s+)?"
    rf"(?P<verb>{_POST_SPEECH_VERB_RE})\b(?!\s*:)")
#: ``"…," Jo Lee of the Martin Center for Studies wrote``: a name, ``of``/``at``/``from`` and
#: the capitalised name of the place it works at, then the speech verb (round 14)
_POST_NAME_OF_ORG_RE = lazy_compile(
    rf"^[\s,—–-]*(?P<np>(?:(?:{'|'.join(TITLES)})\.?\s+)?{_NAME})\s+(?:of|at|from)\s+"
    rf"(?:the\s+)?{_CAP}(?:\s+(?:(?:and|for|of|on|the|&)\s+)*{_CAP}){{0,7}}\s+"
    rf"(?:{_ADV}\s+)?(?P<verb>{_POST_SPEECH_VERB_RE})\b(?!\s*:)")
#: ``"…," federal prosecutors wrote`` / ``"…," prosecutors said``: a plural person or
#: organisation noun with no determiner, up to two lower-case modifiers before it (round 20:
#: a bare plural is a subject in news prose; before, only a determiner phrase was read)
_PLURAL_SPEAKER_NOUNS = frozenset(w for w in PERSON_NOUNS | ORG_NOUNS
                                  if w.endswith("s") and w[:-1] in PERSON_NOUNS | ORG_NOUNS
                                  or w.endswith("ies") and w[:-3] + "y" in PERSON_NOUNS | ORG_NOUNS)
_POST_BARE_PLURAL_RE = lazy_compile(
    rf"^[\s,—–-]*(?P<np>(?:[a-z][\w\-]*\s+){{0,2}}?(?P<head>[a-z]+s))"
    rf"\s+(?:{_ADV}\s+)?(?P<verb>{_POST_SPEECH_VERB_RE})\b(?!\s*:)")
#: words that cannot sit inside the pre-modifiers of a speaker's name
_NOT_PREMOD = NOT_PREMOD


def _post_cue_modified(row: QuoteRow, post: str, after_pos: int,
                       opens_sentence: bool = False) -> None:
    """A post-cue whose speaker name carries pre-modifiers (see the two patterns above).

    Why: news writing stacks roles before names (``campaign manager``, ``Clinton campaign
    Chairman``, ``master of ceremonies``); the strict patterns only allow a title. The
    pre-modifiers must be a noun-phrase prefix (no clause or preposition word, except ``of``
    inside a role), the name must not be a sentence-start or calendar word, and after the verb
    the name must be a full name (two words or more). A bare plural (``"…," federal
    prosecutors wrote``) is read only after a quotation that opens its sentence: after a
    fragment (``X said she was "…," aides recalled``) the clause before it names the speaker."""
    m = post_cue_match(_POST_DOC_RE, post)
    if m and desc_head(m.group("np")) in DOCUMENT_NOUNS or (
            m := modified_document_post_cue(post)):  # "the order released Friday said" (71)
        _set_post(row, m, after_pos)
        return
    m = post_cue_match(_POST_DESC_APPOS_RE, post)
    if m and (m.group("desc").split()[-1].lower() in PERSON_NOUNS or
              inverted_description(m.group("desc")) == m.group("desc").strip()) and \
            _clean_name_tokens(m.group("np")) and \
            _clean_name_tokens(m.group("np"))[0] not in _NOT_NAME:
        _set_post(row, m, after_pos)
        return
    m = post_cue_match(_POST_BARE_PLURAL_RE, post) if opens_sentence else None
    if m and m.group("head") in _PLURAL_SPEAKER_NOUNS and not any(
            w in _NOT_PREMOD or w in _DET_WORDS for w in m.group("np").split()[:-1]):
        _set_post(row, m, after_pos)
        return
    m = post_cue_match(_POST_NAME_PAREN_RE, post) or post_cue_match(_POST_NAME_OF_ORG_RE, post)
    if m and _clean_name_tokens(m.group("np")) and \
            _clean_name_tokens(m.group("np"))[0] not in _NOT_NAME:
        _set_post(row, m, after_pos)
        return
    for rx in (_POST_MOD_NAME_RE, _POST_INV_MOD_RE):
        m = post_cue_match(rx, post)
        if not m or participle_inverted(m.group("verb"), rx is _POST_INV_MOD_RE):
            continue  # "…," saying calling the Harbury Union …: no subject (round 75)
        pre_words = [w.strip("(),").lower() for w in m.group("pre").split()]
        if any(w in _NOT_PREMOD for w in pre_words):
            continue
        tokens = _clean_name_tokens(m.group("np"))
        if not tokens or tokens[0] in _NOT_NAME or (rx is _POST_INV_MOD_RE and len(tokens) < 2):
            continue
        _set_post(row, m, after_pos)
        if rx is _POST_MOD_NAME_RE and _THE_CAPS_OF_RX.fullmatch(m.group("pre")):
            # "…," the Port of Dover said: the whole name, not the place it ends on (round 66)
            row.np_start = after_pos + m.start("pre")
            row.np = post[m.start("pre"):m.end("np")]
        return


#: the whole pre-modifier run ``the <Capitalised words> of`` (``the Port of``, ``the Duke
#: of``): with the name after it, one proper name (an institution, a title of nobility)
_THE_CAPS_OF_RX = lazy_compile(r"[Tt]he\s+(?:[A-Z][\w’'\-]+\s+){1,3}(?:of|for)\s+(?:the\s+)?")


def _set_post(row: QuoteRow, m: re.Match, base: int) -> None:
    """Cue, speaker phrase and offsets of a post-cue match ``m`` of the text at ``base``."""
    row.cue = POST_REPORTING_VERBS.get(m.group("verb").lower(), "")
    row.cue_start, row.cue_end = base + m.start("verb"), base + m.end("verb")
    row.np = m.group("np")
    row.np_start, row.np_end = base + m.start("np"), base + m.end("np")
    row.attribution = "post-cue"
    row.post_cue_end = base + m.end()


#: words that open a post-modifier of a description (``a source close to the talks``, ``a
#: source involved in the fund's creation``, ``the designer, who …``)
_POSTMOD_START = frozenset(
    "in to with by close involved familiar near inside outside under about behind who whose "
    "that which for of at from on".split())
#: heads that are times, not speakers (``"…," said the next day`` has none)
_TIME_HEADS = frozenset(
    "day days week weeks month months year years morning afternoon evening night weekend time "
    "times moment hour hours other others later earlier ago".split())
#: time words that end a phrase after its head (``a study last year``, ``a source this week``)
_TIME_CUT = frozenset("last this next yesterday today earlier".split())
_DET_ONLY_RX = lazy_compile(rf"^{_DETERMINERS}$")
_DET_WORDS = frozenset("a an the one another some several two three many most other his her their "
                       "our my its this that these those".split())
_PLAIN_WORD_RX = lazy_compile(r"[A-Za-z][\w’'\-]*|(?:[A-Z]\.){2,}")


def _participle_postmod(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a word in ``-ed`` after the head, opens a participle post-modifier:
    it ends the phrase or a preposition or a time word follows it (``a poll conducted in
    February``, ``audio provided by``; round 23). Not ``a newly elected senator``, where the
    participle is a pre-modifier (a noun follows)."""
    w = words[i]
    if not (w.endswith("ed") and w[:1].islower()):
        return False
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    return not nxt or nxt in _POSTMOD_START or nxt in _TIME_CUT or nxt[:1].isupper()


def inverted_description(np_text: str) -> str:
    """The speaker phrase of an inverted post-cue whose head no word list holds: ``"…," said
    the designer`` -> ``the designer``; ``"…," says a source involved in the talks`` -> ``a
    source``. '' when ``np_text`` is not a determiner and a lower-case noun (a time word, a
    name, punctuation).

    Why (round 14): right after ``"…," said`` a determiner phrase can only be the speaker (or
    a time), so the person-noun list, which no list can make complete (``designer``,
    ``assailant``), need not vouch for it there; and the head sits before its post-modifier,
    not at the end of the phrase (``a source close to the talks`` is a source, not talks)."""
    words = np_text.replace(",", " , ").split()
    cut = next((i for i, w in enumerate(words) if i and (w == "," or w.lower() in _POSTMOD_START)
                or (i >= 2 and (w.lower() in _TIME_CUT or _participle_postmod(words, i)))),
               len(words))
    if cut < 2 or not _DET_ONLY_RX.match(" ".join(words[:1])) or \
            not all(_PLAIN_WORD_RX.fullmatch(w) for w in words[1:cut]):
        return ""  # one phrase: no full stop, no second sentence inside it
    head = words[cut - 1]
    if head in MEMBER_HEADS:  # "…," said one Democrat familiar with the talks
        return " ".join(words[:cut])
    if not re.fullmatch(r"[a-z][a-z\-]{2,}", head) or head in _TIME_HEADS or \
            head.endswith("ly"):
        return ""
    return " ".join(words[:cut])
