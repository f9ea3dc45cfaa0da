"""The sentence cue: a reporting verb, a parenthetical ``he says``, ``in the words of`` or a
cue noun anywhere earlier in the sentence of a quotation, or a named speaker late in it,
and the subject of the clause that verb belongs to (relative clauses, parentheticals,
time adjuncts, participles, absolute constructions). Split from ``cues.py`` in round 19
so that each file keeps one job and under 800 lines."""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.according import relay_before_subject, swallowed_relay
from helpers.instruments.quotes.catenative_cues import catenative_stem
from helpers.instruments.quotes.chant_cues import chant_cue
from helpers.instruments.quotes.clauses import (
    DATELINE,
    intro_participle,
    possessed_noun,
)
from helpers.instruments.quotes.coordinated_predicates import (
    conjunction_before_verb,
    coordinated_verb,
)
from helpers.instruments.quotes.cue_subjects import aside_ends, issuer_verb_start
from helpers.instruments.quotes.elliptic_one import one_of_them_before
from helpers.instruments.quotes.governing import (
    coordinated_clause_start,
    opens_relative_clause,
    possessed_saying_noun,
    relative_clause_and,
    report_clause_before,
    with_absolute_chain,
)
from helpers.instruments.quotes.later_clauses import later_clause_subject
from helpers.instruments.quotes.lexicon import (
    _ADV,
    _DETERMINERS,
    _NAME,
    _NOT_NAME,
    _PRE_VERB,
    _PRON,
    _SPEECH_VERB_RE,
    _TITLED_NAME,
    ALL_VERBS,
    APP_MAX,
    DOCUMENT_NOUNS,
    FRAMING_VERBS,
    NOT_CLAUSE_VERB_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS_BEFORE_NAME,
    REPORTING_VERBS,
    SUBORDINATORS,
)
from helpers.instruments.quotes.mentions import (
    _DESC,
    _PERSON_NOUN_RE,
    _PREP_GUARD_RE,
    _SPEAKER_NOUN_RE,
    desc_head,
)
from helpers.instruments.quotes.naming_participles import is_naming_verb, named_subject
from helpers.instruments.quotes.openings import CONJUNCTION_OPENER
from helpers.instruments.quotes.phrases import (
    _THE_PROPER_RX,
    _np_is_verbish,
    _valid_np,
    inverted_opening,
    np_kind,
    proper_modifies_next,
)
from helpers.instruments.quotes.possessed_words import possessed_words
from helpers.instruments.quotes.pronoun_saying_nouns import pronoun_saying_noun, subject_form
from helpers.instruments.quotes.quoterow import (
    _DOC_DESC,
    _LOWER_WORD_RE,
    _NP_RE,
    _PAREN,
    _POSS_DOC_DESC,
    QuoteRow,
    _clause_start,
    _is_sentence_like,
    _quoted_sentence_start,
    _set_np,
    _verbs_in,
)
from helpers.instruments.quotes.what_one_calls import what_one_before

_NP_BEFORE_RE = lazy_compile(
    rf"(?P<np>{_TITLED_NAME}(?:\s+and\s+{_NAME})?|{_PRON}|{_DOC_DESC}|{_DESC}"
    rf"(?:\s+(?:for|of|at|from|on)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*|[a-z]+[’']s\s+[a-z]+)"
    rf"(?:\s+[A-Za-z][\w’'\-]*){{0,3}}?)?){_PAREN}"
    rf"(?P<app>,[^,\x01;:!?]{{1,{APP_MAX}}},)?,?\s+(?:(?:{_PRE_VERB}|simply|only|did|does|do|not|"
    rf"never|always|often)\s+)*$"
)
#: a subject relative clause right before the verb (``Sanders, who says it is "…"``, ``the
#: senator, who has called it "…"``, ``X - who said``, round 35): the person before ``who`` is
#: the subject
_REL_SUBJ_BEFORE_RX = lazy_compile(
    rf"(?P<np>{_TITLED_NAME}|{_DESC})(?:\s*,?\s+|\s+-\s+|\s*[–—]\s*)who(?:\s*,[^,\x01;:]{{1,{APP_MAX}}},)?\s+"
    rf"(?:(?:{_PRE_VERB}|did|does|do|not|never|always|often)\s+)*$")
#: ``who`` and an aside between commas right before the verb (``X, who, after a feud with Y
#: over Z, said``): the relative pronoun's antecedent is the subject, not the aside's last name
_WHO_ASIDE_END_RX = lazy_compile(rf"(?<![\w’'])who\s*,[^,\x01;:]{{1,{APP_MAX}}},\s+$")
#: a time adjunct between a subject and its verb ("X on Monday promised", "X last week
#: said"): news style puts it there; it is skipped when the subject is looked for
_TIME_ADJUNCT_RX = lazy_compile(
    r"\s+(?:(?:on|last|this|late|early|earlier)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|yesterday|today|tonight|week|month|year)"
    r"(?:\s+(?:night|morning|evening|afternoon))?\s+$")
#: "…, officials cited": a bare plural role noun opening the clause right before the verb; at
#: the sentence start its modifier is capitalised ("Corporate lobbyists describe it as", round 21)
_BARE_ROLE_BEFORE_RX = lazy_compile(
    rf"(?:^(?:(?:But|And|So|Yet|Then|Now|Still)\s+)?|[,;]\s+)(?P<np>(?:(?:^"
    rf"(?!(?:But|And|So|Yet|Then|Now|Still|Also|Or|Nor)\s)[A-Z][a-z\-]+|[a-z][\w\-]*)\s+"
    rf"(?:[a-z][\w\-]*\s+)?)?{_PERSON_NOUN_RE})\s+(?:(?:has|have|had)\s+)?$")
