"""Pronoun resolution: which mention a ``he``/``she``/``it``/``they``/``I`` of a reporting
clause refers to (gender and number agreement, interview mode, clause position of the
antecedent, the speaker of a recent quotation, a speaker who ``added`` or ``continued``)."""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.antecedents import (
    apposed_run_after,
    kin_introduced,
    named_in_sentence,
    plural_noun_name,
    possessor_subject,
    subject_since,
)
from helpers.instruments.quotes.asides import in_dash_aside
from helpers.instruments.quotes.described_people import described_person
from helpers.instruments.quotes.descriptions import titled_person
from helpers.instruments.quotes.issued_documents import issued_document
from helpers.instruments.quotes.lexicon import (
    COMPLEMENTIZERS,
    ORG_NOUNS,
    PREPOSITIONS_BEFORE_NAME,
    PRONOUNS,
    WENT_ON_LEMMAS,
)
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import (
    _NOUN_MODIFIER_RE,
    _desc_gender,
    _gender_of,
)
from helpers.instruments.quotes.names import canonical_key
from helpers.instruments.quotes.noun_gender import noun_before
from helpers.instruments.quotes.openings import OPENING_WORD
from helpers.instruments.quotes.own_sentence_subjects import own_sentence_subject
from helpers.instruments.quotes.paragraphs import narration_of
from helpers.instruments.quotes.plural_subjects import plural_subject_before
from helpers.instruments.quotes.salience import (
    after_subordinator,
    apposed_name,
    apposed_name_after,
)
from helpers.instruments.quotes.samename import given_gender, role_led
from helpers.instruments.quotes.state import ArticleState
from helpers.instruments.quotes.subjects import (
    _earlier_main_subject,
    _main_subject,
    main_lead,
    sentence_start,
)
from helpers.instruments.quotes.written import is_document_phrase, written_subject


def _mention_gender(m: Mention, art: ArticleState) -> str:
    """The mention's gender; for a named one of unknown gender, its full name's, unless a
    person noun written right before it left the gender unknown on purpose (``spokesman Lu
    Kang``: the noun clashed with the given-name reading, :mod:`.noun_gender`)."""
    if m.gender != "u" or m.kind != "named" or noun_before(art.text, m.start) is not None:
        return m.gender
    return _gender_of(art.canonical(m.surface, m.start).split())


def _namesake_of_gender(m: Mention, art: ArticleState, gender: str) -> str:
    """A bare surname (``Clinton``) shared by several people of the article whose latest
    expansion has the other gender (``Bill Clinton``) may still be the ``she`` of the story:
    the latest full name with this surname seen before the mention whose given name has
    ``gender``; "" when there is none or the mention is more than a bare surname (a title or
    a given name already tells who it is).

    When no earlier full name has a given name of that gender, one whose given name tells no
    gender (``Chris Lark`` beside ``Anne Marie Lark``) is taken (round 31): the latest
    expansion clashed with the pronoun, and the person of unknown gender is the only one of
    the surname it can refer to."""
    if m.kind != "named" or gender not in ("m", "f") or len(m.surface.split()) != 1:
        return ""
    by_last, _ = art._index()
    key = canonical_key(m.surface.replace("’s", "").replace("'s", ""))
    seen = [(n, given_gender(n)) for off, n in by_last.get(key, []) if off <= m.start and
            len(n.split()) >= 2]
    same = [n for n, g in seen if g == gender] or [n for n, g in seen if g == "u"]
    return same[-1] if same else ""


