from __future__ import annotations

import math
import pickle

import numpy as np
import pandas as pd
import pytest

import textkit
from textkit.errors import TextkitError
from textkit.keyterms import TfidfKeywords, keywords

METHODS = ("phrase", "tfidf", "textrank")
FRUIT = ["苹果,香蕉,苹果", "香蕉,橙子", "苹果,橙子,葡萄"]


@pytest.fixture(scope="module")
def original(case_study: textkit.CaseStudy) -> str:
    return textkit.normalize(case_study.original)


# -- hand-checkable TF-IDF ---------------------------------------------------------------------


def test_tfidf_weight_is_count_over_total_times_idf() -> None:
    # 苹果 twice, 香蕉 once: 2/3 * 1.0 and 1/3 * 3.0.
    df = keywords("苹果,香蕉,苹果", method="tfidf", idf={"苹果": 1.0, "香蕉": 3.0})
    assert df["word"].tolist() == ["香蕉", "苹果"]
    assert df["weight"].tolist() == pytest.approx([1.0, 2 / 3])


def test_unknown_words_get_the_median_idf_of_the_mapping() -> None:
    df = keywords("苹果,香蕉,葡萄", method="tfidf", idf={"苹果": 1.0, "香蕉": 2.0, "西瓜": 9.0})
    weights = dict(zip(df["word"], df["weight"], strict=True))
    assert weights["葡萄"] == pytest.approx(2.0 / 3)  # median of 1, 2, 9


def test_phrase_weight_is_mean_idf_times_sqrt_length() -> None:
    # 抖音 电商 抖音 电商: four content tokens; 抖音电商 occurs twice.
    df = keywords("抖音电商,抖音电商", idf={"抖音": 2.0, "电商": 4.0}, max_words=2, dedupe=False)
    weights = dict(zip(df["word"], df["weight"], strict=True))
    assert weights["抖音电商"] == pytest.approx(2 / 4 * 3.0 * math.sqrt(2))
    assert weights["电商"] == pytest.approx(2 / 4 * 4.0)
    assert weights["抖音"] == pytest.approx(2 / 4 * 2.0)
    assert df["word"].iloc[0] == "抖音电商"


def test_phrases_do_not_cross_punctuation() -> None:
    df = keywords("抖音,电商。抖音,电商", idf={"抖音": 2.0, "电商": 4.0})
    assert set(df["word"]) == {"抖音", "电商"}


def test_fitted_model_matches_sklearn_formula_by_hand() -> None:
    model = TfidfKeywords(stopwords=None, norm=None).fit(FRUIT)
    assert model.get_feature_names_out().tolist() == ["橙子", "苹果", "葡萄", "香蕉"]
    # Smoothed idf: ln((1 + n) / (1 + df)) + 1 with n = 3.
    two, one = math.log(4 / 3) + 1, math.log(4 / 2) + 1
    assert model.idf_.tolist() == pytest.approx([two, two, one, two])
    top = model.top_terms(FRUIT, top_n=None)
    first = top[top["doc"] == 0]
    assert first["word"].tolist() == ["苹果", "香蕉"]
    assert first["weight"].tolist() == pytest.approx([2 * two, two])
    assert first["rank"].tolist() == [1, 2]
    third = top[top["doc"] == 2]
    # 葡萄 (rarer) first; 橙子 and 苹果 tie and are ordered by word.
    assert third["word"].tolist() == ["葡萄", "橙子", "苹果"]


def test_fitted_model_l2_rows_and_as_idf_source() -> None:
    model = TfidfKeywords(stopwords=None).fit(FRUIT)
    matrix = model.transform(FRUIT).toarray()
    assert np.linalg.norm(matrix, axis=1) == pytest.approx([1.0, 1.0, 1.0])
    df = keywords("苹果,葡萄", method="tfidf", idf=model)
    weights = dict(zip(df["word"], df["weight"], strict=True))
    assert weights["葡萄"] == pytest.approx((math.log(2) + 1) / 2)
    assert weights["苹果"] == pytest.approx((math.log(4 / 3) + 1) / 2)