#: "One MP who backs him said": a description with a short relative clause as subject
_REL_DESC_BEFORE_RX = lazy_compile(
    rf"(?P<np>{_DETERMINERS}(?:\s+[\w’'\-]+){{0,2}}?\s+(?:{_SPEAKER_NOUN_RE}|MPs?)"
    rf"\s+who\s+[a-z]+(?:\s+[a-z]+){{0,4}})\s+(?:(?:{_ADV}|also|then|later)\s+)?$")
#: a clause subject (after an optional introductory phrase, with an optional bracket such as
#: a party label) followed by a parenthetical that opens with a relative pronoun, a
#: preposition or a participle and ends with a comma right before the verb
_SUBJ_PARENTHETICAL_RX = lazy_compile(
    rf"^\W*(?:[^,\x01;]{{0,80}},\s*)??{CONJUNCTION_OPENER}"
    rf"(?P<np>{_TITLED_NAME}|"
    rf"{_DESC}|{_DOC_DESC})"
    rf"(?:\s*\([^()\x01]{{1,30}}\))?\s*,\s*(?:\d{{1,3}},\s*)?(?:who|whose|which|during|in|at|on|after|before|while|"
    rf"speaking|writing|like|unlike|as|with|for|from|of|once|now|then|still|[a-z]+ing)\b"
    rf"[^\x01;!?]{{0,200}},\s*(?:(?:{_PRE_VERB})\s+)*$")
#: a person description right before ``for|of|at|from`` + the NP that was found
_DESC_PP_LEFT_RX = lazy_compile(
    rf"(?P<np>{_DETERMINERS}(?:\s+[\w’'\-]+){{0,2}}?\s+(?P<head>{_PERSON_NOUN_RE}))"
    rf"\s+(?:for|of|at|from|close\s+to)\s+$")
_WHOLE_NP_RX = lazy_compile(r"(?P<np>.+)", re.S)
#: a second verb coordinated by ``, then`` (``…, then said``, ``…, and then said``)
_THEN_END_RX = lazy_compile(r",\s+(?:and\s+)?then\s+$")
#: a lower-case word (the first clause's verb) right before a noun phrase: its object
_OBJECT_LEAD_RX = lazy_compile(r"(?<![\w’'\-])[a-z]+\s+$")
#: "One MP from a northern seat, who asked not to be named, said": a person description
#: whose post-modifier's object is a lower-case noun phrase (no person), then an optional
#: aside, right before the verb (round 63; ``_NP_BEFORE_RE`` takes a capitalised object only).
#: Review 24a: no word of the object is a coordinating conjunction (``The minister thanked a
#: nurse at the hospital and said``: the nurse is the object of the clause before, not the
#: subject of ``said``)
_OBJECT_STOP = "|".join(sorted(load_words("coordinating_conjunctions.txt"), key=len,
                               reverse=True))
#: an aside that is a name apposed to the noun phrase before it (``, Tom Reed,``)
_NAME_APPOSED_RX = lazy_compile(r",\s*[A-Z]")
_DESC_PP_BEFORE_RX = lazy_compile(
    rf"(?P<np>{_DETERMINERS}(?:\s+[\w’'\-]+){{0,2}}?\s+(?P<head>{_PERSON_NOUN_RE})"
    rf"\s+(?:for|of|at|from|in|close\s+to)\s+(?:the|a|an|his|her|their|its)"
    rf"(?:\s+(?!(?:{_OBJECT_STOP})(?![\w’'\-]))[a-z][\w’'\-]*){{1,3}})"
    rf"(?P<app>,[^,\x01;:!?]{{1,{APP_MAX}}},)?\s+(?:(?:{_PRE_VERB})\s+)*$")
_SUBJ_RX = lazy_compile(rf"^\W*{DATELINE}{CONJUNCTION_OPENER}{_NP_RE}")
#: a written source whose determiner is a possessive name opening the clause as its subject
#: (``Hale's letter makes``)
_DOC_SUBJ_RX = lazy_compile(
    rf"^\W*{DATELINE}{CONJUNCTION_OPENER}"
    rf"(?P<np>{_POSS_DOC_DESC})\s+[a-z]")
#: a written source opening the clause right before its verb, perhaps with a short prepositional
#: phrase (``Hale's campaign email to his donors notes that``, ``Hale's plan promises to``): the
#: document is the subject, not its possessor nor the noun phrase of its complement (round 41)
_DOC_PP_SUBJ_RX = lazy_compile(
    rf"^\W*{DATELINE}{CONJUNCTION_OPENER}"
    rf"(?P<np>{_POSS_DOC_DESC})\s+"
    rf"(?:(?:to|for|from|on|about|with)\s+[^,\x01;:!?]{{1,40}}?\s+)?(?:(?:{_PRE_VERB})\s+)*$")
_SUBJ_VERB_RX = lazy_compile(
    rf"^\W*{DATELINE}{CONJUNCTION_OPENER}{_NP_RE}\s+[a-z]")
