"""Tense and context markers around an expression: which way a year-less date should lean.

A year-less date (``23 February``) takes the year nearest the reference date, and the cost of
being after it depends on the clause's tense (:data:`FORWARD_COST`); these expressions read
that tense and the cues that override it (a reporting verb, a schedule, a citation).
"""

from __future__ import annotations

import re

from helpers.instruments.timeline.grammar import ANY_MONTH_RE, DAY_RE

_FUTURE_RE = re.compile(r"\b(?<!had\sbeen\s)(?:will|shall|won['’]t|going to|is to|are to|"
                        r"due to|scheduled|"
                        r"plans? to|intends? to|next|upcoming|forthcoming|must|tomorrow|"
                        r"(?:is|are|was|were)\s+expected\s+to|set\s+to|poised\s+to|"
                        r"(?-i:may|might)(?!\s+(?:not\s+|well\s+)?have\s+(?:\w+ly\s+)?"
                        r"(?:been|\w+ed|\w+en|thought|felt|got|had|made|lost|left|met|won)\b))\b"
                        r"|['’]ll\b", re.IGNORECASE)
_PAST_RE = re.compile(r"\b(?:was|were|had|did|said|told|went|came|met|left|took|gave|made|"
                      r"began|won|lost|ago|yesterday|last|sent|held|found|saw|wrote|spoke|got|"
                      r"ran|kept|brought|bought|thought|felt|knew|became|fell|rose|paid|led|"
                      r"sold|stood|heard|meant|built|spent|struck|chose|drew|flew|grew|threw|"
                      r"broke|forgot|fought|caught|taught|sought|won|wore|sang|sat|slept|hid|"
                      # an -ed participle after a present "be" is a present passive ("is
                      # planned Friday", "is based on"): the finite verb is "is" (round 23)
                      r"(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bbe\s)(?<!\bbeing\s)\w{3,}ed)\b",
                      re.IGNORECASE)
_PERFECT_RE = re.compile(r"\b(?:have|has|['’]ve)\s+(?:\w+ly\s+|not\s+|never\s+|just\s+|"
                         r"already\s+|twice\s+|since\s+)*(?:been|had|\w+ed|\w+en|\w+t)\b",
                         re.IGNORECASE)

#: A finite present verb: a present auxiliary or copula, or an ``-s`` verb after a subject
#: pronoun or a relative (``it opens``, ``who leads``). Read only where no past, perfect or
#: future marker is found, to tell a present clause from one with no finite verb (round 17).
_PRESENT_RE = re.compile(r"\b(?:is|are|am|isn['’]t|aren['’]t|has|have|does|do|doesn['’]t|"
                         r"don['’]t|says|(?:he|she|it|who|which|that|there)\s+"
                         r"(?:\w+ly\s+|also\s+|still\s+|now\s+)?[a-z]{2,}[^s\W]s)\b|"
                         r"\b(?:he|she|it|that|there|what)['’]s\b|"
                         # an -s verb before its object ("the mayor meets the minister")
                         r"\b[a-z]{2,}[^s\W]s\s+(?:the|an?|its|his|her|their|them|him|our|"
                         r"us|me|this|these|those)\b", re.IGNORECASE)

#: An ``-s`` word right before the expression ("the bank reports on Friday"): read as a
#: present verb (a plural noun there, "the talks on Friday", keeps the reading of round 16).
_PRESENT_BEFORE_RE = re.compile(r"\b[a-z]{2,}[^s\W]s\s+(?:on\s+)?$")


#: How much a date after the reference costs per day, by tense (before it: 1, future 1.5).
FORWARD_COST = {"future": 1.0, "present": 1.5, "none": 1.5, "past": 3.0, "perfect": 3.0,
                "cited": 1000.0}
#: The tenses of a clause with no past, perfect or future marker: a present verb the reader
#: does not mark (``meets``) or no finite verb at all (``none``: a headline, a noun phrase).
UNMARKED = ("present", "none")
#: A present-tense scheduling verb just before a date: "begins Friday", "takes effect on 7 April",
#: "a new contract, effective June 1" (not "was effective").
SCHEDULE_RE = re.compile(r"\b(?:begins|starts|opens|meets|ends|closes|resumes|reconvenes|"
                          r"expires|takes\s+effect|comes\s+into\s+force|is\s+due|are\s+due|"
                          r"(?<!was\s)(?<!were\s)(?<!became\s)effective|"
                          r"(?:runs|lasts|continues)\s+(?:through|until|till|to))"
                          r"(?:\s+on)?\s+$")