def pronoun_target_name(p: str, m: Mention, art: ArticleState) -> tuple[str, str]:
    """The speaker a pronoun ``p`` takes from the antecedent mention ``m``: its name, or for a
    bare surname whose usual expansion clashes in gender, the namesake whose gender agrees.

    A ``he``/``she`` whose antecedent is a role description that the article joins to one
    person (``the candidate`` after ``X, the Republican candidate,``; see :mod:`.roles`) takes
    that person's name (round 12): the pronoun has no surface name of its own, and the
    description is only a way of naming the person already met."""
    if p in ("he", "she") and m.kind == "description":
        person = titled_person(m.surface, art, m.start)
        if person:
            return person, "pronoun-resolved"
        mentions = art.paragraph_mentions
        para_ms = mentions[m.para] if 0 <= m.para < len(mentions) else []
        named = apposed_name(m, para_ms, art.text) or apposed_name_after(m, para_ms, art.text)
        if named is not None and pronoun_compatible(p, named, art):
            return mention_name(named, art)
        run = apposed_run_after(art.text, m.end) if named is None else None
        if run is not None:  # "One minister …, Corvin Ashdale of …, said" (round 40)
            return art.canonical(run[1], run[0]), "pronoun-resolved"
        own = named_in_sentence(art.text, m.end) if m.subject else None
        if own is not None and _gender_of(own[1].split()) in ("u", PRONOUNS[p]):
            # "The woman … identified herself … as a … resident named Ann" (round 38)
            return art.canonical(own[1], own[0]), "pronoun-resolved"
        person = described_person(p, m, art)
        if person:  # "Instead, the Oregon senator …" after a sentence about X (round 58)
            return person, "pronoun-resolved"
    if p in ("he", "she") and m.kind == "named":
        need = PRONOUNS[p]
        if _mention_gender(m, art) not in ("u", need):
            alt = _namesake_of_gender(m, art, need)
            if alt:
                return alt, "pronoun-resolved"
        person = described_person(p, m, art)
        if person:  # "the Wisconsin Republican" read as a name (round 58)
            return person, "pronoun-resolved"
    return mention_name(m, art)


_AND_AFTER_RE = lazy_compile(r"\s+(?:and|&)\s+[A-Z][\w’'\-]*(?:\s+[A-Z]|\s*[,.;:)]|\s*$)")
_AND_BEFORE_RE = lazy_compile(r"[A-Z][\w.’'\-]*\s+(?:and|&)\s+$")


def _coordinated(m: Mention, text: str) -> bool:
    """A name joined to another by ``and`` (``said Rita Moss and Lucy Hale``)."""
    return m.kind == "named" and bool(_AND_AFTER_RE.match(text, m.end) or
                _AND_BEFORE_RE.search(text, max(0, m.start - 40), m.start))


def pronoun_compatible(p: str, m: Mention, art: ArticleState) -> bool:
    """Whether the mention ``m`` may be the antecedent of the pronoun ``p`` (``he``, ``she``,
    ``they``, ``it``, lower-case): the same pronoun; a group for ``it``; a group or a plural
    description for ``they``; for ``he``/``she`` one person (not two joined, not a plural noun
    read as a name) of an agreeing or unknown gender, or with a namesake of that gender.
    Public since review 14: the cataphora and the closing-reporter rules (round 40) test
    agreement as the backward resolution does."""
    if m.kind == "pronoun":
        return m.surface.lower() == p
    if m.not_pron == p:
        return False
    if p == "it":  # an organisation: a group mention or a description with an organisation head
        return m.kind == "group" and m.gender != "p"
    if p == "they":
        return m.kind == "group" or (m.kind == "description" and m.gender == "p")
    if m.kind == "group" or " and " in m.surface or _coordinated(m, art.text):
        return False  # two people together are not "he" or "she"
    if m.kind == "description" and is_document_phrase(m.surface):
        return False  # a document is no "he" or "she" (round 67)
    if m.kind == "named" and plural_noun_name(m.surface, art.known):
        return False  # "Critics should …, he told reporters" (round 35 S7, kept in round 38)
    g = _mention_gender(m, art)
    need = PRONOUNS[p]
    return g in ("u", need) or bool(_namesake_of_gender(m, art, need))


