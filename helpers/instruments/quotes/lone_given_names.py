"""A given name standing alone as a clause's subject is a person (issue 13, round 57).

Feature writing introduces ordinary people by a given name only: ``Karen, 47, from Barnsley,
has claimed …``, ``At a quarter to seven, Denise is handing out biscuits.``, ``Marcy, a dinner
lady for longer than she will admit, was folding a banner.``. A one-word capitalised run was a
person mention only when the speaker list knew it, when a person noun stood in apposition, or
when a verb of saying followed; so the later ``she says`` had no antecedent there, or took an
earlier person (round 57's count: uk_dev5 four pieces, uk_dev7 four, two writers). A listed
given name (``first_names.txt``) that opens a clause is a person when the words after it are
those of a subject: an age in apposition, an apposition opened by an article that a finite
verb follows, or a finite verb. A name that is also an English word or a surname (``use`` =
``first``: ``Hope``, ``Grant``, ``Denise``) takes the bare finite verb only inside a sentence,
where its capital is the name's (``Hope is fading`` opens a sentence; ``…, in the dark, Denise
is handing out biscuits`` does not).
"""

from __future__ import annotations

import re

from helpers.core.lazy_patterns import lazy_compile
from helpers.core.lexicons import load_words
from helpers.instruments.quotes.lexicon import given_name_use

#: words that open an aside between a subject and its verb (``data/lexicons/aside_openers.txt``)
_ASIDE_OPENERS = "|".join(sorted(map(re.escape, load_words("aside_openers.txt")),
                                 key=len, reverse=True))

#: what follows a lone given name that is a clause's subject: an age (``, 47,``), an
#: apposition opened by an article and then a finite verb (``, a dinner lady …, was``), or a
#: finite verb (``is handing``, ``has worked``, ``was folding``)
_SUBJECT_AFTER_RX = lazy_compile(
    r"(?:,\s*\d{1,3},"
    r"|,\s*(?:a|an|the)\s+[^,;:.!?\x01\"“”]{1,80},\s+(?:is|was|has|had|[a-z]+ed)(?![\w’'\-])"
    # round 63: an aside opened by a preposition, a subordinator or an adverb, then a finite
    # verb (``Graham, for his part, has stopped``; ``Maureen, when I read her the letter, was
    # quiet``), and an age as the predicate (``Maureen is 68 and a retired cook``)
    # (both, like the bare finite verb, only inside a sentence for a name that is also a word)
    rf"|(?P<aside>,\s*(?:{_ASIDE_OPENERS}|[a-z]+ly)\s[^,;:.!?\x01\"“”]{{0,60}},\s+"
    r"(?:is|was|has|had|does|did|[a-z]+ed|[a-z]+s)(?![\w’'\-])"
    r"|\s+(?:is|was)\s+\d{1,3}(?![\w’'\-%]))"
    r"|(?P<verb>\s+(?:is|was|has|had)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ing|ed|en|t)(?![\w’'\-])))")
#: the end of the text before a sentence's first word: a stop, a line break or nothing,
#: perhaps with an opening mark; a colon (a full sentence after it is capitalised in American
#: style) and a masked quotation (``"It is over." Hope is fading``: the quotation's own stop is
#: masked) open one too (review 22a)
_SENTENCE_OPEN_RX = lazy_compile(r"(?:^|[.!?:\n\x01][\"”’')]*)\s*[\"“‘']?\s*$")


def lone_given_name_subject(narr: str, start: int, end: int, before: str | None = None
                            ) -> bool:
    """Whether the one-word run ``narr[start:end]`` is a listed given name whose following
    words read as the rest of a clause it is the subject of (module docstring); the caller
    checks that the name opens a clause. ``before``: the unmasked text just before the name
    (round 59): the mask hides whether a quotation before it closed its sentence (``"…."
    Hope is fading``) or not (``"…," Dawn is telling``); without it a masked quotation
    counts as a sentence's end."""
    use = given_name_use().get(narr[start:end])
    if use is None:
        return False
    m = _SUBJECT_AFTER_RX.match(narr, end, min(len(narr), end + 140))
    if m is None:
        return False
    return use == "any" or (m.group("verb") is None and m.group("aside") is None) or \
        _SENTENCE_OPEN_RX.search(narr[max(0, start - 6):start] if before is None
                                 else before) is None
