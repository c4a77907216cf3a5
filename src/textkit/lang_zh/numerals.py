"""Finding quantities in Chinese text and reading their values: numerals, units, percentages, dates.

``三万`` = 30000, ``一万八千`` = 18000, ``6亿`` = 6e8, ``100多亿`` = 1e10 (approximate),
``两年多`` = 2 years (approximate), ``2019年``, ``30%`` and ``百分之三十`` = 30 percent, ``八点七`` = 8.7
(but ``十点半`` is a time).
Ordinals with a unit (``第88分钟``, ``第一阶段``) are compared with ordinals only; list
markers (``1、``) and the indefinite ``一个``/``一种`` are not quantities. Chinese
numerals count only when a unit or classifier follows them, so ``一起``, ``十分``,
``三无产品`` and ``万一`` are not read as numbers.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from .._regex import lazy_compile
from .variants import fold_traditional

__all__ = ["COUNTER_GROUPS", "Quantity", "chinese_numeral_value", "find_quantities", "same_counter", "same_quantity"]

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
# The digits after 点 in a Chinese decimal (九点一 = 9.1, 三点五万 = 35000); 九点半, 三点十分 and 三点一刻 are times,
# 三点一线 an idiom.
_DECIMAL_DIGITS = "零〇一二三四五六七八九"
# Units and classifiers after which a Chinese numeral is read as a quantity (longest first).
_UNIT_WORDS = (
    "个小时 个钟头 个星期 个月 个 位 名 人 家 件 条 场 次 种 项 款 本 册 部 卷 篇 期 届 年 月 日 天 周 小时 分钟 秒 岁 "
    "元 块 美元 倍 成 公里 千米 厘米 毫米 米 千克 毫克 克 毫升 升 吨 斤 公斤 平方米 亩 户 所 座 台 辆 张 份 批 类 "
    "阶段 轮 步 层 环 单 笔 箱 瓶 包 套 双 对 支 只 头 首 季 代 级 股 号 点 度 万 亿 折 分之"
)
_UNITS = sorted(_UNIT_WORDS.split(), key=len, reverse=True)
# "一" is a quantity only with a unit of measure ("一年", "一万"); with a classifier it is an
# indefinite article ("一个问题", "一座博物馆"), not a claim about quantity.
_MEASURE_WORDS = (
    "年 月 日 天 周 小时 分钟 秒 岁 倍 成 万 亿 % ％ 公里 千米 米 吨 斤 公斤 平方米 亩 元 块 美元 折 分之 "
    "个小时 个钟头 个星期 个月 厘米 毫米 千克 毫克 克 毫升 升"
)
# Durations counted with 个: 十二个小时 says what 12小时 says (三个月 is a duration of its own: 三月 is March).
_UNIT_SYNONYMS = {"个小时": "小时", "个钟头": "小时", "个星期": "周"}
_MEASURE_UNITS = frozenset(_MEASURE_WORDS.split())
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS)
_APPROX_BEFORE = ("近", "约", "超过", "超", "逾", "大约", "将近", "几")
# Symbols and SI abbreviations after an Arabic number (``4℃``, ``8 d``, ``120 h``, ``5 mg``): a unit of their own, so
# that 4℃ is never compared with 8 d.
_SYMBOL_UNITS = "℃ °C °c ° ‰ ‱"
_LATIN_UNITS = (
    "d h min s ms μs mg g kg μg ng mL ml L μL cm mm m km nm μm Hz kHz MHz GHz V kV mV W kW MW Pa kPa MPa mol mmol dB"
)
# Lower-cased text (`normalize_for_match`) writes them in lower case: read back as the unit (kpa as kPa); those
# with a Chinese unit word are read as it, so that 8 d says what 8天 says.
_SAME_UNIT = {
    "°C": "℃",
    "°c": "℃",
    **{u.lower(): u for u in reversed(_LATIN_UNITS.split())},
    "ml": "mL",
    **{"d": "天", "h": "小时", "min": "分钟", "s": "秒", "kg": "公斤", "km": "公里", "m": "米"},
    **{"cm": "厘米", "mm": "毫米", "g": "克", "mg": "毫克", "ml": "毫升", "l": "升"},
}
_LATIN_UNIT_RE = "|".join(
    re.escape(u)
    for u in sorted({*_LATIN_UNITS.split(), *_SAME_UNIT} - {*_SYMBOL_UNITS.split(), "°c"}, key=len, reverse=True)
)
_QUANTITY_RE = lazy_compile(
    r"(?P<pct1>百分之)?"
    r"(?:(?P<arabic>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<amul>[多余]?[十百千万亿]*)"
    r"|(?P<cn>[" + _NUMERAL_CHARS + r"]+)(?:点(?P<cdec>[" + _DECIMAL_DIGITS + r"]+)(?![十百千点刻钟线]))?)"
    r"(?P<more>[多余]?)"
    r"(?P<unit>%|％|" + _UNIT_RE + r")?"
)
_SYMBOL_UNIT_RE = lazy_compile(
    r" ?(" + "|".join(re.escape(u) for u in _SYMBOL_UNITS.split()) + r"|(?:" + _LATIN_UNIT_RE + r")(?![A-Za-z]))"
)


class Quantity(NamedTuple):
    """A quantity found in a text: as written, its value, unit and position."""

    text: str
    value: float
    unit: str
    approx: bool
    start: int
    end: int

    @property
    def kind(self) -> str:
        """A coarse unit class used when comparing: ``%``, ``年``, ``月``, ``日`` or ``""``."""
        if self.unit.startswith("第"):  # 第一天 and 首日 are the same day
            return "第日" if self.unit in ("第日", "第天") else self.unit
        if self.unit in ("%", "％", "分之", "成"):
            return "%"
        if self.unit in ("日", "天"):
            return "日"
        if self.unit in ("", "个", "万", "亿"):
            return ""
        return self.unit

    def describe(self) -> str:
        """The quantity as written with its value, e.g. ``三万 (30000)``."""
        value = int(self.value) if self.value.is_integer() else self.value
        shown = self.text.strip()
        return shown if shown == str(value) else f"{shown} ({value})"


def chinese_numeral_value(text: str) -> float | None:
    """Value of a Chinese numeral (``一万八千`` → 18000), or None if it is not one.

    Example:
        >>> chinese_numeral_value("一万八千"), chinese_numeral_value("三万"), chinese_numeral_value("百亿")
        (18000.0, 30000.0, 10000000000.0)
    """
    if not text or any(ch not in _NUMERAL_CHARS for ch in text):
        return None
    if all(ch in _DIGITS for ch in text) and len(text) > 1:  # "二〇一九" read digit by digit
        return float("".join(str(_DIGITS[ch]) for ch in text))
    total = 0.0
    section = 0.0
    number = 0.0
    for ch in text:
        if ch in _DIGITS:
            number = _DIGITS[ch]
        elif ch in _SMALL:
            section += (number or 1) * _SMALL[ch]
            number = 0
        elif ch == "万":
            total += (section + number or 1) * 1e4
            section = number = 0
        else:  # 亿
            total = (total + section + number or 1) * 1e8
            section = number = 0
    return float(total + section + number)


def _multiplier(chars: str) -> float:
    value = 1.0
    for ch in chars:
        value *= {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}.get(ch, 1)
    return value


def find_quantities(text: str) -> list[Quantity]:
    """Find the quantities in a text.

    Traditional characters are read as simplified (`textkit.lang_zh.fold_traditional`); a quantity's ``text`` is
    as written.

    Example:
        >>> [q.describe() for q in find_quantities("借出图书三万册,抖音DAU突破6亿,有一个问题,十分困难")]
        ['三万册 (30000)', '6亿 (600000000)']
        >>> [q.describe() for q in find_quantities("借出圖書三萬冊")]
        ['三萬冊 (30000)']
    """
    written, text = text, fold_traditional(text)
    out: list[Quantity] = []
    for m in _QUANTITY_RE.finditer(text):
        unit = m.group("unit") or ""
        start, end = m.start(), m.end()
        if m.group("arabic"):
            raw = m.group("arabic").replace(",", "")
            amul = m.group("amul")
            value = float(raw) * _multiplier(amul)
            approx = "多" in amul or "余" in amul or bool(m.group("more"))
            after = text[end : end + 1]
            if (not unit and after in ("、",)) or (start > 0 and text[start - 1] in "vV."):
                continue  # list markers "1、", version numbers
            if start > 0 and (text[start - 1].isalpha() and text[start - 1].isascii()):
                continue  # part of a code such as "A4" or "H5"
            symbol = _SYMBOL_UNIT_RE.match(text, end) if not unit and not amul else None
            if symbol is not None:
                unit, end = _SAME_UNIT.get(symbol.group(1), symbol.group(1)), symbol.end()
        else:
            cn = m.group("cn")
            # A bare Chinese numeral counts only if it ends in 万/亿 ("三万") and is not a word ("万一").
            bare_ok = len(cn) > 1 and cn[-1] in "万亿" and cn[0] not in "万亿"
            decimals = m.group("cdec") or ""
            if not unit and not m.group("pct1") and not bare_ok and not decimals:
                continue
            ordinal = start > 0 and text[start - 1] == "第" and bool(unit)  # 第一次, 第一届: the first
            if cn in ("一", "万", "亿", "千", "百") and unit not in _MEASURE_UNITS and not ordinal:
                continue
            if cn == "十" and unit == "分":
                continue
            parsed = chinese_numeral_value(cn)
            if parsed is None:
                continue
            value = parsed + (float("0." + "".join(str(_DIGITS[ch]) for ch in decimals)) if decimals else 0.0)
            approx = bool(m.group("more"))
        unit = _UNIT_SYNONYMS.get(unit, unit)
        if unit in ("万", "亿"):
            value *= _multiplier(unit)
        if m.group("pct1"):
            unit = "%"
        elif unit == "成":  # 三成 = 30%
            value *= 10
        if start > 0 and text[start - 1] == "第":  # ordinals: 第88分钟, 第一阶段 (compared with ordinals only)
            unit = "第" + unit
            start -= 1
        before = text[max(0, start - 2) : start]
        approx = approx or any(before.endswith(w) for w in _APPROX_BEFORE)
        # 上 makes a round Chinese number approximate (上千万元, 上百家), not a time (早上6点, 晚上八点)
        approx = approx or (before.endswith("上") and text[start : start + 1] in "百千万亿")
        if unit == "号" and before.endswith("月"):  # 本月20号, 10月1号: a day of the month, as 20日
            unit = "日"
        if not math.isfinite(value):
            continue
        out.append(Quantity(written[start:end], value, unit, approx, start, end))
    for m in _WEEKDAY_RE.finditer(text):  # days of the week: 周一 … 周日, 星期五
        if not any(q.start <= m.start() < q.end for q in out):
            day = written[m.start() : m.end()]
            out.append(Quantity(day, float(_WEEKDAYS[m.group(1)]), "周几", False, m.start(), m.end()))
    for m in _FIRST_RE.finditer(text):  # 首届, 首日, 首次: the ordinal 第一 (第一届, 第一天, 第一次)
        if not any(q.start <= m.start() < q.end for q in out):
            unit = _UNIT_SYNONYMS.get(m.group(1), m.group(1))
            out.append(Quantity(written[m.start() : m.end()], 1.0, "第" + unit, False, m.start(), m.end()))
    return sorted(out, key=lambda q: q.start)


_WEEKDAY_RE = lazy_compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
# 首 + a measure word is the ordinal "first", unless 首 ends a word (元首, 榜首, 自首, 匕首, 回首, 为首).
_FIRST_RE = lazy_compile(
    r"(?<![元党祸匕回昂俯榜翘罪自为斩聚魁])首(届|日|天|次|批|个|位|家|季|期|轮|场|站|年|月|周|部|款|项|座|单|笔|台|班)"
)
_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


#: Measure words that can count the same thing: 三万册 and 三万本 are the same books, 五名 and 五位 the same people.
COUNTER_GROUPS = ("个名位人口", "本册部卷", "家所座间个", "台辆部架", "件个款项套", "条项则", "只头匹", "首支曲",
                  "篇份", "张幅份", "场次届期轮", "户家", "种类项", "批次")  # fmt: skip


def same_counter(a: str, b: str) -> bool:
    """Whether two different measure words count the same thing: one group of `COUNTER_GROUPS` holds both.

    Example:
        >>> same_counter("名", "人"), same_counter("本", "台"), same_counter("人", "人")
        (True, False, False)
    """
    return a != b and any(a in group and b in group for group in COUNTER_GROUPS)


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """True when two quantities have the same value and compatible units.

    Units are compatible when they are the same kind (``%``/``成``, ``日``/``天``, ...), measure words that count
    the same thing (``3000名`` and ``3000人``: `same_counter`), or one side has none or only a generic classifier
    (``个``).

    Example:
        >>> a, b = find_quantities("超过百亿件"), find_quantities("100多亿件")
        >>> same_quantity(a[0], b[0])
        True
    """
    if a.kind and b.kind and a.kind != b.kind and not same_counter(a.unit, b.unit):
        return False
    if (a.kind == "%") != (b.kind == "%"):
        return False
    return math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9)