#: A past reporting verb just before a date, with at most a short object ("said Thursday",
#: "said on Friday", "told reporters on Monday"): the report is past, whatever a modal earlier
#: in the sentence says ("X will set up a centre, the two governments said on Friday").
REPORTED_RE = re.compile(r"\b(?:said|told|announced|added|wrote|stated|confirmed|reported|"
                          r"disclosed|testified|warned|argued|insisted|explained|revealed|"
                          r"acknowledged|admitted|denied|claimed|declared|noted|predicted|"
                          r"promised|pledged|vowed|urged)(?:\s+(?:(?:the\s+|a\s+)?[A-Za-z]+|"
                          r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))?"
                          r"(?:\s+(?:on|late|early))?\s+$")
#: The reporting clause right after a closing quotation mark that names the day the words were
#: spoken: '," the mayor said on Monday', '," he told reporters yesterday' (``day``: a weekday,
#: ``yesterday`` or ``today``), with at most six words before the verb. The day belongs to the
#: reporting clause: right after the verb (``said Monday``, ``said on Monday``), after ``in a
#: statement`` or after the object of ``told`` (``told reporters on Friday``), and not the
#: subject of a clause of its own (``said Monday would be ...``); a complement clause between
#: (``said the vote is on Friday``, ``said next Monday``) names no day of speech (issue 14).
SPEECH_DAY_RE = re.compile(
    r"[\s,]*(?:[\w.'’-]+\s+){0,6}?(?:(?:said|says|added|wrote|declared|announced|stated|"
    r"insisted|explained|warned|argued)(?:\s+in\s+(?:a|an|the|his|her|its|their)\s+[a-z]+)?|"
    r"told\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|[a-z]+))\s+(?:on\s+)?"
    r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b"
    r"(?!\s+(?:would|will|is|was|could|should|might|may|can|must|had|has)\b)")
#: A simple-past verb right before a date ("took effect Jan. 1", "died on March 3"): the date is
#: not after publication. Verbs of planning ("was scheduled", "was set") look forward.
DIRECT_PAST_RE = re.compile(
    r"\b(?!(?:scheduled|planned|set|slated|postponed|delayed|moved|rescheduled|pushed|expected|"
    r"due|needed|required|proposed|intended|designed|timed|booked|called|fixed|announced|"
    r"said|told)\b)(?:took\s+effect|came\s+into\s+force|\w{3,}ed|took|began|died|won|lost|"
    r"met|left|fell|rose|held|sold|paid|spoke|wrote|became|ran|struck|came|went)"
    r"(?:\s+(?:office|power|charge|over)(?:\s+in)?)?(?:\s+on)?\s+$")  # "took office in May"
#: A simple-past verb of an event anywhere in a clause (the verbs of :data:`DIRECT_PAST_RE`).
_PAST_EVENT_RE = re.compile(
    r"\b(?!(?:scheduled|planned|set|slated|postponed|delayed|moved|rescheduled|pushed|expected|"
    r"due|needed|required|proposed|intended|designed|timed|booked|called|fixed|announced|"
    r"said|told|reported|agreed|offered)\b)(?:\w{3,}ed|took|began|died|won|lost|met|left|fell|"
    r"rose|held|sold|paid|spoke|wrote|became|ran|struck|came|went|brought|bought)\b")
#: What makes a past sentence speak of a later date: a reporting verb (a report of a plan,
#: "said it would pay ... in January"), a modal, an infinitive ("agreed to buy ... in May").
_FORWARD_IN_PAST_RE = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|expects?|expected|plans?|planned|"
    r"agreed|will|would|could|should|might|may|can|must|until|before|if|unless|when|once)\b|"
    r"\bto\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|some|about|\d)\b)[a-z]+\b|"
    r"['’]ll\b", re.IGNORECASE)


#: An end point or start point right before a date: a deadline can lie after the event that
#: sets it ("extended the offer to Nov. 20", "loans through January", "a pact effective June 1").
_END_POINT_RE = re.compile(r"\b(?:to|through|thru|until|till|by|from|effective|starting|"
                           r"beginning)\s+$", re.IGNORECASE)


