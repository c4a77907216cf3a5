"""How `textkit.compare` grows with the original, against the time jieba takes to segment it.

The original is the case-study article repeated (each copy's lines tagged with a copy number, so that no two
sentences are identical) up to the target length; the summary is the case study's summary repeated up to 5,000
characters (or a tenth of the original). Each size runs in a fresh process, so that its peak memory is its own:
the best of ``--repeat`` runs of

- ``jieba``: ``jieba.Tokenizer().lcut(original)``, the plain library (its dictionary loaded beforehand);
- ``compare``: ``textkit.compare(summary, original)`` with every default (alignment, support and contradictions,
  ROUGE at char and word level, keywords, sentence sentiment of both texts), after a warm-up on a small pair;
- ``alignment``: ``compare`` without keywords, sentiment or ROUGE, for what the sentence alignment costs alone;
- ``sentiment``: the sentence sentiment of both texts as ``compare`` computes it
  (``textkit.comparison.scores.sentiment_table``), for the share of ``compare``'s time it takes.

``ratio`` is compare / jieba in seconds; ``cpu`` the same ratio in CPU seconds of the process (the best of the
runs too), steadier than seconds on a machine shared with other work; ``sent.`` the share of ``compare``'s
seconds that sentiment takes. ``peak MB`` is the process's peak resident memory (Python, models and texts
included) and ``+MB`` its growth during the runs.

    .venv/bin/python benchmarks/compare.py [--repeat 2] [--max-source 2000000]
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable

SIZES = (10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000, 2_000_000)


def best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The best seconds and the best CPU seconds of ``repeat`` runs."""
    times, cpu = [], []
    for _ in range(repeat):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(times), min(cpu)


def grow(text: str, length: int, tag: bool) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    out: list[str] = []
    total = copy = 0
    while total < length:
        copy += 1
        for line in lines:
            piece = f"{line}(第{copy}部分)" if tag else line
            out.append(piece)
            total += len(piece) + 1
            if total >= length:
                break
    return "\n".join(out)[:length]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def one(size: int, repeat: int) -> dict[str, float]:
    """Measure one size (in this process)."""
    import jieba

    import textkit
    from textkit.comparison.scores import sentiment_table

    case = textkit.load_case_study()
    body = textkit.extract_article(case.original).body
    original = grow(body, size, tag=True)
    summary = grow(case.summary, min(5_000, size // 10), tag=False)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    textkit.compare(case.summary[:500], body[:3_000])  # warm up: imports, models, jieba's dictionary
    gc.collect()
    before = peak_mb()
    seconds_jieba, cpu_jieba = best(lambda: tokenizer.lcut(original), repeat)
    seconds_compare, cpu_compare = best(lambda: textkit.compare(summary, original), repeat)
    seconds_alignment, _ = best(
        lambda: textkit.compare(summary, original, keywords_top_n=0, sentiment=False, rouge_scores=False), 1
    )
    seconds_sentiment, _ = best(lambda: sentiment_table(summary, original), 1)
    return {
        "original": len(original),
        "summary": len(summary),
        "sentences": len(textkit.split_sentences(original)),
        "jieba": seconds_jieba,
        "compare": seconds_compare,
        "cpu_ratio": cpu_compare / cpu_jieba,
        "alignment": seconds_alignment,
        "sentiment": seconds_sentiment,
        "peak_mb": peak_mb(),
        "growth_mb": peak_mb() - before,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--max-source", type=int, default=2_000_000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # measure one size and print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.repeat)))
        return

    print(f"best of {args.repeat} runs, one process per size; seconds")
    print(
        f"{'original':>10} {'summary':>8} {'sentences':>9} {'jieba':>7} {'compare':>8} {'ratio':>6} {'cpu':>5}"
        f" {'alignment':>9} {'sentiment':>9} {'sent.':>5} {'peak MB':>8} {'+MB':>6}"
    )
    for size in (s for s in SIZES if s <= args.max_source):
        command = [sys.executable, __file__, "--one", str(size), "--repeat", str(args.repeat)]
        row = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        print(
            f"{row['original']:10,} {row['summary']:8,} {row['sentences']:9,} {row['jieba']:7.2f}"
            f" {row['compare']:8.2f} {row['compare'] / row['jieba']:6.2f} {row['cpu_ratio']:5.2f}"
            f" {row['alignment']:9.2f} {row['sentiment']:9.2f} {row['sentiment'] / row['compare']:5.0%}"
            f" {row['peak_mb']:8.0f} {row['growth_mb']:6.0f}"
        )


if __name__ == "__main__":
    main()
