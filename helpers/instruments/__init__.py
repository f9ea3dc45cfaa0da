"""Layer 2, ``instruments``: quotes, timeline, themes, sentiment.

Each instrument imports only ``helpers.core`` (never another instrument); the ``report`` layer,
the CLI and the notebooks join their tables.
"""