def mention_name(m: Mention, art: ArticleState) -> tuple[str, str]:
    """The name a mention gives a speaker and its type: a pronoun resolved to its antecedent
    (once; the result is kept on the mention, and a pronoun met again while it is being resolved
    gives no name, so a cycle ends), a named mention as the article's canonical full name
    (``pronoun-resolved``), else the surface with its kind. Public since review 15: the
    finishing pass and round 44's trailing cues use it too."""
    if m.kind == "pronoun":
        if m.resolved is None:
            m.resolved = ("", "none")  # guards against cycles
            name, typ, _, _ = _resolve_pronoun(m.surface, m.start, art, m.para,
                                               interview=art.interview_mode)
            m.resolved = (name, typ)
        return m.resolved
    if m.kind == "named":
        return art.canonical(m.surface, m.start), "pronoun-resolved"
    return m.surface, m.kind


def _written_antecedent(pos: int, art: ArticleState, para: int
                        ) -> tuple[int, int, str, str] | None:
    """For ``it``: the latest document or organisation subject (``the staff letter noted``)
    before ``pos`` in this paragraph or up to two before (an ``It also …`` paragraph may stand
    between); see :mod:`helpers.instruments.quotes.written`."""
    mentions = art.paragraph_mentions
    for k in range(para, para - 3, -1):
        info = narration_of(mentions, k)
        if info is None:
            continue
        found = written_subject(info[1], info[0], pos)
        if found is not None:
            return found
    return None


def _issued_antecedent(pos: int, art: ArticleState, para: int
                       ) -> tuple[int, int, str, str] | None:
    """For ``it`` with no subject antecedent: the latest document put out by an issuing verb
    (``published a letter``) before ``pos`` in this paragraph (:mod:`.issued_documents`)."""
    info = narration_of(art.paragraph_mentions, para)
    return None if info is None else issued_document(info[1], info[0], pos)


#: a preposition right before a name: the name is no clause subject (``On Iran, the …``)
_PREP_BEFORE_RE = lazy_compile(
    r"(?<![\w’'])(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in PREPOSITIONS_BEFORE_NAME)
    + r")\s+$")


#: the word right before a mention (and the spaces after it)
_WORD_BEFORE_RE = lazy_compile(r"(?<![\w’'])(?P<w>[a-z]+)[ \t]+$")


_COMMA_BEFORE_RE = lazy_compile(r",\s*$")


def _after_complementizer(text: str, pos: int) -> bool:
    """Whether the mention at ``pos`` comes right after ``that``/``whether``."""
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 12), pos)
    return bool(m and m.group("w") in COMPLEMENTIZERS)


def _embedded(text: str, pos: int) -> bool:
    """Whether the subject at ``pos`` opens an embedded clause: right after ``that`` /
    ``whether`` (:data:`COMPLEMENTIZERS`) or after a subordinator inside its sentence
    (:func:`after_subordinator`)."""
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 12), pos)
    return bool(m and m.group("w") in COMPLEMENTIZERS) or after_subordinator(text, pos)


def _clause_subject_after_main(m: Mention, ms: list[Mention], text: str) -> bool:
    """Whether the subject ``m`` stands inside a clause of its sentence (it opens no main
    clause and no role leads it) after an earlier subject of the same sentence that opens the
    main clause (``Hale argued …, but suggested Ruiz went too far``: Ruiz). A subject after
    an inverted cue (``…," said Ann Lee``) has no such subject before it and is kept."""
    start = sentence_start(text, m.start)
    if main_lead(text, m.start) or role_led(text, start, m.start):
        return False
    return any(c.start >= start and c.start < m.start and c.subject and
               c.kind in ("named", "description") and
               (main_lead(text, c.start) or role_led(text, start, c.start)) for c in ms)