def past_event_governs(sentence_lead: str, clause: str, before: str = "") -> bool:
    """Whether the clause of a year-less date reports a past event with a simple-past verb
    and nothing in its sentence before it or in its clause looks forward (``In January,
    the firm brought in a new chief``; ``changed to a calendar year in December``): the date
    is then not after publication. A reporting verb, a modal or an infinitive in the
    sentence (``said it would pay in January``, ``agreed to buy it in February``) may
    speak of a date still to come, so they keep the nearest-date reading, and so does an
    end or start point right ``before`` the date (``extended the offer to Nov. 20``)."""
    if _END_POINT_RE.search(before):
        return False
    return bool(_PAST_EVENT_RE.search(clause)) and not _FORWARD_IN_PAST_RE.search(
        sentence_lead) and not _FORWARD_IN_PAST_RE.search(clause)


#: An auxiliary or modal before the verb preceding a date: "will be completed on Monday".
AUX_BEFORE_RE = re.compile(r"\b(?:will|would|shall|be|been|being|to|can|could|may|might|must|"
                            r"should|['’]ll)\s+(?:\w+ly\s+|not\s+)?\w+(?:\s+on)?\s+$",
                            re.IGNORECASE)
#: A citation of an earlier piece just before a date: "(news article, July 6)", "(Op-Ed, Aug. 26)".
CITATION_RE = re.compile(r"\([^()]{0,40}\b(?:article|editorial|letter|column|Op-Ed|op-ed|page|"
                          r"report|story|review|essay|interview|feature|obituary),\s*$")


#: "next" inside a noun phrase ("the next council vote", "its upcoming report"): a
#: modifier, not the verb of the clause after the expression (round 15).
_NOUN_PHRASE_NEXT_RE = re.compile(r".*\b(?:the|a|an|its|his|her|their|our|this|that)\s+"
                                  r"(?:next|upcoming|forthcoming)$", re.IGNORECASE | re.DOTALL)


def _nearest_tense(text: str, last: bool) -> str:
    """Tense of the marker nearest the expression: the last one in ``text`` before it
    (``last``) or the first one after it, where ``next`` in a noun phrase (``the next
    vote``) is no marker; ``none`` when ``text`` has no marker."""
    best, best_pos = "none", None
    for tense, rx in (("future", _FUTURE_RE), ("perfect", _PERFECT_RE), ("past", _PAST_RE)):
        found = list(rx.finditer(text)) if last else [m for m in rx.finditer(text) if not (
            tense == "future" and _NOUN_PHRASE_NEXT_RE.match(text, max(0, m.start() - 12),
                                                             m.end()))][:1]
        if not found:
            continue
        pos = found[-1].start() if last else found[0].start()
        if best_pos is None or (pos > best_pos if last else pos < best_pos):
            best, best_pos = tense, pos
    return best


#: Future markers that are verbs: they govern the rest of their clause ("next month's summit"
#: does not make "ministers met on Monday" future).
# "had been due to expire Friday": a plan that was superseded speaks of the past
_MODAL_RE = re.compile(r"\b(?<!had\sbeen\s)(?:will|shall|won['’]t|going to|is to|are to|"
                       r"due to|scheduled|"
                       r"plans? to|intends? to|must|(?:is|are|was|were)\s+expected\s+to|"
                       r"set\s+to|poised\s+to|"
                       # "may have thought ... in April": a guess about the past, not a future
                       r"(?-i:may|might)(?!\s+(?:not\s+|well\s+)?have\s+(?:\w+ly\s+)?"
                       r"(?:been|\w+ed|\w+en|thought|felt|got|had|made|lost|left|met|won)\b)|"
                       # "a candidate who can win in November": a possible event, not a past one
                       r"can(?:not)?)\b|['’]ll\b", re.IGNORECASE)


#: Before the expression in its noun phrase, a preposition of what is still to come:
#: "ahead of Tuesday's primary", "in the lead-up to Friday's vote" (TimeBank: "ahead of the
#: weekend" is the next one).
_AHEAD_RE = re.compile(r"\b(?:ahead\s+of|(?:lead|run)[\s-]up\s+to)\s+"
                       # "ahead of schedule / time / expectations": a comparison, no event
                       r"(?!(?:schedule|time|expectations|forecasts?)\b)(?:the\s+|this\s+)?"
                       # up to three words of the noun phrase ("the state's delegate-rich
                       # Tuesday primary"), none a preposition ("ahead of Smith on Monday")
                       r"(?:(?!(?:on|in|at|by|for|and|or|with|after|before|since|from|to|"
                       r"until)\b)[\w'’.-]+\s+){0,3}$"
                       # the day of an event after its noun ("ahead of the caucuses on
                       # Monday"; round 23): a common noun after "the" (not a rival: "ahead
                       # of Smith on Monday", "ahead of the Democrats on Monday")
                       r"|\b(?:ahead\s+of|(?:lead|run)[\s-]up\s+to)\s+(?-i:the)\s+"
                       r"(?:(?!(?:on|in|at|by|for|and|or|with|after|before|since|from|to|"
                       r"until)\b)[\w'’.-]+\s+){0,2}(?-i:[a-z][\w-]*)\s+on\s+$",
                       re.IGNORECASE)


