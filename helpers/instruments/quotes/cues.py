"""Cues: the reporting verb (or noun) and speaker noun phrase around one quotation span
(``"…," says X`` / ``X says: "…"`` / sentence cues), filling a :class:`QuoteRow`."""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.according import (
    prepositional_cue,
    relay_after_cue,
    relay_before_subject,
)
from helpers.instruments.quotes.clauses import (
    possessed_noun,
)
from helpers.instruments.quotes.closing_reporters import closing_reporter
from helpers.instruments.quotes.coordinated import coordinated_post_cue
from helpers.instruments.quotes.coordinated_predicates import across_clause
from helpers.instruments.quotes.fronted_phrases import fronted_subject, past_preposition_object
from helpers.instruments.quotes.governing import cue_before_exclaims, subordinate_cue
from helpers.instruments.quotes.inverted_roles import role_name_after_organisation
from helpers.instruments.quotes.lexicon import (
    _ADV,
    _ALL_VERB_RE,
    _DETERMINERS,
    _NAME,
    _NOT_NAME,
    _POST_SPEECH_VERB_RE,
    _PRE_VERB,
    _PRON,
    _TITLED_NAME,
    ALL_VERBS,
    APP_MAX,
    DOCUMENT_NOUNS,
    POST_REPORTING_VERBS,
    PRONOUNS,
    _alt,
    is_person_noun,
    post_cue_match,
)
from helpers.instruments.quotes.mentions import (
    _DESC,
    _PERSON_NOUN_RE,
    _POSS_DET,
    _PREP_GUARD_RE,
    _description,
    desc_head,
)
from helpers.instruments.quotes.participle_subjects import (
    modified_subject,
    relative_participle,
)
from helpers.instruments.quotes.phrases import (
    _THE_PROPER_RX,
    _np_is_verbish,
    _valid_np,
    holds_saying_verb,
    np_kind,
)
from helpers.instruments.quotes.poll_sources import poll_source
from helpers.instruments.quotes.postcues import (
    _APP,
    _post_cue_modified,
    _set_post,
    inverted_description,
)
from helpers.instruments.quotes.put_tails import saying_put_tail
from helpers.instruments.quotes.quoterow import (
    _APPOSITIVE_NAME_RE,
    _DOC_DESC,
    _NP_RE,
    _PAREN,
    _PHRASAL_RX,
    QuoteRow,
    _clause_start,
    _quoted_sentence_start,
    _set_np,
    _verbs_in,
)
from helpers.instruments.quotes.recipient_documents import document_phrase
from helpers.instruments.quotes.sentcues import (
    _sentence_cue,
    apply_relay,
    in_reported_clause,
    main_clause_subject,
    relay_opener,
)

#: ``went on to`` before the speech verb (``He went on to say, "…"``; round 13): the verb
#: is still the cue and the subject before it the speaker
_GO_ON_TO = r"(?:went|goes|go|going)\s+on\s+to"
#: a post-cue's document after ``its`` (``"…," its statement said`` / ``said its statement``,
#: round 55): ``its``, up to three modifiers and a document noun (``its director`` is left to
#: the person-noun patterns, as before)
_ITS = (rf"(?<![\w’'])[Ii]ts(?:[ \t]+[a-z][\w\-]*){{0,3}}?[ \t]+(?:{_alt(DOCUMENT_NOUNS)})"
        rf"(?![\w’'\-])")
