"""Mentions of people in the narration: name runs, descriptions, pronouns (:class:`Mention`),
with gender and subject-position tests used by pronoun resolution. The text of a description
phrase alone (its short form, head and gender) is :mod:`.description_text` (review 23a)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.core.text import count_words
from helpers.instruments.quotes.agent_mentions import agent_description_starts
from helpers.instruments.quotes.description_text import (  # noqa: F401 (re-exported)
    _PERSON_NOUN_RE,
    _desc_gender,
    _description,
    desc_head,
)
from helpers.instruments.quotes.lexicon import (
    _CAP,
    _DETERMINERS,
    _FEMALE_TITLES,
    _MALE_TITLES,
    _NAME,
    _NOT_NAME,
    _ORG_WORDS,
    _PARTICLE,
    _PLACE_WORDS,
    _SPEECH_VERB_RE,
    ACRONYM_PERSON_NOUNS,
    ADJECTIVE_ENDINGS,
    AGE_NOUN_RE,
    APP_MAX,
    AUXILIARIES,
    DEMONYMS,
    DESC_MODIFIER,
    LONE_NAME_SET,
    ORG_NOUNS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    ROLE_ACRONYMS,
    TITLE_SET,
    _alt,
    _first_names,
    _lone_first_names,
    opens_name,
)
from helpers.instruments.quotes.lone_given_names import lone_given_name_subject
from helpers.instruments.quotes.lone_surname_subjects import speaks_elsewhere, without_adverb
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.names import (
    _alias_index,
    canonical_key,
)
from helpers.instruments.quotes.naming_participles import name_the_description
from helpers.instruments.quotes.noun_gender import name_gender
from helpers.instruments.quotes.noun_modifiers import modifier_head
from helpers.instruments.quotes.openings import fronted_word
from helpers.instruments.quotes.organisation_uses import written_as_organisation
from helpers.instruments.quotes.person_plurals import leading_role_word
from helpers.instruments.quotes.possessive_subjects import possessed_person
from helpers.instruments.quotes.role_named import named_after_role
from helpers.instruments.quotes.run_on_phrases import runs_into_next_clause
from helpers.instruments.quotes.salience import (
    relative_reporter,
    role_premodifier,
    word_surname_subject,
)
from helpers.instruments.quotes.simple_tense_names import simple_tense_subject
from helpers.instruments.quotes.time_adverbials import subject_past_adverbial

#: abbreviated titles written with a full stop ("Mr.", "Sen."); other titles are capitalised words
#: and are part of the run anyway
_TITLE_ABBR_LIST = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Sgt",
                    "Prof", "Rev", "Lt", "Cllr")
_TITLE_ABBR = "(?:" + "|".join(_TITLE_ABBR_LIST) + ")"


def _word_start(letter: str) -> str:
    r"""Pattern of ``letter`` opening a word: no letter, digit or apostrophe before it.

    Why this shape (round 21, speed): the same test as a leading ``(?<![\w’'])``, but a pattern
    that begins with a literal letter (or a choice of literal letters) lets the regex engine
    skip in C to the places where that letter stands, where a leading look-behind makes it try
    every position of the paragraph; the scans of every paragraph below were 4-10 times
    slower written that way. The look-behind comes right after the letter and checks the
    character before it."""
    c = re.escape(letter)
    return rf"{c}(?<![\w’']{c})"


def _words_at_start(words: list[str]) -> str:
    r"""``(?:w1|w2|…)``, each word opening a word (see :func:`_word_start`), tried in the given
    order: the same matches as ``(?<![\w’'])(?:w1|w2|…)``."""
    return "(?:" + "|".join(_word_start(w[0]) + re.escape(w[1:]) for w in words) + ")"


def _both_cases(words: list[str]) -> list[str]:
    """Each word capitalised and in lower case (``["He", "he", "She", "she"]``), in order."""
    return [v for w in words for v in (w[:1].upper() + w[1:], w[:1].lower() + w[1:])]


#: capitalised runs (longer than a name: "British Armed Forces Minister Alistair Rennick"):
#: ``(?<![\w’'])(?:{_TITLE_ABBR}\.\s+)?{_NAME with up to six more words}``, written to open
#: with the capital letter (:func:`_word_start`): either a title's remaining letters, its dot
#: and a name, or the rest of the first capitalised word and up to six more (same matches)
_RUN_TAIL = rf"(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,6}}"
_NAME_RUN_RE = lazy_compile(
    r"[A-Z](?<![\w’'][A-Z])(?:(?:"
    + "|".join(rf"(?<={t[0]}){t[1:]}" for t in _TITLE_ABBR_LIST)
    + rf")\.\s+(?<![\w’']){_CAP}{_RUN_TAIL}"
    + rf"|(?:\.(?:[A-Z]\.)*(?!\w)|[\w’'\-]*){_RUN_TAIL})")
_TITLE_DOT_RE = lazy_compile(rf"(?<![\w’']){_TITLE_ABBR}\.")
_PREP_BEFORE_RE = lazy_compile(
    r"(?:\b(?:to|with|of|by|for|from|at|about|on|in|into|against|like|than|under|between|"
    r"and|or|nor|as|towards|behind|over|after|before|without|through|via)\s+|[’']s\s+)$"
)
#: a true preposition right before a noun phrase: the NP is not a subject ("as a prime minister
#: saying", "to Blair")
_PREP_GUARD_RE = lazy_compile(
    r"\b(?:to|with|of|by|for|from|at|about|on|in|into|against|like|than|as|under|over|"
    r"towards|behind|after|before|without|through|via)\s+$"
)
#: a subject's verb may follow a place modifier (``Rep. Lee Hart of Ohio, …, said``) and up to
#: three appositive or parenthetical comma groups (``Ann Lee, director of X, a union that …,
#: also said``; ``Bo Kim, the chairman of Y, for example, said``)
def _subject_verbish(nearest: bool) -> re.Pattern:
    """The subject's-verb pattern; ``nearest``: the fewest appositive groups that still reach
    a word (the verb right after the first closing comma), else the most (the default)."""
    groups = "{1,3}?" if nearest else "{1,3}"
    optional = "??" if nearest else "?"
    return lazy_compile(
        r"(?:\s+of\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}(?=,))?"
        rf"\s*(?:(?:,(?:[^,.;:!?\x01]|(?<![A-Za-z])[A-Z][a-z]{{0,2}}\.){{1,{APP_MAX}}}){groups},"
        rf"\s*){optional}(?:(?:then|also|now|still|never|always|once|later|"
        r"often|just|even|only|already|[a-z]+ly)\s+)?(?P<v>[a-z][a-z’'-]+)\b"
    )


_SUBJECT_VERBISH_RE = _subject_verbish(nearest=False)
#: the same, read to the verb after the FIRST appositive that reaches one (round 45: ``X, a
#: host …, recalled in 2019 that before the vote, Y wasn't …, who``: the greedy reading runs
#: over ``recalled`` to the third comma group and takes ``who`` for the verb)
SUBJECT_VERB_NEAREST_RE = _subject_verbish(nearest=True)
_NON_VERBS = frozenset(load_words("non_verbs.txt"))
_AUX = AUXILIARIES
#: a description of a person: determiner, up to three modifiers, a person noun as head
#: nationality nouns are capitalised in text ("a very senior American")
_DEMONYMS = DEMONYMS
#: a person noun right after a nationality word (``the former Mexican president``): the
#: description goes on to that noun (round 12; before, it ended at ``Mexican``)
_ROLE_AFTER_DEMONYM_RE = lazy_compile(rf"\s+{_PERSON_NOUN_RE}(?![\w’'\-])")
_SPEAKER_NOUN_RE = ("(?:" + _alt(PERSON_NOUNS | ORG_NOUNS | {d.capitalize() for d in _DEMONYMS}
                                  | ACRONYM_PERSON_NOUNS)
                    + "|" + AGE_NOUN_RE + ")")
#: a possessive name as determiner (``Perkins's deputy campaign manager``, ``Lowe's
#: campaign``, ``Sanders’ campaign``): round 16 — the phrase, not the name inside it, is the
#: reporting verb's subject
_POSS_DET = rf"{_NAME}(?:[’']s|(?<=s)[’'])(?=\s+[a-z])"
_DESC = (rf"(?:(?:{_DETERMINERS}(?:\s+{DESC_MODIFIER},?){{0,3}}?"
         rf"|{_POSS_DET}(?:\s+{DESC_MODIFIER}){{0,3}}?)"
         rf"\s+{_SPEAKER_NOUN_RE}"
         rf"(?:\s+{_SPEAKER_NOUN_RE})?(?![\w’'\-])"
         rf"|[Aa]nother(?![\w’'\-])|[Oo]thers(?![\w’'\-]))")
#: where a clause subject can start: text start, after punctuation, a conjunction or a quotation
_CLAUSE_LEAD_RE = lazy_compile(
    r"(?:^|[.;:!?,\x01]\s+|\b(?:[Ww]hen|[Aa]s|[Bb]ut|[Aa]nd|[Tt]hen|[Ww]hile|[Bb]ecause|"
    r"[Tt]hough|[Ii]f|[Tt]hat)\s+)$"
)
_LEAD_WORDS = frozenset(
    "when When as As but But and And then Then while While because Because though Though "
    "if If that That".split())


def _at_clause_lead(narr: str, pos: int) -> bool:
    """Whether ``pos`` starts a clause: text start, after punctuation or a masked quotation and a
    space, or after a conjunction (same test as :data:`_CLAUSE_LEAD_RE`, without a regex)."""
    j = pos - 1
    while j >= 0 and narr[j] in " \t\n\u00a0":
        j -= 1
    if j < 0:
        return True
    if j == pos - 1:
        return False  # no space before the word
    if narr[j] in ".;:!?,\x01":
        return True
    k = j
    while k >= 0 and narr[k].isalpha():
        k -= 1
    return narr[k + 1:j + 1] in _LEAD_WORDS


#: the start of a determiner (a description of a person may begin there)
#: (the match covers the determiner; only its start is used, and no other determiner can
#: start inside it; written to open with its letter, see :func:`_word_start`)
_DET_WORDS = ("an", "a", "the", "one", "another", "some", "several", "two", "three", "many",
              "most", "other")
_DET_START_RE = lazy_compile(_words_at_start(_both_cases(list(_DET_WORDS))) + r"\b")
_DESC_SUBJ_RE = lazy_compile(
    rf"(?P<np>{_DETERMINERS}(?:\s+{DESC_MODIFIER},?){{0,4}}?\s+(?P<head>{_SPEAKER_NOUN_RE})"
    rf"(?![\w’'\-]))"
    rf"(?=(?:\s+(?:from|in|at|of|with|who|on)\b[^,.;:!?\x01]{{0,60}}?)?,?\s+[a-z])"
)


#: the rest of a sentence after a description that is only prepositional phrases (``… of a
#: miner and a mill worker.``): no verb follows
_SENTENCE_FINAL_APPOS_RE = lazy_compile(
    r"(?:\s+(?:of|from|in|at|with|on|for)\b[^,.;:!?\x01\"“”]{0,80})?[.!?](?:\s|$)")
#: a capitalised word and a comma right before a description (an apposition, or a fronted
#: adverbial: :func:`.openings.fronted_word`)
_NAME_COMMA_BEFORE_RE = lazy_compile(r"(?P<w>[A-Z][\w’'\-]+),\s*$")


def _is_person_name(tokens: Sequence[str], known: set[str]) -> bool:
    """A capitalised run is a person's name if a given name, a title, or a known speaker."""
    if not tokens:
        return False
    first = tokens[0].rstrip(".")
    if first in TITLE_SET:
        return len(tokens) >= 2 and tokens[1] not in _NOT_NAME
    if len(tokens) >= 2 and opens_name(tokens if first == tokens[0] else [first, *tokens[1:]]) \
            and not any(t in _PLACE_WORDS for t in tokens[1:]) \
            and not (len(tokens) >= 3 and tokens[-1] in _ORG_WORDS):
        # "Tom Hall" (a surname can be an organisation word), not "Victoria Station", nor a
        # longer run ending in one ("Roman Catholic Church", round 28: a given name opened it)
        return True
    if any(t in _ORG_WORDS for t in tokens):
        return False
    key = canonical_key(" ".join(tokens))
    if key in known:
        return True
    if len(tokens) == 1 and key in _alias_index():
        return True
    if len(tokens) >= 2 and key in _alias_index():
        return True
    return False


def _clean_name_tokens(surface: str) -> list[str]:
    """Name tokens of a capitalised run: function words and a possessive removed, and role
    words before a given name cut off (``Labour MP Jane Carter`` -> ``Jane Carter``)."""
    return list(_clean_name_tuple(surface))


@lru_cache(maxsize=65536)
def _clean_name_tuple(surface: str) -> tuple[str, ...]:
    return tuple(_clean_name_tokens_uncached(surface))


_ROLE_ACRONYMS = ROLE_ACRONYMS


def cue_name_tokens(surface: str) -> list[str]:
    """Name tokens of a speaker named right after a speech verb (``"…," said Will Doyle``):
    as :func:`_clean_name_tokens`, but a listed given name that is also a sentence word
    (``Will``) stays before the name it opens. Why (round 17): at a sentence start ``Will
    Doyle …?`` may be the modal, so the general cleaner drops it; after ``said`` it can only be
    the given name, and without it the speaker was the bare surname ``Doyle``."""
    tokens = _clean_name_tokens(surface)
    words = surface.split()
    if len(words) >= 2 and tokens and words[1] == tokens[0] and words[0] in _NOT_NAME and \
            words[0] in _first_names():
        return [words[0], *tokens]
    return tokens


def _word_surname(tokens: list[str]) -> bool:
    """Whether the last of ``tokens``, a sentence word (``May``, ``Will``), is the surname of
    the given name before it (``Theresa May``, ``George Will``): a capitalised word right
    after a given name that is never an English word. Why (round 23): the cleaner dropped it,
    so ``Theresa May said`` gave the speaker ``Theresa``."""
    return len(tokens) >= 2 and tokens[-2] in LONE_NAME_SET and \
        tokens[-1][1:].islower() and len(tokens[-1]) > 2


#: plurals for a party's members before a surname list (round 45: ``Republicans Hale of …``)
_GROUP_PLURAL_LEADS = frozenset(load_words("group_plural_leads.txt"))


def _clean_name_tokens_uncached(surface: str) -> list[str]:
    tokens = surface.replace("’s", "").replace("'s", "").split()
    while tokens and tokens[0] in _NOT_NAME:
        tokens.pop(0)
    if len(tokens) >= 2 and tokens[0] in _GROUP_PLURAL_LEADS:
        tokens.pop(0)  # a plural is no given name: "Republicans Hale" names Hale (round 45)
    while tokens and tokens[-1] in _NOT_NAME and not _word_surname(tokens):
        tokens.pop()
    if len(tokens) >= 3 and not opens_name(tokens) and \
            tokens[0].rstrip(".") not in TITLE_SET:
        for i in range(1, len(tokens) - 1):
            if opens_name(tokens, i):
                return tokens[i:]
            if leading_role_word(tokens[i - 1], PERSON_NOUNS) or tokens[i - 1] in _ROLE_ACRONYMS:
                return tokens[i:]  # "Labour MP Priya Nair", "Green Councillor Jo Hart"
    return tokens


def _name_gender(name: str) -> str:
    """The gender of a name as written (its title or given name; ``u`` when neither tells)."""
    return _gender_of(_clean_name_tuple(name) or (name,))


def title_gender(name: str) -> str:
    """``m``/``f`` when ``name`` opens with a gendered title (``Mrs. Clinton``), else ``u``."""
    words = name.split()
    t0 = words[0].rstrip(".") if words else ""
    return "m" if t0 in _MALE_TITLES else "f" if t0 in _FEMALE_TITLES else "u"


def _gender_of(tokens: Sequence[str]) -> str:
    """Gender from a leading title, else from a known given name (``u`` when neither)."""
    if not tokens:
        return "u"
    g = title_gender(tokens[0])
    first = tokens[0].rstrip(".")
    return g if g != "u" or not opens_name([first, *tokens[1:]]) else _first_names()[first]


#: a description before an apposed name at a sentence start (``A spokesman, Jo Reed (D-Ohio),
#: said``)
_DESC_LEAD = r"(?:(?:Another|One|A|An|The)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+)?"
_SENTENCE_LEAD_RE = lazy_compile(rf"(?:[.!?][\"”’]*\s+|\x01\s*){_DESC_LEAD}$")
_TEXT_LEAD_RE = lazy_compile(rf"\s*{_DESC_LEAD}")
#: after a name: an apposition, an ``of``/``at``/``from`` phrase or a parenthesis, then a
#: verb-like word (a regular inflection or a common irregular past)
_MODIFIED_SUBJECT_RE = lazy_compile(
    r"(?:,\s+[^,;:\x01]{2,200}?,|\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,;:\x01()]{1,80}?,?"
    r"|\s+\([^)\x01]{1,40}\)(?:,\s+[^,;:\x01]{2,200}?,|,)?)"  # (R-Ohio), a lawyer, (round 21)
    r"\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?(?:has\s+|had\s+|was\s+|is\s+|have\s+)?"
    r"(?:[a-z]{2,}(?:ed|es|s)|said|told|wrote|says|is|was|has|had|took|made|spoke|gave|threw|"
    r"went|sent|saw|thought|knew|felt|began|led|held|found|ran|won|lost|put|read|"
    r"did(?:n[’']t)?|does(?:n[’']t)?|would(?:n[’']t)?|could(?:n[’']t)?|will|won[’']t)\b")


def _modified_subject(narr: str, start: int, end: int) -> bool:
    """Whether the name at ``narr[start:end]`` opens its sentence (perhaps after a description
    it is apposed to) and is followed by an apposition, an ``of``/``at``/``from`` phrase or a
    parenthesis, then a verb: ``Jo Reed, a lawyer for the firm, said …``, ``Jo Reed of the
    Hale Institute wrote …``, ``Jo Reed (R-Ohio) told …``.

    Why (round 17, rule R1a of the train pronoun audit): the plain subject test looks for the
    verb right after the name or after a capitalised ``of`` place, so such a person was no
    subject mention and a later ``he``/``she`` went to someone named before."""
    if not _MODIFIED_SUBJECT_RE.match(narr, end):
        return False
    chunk = narr[max(0, start - 60):start]
    return bool(_SENTENCE_LEAD_RE.search(chunk) or (
        start <= 60 and _TEXT_LEAD_RE.fullmatch(chunk)))


#: ``X and others said``: a name that heads a subject joined to an unnamed rest
_AND_OTHERS_RE = lazy_compile(r"\s+and\s+others\s+(?:[a-z]+ly\s+)?[a-z]+")


def _find_mentions(text: str, lo: int, hi: int, narr: str, known: set[str],
                   runs: list[re.Match] | None = None, person_cache: dict | None = None
                   ) -> list[Mention]:
    """Person mentions in the narration ``narr`` (= ``text[lo:hi]`` with quotes masked);
    ``runs``: the capitalised runs of ``narr`` if already found; ``person_cache``: memo of the
    person test for a fixed ``known`` set."""
    out: list[Mention] = []
    m: re.Match | None  # a run, then the description pattern's match or None
    cache = person_cache if person_cache is not None else {}
    for m in (runs if runs is not None else _NAME_RUN_RE.finditer(narr)):
        surface = m.group(0)
        tokens = _clean_name_tuple(surface)  # (the cached tuple: read only here, no copy)
        if not tokens:
            if not word_surname_subject(narr, m.start(), m.end(), known):
                continue
            tokens = (surface,)  # "Will described …" after "George Will" (round 24)
        # drop leading non-name tokens from offsets
        off = surface.find(tokens[0])
        s = lo + m.start() + off
        name = " ".join(tokens)
        e = s + len(name) if text[s:s + len(name)] == name else lo + m.end()
        key = tokens
        is_person = cache.get(key)
        if is_person is None:
            is_person = cache[key] = _is_person_name(tokens, known)
        if not is_person and not _person_by_context(narr, m.start() + off, m.end(), text, lo):
            continue
        before = narr[max(0, m.start() - 25):m.start() + off]
        after = narr[m.end():m.end() + 140]
        poss = surface.endswith(("’s", "'s"))
        subj = not poss and (_is_subject(narr, m.start() + off, before, after) or
                             _modified_subject(narr, m.start() + off, m.end())) and \
            not role_premodifier(narr, m.end())
        # ", who said": the relative clause's speaker (round 24)
        subj = subj or (not poss and relative_reporter(narr, m.start() + off, m.end()))
        # "Edwards and others said …": the name heads the subject (round 45)
        subj = subj or (not poss and _at_clause_lead(narr, m.start() + off) and
                        bool(_AND_OTHERS_RE.match(narr, m.end())))
        # "spokesman Lu Varden": the noun before the name, then the given-name lexicon (round 40)
        gender = _gender_of(tokens) if title_gender(tokens[0]) != "u" else \
            name_gender(narr, m.start() + off, _gender_of(tokens))
        out.append(Mention(s, e, name, "named", subj, gender))
        desc = possessed_person(narr, m.end()) if poss and _at_clause_lead(
            narr, m.start() + off) else None
        v = _SUBJECT_VERBISH_RE.match(narr, desc[1]) if desc else None
        if desc and v and (v.group("v") not in _NON_VERBS or v.group("v") in _AUX):
            # "Ollie Brack's deputy – he joined in May – spoke": the description is the
            # subject, a later "he" its antecedent, not the possessor (round 49)
            np_text = narr[m.start() + off:desc[0]]
            out.append(Mention(s, lo + desc[0], np_text, "description", True,
                               _desc_gender(np_text)))
    for m in _group_matches(narr):
        before = narr[max(0, m.start() - 25):m.start()]
        after = narr[m.end():m.end() + 140]
        out.append(Mention(lo + m.start(), lo + m.end(), m.group(0), "group",
                           _is_subject(narr, m.start(), before, after), "p"))
    det_starts, pronouns = _clause_lead_words(narr)
    for lead in det_starts:
        if name_the_description(out, narr, lo, lead, _name_gender):
            continue  # "a bus driver called Ann Lee, is …": the name is the subject (round 77)
        m = _DESC_SUBJ_RE.match(narr, lead)
        if m is None or _role_predicate(narr, lead, m.end("np")):
            continue
        head = m.group("head").lower()
        if head not in PERSON_NOUNS and head not in ORG_NOUNS:
            continue
        if runs_into_next_clause(m.group("np")):
            continue  # "the question her staff argue about": two phrases (round 77)
        if modifier_head(narr, m.start("np"), m.start("head"), m.end("head")):
            continue  # "A host of new rules", "the designer label was": no person (round 49)
        np_end = m.end("np")
        if head in _DEMONYMS:  # "the former Mexican president": the role noun is the head
            role = _ROLE_AFTER_DEMONYM_RE.match(narr, np_end)
            if role:
                np_end = role.end()
        lead_name = _NAME_COMMA_BEFORE_RE.search(narr, max(0, m.start("np") - 40), m.start("np"))
        if lead_name and not fronted_word(narr, lead_name.start(), lead_name.end("w"), np_end):
            continue  # an appositive ("Emma Rees, a national organiser,"), not a new person
        s = lo + m.start("np")
        is_org = head not in PERSON_NOUNS
        appos = None if is_org else _APPOS_SUBJ_NAME_RX.match(narr, np_end)
        if appos:  # "A spokesman for the embassy, Oliver Grant, said": the name is the subject
            for x in out:
                if x.kind == "named" and x.start == lo + appos.start("name"):
                    x.subject = True
                    break
            continue
        np_text = narr[m.start("np"):np_end]
        # "He was born in 1938, the son of a miner.": a description after a comma that ends the
        # sentence with no verb of its own is an apposition, not a subject (round 50)
        subject = not (_SENTENCE_FINAL_APPOS_RE.match(narr, np_end) and
                       narr[:m.start("np")].rstrip().endswith(","))
        out.append(Mention(s, lo + np_end, _description(np_text),
                           "group" if is_org else "description", subject,
                           "u" if is_org else _desc_gender(np_text)))

    for lead in agent_description_starts(narr):  # "told by a former minister" (round 51)
        m = _DESC_SUBJ_RE.match(narr, lead)
        if m is not None and m.group("head").lower() in PERSON_NOUNS and \
                all(x.start != lo + lead for x in out):
            np_text = m.group("np")
            out.append(Mention(lo + lead, lo + m.end("np"), _description(np_text),
                               "description", False, _desc_gender(np_text)))
    for p_start, p_end, word in pronouns:
        out.append(Mention(lo + p_start, lo + p_end, word, "pronoun", True,
                           {"he": "m", "she": "f", "they": "p"}[word.lower()]))
    for x in out:  # "a senior colleague told her …": the subject is not the "she" of the story
        if x.kind in ("named", "description") and x.subject:
            obj = _OBJ_PRON_RE.match(narr, x.end - lo)
            if obj:
                x.not_pron = "she" if obj.group("o") == "her" else "he"
    out.sort(key=lambda x: x.start)
    return out


#: a subject's verb with an object pronoun: ``told her``, ``once asked him``
#: ``her`` followed by a content word is a possessive determiner (``criticized her state's
#: laws``), not an object: the subject may well be the ``she`` of the story
POSSESSIVE_HER = (r"(?!(?<=her)\s+(?!(?:the|a|an|that|this|to|about|of|in|on|at|for|with|from|by|"
                  r"and|but|or|as|if|when|whether|why|how|what|not|so|again|back|up|out|"
                  r"once|twice)\b)[a-z])")
_OBJ_PRON_RE = lazy_compile(r"(?:,[^,\x01]{1,60},)?\s+(?:[a-z]+ly\s+|once\s+|later\s+)?"
                          r"[a-z]+(?:ed|old|ote|aid|ked|ave|ent|ew|ame|s)\s+(?P<o>her|him)\b"
                          + POSSESSIVE_HER)


#: "he"/"she"/"they" opening a clause in narration: a subject whose referent carries on
_PRON_WORDS = ("he", "she", "they")
_PRON_SUBJ_RE = lazy_compile(
    rf"(?P<p>{_words_at_start(_both_cases(list(_PRON_WORDS)))})(?=\s+[a-z])")

#: the determiners and subject pronouns above, both cases, as whole words (``\b``), longest
#: first (each word is a whole letter run, so at most one can match at a place: the order
#: changes nothing but reads clearly)
_LEAD_WORDS_ALT = "|".join(sorted(set(_both_cases([*_DET_WORDS, *_PRON_WORDS])),
                                  key=lambda w: (-len(w), w)))
#: one of them right after a space, tab, new line or no-break space: the white space
#: :func:`_at_clause_lead` skips back over, so only there (or at the text's start) can such a
#: word open a clause
_SPACED_LEAD_WORD_RE = lazy_compile(rf"[ \t\n\xa0](?P<w>{_LEAD_WORDS_ALT})\b")
_FIRST_LEAD_WORD_RE = lazy_compile(rf"(?P<w>{_LEAD_WORDS_ALT})\b")
_DET_WORD_SET = frozenset(_both_cases(list(_DET_WORDS)))
_PRON_NEXT_RE = lazy_compile(r"\s+[a-z]")


def _clause_lead_words(narr: str) -> tuple[list[int], list[tuple[int, int, str]]]:
    r"""The determiners and the subject pronouns that open a clause in ``narr``: the starts of
    the :data:`_DET_START_RE` matches and the (start, end, word) of the :data:`_PRON_SUBJ_RE`
    matches at which :func:`_at_clause_lead` holds, in text order.

    Why (throughput round 7, speed): the two patterns open with a choice of letters, so the
    regex engine tried the determiners at every ``a``, ``t``, ``o``, ``s`` or ``m`` (18 % of
    the characters of the benchmark corpus's narrations) and the pronouns at every ``h``,
    ``s`` or ``t``, in two scans of every paragraph (~150 ms a quarter of that corpus);
    :func:`_at_clause_lead` accepts a place only at the text's start or right after one of
    the white-space characters it skips back over (12 % of the characters), so one scan from
    those characters and a match at the start find the same words. Exact: a word of either
    list stands alone at such a place (the look-behind of :func:`_word_start` holds), ``\b``
    after it is the determiners' own end test, and the pronouns' ``(?=\s+[a-z])`` is tested
    after the word; the reference patterns stay, and the tests compare both forms."""
    dets: list[int] = []
    prons: list[tuple[int, int, str]] = []
    first = _FIRST_LEAD_WORD_RE.match(narr)
    hits = _SPACED_LEAD_WORD_RE.finditer(narr)
    for m in (first, *hits) if first is not None else hits:
        p = m.start("w")
        if not _at_clause_lead(narr, p):
            continue
        w = m.group("w")
        if w in _DET_WORD_SET:
            dets.append(p)
        elif _PRON_NEXT_RE.match(narr, m.end()):
            prons.append((p, m.end(), w))
    return dets, prons


_APPOS_BEFORE_RE = lazy_compile(rf"\b{_PERSON_NOUN_RE},\s*$")


def _appos_before(text: str) -> bool:
    """Whether ``text`` ends with a person noun and a comma (:data:`_APPOS_BEFORE_RE`: ``her
    brother, ``). Speed (round 21): the search, which tries the long noun alternation at every
    position, runs only when ``text`` ends with a comma and spaces, as a match must (``str``
    white space and ``\\s`` are the same characters)."""
    return text.rstrip().endswith(",") and _APPOS_BEFORE_RE.search(text) is not None
#: a lower-case word of a bare role (``executive``, ``general``), no function word
#: (``Ohio, as the head of …`` is no apposition)
_BARE_ROLE_WORD = (r"(?!(?:as|the|a|an|his|her|its|their|our|and|or|but|who|which|with|by|"
                   r"in|on)\b)[a-z][\w\-]*")
_BARE_ROLE = rf"(?:{_BARE_ROLE_WORD}\s+){{0,2}}?{_PERSON_NOUN_RE}"
_APPOS_AFTER_RE = lazy_compile(rf"^,\s*(?:(?:now|then|still|formerly|once)\s+)?"
                             rf"(?:(?:{_DETERMINERS}|[Tt]he)\s+(?:[\w’'\-]+\s+){{0,3}}?"
                             rf"{_PERSON_NOUN_RE}\b|"
                             # a bare role before its organisation (``Lars Brekke, secretary
                             # general of the Nordic Council,``; round 30)
                             rf"{_BARE_ROLE}(?:\s+and\s+{_BARE_ROLE})?\s+(?:of|at|for)\s|"
                             # a role after a possessive proper name (``Ann Obi, Kenya's
                             # foreign minister,``; round 30)
                             rf"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}}[’']s\s+"
                             rf"(?:[\w’'\-]+\s+){{0,3}}?{_PERSON_NOUN_RE}\b)")
#: ``Luis Ortega, who owns …`` / ``Ann Lee, 41,``: a relative ``who`` or an age marks a person
#: the verb after a name in apposition: ``, called`` / ``, later asked``
_APPOS_VERB_AFTER_RE = lazy_compile(r"^,\s*(?:[a-z]+ly\s+|later\s+|then\s+)?[a-z]+(?:ed|s)\b")
_WHO_AFTER_RE = lazy_compile(r"^,\s*(?:who\b|\d{1,3},)")
_VERB_AFTER_RE = lazy_compile(rf"^(?:\s+[a-z]+ly)?\s+(?:{_SPEECH_VERB_RE})\b")


#: an apposition whose head is an organisation noun (``Agencia Norte, the official state news
#: agency,``): the name is an organisation, whatever person noun modifies the head
_ORG_APPOS_RE = lazy_compile(rf",\s*(?:{_DETERMINERS}|[Tt]he)\s+(?:[\w’'\-]+\s+){{0,4}}?"
                           rf"{_alt(ORG_NOUNS)}\s*[,.;]")


def _appos_after(narr: str, e: int) -> bool:
    """Whether a person noun phrase stands in apposition after the name ending at ``e``
    (``Garske, now a banker,``): not when its head is an organisation noun (round 28:
    ``Agencia Norte, the official state news agency, wrote`` made the agency a ``he``), nor when a
    verb follows the phrase, which is then the subject of the main clause after a fronted one
    (``When her family returned to upland Dorset, her aunt refused …``)."""
    m = _APPOS_AFTER_RE.match(narr[e:e + 80])
    if m is None or _ORG_APPOS_RE.match(narr[e:e + 80]):
        return False
    return not _PAST_AFTER_RE.match(narr[e + m.end():e + m.end() + 30])


#: ``, who`` after a name; any white space, a no-break space too (round 45: ``Rihanna,\xa0who``)
_COMMA_WHO_RE = lazy_compile(r",\s*who\s")


def _person_by_context(narr: str, s: int, e: int, text: str = "", lo: int = -1) -> bool:
    """A two- or three-word capitalised name is a person when it stands in apposition to a
    person noun (``the mayor, Ana Ruiz,`` / ``Tom Becker, a spokesman``) or directly before a
    reporting verb (``Priya Shah said``). ``text``, ``lo``: the unmasked text ``narr`` was
    masked from at offset ``lo`` (round 59: whether a quotation before a name ended a sentence)."""
    name = narr[s:e]
    if any(t in _ORG_WORDS for t in name.split()):
        return False
    if len(name.split()) == 1:
        # "Garske, now a banker, tells me": a lone surname in apposition to a person noun
        # (the full name may stand only inside a quotation, which is masked)
        if not (name[:1].isupper() and name[1:].islower()):
            return False
        if _appos_after(narr, e):
            return True
        if name in _lone_first_names() and _appos_before(narr[max(0, s - 40):s]) and \
                narr[e:e + 1] == ",":
            return True  # "her brother, Tom, wrote …": a given name after a person noun
        if _at_clause_lead(narr, s) and (lone_given_name_subject(
                narr, s, e, text[max(0, lo + s - 6):lo + s] if lo >= 0 else None)
                or simple_tense_subject(narr, s, e)):  # "Dawn works nights" (round 79)
            return True  # "Karen, 47, from Barnsley, has claimed", "Denise is handing" (57)
        if _COMMA_WHO_RE.match(narr, e) and name not in _NOT_NAME and \
                name not in _PLACE_WORDS and name.lower() not in _DEMONYMS:
            return True  # "Reid, who endorsed her, said": ``who`` refers to a person
        # "Varga said he was worried": a lone surname opening a clause right before a reporting
        # verb (not a sentence-start word, a place, an organisation word or a nationality);
        # before a past-tense verb when the article writes it elsewhere as a speaker (round 64)
        # a word the article writes as a body (``Tesco closed its depot``) is none (round 66)
        return name not in _NOT_NAME and name not in _PLACE_WORDS and \
            name.lower() not in _DEMONYMS and _at_clause_lead(narr, s) and (
                bool(_VERB_AFTER_RE.match(narr[e:e + 30])) or
                bool(_PAST_AFTER_RE.match(without_adverb(narr[e:e + 40]))) and
                speaks_elsewhere(name, text, lo + s if lo >= 0 else -1)) and \
            not written_as_organisation(name, text, lo + s if lo >= 0 else -1)
    if not 2 <= len(name.split()) <= 3:
        return False
    return bool(_appos_before(narr[max(0, s - 40):s])
                or _INVERTED_CUE_RE.search(narr[max(0, s - 30):s])
                or _appos_after(narr, e) or _VERB_AFTER_RE.match(narr[e:e + 30])
                or _WHO_AFTER_RE.match(narr[e:e + 40]) or _given_surname_subject(narr, s, e)
                or named_after_role(narr, s, e))  # ``pollster Whit Ayres`` (round 73)


#: a past-tense verb right after a clause-opening name (``Mira Holt spoke``, ``… endorsed``)
_PAST_AFTER_RE = lazy_compile(r"^\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|spoke|wrote|told|said|took|made|"
                            r"went|gave|won|ran|met|began|became|came|led|left|sent|felt|"
                            r"thought|knew|saw|sought|brought|held|kept|put|set)\b")


def _given_surname_subject(narr: str, s: int, e: int) -> bool:
    """A ``Given Surname`` pair whose given name the list does not know is a person by its
    place: two title-case words (no organisation, place, nationality or function word) that
    open a clause and are followed by a past-tense verb (``Mira Holt spoke in Dayton``)."""
    tokens = narr[s:e].split()
    if len(tokens) != 2 or not all(len(t) >= 2 and t[0].isupper() and t[1:].isalpha() and
                                   t[1:].islower() for t in tokens):
        return False
    if any(t in _NOT_NAME or t in _PLACE_WORDS or t in _ORG_WORDS or t.lower() in _DEMONYMS
           for t in tokens):
        return False
    return _at_clause_lead(narr, s) and bool(_PAST_AFTER_RE.match(narr[e:e + 30]))


#: ``the``/``a`` right before a name followed by a lower-case noun: the name modifies the noun
#: (``at the Larkin call centre``, ``a Larkin rally``), it is not a clause subject
#: (an adjective may come between: ``a possible Larkin administration``, round 28; before,
#: the name was a subject there, and a later ``he`` took it once its full name was known)
_NOUN_MODIFIER_RE = lazy_compile(
    r"(?<![\w’'])(?:the|a|an)\s+(?:[a-z]+(?:" + "|".join(ADJECTIVE_ENDINGS) + r")\s+)?$")
_LOWER_NEXT_RE = lazy_compile(r"\s+[a-z]")


#: an inverted reporting verb right before a name, after a clause boundary: ``…, said X``
_INVERTED_CUE_RE = lazy_compile(
    r"[,;:\x01]\s*(?:said|says|added|adds|wrote|writes|explained|explains|noted|notes|argued|"
    r"argues|continued|recalled|according\s+to)\s+$")


#: a copula right before a name that ends its clause or takes an apposition (``The man
#: behind it is Tom Okafor, a …``; ``Across town, …, is Ann Lee.``): the name is the
#: subject of an inverted or specificational sentence, what the sentence is about (round 28)
_COPULA_BEFORE_RE = lazy_compile(r"(?<![\w’'])(?:is|was)\s+$")
_CLAUSE_END_NEXT_RE = lazy_compile(r"\s*(?:,|[.;](?:\s|$))")


def _is_subject(narr: str, pos: int, before: str, after: str) -> bool:
    """A mention is a clause subject if no preposition precedes it and a verb-like word follows
    (after an optional appositive), or if it opens its clause (``So, Lansman.``)."""
    if _INVERTED_CUE_RE.search(before) and not re.match(r"\s+(?:and|&)\s+[A-Z]", after):
        return True  # "…, said Katie Lund, a director.": the subject of an inverted cue
    if _COPULA_BEFORE_RE.search(before) and _CLAUSE_END_NEXT_RE.match(after):
        return True  # "The man behind it is Tom Okafor, a …": a predicate noun as subject
    if _PREP_BEFORE_RE.search(before) or (
            _NOUN_MODIFIER_RE.search(before) and _LOWER_NEXT_RE.match(after)):
        return False  # "the Larkin call centre, making …": a name modifying a noun
    if _APPOS_VERB_AFTER_RE.match(after) and _appos_before(before):
        return True  # "her brother, Tom, wrote …": the name in apposition to the subject
    timed = subject_past_adverbial(after)  # "appointed X four years ago." (round 81)
    if timed is not None:
        return timed
    v = _SUBJECT_VERBISH_RE.match(after)
    if v and (v.group("v") not in _NON_VERBS or v.group("v") in _AUX):
        return True
    if not _PUNCT_NEXT_RE.match(after):
        return False  # (tested first: cheaper than the clause lead below)
    # a title's full stop ("Texas Sen. Ted Cruz") does not open a clause
    lead = re.split(r"[.;:!?\x01]\s*", _TITLE_DOT_RE.sub("T ", narr[max(0, pos - 40):pos]))[-1]
    return count_words(lead) <= 1


#: ``as`` right before an indefinite article (``named as an adviser``, ``As a general
#: rule``)
_AS_BEFORE_RE = lazy_compile(r"(?<![\w’'])[Aa]s\s+$")
_INDEFINITE_RE = lazy_compile(r"[Aa]n?\s")
#: the next word after a noun phrase (a verb of saying keeps ``as a spokesman said``)
_NEXT_WORD_AFTER_RE = lazy_compile(r",?\s+(?P<w>[a-z]+)")


def _role_predicate(narr: str, start: int, end: int) -> bool:
    """Whether the indefinite description at ``narr[start:end]`` follows ``as`` and is no
    speaker of a verb of saying: a role or a phrase (``who is named as an adviser``, ``As a
    general rule, …``), not a person of the story (round 40: such a description took a later
    ``he``)."""
    if not _INDEFINITE_RE.match(narr, start) or not _AS_BEFORE_RE.search(
            narr, max(0, start - 4), start) or re.search(r"\band\b|,", narr[start:end]):
        return False
    nxt = _NEXT_WORD_AFTER_RE.match(narr, end)
    return not (nxt and nxt.group("w") in REPORTING_VERBS)


#: punctuation right after a mention (``So, Lansman.``)
_PUNCT_NEXT_RE = lazy_compile(r"\s*[.!?,;]")


#: "the Americans", "the Tories": a group named by a capitalised plural
_GROUP_TAIL = r"\s+(?P<g>[A-Z][a-z]+(?:ans|ers|ists|ites|ies|s))(?![\w’'])"
_GROUP_RE = lazy_compile(rf"{_words_at_start(['The', 'the'])}{_GROUP_TAIL}")
#: the same pattern with each case of its first word alone (``The …``, ``the …``): each opens
#: with a literal word, which the regex engine finds in C (see :func:`_group_matches`)
_GROUP_CASE_RES = tuple(re.compile(_words_at_start([w]) + _GROUP_TAIL) for w in ("The", "the"))


def _group_matches(narr: str) -> list[re.Match]:
    """The matches of :data:`_GROUP_RE` in ``narr``, in text order, from one scan per case.

    Why (throughput round 7, speed): ``_GROUP_RE`` opens with a choice of ``T`` and ``t``, so
    the engine tried it at every ``t`` of every paragraph (25-33 ms a quarter of the benchmark
    corpus); each case alone opens with a three-letter literal that the engine skips to (the
    two scans: 15-18 ms). Exact: at any place only one case can match, and no match can start
    inside another (inside one are white space and a capitalised word, which can hold a ``the``
    only after a letter, and a ``The`` only followed by a letter), so the two scans' matches,
    merged by start, are the non-overlapping matches ``finditer`` gives."""
    upper, lower = (list(rx.finditer(narr)) for rx in _GROUP_CASE_RES)
    if not upper or not lower:
        return upper or lower
    return sorted(upper + lower, key=lambda m: m.start())


#: a name in apposition between commas after a description, then a lower-case word
#: (``One farmer backing the mayor, Ana Ruiz, said``)
_APPOS_SUBJ_NAME_RX = lazy_compile(
    rf"[^,.;:!?\x01]{{0,50}}?,\s*(?P<name>{_NAME}),\s+(?:[a-z]+ly\s+)?[a-z]")
