"""Shared by the learned-scorer tests: ``scripts/fit_pf_classifier.py`` loaded as a module.

Kept in one place (themes version 26): four test files had the same loader. Scripts are not a
package, so the file is loaded from its path; every call gives a fresh module (nothing is
registered in ``sys.modules``), as each copy did.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType

from helpers.core.paths import PROJECT_ROOT

FIT_SCRIPT = PROJECT_ROOT / "scripts" / "fit_pf_classifier.py"


def load_fit_script() -> ModuleType:
    """``scripts/fit_pf_classifier.py`` as a fresh module."""
    spec = importlib.util.spec_from_file_location("fit_pf_classifier", FIT_SCRIPT)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {FIT_SCRIPT}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
