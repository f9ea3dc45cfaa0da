"""The description rule of the PolNeAR scorer: is a description Source (``the senator``) the
predicted person, by the article's own evidence?

One job: the evidence test behind ``DESCRIPTION_NAME_RULE`` (round 8; the switch stays on
:mod:`helpers.evaluate.polnear`, which reads it): the surname of the predicted name is the one
person the article joins to the description's head noun by a title (``Sen. X``), the role
word before a name (``senator X``) or an apposition (``X, a retired neurosurgeon``; ``the
group's founder, X,``). Moved out of ``polnear.py`` unchanged (scorer tidy, 2026-12-06).
"""

from __future__ import annotations

import re

__all__: list[str] = []

_ROLE_ABBR = {"senator": "Sen", "governor": "Gov", "representative": "Rep", "congressman": "Rep",
              "congresswoman": "Rep", "general": "Gen", "doctor": "Dr", "professor": "Prof",
              "reverend": "Rev", "lieutenant": "Lt", "captain": "Capt", "colonel": "Col"}
_DESC_SOURCE_RE = re.compile(
    r"^\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+){0,4}?([a-z][a-z\-]+)\s*,?\s*$")
#: role nouns also written capitalised as a title before a name (``Judge X``, ``Senator X``)
_TITLE_WORDS = frozenset("judge justice senator governor president secretary mayor admiral "
                         "general representative ambassador chancellor minister".split())
_CAP_NAME = r"[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'\-]+){0,3}"


def _people_with_role(head: str, text: str) -> set[str]:
    """Surnames the article joins to the role noun ``head``: a title (``Sen. X``), the role
    word right before a name (``senator X``, ``campaign manager X``) or an apposition (``X, a
    retired neurosurgeon``; ``the founder, X,``)."""
    word = re.escape(head) if head not in _TITLE_WORDS else f"(?:{head}|{head.capitalize()})"
    pats = [rf"(?<![\w’']){word}\s+(?:of\s+[A-Z][\w\-]+\s+)?({_CAP_NAME})",
            rf"({_CAP_NAME}),\s+(?:a|an|the)\s+[^,.;:()\"“”]{{0,60}}?\b{re.escape(head)}\b"
            rf"(?=[^,.;:()]{{0,40}}[,.;)])",
            rf"\b(?:a|an|the)\s+[^,.;:()\"“”]{{0,60}}?\b{re.escape(head)},\s+({_CAP_NAME}),"]
    if head in _ROLE_ABBR:
        pats.append(rf"(?<![\w’']){_ROLE_ABBR[head]}\.\s+({_CAP_NAME})")
    out: set[str] = set()
    for pat in pats:
        for m in re.finditer(pat, text):
            words = m.group(1).replace("’s", "").replace("'s", "").split()
            if words:
                out.add(words[-1])
    return out


def description_is(pred: str, ref: str, text: str) -> bool:
    """Whether the description Source ``ref`` is the person ``pred`` by the article's own
    evidence (see DESCRIPTION_NAME_RULE): the surname of ``pred`` is the one person joined to
    the description's head noun."""
    m = _DESC_SOURCE_RE.match(ref)
    words = re.findall(r"[A-Z][\w’'\-]+", str(pred))
    if not m or not words:
        return False
    people = _people_with_role(m.group(1).lower(), text)
    return people == {words[-1].replace("’s", "").replace("'s", "")}

