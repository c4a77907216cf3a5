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
from operator import add
from typing import TYPE_CHECKING, Any

from .units import clauses, squash

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

__all__ = [
    "TOP_SIMILAR",
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
#: Similarities kept per summary sentence in `Comparison.similarity`.
TOP_SIMILAR = 10
_BLOCK = 256  # summary sentences multiplied at a time
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


def _char_ngrams(text: str) -> list[str]:
    """Character 1–3-grams within clauses, each clause padded with a space.

    What scikit-learn's ``analyzer="char_wb"`` gives for `textkit.comparison.units.spaced` text (checked by a
    test), built with C-level ``map``.

    Example:
        >>> _char_ngrams("抖音，电商")[:7]
        [' ', '抖', '音', ' ', ' 抖', '抖音', '音 ']
    """
    grams: list[str] = []
    for clause in clauses(text):  # `spaced(text).split()`: clauses hold no space
        padded = f" {clause} "
        pairs = list(map(add, padded, padded[1:]))
        grams += padded
        grams += pairs
        grams += map(add, pairs, padded[2:])
    return grams


def _char_ngram_counts(texts: list[str]) -> csr_matrix:
    """Each text's counts of its `_char_ngrams`: scikit-learn's ``CountVectorizer`` matrix, built with numpy.

    Equal, array for array, to ``CountVectorizer(analyzer=_char_ngrams, lowercase=False,
    dtype=np.float64).fit_transform(texts)`` (checked by a test): the same columns (the n-grams sorted by their
    text) and, within each row, the same order of entries (the order in which the n-grams first appear in
    ``texts``), so that the TF-IDF weights and the cosines computed from it are the same to the last bit. An
    n-gram is one integer: its 1–3 code points in 21 bits each, the missing ones 0, so that the integers sort as
    the texts do. A few passes over arrays instead of a Python dict lookup per n-gram, a block of texts of about
    `_NGRAM_BLOCK` characters at a time, so that the arrays stay small whatever the length of the texts.
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    first_seen: dict[int, int] = {}  # each n-gram's number, in order of first appearance in the texts
    per_row = np.zeros(len(texts), dtype=np.int64)  # entries in each row
    seen, counts = [], []
    lo = 0
    while lo < len(texts):
        hi, size = lo, 0
        while hi < len(texts) and (size < _NGRAM_BLOCK or hi == lo):
            size += len(texts[hi])
            hi += 1
        block_rows, block_seen, block_counts = _block_ngram_counts(texts[lo:hi], first_seen)
        per_row[lo:hi] = np.bincount(block_rows, minlength=hi - lo)
        seen.append(block_seen)
        counts.append(block_counts.astype(np.float64))
        lo = hi
    n_vocab = len(first_seen)
    index_type = np.int32 if n_vocab < 2**31 and int(per_row.sum()) < 2**31 else np.int64
    column = np.empty(n_vocab, dtype=index_type)  # scikit-learn's columns: sorted by text
    column[np.argsort(np.fromiter(first_seen, dtype=np.int64, count=n_vocab))] = np.arange(n_vocab)
    del first_seen
    indices = np.concatenate([column[block] for block in seen]) if seen else np.zeros(0, dtype=index_type)
    del seen
    data = np.concatenate(counts) if counts else np.zeros(0)
    del counts
    indptr = np.zeros(len(texts) + 1, dtype=index_type)
    np.cumsum(per_row, out=indptr[1:])
    return csr_matrix((data, indices, indptr), shape=(len(texts), n_vocab))


#: Characters of text whose n-grams `_char_ngram_counts` lists at a time.
_NGRAM_BLOCK = 2**18


def _block_ngram_counts(texts: list[str], first_seen: dict[int, int]) -> tuple[Any, Any, Any]:
    """For a block of texts: the row, n-gram number and count of each entry, by row then by number.

    New n-grams are numbered in ``first_seen`` in order of their first appearance.
    """
    import numpy as np
    import pandas as pd

    pieces: list[str] = []
    per_text = np.zeros(len(texts), dtype=np.int64)
    for i, text in enumerate(texts):
        found = clauses(text)
        pieces += found
        per_text[i] = len(found)
    if not pieces:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    width = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)) + 2  # each clause padded by spaces
    joined = " " + "  ".join(pieces) + " "
    code = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    code = np.concatenate([code, np.zeros(2, dtype=np.int64)])
    # `_char_ngrams` lists a padded clause of w characters as w unigrams, w - 1 bigrams, w - 2 trigrams.
    count = 3 * width - 3
    piece = np.repeat(np.arange(len(pieces)), count)
    rank = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    w = width[piece]
    n = (rank >= w).astype(np.int64) + (rank >= 2 * w - 1) + 1  # characters in the n-gram
    at = np.cumsum(width)[piece] - w + rank - np.where(n == 1, 0, np.where(n == 2, w, 2 * w - 1))
    del piece, rank, w
    keys = code[at] << 42
    keys |= np.where(n >= 2, code[at + 1], 0) << 21
    keys |= np.where(n == 3, code[at + 2], 0)
    del at, n
    local, uniques = pd.factorize(keys)  # numbered in order of first appearance in the block
    del keys
    setdefault = first_seen.setdefault
    number = np.fromiter((setdefault(k, len(first_seen)) for k in uniques.tolist()), np.int64, count=len(uniques))
    numbers = number[local]
    del local
    row_of = np.repeat(np.repeat(np.arange(len(texts), dtype=np.int64), per_text), count)
    # by row, then by first appearance; the rows come in order, which a stable (merging) sort takes advantage of
    pairs = np.sort(row_of * len(first_seen) + numbers, kind="stable")
    del row_of, numbers
    starts = np.flatnonzero(np.diff(pairs, prepend=-1))
    counts = np.diff(np.append(starts, len(pairs)))
    rows, seen = np.divmod(pairs[starts], len(first_seen))
    return rows, seen, counts


def similarity_matrix(summary: list[str], source: list[str], *, top_k: int = TOP_SIMILAR) -> csr_matrix:
    """Cosine similarity of character 1–3-gram TF-IDF vectors, each summary sentence's ``top_k`` kept (sparse).

    Rows are summary sentences, columns original sentences. Only the ``top_k`` most similar original sentences
    of each summary sentence are kept (the rest read as 0), and the product is computed a block of summary
    sentences at a time, so memory stays proportional to the texts, not to their product.
    """
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfTransformer

    if not summary or not source:
        return csr_matrix((len(summary), len(source)), dtype=np.float64)
    counts = _char_ngram_counts(source + summary)
    if not counts.nnz:  # no letter, digit or character anywhere
        return csr_matrix((len(summary), len(source)), dtype=np.float64)
    # ``TfidfVectorizer(analyzer=_char_ngrams, sublinear_tf=True, lowercase=False).fit_transform``, the same floats
    # (it fits, then transforms in place, as here)
    matrix = TfidfTransformer(sublinear_tf=True).fit(counts).transform(counts, copy=False)
    del counts
    a = matrix[len(source) :]
    b = matrix[: len(source)].T.tocsc()
    del matrix
    k = min(top_k, len(source))
    rows: list[Any] = []
    cols: list[Any] = []
    values: list[Any] = []
    for lo in range(0, len(summary), _BLOCK):
        block = np.clip((a[lo : lo + _BLOCK] @ b).toarray(), 0.0, 1.0)
        top = (
            np.argpartition(-block, k - 1, axis=1)[:, :k] if k < len(source) else np.tile(np.arange(k), (len(block), 1))
        )
        for r in range(len(block)):
            keep = top[r][block[r, top[r]] > 0]
            rows.append(np.full(len(keep), lo + r))
            cols.append(keep)
            values.append(block[r, keep])
    data = np.concatenate(values) if values else np.zeros(0)
    return csr_matrix(
        (data, (np.concatenate(rows), np.concatenate(cols))), shape=(len(summary), len(source)), dtype=np.float64
    )


def candidates(similarity: csr_matrix, row: int) -> list[int]:
    """The ``_TOP_K`` original sentences most similar to summary sentence ``row``, most similar first."""
    lo, hi = similarity.indptr[row], similarity.indptr[row + 1]
    pairs = sorted(
        zip(similarity.data[lo:hi].tolist(), similarity.indices[lo:hi].tolist(), strict=True),
        key=lambda p: (-p[0], p[1]),
    )
    return [int(c) for _, c in pairs[:_TOP_K]]


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
    total = sum(weights[g] for g in sorted(grams))
    if total <= 0:
        best = candidates[0]
        return Match([best], 0.0, best, float(cosines[best]))

    def share(found: set[str]) -> float:
        return sum(weights[g] for g in sorted(found)) / total  # fixed order: the same sums in every process

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
