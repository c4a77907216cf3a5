from __future__ import annotations

import difflib
import importlib.util
import pickle
from pathlib import Path

import pytest

import textkit
from textkit.segmentation import Segmenter

pytest.importorskip("rjieba")


def test_rjieba_cuts_like_jieba_on_plain_sentences() -> None:
    text = "抖音电商的增量价值是什么?我们做这件事情。"
    assert textkit.tokenize(text, backend="rjieba") == textkit.tokenize(text)
    assert textkit.tokenize(text, backend="rjieba") == [
        "抖音",
        "电商",
        "的",
        "增量",
        "价值",
        "是",
        "什么",
        "我们",
        "做",
        "这件",
        "事情",
    ]


def test_rjieba_agrees_with_jieba_on_the_case_study(case_study: textkit.CaseStudy) -> None:
    # The summary is cut identically; on the scraped page the only differences are runs of digits and
    # Latin letters joined by "-" or "." (phone numbers, dates, file names) that jieba-rs keeps whole.
    assert Segmenter(backend="rjieba").tokenize(case_study.summary) == Segmenter().tokenize(case_study.summary)
    jieba_tokens = Segmenter(keep_punct=True).tokenize(case_study.original)
    rust_tokens = Segmenter(keep_punct=True, backend="rjieba").tokenize(case_study.original)
    matcher = difflib.SequenceMatcher(None, jieba_tokens, rust_tokens, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    assert same / len(jieba_tokens) > 0.99
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            assert "".join(jieba_tokens[i1:i2]) == "".join(rust_tokens[j1:j2])
            assert len(rust_tokens[j1:j2]) == 1


def test_rjieba_user_words_stopwords_and_filters() -> None:
    text = "抖音电商升级为全域兴趣电商。我们非常关注用户体验"
    seg = Segmenter(backend="rjieba", user_words=["全域兴趣电商"], stopwords="default")
    assert seg.tokenize(text) == ["抖音", "电商", "升级", "全域兴趣电商", "关注", "用户", "体验"]
    assert "全域兴趣电商" not in Segmenter(backend="rjieba").tokenize(text)
    # user words stay on their own segmenter
    assert Segmenter(backend="rjieba").tokenize("全域兴趣电商") == ["全域", "兴趣", "电商"]


def test_rjieba_user_dict(tmp_path: Path) -> None:
    path = tmp_path / "user.txt"
    path.write_text("全域兴趣电商 10 nz\n东方甄选\n", encoding="utf-8")
    seg = Segmenter(backend="rjieba", user_dict=path)
    assert seg.tokenize("全域兴趣电商和东方甄选") == ["全域兴趣电商", "和", "东方甄选"]
    assert ("全域兴趣电商", "nz") in seg.tag("全域兴趣电商和东方甄选")


def test_rjieba_pos_filter_and_spans(case_study: textkit.CaseStudy) -> None:
    seg = Segmenter(backend="rjieba", pos=("n",))
    tags = seg.tag("魏雯雯做客混沌,谈抖音电商")
    assert tags and all(tag.startswith("n") for _, tag in tags)
    assert ("魏雯雯", "nr") in tags
    text = case_study.summary
    spans = Segmenter(backend="rjieba", keep_punct=True, keep_space=True).spans(text, with_pos=True)
    assert "".join(t.word for t in spans) == text
    assert all(text[t.start : t.end] == t.word and t.pos for t in spans)


def test_rjieba_hmm_switch() -> None:
    assert Segmenter(backend="rjieba", hmm=False).tokenize("魏雯雯") == ["魏", "雯", "雯"]
    assert Segmenter(backend="rjieba").tokenize("魏雯雯") == ["魏雯雯"]


def test_rjieba_segmenter_pickles() -> None:
    seg = Segmenter(backend="rjieba", user_words=["全域兴趣电商"])
    seg.tokenize("预热")
    copy = pickle.loads(pickle.dumps(seg))
    assert copy.backend == "rjieba"
    assert repr(copy) == "Segmenter(user_words=<1 words>, backend='rjieba')"
    assert copy.tokenize("全域兴趣电商") == ["全域兴趣电商"]


def test_unsupported_combinations_are_errors(tmp_path: Path) -> None:
    main_dict = tmp_path / "dict.txt"
    main_dict.write_text("抖音 100 n\n", encoding="utf-8")
    with pytest.raises(textkit.TextkitError, match=r"dictionary.*rjieba"):
        Segmenter(backend="rjieba", dictionary=main_dict)
    with pytest.raises(textkit.TextkitError, match="backend must be one of 'jieba', 'rjieba'"):
        Segmenter(backend="pkuseg")  # type: ignore[arg-type]
    with pytest.raises(textkit.TextkitError, match="backend must be one of"):
        textkit.tokenize("抖音", backend="fast")  # type: ignore[arg-type]
    with pytest.raises(textkit.TextkitError, match="either segmenter= or"):
        textkit.tokenize("抖音", segmenter=Segmenter(), backend="rjieba")
    with pytest.raises(textkit.TextkitError, match="backend is 'jieba'"):
        _ = Segmenter().rjieba_tokenizer


def test_missing_rjieba_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        return None if name == "rjieba" else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    with pytest.raises(textkit.TextkitError, match=r"rjieba package, which is not installed: pip install"):
        Segmenter(backend="rjieba")
    assert Segmenter().tokenize("抖音电商") == ["抖音", "电商"]


def test_jieba_stays_the_default() -> None:
    assert Segmenter().backend == "jieba"
    assert "backend" not in repr(Segmenter())
