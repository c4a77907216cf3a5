"""How long textkit.compare takes as the original and the summary grow.

The original is the case-study article repeated (each copy's sentences tagged with a
copy number so that no two are identical) up to the target length; the summary is the
case study's summary repeated up to its target length. For each size the script prints
the time of the alignment alone (TF-IDF candidates, support, checks) and of a full
`compare` (plus ROUGE at char and word level and keywords), best of a few runs after a
warm-up; a plain pairwise Python loop over every (summary sentence, original sentence)
pair, the baseline that the sparse vectors avoid (it only measures containment, without
candidates, fusion or checks); and ROUGE (char level) against rouge-score's own
``RougeScorer`` with the same tokens.

    .venv/bin/python benchmarks/compare.py [--repeat 3] [--max-source 100000]
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable

from rouge_score.rouge_scorer import RougeScorer

import textkit
from textkit.comparison import compare
from textkit.comparison.units import bigrams
from textkit.metrics import char_tokens, rouge
from textkit.preprocessing import extract_article


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


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


class _Tok:
    def tokenize(self, text: str) -> list[str]:
        return char_tokens(text)


def pairwise(summary: str, original: str) -> None:
    """The naive way: bigram containment of every summary sentence in every original sentence."""
    src = [bigrams(s) for s in textkit.split_sentences(original)]
    for sentence in textkit.split_sentences(summary):
        grams = bigrams(sentence)
        if grams:
            max(len(grams & s) / len(grams) for s in src)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max-source", type=int, default=100_000)
    args = parser.parse_args()

    case = textkit.load_case_study()
    body = extract_article(case.original).body
    sizes = [(s, u) for s, u in ((10_000, 1_000), (25_000, 2_500), (50_000, 5_000), (100_000, 5_000))]
    sizes = [(s, u) for s, u in sizes if s <= args.max_source]
    compare(case.summary[:500], body[:3000])  # warm up: imports, jieba dictionary, tagger, IDF table

    print(f"best of {args.repeat} runs; seconds")
    header = (
        f"{'original':>9} {'summary':>8} {'sentences':>10} {'alignment':>10} {'full':>8} {'pairwise loop':>14}"
        f" {'rouge 1/2/L':>12} {'rougeLsum':>10} {'rouge-score 1/2/L':>18}"
    )
    print(header)
    for src_len, sum_len in sizes:
        original = grow(body, src_len, tag=True)
        summary = grow(case.summary, sum_len, tag=False)
        n_src = len(textkit.split_sentences(original))
        n_sum = len(textkit.split_sentences(summary))
        align = best(
            lambda o=original, s=summary: compare(s, o, sentiment=False, keywords_top_n=0, rouge_scores=False),
            args.repeat,
        )
        full = best(lambda o=original, s=summary: compare(s, o, sentiment=False), 1)
        naive = best(lambda o=original, s=summary: pairwise(s, o), 1)
        fast = best(lambda o=original, s=summary: rouge(s, o, rouge_types=("rouge1", "rouge2", "rougeL")), 1)
        lsum = best(lambda o=original, s=summary: rouge(s, o, rouge_types=("rougeLsum",)), 1)
        plain = float("nan")
        if src_len <= 10_000:  # rouge-score's pure-Python LCS table: quadratic in time and memory
            scorer = RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=_Tok())
            plain = best(lambda o=original, s=summary, sc=scorer: sc.score(o, s), 1)
        print(
            f"{src_len:9,} {sum_len:8,} {n_sum:>4}x{n_src:<5} {align:10.2f} {full:8.2f} {naive:14.2f}"
            f" {fast:12.2f} {lsum:10.2f} {plain:18.2f}"
        )


if __name__ == "__main__":
    main()
