from __future__ import annotations

import pytest

import textkit
from textkit.errors import TextkitError
from textkit.keyterms import keywords
from textkit.keyterms.redundancy import merge_redundant

PARTS = {
    "全域兴趣电商": ("全域", "兴趣", "电商"),
    "全域兴趣": ("全域", "兴趣"),
    "兴趣电商": ("兴趣", "电商"),
    "全域": ("全域",),
    "电商": ("电商",),
    "电商品牌": ("电商", "品牌"),
    "商品": ("商品",),
}


def scores(*terms: str) -> dict[str, float]:
    return {t: float(len(t)) for t in terms}


def test_merged_when_more_than_three_quarters_are_inside_a_longer_phrase() -> None:
    # 全域 4 times, 3 of them in 全域兴趣电商: 3 > 0.75 * 4 is false, so 全域 stays.
    kept, merged = merge_redundant(scores("全域兴趣电商", "全域"), {"全域兴趣电商": 3, "全域": 4}, PARTS)
    assert set(kept) == {"全域兴趣电商", "全域"} and merged == {}
    # 4 of 5: merged, and the phrase names it.
    kept, merged = merge_redundant(scores("全域兴趣电商", "全域"), {"全域兴趣电商": 4, "全域": 5}, PARTS)
    assert kept == {"全域兴趣电商": 6.0}
    assert merged == {"全域兴趣电商": ["全域"]}


def test_a_phrase_seen_once_absorbs_nothing() -> None:
    kept, merged = merge_redundant(scores("兴趣电商", "电商"), {"兴趣电商": 1, "电商": 1}, PARTS)
    assert set(kept) == {"兴趣电商", "电商"} and merged == {}


def test_containment_follows_word_boundaries() -> None:
    # 商品 is a substring of 电商品牌 (电商 / 品牌) but not one of its words.
    kept, _ = merge_redundant(scores("电商品牌", "商品"), {"电商品牌": 5, "商品": 5}, PARTS)
    assert set(kept) == {"电商品牌", "商品"}


def test_only_kept_phrases_absorb_and_weights_do_not_change() -> None:
    counts = {"全域兴趣电商": 4, "全域兴趣": 4, "兴趣电商": 10, "电商": 12}
    kept, merged = merge_redundant(scores(*counts), counts, PARTS)
    # 全域兴趣 is inside 全域兴趣电商 every time; 兴趣电商 occurs mostly on its own and stays,
    # and absorbs 电商 (10 > 0.75 * 12).
    assert kept == {"全域兴趣电商": 6.0, "兴趣电商": 4.0}
    assert merged == {"全域兴趣电商": ["全域兴趣"], "兴趣电商": ["电商"]}


def test_keywords_dedupe_on_a_text() -> None:
    text = "全局NPS是北极星指标。全局NPS提升,北极星指标也提升。NPS很重要。"
    plain = keywords(text, top_n=None, dedupe=False)["word"].tolist()
    assert {"全局NPS", "NPS", "北极星指标", "北极星", "指标"} <= set(plain)
    df = keywords(text, top_n=None)
    merged = dict(zip(df["word"], df["merged"], strict=True))
    # NPS: 3 times, twice inside 全局NPS (2 > 2.25 is false): kept. 北极星, 指标: always inside.
    assert "NPS" in merged and merged["NPS"] == ""
    assert set(merged["北极星指标"].split("、")) == {"北极星", "指标"}
    assert "北极星" not in merged and "指标" not in merged
    # Weights of the terms that stay are unchanged.
    before = keywords(text, top_n=None, dedupe=False).set_index("word")["weight"]
    assert df.set_index("word")["weight"].to_dict() == pytest.approx(before[df["word"]].to_dict())


def test_case_study_fragments_merged(case_study: textkit.CaseStudy) -> None:
    body = textkit.extract_article(case_study.original).body
    before = keywords(body, top_n=20, dedupe=False)["word"].tolist()
    after = keywords(body, top_n=20)
    fragments = {"全域", "全域兴趣", "兴趣电商", "NPS"}
    assert fragments <= set(before)
    assert not fragments & set(after["word"])
    merged = dict(zip(after["word"], after["merged"], strict=True))
    assert {"全域", "全域兴趣", "兴趣电商"} <= set(merged["全域兴趣电商"].split("、"))
    assert "NPS" in merged["全局NPS"].split("、")


def test_single_word_methods_and_validation() -> None:
    text = "全局NPS是北极星指标。全局NPS提升,北极星指标也提升。"
    for method in ("tfidf", "textrank"):
        a = keywords(text, method=method)
        b = keywords(text, method=method, dedupe=False)
        assert a.equals(b) and (a["merged"] == "").all()
    with pytest.raises(TextkitError, match="dedupe"):
        keywords(text, dedupe=1)  # type: ignore[arg-type]
