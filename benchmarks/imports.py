"""How long ``import textkit`` takes in a fresh interpreter, against the interpreter alone and ``import json``.

Each figure is the median of ``--repeat`` fresh processes (``python -X importtime`` per module shows where the
time goes). ``import textkit`` re-exports every public function with plain imports; it imports no third-party
package (jieba, pandas, scikit-learn, matplotlib, NumPy are imported by the functions that need them), which
``tests/test_package.py`` checks.

    .venv/bin/python benchmarks/imports.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def _seconds(code: str, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-c", "import textkit"], check=True)  # write the bytecode caches first
    base = _seconds("pass", args.repeat)
    rows = {
        "python -c pass": base,
        "import json": _seconds("import json", args.repeat),
        "import textkit": _seconds("import textkit", args.repeat),
        # What a user waits for before a first result (no model involved): the old lazy loader paid its imports here.
        "... + split_sentences": _seconds(
            "import textkit; textkit.split_sentences('抖音电商。增长很快。')", args.repeat
        ),
        "... + extract_article": _seconds(
            "import textkit; textkit.extract_article('标题\\n正文第一段。')", args.repeat
        ),
        "import jieba (for scale)": _seconds("import jieba", args.repeat),
    }
    print(f"median of {args.repeat} fresh processes")
    print(f"{'what':28} {'seconds':>8} {'above startup':>14}")
    for name, seconds in rows.items():
        print(f"{name:28} {seconds:8.3f} {seconds - base:14.3f}")


if __name__ == "__main__":
    main()