# "…," says X / "…," said X, a spokesman.  (verb first)
#: a dotted abbreviation inside a description (``a former U.S. official``; round 23)
_ABBR_WORD = r"(?:[A-Z]\.){2,}(?=[ \t]+[a-z])"
_POST_INV_RE = lazy_compile(
    rf"^[\s,—–-]*(?:{_ADV}\s+)?(?P<verb>{_POST_SPEECH_VERB_RE})\s+(?:{_ADV}\s+)?"
    rf"(?P<np>{_POSS_DET}(?:[ \t]+[\w’'\-]+){{0,6}}|{_TITLED_NAME}|{_PRON}(?![\w’'])|"
    rf"{_ITS}|{_DETERMINERS}(?:[ \t]+(?:{_ABBR_WORD}|[\w’'\-]+)){{0,8}}|another|one|others?|"
    rf"(?:[a-z][\w\-]*\s+){{0,2}}{_PERSON_NOUN_RE}(?:\s+{_NAME})?(?![\w’'\-]))"
    rf"(?=$|[\s,.;:!?—–\-)\x01])"
)
# "…," X says / "…," he says / "…?" a journalist can be heard asking (round 41)
_POST_NORM_RE = lazy_compile(
    rf"^[\s,—–-]*(?P<np>{_ITS}|{_TITLED_NAME}|{_PRON}|(?:{_DETERMINERS}|{_POSS_DET})"
    rf"(?:\s+[\w’'\-]+){{0,8}}?)(?:(?<=Jr)\.|(?<=Sr)\.)?{_PAREN}(?P<app>{_APP})?\s+(?:{_ADV}\s+)?"
    rf"(?:(?:has|had|have|will|would|later|then|also|once|again|first|\w+ly|{_GO_ON_TO}|"
    rf"(?:can|could)\s+be\s+heard)\s+)?"
    rf"(?P<verb>{_POST_SPEECH_VERB_RE})\b(?!\s*:\s*$)"
)
#: the end of :data:`_PRE_RE`: its reporting verb and what may follow it up to the end of the
#: clause (an object, an adverb, ``that``, a colon)
_PRE_VERB_END = (
    rf"(?P<verb>{_ALL_VERB_RE})"
    rf"(?:\s+(?:to\s+)?(?:me|us|him|her|them|it|this|reporters|journalists|the\s+\w+|"
    rf"an?\s+\w+|staff|{_PERSON_NOUN_RE}))?"
    rf"(?:\s+(?:{_ADV}|again|simply|only))?(?:\s+(?:that|as|of|how|why|whether))?"
    rf"(?:\s*[:,—–-]\s*|\s+)$"
)
#: a share of those polled as a subject (``14 percent said "…"``, ``Some 40% told``; round
#: 41): a poll's respondents answer in its words
_SHARE = r"(?<![\w.])\d{1,3}(?:\.\d)?(?:\s*%|\s+(?:percent|per\s+cent))(?=\s)"
# X says: "…" / X, who …, says "…" / X says that "…" / X tells me: "…"
_PRE_RE = lazy_compile(
    rf"(?P<np>{_TITLED_NAME}|{_PRON}|{_DOC_DESC}|{_SHARE}|{_DESC}(?:\s+(?:with|from|in|at|"
    rf"of|on|wearing|outside|near|behind)\s+[^,\x01;:!?]{{1,40}}?)?)"
    rf"{_PAREN}(?:,\s*\d{{1,3}}(?=,))?(?P<app>,[^,\x01;:!?]{{1,{APP_MAX}}},)?\s+"
    rf"(?:(?:{_PRE_VERB}|simply|only|used\s+to|liked\s+to|likes\s+to|"
    rf"(?:appears?|appeared|seems?|seemed)\s+to|{_GO_ON_TO})\s+)*"
    rf"{_PRE_VERB_END}"
)
#: a necessary condition of :data:`_PRE_RE` (speed, issue 13 round 3): in every match of it the
#: verb follows a white-space character (its ``\s+``) and :data:`_PRE_VERB_END` runs from the
#: verb to the end, so where this search from the same position finds nothing, ``_PRE_RE``
#: cannot match either. It tries only the verb alternation at each position, not the subject
#: noun phrases (about 3 us against 35 us a clause on PolNeAR train)
_PRE_VERB_END_RE = lazy_compile(rf"\s{_PRE_VERB_END}")
#: "… a cabinet minister who, after a summit, asked her: "…"": the relative pronoun's
#: antecedent is the speaker
_REL_WHO_PRE_RE = lazy_compile(
    rf"(?P<np>{_DESC})\s+who(?:\s*,[^,\x01;:]{{1,80}},)?\s+(?:{_ADV}\s+|then\s+|later\s+)?"
    rf"(?P<verb>{_ALL_VERB_RE})(?:\s+(?:me|us|him|her|them))?(?:\s+(?:that|whether))?"
    rf"(?:\s*[:,—–-]\s*|\s+)$")
#: ``… the Fenwick Group, which said: "…"`` / ``the Hale report, which notes, "…"``: an
#: organisation or a written source in front of a relative ``which`` whose verb is the cue; the
#: antecedent is the speaker (issue 13, round 22: before, the quotation went to the narration's
#: last person subject)
_SOURCE_NP = (rf"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'\-.&]+\s+){{0,4}}?"
              rf"(?:{_alt(DOCUMENT_NOUNS)})(?![\w’'\-])|[Tt]he(?:\s+[A-Z][\w’'\-.&]*){{1,5}}|{_NAME}")
_REL_WHICH_PRE_RE = lazy_compile(
    rf"(?P<np>{_SOURCE_NP}),\s+which(?:\s*,[^,\x01;:]{{1,80}},)?\s+(?:{_ADV}\s+|then\s+|"
    rf"later\s+|also\s+)?(?P<verb>{_ALL_VERB_RE})(?:\s+(?:that|whether))?(?:\s*[:,—–-]\s*|\s+)$")
#: ``As the Hale Institute website notes: "…"``: an ``as`` clause whose subject is a written
#: source or an organisation (:data:`_SOURCE_NP`), ending on a reporting verb (round 22)
_AS_SOURCE_RE = lazy_compile(
    rf"(?<![\w’'])[Aa]s\s+(?P<np>{_SOURCE_NP})\s+(?:{_ADV}\s+|first\s+|also\s+)?"
    rf"(?P<verb>{_ALL_VERB_RE})\s*[,:—–-]\s*$")