_LATE_POST_DOC_RX = lazy_compile(
    rf"^[^\x01.;!?]{{0,60}}?,\s*(?P<np>{_DETERMINERS}(?:\s+[a-z][\w\-]*){{1,3}})\s+"
    rf"(?:{_ADV}\s+)?(?P<verb>{_SPEECH_VERB_RE})\b")
_LATE_POST_RX = lazy_compile(
    rf"^[^\x01.;!?]{{0,60}}?,\s*{_NP_RE}\s+(?P<verb>{_SPEECH_VERB_RE})\b")
#: ``"…" for the victory, Sanders said.`` / ``"…" like the markets, said Jo Reed, an
#: economist.``: a named or described speaker closing the sentence after a stretch of
#: narration (round 14); the speech verb ends the sentence bar a short adjunct
#: a role before a name (``Republican candidate Ben Carson``, ``GOP front-runner Jo Hale``)
_ROLE_NAME = rf"(?:[A-Za-z][\w\-]*\s+){{0,2}}?{_PERSON_NOUN_RE}\s+{_TITLED_NAME}"
_LATE_POST_NAMED_RX = lazy_compile(
    rf"^[^\x01.;:!?]{{0,100}}?,\s*(?:(?P<np>{_ROLE_NAME}|{_TITLED_NAME}|{_DESC})"
    rf"\s+(?:{_ADV}\s+)?(?P<verb>{_SPEECH_VERB_RE})\b"
    rf"(?=[^\x01.;:!?]{{0,40}}(?:[.!?]|$|,\s+[a-z]+ing\b))|"  # ", noting …": its participle
    rf"(?![a-z]+ing\b)(?P<verb2>{_SPEECH_VERB_RE})\s+(?P<np2>{_TITLED_NAME}|{_DESC})"
    rf"(?=\s*(?:[,.!?]|$)))")
_WORDS_OF_RE = lazy_compile(
    rf"[Ii]n the (?P<noun>words?) of\s+(?P<np>its\s+(?:[a-z\-]+\s+){{0,2}}{_PERSON_NOUN_RE}|"
    rf"{_DESC}|{_TITLED_NAME})(?P<app>,\s*{_NAME},)?")
_PAREN_CUE_RE = lazy_compile(
    rf",\s*(?P<np>{_TITLED_NAME}|{_PRON})\s+(?P<verb>{_SPEECH_VERB_RE}),")
#: the same parenthetical inverted (``But, said Hale, "…"``, ``The point, says Ann Lee, a
#: historian, is that …``): the verb before the name (round 45)
_PAREN_INV_CUE_RE = lazy_compile(
    rf",\s*(?P<verb>{_SPEECH_VERB_RE})\s+(?P<np>{_TITLED_NAME}),")


def _inverted_says(m: re.Match) -> bool:
    """Whether an inverted parenthetical's verb names its subject (``, said Hale,``): a finite
    verb that is no ``tell`` (``, telling Reuters,`` / ``, told the Ledger,``: the name is
    the one addressed)."""
    verb = m.group("verb").lower()
    return not verb.endswith("ing") and REPORTING_VERBS.get(verb, "") not in ("", "tell")


_PASSIVE_AUX_RE = lazy_compile(
    r"(?:\b(?:am|is|are|was|were|be|been|being|I’m|I'm|we’re|we're)\s+(?:\w+ly\s+)?)$")
#: A noun that attributes quoted words to the clause's subject (``By his own admission``).
_CUE_NOUN_RE = lazy_compile(
    r"(?<![\w’'])(?P<noun>admission|appeal|claim|denial|statement|memo|memorandum|letter|"
    r"tweet|e-?mail|remark|comment|warning|plea|boast|confession|verdict|message|speech|"
    r"column|blog|post|interview|testimony)(?:s)?(?![\w’'])"
)
_BY_AGENT_RE = lazy_compile(rf"^\s+by\s+(?P<np>{_TITLED_NAME}|{_DESC})")


def _possessor_cue(pre: str) -> re.Match | None:
    """The possessor (or chanters) whose words the quotation after ``pre`` is, read by the
    rules of rounds 37, 64, 68 and 71 (``Reed's response was: "…"``: Reed), or None."""
    return (possessed_saying_noun(pre) or pronoun_saying_noun(pre) or chant_cue(pre)
            or possessed_words(pre))


