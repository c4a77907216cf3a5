from __future__ import annotations

import math

import pandas as pd
import pytest

import textkit
from textkit.errors import TextkitError
from textkit.keyterms import discover_words

COLUMNS = ["word", "count", "score", "cohesion", "left_entropy", "right_entropy", "known"]


@pytest.fixture(scope="module")
def found(case_study: textkit.CaseStudy) -> pd.DataFrame:
    return discover_words(textkit.normalize(case_study.original), top_n=None)


def test_statistics_by_hand() -> None:
    # 9 units; 甲乙 occurs 3 times, 甲 and 乙 3 times each: PMI = log2((3/9) / (3/9 * 3/9)) = log2(3).
    # Left contexts: two text edges and 戊; right contexts: 丙, 丁 and an edge: log2(3) bits each.
    df = discover_words(
        ["甲乙丙", "甲乙丁", "戊甲乙"], min_count=3, min_cohesion=1, min_entropy=1, stopwords=None, include_known=True
    )
    assert df["word"].tolist() == ["甲乙"]
    row = df.iloc[0]
    assert row["count"] == 3
    assert row["cohesion"] == pytest.approx(math.log2(3))
    assert row["left_entropy"] == pytest.approx(math.log2(3))
    assert row["right_entropy"] == pytest.approx(math.log2(3))
    assert row["score"] == pytest.approx(math.log2(3) ** 3)


def test_fragments_fail_the_entropy_test() -> None:
    text = "东方甄选做直播。" * 2 + "我爱东方甄选,东方甄选好。" + "看东方甄选的书。"
    df = discover_words(text, min_count=3, min_cohesion=1)
    assert df["word"].tolist() == ["东方甄选"]  # not 东方甄 (always followed by 选) nor 方甄选
    lenient = discover_words(text, min_count=3, min_cohesion=1, min_entropy=0)
    assert {"东方甄", "方甄选"} <= set(lenient["word"])


def test_case_study_domain_terms(found: pd.DataFrame) -> None:
    top = found["word"].head(20).tolist()
    for term in ("抖音电商", "全域兴趣电商", "北极星指标", "全局NPS"):
        assert term in top
    stop = textkit.load_stopwords()
    for word in found["word"]:
        assert word[0] not in stop and word[-1] not in stop and word not in stop
    assert not found["known"].any()
    assert found["score"].is_monotonic_decreasing


def test_discovered_words_feed_a_segmenter(found: pd.DataFrame) -> None:
    text = "北极星指标是全局NPS"
    assert textkit.Segmenter().tokenize(text) != ["北极星指标", "是", "全局NPS"]
    seg = textkit.Segmenter(user_words=found["word"].head(20).tolist())
    assert seg.tokenize(text) == ["北极星指标", "是", "全局NPS"]


def test_include_known(case_study: textkit.CaseStudy) -> None:
    df = discover_words(textkit.normalize(case_study.original), include_known=True)
    assert df["known"].any() and not df["known"].all()
    assert "电商" in set(df.loc[df["known"], "word"])


def test_thresholds_filter(found: pd.DataFrame) -> None:
    assert (found["count"] >= 3).all()
    assert (found["cohesion"] >= 4.0).all()
    assert (found[["left_entropy", "right_entropy"]].min(axis=1) >= 1.0).all()
    assert found["word"].str.len().between(2, 12).all()


def test_corpus_inputs_and_determinism() -> None:
    docs = ["东方甄选做直播。", None, "我爱东方甄选。", float("nan"), "东方甄选好。", "看东方甄选的书。"]
    series = pd.Series(docs, index=list("abcdef"))
    kwargs = {"min_count": 3, "min_cohesion": 1.0}
    a = discover_words(docs, **kwargs)
    b = discover_words(series, **kwargs)
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(a, discover_words(docs, **kwargs))
    assert a["word"].tolist() == ["东方甄选"]


@pytest.mark.parametrize("texts", ["", [], ["。。。"], "😀😀😀", [None]])
def test_empty(texts: object) -> None:
    df = discover_words(texts)  # type: ignore[arg-type]
    assert df.empty
    assert list(df.columns) == COLUMNS
    assert df["known"].dtype == bool


def test_columns_and_types(found: pd.DataFrame) -> None:
    assert list(found.columns) == COLUMNS
    assert found["count"].dtype == "int64"
    assert found["known"].dtype == bool


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"top_n": 0}, "top_n"),
        ({"min_count": 0}, "min_count"),
        ({"min_len": 1}, "min_len"),
        ({"max_len": 1}, "max_len"),
        ({"min_entropy": -1}, "min_entropy"),
        ({"min_cohesion": float("nan")}, "min_cohesion"),
        ({"include_known": "yes"}, "include_known"),
        ({"stopwords": "english"}, "stopwords"),
        ({"segmenter": "jieba"}, "segmenter"),
    ],
)
def test_bad_options(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(TextkitError, match=match):
        discover_words("抖音电商", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("texts", [42, b"abc", {"a": "b"}, ["ok", 3]])
def test_bad_texts(texts: object) -> None:
    with pytest.raises(TextkitError, match="texts"):
        discover_words(texts)  # type: ignore[arg-type]
