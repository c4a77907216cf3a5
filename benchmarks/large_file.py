"""One large file: read, clean and tokenise a ``--size-mb`` (default 50) MB text file, time and peak memory.

Writes a UTF-8 file of case-study lines (the article's body and the summary, repeated; one line of about
1 MB with no line break at the end) into a temporary folder, deleted afterwards. Each way of processing it
runs in a fresh process, which reports its wall time and the growth of its peak RSS over its RSS once the
libraries and jieba's dictionary are loaded (so the figure is what the file costs, not the libraries):

- ``plain jieba``: the file opened with ``open()`` (its encoding known), each line given to a plain
  ``jieba.Tokenizer().lcut``: the baseline the ratios are against;
- ``stream_text + tokenize``: `textkit.stream_text` (encoding detected) and ``Segmenter().tokenize``;
- ``stream_text + clean + tokenize``: the same with `textkit.clean` on every line;
- the same with ``backend="rjieba"``;
- ``read_text + clean + tokenize``: the whole file read, cleaned and tokenised at once;
- ``textkit tokenize`` (the command line, in-process, its output to /dev/null): the file streamed a chunk of
  lines at a time, the words written as they come (no Counter: what it keeps is its output).

Counting tokens into a `collections.Counter` (a vocabulary, bounded by the language, not the file) stands for
what a pipeline keeps.

    .venv/bin/python benchmarks/large_file.py [--size-mb 50]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import textkit

WAYS = {
    "plain jieba": "plain",
    "stream_text + tokenize": "stream",
    "stream_text + clean + tokenize": "stream-clean",
    'stream_text + clean + tokenize (backend="rjieba")': "stream-clean-rjieba",
    "read_text + clean + tokenize": "whole",
    "textkit tokenize FILE (command line)": "cli",
}


def make_file(path: Path, size_mb: float) -> int:
    """Write about size_mb megabytes of case-study lines plus one ~1 MB line; return the file's size."""
    case = textkit.load_case_study()
    unit = (textkit.extract_article(case.original).body + "\n" + case.summary + "\n").encode("utf-8")
    long_line = ("".join(case.summary.split()) * 200)[: 1_000_000 // 3].encode("utf-8")
    with path.open("wb") as handle:
        written = 0
        while written + len(long_line) < size_mb * 1_000_000:
            handle.write(unit)
            written += len(unit)
        handle.write(long_line)
    return path.stat().st_size


def child(path: str, way: str) -> None:
    """Process the file one way; print a JSON record."""
    backend = "rjieba" if way.endswith("rjieba") else "jieba"
    if way == "plain":
        import jieba

        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        tokenize = tokenizer.lcut
    else:
        seg = textkit.Segmenter(backend=backend)  # type: ignore[arg-type]
        seg.tokenize("预热")  # load the dictionary before the baseline is taken
        tokenize = seg.tokenize
    textkit.clean("预热")
    if way == "cli":  # the command's own imports and segmenter, on a one-line file, before the baseline
        _run_cli(str(Path(path).with_name("warm-up.txt")), warm_up=True)
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    counts: Counter[str] = Counter()
    start = time.perf_counter()
    if way == "cli":
        _run_cli(path)
    elif way == "plain":
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                counts.update(tokenize(line))
    elif way == "whole":
        counts.update(tokenize(textkit.clean(textkit.read_text(path, max_bytes=None))))
    else:
        for line in textkit.stream_text(path):
            counts.update(tokenize(textkit.clean(line) if "clean" in way else line))
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    record = {"seconds": seconds, "growth_mb": (peak_kb - base_kb) / 1024, "peak_mb": peak_kb / 1024}
    record["tokens"] = sum(counts.values())
    print(json.dumps(record))


def _run_cli(path: str, *, warm_up: bool = False) -> None:
    """``textkit tokenize path`` in this process, its output to /dev/null."""
    import contextlib
    import os

    from textkit.cli import main as cli_main

    if warm_up:
        Path(path).write_text("抖音电商的增量价值\n", encoding="utf-8")
    with open(os.devnull, "w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
        code = cli_main(["tokenize", path])
    if code != 0:
        raise SystemExit(f"textkit tokenize {path} failed with exit code {code}")


def run(path: Path, way: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(path), "--way", way], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=50.0)
    parser.add_argument("--child")
    parser.add_argument("--way")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.way)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.txt"
        size_mb = make_file(path, args.size_mb) / 1e6
        print(f"file: {size_mb:.1f} MB UTF-8, {len(textkit.read_text(path, max_bytes=None)):,} characters")
        results = {name: run(path, way) for name, way in WAYS.items()}
    plain = results["plain jieba"]["seconds"]
    print(f"{'way':<52}{'seconds':>9}{'speed vs plain':>16}{'peak RSS growth':>17}{'x file size':>13}")
    for name, rec in results.items():
        growth = rec["growth_mb"]
        print(
            f"{name:<52}{rec['seconds']:>9.1f}{plain / rec['seconds']:>15.2f}x"
            f"{growth:>14.0f} MB{growth / size_mb:>12.2f}x"
        )


if __name__ == "__main__":
    main()
