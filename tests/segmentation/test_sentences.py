from __future__ import annotations

import pytest

import textkit
from textkit.segmentation import sentence_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你好。再见。", ["你好。", "再见。"]),
        ("真的吗？真的！好", ["真的吗？", "真的！", "好"]),
        ("真的吗?真的!好", ["真的吗?", "真的!", "好"]),
        ("真的吗?!是的。", ["真的吗?!", "是的。"]),
        ("他说：“我们走吧。”然后走了。", ["他说：“我们走吧。”", "然后走了。"]),
        ("（这是括号里的话。）下一句。", ["（这是括号里的话。）", "下一句。"]),
        ("等等……然后呢", ["等等……", "然后呢"]),
        ("等等...然后呢", ["等等...", "然后呢"]),
        ("第一行\n第二行", ["第一行", "第二行"]),
        ("第一行\n\n\n第二行", ["第一行", "第二行"]),
        ("价格是3.14元。版本v2.0发布", ["价格是3.14元。", "版本v2.0发布"]),
        ("Hello world. 你好", ["Hello world.", "你好"]),
        ("甲，乙，丙。", ["甲，乙，丙。"]),  # commas do not end sentences (unlike SnowNLP)
        ("好的！！！", ["好的！！！"]),
        ("  前后有空格。  ", ["前后有空格。"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert textkit.split_sentences(text) == expected


def test_semicolon_option() -> None:
    assert textkit.split_sentences("甲；乙。") == ["甲；乙。"]
    assert textkit.split_sentences("甲；乙。", semicolon=True) == ["甲；", "乙。"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "。。。", "！？", "……"])
def test_no_sentence_is_bare_punctuation(text: str) -> None:
    assert textkit.split_sentences(text) == []


def test_bare_punctuation_joins_previous_sentence() -> None:
    assert textkit.split_sentences("好。……") == ["好。……"]
    assert textkit.split_sentences("好。\n。。\n坏") == ["好。", "坏"]


def test_spans_are_substrings_in_order(case_study: textkit.CaseStudy) -> None:
    text = case_study.original
    pos = 0
    spans = sentence_spans(text)
    assert len(spans) > 100
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.start >= pos
        pos = span.end


def test_rejects_non_text() -> None:
    with pytest.raises(textkit.TextkitError, match="text must be a str"):
        textkit.split_sentences(None)  # type: ignore[arg-type]


def test_invisible_characters_are_read_past() -> None:
    # "3.\u200b5" ended a sentence and "指标.\u200b好" did not; a line of nothing else was a sentence
    text = "\u200b北极\u200b星。\u200b 指标.\u200b好\u200b\n\u200b\n版本3.\u200b5很好"
    spans = [tuple(s) for s in sentence_spans(text)]
    assert spans == [("北极\u200b星。", 1, 6), ("指标.", 8, 11), ("好", 12, 13), ("版本3.\u200b5很好", 17, 25)]
    assert all(text[start:end] == sentence for sentence, start, end in spans)
    assert textkit.split_sentences("\u200b\ufeff\n\u00ad") == []