def test_fitted_model_keeps_series_index_and_survives_missing_documents() -> None:
    docs = pd.Series(["苹果,香蕉", None, float("nan"), "橙子,葡萄"], index=["a", "b", "c", "d"])
    model = TfidfKeywords().fit(docs)
    top = model.top_terms(docs, top_n=1)
    assert top["doc"].tolist() == ["a", "d"]
    assert model.transform(docs).shape[0] == 4


def test_fitted_model_splits_a_str_into_paragraphs() -> None:
    model = TfidfKeywords().fit("苹果,香蕉\n\n橙子,葡萄\n")
    assert model.n_docs_ == 2
    assert model.top_terms("苹果,香蕉\n橙子,葡萄", top_n=1)["doc"].tolist() == [0, 1]


def test_fitted_model_pickles_and_clones() -> None:
    from sklearn.base import clone

    model = TfidfKeywords(max_words=2, extra_stopwords=["香蕉"]).fit(FRUIT)
    again = pickle.loads(pickle.dumps(model))
    pd.testing.assert_frame_equal(again.top_terms(FRUIT), model.top_terms(FRUIT))
    assert "香蕉" not in set(again.get_feature_names_out())
    copy = clone(model)
    assert copy.get_params()["max_words"] == 2
    assert not hasattr(copy, "vectorizer_")


def test_fitted_model_errors() -> None:
    with pytest.raises(TextkitError, match="not fitted"):
        TfidfKeywords().top_terms(FRUIT)
    with pytest.raises(TextkitError, match="no terms"):
        TfidfKeywords().fit(["的了是", ""])
    with pytest.raises(TextkitError, match="docs"):
        TfidfKeywords().fit(42)
    with pytest.raises(TextkitError, match="max_words"):
        TfidfKeywords(max_words=0).fit(FRUIT)
    with pytest.raises(TextkitError, match="set_params"):
        TfidfKeywords().set_params(bogus=1)


# -- what a keyword may be -----------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_never_a_stopword_punctuation_or_number(original: str, method: str) -> None:
    stop = textkit.load_stopwords()
    df = keywords(original, top_n=200, method=method)
    assert len(df) > 50
    for word in df["word"]:
        assert word not in stop
        assert any(ch.isalpha() for ch in word), word
        assert not word.replace(".", "").isdigit()
    assert df["weight"].is_monotonic_decreasing


@pytest.mark.parametrize("method", METHODS)
def test_extra_stopwords_and_user_words_apply_to_every_method(original: str, method: str) -> None:
    df = keywords(original, top_n=100, method=method, extra_stopwords=["电商"])
    assert not any("电商" in w for w in df["word"])
    df = keywords(original, top_n=300, method=method, user_words=["北极星指标", "全局NPS"])
    assert {"北极星指标", "全局NPS"} <= set(df["word"])


@pytest.mark.parametrize("method", METHODS)
def test_pos_filter_applies_to_every_method(method: str) -> None:
    text = "GMV和NPS是抖音电商的指标,GMV增长,NPS提升。"
    assert set(keywords(text, method=method, pos=["eng"])["word"]) == {"GMV", "NPS"}


@pytest.mark.parametrize("method", METHODS)
def test_segmenter_option(method: str) -> None:
    seg = textkit.Segmenter(user_words=["全域兴趣电商"], extra_stopwords=["商家"])
    text = "全域兴趣电商让商家增长。全域兴趣电商是抖音的方向。"
    words = set(keywords(text, method=method, segmenter=seg)["word"])
    assert "全域兴趣电商" in words
    assert "商家" not in words


@pytest.mark.parametrize("method", METHODS)
def test_segmenter_with_its_own_pos_filter(method: str) -> None:
    # Words the segmenter filters out break phrases, as punctuation does.
    seg = textkit.Segmenter(pos=["eng"])
    text = "GMV和NPS是抖音电商的指标,GMV增长。"
    assert set(keywords(text, method=method, segmenter=seg)["word"]) == {"GMV", "NPS"}


