"""`compare_pairs`: many summaries against their sources, one row per pair, equal to `compare` pair by pair."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import textkit
from textkit.corpus import PAIR_COLUMNS, compare_pairs

SUMMARIES = pd.Series(
    {
        "ticket": "市政府决定提高公交票价。",
        "missing": None,
        "drug": "研究发现新药降低了血压。",
        "library": "图书馆去年借出图书三万册。读者人数也有增长。",
        "nan": math.nan,
    }
)
SOURCES = [
    "市政府昨天宣布，决定降低公交票价，下月起实行。",
    "这段原文没有摘要。",
    "研究发现新药降低了血压，效果明显。",
    "图书馆去年借出图书一万八千册。读者人数比前年增长了两成。",
    "原文",
]


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return compare_pairs(SUMMARIES, pd.Series(SOURCES, index=range(10, 15)))


def test_index_and_columns_follow_the_summaries(table: pd.DataFrame) -> None:
    assert table.index.tolist() == SUMMARIES.index.tolist()
    assert table.columns.tolist() == [*PAIR_COLUMNS, "alignment"]
    assert str(table["claims"].dtype) == "Int64"
    assert str(table["support_min"].dtype) == "Float64"


@pytest.mark.parametrize("label", ["missing", "nan"])
def test_a_missing_text_gives_a_row_of_missing_values(table: pd.DataFrame, label: str) -> None:
    row = table.loc[label]
    assert row.drop("alignment").isna().all()
    assert row["alignment"] is None


def test_each_row_equals_compare_on_that_pair(table: pd.DataFrame) -> None:
    for label, source in zip(SUMMARIES.index, SOURCES, strict=True):
        summary = SUMMARIES[label]
        if not isinstance(summary, str):
            continue
        result = textkit.compare(summary, source)
        claims = result.claims()
        row = table.loc[label]
        assert row["claims"] == len(claims)
        assert row["supported"] == int(claims["supported"].sum())
        assert row["support_min"] == pytest.approx(float(claims["support"].min()))
        assert row["rouge1_char_f1"] == pytest.approx(result.score("rouge1_char_f1"))
        assert row["contradictions_direction"] == result.score("contradictions_direction")
        pd.testing.assert_frame_equal(row["alignment"], result.alignment)


def test_counts_name_the_reason(table: pd.DataFrame) -> None:
    # 提高 against 降低: one direction contradiction; 三万 against 一万八千: one number contradiction.
    assert table.loc["ticket", ["unsupported", "contradictions_direction"]].tolist() == [1, 1]
    assert table.loc["library", "contradictions_number"] == 1
    assert table.loc["drug", ["unsupported", "supported_share"]].tolist() == [0, 1.0]
    assert table.loc[["ticket", "drug", "library"], "contradictions_negation"].tolist() == [0, 0, 0]


def test_lists_work_and_the_index_is_positional() -> None:
    table = compare_pairs(["新药降低了血压。"], ["研究发现新药降低了血压。"])
    assert table.index.tolist() == [0]
    assert table.loc[0, "supported"] == 1


def test_processes_give_the_same_table(table: pd.DataFrame) -> None:
    parallel = compare_pairs(SUMMARIES, SOURCES, n_jobs=2)
    pd.testing.assert_frame_equal(parallel.drop(columns="alignment"), table.drop(columns="alignment"))


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(textkit.TextkitError, match="same length"):
        compare_pairs(["摘要"], ["原文", "另一篇"])
    with pytest.raises(textkit.TextkitError, match="summaries"):
        compare_pairs("摘要", "原文")
    with pytest.raises(textkit.TextkitError, match=r"sources\[0\]"):
        compare_pairs(["摘要"], [b"\xe5\x8e\x9f"])
    with pytest.raises(textkit.TextkitError, match="threshold"):
        compare_pairs(["摘要"], ["原文"], threshold=2)