def _sentence_cue(row: QuoteRow, narr: str, lo: int, inner: str, post: str, after_pos: int,
                  ends_sentence: bool, text: str = "") -> None:
    """A cue anywhere earlier in the sentence: a parenthetical ``he says``, a reporting verb, ``in
    the words of``, a cue noun; or a pronoun cue later in the same sentence. ``text``: the
    source text ``narr`` masks (a sentence may end inside an earlier quotation's marks)."""
    sp = row.span
    # a reporting verb anywhere earlier in the sentence (across earlier quotations in it, but
    # not past one that ends its sentence with a full stop inside its marks, round 32)
    cs = _clause_start(narr, sp.open_pos - lo, 0)
    if text:
        cs = max(cs, _quoted_sentence_start(text, narr, lo, sp.open_pos - lo))
    pre = narr[cs:sp.open_pos - lo]
    paren = sorted([*_PAREN_CUE_RE.finditer(pre),
                    *(x for x in _PAREN_INV_CUE_RE.finditer(pre) if _inverted_says(x))],
                   key=lambda x: x.end())
    if paren:  # "The last government, he says, did …": the parenthetical attributes the sentence
        pm = paren[-1]
        base = lo + cs
        _set_np(row, pm, base)
        row.cue = REPORTING_VERBS.get(pm.group("verb").lower(), "")
        row.cue_start, row.cue_end = base + pm.start("verb"), base + pm.end("verb")
        row.attribution = "sentence-cue"
        return
    # "X called Y's assertion of a "…"": Y (round 37); "her comment that "…"": her (round 64)
    # "the crowd took up the chant "…"": the chanters (round 68)
    poss = _possessor_cue(pre)
    if poss is not None:
        base = lo + cs
        _set_np(row, poss, base)
        row.np = subject_form(row.np)  # "her comment that": she, resolved as a pronoun
        row.cue = poss.group("noun").lower().removesuffix("s")
        row.cue_start, row.cue_end = base + poss.start("noun"), base + poss.end("noun")
        row.attribution = "sentence-cue"
        return
    words_of = _WORDS_OF_RE.search(pre) if "of" in pre and "the word" in pre else None
    verbs = [v for v in _verbs_in(pre) if not is_naming_verb(pre, v.start("verb"))]
    if words_of and _valid_np(words_of.group("np")) and not any(
            vm.start() > words_of.end() and vm.group("verb").lower() in REPORTING_VERBS
            for vm in verbs):
        verbs = []  # "…" said X. In the words of Y, it was "…": the nearer attribution wins
    if _verb_cue(row, pre, lo + cs, inner, verbs):
        if row.attribution == "sentence-cue" and row.np and row.np_start > lo + cs:
            relay_opener(row, pre, lo + cs)
        later_clause_subject(row, pre, lo + cs)  # `a clip that X called "…," Lee expressed "…"`
        return
    # "In the words of its chief, Jo Bates, the cuts are "…"": earlier in the sentence
    if words_of and _valid_np(words_of.group("np")):
        base = lo + cs
        _set_np(row, words_of, base)
        row.cue = "word"
        row.cue_start, row.cue_end = base + words_of.start("noun"), base + words_of.end("noun")
        row.attribution = "sentence-cue"
        return
    # cue after the quote in the same sentence: "… "…", he says, …" beyond the first words
    # (before a cue noun: "X's comments further "…" fostered by Y, the groups say." — a
    # report clause closing the sentence attributes all of it, round 21)
    if sp.close_pos >= 0 and not ends_sentence:
        m2 = _LATE_POST_RX.match(post)
        if not (m2 and np_kind(m2.group("np")) == "pronoun"):
            # "… "…" of the case, the unsigned opinion said": a written source late in the
            # sentence
            m2 = _LATE_POST_DOC_RX.match(post)
            if m2 and desc_head(m2.group("np")) not in DOCUMENT_NOUNS:
                m2 = None
        if m2 is None:
            _late_named_post(row, post, after_pos)
        if m2:
            base = after_pos
            row.np = m2.group("np")
            row.np_start, row.np_end = base + m2.start("np"), base + m2.end("np")
            row.cue = REPORTING_VERBS.get(m2.group("verb").lower(), "")
            row.cue_start, row.cue_end = base + m2.start("verb"), base + m2.end("verb")
            row.attribution = "sentence-cue"
            return
    if row.attribution == "sentence-cue":
        return
    # a cue noun earlier in the sentence: "By his own admission, Manning, "…""
    nouns = list(_CUE_NOUN_RE.finditer(pre))
    nm = nouns[-1] if nouns else None
    if nm is not None:
        base = lo + cs
        # the subject of the clause holding the cue noun, appositions allowed ("X, R-Ky.,
        # sent a short message to Y:"), before any name after the noun (its object)
        subj = _SUBJ_VERB_RX.match(pre)
        doc = _DOC_SUBJ_RX.match(pre)
        if doc and doc.end("np") == nm.end():
            # "Hale's letter makes a case: "…"": the cue noun heads the subject; the letter
            # speaks, not its possessor (round 41)
            subj = doc
        elif subj is None or intro_participle(pre, subj.start("np")):
            subj = main_clause_subject(pre[:nm.start()]) or subj
            if subj is not None and intro_participle(pre, subj.start("np")):
                # "Smiling throughout her speech, X drew cheers …": the cue noun sits in the
                # opener, whose participle is no subject; the main clause's is (round 34)
                subj = main_clause_subject(pre) or subj
        if subj is not None and inverted_opening(subj.group("np"), pre[subj.end("np"):]):
            subj = None  # "Came the verdict of …: "…"": the verb opens the clause (round 49)
        cands = [x for x in re.finditer(_NP_RE, pre[nm.end():])
                 if _valid_np(x.group("np")) and not _np_is_verbish(x.group("np")) and not (
                     _THE_PROPER_RX.match(x.group("np"))  # "a column in The Beacon": a place
                     and _PREP_GUARD_RE.search(pre[:nm.end() + x.start("np")]))
                 and _opens_clause_after_noun(pre, nm.end() + x.start("np"),
                                              nm.end() + x.end("np"))]
        rel = [x for x in cands if opens_relative_clause(pre, nm.end() + x.start("np"))]
        if rel:  # "an interview, in which X expressed …": the relative clause's subject
            subj, cands = None, rel[-1:]
        if subj and _valid_np(subj.group("np")) and not _np_is_verbish(subj.group("np")):
            row.np = subj.group("np")
            row.np_start, row.np_end = base + subj.start("np"), base + subj.end("np")
        elif cands:
            x = cands[-1]
            row.np = x.group("np")
            row.np_start = base + nm.end() + x.start("np")
            row.np_end = base + nm.end() + x.end("np")
        else:
            return
        row.cue = nm.group("noun").lower()
        row.cue_start, row.cue_end = base + nm.start(), base + nm.end()
        row.attribution = "sentence-cue"
        return


