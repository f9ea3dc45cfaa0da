"""Themes: a user-editable codebook matched in text, scored per unit, read in context.

Why: researchers want to see where a theme (the UK–US "special relationship", party
factionalism, ...) lives in an article and in which words, and to add their own themes by
editing ``data/lexicons/themes.yml`` alone. Everything is transparent dictionary matching: every
match carries offsets into ``corpus.texts[source]`` so a reader can check each one.

Modules (this package re-exports their public names):

* :mod:`~helpers.instruments.themes.codebook` — the codebook: syntax, checks, compiled regexes
  (``load_codebook``, ``Codebook``, ``Theme``, ``CodebookError``, ``compile_term``).
* :mod:`~helpers.instruments.themes.matching` — ``match_themes``, ``theme_scores``,
  ``paragraph_themes`` (the CLI table), ``top_terms``, ``theme_definition``,
  ``people_spoken_of``; it re-exports them from the modules that hold them (``units``,
  ``search``, ``matches``, ``article_terms``, ``evidence``, ``scoring``, ``summaries``).
* :mod:`~helpers.instruments.themes.concordance` — ``kwic``, ``collocates``, ``theme_keyness``
  for a theme or any term (statistics from :mod:`helpers.core.keyness`).

Elsewhere, by layer: scoring against hand coding in :mod:`helpers.evaluate.themes`; joins with
quotes and sentiment (``theme_voices``, ``theme_tone``) in :mod:`helpers.report.joins`; the
trajectory plot in :mod:`helpers.report.theme_plots`; keyness, KWIC lines and collocates of any
hits in :mod:`helpers.core.keyness`.
"""

from __future__ import annotations

from helpers.instruments.themes.codebook import (
    DEFAULT_CODEBOOK,
    Codebook,
    CodebookError,
    Theme,
    compile_term,
    load_codebook,
)
from helpers.instruments.themes.concordance import collocates, kwic, theme_keyness
from helpers.instruments.themes.matching import (
    LEVELS,
    MATCH_COLUMNS,
    match_themes,
    paragraph_columns,
    paragraph_themes,
    people_spoken_of,
    theme_definition,
    theme_scores,
    top_terms,
)

__all__ = [
    "DEFAULT_CODEBOOK",
    "LEVELS",
    "MATCH_COLUMNS",
    "Codebook",
    "CodebookError",
    "Theme",
    "collocates",
    "compile_term",
    "kwic",
    "load_codebook",
    "match_themes",
    "paragraph_columns",
    "paragraph_themes",
    "people_spoken_of",
    "theme_definition",
    "theme_keyness",
    "theme_scores",
    "top_terms",
]
