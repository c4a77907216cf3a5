"""Chinese negation: one vocabulary for every part of textkit that asks "is this negated?".

Sentiment (the lexicon model's flips and the default model's negation scope) and the summary check (a clause that
drops or adds a negation) read these lists and nothing else, so they cannot disagree.

- `NEGATION_WORDS`: words that negate what follows (``不``, ``没有``, ``并非``, ``毫不``, ``不同意`` ...).
- `NEGATORS`: the one-character negation words (``不没无未非别莫勿毋甭``), which open a negation wherever
  they stand, except inside a word of `NOT_NEGATIONS`.
- `NOT_NEGATIONS`: words that contain a negator but negate nothing (``非常`` very, ``不断`` constantly, ``未来``
  future, ``不同`` different, ``特别`` especially ...). A longer negation word wins over them: ``不同意`` negates.
- `INTENSIFYING_NEGATIONS`: phrases whose negator negates "ordinary" (``不是一般``, ``非同一般``), so that with what
  follows they mean "unusually": ``不是一般的差`` is very bad. They negate (the summary check counts ``不是一般的流感``
  against ``是一般的流感``), but the default sentiment model ends their negation at the phrase
  (`intensifying_negation_at`), so the word after it keeps its polarity.
- `NEGATION_REACHES_PAST`: words between a negation and the word it negates (``不是很好``, ``不让人失望``,
  ``没有什么问题``): copulas, modals, pronouns, causatives and particles, which the default sentiment model passes
  over to find the negated word.
- `EVEN_NEGATION_LEADS`: words that open the "not even one" construction, where what is negated comes before the
  negation (``什么问题都没有``, ``一点毛病都没有``, ``连个道歉都没有``): `even_negation_spans` finds what it negates,
  `even_negation_frames` that and its frame (the lead, and ``都``/``也`` with the negation).
- `ZERO_WORDS`: ``零`` and ``0``, which negate by counting none: ``零差评`` (no bad review), ``差评为零``,
  ``好评率为0``; `ZERO_COMPOUNDS`: words of jieba's dictionary that are a zero and what it counts (``零增长``).
  `zero_negation_spans` finds what a zero negates, `may_count_zero` is its quick pre-test. The default sentiment
  model reads them (``零差评`` is praise) and the summary check (``零增长`` against ``增长`` drops a negation).
- A-not-A questions (``有没有``, ``是不是``) ask; they do not negate.

The functions read traditional characters as their simplified forms (`textkit.lang_zh.fold_traditional`: ``沒有`` is
``没有``); the positions they return are those of the text as given.

All words were written for textkit (MIT).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator

from .._regex import lazy_compile
from .contrast import CLAUSE_BREAKS, SENTENCE_ENDS
from .variants import fold_traditional, traditional_fold_table

__all__ = [
    "EVEN_NEGATION_LEADS",
    "INTENSIFYING_NEGATIONS",
    "NEGATION_REACHES_PAST",
    "NEGATION_WORDS",
    "NEGATORS",
    "NOT_NEGATIONS",
    "ZERO_COMPOUNDS",
    "ZERO_COPULAS",
    "ZERO_MEASURES",
    "ZERO_WORDS",
    "count_negations",
    "even_negation_frames",
    "even_negation_spans",
    "intensifying_negation_at",
    "may_count_zero",
    "negation_at",
    "zero_negation_spans",
]

#: Words that negate what follows, one to five characters.
NEGATION_WORDS: frozenset[str] = frozenset(
    (
        "不", "没", "没有", "无", "未", "非", "别", "莫", "勿", "毋", "甭",
        "不是", "并不", "并非", "并没有", "并未", "从不", "从未", "从没", "从来不", "从来没有", "绝不", "决不",
        "毫不", "毫无", "一点也不", "一点都不", "一点儿也不", "一点儿都不", "根本不", "根本没", "根本没有",
        "完全不", "完全没有", "丝毫不", "丝毫没有", "不再", "不会", "不能", "不够", "不怎么", "没什么",
        "算不上", "谈不上", "称不上", "不同意",
    )
)  # fmt: skip

#: The one-character negation words: each opens a negation unless it is part of a word of `NOT_NEGATIONS`.
NEGATORS: frozenset[str] = frozenset(word for word in NEGATION_WORDS if len(word) == 1)

#: Words whose negator character negates nothing (``非常`` very, ``不错`` good, ``未来`` future ...).
NOT_NEGATIONS: tuple[str, ...] = (
    "不一样", "不得不", "差不多", "不仅", "不光", "不但", "不管", "不论", "不过", "不错", "不断", "不少", "不久",
    "不禁", "不同", "不停", "非常", "非得", "无非", "是非", "除非", "莫非", "莫名", "无论", "无比", "无数",
    "无限", "无疑", "无线", "未来", "别人", "别的", "特别", "区别", "分别", "告别", "级别", "类别", "个别",
    "性别", "差别", "识别", "无人机", "无人驾驶", "无人值守", "不锈钢", "无锡", "非洲", "无缝", "无菌", "无障碍",
    "不动产", "非线性", "非对称", "不对称", "无量纲", "非营利", "无机", "无穷", "不定期", "不确定性",
    # surprise, feeling and idiom: 没想到这么干净 praises, 不好意思 is embarrassment, 没得说 is praise
    "没想到", "想不到", "没料到", "意想不到", "不可思议", "不好意思", "了不起", "不得了", "了不得", "忍不住", "不由得",
    "不由自主", "迫不及待", "爱不释手", "赞不绝口", "不愧", "不亦乐乎", "不虚此行", "恨不得", "巴不得", "说不定",
    "免不了", "少不了", "没得说", "没的说", "没话说",
    # 别 as "other" or "part", not "don't": 比别家便宜, 别墅, 别致, 别有风味, 与…有别, 离别
    "别家", "别处", "别墅", "别样", "别致", "别具", "别有", "别出心裁", "别开生面", "别名", "别称", "别针", "别克",
    "别扭", "有别", "辨别", "鉴别", "判别", "甄别", "派别", "离别", "送别", "道别", "惜别", "临别", "国别", "组别",
)  # fmt: skip

#: Phrases whose negator negates "ordinary": with what follows they mean "unusually" (``不是一般的差``, very bad).
INTENSIFYING_NEGATIONS: tuple[str, ...] = (
    "不是一般", "不一般", "非同一般", "非同寻常", "非同小可", "不同寻常", "不同凡响",
)  # fmt: skip

#: Words a negation reaches past to the word it negates (``不是很好``: 好; ``没让我失望``: 失望); degree adverbs
#: (`textkit.lang_zh.DEGREE_ADVERBS`) are passed over too.
NEGATION_REACHES_PAST: frozenset[str] = frozenset(
    (
        "是", "会", "能", "太", "够", "怎么", "那么", "这么", "再", "算", "很", "都", "也", "让", "给", "被", "把",
        "使", "令", "叫", "我", "你", "他", "她", "它", "我们", "你们", "他们", "人", "什么", "可能", "一定", "敢",
        "要", "想", "肯", "必", "该", "应该", "得", "了", "的", "就", "还", "又", "怎样", "多", "多少",
    )
)  # fmt: skip

#: Words that open the "not even one" construction: a lead, what is counted, 都 or 也, then a negation
#: (``什么问题都没有``, ``一点毛病都没有``, ``连个道歉都没有``, ``任何异味也没有``). ``一`` stands for ``一`` and the
#: measure word after it (``一点``, ``一个``, ``一根``).
EVEN_NEGATION_LEADS: tuple[str, ...] = (
    "一点点", "一点儿", "一丁点", "一", "什么", "任何", "啥", "连个", "连", "半点", "半句", "半个", "半分",
)  # fmt: skip

#: Words that negate by counting none: before a word (``零差评``, ``0投诉``) or as a clause's predicate after a
#: copula of `ZERO_COPULAS` (``差评为零``). Read by the default sentiment model and the summary check
#: (`zero_negation_spans`).
ZERO_WORDS: frozenset[str] = frozenset(("零", "0"))

#: Words of jieba's dictionary that are a zero and what it counts: `zero_negation_spans` reads ``零增长`` as ``零``
#: and ``增长``. jieba's other words that open with a zero count nothing (``零售``, ``零件``, ``零部件``, ``零花钱``,
#: ``零距离`` is "up close", ``零起点`` "from scratch"; ``零利率`` and ``零税率`` are a rate's level, as ``零度``).
ZERO_COMPOUNDS: frozenset[str] = frozenset(("零增长", "零伤亡", "零排放", "零关税", "零首付", "零缺点"))

#: What joins a subject to a zero that is its predicate (``差评为零``, ``好评率是0``, ``投诉等于零``).
ZERO_COPULAS: tuple[str, ...] = ("等于", "为", "是")

# Characters next to which a zero is part of a number (一百零五, 10, 0.5, 九点零五), and words after which it is
# reached, dialled or started from rather than counted (降为零下, 归零 are words of jieba's; 成本降到零后, 按零,
# 从零基础, 减至零): one of these characters as a word of its own, or a verb of reaching. A longer word that only ends
# in one (行为零容忍, 达到零排放, 做到零差错) leaves the zero counting.
_NUMERAL_NEIGHBOURS = frozenset("〇零一二三四五六七八九十百千万亿两几点第0123456789.%％")
# Marks after which a zero opens a range (量程为0～120 kPa), no count.
_RANGE_MARKS = frozenset("～~-－—–")
_ZERO_REACHED_AFTER = frozenset("为于到至成降减归清按拨从")
_ZERO_REACHING_WORDS = frozenset(a + b for a in "降减跌缩压归清调回退变化改设拨" for b in "为到至成")
# Verbs that bring a thing down to a zero that ends its clause, which then counts none of it (投诉量降到了零,
# 库存减少到零, 死亡人数降为零), and the words for "to" after them (jieba's 降到 and 降/到 alike).
_ZERO_REDUCING_VERBS = frozenset(
    ("降", "减", "跌", "缩", "压", "下降", "降低", "减少", "减小", "缩减", "缩小", "压缩", "压减", "下跌", "回落")
)
_ZERO_REACHED_BY = frozenset("为到至成")
_ZERO_REDUCING_LONGEST_FIRST = sorted(_ZERO_REDUCING_VERBS, key=lambda v: (-len(v), v))
# Characters before a reducing verb that make a longer verb with it (削减, 缩减, 下降).
_ZERO_VERB_CHARS = frozenset("削缩压降减跌下")
# Words that open a phrase between a subject and the verb that brings it down to zero (从每天好几次, 在新版本中).
_ZERO_PHRASE_OPENERS = frozenset(("从", "在", "由", "自"))
# Words after a zero that make it a quantity (零元, 零度, 零个) or leave nothing for it to count (零的, 零到三岁,
# 按零可以转人工; 零基础 is a beginner's level).
_ZERO_NOT_COUNTED = frozenset(
    (
        *"元块角毛岁度分秒时点个次号年月日天周米斤克吨升的了后前起到至和与或",
        "可以", "开始", "起步", "以上", "以下", "基础",
    )
)  # fmt: skip
# Adverbs between a zero predicate's subject and its copula (隔音基本为零, 效果几乎等于零).
_ZERO_SUBJECT_ADVERBS = frozenset(
    (
        "几乎", "基本", "基本上", "简直", "约", "大约", "大概", "已经", "已", "直接", "完全", "全", "都", "也", "就",
        "真的", "真", "还", "仍", "仍然", "几近", "接近", "近乎", "差不多", "绝对", "全部", "一律", "始终", "永远",
        "终于", "逐步", "逐渐", "渐渐", "慢慢", "一下子", "立刻", "马上", "迅速", "很快", "竟然", "居然", "却", "倒是",
        "倒", "是", "被", "将", "即将", "最终", "暂时",
    )
)  # fmt: skip
# What a zero predicate negates: the words of its subject, at most this many characters unless one word is longer.
_ZERO_SUBJECT_MAX = 3
# Words that measure the subject of a zero predicate: 死亡人数为零 counts no death. They take nothing from its 3
# characters (新增失业人数为零: 失业人数).
ZERO_MEASURES: frozenset[str] = frozenset(
    (
        "人数", "次数", "数量", "总数", "件数", "起数", "个数", "人次", "发生数", "发生率", "含量", "金额", "比例",
        "比率", "幅度", "数", "量", "率", "额",
    )
)  # fmt: skip

# A 0 that is no part of a longer number (10, 0.5, 0%).
_LONE_ZERO_RE = lazy_compile(r"(?<![0-9.%])0(?![0-9.%])")

# A-not-A questions: 有没有, 是不是, 好不好.
_A_NOT_A_RE = lazy_compile(r"(\w)[不没]\1")
# 都 or 也 before a negator: where the "not even one" construction ends.
_EVEN_NEGATION_RE = lazy_compile(r"[都也](?=[不没无])")
_EVEN_LEAD_RE = lazy_compile(
    "|".join(w + "." if w == "一" else w for w in sorted(EVEN_NEGATION_LEADS, key=lambda w: (-len(w), w)))
)
# What may follow an existential negation that ends its clause (问题都没有了).
_CLAUSE_FINAL_PARTICLES = frozenset("了啊呀呢啦哦过的")
# The longest span a lead reaches over (连个像样的解释都没有: 5), and what a bare 都没有 negates (问题都没有: 问题).
_EVEN_SPAN_MAX = 10
_LONGEST_LEAD = max(len(w) for w in EVEN_NEGATION_LEADS)
_BARE_EVEN_SPAN = 2
_BREAKS = CLAUSE_BREAKS | SENTENCE_ENDS


def _by_first_char(words: tuple[str, ...] | frozenset[str]) -> dict[str, tuple[str, ...]]:
    """First character -> the words starting with it, longest first."""
    out: dict[str, tuple[str, ...]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        out[word[0]] = (*out.get(word[0], ()), word)
    return out


def _longest_words(text: str, by_start: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, int]]:
    """Each word of ``by_start`` (`_by_first_char`) in ``text`` and its start, left to right, without overlaps.

    The longest word that starts at a position wins and is read whole.
    """
    i = 0
    while i < len(text):
        word = next((w for w in by_start.get(text[i], ()) if text.startswith(w, i)), "")
        if word:
            yield word, i
        i += len(word) or 1


_NOT_NEG_BY_START = _by_first_char(NOT_NEGATIONS)
_NEG_BY_START = _by_first_char(frozenset(w for w in NEGATION_WORDS if len(w) > 1))
_INTENSIFYING_BY_START = _by_first_char(INTENSIFYING_NEGATIONS)
# The longest word negation_at or intensifying_negation_at reads: the window of text they fold.
_LONGEST_WORD = max(len(w) for w in (*NEGATION_WORDS, *NOT_NEGATIONS, *INTENSIFYING_NEGATIONS))


def _window(text: str, i: int) -> str:
    """``text`` from ``i``, as far as the longest word, traditional characters folded."""
    return text[i : i + _LONGEST_WORD].translate(traditional_fold_table())


def negation_at(text: str, i: int) -> tuple[bool, int]:
    """Read the word at ``text[i]``: whether it negates, and how many characters it spans.

    The longest word of `NEGATION_WORDS` or `NOT_NEGATIONS` that starts at ``i`` decides (a negation word on a tie);
    otherwise the character alone decides: a negator (`NEGATORS`) negates, anything else does not.

    Example:
        >>> negation_at("不同意", 0), negation_at("不同", 0), negation_at("不好", 0), negation_at("好", 0)
        ((True, 3), (False, 2), (True, 1), (False, 1))
        >>> negation_at("沒有", 0), negation_at("無論", 0)
        ((True, 2), (False, 2))
    """
    window = _window(text, i)
    ch = window[0]
    neg = next((w for w in _NEG_BY_START.get(ch, ()) if window.startswith(w)), "")
    not_neg = next((w for w in _NOT_NEG_BY_START.get(ch, ()) if window.startswith(w)), "")
    if neg or not_neg:
        return (True, len(neg)) if len(neg) >= len(not_neg) else (False, len(not_neg))
    return ch in NEGATORS, 1


def intensifying_negation_at(text: str, i: int) -> int:
    """How many characters a phrase of `INTENSIFYING_NEGATIONS` that starts at ``text[i]`` spans (0 if none).

    Example:
        >>> intensifying_negation_at("不是一般的差", 0), intensifying_negation_at("不是很差", 0)
        (4, 0)
    """
    window = _window(text, i)
    return next((len(w) for w in _INTENSIFYING_BY_START.get(window[0], ()) if window.startswith(w)), 0)


def even_negation_spans(text: str, breaks: Container[str] = _BREAKS) -> list[tuple[int, int]]:
    """``(start, end)`` of what each "not even one" construction negates, before its negation.

    ``什么问题都没有`` has no problem at all: the negation follows 问题. The construction is a lead of
    `EVEN_NEGATION_LEADS` in the same clause, what is counted, ``都`` or ``也``, then a negation (`negation_at`;
    ``都不错`` is none). ``breaks`` end clauses (by default the clause breaks and sentence ends of
    `textkit.lang_zh.contrast`). The span runs from the end of the last lead to ``都``/``也``, at most
    10 characters. Without a lead, an existential negation that ends its clause (``没有``, ``没``, ``无``, then only
    particles such as ``了``) negates the two characters before ``都``/``也`` (``毛病也没有``). A span that holds a
    negation of its own (``一点不好的都没有``: what it negates is unclear) or is one of `NEGATION_REACHES_PAST`
    (``我也没有``) is left out.

    Example:
        >>> text = "什么问题都没有，毛病也没有，一点都不好吃，问题都没有解决"
        >>> [text[i:j] for i, j in even_negation_spans(text)]
        ['问题', '毛病']
    """
    return [(begin, even) for _, begin, even, _ in even_negation_frames(text, breaks)]


def even_negation_frames(text: str, breaks: Container[str] = _BREAKS) -> list[tuple[int, int, int, int]]:
    """``(lead, start, end, negation_end)`` of each "not even one" construction, found as by `even_negation_spans`.

    ``text[start:end]`` is what it negates (what `even_negation_spans` returns); ``text[lead:start]`` is its lead
    (empty in a bare ``毛病也没有``) and ``text[end:negation_end]`` is ``都`` or ``也`` and the negation. The lead and
    the negation are the construction's frame: they say "none at all", and whether that is good news depends on
    what is negated (``一点异味都没有``, ``一点热水都没有``).

    Example:
        >>> text = "床单上一根头发都没有"
        >>> [(text[a:b], text[b:c], text[c:d]) for a, b, c, d in even_negation_frames(text)]
        [('一根', '头发', '都没有')]
    """
    text = fold_traditional(text)
    out: list[tuple[int, int, int, int]] = []
    for match in _EVEN_NEGATION_RE.finditer(text):
        even = match.start()
        negates, width = negation_at(text, even + 1)
        if not negates:
            continue
        start = even  # the clause's start, or far enough back for a lead ending _EVEN_SPAN_MAX before 都
        while start > 0 and text[start - 1] not in breaks and even - start < _EVEN_SPAN_MAX + _LONGEST_LEAD:
            start -= 1
        leads = [m for m in _EVEN_LEAD_RE.finditer(text, start, even) if even - m.end() <= _EVEN_SPAN_MAX]
        if leads:
            lead, begin = leads[-1].start(), leads[-1].end()
        else:
            if text[even + 1 : even + 1 + width] not in ("没有", "没", "无"):
                continue
            after = even + 1 + width
            while after < len(text) and text[after] in _CLAUSE_FINAL_PARTICLES:
                after += 1
            if after < len(text) and text[after] not in breaks:
                continue
            begin = lead = max(start, even - _BARE_EVEN_SPAN)
        counted = text[begin:even]
        if counted and counted not in NEGATION_REACHES_PAST and not count_negations(counted):
            out.append((lead, begin, even, even + 1 + width))
    return out


def may_count_zero(text: str) -> bool:
    """Whether ``text`` may hold a zero that negates (`zero_negation_spans`): a quick test before a cut.

    Example:
        >>> may_count_zero("零差评"), may_count_zero("差评为0"), may_count_zero("100元"), may_count_zero("好评")
        (True, True, False, False)
    """
    return "零" in text or ("0" in text and _LONE_ZERO_RE.search(text) is not None)


def zero_negation_spans(
    text: str, words: Iterable[tuple[int, int]], breaks: Container[str] = _BREAKS
) -> list[tuple[int, int]]:
    """``(start, end)`` of what each zero negates: ``差评`` in ``零差评`` and in ``差评为零``, in text order.

    Spans that overlap are merged: what two zeros count is negated once.

    ``words`` are the text's word spans (a jieba cut: ``零食``, ``零件``, ``零下``, ``零点``, ``零分`` are words of
    their own and count nothing; a word of `ZERO_COMPOUNDS` is read as its zero and the word after it: ``零增长``).
    A zero of `ZERO_WORDS` that is a word of its own counts none of:

    - the word after it in its clause (``零差评``, ``0投诉``), when the zero is no part of a number (no numeral
      next to it: ``一百零五``, ``10``; no range mark after it: ``0～120``) and nothing reaches it (``降到零后``,
      ``按零``: a word ``为``, ``到``, ``从`` ... or a verb of reaching such as ``降到`` before it; ``行为零容忍``
      counts); a one-character word takes the next one-character word with it (``零/差/评``: ``差评``); a unit or
      a particle after the zero (``零元``, ``零的``) is no thing counted;
    - its clause's subject, when the zero ends the clause after a copula of `ZERO_COPULAS` (``差评为零``,
      ``好评率是0``, ``投诉等于零``; particles such as ``了`` may follow it) or after a verb that brings it down
      (``投诉量降到了零``, ``库存减少到零``, ``死亡人数降为零``): the whole words that end at the copula or verb,
      past adverbs (``隔音基本为零``: ``隔音``), at most 3 characters unless the last is longer (``好评率``,
      ``勒耳感``; ``服务态度`` in ``服务态度为零``; in ``服务/态度/为零``, ``态度``) or a measure word ends them
      (`ZERO_MEASURES`: ``新增失业人数为零``: ``失业人数``), after a ``的`` (``礼品卡的余额为零``: ``余额``). A word
      that holds the copula (``评为``) is left out with it. ``归零`` and ``清零`` are words of jieba's: no reading.

    Traditional characters are read as their simplified forms.

    Example:
        >>> text = "零差评，差评为零，零下五度，一百零五"
        >>> cut = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 7), (7, 8), (8, 9), (9, 11), (11, 13), (13, 14),
        ...        (14, 18)]  # jieba's: 零/差/评/，/差/评为/零/，/零下/五度/，/一百零五
        >>> [text[i:j] for i, j in zero_negation_spans(text, cut)]
        ['差评', '差']
    """
    text = fold_traditional(text)
    spans = []
    for start, end in words:
        if text[start:end] in ZERO_COMPOUNDS:
            spans += [(start, start + 1), (start + 1, end)]
        elif end > start:
            spans.append((start, end))
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(spans):
        word = text[start:end]
        if word not in ZERO_WORDS:
            if word[-1] in ZERO_WORDS and word[:-1] in ZERO_COPULAS:  # jieba's 等于零
                start = end - 1
            else:
                continue
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before in _NUMERAL_NEIGHBOURS or after in _NUMERAL_NEIGHBOURS or after in _RANGE_MARKS:
            continue
        copula = next((c for c in ZERO_COPULAS if text.endswith(c, 0, start)), "")
        rest = end
        while rest < len(text) and text[rest] in _CLAUSE_FINAL_PARTICLES:
            rest += 1
        if rest == len(text) or text[rest] in breaks:  # the zero ends its clause
            reduced = _reduced_from(text, spans, k)
            if reduced >= 0 or copula:
                out.extend(_zero_subject(text, spans, k, reduced if reduced >= 0 else start - len(copula)))
            continue
        previous = text[spans[k - 1][0] : start] if k and spans[k - 1][1] == start else before
        if previous in _ZERO_REACHED_AFTER or previous in _ZERO_REACHING_WORDS or k + 1 == len(spans):
            continue
        first, stop = spans[k + 1]
        counted = text[first:stop]
        if first != end or not _is_han(counted) or counted in _ZERO_NOT_COUNTED:
            continue
        if stop - first == 1 and k + 2 < len(spans):
            more, more_stop = spans[k + 2]
            if more == stop and more_stop - more == 1 and _is_han(text[more]) and text[more] not in _ZERO_NOT_COUNTED:
                stop = more_stop
        out.append((first, stop))
    merged: list[tuple[int, int]] = []  # 零好评率为零 counts 好评 and 好评率: one span, negated once
    for start, end in sorted(out):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _reduced_from(text: str, words: list[tuple[int, int]], k: int) -> int:
    """Where the verb that brings ``words[k]``, a zero, down starts (``降到了零``: at 降), or -1 if none does.

    Read on the characters, whatever the cut (``降到/了``, ``量减少/到``, ``缩减到``), but a one-character verb must
    start a word (``血压为零`` is no ``压`` to zero). The verb takes the characters before it that make a longer verb
    with it (``削减``, ``缩减``), and a phrase that opens with ``从``, ``在``, ``由`` or ``自`` before it goes with it
    (``卡纸次数从每天好几次降到了零``, ``漏洞在新版本中减少到了零``: the subject is what comes before that word).
    """
    at = words[k][0]
    while at > 0 and text[at - 1] in "了过":
        at -= 1
    if k == 0 or at == 0 or text[at - 1] not in _ZERO_REACHED_BY:
        return -1
    verb = next((at - 1 - len(v) for v in _ZERO_REDUCING_LONGEST_FIRST if text.endswith(v, 0, at - 1)), -1)
    if verb < 0:
        return -1
    i = k - 1  # the word the verb starts in
    while i > 0 and words[i][0] > verb:
        i -= 1
    if at - 1 - verb == 1 and words[i][0] != verb:
        return -1  # a one-character verb starts a word (降/到, 降到), else it ends a noun (血压为零)
    while verb > 0 and text[verb - 1] in _ZERO_VERB_CHARS:
        verb -= 1
    for start, end in (words[j] for j in range(i - 1, max(i - 8, -1), -1)):  # the 7 words before the verb
        if end > verb:
            continue
        if not _is_han(text[start:end]):
            break
        if text[start:end] in _ZERO_PHRASE_OPENERS:
            return start
    return verb


def _zero_subject(text: str, words: list[tuple[int, int]], k: int, copula_start: int) -> list[tuple[int, int]]:
    """The span of the subject of a zero predicate: words of ``words[:k]`` before ``copula_start``, at most 3 chars.

    Adverbs between the subject and the copula (``隔音基本为零``: 基本) are passed over; a measure word that ends the
    subject (`ZERO_MEASURES`: ``失业人数为零``) is taken and the 3 characters are counted before it.
    """
    begin = end = counted_to = -1
    for start, stop in (words[i] for i in range(k - 1, -1, -1)):
        word = text[start:stop]
        if stop > copula_start:  # the word holds the copula (评为)
            continue
        if end < 0 and word in _ZERO_SUBJECT_ADVERBS:
            continue
        too_far = end >= 0 and (stop != begin or start < counted_to - _ZERO_SUBJECT_MAX)
        if not _is_han(word) or word in ("的", "之", "零") or too_far:
            break
        begin = start
        if end < 0:
            end = stop
            counted_to = start if word in ZERO_MEASURES else stop
    return [(begin, end)] if end >= 0 else []


def _is_han(word: str) -> bool:
    """True when every character of ``word`` is a CJK ideograph."""
    return bool(word) and all("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in word)


def count_negations(clause: str) -> int:
    """How many negations a clause holds (A-not-A questions such as ``有没有`` and words such as ``非常`` aside).

    Example:
        >>> [count_negations(c) for c in ("他并非专家", "他不同意", "非常好", "是不是", "不是不好")]
        [1, 1, 0, 0, 2]
    """
    clause = _A_NOT_A_RE.sub("", fold_traditional(clause))
    count = 0
    i = 0
    while i < len(clause):
        negates, width = negation_at(clause, i)
        count += negates
        i += width
    return count