def relay_opener(row: QuoteRow, pre: str, base: int) -> None:
    """``According to Y, X said "…"``: Y relays X's words and becomes the speaker, the cue
    ``according to`` (:func:`.according.relay_before_subject`, round 36); ``pre`` is the
    clause up to the quotation, from ``base``, and the row's speaker phrase lies in it. One
    reader for the sentence cue and the pre-cue (round 37); a subject phrase that also took
    the relay (``the report, the harbour board``) is cut to the subject first."""
    if row.np_start is None or row.np_start <= base:
        return
    k = row.np_start - base
    cut = swallowed_relay(pre[:k], row.np)
    if cut:
        row.np, row.np_start, k = row.np[cut:], row.np_start + cut, k + cut
    apply_relay(row, relay_before_subject(pre[:k]), base)


def apply_relay(row: QuoteRow, relay: tuple[str, int, int, int] | None, base: int) -> bool:
    """Make a relay found by :mod:`.according` (noun phrase, its start, the cue's start and
    end, relative to ``base``) the row's speaker phrase and ``according to`` its cue; False
    (the row untouched) when there is none."""
    if relay is None:
        return False
    np_text, np_at, cue_at, cue_end = relay
    row.np, row.np_start = np_text, base + np_at
    row.np_end = row.np_start + len(np_text)
    row.cue, row.cue_start, row.cue_end = "according to", base + cue_at, base + cue_end
    return True


#: the word after a name that follows a cue noun when the name subjects a clause of its own
#: (``Even before the pope's remarks, Mr. Lowe had criticized``, ``which a police report
#: said``): a lower-case verb, not a preposition, conjunction or ``as``
_CLAUSE_VERB_NEXT_RX = lazy_compile(r"\s+(?:[a-z]+ly\s+)?(?P<w>[a-z][\w’'\-]*)")
_THAT_END_RX = lazy_compile(r"(?<![\w’'])that\s+$")
#: a name closing the text before the quotation with a comma: the quotation opens an aside
#: between the subject and its verb
_ASIDE_QUOTE_NEXT_RX = lazy_compile(r"\s*,\s*")


def _opens_clause_after_noun(pre: str, start: int, end: int) -> bool:
    """Whether the name at ``pre[start:end]``, found after a cue noun with no usable subject
    before it, subjects a clause of its own (a verb follows it) outside a reported ``that``
    clause: the one name after the noun a reader takes for the speaker.

    Why (issue 13, round 26): the last name after the noun was taken whatever its role, so
    the object or complement of the noun spoke (``her message of thrift, Liberals as "…"``,
    ``the message to the weekly Het Blad: "…"``, ``claims that Rivertown is "…"``)."""
    if _THAT_END_RX.search(pre, 0, start):
        return False
    if _ASIDE_QUOTE_NEXT_RX.fullmatch(pre, end):
        return True  # "By his own admission, Manning, "…", was": the quotation is an aside
    nxt = _CLAUSE_VERB_NEXT_RX.match(pre, end)
    return nxt is not None and nxt.group("w") not in NOT_CLAUSE_VERB_WORDS


def _late_named_post(row: QuoteRow, post: str, after_pos: int) -> None:
    """``"…" for the victory, Sanders said.``: a name or a described person (``said the
    designer``) that closes the sentence after narration attributes the quotation (round 14).

    Why: the pronoun-only late cue left these quotations cue-less, and the context rule then
    gave them to the person named before them."""
    m = _LATE_POST_NAMED_RX.match(post) if any(
        v.group(0) in REPORTING_VERBS for v in _LOWER_WORD_RE.finditer(post, 0, 260)) else None
    if m is None:
        return
    g = "np" if m.group("np") else "np2"
    np_text = m.group(g)
    if not _valid_np(np_text) or _np_is_verbish(np_text) or np_kind(np_text) == "pronoun":
        return
    verb = "verb" if g == "np" else "verb2"
    row.np = np_text
    row.np_start, row.np_end = after_pos + m.start(g), after_pos + m.end(g)
    row.cue = REPORTING_VERBS.get(m.group(verb).lower(), "")
    row.cue_start, row.cue_end = after_pos + m.start(verb), after_pos + m.end(verb)
    row.attribution = "sentence-cue"


def _rel_subject(before: str, reach: int = 160) -> re.Match | None:
    """The person a subject relative clause ending ``before`` is about (``X, who has``), the
    description cut at its last determiner (``the move angered the senator, who`` → ``the
    senator``)."""
    m = _REL_SUBJ_BEFORE_RX.search(before, max(0, len(before) - reach))
    while m is not None:
        inner = _INNER_DET_RE.search(m.group("np"))
        m2 = _REL_SUBJ_BEFORE_RX.match(before, m.start("np") + inner.start() + 1) \
            if inner else None
        if m2 is None:
            break
        m = m2
    return m


_INNER_DET_RE = lazy_compile(r"\s(?:the|a|an|his|her|its|their|our|one|another|this|that)\s")


