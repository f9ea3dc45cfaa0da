"""Layer 1, ``core``: paths, text utilities, corpus reading and segmentation, sentence splitting.

Nothing here imports from ``instruments``, ``evaluate`` or ``report``.
"""