def _local_subject(p: str, pos: int, art: ArticleState, para: int, exclude: str,
                   in_paragraph: bool = True, main_only: bool = False) -> Mention | None:
    """In an interview, the interviewee does not take a ``he``/``she`` right after another
    person was named as subject: the nearer named subject does (``Sheard, now a councillor,
    tells me … "…," he says``). With ``in_paragraph`` False (an interviewee whose given name
    tells the gender) only the pronoun's own sentence or a paragraph that opens with the
    quotation is looked at: a person named in passing in an earlier sentence (``He talks
    about his predecessor, X. X left in 2019. "…," he says``) is what he talks about. Looked
    for in the pronoun's
    paragraph before it, or, when that paragraph names nobody before the pronoun (it opens with
    the quotation), in the previous paragraph (``X has not yet responded …. ¶ "…," he
    tweeted``); there the latest subject of any kind decides (a ``he``/``she`` subject
    carries on the interviewee's story). None when the latest such subject is the interviewee,
    a pronoun or another gender. With ``main_only`` (a report whose main figure holds most
    attributions, no interview in form) a subject of an earlier sentence of the paragraph
    is passed over when it opens an embedded clause (:func:`_embedded`: ``… a perception that
    X is racist. "…," he said``: X is what the speaker talks about)."""
    ms: list[Mention]
    for k in (para, para - 1):
        ms = [m for m in (art.paragraph_mentions[k] if 0 <= k < len(art.paragraph_mentions)
                          else []) if m.start < pos]
        if k == para and ms and not in_paragraph:
            # only a subject of the pronoun's own sentence ("X went after Y, when he called"),
            # not one of an earlier sentence ("He talks about X. X left. "…," he says")
            floor = art.sentence_start(pos)
            if not any(m.start >= floor for m in ms):
                return None
            ms = [m for m in ms if m.start >= floor]
        # main_only: embedded subjects of earlier sentences are passed over, in the pronoun's
        # paragraph and in the one before it (``X voiced confidence that Y would lose. ¶
        # "…," he said``: X, round 30)
        floor = -1 if not main_only else art.sentence_start(pos) if k == para else pos
        for m in reversed(ms):
            if m.start < floor and m.subject and _embedded(art.text, m.start):
                continue  # an embedded subject of an earlier sentence (``that X is``)
            if in_dash_aside(m, ms, art.text, art.sentence_start(m.start)):
                continue  # "X argued - rebuking Y four times - that …" (round 47)
            if main_only and m.start < floor and m.subject and m.kind == "named" and \
                    _clause_subject_after_main(m, ms, art.text):
                # the subject of a clause after a verb without ``that`` (``Hale argued …,
                # but suggested Ruiz went too far. ¶ "…," he asked``: Hale, round 31)
                continue
            if k < para and m.subject and m.kind == "pronoun" and m.surface.lower() == p:
                # the previous paragraph closes on the same pronoun as subject: it carries on
                # the named subject that opens that pronoun's sentence, if any
                # (``Though Ms. X has lived here, the rents have risen, she said. ¶
                # "…," she said``: X, not the interviewee; round 38); when no name opens that
                # sentence, the named subject that opens that paragraph (round 47,
                # :func:`_carried_pronoun`)
                return sentence_subject_before(m, ms, art, exclude) or \
                    _carried_pronoun(m, ms, art, exclude)
            if k < para and m.subject and (m.kind != "named" or not pronoun_compatible(p, m, art)
                                           or not main_lead(art.text, m.start)):
                return None  # a pronoun, a non-person or a subject inside a clause
            if m.subject and m.kind == "named" and pronoun_compatible(p, m, art):
                name = pronoun_target_name(p, m, art)[0]
                if name and name not in (art.interviewee, "the interviewer", "the writer") \
                        and not art.same_person(name, exclude) and \
                        not art.same_person(name, art.interviewee) and \
                        not _PREP_BEFORE_RE.search(art.text, max(0, m.start - 12), m.start):
                    return m
                return None
        if any(m.kind != "pronoun" for m in ms):
            return None
    return None