def _verb_cue(row: QuoteRow, pre: str, base: int, inner: str, verbs: list[re.Match[str]]
              ) -> bool:
    """The nearest reporting verb of ``verbs`` (in ``pre``, starting at ``base``) with a usable
    subject or agent becomes the cue; True when the search is over."""
    for vm in reversed(verbs):
        word = vm.group("verb").lower()
        lemma = ALL_VERBS.get(word, "")
        if not lemma:
            continue
        before = catenative_stem(pre[:vm.start()])  # "X went on to say" (round 80)
        agent = _BY_AGENT_RE.match(pre[vm.end():])
        trail = None  # the subject of a trailing "as" clause: no preposition guard
        bare = _BARE_ROLE_BEFORE_RX.search(before, max(0, len(before) - 40))
        nb = (bare if bare and bare.group("np").split()[-1].lower().endswith("s") else None) or (
            _REL_DESC_BEFORE_RX.search(before, max(0, len(before) - 120))
              if " who " in before[-100:] else None) or _NP_BEFORE_RE.search(before)
        if nb is None:
            nb = _DESC_PP_BEFORE_RX.search(before, max(0, len(before) - APP_MAX - 80))
        nb = nb or one_of_them_before(before) or what_one_before(before)  # rounds 79, 82
        if nb is None and " who " in before[-60:]:
            nb = _rel_subject(before)
        if nb is not None and conjunction_before_verb(nb.group("np"), before[nb.end("np"):]):
            nb = None  # "met a reporter from the Gazette and told him": no subject (review 27c)
        nb_kind = np_kind(nb.group("np")) if nb else ""
        if nb and (nb_kind in ("group", "named") or nb_kind != "pronoun" and
                   not _NAME_APPOSED_RX.match(nb.groupdict().get("app") or "")):
            # "A spokesman for the Conservative party said": the person, not the party; "A
            # source close to the harbour master said": the source, not the master (round 63);
            # but a description with a name apposed keeps it ("The father of a pupil at the
            # school, Tom Reed, said": Tom Reed, review 24a)
            ext = _DESC_PP_LEFT_RX.search(before, 0, nb.start("np"))
            if ext and ext.group("head").lower() in PERSON_NOUNS:
                nb = _WHOLE_NP_RX.match(before, ext.start("np"), nb.end("np"))
        doc_pp = None if word.endswith("ing") else _DOC_PP_SUBJ_RX.match(before)
        if doc_pp and (nb is None or nb.start("np") >= doc_pp.start("np")):
            nb = doc_pp  # "X's email to his donors notes that": the email (round 41)
        par = _SUBJ_PARENTHETICAL_RX.match(before) if nb is not None and \
            before.count(",") >= 2 else None
        if par and par.end("np") <= nb.start("np") and _valid_np(par.group("np")) and \
                not _np_is_verbish(par.group("np")) and not (
                    nb.groupdict().get("paren") and not nb.group("app")):
            # "Clinton, during a town hall in Columbus, Ohio, said": the subject before the
            # parenthetical, not the last name inside it (a name with its party label right
            # before the verb, "Gov. Ann Lowe (R-OH), said", is the subject itself)
            nb = par
        if nb is not None and _WHO_ASIDE_END_RX.search(before, max(0, len(before) - APP_MAX - 12)):
            # "X, who, after a feud with Y, said": X, not Y (round 19)
            nb = _rel_subject(before, 160 + APP_MAX) or nb
        adj = _TIME_ADJUNCT_RX.search(before, max(0, len(before) - 40)) if (
            nb is None or nb.start("np") > len(before) - 40) else None
        if adj and (nb is None or nb.start("np") >= adj.start()):
            # "President X on Monday promised to "…"": skip the time adjunct
            nb = _NP_BEFORE_RE.search(before, 0, adj.start() + 1)
        absolute = _WITH_ABSOLUTE_RX.search(before, max(0, len(before) - 140)) \
            if word.endswith("ing") and "with " in before[-140:] else None
        absolute = absolute or with_absolute_chain(before, word)  # "with Y tweeting … and asking"
        if absolute and _valid_np(absolute.group("np")):
            # "…, with the campaign of the former mayor saying …": the noun phrase after
            # "with" heads the absolute construction, not the object of its "of" (round 16)
            nb = absolute
        if word.endswith("ing") and (before.rstrip().endswith(",") or _BY_END_RE.search(before)
                                     or (nb is not None and nb.start("np") > 0 and
                                         desc_head(nb.group("np")) in DOCUMENT_NOUNS)):
            # "X endorsed Mrs. Clinton, saying …" / "X courted farmers by warning that …" / "X
            # released a statement saying …": a participle after a comma or "by", or after the
            # document its subject issued, has the clause's subject, not the object before
            trail = _trailing_clause_subject(before)
            main = trail or report_clause_before(before) or _issuer(before, nb) or \
                main_clause_subject(before)  # "…," X said, noting that …: X (round 36)
            if main is not None:
                nb = main
        if nb is not None and not word.endswith("ing"):
            nb = _then_subject(before, nb)  # "He thanked a friend …, then said" (round 66)
        if agent and (word.endswith("ed") or word in ("told", "said", "written")):
            row.np = agent.group("np")
            row.np_start = base + vm.end() + agent.start("np")
            row.np_end = base + vm.end() + agent.end("np")
        elif _PASSIVE_AUX_RE.search(before) and word in ("told", "said", "informed"):
            # "I am told", "it was said": an unnamed source
            row.anonymous = True
        elif nb and _valid_np(nb.group("np")) and not _np_is_verbish(nb.group("np")) and \
                not possessed_noun(nb.group("np"), word) and \
                not ((word.endswith("ing") or _THE_PROPER_RX.match(nb.group("np")))
                     and nb is not trail and _PREP_GUARD_RE.search(before[:nb.start("np")])
                     and not _WITH_END_RE.search(before[:nb.start("np")])):
            # ("with Trump tweeting that …": the absolute construction names the subject; a
            # proper name with its article after a preposition, ``Jo Reed of The Beacon
            # wrote``, is no subject either: round 22)
            outer = _outer_report_verb(pre, verbs, nb.start("np")) if not \
                _TO_REPORTER_RX.search(pre, nb.end("np")) else None
            if outer is not None and _verb_cue(row, pre, base, inner, verbs[:outer + 1]):
                return True  # "Ann Cole said Tom Hale called it "…"": the reporter speaks
            _set_np(row, nb, base)
        elif word.endswith("ing") or coordinated_verb(before) or \
                (_CUE_NOUN_RE.search(before[-40:]) and re.search(r"\b(?:which|that)\s+$", before)):
            subj = relative_clause_and(before) or _SUBJ_RX.match(pre)  # "which X called … and"
            if subj and intro_participle(pre, subj.start("np")):
                subj = main_clause_subject(before) or subj  # "Facing criticism, X …, insisting"
            elif (subj is None or not _valid_np(subj.group("np"))) and \
                    not word.endswith("ing") and coordinated_verb(before):
                # "In an interview, X doubled down and said Y had "…"": the coordinated verb
                # has the main clause's subject, after the introductory phrase (round 36)
                at = coordinated_clause_start(before)
                subj = main_clause_subject(before, at) if at else main_clause_subject(before)
            if not subj or not _valid_np(subj.group("np")):
                continue
            row.np = subj.group("np")
            row.np_start, row.np_end = base + subj.start("np"), base + subj.end("np")
        else:
            continue
        # the quote must be what is reported: not "joking about "X"" for a short span
        if re.search(r"\b(?:about|of|on|over)\s*$", pre) and not _is_sentence_like(inner) \
                and lemma not in FRAMING_VERBS:
            row.np = ""
            return True
        row.cue = lemma
        row.cue_start, row.cue_end = base + vm.start(), base + vm.end()
        row.attribution = "sentence-cue"
        return True
    return False


