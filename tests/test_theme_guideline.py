"""The themes guideline gives coders the codebook's definitions word for word.

The coding rule ("discusses") codes a paragraph against a theme's *definition*; blind coders may
not read the codebook, so the guideline must carry the definitions, and they must not drift apart
when either file is edited (session 31: the guideline had named them without giving them).
"""

from __future__ import annotations

import re

from helpers.core.paths import ANNOTATIONS
from helpers.instruments.themes.codebook import load_codebook

GUIDELINE = ANNOTATIONS / "guidelines" / "themes.md"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_codebook_definition_is_in_the_guideline_verbatim():
    guideline = _flat(GUIDELINE.read_text(encoding="utf-8"))
    themes = load_codebook().themes
    assert len(themes) == 5
    for theme in themes:
        entry = _flat(f"- **{theme.id}** ({theme.label}): {theme.definition}")
        assert entry in guideline, f"{GUIDELINE.name} lacks the codebook's definition of {theme.id}"


def test_the_definitions_section_lists_exactly_the_codebook_themes():
    """No stale or extra entry: the section names the codebook's themes, in its order."""
    text = GUIDELINE.read_text(encoding="utf-8")
    section = text.split("### The five definitions", 1)[1].split("\n### ", 1)[0]
    listed = re.findall(r"^- \*\*(\w+)\*\* \(", section, flags=re.M)
    assert listed == [theme.id for theme in load_codebook().themes]
