"""Build the static site from executed notebooks (``make book``): build/site/index.html."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.core.paths import resolve_output_dir
from helpers.report.site import SiteError, build_site


def main() -> int:
    """Parse the options, build the site and print where it is; exit 1 on failure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", default="build", help="make run output folder (default: build)")
    parser.add_argument("--validation", default="",
                        help="markdown file of scripts/validation_report.py output")
    args = parser.parse_args()
    build = resolve_output_dir(args.build)
    validation = Path(args.validation).read_text(encoding="utf-8") if args.validation else ""
    try:
        index = build_site(build, validation_md=validation)
    except SiteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"site: {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
