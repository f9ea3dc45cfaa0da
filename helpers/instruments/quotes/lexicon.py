"""Word lists and the regular-expression fragments built from them: reporting verbs (with
their inflections), titles, person and organisation nouns, words that are not names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from helpers.core.given_names import given_name_variants
from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_records, load_words
from helpers.core.name_forms import name_particles
from helpers.instruments.quotes.person_plurals import with_plurals

#: Verbs that introduce direct speech in either order (``"…," X says`` / ``X says: "…"``).
SPEECH_VERB_LEMMAS = list(load_words("reporting_verbs.txt"))
#: Verbs that attribute quoted words only from inside a clause (``calls it "…"``,
#: ``describes X as "…"``, ``talks of a "…"``): never used for ``"…," X verb``.
FRAMING_VERB_LEMMAS = list(load_words("framing_verbs.txt"))
#: Verbs of saying that are a cue only right after a quotation (``"…," X remembered``,
#: ``"…" barked X``): in narration or before a quotation they report an act (round 17).
POST_VERB_LEMMAS = list(load_words("post_speech_verbs.txt"))
def _irregular_forms() -> dict[str, list[str]]:
    """Lemma -> its irregular forms, from ``data/lexicons/verb_irregular.csv``."""
    out: dict[str, list[str]] = {}
    for r in load_records("verb_irregular.csv"):
        out.setdefault(r["lemma"], []).append(r["form"])
    return out


_IRREGULAR = _irregular_forms()
_DOUBLE_FINAL = set(load_words("verbs_double_final.txt"))


def _inflections(lemma: str) -> set[str]:
    forms = {lemma}
    vowels = "aeiou"
    if lemma.endswith("y") and lemma[-2] not in vowels:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms.add(lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"))
        if lemma.endswith("e"):
            forms |= {lemma + "d", (lemma[:-1] if not lemma.endswith("ee") else lemma) + "ing"}
        elif lemma in _DOUBLE_FINAL:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        else:
            forms |= {lemma + "ed", lemma + "ing"}
    forms.update(_IRREGULAR.get(lemma, []))
    if lemma in _IRREGULAR:
        forms.discard(lemma + "ed")
    return forms


def _build_lexicon(lemmas: Iterable[str]) -> dict[str, str]:
    """Inflected form -> lemma. A phrasal entry (``shoot back``, round 18) inflects its verb and
    keeps its particle (``shot back``, ``shoots back``); its lemma is the verb, the word the
    scorers and the cue column compare."""
    out: dict[str, str] = {}
    for lemma in lemmas:
        head, _, particle = lemma.partition(" ")
        for form in _inflections(head):
            out.setdefault(f"{form} {particle}" if particle else form, head)
    return out


#: inflected form -> lemma, for all speech verbs.
REPORTING_VERBS: dict[str, str] = _build_lexicon(SPEECH_VERB_LEMMAS)
FRAMING_VERBS: dict[str, str] = _build_lexicon(FRAMING_VERB_LEMMAS)
ALL_VERBS: dict[str, str] = {**FRAMING_VERBS, **REPORTING_VERBS}
#: inflected form -> lemma of the verbs a post-cue accepts: the speech verbs and the post-only ones
POST_REPORTING_VERBS: dict[str, str] = {
    **_build_lexicon(POST_VERB_LEMMAS), **REPORTING_VERBS}
#: Nouns that attribute quoted words (``in a statement``, ``a leaked memo``).
CUE_NOUNS = frozenset(load_words("cue_nouns.txt"))


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (literal) that tries the longer of two words first.

    Written as a prefix tree (``spokes(?:m(?:an|en)|woman)?``, round 21), not as the flat
    ``spokesman|spokesmen|spokeswoman|spokes`` it was: the regex engine tried each of several
    hundred words in turn at every place a pattern was tried, and with the tree it follows
    one branch letter by letter. The matches are the same: the words that can match at one
    place are prefixes of one another, and the tree tries them longest first, as the flat
    alternation sorted by length did (also when a later part of the pattern fails and the
    engine backs up into the alternation)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_regex(root)


def _trie_regex(node: dict) -> str:
    """The alternation of the words below ``node`` of :func:`_alt`'s tree: the branches by
    their next letter, then (a greedy ``?``) the word ending here."""
    branches = [re.escape(ch) + _trie_regex(child)
                for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


_SPEECH_VERB_RE = _alt(REPORTING_VERBS)
_ALL_VERB_RE = _alt(ALL_VERBS)
_POST_SPEECH_VERB_RE = _alt(POST_REPORTING_VERBS)
#: what may follow a post-only verb after its subject: the end of the clause, perhaps after an
#: adverb (``"…," Jo remembered.`` / ``Jo confessed sadly,``), or a conjunction or preposition
#: (``Jo barked and left``, ``Jo confessed to reporters``), not an object
_CLAUSE_END_RX = lazy_compile(
    r"\s*(?:[a-z]+ly\s*)?(?:[,.;!?)\x01—–\-]|$|(?:and|but|as|while|when|before|after|then|"
    r"at|to|in|on|from|with|during|over|into|about|later|again)(?![\w’'\-]))")


def post_cue_match(rx: re.Pattern, post: str) -> re.Match | None:
    """``rx.match(post)`` (a post-cue pattern with groups ``np`` and ``verb``), or None when its
    verb is a post-only one (``post_speech_verbs.txt``) that follows its subject and takes an
    object: ``"This Week," Jo questioned the plan`` is narration after a title in quotation
    marks, ``"…," Jo questioned.`` and ``"…," questioned Jo`` report the quoted words. A verb
    of ``post_subject_first_verbs.txt`` (``begin``) is no cue when inverted (``"Good evening"
    began the season``), unless its subject is a document (``"…," begins the message``: the
    text opens with the quoted words; round 57)."""
    m = rx.match(post)
    if m is None or m.group("verb") in REPORTING_VERBS:
        return m
    if m.start("verb") < m.start("np"):  # inverted: '"…," barked Jo', not '"…" began the season'
        first_only = POST_REPORTING_VERBS.get(m.group("verb")) in _SUBJECT_FIRST
        return None if first_only and not _begins_speech(m.group("np")) else m
    end = _CLAUSE_END_RX.match(post, m.end("verb"))
    if end is None or _to_infinitive(post, end):
        return None
    return m


def _begins_speech(np: str) -> bool:
    """Whether the subject ``np`` of an inverted ``begin`` can begin quoted words: a document
    (``"…," begins the message``: the text opens with them) or a person (``"Ladies and
    gentlemen," began the chairman``; a capitalised name without an article, ``began Perpetua
    Vane``), not a title's or a chant's event (``"Good evening" began the season``; review
    22a: round 57's first form refused a person too)."""
    words = _POST_MODIFIER_RX.split(np)[0].split()
    head = (words or [""])[-1].lower()
    if head in DOCUMENT_NOUNS or is_person_noun(head):
        return True
    return bool(words) and words[0] not in _ARTICLES and all(w[:1].isupper() for w in words)


_ARTICLES = frozenset({"The", "A", "An", "the", "a", "an", "This", "That", "Its", "Their"})
#: a preposition opening a post-modifier (``the message from the board``): the head precedes it
_POST_MODIFIER_RX = lazy_compile(r"\s+(?:of|from|for|to|by|at|in|on|with|that|which|who)\s+")
#: post-only verbs that are a cue only after their subject (``"…," she began``; round 57)
_SUBJECT_FIRST = frozenset(load_words("post_subject_first_verbs.txt"))
#: the lower-case word after a clause-ending ``to`` (round 55)
_TO_NEXT_RX = lazy_compile(r"\s+(?P<w>[a-z][\w’'\-]*)")
_LISTENER_OPENERS = frozenset(load_words("listener_openers.txt"))
#: after ``to`` + a listener opener: up to two modifiers and the noun, the last lower-case word
#: before a function word or punctuation (``to the station and``, ``to the train driver``)
_DESTINATION_RX = lazy_compile(
    r"(?:\s+(?!(?:and|or|but|to|with|for|of|at|in|on|as|where|while|before|after|then)"
    r"(?![\w’'\-]))[a-z][\w’'\-]*(?![\w’'\-])){1,3}")
_DESTINATIONS = frozenset(load_words("movement_destinations.txt"))


def _to_infinitive(post: str, end: re.Match) -> bool:
    """Whether the ``to`` that :data:`_CLAUSE_END_RX` took as a preposition opens a
    to-infinitive: a bare lower-case word follows it that is no listener opener
    (``listener_openers.txt``: ``to the court``, ``to him``), no plural in ``-s`` (``to
    reporters``), no ``-ing`` form and no verb of saying (``went on to say``). ``"night
    vision" I began to see …`` is narration after a term, not a post-cue (round 55). A
    listener opener followed (after at most two modifiers) by a place one goes to
    (``movement_destinations.txt``: ``went on to the station``) is movement, narration too
    (round 57)."""
    if not end.group().endswith("to"):
        return False
    nxt = _TO_NEXT_RX.match(post, end.end())
    if nxt is None:
        return False
    w = nxt.group("w")
    if w in _LISTENER_OPENERS:  # "to the court", but "went on to the station": movement
        place = _DESTINATION_RX.match(post, nxt.end())
        return place is not None and place.group().split()[-1] in _DESTINATIONS
    plural = w.endswith("s") and not w.endswith("ss")
    return not (plural or w.endswith("ing") or w in REPORTING_VERBS)

PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "w", "we": "w"}
_TITLE_RECORDS = load_records("titles.csv")
TITLES = [r["title"] for r in _TITLE_RECORDS]
#: the titles lower-cased without their full stop (``gov``, ``mr``): how a word is checked
TITLE_WORDS = frozenset(t.lower().rstrip(".") for t in TITLES)
#: the titles as a set, for the membership tests run on every capitalised run (a list is
#: searched one title after another)
TITLE_SET = frozenset(TITLES)
_TITLE_KEYS = frozenset(t.lower() for t in TITLES)
_MALE_TITLES = {r["title"] for r in _TITLE_RECORDS if r["gender"] == "m"}
_FEMALE_TITLES = {r["title"] for r in _TITLE_RECORDS if r["gender"] == "f"}
#: an age used as a noun (``the 46-year-old``, ``two 19-year-olds``): a person, in any article
AGE_NOUN_RE = r"\d{1,3}-year-olds?"
_AGE_NOUN_FULL = lazy_compile(AGE_NOUN_RE)


