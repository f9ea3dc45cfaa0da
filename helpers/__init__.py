"""Helpers for the New Statesman political-journalism notebooks.

The package loads and segments articles (``helpers.core.corpus``) and holds the analysis code the
notebooks share: quotes, sentiment, timelines, themes, figures. Every table it produces is a
pandas DataFrame whose rows carry ``source``/``start``/``end`` offsets into the source text.
"""

__version__ = "0.1.0"

# the optional compiled runtime (`make compiled`): used only while every source it was built
# from is unchanged, else pure Python (helpers/compiled.py)
from helpers.compiled import install as _install_compiled  # noqa: E402

_install_compiled()
