"""Words of size read through the attribute they measure (``lang_zh.attributes``)."""

from __future__ import annotations

import pytest

from textkit.lang_zh import (
    ATTRIBUTE_KINDS,
    ATTRIBUTE_READINGS,
    GRADABLE_WORDS,
    find_attribute_readings,
    may_read_attributes,
)


def _cut(words: str) -> tuple[str, list[tuple[int, int]]]:
    """A text and its word spans from words written with ``/`` between them (``配送费/很/高``)."""
    spans = []
    start = 0
    for word in words.split("/"):
        spans.append((start, start + len(word)))
        start += len(word)
    return words.replace("/", ""), spans


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("配送费/很/高", [("配送费", "高", "贵", 1.0)]),
        ("配送费/很/低", [("配送费", "低", "便宜", 1.0)]),
        ("候诊/时间/超长", [("候诊时间", "超长", "慢", 1.8)]),  # an attribute over two words; 超 cut into 长
        ("候诊/时间/不/长", [("候诊时间", "长", "慢", 1.0)]),  # the negation is the model's to read
        ("电池/耗电/快/多/了", [("耗电", "快", "差", 1.0)]),  # a burden up; read once, by the first word of size
        ("噪音/很小", [("噪音", "很小", "好", 1.5)]),
        ("性价比/极/低", [("性价比", "低", "差", 1.0)]),  # 性价比, not a cost: the longest attribute
        ("效率/比/去年/低/多/了", [("效率", "低", "差", 1.0)]),  # a comparison between them
        ("价格比/商场/里/要/低/很多", [("价格", "低", "便宜", 1.0)]),  # jieba's 价格比
        ("手续费/也/不算/高", [("手续费", "高", "贵", 1.0)]),  # adverbs between them
        ("门票价格/不/高", [("价格", "高", "贵", 1.0)]),  # an attribute at the end of a longer word
        ("分量/少/,/噪音/大", [("分量", "少", "差", 1.0), ("噪音", "大", "差", 1.0)]),
        ("量/很/足", []),  # 足 is no word of size
        ("菜/量/偏少", [("菜量", "偏少", "差", 1.0)]),  # an attribute over two words
        ("饭/的/量/偏少", [("量", "偏少", "差", 1.0)]),  # 量 alone as a word
        ("重量/大", []),  # 量 at the end of a longer word is not the attribute
        ("价格/,/高", []),  # another clause
        ("押金/退/得/很/快", []),  # a verb between them: 快 measures the refund
        ("这个/价格/点/到/这么/多/肉", []),
        ("等位/时间/太/快", []),  # a speed reads no wait
        ("这么/高/的/价", []),  # the word of size before its attribute
        ("價格/很/高", [("价格", "高", "贵", 1.0)]),  # traditional characters read as simplified
        ("", []),
    ],
)
def test_find_attribute_readings(words: str, expected: list[tuple[str, str, str, float]]) -> None:
    text, spans = _cut(words)
    found = find_attribute_readings(text, spans)
    assert [(r.attribute, text[r.start : r.end], r.reading, r.degree) for r in found] == expected
    if found and "價" not in text:
        assert may_read_attributes(text)  # the quick test lets them through


def test_every_kind_and_direction_reads_as_a_verdict_word() -> None:
    kinds = set(ATTRIBUTE_KINDS.values())
    assert kinds == {"cost", "wait", "burden", "merit"}
    assert set(ATTRIBUTE_READINGS) == {(k, d) for k in kinds for d in ("up", "down")}
    # better low: up is the complaint; better high: up is the praise
    assert {ATTRIBUTE_READINGS[k, "up"] for k in ("cost", "wait", "burden")} == {"贵", "慢", "差"}
    assert ATTRIBUTE_READINGS["merit", "up"] == ATTRIBUTE_READINGS["burden", "down"] == "好"
    assert GRADABLE_WORDS["超高"] == GRADABLE_WORDS["高"] == "up" and GRADABLE_WORDS["偏少"] == "down"
    # a producer's or a scientist's amount states a fact
    assert not {"成本", "风险", "误差"} & set(ATTRIBUTE_KINDS)


def test_may_read_attributes_is_a_superset_test() -> None:
    assert may_read_attributes("配送费很高")
    assert not may_read_attributes("配送很快")  # no attribute
    assert not may_read_attributes("价格，高")  # not in one clause
    assert not may_read_attributes("")


def test_may_read_attributes_reads_one_enormous_clause_once() -> None:
    # 200,000 characters in one clause, an attribute at every other position: each clause is read once from its
    # first attribute (a search from every attribute to the clause's end took minutes).
    assert not may_read_attributes("价格" * 100_000)
    assert may_read_attributes("价格" * 100_000 + "高")
    assert not may_read_attributes("价格，" * 100_000 + "高")
