"""`best_route` on a lazy and on a complete `LogTable`: the same route, and what each table keeps."""

from __future__ import annotations

import math

from textkit.segmentation.route import NOT_A_PREFIX, LogTable, best_route

FREQ = {"做": 50, "差": 10, "差异": 20, "差异化": 30, "异": 3, "异化": 5}  # total 118


def _words(block: str, ends: list[int]) -> list[str]:
    out, k = [], 0
    while k < len(block):
        out.append(block[k : ends[k]])
        k = ends[k]
    return out


def test_lazy_and_complete_tables_give_the_same_route() -> None:
    total = sum(FREQ.values())
    for block in ["做差异化", "差异化做", "好做差", "差差异异化化", "好", ""]:
        lazy = LogTable(freq=FREQ, total=total)
        assert best_route(block, lazy) == best_route(block, LogTable.of(FREQ, total))
    # By hand: 做|差异化 is 50 * 30 / 118**2; 做|差异|化 (化 unknown: frequency 1) 50 * 20 * 1 / 118**3 and
    # 做|差|异化 50 * 10 * 5 / 118**3 are smaller.
    assert _words("做差异化", best_route("做差异化", LogTable.of(FREQ, total))) == ["做", "差异化"]


def test_a_lazy_table_remembers_misses_and_a_complete_one_does_not_grow() -> None:
    total = sum(FREQ.values())
    lazy = LogTable(freq=FREQ, total=total)
    best_route("好差异", lazy)
    assert lazy["好"] is NOT_A_PREFIX and "好" in lazy  # asked once, then kept for this text
    assert lazy["差异"] == math.log(20) - math.log(total)
    complete = LogTable.of(FREQ, total)
    size = len(complete)
    best_route("好差异好好", complete)
    assert complete["好"] is NOT_A_PREFIX and len(complete) == size
