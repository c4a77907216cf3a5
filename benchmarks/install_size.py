"""How much disk a fresh environment takes: ``pip install .`` (a pipeline) against ``pip install ".[plot]"``.

Each install goes into a new virtual environment in a temporary folder, from the package index as ``make``
uses it; the figure is the environment's size on disk (``du``'s apparent blocks, as ``du -sh`` prints), pip
and setuptools included. The difference is what the ``plot`` extra (matplotlib, wordcloud, zhplot and their
dependencies) costs. Needs network access or a local index, and a few minutes.

    .venv/bin/python benchmarks/install_size.py [--keep]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _size(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_blocks * 512
    return total


def _install(where: Path, target: str) -> tuple[int, int]:
    venv.create(where, with_pip=True)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", target], check=True)
    packages = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze"], check=True, capture_output=True, text=True
    ).stdout.split()
    return _size(where), len(packages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="keep the environments (their folder is printed)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="textkit-install-size-"))
    rows = []
    for name, subfolder, target in (
        ("pip install .", "plain", str(ROOT)),
        ('pip install ".[plot]"', "plot", f"{ROOT}[plot]"),
    ):
        size, count = _install(folder / subfolder, target)
        rows.append((name, size, count))
        print(f"{name:24} {size / 2**20:8.0f} MiB  {count:3d} packages", flush=True)
    (_, plain, _), (_, full, _) = rows
    print(f"{'plain / with plot':24} {plain / full:8.2f}x  ({(full - plain) / 2**20:.0f} MiB for the plot extra)")
    if args.keep:
        print(f"environments kept in {folder}")
    else:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