#: the words between a verb of saying and the subject of the clause it reports (``said``,
#: ``claimed that``, ``said he was certain``): a few lower-case words, no comma
_REPORTED_GAP_RX = lazy_compile(r"\s+(?:[a-z][\w’']*\s+){0,3}$")
#: the reported clause says its words were addressed to the reporter (``X says Y described
#: it to him as "…"``, ``Y told her``): the words are Y's, heard by X
_TO_REPORTER_RX = lazy_compile(r"(?<![\w’'])(?:to|told)\s+(?:him|her|me|us)(?![\w’'])")
_INVERTED_BEFORE_RX = lazy_compile(r"[,\x01\"“”'’]\s*$")


def _then_subject(before: str, nb: re.Match) -> re.Match:
    """The subject of a verb coordinated by ``, then`` (``before`` ends ``…, then``): when the
    noun phrase ``nb`` found before it stands right after a lower-case word (``He thanked a
    friend in the crowd, then said``), it is the first verb's object, and the clause's own
    subject speaks (round 66); otherwise ``nb`` itself."""
    if not _THEN_END_RX.search(before) or not _OBJECT_LEAD_RX.search(before, 0, nb.start("np")):
        return nb
    main = main_clause_subject(before)
    return main if main is not None and main.end("np") <= nb.start("np") else nb


def in_reported_clause(pre: str, np_start: int, np_end: int) -> bool:
    """Whether the subject at ``np_start``-``np_end`` of ``pre`` opens a clause that an earlier
    verb of saying with its own subject reports (``Officials have said he said "…"``), its words
    not addressed to the reporter (``… told her``).

    Why (round 41): the pre-cue path read the nearest ``X said "…"`` and gave the quotation to
    the reported clause's subject; the sentence-cue path has given it to the reporter since
    round 26 (PolNeAR's outer attribution holds it), so the pre-cue path leaves it to that."""
    if _TO_REPORTER_RX.search(pre, np_end):
        return False
    return _outer_report_verb(pre, _verbs_in(pre[:np_start]), np_start) is not None


def _outer_report_verb(pre: str, verbs: list[re.Match], subj_start: int) -> int | None:
    """Index in ``verbs`` of a verb of saying whose reported clause the subject at
    ``subj_start`` opens (``Ann Cole said Tom Hale called it "…"``, ``X claimed that Y
    was "…"``), or None. The verb must have its own subject before it (not the inverted
    ``…, said X``).

    Why (issue 13, round 26): the nearest verb before the quotation won, so the subject of
    the reported clause, not the reporter, was taken as the speaker; PolNeAR gives such a
    quotation to the reporter (the outer attribution holds it)."""
    for i in range(len(verbs) - 1, -1, -1):
        u = verbs[i]
        if u.end() > subj_start:
            continue
        if u.group("verb").lower() not in REPORTING_VERBS:
            return None
        if _INVERTED_BEFORE_RX.search(pre, 0, u.start()):
            own = _NP_BEFORE_RE.search(pre, 0, u.start())
            if own is None or not own.group("app"):
                return None  # "…," said X: inverted, no subject of its own before it
            # "X, a strategist and Y's adviser, said the way Z …": the comma closes the
            # subject's apposition (round 36)
        gap = _REPORTED_GAP_RX.fullmatch(pre, u.end(), subj_start)
        if gap is None or any(w in SUBORDINATORS or w in PREPOSITIONS_BEFORE_NAME
                              for w in pre[u.end():subj_start].split()):
            return None  # "X tweeted after Y argued that": Y's own clause, not X's report
        return i
    return None


