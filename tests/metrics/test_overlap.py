from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rouge_score.rouge_scorer import RougeScorer

import textkit
from textkit.metrics import Score, char_tokens, lcs_length, rouge, word_tokens

ALL = ("rouge1", "rouge2", "rougeL", "rougeLsum")


class _Tok:
    """rouge-score accepts any object with a tokenize(text) method."""

    def __init__(self, fn):
        self.fn = fn

    def tokenize(self, text):
        return self.fn(text)


def reference_scores(candidate: str, reference: str, fn) -> dict:
    scorer = RougeScorer(list(ALL), tokenizer=_Tok(fn))
    # rouge-score's rougeLsum reads one sentence per line.
    ref = "\n".join(textkit.split_sentences(reference))
    cand = "\n".join(textkit.split_sentences(candidate))
    plain = scorer.score(reference, candidate)
    lsum = scorer.score(ref, cand)["rougeLsum"]
    return {**{k: plain[k] for k in ("rouge1", "rouge2", "rougeL")}, "rougeLsum": lsum}


def assert_parity(candidate: str, reference: str, fn, tokenizer) -> None:
    ours = rouge(candidate, reference, tokenizer=tokenizer)
    theirs = reference_scores(candidate, reference, fn)
    for kind in ALL:
        assert ours[kind].precision == pytest.approx(theirs[kind].precision, abs=1e-12), kind
        assert ours[kind].recall == pytest.approx(theirs[kind].recall, abs=1e-12), kind
        assert ours[kind].f1 == pytest.approx(theirs[kind].fmeasure, abs=1e-12), kind


def test_hand_checked_values():
    # candidate 抖音电商很高效 (7 chars), reference 抖音电商的增量价值是高效 (12 chars)
    s = rouge("抖音电商很高效", "抖音电商的增量价值是高效")
    assert s["rouge1"].precision == pytest.approx(6 / 7)
    assert s["rouge1"].recall == pytest.approx(6 / 12)
    assert s["rouge1"].f1 == pytest.approx(2 * (6 / 7) * 0.5 / (6 / 7 + 0.5))
    # bigrams shared: 抖音 音电 电商 高效
    assert s["rouge2"].precision == pytest.approx(4 / 6)
    assert s["rouge2"].recall == pytest.approx(4 / 11)
    # LCS 抖音电商高效
    assert s["rougeL"].precision == pytest.approx(6 / 7)
    assert s["rougeL"].recall == pytest.approx(6 / 12)
    assert list(s) == list(ALL)


def test_identical_and_disjoint():
    text = "抖音电商的增量价值是什么?答案是高效。GMV不是北极星指标。"
    for tok in ("char", "word"):
        same = rouge(text, text, tokenizer=tok)
        assert all(v == Score(1.0, 1.0, 1.0) for v in same.values())
    apart = rouge("今天天气好", "抖音电商")
    assert all(v == Score(0.0, 0.0, 0.0) for v in apart.values())


@pytest.mark.parametrize(("cand", "ref"), [("", ""), ("", "抖音"), ("抖音", ""), ("。!?", "抖音"), ("  ", " ")])
def test_empty_gives_zeros(cand, ref):
    assert all(v == Score(0.0, 0.0, 0.0) for v in rouge(cand, ref).values())


def test_char_tokens():
    assert char_tokens("抖音DAU突破6亿!") == ["抖", "音", "dau", "突", "破", "6", "亿"]
    assert char_tokens("ＧＭＶ增长３.５%") == ["gmv", "增", "长", "3.5"]
    assert char_tokens("好评👍") == ["好", "评", "👍"]
    assert char_tokens("") == []


def test_word_tokens():
    assert word_tokens("抖音电商的增量价值。") == ["抖音", "电商", "的", "增量", "价值"]


def test_word_level_is_stricter_than_char_level():
    cand, ref = "产品很好", "产生很多"
    assert rouge(cand, ref)["rouge1"].f1 == pytest.approx(0.5)  # 产, 很 shared
    assert rouge(cand, ref, tokenizer="word")["rouge1"].f1 == 0.0


def test_parity_on_case_study(case_study):
    summary = case_study.summary[:300]
    original = case_study.original[5200:6400]
    assert_parity(summary, original, char_tokens, "char")
    assert_parity(summary, original, word_tokens, "word")


def test_parity_with_callable_tokenizer():
    def spaces(text: str) -> list[str]:
        return text.split()

    assert_parity("a b c d\nb c", "a c d e\nc b a", spaces, spaces)


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="抖音电商好。!\n ab1", max_size=40),
    st.text(alphabet="抖音电商好。!\n ab1", max_size=40),
)
def test_parity_property(cand, ref):
    assert_parity(cand, ref, char_tokens, "char")


def test_lcs_length():
    assert lcs_length(list("ABCBDAB"), list("BDCABA")) == 4
    assert lcs_length([], list("abc")) == 0


def test_rouge_types_option():
    s = rouge("抖音电商", "抖音电商", rouge_types=("rouge3", "rougeL"))
    assert list(s) == ["rouge3", "rougeL"]
    assert s["rouge3"].f1 == 1.0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tokenizer": "jieba"}, "tokenizer"),
        ({"tokenizer": 3}, "tokenizer"),
        ({"rouge_types": ("rougeX",)}, "rouge_types"),
        ({"rouge_types": "rouge1"}, "rouge_types"),
        ({"tokenizer": lambda t: "not a list"}, "tokenizer"),
    ],
)
def test_bad_options(kwargs, message):
    with pytest.raises(textkit.TextkitError, match=message):
        rouge("抖音", "抖音", **kwargs)


def test_bad_text():
    with pytest.raises(textkit.TextkitError, match="candidate"):
        rouge(None, "抖音")  # type: ignore[arg-type]
