"""How long ``import textkit`` takes in a fresh interpreter, against the interpreter alone and ``import json``.

Each figure is the median over ``--repeat`` fresh processes of the CPU time (user + system, from
``resource.getrusage`` on the child) above ``python -c pass``: on a shared machine CPU time is far steadier
than the wall clock, which is printed too. The bytecode caches are written first (a warm cache, as after
``pip install``), even when ``PYTHONDONTWRITEBYTECODE`` is set.

``import textkit`` re-exports every public function with plain imports. It imports no third-party package
(jieba, pandas, scikit-learn, matplotlib, NumPy are imported by the functions that need them), only the standard
library its modules use at module level, compiles no pattern, builds no cached table and reads no file:
``tests/test_package.py`` checks each, so that a regression fails without a timed test.

Three more rows show where the rest goes: the standard library textkit's modules import at module level (with and
without dataclasses, which brings inspect, ast and dis), and the CPU time ``import textkit`` spends inside the
``@dataclass`` decorator building its record classes (``__init__``, ``__repr__``, ``__eq__`` ... compiled from
source, class by class).

``--modules`` adds ``python -X importtime``'s self time per module (fastest run), textkit's modules and the standard
library ones ``python -c pass`` does not load. ``--before SRC`` measures another copy of textkit's ``src``
folder in the same run, interleaved (``git archive <commit> src | tar -x -C /tmp/old``, then
``--before /tmp/old/src``; it may be given more than once), and prints them side by side::

    .venv/bin/python benchmarks/imports.py [--repeat 15] [--modules] [--before /tmp/old/src]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict

CASES = {
    "python -c pass": "pass",
    "import json": "import json",
    "import textkit": "import textkit",
    # What a user waits for before a first result (no model involved): the old lazy loader paid its imports here.
    "... + split_sentences": "import textkit; textkit.split_sentences('抖音电商。增长很快。')",
    "... + extract_article": "import textkit; textkit.extract_article('标题\\n正文第一段。')",
    "import jieba (for scale)": "import jieba",
    # The floor: the standard library textkit's modules import at module level (tests/test_package.py's list).
    "its stdlib alone": "import bisect, codecs, dataclasses, math, re, typing, unicodedata",
    "  without dataclasses": "import bisect, codecs, math, re, typing, unicodedata",
}
# The CPU time `import textkit` spends inside the @dataclass decorator (building __init__, __repr__, __eq__ ...).
_DATACLASS_BUILD = """
import dataclasses, time
spent, classes = 0.0, 0
build = dataclasses._process_class
def timed(*args, **kwargs):
    global spent, classes
    classes += 1
    start = time.process_time()
    try:
        return build(*args, **kwargs)
    finally:
        spent += time.process_time() - start
dataclasses._process_class = timed
import textkit
print(spent, classes)
"""


def _env(src: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if src is not None:
        env["PYTHONPATH"] = src
    return env


def _run(code: str, env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one fresh ``python -c code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def _times(envs: dict[str, dict[str, str]], repeat: int) -> dict[tuple[str, str], tuple[float, float]]:
    """Median (CPU, wall) per (copy, case), the copies and cases run in turn so that both see the same load."""
    runs: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for _ in range(repeat):
        for label, env in envs.items():
            for name, code in CASES.items():
                runs[label, name].append(_run(code, env))
    return {
        key: (statistics.median(c for c, _ in values), statistics.median(w for _, w in values))
        for key, values in runs.items()
    }


def _self_times(env: dict[str, str], repeat: int) -> dict[str, float]:
    """Fastest ``-X importtime`` self time (ms) per module of ``import textkit``, beyond those of ``pass``.

    ``-X importtime`` reads the wall clock, which other work on the machine only ever lengthens: the fastest of
    the runs is the steadiest estimate per module (the totals above are medians of CPU time).
    """
    base = subprocess.run([sys.executable, "-X", "importtime", "-c", "pass"], capture_output=True, text=True, env=env)
    startup = {line.rsplit("|", 1)[-1].strip() for line in base.stderr.splitlines()}
    runs: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import textkit"], capture_output=True, text=True, env=env
        ).stderr
        for line in err.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
            if match and match.group(2) not in startup:
                runs[match.group(2)].append(int(match.group(1)) / 1000)
    return {name: min(values) for name, values in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--modules", action="store_true", help="add -X importtime's self time per module")
    parser.add_argument(
        "--before", metavar="SRC", action="append", default=[], help="another copy of textkit's src folder (repeatable)"
    )
    args = parser.parse_args()
    envs = {
        f"before{k + 1 if len(args.before) > 1 else ''}": _env(os.path.abspath(src))
        for k, src in enumerate(args.before)
    }
    envs["now"] = _env(None)
    for env in envs.values():  # write the bytecode caches first
        subprocess.run([sys.executable, "-c", "import textkit, jieba"], check=True, env=env)
    times = _times(envs, args.repeat)
    print(f"median of {args.repeat} fresh processes; ms above `python -c pass` (CPU = user + system of the child)")
    header = f"{'what':28}" + "".join(f" {label + ' CPU':>11} {label + ' wall':>11}" for label in envs)
    print(header)
    for name in CASES:
        cells = []
        for label in envs:
            cpu, wall = times[label, name]
            base_cpu, base_wall = times[label, "python -c pass"]
            if name == "python -c pass":
                cells.append(f" {cpu * 1000:11.1f} {wall * 1000:11.1f}")
            else:
                cells.append(f" {(cpu - base_cpu) * 1000:11.1f} {(wall - base_wall) * 1000:11.1f}")
        print(f"{name:28}" + "".join(cells))
    for label, env in envs.items():
        command = [sys.executable, "-c", _DATACLASS_BUILD]
        runs = [subprocess.run(command, capture_output=True, text=True, env=env) for _ in range(args.repeat)]
        spent = statistics.median(float(run.stdout.split()[0]) for run in runs)
        classes = runs[0].stdout.split()[1]
        print(f"{'  in @dataclass (' + label + ')':28} {spent * 1000:11.1f}   ({classes} classes built)")
    now = times["now", "import textkit"][0] - times["now", "python -c pass"][0]
    for label in envs:
        before = times[label, "import textkit"][0] - times[label, "python -c pass"][0]
        if label != "now":
            print(f"import textkit, CPU ms above startup: {label} {before * 1000:.1f} -> now {now * 1000:.1f}")
    if args.modules:
        selfs = {label: _self_times(env, args.repeat) for label, env in envs.items()}
        names = sorted(set().union(*selfs.values()), key=lambda n: -max(s.get(n, 0.0) for s in selfs.values()))
        print(f"\n-X importtime self time per module, ms (fastest of {args.repeat}); '-' = not imported")
        print(f"{'module':44}" + "".join(f" {label:>8}" for label in envs))
        for group, keep in (("textkit", True), ("standard library", False)):
            rows = [n for n in names if n.startswith("textkit") == keep]
            totals = "".join(f" {sum(selfs[label].get(n, 0.0) for n in rows):8.2f}" for label in envs)
            print(f"{'all ' + group + ' modules (' + str(len(rows)) + ')':44}{totals}")
            for n in rows[:25]:
                cells = (f"{selfs[label][n]:8.2f}" if n in selfs[label] else f"{'-':>8}" for label in envs)
                print(f"  {n:42}" + "".join(f" {cell}" for cell in cells))


if __name__ == "__main__":
    main()
