"""Timing shared by the benchmarks: best-of-N wall time, measured round-robin."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_of(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Best time of each function, running them round-robin so that drift in machine load hits all alike."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            gc.collect()
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    return best
