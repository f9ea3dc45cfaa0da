"""A given name standing alone as a clause's subject is a person (issue 13, round 57).

Feature writing introduces ordinary people by a given name only: ``Karen, 47, from Barnsley,
has claimed …``, ``At a quarter to seven, Denise is handing out biscuits.``, ``Marcy, a dinner
lady for longer than she will admit, was folding a banner.``. A one-word capitalised run was a
person mention only when the speaker list knew it, when a person noun stood in apposition, or
when a verb of saying followed; so the later ``she says`` had no antecedent there, or took an
earlier person (round 57's count: uk_dev5 four pieces, uk_dev7 four, two writers). A listed
given name that stands alone (``first_names.txt``, ``use`` = ``any``) and opens a clause is a
person when the words after it are those of a subject: an age in apposition, an apposition
opened by an article that a finite verb follows, or a finite verb.
"""

from __future__ import annotations

import re

#: what follows a lone given name that is a clause's subject: an age (``, 47,``), an
#: apposition opened by an article and then a finite verb (``, a dinner lady …, was``), or a
#: finite verb (``is handing``, ``has worked``, ``was folding``, ``spent``)
_SUBJECT_AFTER_RX = re.compile(
    r"(?:,\s*\d{1,3},"
    r"|,\s*(?:a|an|the)\s+[^,;:.!?\x01\"“”]{1,80},\s+(?:is|was|has|had|[a-z]+ed)(?![\w’'\-])"
    r"|\s+(?:is|was|has|had)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ing|ed|en|t)(?![\w’'\-]))")


def subject_after_given_name(narr: str, end: int) -> bool:
    """Whether the narration after a lone given name ending at ``end`` reads as the rest of a
    clause it is the subject of (module docstring); the caller checks that the name is a
    listed lone given name and opens a clause."""
    return _SUBJECT_AFTER_RX.match(narr, end, min(len(narr), end + 140)) is not None