def test_case_study_keywords_are_domain_terms(original: str) -> None:
    top = keywords(original, top_n=30)["word"].tolist()
    for term in ("抖音电商", "全域兴趣电商", "全局NPS"):
        assert term in top
    for filler in ("我们", "非常", "这个"):
        assert not any(filler in w for w in top)


# -- determinism, empty input, validation ------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_deterministic(original: str, method: str) -> None:
    a = keywords(original, top_n=50, method=method)
    b = keywords(original, top_n=50, method=method)
    pd.testing.assert_frame_equal(a, b)


def test_ties_are_broken_by_word() -> None:
    df = keywords("香蕉,苹果", method="tfidf", idf={"香蕉": 1.0, "苹果": 1.0})
    assert df["word"].tolist() == ["苹果", "香蕉"]
    assert df["weight"].tolist() == [0.5, 0.5]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("text", ["", "   ", "。,!?", "我们的了是", "123 456", "😀😀"])
def test_empty_results(method: str, text: str) -> None:
    df = keywords(text, method=method)
    assert df.empty
    assert list(df.columns) == ["word", "weight", "merged"]
    assert df["weight"].dtype == "float64"


def test_top_n() -> None:
    text = "苹果,香蕉,橙子,葡萄,西瓜"
    assert len(keywords(text, top_n=2)) == 2


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"method": "bogus"}, "method"),
        ({"top_n": 0}, "top_n"),
        ({"top_n": True}, "top_n"),
        ({"max_words": 9}, "max_words"),
        ({"idf": "jieba"}, "idf"),
        ({"idf": {}}, "idf"),
        ({"idf": {"苹果": float("nan")}}, "idf"),
        ({"pos": []}, "pos"),
        ({"stopwords": "english"}, "stopwords"),
        ({"extra_stopwords": "的"}, "extra_stopwords"),
        ({"segmenter": "jieba"}, "segmenter"),
        ({"segmenter": textkit.Segmenter(), "user_words": ["抖音电商"]}, "user words"),
    ],
)
def test_bad_options(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(TextkitError, match=match):
        keywords("抖音电商", **kwargs)  # type: ignore[arg-type]


def test_bad_text() -> None:
    with pytest.raises(TextkitError, match="text"):
        keywords(None)  # type: ignore[arg-type]


def test_both_rankings_from_one_pass_equal_keywords(case_study) -> None:  # type: ignore[no-untyped-def]
    from pandas.testing import assert_frame_equal

    from textkit.keyterms.extraction import ranked_with_and_without_merging
    from textkit.segmentation import Segmenter

    seg = Segmenter()
    merged, raw = ranked_with_and_without_merging(case_study.original, seg)
    assert_frame_equal(merged, textkit.keywords(case_study.original, top_n=None, segmenter=seg))
    assert_frame_equal(raw, textkit.keywords(case_study.original, top_n=None, segmenter=seg, dedupe=False))
    assert len(raw) > len(merged)


def test_invisible_characters_change_no_keyword(case_study: textkit.CaseStudy) -> None:
    # WeChat articles carry zero-width spaces inside words: 北极\u200b星 gave the keywords 北极 and 星指标
    import random

    rng = random.Random(0)
    marked = "".join(
        ch + rng.choice("\u200b\u00ad\ufeff\u200d") if rng.random() < 0.05 else ch for ch in case_study.original
    )
    summary = case_study.summary.replace("北极星", "北极\u200b星")
    for method in ("phrase", "tfidf", "textrank"):
        assert textkit.keywords(marked, method=method).equals(textkit.keywords(case_study.original, method=method))
    assert textkit.discover_words(marked).equals(textkit.discover_words(case_study.original))
    table = textkit.compare_keywords(summary, marked)
    assert table.equals(textkit.compare_keywords(case_study.summary, case_study.original))
    assert "北极星指标" in set(table["word"])