def _carried_pronoun(pron: Mention, ms: list[Mention], art: ArticleState, exclude: str
                     ) -> Mention | None:
    """The named subject that opens the paragraph of the pronoun mention ``pron`` (its first
    mention, at most one opening word before it in its sentence) when it agrees with the
    pronoun, no other agreeing named subject stands between it and the pronoun, and it names
    neither the interviewee (or main figure) nor ``exclude``; None otherwise.

    Why (round 47): ``Lee, who …, rallied …. He said during his speech that …. ¶ "…," he
    said``: the previous paragraph opens on a person and closes on the same pronoun, one chain
    of reference; passing it over for the article's main figure broke the chain."""
    p = pron.surface.lower()
    before = [c for c in ms if c.start < pron.start]
    first = before[0] if before else None
    if first is None or not first.subject or first.kind != "named" or \
            OPENING_WORD.fullmatch(art.text, art.sentence_start(first.start),
                                   first.start) is None or \
            not pronoun_compatible(p, first, art) or kin_introduced(art.text, first.start):
        return None
    name = pronoun_target_name(p, first, art)[0]
    if not name or art.same_person(name, art.interviewee) or art.same_person(name, exclude):
        return None
    for c in before[1:]:
        if c.subject and c.kind == "named" and pronoun_compatible(p, c, art) and \
                not art.same_person(pronoun_target_name(p, c, art)[0], name):
            return None  # another person of the same gender named as subject since
    return first


def sentence_subject_before(pron: Mention, ms: list[Mention], art: ArticleState,
                            exclude: str) -> Mention | None:
    """The named subject that opens the sentence of the pronoun mention ``pron`` (at most one
    opening word before it: ``Though Ms. X has …, …, she said``) when it agrees with the
    pronoun, is no relative named in passing (``his son Beau``:
    :func:`.antecedents.kin_introduced`) and names neither the interviewee nor ``exclude``;
    None otherwise (a sentence that opens with no name is left to the usual reading)."""
    p = pron.surface.lower()
    floor = art.sentence_start(pron.start)
    first = next((c for c in ms if floor <= c.start < pron.start), None)
    if first is None or not first.subject or first.kind != "named" or \
            OPENING_WORD.fullmatch(art.text, floor, first.start) is None:
        return None
    if not pronoun_compatible(p, first, art) or kin_introduced(art.text, first.start):
        return None
    name = pronoun_target_name(p, first, art)[0]
    if not name or art.same_person(name, art.interviewee) or art.same_person(name, exclude):
        return None
    return first


_ORG_NEXT_RE = lazy_compile(r"\s+(?P<w>[a-z]+)\b")


def _modifies_org(m: Mention, text: str) -> bool:
    """A name between an article and an organisation noun (``under the Hale
    administration``, ``the Hale campaign``) names the organisation, not a person: no
    ``he``/``she`` takes it (round 30; the mention finder already denies it the subject role).
    A name before another noun stays an antecedent (``a clip of a Hale interview, in which he
    says``)."""
    if m.kind != "named" or m.subject:
        return False
    nxt = _ORG_NEXT_RE.match(text, m.end)
    return nxt is not None and nxt.group("w") in ORG_NOUNS and \
        bool(_NOUN_MODIFIER_RE.search(text, max(0, m.start - 40), m.start))


def _usable(p: str, m: Mention, art: ArticleState, exclude: str) -> bool:
    """Whether mention ``m`` may be the antecedent of pronoun ``p`` (lower case): it agrees
    with it, names no organisation the name only modifies, and names someone other than
    ``exclude``."""
    if not pronoun_compatible(p, m, art) or _modifies_org(m, art.text):
        return False
    if p in ("he", "she") and 0 <= m.para < len(art.paragraph_mentions) and \
            in_dash_aside(m, art.paragraph_mentions[m.para], art.text,
                          art.sentence_start(m.start)):
        return False  # "Gov. X – a Rovers fan – gave …": the name in the aside (round 47)
    name = pronoun_target_name(p, m, art)[0]
    return bool(name) and not art.same_person(name, exclude)


