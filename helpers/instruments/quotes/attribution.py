"""Attribution of a reporting clause's noun phrase to a speaker (:func:`_attribute_np`): a
pronoun resolved to its antecedent, a description named from context, an organisation given
its full name, names made canonical. The per-article state and the passes it uses live in
files of their own (one job each): :mod:`.state` (names seen, canonical names),
:mod:`.paragraphs` (blocks and their lazy mentions), :mod:`.pronouns`, :mod:`.subjects`
(clause position of a subject), :mod:`.descriptions`. Their names used elsewhere are
re-exported here, where they were imported from before the split."""

from __future__ import annotations

from helpers.core.lazy_patterns import lazy_compile
from helpers.instruments.quotes.apposed_offices import named_office_speaker
from helpers.instruments.quotes.cataphora import cataphoric_subject
from helpers.instruments.quotes.cue_subjects import apposed_name, headed_plural
from helpers.instruments.quotes.descriptions import (
    _complete_description,
    _org_full_name,
    _role_match,
    capitalised_office,
    office_holder,
    titled_person,
)
from helpers.instruments.quotes.elliptic_one import elliptic_one
from helpers.instruments.quotes.final_reporter import final_reporter
from helpers.instruments.quotes.lexicon import _ORG_WORDS, ORG_NOUNS, TITLE_SET
from helpers.instruments.quotes.mention_type import Mention
from helpers.instruments.quotes.mentions import _clean_name_tokens, _description, cue_name_tokens
from helpers.instruments.quotes.paragraphs import Paragraph, _LazyMentions
from helpers.instruments.quotes.phrases import _DET_WORD_RX, np_kind
from helpers.instruments.quotes.pronouns import (
    _resolve_pronoun,
    _went_on_speaker,
    mention_name,
    pronoun_compatible,
)
from helpers.instruments.quotes.quoterow import QuoteRow
from helpers.instruments.quotes.relation_groups import relation_group
from helpers.instruments.quotes.singular_they import earlier_singular_they, singular_they
from helpers.instruments.quotes.state import ArticleState, _possessive_parts
from helpers.instruments.quotes.what_one_calls import what_one_group

__all__ = [
    "ArticleState",
    "Paragraph",
    "_LazyMentions",
    "_attribute_np",
    "pronoun_compatible",
    "mention_name",
    "_org_full_name",
    "_possessive_parts",
    "_resolve_pronoun",
    "titled_person",
]


#: a personal pronoun subject written with a contracted auxiliary (``He’s predicting``,
#: ``She’d said``, ``They’re warning``): the name pattern reads it as one capitalised word
_CONTRACTED_PRONOUN_RE = lazy_compile(r"(?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ww]e)[’'](?:s|d|ll|re|ve)")


def _uncontract(row: QuoteRow) -> None:
    """A contracted pronoun subject (``He’s``) kept as the pronoun alone, offsets narrowed.

    Why (round 32): ``He’s predicting he will do "…"`` left ``He’s`` as a one-word name,
    which is no speaker (``not_a_speaker:He``), so the quotation lost its speaker."""
    m = _CONTRACTED_PRONOUN_RE.fullmatch(row.np.strip())
    if m is None:
        return
    lead = len(row.np) - len(row.np.lstrip())
    row.np = m.group("pron")
    if row.np_start is not None:
        row.np_start += lead
        row.np_end = row.np_start + len(row.np)


#: reporting verbs of an answer: their ``he``/``she`` is the person just asked
_REPLY_CUES = frozenset({"reply", "answer", "respond", "retort"})
#: ``asked`` right before a name: the name is the person asked (the object)
_ASKED_BEFORE_RE = lazy_compile(r"(?<![\w’'])(?:asked|questioned)\s+$")
#: a sentence end in the narration between the question and the answer
_SENT_BREAK_RE = lazy_compile(r"[.!?][\"”’']?\s+(?=[\"“‘]?[A-Z])")


