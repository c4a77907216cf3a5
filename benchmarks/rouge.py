"""How ROUGE's longest common subsequence scales: `lcs_length` and rougeLsum as the texts grow.

`lcs_length(a, b)`: ``a`` is the case-study article's character units repeated up to N tokens, ``b``
the summary's first 5,000 units. Printed: building the bit masks alone (as `lcs_length` builds them:
each one written into a byte buffer and converted once), the whole `lcs_length` (masks + LCS), its peak
memory, and, up to ``--naive-max`` tokens, building the masks one bit at a time into growing integers
(``masks[tok] |= 1 << i``, the earlier code: quadratic).

rougeLsum, two shapes:

- ``one sentence``: two N-character texts without punctuation (the article's and the summary's Chinese
  characters repeated), so that each is a single sentence: the case that used to allocate a table of
  (reference length x candidate length) int64 cells.
- ``sentences``: the article grown to N characters (each copy's sentences tagged, as in compare.py)
  against the summary grown to N / 10 characters, at most 5,000.

For each: seconds (best of ``--repeat`` untraced runs), peak memory of one more run under tracemalloc
(which slows big-integer code, so it is not timed), and rouge-score's own ``RougeScorer(["rougeLsum"])``
on the same tokens and sentences, and how many times faster textkit is, where rouge-score's pure-Python tables
hold at most ``--rouge-score-cells`` cells (reference tokens x candidate tokens). The 1,000,000-character
one-sentence row takes several minutes.

    .venv/bin/python benchmarks/rouge.py [--repeat 1] [--max-size 1000000] [--naive-max 1000000]
        [--rouge-score-cells 10000000]
"""

from __future__ import annotations

import argparse
import re
import tracemalloc
from collections.abc import Callable, Sequence

from _timing import best_of
from compare import grow
from rouge_score.rouge_scorer import RougeScorer

import textkit
from textkit.metrics import char_tokens, lcs_length, overlap, rouge
from textkit.preprocessing import extract_article

MiB = 2**20


class _Tok:
    def tokenize(self, text: str) -> list[str]:
        return char_tokens(text)


def seconds(fn: Callable[[], object], repeat: int) -> float:
    return best_of({"fn": fn}, repeat)["fn"]


def peak_mib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / MiB
    finally:
        tracemalloc.stop()


def build_masks(a: Sequence[str], b: Sequence[str]) -> dict[str, int]:
    """The first half of `lcs_length`: one mask per token of ``a`` that occurs in ``b``."""
    wanted = set(b)
    positions: dict[str, list[int]] = {}
    for i, tok in enumerate(a):
        if tok in wanted:
            positions.setdefault(tok, []).append(i)
    return overlap._bit_masks(positions, len(a))


def naive_masks(a: Sequence[str]) -> dict[str, int]:
    """The earlier way: OR one bit at a time into a growing integer (each OR copies it)."""
    masks: dict[str, int] = {}
    for i, tok in enumerate(a):
        masks[tok] = masks.get(tok, 0) | (1 << i)
    return masks


def chinese_only(text: str, length: int) -> str:
    chars = "".join(re.findall(r"[\u4e00-\u9fff]", text))
    return (chars * (length // len(chars) + 1))[:length]


def lcs_table(body: str, summary: str, sizes: list[int], args: argparse.Namespace) -> None:
    units = char_tokens(grow(body, int(max(sizes) * 1.2), tag=True))
    b = char_tokens(grow(summary, 6_000, tag=False))[:5_000]
    print(f"lcs_length(a, b), b = {len(b):,} tokens; seconds (best of {args.repeat}), peak MiB (tracemalloc)")
    print(f"{'a tokens':>10} {'masks':>8} {'masks+LCS':>10} {'peak MiB':>9} {'masks one bit at a time':>24}")
    for size in sizes:
        a = units[:size]
        masks = seconds(lambda a=a: build_masks(a, b), args.repeat)
        total = seconds(lambda a=a: lcs_length(a, b), args.repeat)
        peak = peak_mib(lambda a=a: lcs_length(a, b))
        naive = seconds(lambda a=a: naive_masks(a), 1) if size <= args.naive_max else float("nan")
        print(f"{size:10,} {masks:8.2f} {total:10.2f} {peak:9.1f} {naive:24.2f}")
    print()


def lsum_table(body: str, summary: str, sizes: list[int], args: argparse.Namespace) -> None:
    print(f"rougeLsum (char level); seconds (best of {args.repeat}), peak MiB (tracemalloc, separate run)")
    print(
        f"{'shape':>12} {'reference':>10} {'candidate':>10} {'sentences':>12} {'seconds':>8} {'peak MiB':>9}"
        f" {'rouge-score':>12} {'x faster':>9}"
    )
    scorer = RougeScorer(["rougeLsum"], tokenizer=_Tok())
    cases = [("one sentence", size, size) for size in sizes]
    cases += [("sentences", size, min(size // 10, 5_000)) for size in sizes if size >= 10_000]
    for shape, ref_len, cand_len in cases:
        if shape == "one sentence":
            reference, candidate = chinese_only(body, ref_len), chinese_only(summary, cand_len)
        else:
            reference, candidate = grow(body, ref_len, tag=True), grow(summary, cand_len, tag=False)
        ref_sents, cand_sents = textkit.split_sentences(reference), textkit.split_sentences(candidate)

        def ours(c: str = candidate, r: str = reference) -> object:
            return rouge(c, r, rouge_types=("rougeLsum",))

        took = seconds(ours, args.repeat)
        peak = peak_mib(ours)
        cells = len(char_tokens(reference)) * len(char_tokens(candidate))
        theirs = ratio = float("nan")
        if cells <= args.rouge_score_cells:
            ref_lines, cand_lines = "\n".join(ref_sents), "\n".join(cand_sents)
            theirs = seconds(lambda r=ref_lines, c=cand_lines: scorer.score(r, c), 1)
            ratio = theirs / took
        print(
            f"{shape:>12} {ref_len:10,} {cand_len:10,} {len(cand_sents):>5}x{len(ref_sents):<6} {took:8.2f}"
            f" {peak:9.1f} {theirs:12.2f} {ratio:9.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--max-size", type=int, default=1_000_000, help="largest rougeLsum size (characters)")
    parser.add_argument("--naive-max", type=int, default=1_000_000, help="largest a for one-bit-at-a-time masks")
    parser.add_argument("--rouge-score-cells", type=float, default=1e7, help="largest table rouge-score runs")
    args = parser.parse_args()

    case = textkit.load_case_study()
    body = extract_article(case.original).body
    lcs_sizes = [s for s in (10_000, 100_000, 1_000_000, 2_000_000) if s <= 2 * args.max_size]
    lsum_sizes = [s for s in (1_000, 3_000, 10_000, 100_000, 1_000_000) if s <= args.max_size]
    rouge(case.summary[:200], body[:2000])  # warm up: imports
    lcs_table(body, case.summary, lcs_sizes, args)
    lsum_table(body, case.summary, lsum_sizes, args)


if __name__ == "__main__":
    main()
