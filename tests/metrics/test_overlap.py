from __future__ import annotations

import random
import tracemalloc
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rouge_score.rouge_scorer import RougeScorer, lcs_ind

import textkit
from textkit.metrics import Score, char_tokens, lcs_length, overlap, rouge, word_tokens

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


# --- LCS and rougeLsum at scale: bit-parallel LCS, walks through blocks of bit columns ---


def plain_lcs(a, b) -> int:
    """The textbook O(len(a) * len(b)) table."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from("abcd"), max_size=150),
    st.lists(st.sampled_from("bcde"), max_size=150),  # "a" only in a, "e" only in b: many ties all the same
)
def test_lcs_length_equals_plain_table(a, b):
    assert lcs_length(a, b) == plain_lcs(a, b)


def test_lcs_length_random_long_inputs():
    rng = random.Random(7)
    for size_a, size_b, alphabet in [(700, 300, "ab"), (1000, 1000, "abcd"), (2000, 90, "abcdefghij")]:
        a = rng.choices(alphabet, k=size_a)
        b = rng.choices(alphabet, k=size_b)
        assert lcs_length(a, b) == plain_lcs(a, b) == plain_lcs(b, a)
        assert lcs_length(b, a) == lcs_length(a, b)


def rouge_score_union(reference, candidate) -> list[list[int]]:
    """rouge-score's union LCS indices of each reference sentence (its _union_lcs before the token lookup)."""
    return [sorted(set().union(*[lcs_ind(r, c) for c in candidate])) for r in reference]


def random_sentences(rng: random.Random, alphabet: str, count: int, longest: int) -> list[list[str]]:
    return [rng.choices(alphabet, k=rng.randint(0, longest)) for _ in range(count)]


# Block budgets down to 1 byte (two columns a block, checkpoints nested as deep as they go), and walks
# advanced one by one or in step with numpy, in batches of any size.
@pytest.mark.parametrize("block_bytes", [1, 7, 60, 16 * 2**20])
@pytest.mark.parametrize("vector_min_pairs", [1, 4, 10**9])
def test_union_lcs_indices_equal_rouge_score(monkeypatch, block_bytes, vector_min_pairs):
    monkeypatch.setattr(overlap, "_BLOCK_BYTES", block_bytes)
    monkeypatch.setattr(overlap, "_VECTOR_MIN_PAIRS", vector_min_pairs)
    rng = random.Random(block_bytes * 1000 + vector_min_pairs)
    for _ in range(60):
        monkeypatch.setattr(overlap, "_WALK_BATCH", rng.choice([1, 5, 2**18]))  # walks in batches of any size
        alphabet = "abcdef"[: rng.randint(1, 6)]
        reference = random_sentences(rng, alphabet, rng.randint(1, 7), rng.choice([2, 8, 40]))
        candidate = random_sentences(rng, alphabet, rng.randint(1, 7), rng.choice([2, 8, 40]))
        assert overlap._union_lcs(reference, candidate) == rouge_score_union(reference, candidate)


def test_union_lcs_one_long_sentence_each_in_small_blocks(monkeypatch):
    monkeypatch.setattr(overlap, "_BLOCK_BYTES", 40)  # about 40 columns a block, two levels of checkpoints
    rng = random.Random(3)
    reference = [rng.choices("abc", k=300)]
    candidate = [rng.choices("abc", k=2500)]
    assert overlap._union_lcs(reference, candidate) == rouge_score_union(reference, candidate)
    assert overlap._union_lcs(candidate, reference) == rouge_score_union(candidate, reference)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(["a", "b", "c", "抖", "音", "电商"]), max_size=12), max_size=6),
    st.lists(st.lists(st.sampled_from(["a", "b", "c", "抖", "音", "电商"]), max_size=12), max_size=6),
)
def test_parity_on_random_token_sequences(cand_sents, ref_sents):
    # One sentence a line, tokens separated by spaces: rouge-score and textkit see the same tokens and sentences.
    def spaces(text: str) -> list[str]:
        return text.split()

    candidate = "\n".join(" ".join(s) for s in cand_sents)
    reference = "\n".join(" ".join(s) for s in ref_sents)
    assert_parity(candidate, reference, spaces, spaces)


def test_rouge_lsum_equals_rouge_l_for_one_sentence_each(monkeypatch):
    # With one sentence on each side the union LCS is one LCS: every token of it is counted.
    monkeypatch.setattr(overlap, "_BLOCK_BYTES", 64)
    rng = random.Random(11)
    alphabet = "抖音电商增量价值高效的是"
    candidate = "".join(rng.choices(alphabet, k=3000))
    reference = "".join(rng.choices(alphabet, k=5000))
    s = rouge(candidate, reference, rouge_types=("rougeL", "rougeLsum"))
    assert s["rougeLsum"] == s["rougeL"]
    assert 0 < s["rougeL"].f1 < 1


@pytest.mark.slow
def test_rouge_lsum_long_texts_without_punctuation_stay_small_in_memory():
    # One 200,000-character "sentence" each: a table of the two would be 200,001 x 200,001 cells (298 GiB of int64).
    rng = random.Random(5)
    alphabet = [chr(0x4E00 + k) for k in range(400)]
    candidate = "".join(rng.choices(alphabet, k=200_000))
    reference = "".join(rng.choices(alphabet, k=200_000))
    tracemalloc.start()
    try:
        lsum = rouge(candidate, reference, rouge_types=("rougeLsum",))["rougeLsum"]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 2**20
    assert lsum == rouge(candidate, reference, rouge_types=("rougeL",))["rougeL"]


# -- word tokens: NFKC, with punctuation left as it is ------------------------------------------

_MARKS = "，！？：；（）［］｛｝＂＇﹐﹑"  # full-width punctuation NFKC turns into other punctuation
_PIECES = [
    "中国",
    "美国",
    "人工智能",
    "研究",
    "的",
    "是",
    "了",
    "我们",
    "abc",
    "AB",
    "12",
    "3.5",
    "亿",
    " ",
    "-",
    "+",
    "%",
]


def nfkc_word_tokens(text: str) -> list[str]:
    """What word_tokens gave before: the whole text NFKC-normalised, then cut."""
    seg = textkit.Segmenter()
    return [w.lower() for w in seg.tokenize(unicodedata.normalize("NFKC", text)) if w.strip()]


def test_word_tokens_equal_the_nfkc_cut_when_only_punctuation_changes(case_study):
    rng = random.Random(11)
    texts = [case_study.original, case_study.summary.replace("…", "")]
    texts += ["".join(rng.choice(_PIECES + list(_MARKS)) for _ in range(rng.randint(1, 30))) for _ in range(1500)]
    for text in texts:
        assert word_tokens(text) == nfkc_word_tokens(text), text


def test_word_tokens_normalise_what_can_join_a_word():
    # Full-width digits, letters, % and . are read as ASCII, so the summary's 50% meets the original's ５０％.
    assert word_tokens("增长５０％") == word_tokens("增长50%")
    assert word_tokens("ＡＩ研究３．５亿") == word_tokens("AI研究3.5亿")


def test_an_ellipsis_stays_a_boundary_between_words():
    # NFKC makes … into "...", which jieba reads inside a word block: 我工..中研 became 我工 / 中研.
    text = "我工…中研"
    assert word_tokens(text) == word_tokens("我工，中研") == ["我工", "中", "研"]
    assert nfkc_word_tokens(text) == ["我工", "中研"]
