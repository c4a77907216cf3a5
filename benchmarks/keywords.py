"""Keyword extraction quality and speed: textkit's methods against jieba.analyse.

Quality: F1@5 / P@5 / R@5 against the authors' keywords of 1,000 CSL scientific abstracts
(``/work/shared/eval/csl_keywords_dev.tsv``; see its README), exact string match, averaged
over documents (P@5 divides by 5), and "nested": the share of documents whose top 5 hold a
term and a longer term containing it (the redundancy ``dedupe`` removes). Speed: seconds over
the same abstracts, and on the case study's original repeated, as throughput ratios against
``jieba.analyse.extract_tags``. ``--merge-grid`` also scores the phrase method with other
constants of the merging rule (`textkit.keyterms.redundancy`).

    .venv/bin/python benchmarks/keywords.py [--data PATH] [--limit N] [--repeat 3] [--merge-grid]
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from pathlib import Path

import jieba
import jieba.analyse
from _timing import best_of  # benchmarks/ is on sys.path when a script runs

import textkit
from textkit.keyterms import DEFAULT_POS, TfidfKeywords, keywords
from textkit.keyterms.candidates import make_analysis
from textkit.keyterms.redundancy import merge_redundant
from textkit.keyterms.tfidf import jieba_idf, term_stats

DEFAULT_DATA = Path("/work/shared/eval/csl_keywords_dev.tsv")
#: Eight short texts with their author's key phrases, written after the merging rule was fixed (see the file).
WRITTEN = Path(__file__).with_name("keywords_written.tsv")
K = 5


def load(path: Path, limit: int | None) -> list[tuple[str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#") and parts[0] != "id":
            rows.append((parts[1], [k for k in parts[2].split("_") if k]))
    return rows[:limit] if limit else rows


def evaluate(predictions: list[list[str]], data: list[tuple[str, list[str]]]) -> tuple[float, float, float]:
    p_sum = r_sum = f_sum = 0.0
    for pred, (_, gold) in zip(predictions, data, strict=True):
        top = list(dict.fromkeys(pred))[:K]
        gold_set = set(gold)
        hits = sum(1 for w in top if w in gold_set)
        p, r = hits / K, hits / len(gold_set) if gold_set else 0.0
        p_sum += p
        r_sum += r
        f_sum += 2 * p * r / (p + r) if p + r else 0.0
    n = len(data)
    return f_sum / n, p_sum / n, r_sum / n


def nested_share(predictions: list[list[str]]) -> float:
    """Share of documents whose top K hold two terms, one inside the other."""
    nested = 0
    for pred in predictions:
        top = list(dict.fromkeys(pred))[:K]
        nested += any(a != b and a in b for a in top for b in top)
    return nested / len(predictions) if predictions else 0.0


def timed(fn: Callable[[], list[list[str]]], repeat: int) -> tuple[list[list[str]], float]:
    best = float("inf")
    out: list[list[str]] = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return out, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N abstracts")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each speed measurement (best is kept)")
    parser.add_argument("--merge-grid", action="store_true", help="also score other constants of the merging rule")
    args = parser.parse_args()
    jieba.setLogLevel(60)
    data = load(args.data, args.limit)
    texts = [t for t, _ in data]

    # Warm up dictionaries, IDF tables and caches outside the timings.
    jieba.analyse.extract_tags(texts[0], topK=K)
    jieba.analyse.textrank(texts[0], topK=K)
    for method in ("phrase", "tfidf", "textrank"):
        keywords(texts[0], top_n=K, method=method)

    def run(fn: Callable[[str], list[str]]) -> Callable[[], list[list[str]]]:
        return lambda: [fn(t) for t in texts]

    model = TfidfKeywords(max_words=3).fit(texts)
    systems: dict[str, Callable[[], list[list[str]]]] = {
        "jieba.analyse.extract_tags": run(lambda t: jieba.analyse.extract_tags(t, topK=K)),
        "jieba.analyse.textrank": run(lambda t: jieba.analyse.textrank(t, topK=K)),
        'textkit "phrase" (default)': run(lambda t: keywords(t, top_n=K)["word"].tolist()),
        '"phrase", dedupe=False': run(lambda t: keywords(t, top_n=K, dedupe=False)["word"].tolist()),
        'textkit "tfidf"': run(lambda t: keywords(t, top_n=K, method="tfidf")["word"].tolist()),
        'textkit "textrank"': run(lambda t: keywords(t, top_n=K, method="textrank")["word"].tolist()),
        '"phrase", max_words=2': run(lambda t: keywords(t, top_n=K, max_words=2)["word"].tolist()),
        '"phrase", max_words=4': run(lambda t: keywords(t, top_n=K, max_words=4)["word"].tolist()),
        '"phrase", idf=TfidfKeywords fit on these': run(lambda t: keywords(t, top_n=K, idf=model)["word"].tolist()),
        "TfidfKeywords(max_words=3).top_terms": lambda: [
            g["word"].tolist() for _, g in model.top_terms(texts, top_n=K).groupby("doc", sort=True)
        ],
    }
    print(f"{len(data)} abstracts from {args.data.name}; exact match at {K}; one run each")
    print(f"{'system':44} {'F1@5':>6} {'P@5':>6} {'R@5':>6} {'nested':>6} {'seconds':>8}")
    for name, fn in systems.items():
        preds, seconds = timed(fn, 1)
        if len(preds) != len(data):  # top_terms drops documents without terms
            preds = preds + [[]] * (len(data) - len(preds))
        f1, p, r = evaluate(preds, data)
        print(f"{name:44} {f1:6.3f} {p:6.3f} {r:6.3f} {nested_share(preds):6.3f} {seconds:8.2f}")
    if args.merge_grid:
        merge_grid(data)

    written = load(WRITTEN, None)
    print(f"\n{len(written)} texts of {WRITTEN.name}, written after the merging rule was fixed:")
    for name, dedupe in (('"phrase" (default, dedupe=True)', True), ('"phrase", dedupe=False', False)):
        preds = [keywords(t, top_n=K, dedupe=dedupe)["word"].tolist() for t, _ in written]
        f1, p, r = evaluate(preds, written)
        print(f"{name:44} {f1:6.3f} {p:6.3f} {r:6.3f} {nested_share(preds):6.3f}")

    names = ("jieba.analyse.extract_tags", 'textkit "phrase" (default)', 'textkit "tfidf"')
    best = best_of({name: systems[name] for name in names}, args.repeat)
    print(f"\nSpeed on the {len(data)} abstracts, best of {args.repeat} (throughput relative to extract_tags):")
    for name in names:
        print(f"{name:44} {best[name]:8.2f} s {best[names[0]] / best[name]:8.2f}x")

    case = textkit.normalize(textkit.load_case_study().original) * 10
    speed: dict[str, Callable[[], object]] = {
        "jieba.analyse.extract_tags": lambda: [jieba.analyse.extract_tags(case, topK=20)],
        'keywords(method="phrase")': lambda: [keywords(case, top_n=20)["word"].tolist()],
        'keywords(method="tfidf")': lambda: [keywords(case, top_n=20, method="tfidf")["word"].tolist()],
    }
    best = best_of(speed, args.repeat)
    print(f"\nOne long text (the case study's original x10, {len(case):,} characters), best of {args.repeat}:")
    for name in speed:
        print(f"{name:44} {best[name]:8.2f} s {best['jieba.analyse.extract_tags'] / best[name]:8.2f}x")


def merge_grid(data: list[tuple[str, list[str]]]) -> None:
    """F1@5 of the phrase method with other constants of the merging rule (how they were chosen)."""
    analysis = make_analysis(
        stopwords="default", extra_stopwords=(), user_words=None, pos=None, segmenter=None, default_pos=DEFAULT_POS
    )
    stats = [term_stats(analysis.tokens(text), jieba_idf(), 3, analysis) for text, _ in data]
    print("\nMerging rule: a term goes into a longer kept phrase holding > share of its occurrences, seen >= n times")
    print(f"{'share':>6} {'n':>3} {'F1@5':>6} {'nested':>6}")
    for share in (0.5, 0.6, 0.75, 0.8, 0.99):
        for min_count in (1, 2, 3):
            preds = []
            for scores, counts, parts in stats:
                kept, _ = merge_redundant(scores, counts, parts, share=share, min_count=min_count)
                preds.append([w for w, _ in sorted(kept.items(), key=lambda kv: (-kv[1], kv[0]))[:K]])
            print(f"{share:6.2f} {min_count:3d} {evaluate(preds, data)[0]:6.3f} {nested_share(preds):6.3f}")


if __name__ == "__main__":
    main()