#: ``From the report: "…"`` / ``More from the Hale survey: "…"``: a sentence that is only
#: ``from`` and a written source or an organisation before a colon names the speaker, with no
#: verb (round 22)
_FROM_SOURCE_RE = lazy_compile(
    rf"(?:^|[.!?\x01]\s*)(?:[Mm]ore\s+)?(?P<cue>[Ff]rom)\s+(?P<np>{_SOURCE_NP})\s*:\s*$")
# Any reporting verb in the clause before the quote: "he says it remains special "…""
_ANY_VERB_RE = lazy_compile(rf"(?<![\w’'])(?P<verb>{_ALL_VERB_RE})(?![\w’'])")


_ROLE_BEFORE_NAME_RX = lazy_compile(
    rf"^(?!(?:an?|the|one|another|some|two|three|many|most|other)\s)(?:[a-z][\w\-]*\s+){{1,3}}"
    rf"(?={_NAME}$)")
_APPOS_NAME_AFTER_RX = lazy_compile(
    rf"[^,.;:!?\x01]{{0,40}}?,\s*(?P<name>{_TITLED_NAME})"
    rf"(?=\s*(?:[,.;:!?)]|$))")
#: words after ``put it`` before the quotation (round 53: ``As the envoy put it on Friday,
#: folding his notes: '…'``): up to six words, then perhaps a comma and an ``-ing`` phrase; a
#: punctuation mark must then close the clause, and no word may be a quotation mark or a stop
_AS_PUT_TAIL = (r"(?:\s+[^\s,.;:!?\x01“”\"‘’]+){1,6}(?:,\s+[a-z]+ing(?:\s+[^\s,.;:!?\x01“”\"‘’]+)"
                r"{0,5})?(?=\s*[,:—–-]\s*$)")
#: ``as he puts it,`` / ``as one critic put it:`` right before the quotation
_AS_PUT_RE = lazy_compile(
    rf"(?<![\w’'])[Aa]s\s+{_NP_RE}\s+(?:(?:once|later|memorably|[a-z]+ly)\s+)?"
    rf"(?P<verb>puts|put)\s+it(?P<tail>{_AS_PUT_TAIL})?\s*[,:—–-]?\s*$")


def _as_put(pre: str) -> re.Match | None:
    """``as X put it …`` right before the quotation (:data:`_AS_PUT_RE`), or None; words after
    ``put it`` must read as the saying sense (round 55: ``As she put it on the shelf, …: "…"``
    is the physical one, :func:`.put_tails.saying_put_tail`)."""
    m = _AS_PUT_RE.search(pre, max(0, len(pre) - 160))
    return m if m is not None and saying_put_tail(m.group("tail") or "") else None


#: ``As X pointed out in May, "…"`` / ``as the analyst X noted:``: an `as` clause that ends on a
#: reporting verb (perhaps with a time adjunct) right before the quotation (round 19)
_AS_VERB_RE = lazy_compile(
    rf"(?<![\w’'])[Aa]s\s+(?:[A-Z][\w\-]*[’'](?:s)?\s+|(?:the|an?)\s+(?:[a-z][\w\-]*\s+){{1,3}}(?=[A-Z]))?"
    rf"{_NP_RE}\s+(?:{_ADV}\s+)?"
    rf"(?P<verb>{_ALL_VERB_RE})(?:\s+{_ADV}|\s+(?:in|on|last|this|earlier)(?:\s+[A-Za-z]+){{1,2}})?"
    rf"\s*[,:—–-]\s*$")
_AS_WORD_RE = lazy_compile(r"(?<![\w’'])[Aa]s\s")
#: a sentence ending on a reporting verb with no reported content (``I ask the obvious
#: question.``, ``before she replies.``): the quotation that follows is what was said
_ANNOUNCE_RE = lazy_compile(
    rf"{_NP_RE}\s+(?:(?:then|finally|simply|only|[a-z]+ly)\s+)?"
    rf"(?P<verb>asks?|asked|answers?|answered|repl(?:y|ies|ied)|respond(?:s|ed)?|"
    rf"retort(?:s|ed)?|counter(?:s|ed)?)"
    rf"(?:\s+(?:him|her|them|me)?\s*(?:the|an?)\s+(?:[a-z]+\s+)?question)?\.$")
#: last words of an announcing sentence (cheap pre-test before :data:`_ANNOUNCE_RE`)
_ANNOUNCE_LAST = frozenset(
    "ask asks asked answer answers answered reply replies replied respond responds responded "
    "retort retorts retorted counter counters countered question".split())
_LABEL_PRE_RX = lazy_compile(rf"^\s*{_NP_RE}\s*:\s*$")
#: a label right after the previous quotation of the paragraph (``Ruiz: "…" Hale: "…"``, a
#: digest of two people's words; PolNeAR train gives each quotation its label as Source)
_LABEL_AFTER_RX = lazy_compile(rf"\s+{_NP_RE}\s*:\s*$")
#: compiled at import, not on first use: a match's ``.re`` is compared with it (``is``)
_ACCORDING_PRE_RE = re.compile(
    rf"(?:(?P<cue>[Aa]ccording to)|[Ii]n the (?P<noun>words?) of)\s+{_NP_RE}\s*,?\s*$")
