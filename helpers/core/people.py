"""The optional people register, ``data/people.csv``, read in one place.

Columns: ``name, aliases, role, affiliation, notes`` (aliases ``;``-separated). The register is
optional: every instrument works without it (a missing file gives an empty register). A file that
exists but cannot be read as CSV is an error naming the file.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.core.paths import PEOPLE
from helpers.core.text import fold_quotes

__all__ = ["PEOPLE_COLUMNS", "PeopleRegisterError", "load_people", "register_aliases"]

PEOPLE_COLUMNS = ["name", "aliases", "role", "affiliation", "notes"]


class PeopleRegisterError(ValueError):
    """The people register exists but cannot be read; the message names the file."""


@lru_cache(maxsize=4)
def load_people(path: str | Path | None = None) -> pd.DataFrame:
    """The register as a DataFrame with :data:`PEOPLE_COLUMNS` (all strings, ``""`` when blank);
    empty with those columns when the file does not exist."""
    p = Path(path) if path else PEOPLE
    if not p.exists():
        return pd.DataFrame(columns=PEOPLE_COLUMNS)
    try:
        with p.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise PeopleRegisterError(f"{p}: cannot read the people register ({exc})") from exc
    df = pd.DataFrame(rows)
    for c in PEOPLE_COLUMNS:
        if c not in df.columns:
            df[c] = ""
    return df[PEOPLE_COLUMNS].fillna("")


@lru_cache(maxsize=4)
def register_aliases(path: str | Path | None = None) -> dict[str, tuple[str, str]]:
    """Alias (and name), quote marks folded -> ``(register name, role)``; first entry wins."""
    out: dict[str, tuple[str, str]] = {}
    people = load_people(path)
    for name, aliases, role in zip(people["name"], people["aliases"], people["role"]):
        name = str(name).strip()
        if not name:
            continue
        for alias in [name, *str(aliases).split(";")]:
            alias = fold_quotes(alias.strip())
            if alias:
                out.setdefault(alias, (name, str(role).strip()))
    return out