def _asked_person(pron: str, pos: int, art: ArticleState, para: int) -> Mention | None:
    """The person named as the object of ``asked`` in the sentence of a ``he replied`` or
    the one before it (``A reporter asked X how he felt. He replied: "…"``), None if none.

    Why (round 32): the latest subject (the asker) took the pronoun of the answer."""
    for k in (para, para - 1):
        if k < 0 or k >= len(art.paragraph_mentions):
            continue
        for m in reversed(art.paragraph_mentions[k]):
            if m.start >= pos or m.kind != "named":
                continue
            if len(_SENT_BREAK_RE.findall(art.text, m.end, pos)) > 1:
                return None
            if _ASKED_BEFORE_RE.search(art.text, max(0, m.start - 20), m.start) and \
                    pronoun_compatible(pron.lower(), m, art):
                return m
    return None


#: patterns of :func:`_attribute_np`'s named branch, compiled once (speed, throughput round
#: 10: ``re.split``/``re.search`` with a string went through ``re``'s cache on every call)
_AND_SPLIT_RE = lazy_compile(r"\s+and\s+")
_POSSESSIVE_S_RE = lazy_compile(r"[’']s\s")
_THE_LEAD_RE = lazy_compile(r"^[Tt]he\s")
_OF_FOR_RE = lazy_compile(r"\s(?:of|for)\s")