#: compiled at import, not on first use: a match's ``.re`` is compared with it (``is``)
_ACCORDING_POST_RE = re.compile(rf"^[\s,]*(?P<cue>according to)\s+{_NP_RE}")


#: a lower-case word after a closing mark (:func:`_find_cue`), compiled once (speed,
#: throughput round 10)
_LOWER_AFTER_RE = lazy_compile(r"^[\s,]*[a-z]")


def _find_cue(row: QuoteRow, text: str, lo: int, hi: int, narr: str, next_open: int,
              prev_close: int, prev_narr: str = "", prev_lo: int = 0) -> None:
    """Fill ``row``'s cue and speaker NP from the narration around its span.

    ``prev_narr``/``prev_lo``: the previous paragraph's narration, for a block quotation whose
    cue ends the paragraph before it (``She wrote:``).
    """
    sp = row.span
    inner = text[sp.start:sp.end]
    after_pos = (sp.close_pos + 1) if sp.close_pos >= 0 else hi
    post = narr[after_pos - lo:(next_open if next_open >= 0 else hi) - lo]
    ends_sentence = inner.rstrip().endswith((".",)) and not inner.rstrip().endswith("...")
    post_ok = sp.close_pos >= 0 and (not ends_sentence or _LOWER_AFTER_RE.match(post))
    if post_ok and cue_before_exclaims(narr[:sp.open_pos - lo], inner, post):
        post_ok = False  # "X asked, "…?" Y replied": the next sentence (round 41)
    if post_ok:
        before = narr[:sp.open_pos - lo].rstrip()
        _post_cue(row, post, after_pos, not before or before[-1] in ".!?")
    if _pre_cue(row, narr, lo, prev_close, prev_narr, prev_lo, post, after_pos) or \
            row.attribution:
        starts: dict[int, int] = {}  # one sentence start per offset (throughput round 12)
        fronted_subject(row, text, starts)  # "At the meeting in X, the skipper said: "…"" (56)
        modified_subject(row, text, starts)  # "A source speaking to the Ledger said" (round 56)
        role_name_after_organisation(row, text)  # "…," said Acme president X (round 56)
        relative_participle(row, text, starts)  # "…, where protesters had gathered, chanting"
        poll_source(row, text, starts)  # "In a Ledger poll, 61 percent of voters said: "…""
        _drop_person_read(row)
        return
    _sentence_cue(row, narr, lo, inner, post, after_pos, ends_sentence, text)
    if not row.attribution and _quoted_start_moves(narr, lo, sp.open_pos - lo, text):
        # no cue in the quotation's own sentence: the reading before
        _sentence_cue(row, narr, lo, inner, post, after_pos, ends_sentence)
    if post_ok and not row.attribution and _PARTICIPLE_AFTER_RX.match(post):
        _participle_after(row, narr, lo, post, after_pos)
    if not ends_sentence:  # "…," according to Y. / …, Y reported. (round 56)
        closing_reporter(row, post, after_pos)
    starts = {}
    fronted_subject(row, text, starts)
    modified_subject(row, text, starts)
    relative_participle(row, text, starts)
    poll_source(row, text, starts)
    _drop_person_read(row)


def _quoted_start_moves(narr: str, lo: int, open_at: int, text: str) -> bool:
    """Whether the source ``text`` moves :func:`._sentence_cue`'s sentence start (a quotation
    before ``open_at`` that closes its sentence inside its marks, after the clause start of
    the narration alone): only then can the reading without ``text`` differ from the one with
    it. Speed (issue 13, round 4): otherwise the second reading was the first again, the same
    calls on the same strings, and ``_sentence_cue`` reads of the row only its span and
    whether it has a cue, so it found nothing again and wrote what it had written. With no
    masked quotation (``\x01``) before ``open_at`` the quoted start is 0 and moves nothing
    (the common case, told by one search in C)."""
    if narr.find("\x01", 0, open_at) < 0:
        return False
    return _quoted_sentence_start(text, narr, lo, open_at) > _clause_start(narr, open_at, 0)


def _drop_person_read(row: QuoteRow) -> None:
    """``read`` reports written words (``"…," the statement read``, ``it reads``; round 13);
    with a person as its subject (``a man in a shirt that read "…"``, ``he read:``) the words
    are a label or someone else's text: the cue is dropped (rules for cue-less spans apply)."""
    np_text = row.np.strip() if row.cue == "read" else ""
    kind = np_kind(np_text) if np_text else ""
    if (kind == "pronoun" and np_text.lower() in ("he", "she", "they", "i", "we")) or (
            kind == "description" and is_person_noun(desc_head(np_text))):
        row.cue, row.cue_start, row.cue_end = "", None, None
        row.np, row.np_start, row.np_end = "", None, None
        row.attribution, row.post_cue_end = "", -1


