"""Theme matching and scoring: where each theme of the codebook occurs, and how strongly.

Why: researchers want to see where a theme (the UK–US "special relationship", party
factionalism, ...) lives in an article. Everything is transparent dictionary matching: every
match carries offsets into ``corpus.texts[source]`` so a reader can check each one.

``match_themes`` — one row per match: ``source``, ``article_id``, ``theme``, ``term`` (the
codebook entry or co-occurrence rule name), ``kind`` (``term`` | ``weak_term`` | ``pattern`` |
``cooccurrence`` | ``article_term``), ``weight``, ``start``, ``end``, ``text``, ``sentence_id``,
``paragraph_index`` (-1 outside body paragraphs), ``block_id``.

``paragraph_themes`` (the CLI table) — one row per body paragraph: ``source``, ``article_id``,
``paragraph_index``, ``section``, ``start``, ``end``, ``n_words``, then per theme ``<id>`` =
weighted matches per 1,000 words and ``<id>_present`` = weighted matches >= ``min_weight``.

``theme_scores(corpus, level)`` — the same scores per ``sentence`` | ``paragraph`` | ``section``
| ``article``, plus ``<id>_weight`` (the raw weighted count).

Modules (this one re-exports their public names, so ``helpers.instruments.themes.matching``
stays the place to import them from):

* :mod:`.units` — ``text_units``, ``ThemeMatch``, ``MATCH_COLUMNS``, ``LEVELS``;
* :mod:`.search` — one theme's regex search in a span (terms, exclusions, context, groups);
* :mod:`.matches` — ``match_themes``;
* :mod:`.article_terms` — the same-party rule and article terms (whole-article rows);
* :mod:`.evidence` — each unit's evidence for each theme;
* :mod:`.scoring` — ``theme_scores``, ``paragraph_themes``, ``paragraph_columns``;
* :mod:`.summaries` — ``top_terms``, ``theme_definition``, ``people_spoken_of`` (notebooks).
"""

from __future__ import annotations

from helpers.instruments.themes.article_terms import SAME_PARTY_RULE
from helpers.instruments.themes.matches import match_themes
from helpers.instruments.themes.negation import is_negated
from helpers.instruments.themes.scoring import paragraph_columns, paragraph_themes, theme_scores
from helpers.instruments.themes.summaries import (
    fold_quotes_series,
    people_spoken_of,
    theme_definition,
    top_terms,
)
from helpers.instruments.themes.units import LEVELS, MATCH_COLUMNS, ThemeMatch, text_units

__all__ = [
    "LEVELS",
    "MATCH_COLUMNS",
    "SAME_PARTY_RULE",
    "ThemeMatch",
    "fold_quotes_series",
    "is_negated",
    "match_themes",
    "paragraph_columns",
    "paragraph_themes",
    "people_spoken_of",
    "text_units",
    "theme_definition",
    "theme_scores",
    "top_terms",
]
