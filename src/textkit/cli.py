"""The ``textkit`` command line (its subcommands grow with the library)."""

from __future__ import annotations

import argparse
import sys

from . import __version__

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the ``textkit`` command and return its exit code."""
    parser = argparse.ArgumentParser(prog="textkit", description="Chinese text analytics.")
    parser.add_argument("--version", action="version", version=f"textkit {__version__}")
    parser.parse_args(argv)
    parser.print_help(sys.stdout)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
