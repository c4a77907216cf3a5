"""TextRank keywords: PageRank over the co-occurrence graph of content words (Mihalcea & Tarau 2004).

Content words co-occur when they are fewer than 5 tokens apart, as in ``jieba.analyse.textrank``; the damping
factor is 0.85 and ranks are scaled so that the top word has 1.0.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from .candidates import Tok

__all__ = ["score_textrank"]

_TEXTRANK_WINDOW = 5
_TEXTRANK_DAMPING = 0.85


def score_textrank(tokens: Sequence[Tok]) -> dict[str, float]:
    """TextRank score of each content word of two or more characters, the top word scoring 1.0."""
    keep = [content and len(word) >= 2 for word, content in tokens]
    edges: defaultdict[tuple[str, str], int] = defaultdict(int)
    for i, (word, _) in enumerate(tokens):
        if not keep[i]:
            continue
        for j in range(i + 1, min(i + _TEXTRANK_WINDOW, len(tokens))):
            other = tokens[j][0]
            if keep[j] and other != word:
                a, b = (word, other) if word < other else (other, word)
                edges[a, b] += 1
    if not edges:
        # No co-occurrence at all: rank the content words by frequency.
        counts = Counter(word for (word, _), k in zip(tokens, keep, strict=True) if k)
        most = max(counts.values(), default=0)
        return {w: c / most for w, c in counts.items()}
    neighbours: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), weight in sorted(edges.items()):
        neighbours[a].append((b, weight))
        neighbours[b].append((a, weight))
    nodes = sorted(neighbours)
    out_sum = {n: float(sum(w for _, w in neighbours[n])) for n in nodes}
    rank = dict.fromkeys(nodes, 1.0)
    for _ in range(100):
        new = {
            n: (1 - _TEXTRANK_DAMPING) + _TEXTRANK_DAMPING * sum(w / out_sum[m] * rank[m] for m, w in neighbours[n])
            for n in nodes
        }
        delta = max(abs(new[n] - rank[n]) for n in nodes)
        rank = new
        if delta < 1e-9:
            break
    top = max(rank.values())
    return {n: r / top for n, r in rank.items()}
