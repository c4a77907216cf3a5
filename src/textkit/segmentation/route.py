"""The most probable route of words through a run of Chinese text: jieba's accurate mode, in one backward pass.

jieba (0.42.1) cuts each run of Chinese characters, letters and digits along the route whose words have the highest
total log frequency: it builds a DAG of every dictionary word starting at each character, then scores the routes
from the end. `best_route` does the same in one backward pass that looks the candidate words up as it scores them,
with each word's log probability computed once (jieba computes it per candidate), and gives the same cut: ties go
to the longer word, as jieba's ``max`` over ``(score, end)`` does. The `Segmenter` (on jieba's dictionary, with HMM
or without) and the sentiment model's word cutter (on its own word list) both cut with it; their tests check every
cut against jieba's.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["best_route"]


def best_route(block: str, count: Callable[[str], int | None], logp: dict[str, float], logtotal: float) -> list[int]:
    """Where the best route's word starting at each character of ``block`` ends (exclusive).

    Args:
        block: A run of characters to cut (jieba's ``re_han_default`` block).
        count: A word's frequency in jieba's prefix dictionary: a positive count for a word, 0 for a prefix of a
            word that is no word itself, None for anything else (``Tokenizer.FREQ.get``).
        logp: Each word's log probability (``log(count) - logtotal``), filled in as words are met; a caller that
            keeps it between calls computes each once.
        logtotal: The log of the dictionary's total frequency; a character that is no word counts as frequency 1.

    Returns:
        ``ends[k]`` for each position ``k``: follow ``k = ends[k]`` from 0 to read the route's words.

    Example:
        >>> freq = {"差": 10, "差异": 20, "差异化": 30, "做": 50}
        >>> ends = best_route("做差异化", freq.get, {}, math.log(110))
        >>> ends[0], ends[1]
        (1, 4)
    """
    n = len(block)
    value = [0.0] * (n + 1)  # log probability of the best route from each position to the end
    ends = list(range(1, n + 1))
    get = count
    known = logp.get
    log = math.log
    for start in range(n - 1, -1, -1):
        best: float | None = None
        i = start + 1
        frag = block[start]
        while True:  # every dictionary word starting here: the dictionary holds each word's prefixes
            c = get(frag)
            if c is None:
                break
            if c:
                weight = known(frag)
                if weight is None:
                    weight = logp[frag] = log(c) - logtotal
                v = weight + value[i]
                if best is None or v >= best:  # a tie goes to the longer word, as in jieba's max((v, end))
                    best = v
                    ends[start] = i
            if i >= n:
                break
            i += 1
            frag = block[start:i]
        if best is None:  # no word: the character alone, with frequency 1
            best = -logtotal + value[start + 1]
        value[start] = best
    return ends
