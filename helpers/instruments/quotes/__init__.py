"""Direct quotations: find every span in quotation marks, classify it, attribute it to a speaker.

Why: "whose voice does the piece carry?" is answered by counting who is quoted, how much and
with which reporting verb. The rules are general (no name, phrase or line of any particular
corpus): quotation-mark pairing, a reporting-verb lexicon with inflections, cue patterns in both
orders, speaker noun phrases (names, pronouns, descriptions), pronoun resolution and name
canonicalisation.

Pipeline, per article and per paragraph (block):

1. :func:`find_quote_spans` pairs the marks of ONE paragraph at a time (straight and curly,
   double and single; apostrophes such as ``arm's``, ``Labour’s``, ``’80s`` are rejected by their
   context), so a stray mark never shifts the pairing of later paragraphs. A paragraph whose last
   double quotation stays open yields a span to the paragraph's end (multi-paragraph quotes).
2. Cues: the narration around each span (other quotations masked) is matched against
   ``"…," says X`` / ``"…," X says`` / ``X says: "…"`` / ``X, who …, says "…"`` /
   ``X says (that) … "…"`` / ``… was assured by X that … "…"`` with the reporting-verb lexicon
   :data:`REPORTING_VERBS` (lemma per inflected form).
3. Speaker noun phrase: a name (titles stripped), a pronoun or a description (``a nurse``,
   ``one activist``). Pronouns resolve to the most recent person mentioned as a subject; in an
   interview (detected from the standfirst/title wording, from who dominates the explicit
   attributions, or — a profile — from a first-person writer who asks/presses/meets someone
   in a piece that opens on that person; never from a name) ``he``/``she`` default to the
   interviewee, ``I`` is the interviewer, and cue-less quotation paragraphs alternate as Q&A
   turns.
4. No cue: a span that continues a speech span of the same paragraph (or opens a paragraph right
   after one) is a continuation; a short span that is not sentence-like is a ``term``; other
   sentence-like spans are speech by context (the interviewee, or the paragraph's last subject).
5. Names are canonicalised: a surname or a titled name maps to the fullest name seen earlier in
   the article, else through the register ``data/people.csv`` (aliases), else stays as written.

Output of :func:`extract_quotes` — one row per quoted span:

``source``, ``article_id``; ``start``/``end`` (the words INSIDE the marks; offsets into
``corpus.texts[source]``); ``text``; ``kind`` (``speech`` | ``term``); ``speaker`` (canonical
name, a description, a group, ``the writer``, ``the interviewer`` (the first person of an
interview or profile), or empty); ``speaker_start``/``speaker_end``
(nullable Int64: the mention that identifies the speaker — the name for a resolved pronoun when it
is in the article, else the pronoun); ``cue`` (reporting-verb lemma or empty); ``continuation``
(bool); ``speaker_type`` (``named`` | ``pronoun-resolved`` | ``description`` | ``group`` |
``writer`` | ``none``); ``speaker_mention`` (the words of the speaker phrase as written);
``cue_start``/``cue_end`` (Int64, the verb); ``attribution`` (``post-cue`` | ``pre-cue`` |
``sentence-cue`` | ``continuation`` | ``context`` | ``ranked`` (re-chosen by the optional
learned speaker chooser, :mod:`.ranker`) | ``none``); ``mark`` (``double`` | ``single``);
``level`` (0 top, 1 nested inside another span); ``closed`` (False for the open piece of a
multi-paragraph quote or a stray opener); ``block_id``; ``paragraph_index``; ``sentence_id``
(sentence of the corpus containing the span start, -1 if none); ``n_words``.

Modules (each with one job): the pairing of marks is :mod:`helpers.core.quotation_marks` (shared
with the timeline); :mod:`.lexicon` (word lists from
``data/lexicons/``), :mod:`.names` (name keys, register aliases), :mod:`.mentions` (people in the
narration), :mod:`.cues` (cue and speaker phrase of one span), :mod:`.attribution` (per-article
state, pronoun resolution), :mod:`.article` (rows of one article, interview detection),
:mod:`.finish` (finishing passes), :mod:`.extract` (public entry points), :mod:`.tables`
(notebook tables), :mod:`.ranker_candidates`, :mod:`.ranker_features` and :mod:`.ranker` (the
optional learned speaker chooser: candidates; their features; the model and its weights file).
Scoring lives in :mod:`helpers.evaluate.quotes`.
"""

from helpers.core.people import load_people
from helpers.core.quotation_marks import QuoteSpan, find_quote_spans
from helpers.instruments.quotes.extract import QUOTE_COLUMNS, extract_quotes, extract_quotes_text
from helpers.instruments.quotes.lexicon import REPORTING_VERBS
from helpers.instruments.quotes.names import canonical_key, same_speaker
from helpers.instruments.quotes.tables import (
    VERB_FRAMING,
    mention_network,
    quote_shares,
    verb_framing,
    voice_shares,
)

__all__ = [
    "QUOTE_COLUMNS",
    "REPORTING_VERBS",
    "VERB_FRAMING",
    "QuoteSpan",
    "canonical_key",
    "extract_quotes",
    "extract_quotes_text",
    "find_quote_spans",
    "load_people",
    "mention_network",
    "quote_shares",
    "same_speaker",
    "verb_framing",
    "voice_shares",
]
