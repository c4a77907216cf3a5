"""Chinese attributes whose size is a verdict: ``配送费很高`` is a complaint, ``噪音很小`` praise.

``高``, ``低``, ``多``, ``少``, ``大``, ``小``, ``长``, ``短``, ``快`` and ``慢`` say how much, not whether that is
good: ``性价比高`` praises and ``配送费高`` complains, ``候诊时间长`` complains and ``续航时间长`` praises. The default
sentiment model reads the verdict from the attribute the word measures.

- `ATTRIBUTE_KINDS`: nouns of an amount and which way is good. ``"cost"`` (a price or a fee: ``价格``, ``配送费``,
  ``租金``), ``"wait"`` (a time spent waiting: ``候诊时间``, ``排队时间``, ``延迟``) and ``"burden"`` (what a product
  costs its user: ``耗电``, ``油耗``, ``噪音``, ``故障率``) are better low; ``"merit"`` (``性价比``, ``效率``,
  ``分量``, ``续航``, ``好评率``) is better high. Producers' and scientists' amounts (``成本``, ``风险``, ``误差``)
  are left out: ``成本较高`` in a report states a fact.
- `GRADABLE_WORDS`: the words of size and the direction of each (``"up"``: ``高``, ``多``, ``大``, ``长``, ``久``,
  ``快``; ``"down"``: ``低``, ``少``, ``小``, ``短``, ``慢``), also with a degree adverb cut into one word with them
  (``超高``, ``很小``, ``偏少``, ``太久``).
- `ATTRIBUTE_READINGS`: the verdict word each kind and direction reads as: a cost up is ``贵``, down ``便宜``; a wait
  up is ``慢``, down ``快``; a burden up is ``差``, down ``好``; a merit up is ``好``, down ``差``.

`find_attribute_readings` pairs a gradable word with the attribute it measures: the attribute is the subject of the
clause's predicate, so between them may stand only adverbs, negations and a comparison (`ATTRIBUTE_ADVERBS`,
``textkit.lang_zh.DEGREE_ADVERBS``, ``textkit.lang_zh.NEGATION_WORDS``, ``比`` and up to `ATTRIBUTE_COMPARAND` words:
``效率比去年低多了``, ``手续费也不算高``); a verb or a noun between them ends the attribute (``押金退得很快``,
``这个价格点到这么多肉``). Each attribute is read once, by the first gradable word after it, and a speed (``快``,
``慢``) reads no cost or wait. A gradable word before its attribute (``这么高的价``) is not read.

All words were written for textkit (MIT).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from typing import NamedTuple

from .._regex import lazy_compile
from .contrast import CLAUSE_BREAKS, SENTENCE_ENDS
from .degree import DEGREE_ADVERBS
from .negation import NEGATION_WORDS
from .variants import fold_traditional

__all__ = [
    "ATTRIBUTE_ADVERBS",
    "ATTRIBUTE_COMPARAND",
    "ATTRIBUTE_KINDS",
    "ATTRIBUTE_READINGS",
    "COMPARISON_WORDS",
    "GRADABLE_WORDS",
    "AttributeReading",
    "find_attribute_readings",
    "may_read_attributes",
]

#: Nouns of an amount -> the kind of amount: ``cost``, ``wait`` and ``burden`` are better low, ``merit`` high.
ATTRIBUTE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "价格", "价钱", "价位", "售价", "定价", "报价", "单价", "房价", "票价", "油价", "物价", "客单价", "收费",
            "费用", "运费", "邮费", "配送费", "快递费", "服务费", "手续费", "物业费", "停车费", "管理费", "包装费",
            "打包费", "餐位费", "茶位费", "房费", "学费", "会员费", "年费", "月租", "租金", "房租", "话费", "流量费",
            "电费", "水费", "花费", "开销", "消费", "人均消费", "门票", "押金", "溢价",
        ),
        "cost",
    ),
    **dict.fromkeys(
        (
            "等待时间", "等候时间", "等位时间", "候诊时间", "排队时间", "出餐时间", "上菜时间", "配送时间", "送餐时间",
            "响应时间", "加载时间", "审批时间", "办理时间", "延迟", "延时", "时延",
        ),
        "wait",
    ),
    **dict.fromkeys(
        (
            "耗电", "耗电量", "功耗", "油耗", "耗油", "电耗", "噪音", "噪声", "故障率", "返修率", "差评率", "投诉率",
            "退货率", "色差", "副作用", "异味",
        ),
        "burden",
    ),
    **dict.fromkeys(
        (
            "性价比", "效率", "质量", "品质", "素质", "水平", "满意度", "评分", "好评率", "回头率", "人气", "销量",
            "清晰度", "分辨率", "音质", "画质", "精度", "准确率", "成功率", "速度", "网速", "分量", "份量", "菜量",
            "量", "续航", "续航时间",
        ),
        "merit",
    ),
}  # fmt: skip

_UP = ("高", "多", "大", "长", "久", "快")
_DOWN = ("低", "少", "小", "短", "慢")
# Degree adverbs jieba cuts into one word with a word of size (超高, 很小, 偏少, 太久, 过长).
_SIZE_PREFIXES = ("很", "太", "超", "偏", "较", "过", "极", "最", "挺", "更", "巨", "贼", "蛮", "特")

#: Words of size -> ``"up"`` or ``"down"``, alone or with a degree adverb cut into the same word (``超高``, ``偏少``).
GRADABLE_WORDS: dict[str, str] = {
    **{word: "up" for word in _UP},
    **{word: "down" for word in _DOWN},
    **{prefix + word: "up" for prefix in _SIZE_PREFIXES for word in _UP},
    **{prefix + word: "down" for prefix in _SIZE_PREFIXES for word in _DOWN},
}

#: (kind, direction) -> the verdict word it reads as.
ATTRIBUTE_READINGS: dict[tuple[str, str], str] = {
    ("cost", "up"): "贵",
    ("cost", "down"): "便宜",
    ("wait", "up"): "慢",
    ("wait", "down"): "快",
    ("burden", "up"): "差",
    ("burden", "down"): "好",
    ("merit", "up"): "好",
    ("merit", "down"): "差",
}

#: Words that may stand between an attribute and its word of size besides degree adverbs and negations: adverbs
#: of time, scope and stance, the copula and complements (``价格也不算高``, ``等待时间确实有点长``).
ATTRIBUTE_ADVERBS: frozenset[str] = frozenset(
    (
        "也", "都", "还", "又", "就", "才", "却", "倒", "可", "是", "算", "算是", "不算", "得", "的", "要", "会",
        "这么", "那么", "这样", "那样", "实在", "确实", "的确", "真", "真的", "明显", "一直", "始终", "总是", "依然",
        "仍然", "还是", "已经", "竟然", "居然", "普遍", "整体", "总体", "基本", "基本上", "相对", "相对来说",
        "稍微", "略", "偏", "一点", "一点儿", "有点", "有点儿", "有些", "了", "越来越", "变得",
    )
)  # fmt: skip

#: Words that open a comparison (``效率比去年低``), after which `ATTRIBUTE_COMPARAND` words of any kind may stand.
COMPARISON_WORDS: frozenset[str] = frozenset(("比", "比起", "较", "相比", "相较", "比较"))

#: How many words of a comparand (``比去年``, ``比别家``, ``比商场里``) may stand before the word of size.
ATTRIBUTE_COMPARAND = 3

_LONGEST_ATTRIBUTE = max(map(len, ATTRIBUTE_KINDS))
_BREAKS = CLAUSE_BREAKS | SENTENCE_ENDS
_SIZE_CHARS = frozenset(_UP + _DOWN)
_ATTRIBUTE_RE = lazy_compile("|".join(map(re.escape, sorted(ATTRIBUTE_KINDS, key=len, reverse=True))))
_BREAK_RE = lazy_compile("[" + "".join(map(re.escape, sorted(_BREAKS))) + "]")


def may_read_attributes(text: str) -> bool:
    """Whether `find_attribute_readings` can read anything in ``text`` (a quick test before it; simplified text).

    True when an attribute has a character of a word of size after it in its clause. Linear in the text: each clause
    is read once from its first attribute.

    Example:
        >>> may_read_attributes("配送费很高"), may_read_attributes("配送很快")
        (True, False)
    """
    if _SIZE_CHARS.isdisjoint(text):
        return False
    pos = 0
    while (match := _ATTRIBUTE_RE.search(text, pos)) is not None:
        stop = _BREAK_RE.search(text, match.end())
        end = len(text) if stop is None else stop.start()
        if not _SIZE_CHARS.isdisjoint(text[match.end() : end]):
            return True
        pos = end + 1
    return False


class AttributeReading(NamedTuple):
    """A word of size read through the attribute it measures (`find_attribute_readings`)."""

    attribute: str
    """The attribute, as written after folding traditional characters (``配送费``)."""
    kind: str
    """Its kind in `ATTRIBUTE_KINDS`."""
    start: int
    """Where the word of size starts in the text."""
    end: int
    """Where it ends."""
    direction: str
    """``"up"`` or ``"down"`` (`GRADABLE_WORDS`)."""
    reading: str
    """The verdict word it reads as (`ATTRIBUTE_READINGS`: ``贵``)."""
    degree: float
    """The multiplier of a degree adverb cut into the word (``超高``: 1.8), else 1.0."""


def find_attribute_readings(
    text: str, words: Iterable[tuple[int, int]], breaks: Container[str] = _BREAKS
) -> list[AttributeReading]:
    """Each word of size in ``text`` that measures an attribute of `ATTRIBUTE_KINDS`, and the verdict it reads as.

    Args:
        text: The text.
        words: ``(start, end)`` of its words in order (a segmenter's spans); an attribute must end where a word
            ends, and a word of size must be a whole word.
        breaks: Characters that end a clause; a word starting with one ends the clause.

    Returns:
        The readings in text order.

    Example:
        >>> text = "配送费很高，噪音很小"
        >>> spans = [(0, 3), (3, 4), (4, 5), (5, 6), (6, 8), (8, 10)]
        >>> [(r.attribute, text[r.start : r.end], r.reading) for r in find_attribute_readings(text, spans)]
        [('配送费', '高', '贵'), ('噪音', '很小', '好')]
    """
    folded = fold_traditional(text)
    out: list[AttributeReading] = []
    clause_start = 0
    attribute: tuple[str, str] | None = None  # the last attribute of the clause not yet read
    comparand = 0  # words after 比 that may stand before the word of size
    for start, end in words:
        word = folded[start:end]
        if not word or word[0] in breaks:
            attribute, clause_start = None, end
            continue
        direction = GRADABLE_WORDS.get(word)
        if direction is not None and attribute is not None:
            noun, kind = attribute
            attribute = None
            if kind in ("cost", "wait") and word[-1] in "快慢":  # 押金退得很快: a speed, not a size of the cost
                continue
            degree = DEGREE_ADVERBS.get(word[0], 1.0) if len(word) > 1 else 1.0
            reading = ATTRIBUTE_READINGS[kind, direction]
            out.append(AttributeReading(noun, kind, start, end, direction, reading, degree))
            continue
        found = _attribute_ending_at(folded, clause_start, start, end)
        if found is not None:
            attribute, comparand = found, 0
        elif word[-1] == "比" and end - start > 1:  # jieba's 价格比: the attribute, then a comparison
            attribute = _attribute_ending_at(folded, clause_start, start, end - 1)
            comparand = ATTRIBUTE_COMPARAND
        elif attribute is None:
            continue
        elif word in COMPARISON_WORDS:
            comparand = ATTRIBUTE_COMPARAND
        elif comparand > 0:
            comparand -= 1
        elif not (word in ATTRIBUTE_ADVERBS or word in DEGREE_ADVERBS or word in NEGATION_WORDS):
            attribute = None  # 这个价格点到这么多肉: the word of size measures something else
    return out


def _attribute_ending_at(text: str, clause_start: int, start: int, end: int) -> tuple[str, str] | None:
    """The longest attribute ending with the word ``text[start:end]`` and inside its clause, and its kind, or None.

    An attribute of one character (``量``) must be the whole word (not the end of ``重量``, ``音量``).
    """
    for size in range(min(_LONGEST_ATTRIBUTE, end - clause_start), 0, -1):
        kind = ATTRIBUTE_KINDS.get(text[end - size : end])
        if kind is not None and (size > 1 or start == end - 1):
            return text[end - size : end], kind
    return None
