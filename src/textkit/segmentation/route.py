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
from collections.abc import Mapping
from typing import Any

__all__ = ["NOT_A_PREFIX", "LogTable", "best_route"]

#: What a `LogTable` gives for a string that is neither a word nor the beginning of one (compared by identity).
NOT_A_PREFIX = math.nan
_UNSEEN: Any = object()  # what `best_route` asks a lazy `LogTable` for when its dict does not hold a string yet


class LogTable(dict[str, float | None]):
    """jieba's prefix dictionary as log probabilities: word -> ``log(freq / total)``, other prefix of a word -> None.

    Looking up anything else gives `NOT_A_PREFIX`. Built from a ``{word: freq}`` mapping in which every prefix of a
    word is present with frequency 0 (jieba's ``Tokenizer.FREQ``), either whole (``LogTable.of``) or as its
    entries are first looked up (``LogTable(freq=...)``, for a dictionary that may still change between calls; it
    then remembers what it found, `NOT_A_PREFIX` included, so keep it for one text at a time).

    Attributes:
        complete: Whether the table holds every word and prefix already (``LogTable.of``).

    Example:
        >>> table = LogTable.of({"差": 1, "差异": 1, "差异化": 2}, total=4)
        >>> round(table["差异化"], 3), table["差异"] == table["差"], table["好"] is NOT_A_PREFIX
        (-0.693, True, True)
    """

    __slots__ = ("_freq", "_logtotal", "complete")

    def __init__(self, *, freq: Mapping[str, int], total: int) -> None:
        super().__init__()
        self._freq = freq
        self._logtotal = math.log(total)
        self.complete = False

    @classmethod
    def of(cls, freq: Mapping[str, int], total: int) -> LogTable:
        """The whole table at once (its source may then change without it)."""
        table = cls(freq={}, total=total)
        table.update((w, math.log(f) - table._logtotal if f else None) for w, f in freq.items())
        table.complete = True
        return table

    @property
    def unknown(self) -> float:
        """The log probability of a character that is no word: frequency 1, as in jieba."""
        return -self._logtotal

    def __missing__(self, word: str) -> float | None:
        if self.complete:
            return NOT_A_PREFIX
        count = self._freq.get(word)
        value = self[word] = NOT_A_PREFIX if count is None else math.log(count) - self._logtotal if count else None
        return value


def best_route(block: str, table: LogTable) -> list[int]:
    """Where the best route's word starting at each character of ``block`` ends (exclusive).

    Args:
        block: A run of characters to cut (jieba's ``re_han_default`` block).
        table: The dictionary's log probabilities (`LogTable`).

    Returns:
        ``ends[k]`` for each position ``k``: follow ``k = ends[k]`` from 0 to read the route's words.

    Example:
        >>> ends = best_route("做差异化", LogTable.of({"差": 10, "差异": 20, "差异化": 30, "做": 50}, total=110))
        >>> ends[0], ends[1]
        (1, 4)
    """
    n = len(block)
    value = [0.0] * (n + 1)  # log probability of the best route from each position to the end
    ends = list(range(1, n + 1))
    unknown, missing = table.unknown, NOT_A_PREFIX
    # A complete table gives `NOT_A_PREFIX` for what it does not hold without a call to `__missing__`; a lazy one
    # is asked (`table[...]`) the first time it meets a string.
    get, default = table.get, missing if table.complete else _UNSEEN
    for start in range(n - 1, -1, -1):
        best = -math.inf  # every word's route is finite: the first one beats it
        stop = -1
        i = start + 1
        weight = get(block[start], default)
        if weight is _UNSEEN:
            weight = table[block[start]]
        while weight is not missing:  # every word starting here: the table holds each word's prefixes
            if weight is not None:
                v = weight + value[i]
                if v >= best:  # a tie goes to the longer word, as in jieba's max((v, end))
                    best, stop = v, i
            if i >= n:
                break
            i += 1
            weight = get(block[start:i], default)
            if weight is _UNSEEN:
                weight = table[block[start:i]]
        if stop < 0:  # no word starts here: the character alone
            best, stop = unknown + value[start + 1], start + 1
        value[start] = best
        ends[start] = stop
    return ends
