"""Word lists and the regular-expression fragments built from them: reporting verbs (with
their inflections), titles, person and organisation nouns, words that are not names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from helpers.core.lexicons import load_records

#: Verbs that introduce direct speech in either order (``"…," X says`` / ``X says: "…"``).
SPEECH_VERB_LEMMAS = (
    "say tell add admit concede insist claim deny write ask cry recall explain warn argue note "
    "reply complain joke declare fret suggest continue observe remark mutter shout scream "
    "whisper announce acknowledge agree boast confirm muse quip snap state tweet conclude "
    "predict recount reflect respond retort sigh laugh urge interrupt proclaim assure promise "
    "vow threaten repeat answer wonder demand plead protest propose report reveal chant yell "
    "caution emphasise emphasize stress testify counter concur exclaim grumble insist "
    "lament murmur object recount scoff sneer tease thunder venture whine beam smile "
    "chide groan gush mock nod rage rant reason recollect scold shrug stammer volunteer "
    "acknowledge allege assert contend maintain affirm predict speculate opine pronounce "
    "disagree"
).split()
#: Verbs that attribute quoted words only from inside a clause (``calls it "…"``,
#: ``describes X as "…"``, ``talks of a "…"``): never used for ``"…," X verb``.
FRAMING_VERB_LEMMAS = (
    "call describe dub label brand term talk speak mention cite refer characterise "
    "characterize dismiss denounce condemn decry deride"
).split()
_IRREGULAR = {
    "say": ["said"],
    "tell": ["told"],
    "write": ["wrote", "written"],
    "speak": ["spoke", "spoken"],
    "begin": ["began", "begun"],
    "sing": ["sang", "sung"],
    "swear": ["swore", "sworn"],
    "plead": ["pled"],
}
_DOUBLE_FINAL = {"admit", "fret", "quip", "snap", "regret", "commit", "chat", "nod", "shrug",
                 "scold", "stammer", "begin", "plan"}
_DOUBLE_FINAL -= {"scold", "stammer"}


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
    out: dict[str, str] = {}
    for lemma in lemmas:
        for form in _inflections(lemma):
            out.setdefault(form, lemma)
    return out


#: inflected form -> lemma, for all speech verbs.
REPORTING_VERBS: dict[str, str] = _build_lexicon(SPEECH_VERB_LEMMAS)
FRAMING_VERBS: dict[str, str] = _build_lexicon(FRAMING_VERB_LEMMAS)
ALL_VERBS: dict[str, str] = {**FRAMING_VERBS, **REPORTING_VERBS}
#: Nouns that attribute quoted words (``in a statement``, ``a leaked memo``).
CUE_NOUNS = frozenset(
    "statement memo letter tweet email e-mail post speech recording interview message note "
    "press release blog column report broadcast".split()
)


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_SPEECH_VERB_RE = _alt(REPORTING_VERBS)
_ALL_VERB_RE = _alt(ALL_VERBS)

PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "w", "we": "w"}
TITLES = (
    "Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Baron Professor Prof President Senator "
    "Sen Rep Representative Gov Governor General Gen Colonel Col Captain Capt Major Sergeant "
    "Sgt Judge Justice Rev Reverend Father Rabbi Imam Minister Chancellor Mayor Ambassador "
    "Secretary King Queen Prince Princess Pope Cardinal Bishop Archbishop Commissioner "
    "Chief Inspector Detective Officer Councillor Cllr Speaker Premier Sheikh"
).split()
_TITLE_KEYS = frozenset(t.lower() for t in TITLES)
_MALE_TITLES = {"Mr", "Sir", "Lord", "Baron", "King", "Prince", "Father", "Pope"}
_FEMALE_TITLES = {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness", "Queen", "Princess"}
#: Head nouns of descriptions of people (``a nurse``, ``one activist``, ``a Momentum insider``).
PERSON_NOUNS = frozenset(
    """man woman men women girl boy person people activist nurse member members official
    officials spokesman spokeswoman spokesperson source sources minister mp mps supporter
    supporters volunteer volunteers worker workers student students teacher doctor resident
    residents voter voters organiser organizer insider insiders aide aides adviser advisor
    diplomat diplomats officer officers councillor delegate delegates chair chairman
    chairwoman proprietor campaigner campaigners protester protesters friend colleague
    colleagues analyst analysts expert experts executive executives employee employees
    lawyer lawyers lawmaker lawmakers senator senators politician politicians journalist
    reporter leader leaders founder director manager owner customer customers passenger
    passengers fan fans critic critics ally allies rival rivals official
    mother father son daughter wife husband sister brother parent parents child children
    neighbour neighbor veteran soldier soldiers miner miners farmer farmers nurse surgeon
    pensioner pensioners candidate candidates delegate speaker speakers chief secretary
    adviser one another third fourth fifth other others someone somebody anyone everyone
    youth mum dad grandmother grandfather priest vicar bishop officer constable detective
    landlord tenant tenants shopkeeper trader traders banker bankers economist economists
    scientist scientists researcher researchers professor historian author writer
    commentator commentators observer observers witness witnesses survivor survivors
    victim victims patient patients organizer trustee trustees steward stewards
    regular regulars insider ambassador envoy president chancellor premier governor mayor
    backbencher backbenchers frontbencher frontbenchers whip whips peer peers councillors
    judge judges magistrate prosecutor prosecutors shareholder shareholders investor investors
    consultant consultants engineer engineers lecturer pupil pupils parishioner
    american americans briton britons european europeans russian russians german germans
    canadian canadians australian australians israeli israelis iranian iranians iraqi iraqis
    ukrainian ukrainians palestinian palestinians mexican mexicans indian indians
    commander general inspector spokesperson representative campaigner boss chief head
    correspondent editor columnist activists organisers sponsor lawmaker chairwoman
    figure figures clerk clerks""".split()
)
#: Head nouns of organisations that speak (``the company said``): a group speaker.
ORG_NOUNS = frozenset(
    """company firm council government ministry department police party union committee
    campaign group agency authority board commission charity club league team organisation
    organization foundation institute trust hospital school university court army office bank
    administration embassy prosecutors regulator watchdog network broadcaster newspaper
    movement coalition alliance federation association bureau service""".split()
)
_DETERMINERS = (
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|"
    r"[Mm]any|[Mm]ost|[Oo]ther|[Oo]ne of (?:the|them|his|her|their|its)|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Oo]ur|[Mm]y)"
)
_CAP = r"(?:[A-Z]\.(?!\w)|[A-Z][\w’'\-]*)"
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|le|la|bin|al|el|dos|del)"
_NAME = rf"(?<![\w’']){_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,4}}"
_PRON = r"(?<![\w’'])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e)(?![\w’'])"
_ADV = r"(?:[a-z]+ly)"
# capitalised words that begin sentences or are not names
_NOT_NAME = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our My Your
    But And Or So Yet Then Now When While If As At In On Of For To From By With Without After
    Before Since Until Because Although Though Even Just Only Also Still Perhaps Indeed Instead
    What Who Why How Where Which There Here Is Was Are Were Be Been Do Does Did Has Have Had
    Will Would Can Could Should Must May Might Shall No Not Yes Well Oh Meanwhile However
    Moreover Certainly Eventually Given Few Many Most Some Each Every All Both Either Neither
    One Two Three Four Five Six Seven Eight Nine Ten Last Next First Second Third Later Earlier
    Today Tomorrow Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Like Unlike
    Upstairs Downstairs Outside Inside Such Nothing Everything Something Anything Nobody
    Everyone Someone Anyone Whatever Whoever Despite Among Between During Against Through
    Over Under About Above Below Into Onto Upon Within Across Around Along Beyond Near Once
    Twice Again Never Always Often Sometimes Usually Soon Already Almost Rather Quite Very
    Too Much More Less Least Mostly Mainly Chiefly Largely Partly Surely Clearly Obviously
    Correction Update Updated Photo Picture Image Research Show Hide Read""".split()
)
_ORG_WORDS = frozenset(
    """Party Committee Council House Station Union Office Department Ministry Bank University
    College School Church Group Centre Center Movement Street Road Square Hall Court Agency
    Association Federation Institute Trust Foundation Corporation Company Ltd Inc Plc News
    Times Post Guardian Observer Telegraph Mail Herald Journal Review Magazine Press Service
    Services Army Navy Force Forces Police Government Parliament Assembly Senate Congress
    Commission Board Authority Club League Alliance Front Network Campaign Project Fund
    Programme Program Conference Summit War Wars Treaty Act Bill Agreement Accord Airport
    Hospital Prison Museum Gallery Theatre Library Lives Matter Kingdom States Republic Union
    Europe Africa America Asia East West North South Northern Southern Eastern Western Island
    Islands River Valley City County State Province Region District Abbey Downing White""".split()
)


#: organisation/place words that are not also common surnames (unlike Hall, House, Bank, Church)
_PLACE_WORDS = frozenset(
    """Station Street Road Square Avenue Airport Hospital University College School Centre
    Center Party Committee Council Department Ministry Office Agency Foundation Institute
    Corporation Company Group Union Association Federation Commission Parliament Government
    Museum Gallery Theatre Library Prison Kingdom States Republic""".split()
)


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Given name -> gender (``m``/``f``/``u``) from ``data/lexicons/first_names.txt``."""
    return {r["name"]: r["gender"] for r in load_records("first_names.txt")}