#: a participle of a verb of saying right after the closing mark (``"…," telling X that``)
_PARTICIPLE_AFTER_RX = lazy_compile(r"^[\s,]*(?P<verb>[a-z]+ing)\b")


def _participle_after(row: QuoteRow, narr: str, lo: int, post: str, after_pos: int) -> None:
    """``The group did not want to address "that person," telling X that …``: a participle of
    a verb of saying after the quotation continues its clause, so the subject of that clause
    speaks and the participle is the cue; the noun phrase after it is its object (round 21:
    before, ``X`` was read as an inverted post-cue's subject)."""
    m = _PARTICIPLE_AFTER_RX.match(post)
    lemma = ALL_VERBS.get(m.group("verb").lower(), "") if m else ""
    if not lemma:
        return
    open_at = row.span.open_pos - lo
    cs = _clause_start(narr, open_at, 0)
    subj = main_clause_subject(narr[cs:open_at])
    if subj is None or not _valid_np(subj.group("np")) or _np_is_verbish(subj.group("np")):
        return
    _set_np(row, subj, lo + cs)
    row.cue = lemma
    row.cue_start, row.cue_end = after_pos + m.start("verb"), after_pos + m.end("verb")
    row.attribution = "sentence-cue"


def _word_name_subject(np_text: str, verb: str) -> bool:
    """``"…," May said`` / ``Will wrote``: a lone capitalised sentence word (a modal, which
    :data:`_NOT_NAME` lists for ``Will Trump win?``) before a finite verb of saying (a past or
    ``-s`` form, never the base form a modal takes) is a surname (round 23)."""
    w = np_text.strip()
    return w in _NOT_NAME and " " not in w and w[1:].islower() and \
        verb.lower() != POST_REPORTING_VERBS.get(verb.lower(), verb.lower())


def _post_cue(row: QuoteRow, post: str, after_pos: int, opens_sentence: bool = False) -> None:
    """A cue right after the closing mark (``"…," says X`` / ``"…," X says``);
    ``opens_sentence``: the quotation begins its sentence (a bare plural may then be the
    post-cue's subject, see :func:`_post_cue_modified`)."""
    m = coordinated_post_cue(post)
    if m is not None:  # "…," Jo Hart and Al Reid said
        _set_post(row, m, after_pos)
        return
    for rx, how in ((_POST_INV_RE, "post-cue"), (_POST_NORM_RE, "post-cue")):
        m = post_cue_match(rx, post)
        if not m or _np_is_verbish(m.group("np")) or \
                possessed_noun(m.group("np"), m.group("verb")):
            continue
        if rx is _POST_INV_RE and m.group("verb").lower().endswith("ing"):
            continue  # "…," telling Channel 4 that …: a participle's NP is its object (round 21)
        np_text = m.group("np") if _valid_np(m.group("np")) or \
            _word_name_subject(m.group("np"), m.group("verb")) else \
            inverted_description(m.group("np")) if rx is _POST_INV_RE else ""
        if np_text:
            skip = 0
            role = _ROLE_BEFORE_NAME_RX.match(np_text)
            if role:  # "says union leader Ray Jones": the name, not the role
                skip = role.end()
                np_text = np_text[skip:]
            elif rx is _POST_INV_RE and np_kind(np_text) in ("description", "group"):
                np_text = _description(np_text)
                appos = _APPOS_NAME_AFTER_RX.match(post, m.start("np") + len(np_text))
                if appos:  # "said his wife, Carol Reid.": the name in apposition
                    skip = appos.start("name") - m.start("np")
                    np_text = appos.group("name")
            elif m.groupdict().get("app") and np_kind(np_text) in ("description", "group"):
                inner = m.group("app").strip(", ")
                if _APPOSITIVE_NAME_RE.match(inner) and inner.split()[0] not in _NOT_NAME:
                    # "…," the campaign manager, Sam Ortiz, said: the name in apposition
                    skip = m.start("app") + m.group("app").index(inner) - m.start("np")
                    np_text = inner
            base = after_pos
            row.cue = POST_REPORTING_VERBS.get(m.group("verb").lower(), "")
            row.cue_start, row.cue_end = base + m.start("verb"), base + m.end("verb")
            row.np = np_text
            row.np_start = base + m.start("np") + skip
            row.np_end = row.np_start + len(np_text)
            row.attribution = how
            row.post_cue_end = base + m.end()
            # a pre-cue with a colon beats a post-cue only if the post-cue is weak
            break
    if not row.attribution:
        _post_cue_modified(row, post, after_pos, opens_sentence)
    if row.attribution and row.post_cue_end >= after_pos:
        _relayed(row, post[row.post_cue_end - after_pos:], row.post_cue_end)


