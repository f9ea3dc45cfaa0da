"""Cue matching of the PolNeAR scorer: whether a predicted cue lemma names the gold Cue span.

One job: the cue verdict of :func:`helpers.evaluate.polnear.score_polnear` (cue accuracy over
matched pieces: the predicted cue lemma equals a lemma candidate of a word of the Cue span,
simple suffix rules plus irregular past forms). Moved out of ``polnear.py`` unchanged
(scorer tidy, 2026-12-06); ``cue_matches`` is still importable from there.
"""

from __future__ import annotations

import re

__all__ = ["cue_matches"]

_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
              "thought": "think", "spoke": "speak", "spoken": "speak", "knew": "know",
              "known": "know", "felt": "feel", "heard": "hear", "began": "begin",
              "sought": "seek", "taught": "teach", "swore": "swear", "sworn": "swear",
              "forgot": "forget", "understood": "understand", "meant": "mean", "held": "hold",
              "found": "find", "saw": "see", "seen": "see", "gave": "give", "given": "give",
              "went": "go", "made": "make", "put": "put", "read": "read", "led": "lead"}


def _lemmas(word_or_phrase: str) -> list[str]:
    """Lemma candidates of every word of ``word_or_phrase`` (lower-case)."""
    out: list[str] = []
    for w in re.findall(r"[a-z]+", word_or_phrase.lower()):
        cands = [_IRREGULAR.get(w, w), w]
        for suf, rep in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""),
                         ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
            if w.endswith(suf) and len(w) > len(suf) + 2:
                cands.append(w[: -len(suf)] + rep)
        if len(w) > 4 and w[-3] == w[-4] and w.endswith(("ed", "ing")):
            cands.append(w[: -3 if w.endswith("ed") else -4])
        out += cands
    return out or [""]


def cue_matches(pred_cue: str, gold_cue_text: str) -> bool:
    """Whether a predicted cue lemma names the gold Cue span (see the module docstring)."""
    words = re.findall(r"[a-z]+", str(pred_cue).lower())
    if not words or not gold_cue_text.strip():
        return not words and not gold_cue_text.strip()
    return words[0] in set(_lemmas(gold_cue_text))
