"""The ``themes --classifier`` help names the codings the shipped model was fitted on (review
11): after version 28 it still said "themes version 16", the version that introduced the scorer,
so a researcher could not tell which model ``--classifier`` loads. The expected range is read
from the model file's ``fit`` block, not from the help's own code."""

from __future__ import annotations

import argparse
import json

from helpers.cli import _parser
from helpers.instruments.themes.learned import DEFAULT_PF_MODEL


def _classifier_help() -> str:
    parser = _parser("ns")
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    themes = sub.choices["themes"]
    action = next(a for a in themes._actions if "--classifier" in a.option_strings)
    return " ".join(action.help.split())


def test_classifier_help_names_the_shipped_models_training_codings() -> None:
    fit = json.loads(DEFAULT_PF_MODEL.read_text(encoding="utf-8"))["fit"]
    numbers = sorted(int(k.lstrip("v")) for k in fit["data"])
    assert numbers == list(range(numbers[0], numbers[-1] + 1))  # one run of codings
    text = _classifier_help()
    assert f"v{numbers[0]}-v{numbers[-1]}" in text, text
    assert "off unless given" in text and "themes version 16" not in text
