"""Chinese direction words: one vocabulary for "does the summary turn a claim of its source around?".

The summary-faithfulness check reads these pairs to catch a summary that flips a claim: ``销量提高了`` against
``销量降低了``, ``促进`` against ``抑制``, ``优于`` against ``劣于``, ``支持`` against ``反对``.

- `DIRECTION_PAIRS`: words of opposite direction or polarity as news, business, science and medical abstracts use
  them: quantities that go up or down (``上升``/``下降``), prices and markets (``上涨``/``下跌``), comparisons
  (``高于``/``低于``), outcomes (``成功``/``失败``), stances (``支持``/``反对``) and causal effects
  (``促进``/``抑制``), and places, halves, ranks and people a summary can swap (``南方``/``北方``,
  ``上半年``/``下半年``, ``金牌``/``银牌``, ``男性``/``女性``). A word may stand in several pairs: ``降低`` is the
  opposite of ``提高`` and of ``升高``.
- Single characters: only ``涨``, ``跌``, ``升`` and ``降``, each a common verb of change on its own (``房价涨了``,
  ``利率降了``). ``多``/``少``, ``高``/``低``, ``大``/``小``, ``上``/``下`` and ``好``/``差`` stand inside far too many
  unrelated words; their two-character forms (``高于``, ``较多``, ``更好``, ``最差`` ...) are listed instead, and
  `COMPARATIVE_PAIRS` reads them alone only as the predicate of a comparison with 比 or 较 (``较昨日高六度``,
  ``比去年少三家``, ``比预期好。``).
- Openings and closings (``新开``/``关闭``, ``开业``/``停业``), and times of the day, month and year
  (``上午``/``下午``, ``上旬``/``下旬``) are pairs too: a summary that swaps them changes the fact.
- A word and its plain negation (``显著``/``不显著``) is left to `textkit.lang_zh.negation`. Kept as pairs:
  ``有效``/``无效`` and ``有利``/``不利`` (one word each), and ``不少于``/``少于``, because ``不少`` is one of
  `NOT_NEGATIONS` and so ``不少于`` ("at least") counts no negation.
- `NOT_DIRECTIONS`: words that hold a direction word but mean no direction (``升级`` upgrade, ``毫升`` millilitre,
  ``降雨`` rainfall, ``跌倒`` a fall, ``进出口`` imports and exports, ``收缩压`` systolic pressure, ``抑制剂``
  inhibitor), and words that end where a direction word would begin (``通过`` before ``高效`` hides ``过高``,
  ``强调`` before ``高质量`` hides ``调高``). The longest word that starts at a position wins, direction word or
  exception; ``升`` right after a digit is the litre (``5升``) and is not reported either.

All words were written for textkit (MIT).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from .._regex import lazy_compile
from .negation import _by_first_char, _longest_words
from .variants import fold_traditional

__all__ = [
    "COMPARATIVE_PAIRS",
    "DIRECTION_PAIRS",
    "DIRECTION_WORDS",
    "NOT_DIRECTIONS",
    "DirectionWord",
    "find_direction_words",
    "opposites",
]

#: Pairs of words of opposite direction or polarity: (word, its opposite).
DIRECTION_PAIRS: tuple[tuple[str, str], ...] = (
    # Quantities that go up or down.
    ("上升", "下降"), ("上升", "降低"), ("上升", "下滑"), ("升高", "降低"), ("升高", "下降"), ("提高", "降低"),
    ("提高", "下降"), ("提升", "降低"), ("提升", "下降"), ("增加", "减少"), ("增加", "降低"), ("增加", "下降"),
    ("增加", "削减"), ("增长", "下降"), ("增长", "减少"), ("增长", "下滑"), ("增长", "萎缩"), ("增长", "负增长"),
    ("正增长", "负增长"), ("增多", "减少"), ("增大", "减小"), ("增高", "降低"), ("加大", "减小"), ("上涨", "下跌"),
    ("上涨", "下降"), ("涨", "跌"), ("涨", "降"), ("升", "降"), ("升", "跌"), ("攀升", "下滑"), ("回升", "回落"),
    ("反弹", "回落"), ("反弹", "下跌"), ("上扬", "下挫"), ("走高", "走低"), ("上行", "下行"), ("上调", "下调"),
    ("调高", "调低"), ("调升", "调降"), ("上浮", "下浮"), ("飙升", "暴跌"), ("暴涨", "暴跌"), ("大涨", "大跌"),
    ("大增", "大减"), ("激增", "锐减"), ("猛增", "骤降"), ("骤增", "骤减"), ("翻倍", "减半"), ("翻番", "减半"),
    ("涨幅", "跌幅"), ("增幅", "降幅"), ("升幅", "降幅"), ("扩大", "缩小"), ("扩大", "收窄"), ("放大", "缩小"),
    ("扩张", "收缩"), ("膨胀", "收缩"), ("延长", "缩短"), ("加快", "减缓"), ("加快", "放缓"), ("加速", "减速"),
    ("加速", "放缓"), ("加速", "延缓"), ("提速", "降速"), ("增强", "减弱"), ("增强", "削弱"), ("加强", "削弱"),
    ("加强", "减弱"), ("强化", "弱化"), ("加重", "减轻"), ("加重", "缓解"), ("加剧", "缓解"), ("加剧", "减轻"),
    ("升温", "降温"), ("回暖", "降温"), ("高涨", "低落"), ("涨潮", "退潮"),
    # Prices, rates, markets, trade, the economy.
    ("涨价", "降价"), ("提价", "降价"), ("加息", "降息"), ("升息", "降息"), ("升值", "贬值"), ("涨停", "跌停"),
    ("看涨", "看跌"), ("牛市", "熊市"), ("利好", "利空"), ("高开", "低开"), ("高走", "低走"), ("高位", "低位"),
    ("高估", "低估"), ("溢价", "折价"), ("买入", "卖出"), ("增持", "减持"), ("加仓", "减仓"), ("流入", "流出"),
    ("净流入", "净流出"), ("进口", "出口"), ("顺差", "逆差"), ("盈余", "赤字"), ("盈利", "亏损"), ("获利", "亏损"),
    ("赚钱", "赔钱"), ("增产", "减产"), ("扩产", "减产"), ("增收", "减收"), ("增资", "减资"), ("增员", "减员"),
    ("加税", "减税"), ("增税", "减税"), ("通胀", "通缩"), ("膨胀", "紧缩"), ("宽松", "紧缩"), ("宽松", "收紧"),
    ("放宽", "收紧"), ("繁荣", "萧条"), ("复苏", "衰退"), ("强劲", "疲软"), ("坚挺", "疲软"), ("走强", "走弱"),
    ("活跃", "低迷"), ("火爆", "冷清"), ("过剩", "短缺"), ("充足", "短缺"), ("供过于求", "供不应求"),
    ("上市", "退市"), ("上限", "下限"), ("上涨", "降价"), ("上涨", "回落"), ("上涨", "下滑"), ("涨价", "下跌"),
    ("涨价", "下降"),
    # Places and halves that a summary can swap: the south for the north, the first half for the second.
    ("南方", "北方"), ("南部", "北部"), ("东部", "西部"), ("华南", "华北"), ("上半年", "下半年"), ("上半场", "下半场"),
    ("国内", "海外"), ("国内", "国外"), ("境内", "境外"), ("南段", "北段"), ("东段", "西段"), ("南侧", "北侧"),
    ("东侧", "西侧"), ("南岸", "北岸"), ("东岸", "西岸"), ("南区", "北区"), ("东区", "西区"), ("城南", "城北"),
    ("城东", "城西"), ("南郊", "北郊"), ("东郊", "西郊"), ("上游", "下游"), ("沿海", "内陆"),
    # Times of the day, the month and the year.
    ("上午", "下午"), ("早上", "晚上"), ("白天", "夜间"), ("上旬", "下旬"), ("上半月", "下半月"), ("月初", "月底"),
    ("月初", "月末"), ("年初", "年底"), ("年初", "年末"),
    # Comparisons, superlatives, degrees.
    ("高于", "低于"), ("超过", "低于"), ("多于", "少于"), ("不少于", "少于"), ("大于", "小于"), ("优于", "劣于"),
    ("优于", "差于"), ("好于", "差于"), ("强于", "弱于"), ("快于", "慢于"), ("早于", "晚于"), ("领先", "落后"),
    ("最高", "最低"), ("最大", "最小"), ("最多", "最少"), ("至多", "至少"), ("最好", "最差"), ("最优", "最差"),
    ("最快", "最慢"), ("最强", "最弱"), ("最早", "最晚"), ("最长", "最短"), ("更高", "更低"), ("更多", "更少"),
    ("更大", "更小"), ("更好", "更差"), ("更快", "更慢"), ("更强", "更弱"), ("较高", "较低"), ("较多", "较少"),
    ("较大", "较小"), ("较好", "较差"), ("较快", "较慢"), ("较强", "较弱"), ("偏高", "偏低"), ("偏多", "偏少"),
    ("过高", "过低"), ("变好", "变差"), ("更轻", "更重"), ("较轻", "较重"), ("最轻", "最重"), ("轻于", "重于"),
    ("更宽", "更窄"), ("较宽", "较窄"), ("最宽", "最窄"), ("更厚", "更薄"), ("较厚", "较薄"), ("最厚", "最薄"),
    ("更远", "更近"), ("较远", "较近"), ("更深", "更浅"), ("较深", "较浅"), ("最深", "最浅"),
    ("更便宜", "更贵"), ("最便宜", "最贵"), ("更早", "更晚"), ("更长", "更短"), ("较长", "较短"), ("较早", "较晚"),
    # Science and medicine: correlations, causal effects, findings.
    ("正相关", "负相关"), ("正比", "反比"), ("促进", "抑制"), ("促进", "阻碍"), ("推动", "阻碍"), ("激活", "抑制"),
    ("激活", "失活"), ("诱导", "抑制"), ("高表达", "低表达"), ("吸热", "放热"), ("阳性", "阴性"), ("良性", "恶性"),
    ("高危", "低危"), ("高风险", "低风险"), ("升压", "降压"), ("升糖", "降糖"), ("好转", "恶化"), ("改善", "恶化"),
    ("缓解", "恶化"), ("存活", "死亡"), ("有效", "无效"), ("保护", "破坏"), ("修复", "破坏"),
    # Polarity and outcomes.
    ("有利", "不利"), ("正向", "负向"), ("正面", "负面"), ("积极", "消极"), ("乐观", "悲观"), ("优势", "劣势"),
    ("优点", "缺点"), ("好评", "差评"), ("进步", "退步"), ("成功", "失败"), ("胜利", "失败"), ("获胜", "失利"),
    ("胜诉", "败诉"), ("战胜", "负于"), ("战胜", "败给"), ("击败", "负于"), ("击败", "败给"), ("胜出", "落败"),
    ("获胜", "落败"), ("战胜", "输给"), ("击败", "输给"), ("获胜", "输给"), ("支持", "驳回"),
    # Ranks and people a summary can swap: the gold medal for the silver, men for women.
    ("冠军", "亚军"), ("冠军", "季军"), ("亚军", "季军"), ("金牌", "银牌"), ("金牌", "铜牌"), ("银牌", "铜牌"),
    ("男性", "女性"), ("男子", "女子"), ("男生", "女生"), ("男孩", "女孩"), ("男方", "女方"), ("主队", "客队"),
    ("主场", "客场"),
    # Stances and decisions.
    ("赞成", "反对"), ("支持", "反对"), ("同意", "反对"), ("赞同", "反对"), ("拥护", "反对"), ("接受", "拒绝"),
    ("同意", "拒绝"), ("允许", "禁止"), ("批准", "否决"), ("批准", "驳回"), ("肯定", "否定"), ("承认", "否认"),
    ("表扬", "批评"), ("赞扬", "批评"), ("欢迎", "反对"), ("欢迎", "抵制"), ("支持", "抵制"), ("赞成", "抵制"),
    ("认可", "质疑"), ("认可", "否定"), ("称赞", "批评"), ("合格", "不合格"), ("达标", "不达标"),
    # Time and events.
    ("提前", "推迟"), ("提前", "延迟"), ("提前", "延后"), ("提早", "推迟"), ("开始", "结束"), ("开始", "停止"),
    ("启动", "终止"), ("恢复", "暂停"), ("复工", "停工"), ("生效", "失效"), ("开启", "关闭"), ("上线", "下线"),
    ("设立", "撤销"), ("加入", "退出"), ("雇用", "解雇"), ("升职", "降职"), ("新开", "关闭"), ("开设", "关闭"),
    ("开业", "关闭"), ("开业", "停业"), ("开业", "倒闭"), ("开张", "倒闭"), ("开通", "关闭"), ("开通", "停运"),
    ("新建", "拆除"), ("建成", "拆除"), ("新增", "减少"), ("新增", "关闭"), ("招聘", "裁员"), ("入职", "离职"),
    ("上任", "卸任"), ("当选", "落选"), ("入选", "落选"), ("上课", "停课"), ("复课", "停课"), ("复产", "停产"),
    # Warning levels, from blue to red.
    ("蓝色预警", "黄色预警"), ("蓝色预警", "橙色预警"), ("蓝色预警", "红色预警"), ("黄色预警", "橙色预警"),
    ("黄色预警", "红色预警"), ("橙色预警", "红色预警"),
)  # fmt: skip

#: Words that hold a direction word, or end where one would begin, and mean no direction.
NOT_DIRECTIONS: tuple[str, ...] = (
    # 升 as a grade, a school year, a flag, sublimation, or the litre.
    "升级", "降级", "升学", "升旗", "升华", "升降", "毫升", "公升", "千升", "每升", "每微升", "/升",
    # 降 as rain and snow, landing, surrender, birth, a solar term, chemical breakdown.
    "降雨", "降水", "降雪", "降落", "降临", "降生", "降服", "投降", "霜降", "降解",
    # 涨 and 跌 that are no market move: both at once, a flushed face, a fall, ups and downs, a surprise.
    "涨跌", "涨落", "涨红", "跌倒", "跌跤", "跌打", "跌宕", "跌跌撞撞", "跌破眼镜", "大跌眼镜",
    # Names and nouns that hold a direction word.
    "增加值", "收缩压", "收缩期", "抑制剂", "促进会", "有效期", "支持向量", "加速器", "上市公司", "最高法", "最高检",
    "最高人民", "进出口", "出口处", "安全出口", "线上线下", "以上行", "以下行", "正面临", "正向着",
    # Words whose last character would begin a direction word: 通过|高效, 强调|高质量, 更加|重视, 刺激|增长 ...
    "通过", "经过", "所有", "没有", "具有", "推进", "强调", "协调", "空调", "刺激", "更加", "产生", "优良", "真正",
    # ... 重新|开始, 全新|开发, 展开|业务, 分开|设置: 新开, 开业 and 开设 are not there.
    "重新", "全新", "最新", "崭新", "清新", "革新", "更新", "创新", "刷新", "翻新", "一新", "展开", "公开", "召开",
    "打开", "离开", "分开", "避开", "放开", "张开", "敞开", "拉开", "揭开", "解开", "隔开", "新开发", "新开放",
    "新开展", "新开端", "新开拓",
    # A comparative that is no comparison of weight, width, depth or length: 更重要, 更轻松, 更深入, 较长时间.
    "更重要", "最重要", "较重要", "更重视", "最重视", "较重视", "更重大", "最重大", "更轻松", "最轻松",
    "较轻松", "更轻易", "更深入", "较深入", "最深入", "更深刻", "最深刻", "较深刻", "更深远", "更深层",
    "更远大", "更长远", "最长远", "较长时间", "较长期", "更长期",
)  # fmt: skip


#: One-character words of opposite direction, read only as the predicate of a comparison (``较昨日高六度``,
#: ``比去年少三家``, ``比预期好``): (word, its opposite).
COMPARATIVE_PAIRS: tuple[tuple[str, str], ...] = (
    ("高", "低"), ("多", "少"), ("大", "小"), ("快", "慢"), ("早", "晚"), ("长", "短"), ("强", "弱"), ("好", "差"),
    ("冷", "热"), ("贵", "便宜"), ("贵", "低"),  # a price: 比上一代低了300元 against 贵了300元
    ("轻", "重"), ("宽", "窄"), ("厚", "薄"), ("深", "浅"), ("远", "近"),
)  # fmt: skip

# A comparison: 比 or 较 followed, within a few characters, by the compared word (比对照组低). 对比, 相比, 比较,
# 比例, 比赛, 比如, 比亚迪, 比利时, 较量, 较真 are no comparison; the word must end the predicate: a quantity, 了,
# 出, 得, 些 or the end of the clause follows it (比去年多3家, 比昨天低了六度, 比预期好。), so that 比大多数人 and
# 较长时间 say nothing.
_COMPARISON_RE = lazy_compile(
    r"(?<![对相无类评])(?:比(?![赛例如较重率分喻拟方特值照亚利尔萨基])|较(?![量劲真]))"
    r"(?P<object>[^，,。；;：:！？!?、\s比较]{0,6}?)(?P<word>[高低多少大小快慢早晚长短强弱好差冷热贵轻重宽窄厚薄深浅远近]|便宜)"
    r"(?=[\d零〇一二两三四五六七八九十百千万几半了出得些约近逾超]|很多|不少|许多|$|[，,。；;：:！？!?、）)\s])"
)


class DirectionWord(NamedTuple):
    """A direction word found in a text, at ``text[start:end]``."""

    word: str
    start: int
    end: int


def _opposite_table(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Word -> the words opposite to it, read both ways from the pairs."""
    table: dict[str, set[str]] = {}
    for a, b in pairs:
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {word: frozenset(others) for word, others in table.items()}


