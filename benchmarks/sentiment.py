"""textkit's sentiment models against SnowNLP on the same texts, measured in one run.

Prints, as ratios against ``SnowNLP(text).sentiments``:

- throughput (texts per second) on the hand-labelled sentences and the case-study sentences
  (target: default >= 25x SnowNLP);
- the time to the first score in a fresh Python process, import included and bytecode cached as in an
  install (target: default at most 0.3x SnowNLP's), with importing pandas alone for scale;
- accuracy on ``benchmarks/sentiment_handlabelled.tsv`` (sentences written and labelled for
  textkit: hotel, food, shopping, services, business talk, negation, degree; none from the
  training data), and how many of its neutral statements each model keeps in the neutral band;
- the same on ``benchmarks/sentiment_written_eval.tsv`` (an independent set written apart from the
  training data: hotel, food, shopping, other, neutral), per domain, with the share of neutral
  rows labelled ``neutral``, and on ``benchmarks/sentiment_domains_eval.tsv`` (food delivery, hotels,
  products, services);
- on ``benchmarks/sentiment_neutral_evaluative.tsv`` (neutral statements with evaluative characters:
  差异化, 误差, 降低成本 ...), the share scored in the neutral band or above and the lowest score;
- the same on ``benchmarks/sentiment_after_training.tsv``, written after the model was trained, and on
  ``benchmarks/sentiment_unseen_eval.tsv``, written after the word cutter was replaced (issue 19, second round);
- on ``benchmarks/sentiment_weak_domains_triples.tsv`` (160 matched triples: hotel, delivery, restaurant, service;
  written in issue 19's third round, never trained on), accuracy by domain and the share of triples ordered, and on
  ``benchmarks/sentiment_round3_eval.tsv`` (40 reviews in those domains, written after that round's code), and on
  ``benchmarks/sentiment_round4_eval.tsv`` (64 reviews in those domains, a third with negation or surprise
  markers, written before the fourth round's code and first scored after its last change), and on
  ``benchmarks/sentiment_round5_eval.tsv`` (48 reviews: delivery, price, services, hotels, a third with a contrast;
  written after the fifth round's change to the features, first scored after its weights were settled), and on
  ``benchmarks/sentiment_round6_eval.tsv`` (60 food-delivery reviews, 35 of them colloquial; written before the
  sixth round's changes and scored before and after them), on ``benchmarks/sentiment_round6_heldout_eval.tsv``
  (360 platform-style delivery, hotel and shopping reviews by three helpers, first scored before the platform
  triples), on ``benchmarks/sentiment_round6_platform_eval.tsv`` (150 platform-style reviews in five domains,
  written while the platform triples trained) and on ``benchmarks/sentiment_round7_heldout_eval.tsv`` (450
  delivery, hotel and shopping reviews by three more helpers, a third very short, first scored before and after
  the seventh round's negation change), on ``benchmarks/sentiment_round8_heldout_eval.tsv`` (360 more, first
  scored before the eighth round's changes) and on ``benchmarks/sentiment_traditional_heldout_eval.tsv`` (150
  reviews as written in Taiwan, 20 in Hong Kong and 20 neutral statements, in traditional characters) and on
  ``benchmarks/sentiment_round10_heldout_eval.tsv`` (280 delivery, shopping, hotel and service reviews and 40 neutral
  statements, committed before the tenth round's first score), on ``benchmarks/sentiment_round11_heldout_eval.tsv``
  (250 reviews in five domains, 100 of them mixed, written after the tenth round's code) and on
  ``benchmarks/sentiment_round13_heldout_eval.tsv`` (250 reviews in five domains, 150 with a turn, committed before
  the thirteenth round's first score), on ``benchmarks/sentiment_round14_heldout_eval.tsv`` (250 more, written
  while the thirteenth round's changes were made), on ``benchmarks/sentiment_round15_heldout_eval.tsv`` (300 hotel,
  food delivery and shopping reviews, committed before the fourteenth round's first score), on
  ``benchmarks/sentiment_reality_probes.tsv`` (160 sentences on how a thing looked against what it was, and neutral
  prose with 实际上, written after that round's change), on ``benchmarks/sentiment_even_probes.tsv`` (200 sentences
  with the "not even one" construction, 一点异味都没有 / 一点热水都没有, and neutral facts told with it, written after
  the fifteenth round's change), on ``benchmarks/sentiment_size_probes.tsv`` (200 sentences whose verdict is the size
  of what they measure, 配送费很低 / 配送费很高, and neutral facts told with a size, written after the sixteenth
  round's change), on ``benchmarks/sentiment_zero_probes.tsv`` (160 sentences whose verdict is a zero, 零差评 /
  零好评, reviews and neutral facts with 零 as a number, written after the seventeenth round's change), on
  ``benchmarks/sentiment_reduced_zero_probes.tsv`` (100 sentences whose verdict is a thing brought down to zero,
  投诉量降到了零 / 续航直接降到零, and neutral facts with such a zero or a zero that is none, written after that
  reading was coded) and on
  ``benchmarks/sentiment_outcomes_triples.tsv`` (200 matched triples whose verdict is an outcome told as a fact,
  written as training data and kept out of it);
- the default model's word cutter (`textkit.sentiment_analysis._text.WordCutter`) against jieba's own cut on the
  same word list (same words, checked), as a throughput ratio.

None of these files was used to train or tune any model.

    .venv/bin/python benchmarks/sentiment.py [--repeat 5] [--copies 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from _timing import best_of  # benchmarks/ is on sys.path when a script runs

import textkit
from textkit.sentiment_analysis import NEUTRAL_BAND, document_sentiment, evaluate_sentiment, sentiment
from textkit.sentiment_analysis.core import scorer

HERE = Path(__file__).resolve().parent
HAND = HERE / "sentiment_handlabelled.tsv"
WRITTEN_EVAL = HERE / "sentiment_written_eval.tsv"
DOMAINS_EVAL = HERE / "sentiment_domains_eval.tsv"
NEUTRAL_EVAL = HERE / "sentiment_neutral_evaluative.tsv"
AFTER_EVAL = HERE / "sentiment_after_training.tsv"
UNSEEN_EVAL = HERE / "sentiment_unseen_eval.tsv"
WEAK_TRIPLES = HERE / "sentiment_weak_domains_triples.tsv"
ROUND3_EVAL = HERE / "sentiment_round3_eval.tsv"
ROUND4_EVAL = HERE / "sentiment_round4_eval.tsv"
ROUND5_EVAL = HERE / "sentiment_round5_eval.tsv"
ROUND6_EVAL = HERE / "sentiment_round6_eval.tsv"
ROUND6_HELDOUT = HERE / "sentiment_round6_heldout_eval.tsv"
ROUND6_PLATFORM = HERE / "sentiment_round6_platform_eval.tsv"
ROUND7_HELDOUT = HERE / "sentiment_round7_heldout_eval.tsv"
ROUND8_HELDOUT = HERE / "sentiment_round8_heldout_eval.tsv"
TRADITIONAL_HELDOUT = HERE / "sentiment_traditional_heldout_eval.tsv"
ROUND10_HELDOUT = HERE / "sentiment_round10_heldout_eval.tsv"
ROUND11_HELDOUT = HERE / "sentiment_round11_heldout_eval.tsv"
ROUND13_HELDOUT = HERE / "sentiment_round13_heldout_eval.tsv"
ROUND14_HELDOUT = HERE / "sentiment_round14_heldout_eval.tsv"
ROUND15_HELDOUT = HERE / "sentiment_round15_heldout_eval.tsv"
REALITY_PROBES = HERE / "sentiment_reality_probes.tsv"
EVEN_PROBES = HERE / "sentiment_even_probes.tsv"
SIZE_PROBES = HERE / "sentiment_size_probes.tsv"
ZERO_PROBES = HERE / "sentiment_zero_probes.tsv"
REDUCED_ZERO_PROBES = HERE / "sentiment_reduced_zero_probes.tsv"
OUTCOME_TRIPLES = HERE / "sentiment_outcomes_triples.tsv"

FIRST_SCORE = {
    "default": "from textkit.sentiment_analysis import sentiment; sentiment(T)",
    "lexicon": "from textkit.sentiment_analysis import sentiment; sentiment(T, model='lexicon')",
    "snownlp": "from snownlp import SnowNLP; SnowNLP(T).sentiments",
}


def load_hand(path: Path = HAND) -> list[tuple[str, str, str]]:
    """``(domain, label, text)`` rows of a ``domain<TAB>label<TAB>text[<TAB>kind]`` file (``#`` lines, header out)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) not in (3, 4) or parts[0] == "domain":
            continue
        rows.append((parts[0].strip(), parts[1].strip(), parts[2].strip()))
    return rows


def load_triples(path: Path = WEAK_TRIPLES) -> list[tuple[str, str, str]]:
    """A ``domain<TAB>positive<TAB>negative<TAB>neutral`` file as ``(domain, label, text)`` rows, three a triple."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = [part.strip() for part in line.split("\t")]
        if line.startswith("#") or len(parts) != 4 or parts[0] == "domain":
            continue
        rows += [
            (parts[0], label, text) for label, text in zip(("positive", "negative", "neutral"), parts[1:], strict=True)
        ]
    return rows


def report_labelled(title: str, rows: list[tuple[str, str, str]], models: list[str]) -> None:
    """Accuracy on the polar rows (overall, per domain, minus SnowNLP) and what happens to neutral rows."""
    polar = [(d, lab, t) for d, lab, t in rows if lab in ("positive", "negative")]
    neutral = [t for _, lab, t in rows if lab == "neutral"]
    print(f"\n{title}: {len(polar)} positive/negative, {len(neutral)} neutral")
    acc = {}
    for m in models:
        df = sentiment([t for _, _, t in polar], model=m)
        ev = evaluate_sentiment(df, [lab for _, lab, _ in polar])
        acc[m] = ev.accuracy
        by_domain = {}
        for dom in sorted({d for d, _, _ in polar}):
            idx = [i for i, (d, _, _) in enumerate(polar) if d == dom]
            by_domain[dom] = evaluate_sentiment(df["score"].iloc[idx], [polar[i][1] for i in idx]).accuracy
        wrong_neutral = float((df["label"] == "neutral").mean()) if len(df) else float("nan")
        line = (
            f"  {m:8s} accuracy {ev.accuracy:.3f} (AUC {ev.roc_auc:.3f}, Brier {ev.brier:.3f}, ECE {ev.ece:.3f}); "
            f"polar labelled neutral {wrong_neutral:.2f}"
        )
        if neutral:
            neu = sentiment(neutral, model=m)
            scores = neu["score"].to_numpy()
            in_band = float(np.mean((scores >= NEUTRAL_BAND[0]) & (scores <= NEUTRAL_BAND[1])))
            labelled = float((neu["label"] == "neutral").mean())
            median = float(np.median(scores))
            line += f"; neutral rows: labelled neutral {labelled:.2f}, in band {in_band:.2f}, median {median:.2f}"
        print(line)
        print("           by domain: " + ", ".join(f"{d} {a:.2f}" for d, a in by_domain.items()))
    if "snownlp" in acc:
        print(
            "  accuracy minus snownlp: "
            + ", ".join(f"{m} {acc[m] - acc['snownlp']:+.3f}" for m in models if m != "snownlp")
        )


def report_neutral(title: str, rows: list[tuple[str, str, str]], models: list[str]) -> None:
    """Neutral statements: the share scored at least NEUTRAL_BAND[0] (neutral band or above), below 0.3, labelled."""
    texts = [t for _, _, t in rows]
    domains = np.array([d for d, _, _ in rows])
    print(f"\n{title}: {len(texts)} neutral statements")
    for m in models:
        df = sentiment(texts, model=m)
        scores = df["score"].to_numpy()
        ok = scores >= NEUTRAL_BAND[0]
        by_domain = ", ".join(f"{d} {np.mean(ok[domains == d]):.2f}" for d in sorted(set(domains)))
        print(
            f"  {m:8s} score >= {NEUTRAL_BAND[0]} {np.mean(ok):.3f}; below 0.3: {int(np.sum(scores < 0.3))}; "
            f"min {scores.min():.3f}; labelled neutral {float((df['label'] == 'neutral').mean()):.3f}"
        )
        print(f"           by domain: {by_domain}")


def report_reviews_and_neutral(title: str, rows: list[tuple[str, str, str]], models: list[str]) -> None:
    """`report_labelled` on a set's reviews, then `report_neutral` on its neutral statements."""
    report_labelled(f"{title}, reviews", [r for r in rows if r[1] != "neutral"], models)
    report_neutral(f"{title}, neutral statements", [r for r in rows if r[1] == "neutral"], models)


def first_scores(runs: int) -> dict[str, float]:
    """Median seconds from a fresh process's start to its first score, import included, per `FIRST_SCORE` model.

    The processes alternate between the models, so a busy spell of the machine costs each alike, and one untimed
    run each comes first: it writes the bytecode caches (``.pyc``) that an installed package already has. So
    ``PYTHONDONTWRITEBYTECODE`` is unset for these processes; with it, every run would compile textkit's and
    SnowNLP's sources again, which no user's first score includes. ``pandas`` times importing pandas alone, the
    part of textkit's figure that returning a DataFrame costs.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    programs = {**FIRST_SCORE, "pandas": "import pandas"}
    times: dict[str, list[float]] = {m: [] for m in programs}
    for run in range(runs + 1):
        for m, program in programs.items():
            code = "import time; t0 = time.perf_counter(); T = '这家酒店的服务很好'\n" + program
            code += "\nprint(time.perf_counter() - t0)"
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
            if run:
                times[m].append(float(out.stdout.strip().splitlines()[-1]))
    return {m: statistics.median(t) for m, t in times.items()}


def word_cut_speed(sentences: list[str], repeat: int) -> None:
    """The default model's word cutter against jieba's ``cut(HMM=False)`` on the same word list and texts."""
    from importlib import resources

    import jieba

    from textkit.sentiment_analysis._text import WORDS_FILE, normalize_for_model, word_cutter

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer(str(resources.files("textkit.resources").joinpath(WORDS_FILE)))
    tokenizer.initialize()
    cutter = word_cutter()
    norms = [normalize_for_model(t) for t in sentences]
    same = all([n[i:j] for i, j in cutter.spans(n)] == list(tokenizer.cut(n, HMM=False)) for n in norms)

    def with_jieba() -> list[list[str]]:
        return [list(tokenizer.cut(n, HMM=False)) for n in norms]

    def with_cutter() -> list[list[tuple[int, int]]]:
        return [cutter.spans(n) for n in norms]

    timings = best_of({"jieba": with_jieba, "cutter": with_cutter}, repeat)
    print(
        f"\nWord cutting ({len(norms)} sentences, best of {repeat}): jieba {timings['jieba'] * 1e3:.0f} ms, "
        f"textkit's cutter {timings['cutter'] * 1e3:.0f} ms, x{timings['jieba'] / timings['cutter']:.2f} jieba; "
        f"same words: {same}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=5, help="copies of the sentence list in the throughput run")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per model for the first score")
    args = parser.parse_args()

    print("First score in a fresh process (median of", args.runs, "runs after a warm-up, import included):")
    first = first_scores(args.runs)
    for m, t in first.items():
        print(f"  {m:8s} {t * 1000:8.0f} ms   ratio to snownlp {t / first['snownlp']:.3f}")

    hand = load_hand()
    case = textkit.load_case_study()
    sentences = [t for _, _, t in hand] + textkit.split_sentences(
        textkit.normalize(case.original + "\n" + case.summary)
    )
    texts = sentences * args.copies
    fns = {m: scorer(m) for m in ("default", "lexicon", "snownlp")}
    for fn in fns.values():  # warm up: load models outside the timings
        fn(texts[0])
    timings = best_of({m: (lambda fn=fn: [fn(t) for t in texts]) for m, fn in fns.items()}, args.repeat)
    print(f"\nThroughput on {len(texts)} sentences (best of {args.repeat}):")
    for m, t in timings.items():
        ratio = timings["snownlp"] / t
        print(f"  {m:8s} {len(texts) / t:10.0f} texts/s   {t / len(texts) * 1e6:8.1f} us/text   x{ratio:.1f} snownlp")
    # On a shared machine wall time counts the time other processes hold the cores; CPU time does not.
    cpu = dict.fromkeys(fns, float("inf"))
    for _ in range(args.repeat):
        for m, fn in fns.items():
            start = time.process_time()
            for t in texts:
                fn(t)
            cpu[m] = min(cpu[m], time.process_time() - start)
    print("  in CPU time: " + ", ".join(f"{m} x{cpu['snownlp'] / t:.1f} snownlp" for m, t in cpu.items()))

    word_cut_speed(sentences, args.repeat)

    report_labelled("Hand-labelled sentences (benchmarks/sentiment_handlabelled.tsv)", hand, list(fns))
    if WRITTEN_EVAL.exists():
        report_labelled(
            "Independent written evaluation set (benchmarks/sentiment_written_eval.tsv)",
            load_hand(WRITTEN_EVAL),
            list(fns),
        )
    else:
        print(f"\n{WRITTEN_EVAL.name} not found: skipped")
    report_labelled("Reviews by domain (benchmarks/sentiment_domains_eval.tsv)", load_hand(DOMAINS_EVAL), list(fns))
    report_neutral(
        "Neutral statements with evaluative characters (benchmarks/sentiment_neutral_evaluative.tsv)",
        load_hand(NEUTRAL_EVAL),
        list(fns),
    )
    if AFTER_EVAL.exists():
        report_reviews_and_neutral(
            "Written after training (benchmarks/sentiment_after_training.tsv)", load_hand(AFTER_EVAL), list(fns)
        )
    after = load_hand(UNSEEN_EVAL)
    report_labelled(
        "Written after the word cutter was replaced (benchmarks/sentiment_unseen_eval.tsv), reviews",
        [r for r in after if r[1] != "neutral"],
        list(fns),
    )
    report_neutral(
        "Written after the word cutter was replaced, neutral statements",
        [r for r in after if r[1] == "neutral"],
        list(fns),
    )
    report_labelled(
        "Written after the third round's code (benchmarks/sentiment_round3_eval.tsv), reviews",
        load_hand(ROUND3_EVAL),
        list(fns),
    )
    report_labelled(
        "Written before the fourth round's code, first scored after it (benchmarks/sentiment_round4_eval.tsv), reviews",
        load_hand(ROUND4_EVAL),
        list(fns),
    )
    report_labelled(
        "Written after the fifth round's features (benchmarks/sentiment_round5_eval.tsv), reviews",
        load_hand(ROUND5_EVAL),
        list(fns),
    )
    report_labelled(
        "Written before the sixth round's changes (benchmarks/sentiment_round6_eval.tsv), food-delivery reviews",
        load_hand(ROUND6_EVAL),
        list(fns),
    )
    report_labelled(
        "Written by helpers in the sixth round, first scored before the platform triples "
        "(benchmarks/sentiment_round6_heldout_eval.tsv), reviews",
        load_hand(ROUND6_HELDOUT),
        list(fns),
    )
    report_labelled(
        "Written while the platform triples trained (benchmarks/sentiment_round6_platform_eval.tsv), reviews",
        load_hand(ROUND6_PLATFORM),
        list(fns),
    )
    report_labelled(
        "Written by helpers in the seventh round, first scored before and after its negation change "
        "(benchmarks/sentiment_round7_heldout_eval.tsv), reviews",
        load_hand(ROUND7_HELDOUT),
        list(fns),
    )
    report_labelled(
        "Written by helpers in the eighth round, first scored before its changes "
        "(benchmarks/sentiment_round8_heldout_eval.tsv), reviews",
        load_hand(ROUND8_HELDOUT),
        list(fns),
    )
    report_reviews_and_neutral(
        "Traditional script, written after the ninth round's fold (benchmarks/sentiment_traditional_heldout_eval.tsv)",
        load_hand(TRADITIONAL_HELDOUT),
        list(fns),
    )
    report_reviews_and_neutral(
        "Written before the tenth round's first score (benchmarks/sentiment_round10_heldout_eval.tsv)",
        load_hand(ROUND10_HELDOUT),
        list(fns),
    )
    report_labelled(
        "Written after the tenth round's code (benchmarks/sentiment_round11_heldout_eval.tsv), 100 of 250 mixed",
        load_hand(ROUND11_HELDOUT),
        list(fns),
    )
    report_labelled(
        "Committed before the thirteenth round's first score (benchmarks/sentiment_round13_heldout_eval.tsv), "
        "150 of 250 with a turn",
        load_hand(ROUND13_HELDOUT),
        list(fns),
    )
    report_labelled(
        "Written while the thirteenth round's changes were made (benchmarks/sentiment_round14_heldout_eval.tsv)",
        load_hand(ROUND14_HELDOUT),
        list(fns),
    )
    report_labelled(
        "Committed before the fourteenth round's first score (benchmarks/sentiment_round15_heldout_eval.tsv)",
        load_hand(ROUND15_HELDOUT),
        list(fns),
    )
    report_reviews_and_neutral(
        "Looks against reality, written after the fourteenth round's change (benchmarks/sentiment_reality_probes.tsv), "
        "by kind",
        load_hand(REALITY_PROBES),
        list(fns),
    )
    report_reviews_and_neutral(
        'The "not even one" construction, written after the fifteenth round\'s change '
        "(benchmarks/sentiment_even_probes.tsv), by kind",
        load_hand(EVEN_PROBES),
        list(fns),
    )
    report_reviews_and_neutral(
        "Words of size (配送费很高), written after the sixteenth round's change "
        "(benchmarks/sentiment_size_probes.tsv), by kind",
        load_hand(SIZE_PROBES),
        list(fns),
    )
    report_reviews_and_neutral(
        "Zeros that negate (零差评, 差评为零), written after the seventeenth round's change "
        "(benchmarks/sentiment_zero_probes.tsv), by kind",
        load_hand(ZERO_PROBES),
        list(fns),
    )
    report_reviews_and_neutral(
        "Zeros a thing is brought down to (投诉量降到了零), written after that reading was coded "
        "(benchmarks/sentiment_reduced_zero_probes.tsv), by kind",
        load_hand(REDUCED_ZERO_PROBES),
        list(fns),
    )
    for title, path in (
        ("Matched triples written in issue 19's third round", WEAK_TRIPLES),
        ("Outcomes told as facts, written in issue 19's thirteenth round", OUTCOME_TRIPLES),
    ):
        triples = load_triples(path)
        report_labelled(f"{title} ({path.relative_to(HERE.parent)})", triples, list(fns))
        for m in fns:
            scores = [fns[m](t) for _, _, t in triples]
            ordered = [scores[i] > scores[i + 1] for i in range(0, len(scores), 3)]
            print(f"  {m:8s} triples ordered (positive above negative): {sum(ordered)} of {len(ordered)}")
    case_scores = {m: [fns[m](x) for x in (case.original, case.summary)] for m in fns}
    print("\nWhole case-study texts scored in one piece (original, summary):")
    for m, s in case_scores.items():
        print(f"  {m:8s} {s[0]:.4f} {s[1]:.4f}")
    print("Document sentiment (mean of sentence scores, shares):")
    for m in ("default", "lexicon", "snownlp"):
        for name, text in (("original", case.original), ("summary", case.summary)):
            doc = document_sentiment(text, model=m)
            shares = " ".join(f"{k} {v:.2f}" for k, v in doc.shares.items())
            print(f"  {m:8s} {name:8s} mean {doc.mean:.3f}  {shares}  ({doc.n_sentences} sentences)")


if __name__ == "__main__":
    main()