def modal_governs(lead: str) -> bool:
    """Whether a future modal or ``ahead of`` before the expression in its clause governs it
    (``He will win in November``, ``who can win in November``): then the date is still to
    come, the next occurrence of a year-less month or day. A future marker after the
    expression (``after the vote on 23 February, I will wonder``) does not fix its year."""
    if _AHEAD_RE.search(lead):
        return True
    modals = list(_MODAL_RE.finditer(lead))
    if not modals:
        return False
    # "can be forgiven for not knowing that there was a debate Saturday night": a clause of
    # its own after the modal, with a past verb, governs the expression (round 23)
    return not _PAST_SUBCLAUSE_RE.search(lead, modals[-1].end())


#: A subordinate clause with a simple-past verb ("... that there was a debate", "... when it
#: rallied"): after a modal, it is that clause's verb that governs a later expression.
_PAST_SUBCLAUSE_RE = re.compile(
    r"\b(?:that|which|who|when|because|after|since|where|what|how|why|whether)\b"
    r"(?:(?!\b(?:will|would|shall|can|could|may|might|must)\b).)*?"
    r"\b(?:was|were|had|did|said|told|went|came|met|left|took|gave|made|began|won|lost|"
    r"held|\w{3,}ed)\b", re.IGNORECASE | re.DOTALL)


#: A reduced relative clause: a determiner, a noun and an ``-ed`` participle before a
#: preposition ("a campaign focused on winning", "a crew trained for the race"), when a modal
#: follows in the same clause ("... must have its teams ready"): the participle qualifies the
#: noun; the modal is the clause's verb (round 15).
_REDUCED_RELATIVE_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]ny|[Ee]very|[Ee]ach|[Ii]ts|[Hh]is|"
    r"[Hh]er|[Tt]heir|[Oo]ur)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+"
    r"(?P<ed>(?!(?:was|were|had|need|feed|seed|speed|bed|red|shed)\b)[a-z]{3,}ed)\s+"
    r"(?:on|at|in|by|for|with|to|from|against|under|over|about)\b"
    r"(?=(?:(?!\b(?:and|but|or|while|which|who|that|then|was|were|had|did)\b)[^,;.!?])*?"
    r"\b(?:will|would|must|should|can|could|shall)\b)")


def _participles_masked(lead: str, rest: str) -> tuple[str, str]:
    """``lead`` and ``rest`` with the participle of a reduced relative clause blanked out
    (:data:`_REDUCED_RELATIVE_RE`), so that it is not read as the clause's simple past."""
    joined = lead + "\x00" + rest
    spans = [m.span("ed") for m in _REDUCED_RELATIVE_RE.finditer(joined)]
    for a, b in spans:
        joined = joined[:a] + " " * (b - a) + joined[b:]
    head, tail = joined.split("\x00", 1)
    return head, tail


#: A non-restrictive relative clause closed by a comma before the expression ("The new levy,
#: which was approved in a close vote, is part of a scheme to balance the budget by March"):
#: its verb is its own, not the verb of the clause that holds the expression (round 27). The
#: comma must be followed by the main clause's auxiliary or copula, so that a list inside the
#: relative clause ("who stepped down as chair, treasurer and secretary in March") is no aside.
_ASIDE_RE = re.compile(r"(?:^|,)\s*(?:which|who|whom|whose)\b[^,;:()]*,(?=\s*(?:is|are|was|"
                       r"were|has|have|had|will|would|shall|can|could|may|might|must|should|"
                       r"does|do|did)\b)")


def _asides_masked(lead: str) -> str:
    """``lead`` with each closed non-restrictive relative clause (:data:`_ASIDE_RE`) blanked
    out, so that its verb is not read as the tense of the clause around it."""
    if "wh" not in lead:  # most clauses hold no relative pronoun: skip the expression
        return lead
    return _ASIDE_RE.sub(lambda m: " " * len(m.group(0)), lead)