def _issuer(before: str, nb: re.Match | None) -> re.Match | None:
    """``X released a statement saying …``: the subject of the issuing verb before the
    document ``nb`` (round 34; :func:`.cue_subjects.issuer_verb_start`), or None."""
    if nb is None or desc_head(nb.group("np")) not in DOCUMENT_NOUNS:
        return None
    at = issuer_verb_start(before)
    m = _NP_BEFORE_RE.search(before, 0, at) if at else None
    return m if m and _valid_np(m.group("np")) and not _np_is_verbish(m.group("np")) else None


_WITH_END_RE = lazy_compile(r"\bwith\s+$")
#: ``with X saying`` / ``with the campaign of the former mayor saying``: an absolute
#: construction whose subject may carry a prepositional post-modifier
_WITH_ABSOLUTE_RX = lazy_compile(
    rf"(?<![\w’'])with\s+(?P<np>{_DESC}|{_TITLED_NAME})"
    rf"(?:\s+(?:of|for|at|from|in)\s+[^,;:\x01]{{1,60}}?)?\s+$")
_BY_END_RE = lazy_compile(r"\bby\s+$")
#: the subject opening a clause, after an optional introductory phrase ending in a comma and an
#: optional possessive (``The Blaze's Matt Welsh``), followed by a lower-case word (its verb)
_MAIN_SUBJ_RX = lazy_compile(
    rf"{DATELINE}{CONJUNCTION_OPENER}(?:{_NAME}[’']s\s+)?"
    rf"(?P<np>{_DESC}|{_TITLED_NAME}|{_PRON})"
    rf"(?:\s*\([^()\x01]{{1,30}}\))?(?:\s*,[^,\x01;]{{1,160}},)?\s+(?:{_ADV}\s+)?[a-z]")


def main_clause_subject(before: str, at: int | None = None) -> re.Match | None:
    """Subject of the clause that ``before`` (text up to a participle) belongs to: at the
    start of the text, or after an introductory phrase that ends in a comma (it may hold
    commas itself: ``At a fair in Dover, Del., on Monday, X praised``). ``at``: only the
    subject opening the text there (a coordinated clause, round 36)."""
    if at is not None:
        starts = [at]
    else:
        starts = [0]
        comma = before.find(",")
        while 0 < comma < 100 and len(starts) < 4:
            starts.append(comma + 1)
            comma = before.find(",", comma + 1)
        starts += aside_ends(before)  # "Hastily X-ing … ― an aside ― Y cast …" (round 34)
    fallback = None
    for st in starts:
        while st < len(before) and before[st] in " \t\x01\"“":
            st += 1
        m = _MAIN_SUBJ_RX.match(before, st)
        if m and _valid_np(m.group("np")) and not _np_is_verbish(m.group("np")) and \
                not proper_modifies_next(m.group("np"), before[m.end("np"):]) and \
                not inverted_opening(m.group("np"), before[m.end("np"):]) and (
                m.group("np").split()[0] not in _NOT_NAME
                or (np_kind(m.group("np")) != "named" and m.group("np").lower() != "it")):
            if fallback is None and intro_participle(before, st):
                # "Facing criticism, X released …, insisting": most likely a participle,
                # not a name; kept only if no later subject turns up ("Manning went …")
                fallback = m
                continue
            # "She went on to …, saying", "The Ohio senator …, saying"; "a sergeant called
            # Tom Reed, is telling": the name (round 77)
            return named_subject(before, m) or m
    return fallback


#: ``…, as X echoed the complaint,`` right before a participle: an adverbial clause that
#: follows its main clause (a comma before the conjunction), its verb with an object
_TRAILING_CLAUSE_RX = lazy_compile(
    rf"(?:[,;]\s+(?:even\s+|just\s+)?(?:as|while|when|after|before|because|since|though|although)"
    rf"|(?<=[a-z])\s+(?:as|while))"
    rf"\s+(?P<np>{_TITLED_NAME}|{_DESC}|{_PRON})\s+(?:{_ADV}\s+)?[a-z]+\s+[^,\x01;:!?]{{1,120}},\s+$")


def _trailing_clause_subject(before: str) -> re.Match | None:
    """The subject of an adverbial clause that ends ``before`` right before a participle (``It
    was a joint attack, as X echoed the complaint, saying "…"``): the participle continues that
    clause, so its subject speaks, not the main clause's (round 19, audit class S). A clause
    that opens the sentence (``As X spoke, Y nodded, saying``) does not match: the main clause
    sits between it and the participle. ``as``/``while`` may also follow the main clause
    without a comma (``"…?" X asks as a guard walks in, saying …``: the guard, round 45)."""
    if not any(f" {w} " in before[-200:] for w in ("as", "while", "when", "after", "before",
                                                  "because", "since", "though", "although")):
        return None
    m = _TRAILING_CLAUSE_RX.search(before, max(0, len(before) - 200))
    if m is None or not _valid_np(m.group("np")) or _np_is_verbish(m.group("np")):
        return None
    return m