def _resolve_pronoun(
    pron: str, pos: int, art: ArticleState, para: int, exclude: str = "", interview: bool = True
) -> tuple[str, str, int | None, int | None]:
    """(speaker, type, mention start, mention end) for a pronoun at ``pos`` in paragraph ``para``.

    Order: first person -> the writer (the interviewer in an interview); in an interview
    ``he``/``she`` -> the interviewee (if the gender does not clash); else the latest
    compatible subject mention in this or the previous paragraph; the latest compatible
    mention of any role there; the speaker of a recent speech quote; subject mentions up to
    four paragraphs back.
    """
    p = pron.lower()
    if p == "i" and interview and art.interviewee:
        return ("the interviewer", "writer", None, None)  # "I ask" in an interview
    if p in {"i", "we"}:
        return ("the writer", "writer", None, None)
    if p in {"he", "she"} and interview and art.interviewee and \
            not art.same_person(art.interviewee, exclude):
        g = _gender_of(art.interviewee.split())
        # the narrower look (the pronoun's own sentence) only in an interview in form: in a
        # report whose main figure merely holds most attributions, a person named as subject
        # earlier in the paragraph takes the ``he`` (round 28: ``Greg Raiff, …, said …. "…,"
        # he said``, once the main figure's full name ``Donald J. Trump`` told its gender)
        local = _local_subject(p, pos, art, para, exclude,
                               in_paragraph=g == "u" or not art.interview_form,
                               main_only=g != "u" and not art.interview_form)
        if local is not None:
            name, typ = mention_name(local, art)
            return (name, typ, local.start, local.end)
        if g in ("u", PRONOUNS[p]):
            return (art.interviewee, "pronoun-resolved", None, None)

    seen: dict[int, bool] = {}  # per call: the scans test the same mentions again

    def usable(m: Mention) -> bool:
        # memoised per mention for this call only (speed, issue 13: up to four scans and the
        # main-subject tests ask again): nothing a test reads changes during the scans (a
        # description's gender is set after them, below)
        got = seen.get(id(m))
        if got is None:
            got = seen[id(m)] = _usable(p, m, art, exclude)
        return got

    # a he/she opening the main clause after a fronted phrase (``Asked about her vote in the
    # event that X faces Y, she replied``): a subject embedded after ``that``/``whether`` in
    # that phrase is what the question was about, not the pronoun's referent (round 30)
    fronted = art.sentence_start(pos) if p in ("he", "she") and \
        _COMMA_BEFORE_RE.search(art.text, max(0, pos - 4), pos) else None

    def scan(paras: range, need_subject: bool) -> Mention | None:
        for k in paras:
            if k < 0 or k >= len(art.paragraph_mentions):
                continue
            ms = art.paragraph_mentions[k]
            for i in range(len(ms) - 1, -1, -1):
                m = ms[i]
                if m.start >= pos or (need_subject and not m.subject) or not usable(m):
                    continue
                if fronted is not None and m.start >= fronted and m.subject and \
                        _after_complementizer(art.text, m.start):
                    continue
                if need_subject and p in ("he", "she"):
                    at = art.sentence_start(m.start)  # once for both (throughput 12)
                    return _main_subject(ms, i, art.text, usable, at) or \
                        _earlier_main_subject(ms, i, art.text, usable, at) or m
                return m
        return None

    def possessor(k: int) -> Mention | None:
        # "Lark's article also attacked Dane …. He calls": the possessor opening a clause
        # before the clause's objects (round 35)
        if p not in ("he", "she") or not 0 <= k < len(art.paragraph_mentions):
            return None
        return possessor_subject(art.paragraph_mentions[k], pos, art.text, usable)

    # "He declared that …, X would …, which he called": the sentence's own subject (round 60)
    m = (own_sentence_subject(p, pos, art.paragraph_mentions[para], art.text, usable,
                              art.sentence_start(pos) if p in ("he", "she") else None)
         if 0 <= para < len(art.paragraph_mentions) else None)
    m = (m or scan(range(para, para - 1, -1), True) or possessor(para)
         or scan(range(para, para - 1, -1), False)
         or scan(range(para - 1, para - 2, -1), True) or possessor(para - 1)
         or scan(range(para - 1, para - 2, -1), False))
    written = _written_antecedent(pos, art, para) if p == "it" else None
    if written is not None and (m is None or written[0] > m.start):
        return (written[2], written[3], written[0], written[1])
    if m is not None:
        name, typ = pronoun_target_name(p, m, art)
        if p in ("he", "she") and m.kind == "description" and m.gender == "u" and \
                typ == "description":
            # "one voter brought it up. She asked …": the description is now a woman, so a
            # later "he" looks past it (round 30)
            m.gender = PRONOUNS[p]
        return (name, typ, m.start, m.end)
    issued = _issued_antecedent(pos, art, para) if p == "it" else None
    if issued is not None:  # "34 MPs published a letter. "…," it read" (round 52)
        return (issued[2], issued[3], issued[0], issued[1])
    recent = _recent_speaker(p, art, para, exclude)
    if recent is not None:
        return recent
    m = scan(range(para - 2, para - 5, -1), True)
    if m is not None:
        name, typ = pronoun_target_name(p, m, art)
        return (name, typ, m.start, m.end)
    plural = plural_subject_before(pos, art, para) if p == "they" else None
    if plural is not None:  # "Harbour Democrats blocked it because they said" (round 47)
        return (plural[0], "group", plural[1], plural[2])
    return ("", "none", None, None)


