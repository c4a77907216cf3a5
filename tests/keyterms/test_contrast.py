from __future__ import annotations

import pandas as pd
import pytest

import textkit
from textkit.errors import TextkitError
from textkit.keyterms import compare_keywords, keywords
from textkit.keyterms.contrast import STATUSES

COLUMNS = ["word", "weight_a", "weight_b", "rank_a", "rank_b", "count_a", "count_b", "status"]
IDF = {"苹果": 1.0, "香蕉": 1.0, "橙子": 1.0}


def test_hand_checked_weights_ranks_counts_and_statuses() -> None:
    # A: 苹果 2 of 3 content words, 香蕉 1 of 3. B: 香蕉 3 of 5, 橙子 2 of 5. All IDF 1.
    df = compare_keywords("苹果,香蕉,苹果", "香蕉,橙子,橙子,香蕉,香蕉", top_n=1, method="tfidf", idf=IDF)
    assert list(df.columns) == COLUMNS
    assert df["word"].tolist() == ["苹果", "香蕉"]
    assert df["status"].tolist() == ["only_a", "top_b"]  # 苹果 is absent from B; 香蕉 is in A, below its top 1
    assert df["weight_a"].tolist() == pytest.approx([2 / 3, 1 / 3])
    assert df["weight_b"].tolist() == pytest.approx([0.0, 3 / 5])
    assert df["rank_a"].tolist() == [1, 2]
    assert df["rank_b"].isna().tolist() == [True, False]
    assert df["rank_b"].iloc[1] == 1
    assert df["count_a"].tolist() == [2, 1]
    assert df["count_b"].tolist() == [0, 3]


def test_shared_when_in_both_top_lists() -> None:
    df = compare_keywords("苹果,香蕉,苹果", "苹果,橙子,苹果", top_n=1, method="tfidf", idf=IDF)
    assert df[["word", "status", "rank_a", "rank_b"]].values.tolist() == [["苹果", "shared", 1, 1]]


def test_case_study_only_means_absent(case_study: textkit.CaseStudy) -> None:
    body = textkit.extract_article(case_study.original).body
    df = compare_keywords(case_study.summary, body, top_n=20)
    assert set(df["status"]) <= set(STATUSES)
    only_a, only_b = df[df["status"] == "only_a"], df[df["status"] == "only_b"]
    assert (only_a["count_b"] == 0).all() and (only_b["count_a"] == 0).all()
    top_a, top_b = df[df["status"] == "top_a"], df[df["status"] == "top_b"]
    assert (top_a["count_b"] > 0).all() and (top_b["count_a"] > 0).all()
    # The words issue 18 found labelled "only in summary" although the original has them.
    rows = df.set_index("word")
    for word, count in {"指标": 21, "增量价值": 15, "北极星指标": 9}.items():
        assert rows.loc[word, "count_b"] == count
        assert not str(rows.loc[word, "status"]).startswith("only")
    # Weights and ranks are each text's own, whatever the other's list holds.
    every = keywords(body, top_n=None, dedupe=False).set_index("word")["weight"]
    ranked = keywords(body, top_n=None)["word"].tolist()
    for word, row in rows.iterrows():
        assert row["weight_b"] == pytest.approx(every.get(word, 0.0))
        assert (pd.isna(row["rank_b"]) and word not in ranked) or row["rank_b"] == ranked.index(word) + 1
    top_b = set(ranked[:20])
    assert set(df.loc[df["rank_b"].fillna(99) <= 20, "word"]) == top_b


def test_order_status_then_weight_of_its_list() -> None:
    case = textkit.load_case_study()
    df = compare_keywords(case.summary, textkit.extract_article(case.original).body, top_n=20)
    order = {s: k for k, s in enumerate(STATUSES)}
    keys = []
    for row in df.itertuples(index=False):
        own = {"shared": max(row.weight_a, row.weight_b), "top_a": row.weight_a, "only_a": row.weight_a}
        keys.append((order[row.status], -own.get(row.status, row.weight_b), row.word))
    assert keys == sorted(keys)


def test_empty_and_errors() -> None:
    df = compare_keywords("", "")
    assert df.empty
    assert list(df.columns) == COLUMNS
    with pytest.raises(TextkitError, match="text_b"):
        compare_keywords("抖音", None)  # type: ignore[arg-type]
    with pytest.raises(TextkitError, match="options"):
        compare_keywords("抖音", "电商", bogus=1)
    with pytest.raises(TextkitError, match="top_n"):
        compare_keywords("抖音", "电商", top_n=0)
    with pytest.raises(TextkitError, match="dedupe"):
        compare_keywords("抖音", "电商", dedupe="yes")