#: Head nouns of descriptions of people (``a nurse``, ``one activist``, ``a Momentum insider``).
PERSON_NOUNS = with_plurals(load_words("person_nouns.txt"))  # round 80: and their plurals


def is_person_noun(word: str) -> bool:
    """Whether ``word`` (lower case) heads a description of a person: a listed person noun or
    an age noun (``46-year-old``), which no list can hold (round 11). A function, not a set
    override, so that the many plain ``in PERSON_NOUNS`` tests keep their speed."""
    return word in PERSON_NOUNS or _AGE_NOUN_FULL.fullmatch(word) is not None
#: Role words written as capital acronyms (``Labour MP Jane Carter``, ``a senior MP``).
ROLE_ACRONYMS = frozenset({"MP", "MEP", "MSP", "MLA", "MS", "AM", "CEO", "QC", "KC"})
#: The acronym spellings of listed person nouns, plurals with a lower-case ``s`` (``MP``,
#: ``MPs``): the head of a description as the text writes it (session 13: ``a senior MP``).
ACRONYM_PERSON_NOUNS = frozenset(
    {a for a in ROLE_ACRONYMS if a.lower() in PERSON_NOUNS}
    | {a + "s" for a in ROLE_ACRONYMS if a.lower() + "s" in PERSON_NOUNS})