#: Every word of `DIRECTION_PAIRS`.
DIRECTION_WORDS: frozenset[str] = frozenset(word for pair in DIRECTION_PAIRS for word in pair)


# The two tables below are built on first use, not at `import textkit` (tests/test_package.py checks it).
@cache
def _opposites() -> dict[str, frozenset[str]]:
    return _opposite_table(DIRECTION_PAIRS + COMPARATIVE_PAIRS)


@cache
def _words_by_start() -> dict[str, tuple[str, ...]]:
    """Direction words and exceptions together, by first character, longest first: the longest word decides."""
    return _by_first_char(DIRECTION_WORDS | frozenset(NOT_DIRECTIONS))


# One-character direction words that are a unit of measure right after a digit (5升 is five litres).
_UNITS_AFTER_DIGIT = frozenset({"升"})


def opposites(word: str) -> frozenset[str]:
    """The words opposite to ``word`` in `DIRECTION_PAIRS`; empty for a word with none.

    Example:
        >>> sorted(opposites("降低"))
        ['上升', '升高', '增加', '增高', '提升', '提高']
        >>> opposites("销量")
        frozenset()
    """
    return _opposites().get(word, frozenset())


def find_direction_words(text: str) -> list[DirectionWord]:
    """Every direction word in ``text``, left to right, longest first, without overlaps.

    The longest word of `DIRECTION_WORDS` or `NOT_DIRECTIONS` that starts at a position is read there: a direction
    word is reported, an exception (``升级``, ``跌倒``, ``降雨`` ...) is skipped whole. ``升`` right after a digit
    is the litre and is skipped too.

    Example:
        >>> [d.word for d in find_direction_words("股价上升了，血压升高，系统升级后销量下降")]
        ['上升', '升高', '下降']
        >>> find_direction_words("新药组疗效优于对照组")
        [DirectionWord(word='优于', start=5, end=7)]
        >>> [d.word for d in find_direction_words("气温较昨日高六度，比去年增长，比大多数人")]
        ['高', '增长']

    Traditional characters are read as simplified (`textkit.lang_zh.fold_traditional`): ``word`` is the word of
    the list, ``text[start:end]`` the word as written.

        >>> text = "營收減少，成本增長"
        >>> [(d.word, text[d.start : d.end]) for d in find_direction_words(text)]
        [('减少', '減少'), ('增长', '增長')]
    """
    text = fold_traditional(text)
    by_start = _words_by_start()
    found: list[DirectionWord] = []
    for word, i in _longest_words(text, by_start):
        is_unit = word in _UNITS_AFTER_DIGIT and i > 0 and text[i - 1].isdigit()
        if word in DIRECTION_WORDS and not is_unit:
            found.append(DirectionWord(word, i, i + len(word)))
    taken = [(w.start, w.end) for w in found]
    for m in _COMPARISON_RE.finditer(text):  # 较昨日高六度: unless the word is part of one read above (比去年增长)
        start, end = m.span("word")
        if not any(a < end and start < b for a, b in taken):
            found.append(DirectionWord(m.group("word"), start, end))
    return sorted(found, key=lambda w: w.start)