def _attribute_np(row: QuoteRow, art: ArticleState, para: int, interview: bool, exclude: str = ""
                  ) -> None:
    _uncontract(row)
    np_text = row.np.strip()
    kind = np_kind(np_text)
    if kind == "description" and (app := apposed_name(art.text, row.np_start)) is not None:
        # "One early supporter, Representative X, said": the name the description introduces
        row.np, row.np_start, row.np_end = app.name, app.start, app.end
        np_text, kind = app.name, np_kind(app.name)
    row.speaker_mention = np_text
    if (grp := relation_group(art.text, row.np_start, row.np_end)) is not None:
        # "Allies of the prime minister say": the group of relation, not its complement (r79)
        row.speaker, row.speaker_type, row.speaker_start, row.speaker_end = grp
        return
    if (one := elliptic_one(art.text, row.np_start, row.np_end)) is not None or \
            (one := what_one_group(art.text, row.np_start, row.np_end)) is not None:
        # "Allies of X tell a different story. "…," one said": one of the allies (round 79)
        row.speaker, row.speaker_type, row.speaker_start, row.speaker_end = one
        return
    if kind == "named" and headed_plural(np_text):
        # "Supporters of X would argue": the group headed by the plural, not X (round 34)
        row.speaker, row.speaker_type = np_text, "description"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end
        return
    asked = _asked_person(np_text, row.np_start, art, para) if kind == "pronoun" and \
        np_text.lower() in ("he", "she") and row.cue in _REPLY_CUES and \
        row.np_start is not None else None
    if asked is not None:
        row.speaker, row.speaker_type = mention_name(asked, art)
        row.speaker_start, row.speaker_end = asked.start, asked.end
        return
    final = final_reporter(np_text, row.span.open_pos, art, para, exclude) if \
        kind == "pronoun" and row.attribution == "post-cue" else None
    if final is not None:  # "…, his brother added. ¶ "…," he said" (round 40)
        row.speaker, row.speaker_type, row.speaker_start, row.speaker_end = final
        return
    after = cataphoric_subject(np_text, row.np_start, art, para, exclude) if \
        kind == "pronoun" and row.np_start is not None else None
    if after is not None:  # "After he blasted … "…," Pastor X has …" (round 40)
        row.speaker, row.speaker_type, row.speaker_start, row.speaker_end = after
        return
    if kind == "pronoun":
        went_on = _went_on_speaker(np_text, row.cue, art, para, exclude, row.np_start)
        if went_on:
            row.speaker, row.speaker_type = went_on
            row.speaker_start, row.speaker_end = row.np_start, row.np_end
            return
        # "A senior figure was blunter. "…," they said": the singular they (round 79)
        name, typ, s, e = singular_they(np_text, row.np_start, art, para, row.attribution) or \
            _resolve_pronoun(np_text, row.np_start or row.span.start, art, para,
                             exclude=exclude, interview=interview)
        if np_text.lower() == "they" and (s is None or art.text[s:e].lower() == "they") and \
                earlier_singular_they(name, typ, row.np_start or row.span.start, art, para):
            name, typ = "", "none"  # another paragraph's singular they (review 28a)
        row.speaker, row.speaker_type = name, typ
        row.speaker_start, row.speaker_end = (s, e) if s is not None else (row.np_start,
                                                                           row.np_end)
    elif kind == "description":
        desc = _complete_description(_description(np_text), art, para,
                                     row.np_start or row.span.start)
        person = _role_match(desc, art) or office_holder(
            desc, art, para, row.np_start or row.span.start, exclude) or \
            named_office_speaker(desc, art, row.np_start or row.span.start, exclude)
        if person:
            row.speaker, row.speaker_type = person, "named"
        else:
            row.speaker, row.speaker_type = desc, "description"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end
    elif kind == "group":
        row.speaker = _description(np_text) if _DET_WORD_RX.match(np_text) \
            else np_text
        row.speaker = _org_full_name(row.speaker, art, row.np_start or row.span.start)
        row.speaker_type = "group"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end
        _office_speaker(row, np_text, art, para, exclude)
    else:
        parts = _AND_SPLIT_RE.split(np_text)
        names = []
        for part in parts:
            if _POSSESSIVE_S_RE.search(part):  # "Rumsfeld's DoD": keep as written
                names.append(part)
                continue
            tokens = cue_name_tokens(part) if row.attribution == "post-cue" else \
                _clean_name_tokens(part)
            names.append(art.canonical(" ".join(tokens) if tokens else part,
                                       row.np_start or 0))
        row.speaker = " and ".join(names)
        tokens = _clean_name_tokens(parts[0])
        # a group: an organisation word, an acronym, "the Americans"; otherwise a named speaker
        org = len(parts) == 1 and (any(t in _ORG_WORDS for t in tokens) or (
            len(tokens) == 1 and (tokens[0].isupper() or tokens[0].lower() in ORG_NOUNS))
            or bool(_THE_LEAD_RE.match(row.speaker))
            or bool(_OF_FOR_RE.search(row.speaker) and len(tokens) >= 3
                    and tokens[0].rstrip(".") not in TITLE_SET))  # "Royal Society of Tanners"
        row.speaker_type = "group" if org else "named"
        row.speaker_start, row.speaker_end = row.np_start, row.np_end
        if len(parts) == 1:
            _office_speaker(row, np_text, art, para, exclude)


def _office_phrase(np_text: str, text: str, np_start: int | None) -> str:
    """``the Prime Minister`` when the speaker phrase is a capitalised office with its article
    (``The Foreign Secretary``), also when the phrase was cut after ``the`` (``Prime Minister``
    right after ``the ``); "" otherwise (:func:`.descriptions.capitalised_office`)."""
    phrase = " ".join(np_text.split())
    if not phrase.lower().startswith("the ") and np_start is not None and \
            text[max(0, np_start - 4):np_start].lower() == "the ":
        phrase = "the " + phrase
    return phrase if capitalised_office(phrase) else ""


def _office_speaker(row: QuoteRow, np_text: str, art: ArticleState, para: int,
                    exclude: str) -> None:
    """``"…," the Prime Minister replied``: the speaker is the office's holder named in the
    article (:func:`.descriptions.office_holder`), when there is one (round 50)."""
    office = _office_phrase(np_text, art.text, row.np_start)
    if office:
        person = office_holder(office, art, para, row.np_start or row.span.start, exclude) \
            or named_office_speaker(office, art, row.np_start or row.span.start, exclude)
        if person:
            row.speaker, row.speaker_type = person, "named"