def _recent_speaker(p: str, art: ArticleState, para: int, exclude: str
                    ) -> tuple[str, str, None, None] | None:
    """The speaker of the latest speech quotation of this paragraph or up to three before it
    that agrees with the pronoun ``p`` (gender for ``he``/``she``, a group or a description
    for ``they``/``it``) and is not ``exclude`` or the writer; None when there is none."""
    for k, name, typ in reversed(art.speech_history):
        if k < para - 3:
            break
        if not name or art.same_person(name, exclude) or typ == "writer":
            continue
        gender = _desc_gender(name) if typ == "description" else _gender_of(name.split())
        if p in ("he", "she") and gender not in ("u", PRONOUNS[p]):
            continue
        if p in ("they", "it") and typ not in ("group", "description"):
            continue
        if p in ("he", "she") and (typ in ("group", "document") or " and " in name or
                                   plural_noun_name(name, art.known)):
            continue  # "the board said …", "X and Y said …" are not a later "he says"
        return (name, "pronoun-resolved" if typ not in ("description", "group") else typ,
                None, None)
    return None


def _went_on_speaker(pron: str, cue: str, art: ArticleState, para: int, exclude: str,
                     pos: int | None = None) -> tuple[str, str] | None:
    """``"…," Giuliani said. ¶ He continued, "…"``: a ``he``/``she``/``they`` whose verb
    carries on speech (add, continue, conclude) is the speaker of the latest speech quotation of
    this or the previous paragraph when gender and number agree; None otherwise (the usual
    pronoun resolution applies). Also None when another person that agrees is named as a
    subject in a later paragraph, before the pronoun at ``pos`` (``"…," X said. ¶ Y, a
    director, said in a statement that …, which he added "…"``: Y; round 38,
    :func:`.antecedents.subject_since`)."""
    p = pron.lower()
    if cue not in WENT_ON_LEMMAS or p not in ("he", "she", "they") or not art.speech_history:
        return None
    k, name, typ = art.speech_history[-1]
    if k < para - 1 or not name or art.same_person(name, exclude) or typ == "writer":
        return None
    if p != "they":
        other = subject_since(art.paragraph_mentions, k, para, pos,
                              lambda m: m.kind == "named" and pronoun_compatible(p, m, art)
                              and not _embedded(art.text, m.start))
        if other is not None and not art.same_person(pronoun_target_name(p, other, art)[0], name):
            return None
    if p == "they":
        return (name, typ) if typ in ("group", "description") else None
    if typ == "group":
        return None
    gender = _desc_gender(name) if typ == "description" else _gender_of(name.split())
    if gender not in ("u", PRONOUNS[p]):
        return None
    return name, "pronoun-resolved" if typ not in ("description",) else typ
