"""Redundant key phrases: a sub-phrase that occurs mostly inside a longer key phrase is merged into it.

The phrase method scores every run of one to ``max_words`` adjacent content words, so a
talk about 全域兴趣电商 also yields 全域, 兴趣, 全域兴趣 and 兴趣电商 as candidates. Like
keyphrase extractors that prefer the longest non-redundant phrase (C-value, Frantzi et al.
2000; KP-Miner, El-Beltagy & Rafea 2009), textkit merges a term into a longer one by this
rule:

- A term *contains* another when the other's words are a contiguous run of its words
  (全域兴趣电商 = 全域 兴趣 电商 contains 全域, 兴趣, 电商, 全域兴趣 and 兴趣电商; it does not
  contain 商品, which straddles a word boundary).
- Terms are visited longest first (most words), heavier first among equals. A term is
  *merged* when a longer term that was kept contains it, occurs more than ``MERGE_SHARE``
  (0.75) times as often, and occurs at least ``MIN_HOST_COUNT`` (2) times: then more than
  three quarters of its occurrences sit inside that longer phrase, which already says it,
  and the phrase is a repeated unit, not a one-off run of words. Otherwise it is kept.
- A merged term leaves the list; the kept term that absorbed it (the heaviest one, if
  several qualify) names it in its ``merged`` column, so nothing disappears without a
  record. Weights are not changed.

So 兴趣电商 stays when more than a quarter of its occurrences are outside 全域兴趣电商, and a
general head such as 电商, spread over many phrases, stays too. ``dedupe=False`` keeps
every candidate.

The two constants were chosen on the 1,000 CSL abstracts of ``benchmarks/keywords.py``
(F1@5 against the authors' keywords; the script prints the grid with ``--merge-grid``):
without merging 0.222, with this rule 0.225; a share of 0.5 (merge when a longer phrase
holds half of the occurrences) scored 0.206, because in a short abstract a phrase seen
once or twice absorbs the shorter term the authors chose as keyword.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["MERGE_SHARE", "MIN_HOST_COUNT", "merge_redundant"]

#: A term is merged into a longer kept term that occurs more than this share of its own count.
MERGE_SHARE = 0.75
#: ... and at least this many times: a phrase seen once is no evidence of a unit.
MIN_HOST_COUNT = 2


def merge_redundant(
    scores: Mapping[str, float],
    counts: Mapping[str, int],
    parts_of: Mapping[str, tuple[str, ...]],
    *,
    share: float = MERGE_SHARE,
    min_count: int = MIN_HOST_COUNT,
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Drop the terms that occur mostly inside a longer kept term (see the module documentation).

    Args:
        scores: Term → weight (the candidates that may be keywords).
        counts: Term → number of occurrences in the text.
        parts_of: Term → its words.
        share: A term is merged when a kept longer term containing it occurs more than
            ``share`` times as often as the term ...
        min_count: ... and at least ``min_count`` times.

    Returns:
        The kept terms with their weights, and for each kept term that absorbed others,
        the absorbed terms, heaviest first.

    Example:
        >>> scores = {"全域兴趣电商": 3.0, "兴趣电商": 2.5, "全域": 1.0}
        >>> counts = {"全域兴趣电商": 4, "兴趣电商": 9, "全域": 5}
        >>> parts = {"全域兴趣电商": ("全域", "兴趣", "电商"), "兴趣电商": ("兴趣", "电商"), "全域": ("全域",)}
        >>> merge_redundant(scores, counts, parts)
        ({'全域兴趣电商': 3.0, '兴趣电商': 2.5}, {'全域兴趣电商': ['全域']})
    """
    order = sorted(scores, key=lambda t: (-len(parts_of[t]), -scores[t], t))
    # sub-term string -> the kept terms containing it
    containers: dict[str, list[str]] = {}
    absorbed_by: dict[str, str] = {}
    for term in order:
        count = counts[term]
        hosts = [h for h in containers.get(term, ()) if counts[h] > share * count and counts[h] >= min_count]
        if hosts:
            absorbed_by[term] = min(hosts, key=lambda h: (-scores[h], h))
            continue
        words = parts_of[term]
        n = len(words)
        for i in range(n):
            for j in range(i + 1, n + 1):
                if j - i < n:
                    containers.setdefault("".join(words[i:j]), []).append(term)
    kept = {t: s for t, s in scores.items() if t not in absorbed_by}
    merged: dict[str, list[str]] = {}
    for term in sorted(absorbed_by, key=lambda t: (-scores[t], t)):
        merged.setdefault(absorbed_by[term], []).append(term)
    return kept, merged