def _relayed(row: QuoteRow, rest: str, base: int) -> None:
    """``"…," X said, according to Y``: Y, the relaying source, becomes the speaker and
    ``according to`` the cue (:func:`relay_after_cue`, the PolNeAR convention of round 23)."""
    if apply_relay(row, relay_after_cue(rest), base):
        row.post_cue_end = row.np_end  # type: ignore[assignment]  # set by apply_relay


#: a verb of saying (past form) opening a label: ``Continued Stone: "…"``, ``Added Jo Hale:``
_VERB_LABEL_RX = lazy_compile(r"^(?P<verb>[A-Z][a-z]+ed|Said|Told|Wrote)\s+(?=[A-Z])")


def _verb_opened_label(row: QuoteRow) -> None:
    """``Continued Stone: "…"``: a label whose first word is a verb of saying in the past is an
    inverted cue; the name after it speaks and the verb is the cue (round 23: before, the
    speaker was ``Continued Stone``)."""
    m = _VERB_LABEL_RX.match(row.np)
    lemma = ALL_VERBS.get(m.group("verb").lower(), "") if m else ""
    if not lemma or row.np_start is None:
        return
    rest = row.np[m.end():]
    if not _valid_np(rest):
        return
    row.cue, row.cue_start = lemma, row.np_start
    row.cue_end = row.np_start + len(m.group("verb"))
    row.np, row.np_start = rest, row.np_start + m.end()
    row.rules_only = ""


def _colon_before(text: str, end: int) -> bool:
    """Whether the last character of ``text[:end]`` that is not white space is a colon: a
    necessary condition of :data:`_LABEL_PRE_RX` and :data:`_LABEL_AFTER_RX` matched up to
    ``end`` (both end on ``\\s*:\\s*$``; ``\\s`` and :meth:`str.isspace` are the same characters),
    tested before them (speed, issue 13 round 3: a few steps instead of a noun phrase tried)."""
    j = end - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] == ":"


def _pre_search(pre: str, pos: int) -> re.Match | None:
    """``_PRE_RE.search(pre, pos)``, the same match, cheaper (issue 13, round 3): the subject
    noun phrases are tried at every start only when :data:`_PRE_VERB_END_RE` (a necessary
    condition: a verb after a space, then only what may end the clause) finds something; on
    PolNeAR train 6 clauses in 10 reaching this search have no such verb end."""
    m = _PRE_RE.search(pre, pos) if _PRE_VERB_END_RE.search(pre, pos) else None
    return past_preposition_object(pre, m, _PRE_RE.search) if m else None  # (round 57)