#: Head nouns of organisations that speak (``the company said``): a group speaker.
ORG_NOUNS = frozenset(load_words("org_nouns.txt"))
#: Nationality words (``Mexican``, ``British``): a description's head (``a senior American``)
#: or a role word before a name (``former Mexican President X``).
DEMONYMS = frozenset(load_words("demonyms.txt"))
#: Head nouns of written sources that speak (``the report said``): a document speaker.
DOCUMENT_NOUNS = frozenset(load_words("document_nouns.txt"))
#: Head nouns of utterances (``the response``, ``one sweeping question``) and voices that
#: speak like a document when no possessive stands before them (round 48).
UTTERANCE_NOUNS = frozenset(load_words("utterance_nouns.txt"))
#: capitalised heads of a person description (``one Democrat``, ``a senior American``):
#: nationality words and the one-word party names that name a member (round 23)
MEMBER_HEADS = frozenset(
    [w.capitalize() for w in load_words("demonyms.txt")]
    + [r["name"] for r in load_records("party_names.csv")
       if r["kind"] == "word" and " " not in r["name"] and r["name"][1:].islower()])
#: forms of be/have/do and modals: they end a person description's modifiers (round 29); a
#: "description" holding one (``the funds were beyond German``) is a clause running on
DESCRIPTION_STOP_WORDS = frozenset(load_words("description_stop_words.txt"))
#: one modifier word of a description, not a closed-class word (round 29)
DESC_MODIFIER = (r"(?!(?:" + "|".join(sorted(DESCRIPTION_STOP_WORDS, key=len, reverse=True))
                 + r")(?![\w’'\-]))[\w’'\-]+")
