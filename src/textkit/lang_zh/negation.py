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
- A-not-A questions (``有没有``, ``是不是``) ask; they do not negate.

The functions read traditional characters as their simplified forms (`textkit.lang_zh.fold_traditional`: ``沒有`` is
``没有``); the positions they return are those of the text as given.

All words were written for textkit (MIT).
"""

from __future__ import annotations

from collections.abc import Container, Iterator

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
    "count_negations",
    "even_negation_frames",
    "even_negation_spans",
    "intensifying_negation_at",
    "negation_at",
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
