"""Negated and denied theme cues: "there is no split", "aides denied a plot", "far from a rift".

Why: the coding guideline (``data/annotations/guidelines/themes.md``, version 2, rule 4) codes
a paragraph that denies or negates the theme as *discussing* it, and lists the theme apart in
``negated``. The instrument does the same with :func:`is_negated`, a clause-level heuristic on
the words around one matched cue (no parser is available offline). It tells a denial of the
theme's state of affairs (``no split``, ``is not about austerity``, ``denied that a coup was
planned``, ``claims of entryism are unfounded``) from a negated action whose object merely
happens to be the theme (``we will not cascade poverty``: a pledge, not a denial), from
emphasis (``never been more divided``, ``could not be wider``) and from fixed phrases that only
look negative (``no doubt``, ``not only``).
"""

from __future__ import annotations

import re

__all__ = ["is_negated"]

#: words that may stand between a negator and the cue without taking the negation away from
#: it: determiners, the copula, degree words, "of/about/over", nouns of existence and evidence
#: ("no sign of a split"), verbs of talk ("never mentioned austerity", "nobody is talking
#: about a coup") and of planning ("no one is planning a coup")
_FILL = re.compile(
    r"(?:a|an|any|the|one|single|such|this|that|these|those|its|their|his|her|our|"
    r"is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|"
    r"really|truly|actually|at|all|much|real|serious|genuine|open|formal|"
    r"of|about|over|in|to|for|"
    r"sign|signs|evidence|question|talk|hint|prospect|suggestion|suggestions|truth|"
    r"basis|case|chance|danger|risk|threat|plan|plans|"
    r"mention\w*|talk\w*|speak\w*|spoke|spoken|discuss\w*|rais\w*|refer\w*|"
    r"say|says|said|saying|anything|something|plan\w*|plott\w*)", re.IGNORECASE)
#: negators that bind only through function words ("is not a split", "never been a rift")
_NOT = frozenset({"not", "never", "nor", "neither"})
#: negators of existence, which may also pass two content words ("no Labour MP has plotted")
_NO = frozenset({"no", "without", "nobody", "none", "no-one"})
#: words that open another clause: a negator before them does not reach the cue
_OPENS = frozenset({"that", "which", "who", "whom", "whose", "when", "where", "because", "if",
                    "and", "or", "so", "as", "than", "unless", "until", "after", "before"})
_WORD = re.compile(r"[\w'’-]+")