_DETERMINERS = (
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|"
    r"[Mm]any|[Mm]ost|[Oo]ther|[Oo]ne of (?:the|them|his|her|their|its)|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Oo]ur|[Mm]y)"
)
_CAP = r"(?:(?:[A-Z]\.)+(?!\w)|[A-Z][\w’'\-]*)"
#: surname particles (``data/lexicons/name_particles.txt``, in file order): lower-case words
#: that may stand inside a name (``Bill de Blasio``)
_PARTICLE = rf"(?:{'|'.join(name_particles())})"
_NAME = rf"(?<![\w’']){_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,4}}"
#: a name with an optional title before it (`Sen. Jo Reed`, `Jo Reed`); the titles as a prefix
#: tree (:func:`_alt`, round 21: faster). The same matches as the titles in list order: of two
#: titles one of which begins the other (``Sen``, ``Senator``), only one can be followed by
#: ``\.?\s+`` at one place, as no title continues a shorter one with a full stop or a space
_TITLED_NAME = rf"(?:(?:{_alt(TITLES)})\.?\s+)?{_NAME}"
_PRON = r"(?<![\w’'])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e)(?![\w’'])"
_ADV = r"(?:[a-z]+ly)"
#: words that stand between a subject and its verb (``X then said``, ``she has also told``),
#: each pattern adds what it allows besides (``simply``, ``not``, ``used to`` ...)
_PRE_VERB = rf"{_ADV}|then|also|later|once|again|has|had|have|will|would"
#: the longest apposition (in characters, no comma inside) between a subject and its verb:
#: a role with a relative clause (``X, a county organiser who ran … and now runs …, said``)
#: passes 120 characters in news prose (round 19; was 120)
APP_MAX = 200
# capitalised words that begin sentences or are not names
_NOT_NAME = frozenset(load_words("not_name_words.txt"))
_ORG_WORDS = frozenset(load_words("org_words.txt"))


