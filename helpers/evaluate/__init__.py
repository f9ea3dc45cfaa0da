"""Layer 3, ``evaluate``: metrics, gold loading, scoring of instruments against hand annotations."""
