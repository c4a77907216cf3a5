"""Aligning each summary sentence with the original sentence(s) it comes from.

1. Candidates: cosine similarity of character 1–3-gram TF-IDF vectors (sparse); the top 5
   candidates of each summary sentence are kept.
2. Source: the candidate holding most of the sentence's character bigrams, each weighted
   by its IDF over the original's sentences. A sentence that fuses two or three source
   sentences is measured against their union: candidates are added while each adds at
   least 10% of the weighted bigrams and shares a run of 4 characters with the sentence.
3. Similarity (0–1): the mean of that weighted bigram share and the share of the
   sentence's characters inside runs of 3+ characters also found in the source(s).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .units import spaced, squash

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "Match",
    "align_one",
    "bigram_idf",
    "candidates",
    "chunk_coverage",
    "fuse_run_in",
    "paragraph_numbers",
    "similarity_matrix",
]

_TOP_K = 5  # candidates per summary sentence
_MAX_FUSE = 3  # source sentences a summary sentence may fuse
_MIN_GAIN = 0.1  # share a further source sentence must add to be fused in
_CHUNK = 3  # characters in a run counted by the chunk coverage
_FUSE_RUN = 4  # characters in a run a fused source sentence must share with the summary sentence


def bigram_idf(source_grams: list[set[str]]) -> tuple[dict[str, float], float]:
    """IDF of each bigram over the original's sentences, and the IDF of a bigram none of them has."""
    df: Counter[str] = Counter()
    for grams in source_grams:
        df.update(grams)
    n = len(source_grams)
    idf = {g: math.log((n + 1) / (c + 1)) + 1.0 for g, c in df.items()}
    return idf, math.log(n + 1) + 1.0


def similarity_matrix(summary: list[str], source: list[str]) -> np.ndarray:
    """Cosine similarity of character 1–3-gram TF-IDF vectors: summary sentences × original sentences."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not summary or not source:
        return np.zeros((len(summary), len(source)))
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(1, 3), preprocessor=spaced, sublinear_tf=True, lowercase=False
    )
    matrix = vectorizer.fit_transform(source + summary)
    a = matrix[len(source) :]
    b = matrix[: len(source)]
    sim: np.ndarray = np.clip((a @ b.T).toarray(), 0.0, 1.0)
    return sim


def candidates(similarity_row: Any, n_source: int) -> list[int]:
    """The ``_TOP_K`` original sentences most similar to one summary sentence, most similar first."""
    import numpy as np

    if not n_source:
        return []
    k = min(_TOP_K, n_source)
    cand = np.argpartition(-similarity_row, k - 1)[:k] if k < n_source else np.arange(n_source)
    return sorted((int(c) for c in cand), key=lambda c: (-similarity_row[c], c))


def fuse_run_in(sentence: str, source_squashed: list[str]) -> Callable[[int], bool]:
    """A test: does original sentence ``c`` share a run of ``_FUSE_RUN`` characters with ``sentence``?"""
    text = squash(sentence)

    def shares_run(c: int) -> bool:
        source = source_squashed[c]
        return any(text[k : k + _FUSE_RUN] in source for k in range(len(text) - _FUSE_RUN + 1))

    return shares_run


@dataclass
class Match:
    """The source sentence(s) of one summary sentence: chosen, share of weighted bigrams found, best, cosine."""

    indices: list[int]
    share: float
    best: int
    cosine: float


def align_one(
    grams: set[str],
    weights: dict[str, float],
    candidates: list[int],
    source_grams: list[set[str]],
    cosines: Any,
    shares_run: Callable[[int], bool],
) -> Match:
    """Best source sentence, then further ones fused in while each adds content.

    A sentence is fused in only if it adds at least ``_MIN_GAIN`` of the weighted
    bigrams and shares a run of ``_FUSE_RUN`` characters with the summary sentence.
    """
    if not candidates:
        return Match([], 0.0, -1, 0.0)
    total = sum(weights[g] for g in grams)
    if total <= 0:
        best = candidates[0]
        return Match([best], 0.0, best, float(cosines[best]))

    def share(found: set[str]) -> float:
        return sum(weights[g] for g in found) / total

    scored = sorted(((share(grams & source_grams[c]), -c) for c in candidates), reverse=True)
    best = -scored[0][1]
    chosen = [best]
    found = grams & source_grams[best]
    current = share(found)
    while len(chosen) < _MAX_FUSE:
        gains = []
        for c in candidates:
            if c in chosen or not shares_run(c):
                continue
            gains.append((share(found | (grams & source_grams[c])) - current, -c))
        if not gains:
            break
        gain, neg = max(gains)
        if gain < _MIN_GAIN:
            break
        chosen.append(-neg)
        found |= grams & source_grams[-neg]
        current = share(found)
    return Match(sorted(chosen), current, best, float(cosines[best]))


def chunk_coverage(sentence: str, sources: list[str], fallback: float) -> float:
    """Share of the sentence's characters inside a run of 3+ characters that the sources also have.

    Bigrams found here and there in long source sentences do not count: a sentence
    copied or paraphrased keeps longer runs. Sentences under 3 characters get ``fallback``.
    """
    text = squash(sentence)
    if len(text) < _CHUNK:
        return fallback
    region = "|".join(squash(s) for s in sources)
    covered = [False] * len(text)
    for i in range(len(text) - _CHUNK + 1):
        if text[i : i + _CHUNK] in region:
            covered[i : i + _CHUNK] = [True] * _CHUNK
    return sum(covered) / len(text)


def paragraph_numbers(text: str, starts: list[int]) -> list[int]:
    """Index of the paragraph (non-blank line) each offset falls in."""
    line_starts = [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return [max(bisect.bisect_right(line_starts, start) - 1, 0) for start in starts]
