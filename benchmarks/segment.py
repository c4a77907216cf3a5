"""textkit.tokenize against a plain jieba.Tokenizer().lcut on the same text.

Prints characters per second for each and textkit's throughput as a ratio of jieba's.
The issue's target: the wrapper costs at most 10% (ratio >= 0.90).

    .venv/bin/python benchmarks/segment.py [--repeat 7] [--copies 40]
"""

from __future__ import annotations

import argparse

import jieba
from _timing import best_of  # benchmarks/ is on sys.path when a script runs

import textkit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--copies", type=int, default=40, help="copies of the case study in the benchmark text")
    args = parser.parse_args()

    case = textkit.load_case_study()
    text = textkit.normalize(case.original + "\n" + case.summary) * args.copies
    plain = jieba.Tokenizer()
    plain.initialize()
    seg = textkit.Segmenter()
    seg_stop = textkit.Segmenter(stopwords="default")
    # Warm up: build dictionaries and fill caches outside the timings.
    plain.lcut(text[:5000])
    textkit.tokenize(text[:5000])
    seg.tokenize(text[:5000])
    seg_stop.tokenize(text[:5000])

    timings = best_of(
        {
            "jieba.Tokenizer().lcut": lambda: plain.lcut(text),
            "textkit.tokenize": lambda: textkit.tokenize(text),
            "Segmenter().tokenize": lambda: seg.tokenize(text),
            'Segmenter(stopwords="default")': lambda: seg_stop.tokenize(text),
        },
        args.repeat,
    )
    rows = list(timings.items())
    base = rows[0][1]
    print(f"text: {len(text):,} characters; best of {args.repeat} runs")
    print(f"{'what':34} {'seconds':>8} {'chars/s':>12} {'ratio vs jieba':>15}")
    for name, seconds in rows:
        print(f"{name:34} {seconds:8.3f} {len(text) / seconds:12,.0f} {base / seconds:15.3f}")
    ratio = base / rows[1][1]
    verdict = "within" if ratio >= 0.90 else "NOT within"
    print(f"\ntextkit.tokenize runs at {ratio:.3f}x plain jieba's throughput: {verdict} the 10% budget.")


if __name__ == "__main__":
    main()