def _pre_cue(row: QuoteRow, narr: str, lo: int, prev_close: int, prev_narr: str, prev_lo: int,
             post: str, after_pos: int) -> bool:
    """A cue in the clause before the opening mark (``X says: "…"``, a label, ``according to``,
    ``as he puts it``, ``X, who …, says``), or ending the previous paragraph. True when the
    search is over (a cue was set, or one rule settled that there is none)."""
    sp = row.span
    pre_floor = max(lo, prev_close) - lo
    cs = _clause_start(narr, sp.open_pos - lo, pre_floor)
    pre = narr[cs:sp.open_pos - lo]
    if not pre.strip() and not narr[:sp.open_pos - lo].strip() and \
            prev_narr.rstrip().endswith(":") and not row.attribution:
        tail = prev_narr.rstrip()
        pcs = _clause_start(tail, len(tail), 0)
        pm = _PRE_RE.search(tail[pcs:] + " ")
        if pm and _valid_np(pm.group("np")) and not _np_is_verbish(pm.group("np")):
            row.cue = ALL_VERBS.get(pm.group("verb").lower(), "")
            row.cue_start, row.cue_end = prev_lo + pcs + pm.start("verb"), \
                prev_lo + pcs + pm.end("verb")
            _set_np(row, pm, prev_lo + pcs)
            row.attribution = "pre-cue"
            return True
    if not row.attribution and not pre.strip():
        # "I ask the obvious question. "…"" / "… before he answers." + a quotation paragraph:
        # a sentence that ends on a bare reporting verb announces the quotation after it
        before = narr[:sp.open_pos - lo]
        b0 = lo
        if not before.strip() and prev_narr:
            before, b0 = prev_narr, prev_lo
        tail = before.rstrip()
        am = _ANNOUNCE_RE.search(tail, max(0, len(tail) - 160)) if tail.endswith(".") and (
            (tail[:-1].rsplit(None, 1) or [""])[-1] in _ANNOUNCE_LAST) else None
        sent_lo = max(tail.rfind(c, 0, am.start()) for c in ".!?") if am else -1
        if am and _valid_np(am.group("np")) and "\x01" not in tail[sent_lo + 1:]:
            # (a sentence that itself carries a quotation, '"Why?" the judge asked.', has
            # reported its words already: the next quotation is someone's reply)
            row.cue = ALL_VERBS.get(am.group("verb").lower(), "")
            row.cue_start, row.cue_end = b0 + am.start("verb"), b0 + am.end("verb")
            _set_np(row, am, b0)
            row.attribution = "pre-cue"
            return True
    label = None if row.attribution or not _colon_before(narr, sp.open_pos - lo) else \
        _LABEL_PRE_RX.match(narr, 0, sp.open_pos - lo) or (
        _LABEL_AFTER_RX.match(narr, prev_close - lo, sp.open_pos - lo) if prev_close > lo else None)
    if label and _valid_np(label.group("np")) and not _np_is_verbish(label.group("np")) and \
            not holds_saying_verb(label.group("np")):
        # "Minister: "We will act"" (headline, transcript): the label is the speaker
        _set_np(row, label, lo)
        row.attribution = "pre-cue"
        row.rules_only = "label"
        _verb_opened_label(row)
        return True
    acc = (_ACCORDING_PRE_RE.search(pre) if "ccording to" in pre or "words of" in pre or
           "word of" in pre else None) or (
        _ACCORDING_POST_RE.match(post) if sp.close_pos >= 0 else None)
    if row.attribution == "post-cue" and _post_cue_overruled(row, pre, lo + cs):
        return True
    if acc and not row.attribution and _valid_np(acc.group("np")):
        base = lo + cs if acc.re is _ACCORDING_PRE_RE else after_pos
        noun = acc.groupdict().get("noun")  # "in the words of X": the cue is the noun
        row.cue = "word" if noun else "according to"
        grp = "noun" if noun else "cue"
        row.cue_start, row.cue_end = base + acc.start(grp), base + acc.end(grp)
        _set_according_np(row, acc, base, post, after_pos)
        row.attribution = "pre-cue" if acc.re is _ACCORDING_PRE_RE else "post-cue"
        return True
    prep = prepositional_cue(pre, lo + cs, post if sp.close_pos >= 0 else "", after_pos) \
        if not row.attribution else None
    if prep:  # "according to a study last year", "in X's words", "as X, a …, put it"
        row.np, row.np_start, row.cue, row.cue_start, row.cue_end, row.attribution = prep
        row.np_end = row.np_start + len(row.np)
        return True
    as_clause = _AS_WORD_RE.search(pre[-140:]) and (
        _verbs_in(pre, max(0, len(pre) - 60)) or _PHRASAL_RX.search(pre, max(0, len(pre) - 60)))
    asput = (_as_put(pre) if " put" in pre[-110:] else None) or (
        _AS_VERB_RE.search(pre, max(0, len(pre) - 140)) if as_clause else None) or (
        _AS_SOURCE_RE.search(pre, max(0, len(pre) - 140)) if as_clause else None) \
        if not row.attribution else None
    if asput and _valid_np(asput.group("np")) and not _np_is_verbish(asput.group("np")):
        # "watching, as he puts it, "…"" / "As X pointed out in May, "…"": the `as` clause
        # names the speaker, its verb is the cue (round 19: any reporting verb, not only `put`)
        row.cue = ALL_VERBS.get(asput.group("verb").lower(), "put")
        row.cue_start, row.cue_end = lo + cs + asput.start("verb"), lo + cs + asput.end("verb")
        _set_np(row, asput, lo + cs)
        row.attribution = "pre-cue"
        return True
    rel = _REL_WHO_PRE_RE.search(pre, max(0, len(pre) - 200)) if " who" in pre else None
    if rel and _valid_np(rel.group("np")) and (not row.attribution or pre.rstrip().endswith(":")):
        row.cue = ALL_VERBS.get(rel.group("verb").lower(), "")
        row.cue_start, row.cue_end = lo + cs + rel.start("verb"), lo + cs + rel.end("verb")
        _set_np(row, rel, lo + cs)
        row.attribution = "pre-cue"
        return True
    if _source_pre_cue(row, pre, lo + cs):
        return True
    tail0 = max(0, len(pre) - 260)  # the cue ends the clause: look at its tail
    m = _pre_search(pre, tail0) if _verbs_in(pre, max(0, len(pre) - 60)) or \
        _PHRASAL_RX.search(pre, max(0, len(pre) - 60)) else None
    if m and _valid_np(m.group("np")) and not _np_is_verbish(m.group("np")) and not (
            (m.group("verb").endswith("ing") or _THE_PROPER_RX.match(m.group("np")))
            and _PREP_GUARD_RE.search(pre[:m.start("np")])) \
            and not possessed_noun(m.group("np"), m.group("verb")) and not across_clause(m):
        # (a proper name with its article after a preposition, ``Jo Reed of The Nation wrote``,
        # ``a column in The Beacon, entitled``, is not the verb's subject)
        colon = _announces(row, pre)
        if not row.attribution and in_reported_clause(pre, m.start("np"), m.end("np")):
            return False  # "Officials have said he said "…"": the sentence cue's reporter
        if not row.attribution or colon:
            lemma = ALL_VERBS.get(m.group("verb").lower(), "")
            row.cue = lemma
            base = lo + cs
            row.cue_start, row.cue_end = base + m.start("verb"), base + m.end("verb")
            main = main_clause_subject(pre[:m.start("np")]) if m.start("np") > 0 and \
                m.group("verb").endswith("ing") and \
                document_phrase(m.group("np"), desc_head(m.group("np"))) else None  # round 64
            _set_np(row, main or m, base)  # "X released a statement saying: "…"": X
            _document_author(row, narr[:cs], lo)
            relay_opener(row, pre, base)  # "According to the Ledger, X said: "…"" (round 37)
            row.attribution = "pre-cue"
            return True
    return False