def _negator_before(clause: str) -> bool:
    """A negator right before the cue at the end of ``clause``: "not"-type negators
    (:data:`_NOT`, ``n't``, ``far from``) with only :data:`_FILL` words between, "no"-type
    ones (:data:`_NO`, ``no one``) with at most four words between, two of them other words,
    none opening another clause."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(clause)][-8:]
    # the words between the negator and the cue, and how many of them are not _FILL words
    # (counted as each word is passed: each word is tested once)
    n_between = n_other = 0
    for i in range(len(words) - 1, -1, -1):
        w, prev = words[i], (words[i - 1] if i else "")
        if w in _NOT or w.endswith("n't") or (w == "from" and prev == "far"):
            return n_other == 0
        if w in _NO or (w == "one" and prev == "no"):
            return n_between <= 4 and n_other <= 2
        if w in _OPENS:
            return False
        n_between += 1
        n_other += _FILL.fullmatch(w) is None
    return False


#: fixed phrases that look negative but assert: "no doubt", "not only", "no longer"...
_NOT_A_NEGATION = re.compile(
    r"\b(?:no\s+(?:doubt|wonder|longer|matter|surprise|end\s+(?:to|of))|not\s+(?:only|just|merely|least|"
    r"surprisingly|unlike)|nothing\s+(?:less|short)\s+(?:than|of)|never\s+(?:been|be)\s+"
    r"(?:more|less|so|as|better|worse|greater|deeper|wider|bigger|\w+er\b))",
    re.IGNORECASE)
#: a denial verb anywhere earlier in the sentence scopes over its complement ("denied that a
#: coup was planned", "ruled out a leadership challenge") ...
_DENY = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing)\s+out|refut\w*)\b",
                   re.IGNORECASE)
#: ... and a dismissal verb only when its object is a reported claim ("dismissed talk of a
#: rebellion", "rejected suggestions of a rift"); "rejected austerity" is a stance, not a denial
_DISMISS = re.compile(
    r"\b(?:dismiss\w*|reject\w*|play\w*\s+down|brush\w*\s+(?:aside|off)|laugh\w*\s+off|"
    r"pour\w*\s+cold\s+water\s+on|scoff\w*\s+at)\s+(?:[\w'’-]+\s+){0,3}?(?:talk|claims?|"
    r"suggestions?|reports?|rumou?rs?|ideas?|notions?|accusations?|charges?|speculation|"
    r"allegations?|fears?|stor(?:y|ies)|theor(?:y|ies)|assertions?)\b",
    re.IGNORECASE)
#: "not deny", "refused to deny": the denial is itself negated, the theme asserted
_NEGATED_DENIAL = re.compile(
    r"(?:\b(?:not|never)|n['’]t|\brefus\w+\s+to|\bdeclin\w+\s+to)\s+(?:\w+\s+)?"
    r"(?:deny|denied|denies|dismiss\w*|reject\w*|rul\w+\s+out)\b", re.IGNORECASE)
#: the cue as the subject of a negated or denied predicate right after it ("the relationship
#: has not suffered", "talk of a split was denied", "claims of entryism are unfounded") ...
_AFTER = re.compile(
    r"^\W*(?:[\w'’]+\W+){0,3}?(?:(?:is|are|was|were|has|have|had|does|do|did|will|would|"
    r"could|can|should)(?:\s+not\b|n['’]t\b|\s+never\b)|never\b|(?:is|are|was|were|been)\s+"
    r"(?:(?:flatly|firmly|strongly|swiftly)\s+)?(?:denied|dismissed|rejected|untrue|unfounded|"
    r"false|baseless|groundless|nonsense|a\s+myth|wide\s+of\s+the\s+mark)\b)",
    re.IGNORECASE)
#: ... unless the negated verb is emphatic ("could not be wider", "has never been better")
_EMPHATIC_AFTER = re.compile(
    r"(?:not|n['’]t|never)\s+(?:have\s+)?(?:be|been)\s+(?:more|less|any|so|\w+er)\b",
    re.IGNORECASE)
#: the clause around the cue: punctuation, dashes and contrast conjunctions cut it
_CLAUSE = re.compile(r"[,;:()\[\]—–.?!\n]|\s-\s|\b(?:but|although|though|while|whereas|yet)\b",
                     re.IGNORECASE)
#: the sentence around the cue, for denial verbs (a "that" clause or a comma does not stop
#: "denied"); a contrast conjunction does
_SENTENCE = re.compile(r"[;.?!\n]|\b(?:but|although|though|whereas|yet)\b", re.IGNORECASE)


def _tail(text: str, breaks: re.Pattern[str]) -> str:
    """``text`` after its last match of ``breaks`` (the start of the cue's clause)."""
    cut = [m.end() for m in breaks.finditer(text)]
    return text[cut[-1]:] if cut else text


def is_negated(text: str, start: int, end: int) -> bool:
    """Whether the cue ``text[start:end]`` is negated or denied in its own clause or sentence.

    Why: "there is no split", "the relationship has not suffered" and "he denied any plot"
    discuss a theme without asserting it; the guideline codes them and flags them apart.
    Counted as negated: a negator (``no``, ``not``, ``never``, ``n't``, ``without``,
    ``nobody``, ``far from``) right before the cue with only function words, words of
    evidence ("no sign of") or of talk ("never mentioned") between; a denial verb (``deny``,
    ``rule out``, ``refute``) earlier in the sentence, or a dismissal (``dismissed``,
    ``rejected``, ``played down``) of talk, claims or rumours of the cue; a negated or denied
    predicate of the cue ("has not suffered", "were denied", "are unfounded"). Not negated:
    a negated action on the cue ("will not cascade poverty"), emphasis ("never been more
    divided", "could not be wider"), "no doubt", "not only", and a negated denial ("did not
    deny the split").
    """
    lo = max(0, start - 160)
    sentence = _tail(text[lo:start], _SENTENCE)
    clause = _tail(sentence, _CLAUSE)
    before = _negator_before(clause) and not _NOT_A_NEGATION.search(clause)
    if not before:
        denial = _DENY.search(sentence) or _DISMISS.search(sentence)
        before = bool(denial) and not _NEGATED_DENIAL.search(sentence)
    if before:
        return True
    after = text[end:end + 80]
    stop = _CLAUSE.search(after)
    after = after[:stop.start()] if stop else after
    return _AFTER.search(after) is not None and _EMPHATIC_AFTER.search(after) is None