#: organisation/place words that are not also common surnames (unlike Hall, House, Bank, Church)
_PLACE_WORDS = frozenset(load_words("place_words.txt"))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Given name -> gender (``m``/``f``/``u``) from ``data/lexicons/first_names.txt``: every
    listed name, also those that count only before a surname (see :func:`opens_name`), and
    the pet forms of ``given_name_variants.csv`` that it lacks (:func:`_pet_forms`)."""
    listed = {r["name"]: r["gender"] for r in load_records("first_names.txt")}
    return {**_pet_forms(listed), **listed}


def _pet_forms(listed: dict[str, str]) -> dict[str, str]:
    """Pet forms of ``data/lexicons/given_name_variants.csv`` missing from ``listed``
    (``Nate``, ``Zach``, ``Walt``) -> the gender their formal names share there (``u`` when
    they differ or are unlisted). Why (issue 13, wt-names28): ``Nate X`` must be a person of
    the same gender as ``Nathan X``, so that ``he``/``she`` resolve through the pet form as
    through the formal name. They are not in :func:`_lone_first_names`, so they open a name
    only before a capitalised surname (``use`` = ``first``); surname particles (``Al``,
    ``Di``) are left out, as in ``first_names.txt``."""
    particles = set(name_particles())
    out: dict[str, str] = {}
    for pet, formals in given_name_variants().items():
        name = pet.capitalize()
        if name in listed or pet in particles:
            continue
        genders = {listed.get(f.capitalize(), "u") for f in formals}
        out[name] = genders.pop() if len(genders) == 1 else "u"
    return out


@lru_cache(maxsize=1)
def given_name_use() -> dict[str, str]:
    """Given name -> its ``use`` in ``first_names.txt``: ``any`` (a name standing alone:
    ``Tom, …``) or ``first`` (also an English word or a surname: ``Hope``, ``Grant``); the one
    reader of that column (:func:`_lone_first_names`, ``lone_given_names``)."""
    return {r["name"]: r.get("use", "any") or "any" for r in load_records("first_names.txt")}


@lru_cache(maxsize=1)
def _lone_first_names() -> dict[str, str]:
    """The given names that are a name standing alone (``use`` = ``any``: ``Tom, …``), not the
    ones that are also an English word or a surname (``Grant``, ``Clinton``, ``Virginia``)."""
    use = given_name_use()
    return {r["name"]: r["gender"] for r in load_records("first_names.txt")
            if use[r["name"]] == "any"}


def opens_name(tokens: list[str] | tuple[str, ...], i: int = 0) -> bool:
    """Whether ``tokens[i]`` is a listed given name that opens a person's name here.

    A name of ``use`` = ``any`` always does; one that is also an English word or a surname
    (``use`` = ``first``: ``Grant``, ``Young``, ``Clinton``) only before a capitalised surname
    that is no sentence, organisation or place word (``Grant Shapps``, not ``Grant Thornton
    Group`` or ``Young Labour``). Why (round 18): the census list holds such names, and a bare
    ``Clinton`` or a sentence opener must not become a given name with a gender."""
    w = tokens[i]
    if w in _LONE_NAME_SET:
        return True
    if w not in _FIRST_ONLY_SET or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt[:1].isupper() and nxt not in _NOT_NAME and nxt not in _ORG_WORDS and \
        nxt not in _PLACE_WORDS


#: the two kinds of given names as sets, read once (:func:`opens_name` runs for every
#: capitalised run: a set look-up, not a function call, keeps the quote step's speed)
_LONE_NAME_SET = frozenset(_lone_first_names())
LONE_NAME_SET = _LONE_NAME_SET
_FIRST_ONLY_SET = frozenset(_first_names()) - _LONE_NAME_SET


#: conjunctions that open a subordinate clause: a subject right after one, in a clause that
#: follows the main clause (``X backed Dale while the governor was …``), is not the
#: sentence's centre (round 24; :func:`helpers.instruments.quotes.salience.after_subordinator`)
SUBORDINATORS = frozenset("while although though whereas when as after before since once "
                          "because until unless if".split())
#: endings of adjectives that may stand between a determiner and a name modifying a noun
#: (``a possible Larkin administration``, ``the national Labour campaign``; round 28)
ADJECTIVE_ENDINGS = ("ible", "able", "al", "ive", "ous", "ic", "ful", "less", "ary")
#: prepositions that front a topic person before the main clause (``For Ann Lee, the plan is
#: …``, ``To Republican strategist Bo Kim, Trump was …``): the person whose view it is
TOPIC_PREPOSITIONS = frozenset("For To".split())
#: words that open a clause reported or embedded as an object (``a perception that X is``):
#: a subject right after one is what the sentence is about, not its centre (round 28)
COMPLEMENTIZERS = frozenset("that whether".split())

#: words that cannot stand before a bare plural in its noun phrase (determiners are the rules'
#: descriptions; prepositions and conjunctions end the phrase): the group Sources of the
#: speaker chooser (:mod:`helpers.instruments.quotes.source_mentions`, ranker round 8)
NOT_PLURAL_MODIFIER = frozenset(
    "a an the one another some several two three many most other his her their our my its "
    "this that these those to with of by for from at about on in into against like than as "
    "and or but nor so if when while because said says".split())

#: words that may stand between a Source and its verb (``the report also found``, ``the
#: committee has said``) beside any ``-ly`` adverb: the non-person Sources of the speaker
#: chooser (:mod:`helpers.instruments.quotes.source_mentions`, ranker round 8)
SOURCE_VERB_ADVERBS = frozenset(
    "also has have had then later first previously earlier recently now again".split())

#: region words that are no adjective of a people on their own (``Central``, ``North``): a
#: speaker phrase of proper adjectives must hold another word
#: (:func:`helpers.instruments.quotes.phrases.adjectives_only`, quotes round 25)
COMPASS_WORDS = frozenset(
    "central eastern western northern southern north south east west latin middle".split())

#: generational suffixes of a personal name (``Jr``, ``III``): no surname, so a full name is
#: indexed by the word before them (:class:`helpers.instruments.quotes.state.ArticleState`)
NAME_SUFFIXES = frozenset({"sr", "jr", "ii", "iii", "iv"})

#: words after which a subject opens a main clause (not ``that``/``because``/``if``: those
#: open a subordinate clause, whose subject is seldom the next ``he said``)
MAIN_LEAD_WORDS = frozenset("but and yet so then when while as although after before since "
                            "once now still".split())
#: auxiliaries that open a question before its subject (``Was X satisfied …?``): the subject
#: after one opens the main clause (round 31; the list is language data since round 32)
QUESTION_AUXILIARIES = frozenset(load_words("question_auxiliaries.txt"))
#: auxiliaries and modals (``data/lexicons/auxiliaries.txt``): a clause's verb after a subject,
#: never a noun; one list for the mention reader and the noun-modifier test (round 51)
AUXILIARIES = frozenset(load_words("auxiliaries.txt"))
#: title abbreviations whose full stop ends no sentence (``Mr.``, ``Gov.``)
TITLE_ABBR_WORDS = frozenset("mr mrs ms dr sen rep gov gen st jr sr lt col capt prof rev".split())

#: elliptic descriptions (``another``, ``a third``) completed with the head of the last
#: description (``another man``): :mod:`helpers.instruments.quotes.descriptions`
ELLIPTIC_DESCRIPTIONS = frozenset({"another", "one", "others", "a third", "a fourth", "a fifth",
                                   "a second", "the other", "the third", "the fourth", "a sixth"})

#: head nouns of an office or function: ``the prime minister`` after a named subject in the
#: same paragraph is that person (elegant variation), unlike ``the man`` or ``the nurse``
ROLE_HEADS = frozenset(
    """minister president chancellor premier governor mayor senator ambassador leader chairman
    chairwoman chair secretary chief director founder commissioner envoy mp congressman
    congresswoman councillor spokesman spokeswoman spokesperson executive treasurer
    candidate""".split())

#: last words of company names (``the company`` / ``the firm`` refers back to one of these)
CORPORATE_WORDS = frozenset(
    "Company Services Ltd Limited Plc PLC Inc Group Holdings Corporation Corp Industries "
    "Airways Airlines Motors Energy Water Systems Technologies Partners".split())

#: cue lemmas that carry on someone's speech (``He added``, ``she continued``)
WENT_ON_LEMMAS = frozenset({"add", "continue", "conclude"})

#: prepositions whose name after them is no clause subject (``On Iran, the …``), in the order
#: the regex of :mod:`helpers.instruments.quotes.pronouns` tries them (either case of the first
#: letter)
PREPOSITIONS_BEFORE_NAME = (
    "on", "in", "at", "for", "with", "about", "from", "of", "to", "by", "against", "over")

#: lower-case words after a name that show it subjects no clause of its own (prepositions,
#: conjunctions, ``as``): a name after a cue noun followed by one of these is the noun's object
#: or complement (``her message of thrift, Liberals as "…"``), not the speaker
#: (:func:`helpers.instruments.quotes.sentcues._opens_clause_after_noun`, quotes round 26)
NOT_CLAUSE_VERB_WORDS = frozenset(
    "as in of on at to for from with by about and or but than into over after before during "
    "like".split())

#: person nouns whose plural does not end in -s, plural -> singular (general English)
IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child"}