def _announces(row: QuoteRow, pre: str) -> bool:
    """Whether the clause ``pre`` before the quotation announces it over a post-cue already
    read: a colon does; a dash may only close a parenthesis, so it does not overrule a post-cue
    that names its speaker (``— "…?" asked Pryor, a partner``)."""
    return pre.rstrip().endswith(":") or (pre.rstrip().endswith(("—", "–")) and not (
        row.attribution and row.np and row.np.lower() not in PRONOUNS))


def _set_according_np(row: QuoteRow, acc: re.Match, base: int, post: str,
                      after_pos: int) -> None:
    """The speaker phrase of an ``according to`` cue: after the quotation (``"…," according to
    X's memoir``) the relay reader of the post-cue path reads it (:func:`relay_after_cue`:
    the possessed text, a reduced relative's agent; round 37), else the matched phrase."""
    _set_np(row, acc, base)
    if acc.re is _ACCORDING_POST_RE:
        apply_relay(row, relay_after_cue(post), after_pos)


def _post_cue_overruled(row: QuoteRow, pre: str, base: int) -> bool:
    """Whether the clause ``pre`` before the quotation (from ``base``) takes it from the
    post-cue already set on ``row`` (round 37), and sets the cue if so: a subordinate clause
    whose verb of saying ends at the quotation (``When X shouted, "…," Y joked``:
    :func:`.governing.subordinate_cue`), or an ``according to`` relay opening the sentence
    (``According to the Ledger, "…," X said``: the relay, as on the other cue paths)."""
    sub = subordinate_cue(pre)
    if sub is not None and ALL_VERBS.get(sub.group("verb").lower(), ""):
        row.cue = ALL_VERBS[sub.group("verb").lower()]
        row.cue_start, row.cue_end = base + sub.start("verb"), base + sub.end("verb")
        _set_np(row, sub, base)
        row.attribution, row.post_cue_end = "pre-cue", -1
        return True
    return "ccording to" in pre and apply_relay(row, relay_before_subject(pre), base)


def _source_pre_cue(row: QuoteRow, pre: str, base: int) -> bool:
    """``From the report: "…"`` and ``… the Fenwick Group, which said: "…"``: a written source or
    an organisation named before the quotation without a subject-verb cue of its own (round
    22); ``pre`` is the narration before the mark, starting at ``base`` in the text. True when
    a cue was set."""
    src = _FROM_SOURCE_RE.search(pre, max(0, len(pre) - 120)) \
        if not row.attribution and "rom " in pre[-120:] else None
    if src and _valid_np(src.group("np")):
        row.cue = "from"
        row.cue_start, row.cue_end = base + src.start("cue"), base + src.end("cue")
        _set_np(row, src, base)
        row.attribution = "pre-cue"
        return True
    rel = _REL_WHICH_PRE_RE.search(pre, max(0, len(pre) - 200)) if " which" in pre else None
    if rel and _valid_np(rel.group("np")) and (not row.attribution or pre.rstrip().endswith(":")):
        row.cue = ALL_VERBS.get(rel.group("verb").lower(), "")
        row.cue_start, row.cue_end = base + rel.start("verb"), base + rel.end("verb")
        _set_np(row, rel, base)
        row.attribution = "pre-cue"
        return True
    return False


def _document_author(row: QuoteRow, before: str, lo: int) -> None:
    """``a leaked message from a senior backbencher urged … The message added: "…"``: a
    definite document speaker whose document was introduced, earlier in the paragraph, as
    sent ``from`` a person is that person's words (round 16; the project's annotation
    convention, and the round-15 lesson that a document subject must not take a quotation
    from the person who wrote it)."""
    if not row.np[:4].lower() == "the " or np_kind(row.np) != "group":
        return
    head = desc_head(row.np)
    if head not in DOCUMENT_NOUNS:
        return
    found = None
    for m in re.finditer(rf"(?<![\w’'])(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){{0,3}}?"
                         rf"{re.escape(head)}\s+from\s+(?P<np>{_DESC}|{_TITLED_NAME})", before):
        found = m
    if found is not None and _valid_np(found.group("np")):
        row.np, row.np_start = found.group("np"), lo + found.start("np")
        row.np_end = row.np_start + len(row.np)
