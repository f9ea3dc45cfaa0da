"""The PolNeAR scorer's test for two members of one family: a predicted full name with the
referent's surname but another given name (``Heidi Cruz`` for ``Ted Cruz``) is another person.

Why apart from :mod:`helpers.evaluate.polnear`: that module keeps to the project's file size,
and the name rules (given-name variants, accents, surname particles) are one concern with their
own switches. The switches ``GIVEN_NAME_VARIANT_RULE`` and ``NAME_FORM_RULE`` are read here
and set here (``helpers.evaluate.polnear_names.NAME_FORM_RULE = False``); ``polnear`` does not
re-export them, since a copy there would be a switch that switches nothing.
"""

from __future__ import annotations

import re

from helpers.core.given_names import same_given_name
from helpers.core.name_forms import fold_accents, is_particle, surname_start

__all__ = ["GIVEN_NAME_VARIANT_RULE", "NAME_FORM_RULE"]

#: convention (issue 13, branch wt-names28): a given name and its variant (``Chuck`` and
#: ``Charles``, ``Bill`` and ``William``: ``data/lexicons/given_name_variants.csv``) with one
#: surname name one person, so the referent rule does not call them two members of a family.
#: False gives the earlier rule (exact given names only).
GIVEN_NAME_VARIANT_RULE = True

#: convention (issue 13, branch wt-names29): names are compared with their accents folded
#: (``Rénald``/``Renald``) and a surname particle in any case is part of the surname
#: (``De Varga`` for ``Piet de Varga``: ``data/lexicons/name_particles.txt``), so the referent
#: rule does not call two spellings of one name two members of a family. False gives the
#: earlier rule (capitalised words compared as written).
NAME_FORM_RULE = True

_TITLE_WORDS_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Rev|Sir|Lord|Lady)\.?$")
#: a capitalised word, or a lower-case word standing alone (kept only if it is a particle)
_CLASH_WORD_RE = re.compile(r"[A-Z][\w\-]*\.?|(?<![\w\-])[a-z]+(?![\w\-])")


def _given_name_clash(pred: str, ref: str) -> bool:
    """A predicted full name with the referent's surname whose name word before the surname is
    not in the referent's name, nor the referent's in it (``Heidi Cruz`` for ``Ted Cruz``,
    ``Bill Clinton`` for ``Hillary Clinton``): another member of the family. A nickname inside
    the referent (``Bobby Scott`` for ``Robert C. "Bobby" Scott``), a role word before the name
    (``Director Aaron Sharockman``) and initials do not clash; nor does a variant of a given name
    of the other (``Chuck Ferro`` for ``Charles Ferro``, ``Bill X`` for ``William J. X``:
    :func:`helpers.core.given_names.same_given_name`, ``GIVEN_NAME_VARIANT_RULE``), nor (with
    ``NAME_FORM_RULE``) another spelling of the name: accents folded, and a surname particle,
    upper-case at a sentence start, taken as part of the surname (``De Varga`` for ``Piet de
    Varga``: :func:`helpers.core.name_forms.surname_start`)."""
    def words(x: str) -> list[str]:
        x = x.replace("’s", "").replace("'s", "")
        if not NAME_FORM_RULE:
            ws = re.findall(r"[A-Z][\w\-]*\.?", x)
        else:
            ws = [w for w in _CLASH_WORD_RE.findall(fold_accents(x))
                  if w[:1].isupper() or is_particle(w)]
        return [w for w in ws if not _TITLE_WORDS_RE.match(w)]

    p, r = words(str(pred)), words(ref)
    if len(p) < 2 or len(r) < 2 or p[-1].lower() != r[-1].lower():
        return False
    if NAME_FORM_RULE:  # the words before each surname, particles joined to the surname
        p_given, r_given = p[:surname_start(p, r)], r[:surname_start(r, p)]
        if not p_given or not r_given:
            return False
    else:
        p_given, r_given = p[:-1], r[:-1]
    if p_given[-1].endswith(".") or r_given[-1].endswith("."):
        return False

    def named_in(w: str, other: list[str]) -> bool:
        if GIVEN_NAME_VARIANT_RULE:
            return any(same_given_name(w, o) for o in other)
        return w.lower() in {o.lower() for o in other}

    return not named_in(p_given[-1], r) and not named_in(r_given[-1], p)