def local_tense(lead: str, rest: str) -> str:
    """Tense governing an expression: future if a future marker precedes it in its clause
    (``will be replaced in``) or it follows ``ahead of`` (``ahead of Tuesday's primary``), else
    that of the nearest marker before it (``said Friday``), or, when there is none, of the
    nearest one after it (``on Tuesday advanced``); ``none`` when the clause has no marker at
    all (a headline, a dateline, a noun phrase: ``the attacks in Paris on Friday``), which
    its consumers may read otherwise than a present verb (round 17; :data:`UNMARKED`)."""
    # a modal governs what follows it ("will be replaced in")
    if modal_governs(lead):
        return "future"
    lead, rest = _participles_masked(_asides_masked(lead), rest)
    t = _nearest_tense(lead, last=True)
    if t == "none":
        t = _nearest_tense(rest, last=False)
    return "present" if t == "none" and (_PRESENT_RE.search(lead) or _PRESENT_RE.search(
        rest) or _PRESENT_BEFORE_RE.search(lead)) else t


#: An article's definition of its fiscal year's last day ("fiscal year runs from July 1 to June
#: 30", "financial year ends on 31 March").
FISCAL_YEAR_DEFINITION_RE = re.compile(
    rf"(?i:fiscal|financial|budget|tax)\s+year\s+(?:(?:ends|closes)(?:\s+on)?|(?:runs|starts|"
    rf"begins|is)\b[^.;]{{0,40}}?(?:\bto|\bthrough|\buntil|\bends(?:\s+on)?|[-–]))\s+"
    rf"(?:(?P<ma>{ANY_MONTH_RE})\s+(?P<da>{DAY_RE})|(?P<db>{DAY_RE})\s+(?P<mb>{ANY_MONTH_RE}))"
    rf"(?![\w-])")
#: A recurring period being defined just before a year-less range ("The school year runs from").
# a season still ahead: a deadline preposition, or an infinitive of intent ("agreed to meet
# again in Washington in the spring"); a past-tense verb in between ("to ask why it failed in
# the spring") stops it, and so does "since" ("to remain popular since taking over in the fall");
# or a conditional modal of what is still to come ("would be reviewed in the autumn", "could be
# relaxed in the spring"; session 13), not a past conditional ("would have been reviewed") and
# not across a clause of its own ("could say that it failed in the spring")
SEASON_AHEAD_RE = re.compile(
    r"(?:\b(?:before|by|until|till|ahead\s+of)\s+|\bto\s+(?!(?:\w+\s+){0,6}?\w+ed\b)"
    r"(?:(?!since\b)[\w'’]+\s+){1,7}?(?:in|by|during)\s+|"
    r"\b(?i:would|could|should|might)\s+(?!(?:not\s+|\w+ly\s+)?have\b)"
    r"(?:(?!(?:since|that|which|who|when|because|after|if)\b)[\w'’]+\s+){1,6}?"
    r"(?:in|by|during)\s+)(?:the\s+|this\s+|next\s+)?$")

#: A verb of intent or agreement with its infinitive before a year-less month ("agreed to
#: purchase the line in February", "plans to open a plant by March"): what was agreed or
#: planned is still to come (round 23). Only these verbs: after a verb of motion, "to" is a
#: preposition ("moved to London in May").
INTENT_AHEAD_RE = re.compile(
    r"\b(?:agree[sd]?|plan(?:s|ned)?|intend(?:s|ed)?|decide[sd]?|aim(?:s|ed)?|hope[sd]?|"
    r"promise[sd]?|pledge[sd]?|vow(?:s|ed)?|offer(?:s|ed)?|propose[sd]?|vote[sd]?)\s+to\s+"
    r"(?!(?:\S+\s+){0,6}?\w+ed\b)(?:(?!since\b)[^\s.;:!?]+\s+){1,8}?(?:in|by|during)\s+$")

GENERIC_PERIOD_RE = re.compile(
    r"(?i:fiscal|financial|budget|tax|school|academic|church|liturgical)\s+year\s+(?:runs|"
    r"starts|begins|lasts|is|extends|ends|closes)(?:\s+on)?\s+$|"
    # a recurring date: "meets every year in September", "each year on 1 May"
    r"\b(?i:every|each)\s+year\s+(?:in|on|at|around|during|from)(?:\s+(?i:early|late|mid))?\s+$")
