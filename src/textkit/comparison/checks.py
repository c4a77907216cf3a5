"""Contradictions between a summary clause and the source clause it comes from.

Numbers in their role, dates, names, negation, direction, quantifiers and modality.

Each summary clause is aligned with the source clause (in the sentences the summary sentence was aligned with)
that holds most of its character bigrams, or with two adjacent source clauses when it fuses them
(``研究团队用五年时间在西南山区发现两种兰花`` against ``该研究团队历时三年，在西南山区发现了两种兰花``).
The quantities, direction words and negations being checked do not count in choosing it. Then:

- **numbers and dates in their role**: a quantity of the summary clause must equal a quantity of the same kind in
  its source clause (``三万册`` against ``一万八千册``; ``2019年`` against ``2021年`` in ``2021年公司上市``). A quantity
  whose source clause has none of its kind may come from elsewhere in the aligned sentences (fused sentences);
  if it is nowhere there, the finding says so without pointing at an unrelated quantity, unless its source clause
  has the same number counting something else (``五百台电脑`` against ``五百本课外书``).
- **names**: a person, organisation, Latin-letter name or ``《title》`` of the summary must be in the original, in
  its role: not where the source has another person (`role_findings`), and not swapped with another name around
  the same words (`swapped_roles`: ``李强击败了张明`` against ``张明击败了李强``).
- **negation**: a negation of the clause (``不同意这个方案``) must not stand against the same words without it in
  its source clause (``同意这个方案``), and the reverse: each negation (`textkit.lang_zh.negation_at`) is
  compared by the two characters that follow it, so a negation elsewhere in a long source clause does not count.
  A zero negates what it counts (`textkit.lang_zh.zero_negation_spans`): ``经济零增长`` against ``经济增长`` drops
  a negation, and ``安全事故为零`` says what ``没有发生安全事故`` says.
- **direction**: a direction word of the clause (``降低``) must not stand against its opposite in the source clause
  (``提高``) (`textkit.lang_zh.find_direction_words`).
- **quantifier**: a quantifier of the clause (``所有读者``) must not stand against one of another share before the
  same words in its source clause (``部分读者``; `textkit.lang_zh.find_quantifiers`: some, most, all).
- **modality**: a clause that states a thing done or established (``已经启动``, ``证实``) must not come from a
  source clause that only plans, forecasts or thinks it possible (``预计明年启动``, ``可能``), and the reverse
  (`textkit.lang_zh.find_modal_words`). A word that a negation precedes in its clause (``尚未证实``) counts as
  neither.

A `Finding` names what differs and quotes the source span, e.g. ``direction: summary 降低, source 提高 (source
sentence 12)``. Such a *contradiction* (a finding that quotes the source) makes a sentence unsupported whatever
its support; a number or name the original lacks (``number: summary 618, not in the source``) is evidence the
support model weighs, not a verdict: titles and summaries add names of methods or counts that their source
does not spell out.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from .._regex import lazy_compile
from ..lang_zh import (
    COUNTER_GROUPS,
    NEGATORS,
    SURNAMES,
    ZERO_MEASURES,
    ZERO_WORDS,
    DirectionWord,
    Quantity,
    even_negation_spans,
    find_direction_words,
    find_modal_words,
    find_quantifiers,
    find_quantities,
    may_count_zero,
    negation_at,
    opposites,
    same_counter,
    same_quantity,
    zero_negation_spans,
)
from ..segmentation import Segmenter, segmenter_for
from .units import bigrams, clause_bigrams, normalize_for_match, squash

__all__ = [
    "CHECK_KINDS",
    "Clause",
    "Finding",
    "clause_spans",
    "contradictions",
    "find_names",
    "name_findings",
    "quantity_kind",
    "swapped_roles",
]

#: The kinds of finding, in the order reasons list them.
CHECK_KINDS = ("number", "date", "name", "negation", "direction", "quantifier", "modality")

_ALIGNED = 0.3  # a summary clause comes from the source clause holding this share of its bigrams
_NEGATION_ALIGNED = 0.5  # ... and for the negation check, this share (short clauses align loosely)
_TITLE_RE = lazy_compile(r"《([^《》]{1,40})》")
# Clause boundaries: sentence and clause punctuation, not the point of a decimal number.
_CLAUSE_END_RE = lazy_compile(r"[，,；;：:。！？!?\n\r…]|(?<!\d)\.|\.(?!\d)")


@dataclass(frozen=True)
class Finding:
    """One contradiction between a summary clause and the source.

    Attributes:
        kind: One of `CHECK_KINDS`.
        summary: What the summary says (``三万册``, ``降低``, a name, or the clause for a negation).
        source: What the source says in the same place, or ``""`` when the source has nothing there.
        source_index: The source sentence quoted (-1 when none).
        value: The summary quantity's value (numbers and dates), else NaN.
        note: What the summary does (``"adds a negation"``, ``"drops a negation"``), the approximate marker of a
            number (``约`` in ``约六小时``), or ``""``.
    """

    kind: str
    summary: str
    source: str
    source_index: int
    value: float = float("nan")
    note: str = ""

    @property
    def contradiction(self) -> bool:
        """Whether the finding quotes the source against the summary (then the sentence is not supported)."""
        return bool(self.source)

    @property
    def reason(self) -> str:
        """The finding in words, e.g. ``direction: summary 降低, source 提高 (source sentence 12)``."""
        if self.kind == "name" and not self.source:
            return f"name: summary {self.summary}, not in the original"
        if self.kind == "negation":
            return (
                f"negation: summary {self.summary}, source {self.source} (source sentence {self.source_index}): "
                f"the summary {self.note}"
            )
        if not self.source:
            return f"{self.kind}: summary {self.summary}, not in the source"
        said = self.note + self.summary  # 约六小时: the approximate marker of a number, if any
        return f"{self.kind}: summary {said}, source {self.source} (source sentence {self.source_index})"


@dataclass(frozen=True)
class Clause:
    """A clause of a source sentence: its text (normalised for matching), its sentence, its bigrams.

    ``written`` is the whole sentence as the source writes it, to quote a Latin name in its own case.
    """

    text: str
    sentence: int
    grams: frozenset[str]
    written: str = ""


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` as ``(start, end)`` offsets: split at clause and sentence punctuation.

    Example:
        >>> text = "2021年公司上市，此前在2019年完成了融资。营收增长3.5%"
        >>> [text[a:b] for a, b in clause_spans(text)]
        ['2021年公司上市', '此前在2019年完成了融资', '营收增长3.5%']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CLAUSE_END_RE.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def source_clauses(sentence: str, index: int) -> list[Clause]:
    """The clauses of one source sentence, normalised for matching."""
    norm = normalize_for_match(sentence)
    return [Clause(norm[a:b], index, frozenset(bigrams(norm[a:b])), sentence) for a, b in clause_spans(norm)]


class _Joined(NamedTuple):
    """Two adjacent clauses of one source sentence, and the clause they make joined."""

    first: Clause
    second: Clause
    clause: Clause


def _joined(region: list[Clause]) -> list[_Joined]:
    """Each two adjacent clauses of one sentence of the region, joined as one."""
    return [
        _Joined(a, b, Clause(a.text + b.text, a.sentence, frozenset(bigrams(a.text + b.text)), a.written))
        for a, b in itertools.pairwise(region)
        if a.sentence == b.sentence
    ]


_OWN_SHARE = 2  # each of two joined clauses gives a fused clause at least this many bigrams the other lacks
_FUSED_ALIGNED = 0.5  # ... and together they hold at least this share of its bigrams


def _unchecked_bigrams(clause: str) -> set[str]:
    """The bigrams of ``clause`` that hold no quantity, direction word or negation.

    What the checks compare does not choose the clause they compare it with.
    """
    checked: set[int] = set()
    for start, end in [(q.start, q.end) for q in find_quantities(clause)] + [
        (w.start, w.end) for w in find_direction_words(clause)
    ]:
        checked.update(range(start, end))
    i = 0
    while i < len(clause):
        negates, width = negation_at(clause, i)
        if negates:
            checked.update(range(i, i + width))
        i += width
    return {clause[i : i + 2] for i in range(len(clause) - 1) if i not in checked and i + 1 not in checked}


def _aligned_clause(
    clause: str, candidates: list[Clause], least: float, joined: list[_Joined] | None = None
) -> Clause | None:
    """The candidate clause holding most of ``clause``'s bigrams (at least ``least`` of them), or None.

    Among equals, the closest in size (Jaccard), then the first. A clause that fuses two source clauses
    (``研究团队用五年时间在西南山区发现两种兰花`` against ``该研究团队历时三年，在西南山区发现了两种兰花``) is
    aligned with the two ``joined`` (`_joined`) when each gives it `_OWN_SHARE` bigrams that the other lacks and
    together they hold more of them than any one clause does, counting only bigrams with no quantity, direction
    word or negation (`_unchecked_bigrams`), and `_FUSED_ALIGNED` of all its bigrams: ``2019年公司上市`` stays
    aligned with ``2021年公司上市``, and ``可提高研制成本`` with ``可降低研制成本``, not with the next clause's 提高.
    """
    grams = bigrams(clause)
    if not grams or not candidates:
        return None
    share, _, best = max(
        (len(grams & c.grams) / len(grams), len(grams & c.grams) / len(grams | c.grams), -k)
        for k, c in enumerate(candidates)
    )
    single = candidates[-best] if share >= least else None
    if not joined:
        return single
    words = _unchecked_bigrams(clause) or grams
    fused = [
        j
        for j in joined
        if len(words & j.first.grams - j.second.grams) >= _OWN_SHARE
        and len(words & j.second.grams - j.first.grams) >= _OWN_SHARE
    ]
    if fused:
        top = max(fused, key=lambda j: len(words & j.clause.grams)).clause
        beaten = len(words & single.grams) if single is not None else 0
        if len(words & top.grams) > beaten and len(grams & top.grams) / len(grams) >= max(least, _FUSED_ALIGNED):
            return top
    return single


_YEAR_RE = lazy_compile(r"(?:1\d|20)\d{2}|[一二〇零][一二三四五六七八九〇零]{3}")


def quantity_kind(q: Quantity) -> str:
    """``"date"`` for a year (``2019年``, ``1406年``, ``二〇一九年``), else ``"number"`` (``四年``, ``40年``)."""
    return "date" if q.kind == "年" and not q.approx and _YEAR_RE.match(q.text) else "number"


def _describe(q: Quantity, kind: str) -> str:
    return q.text.strip() if kind == "date" else q.describe()


# What an approximate marker lets a value mean, as (low, high) factors of it: 约六小时 is 4.8–7.2 hours, 将近40年
# 30–40 years, 逾百人 and 超过三万 at most a quarter more. Vaguer markers give no range, and so never a contradiction:
# 上万, 几十, and 近, which is "nearly" (近六小时) as often as "recent" (近40年: the last 40 years, sampled in five).
_ABOUT = (0.8, 1.2)
_NEARLY = (0.75, 1.0)
_OVER = (1.0, 1.25)
_MARKERS_BEFORE = (
    ("大约", _ABOUT),
    ("大概", _ABOUT),
    ("约", _ABOUT),
    ("将近", _NEARLY),
    ("接近", _NEARLY),
    ("超过", _OVER),
    ("逾", _OVER),
    ("超", _OVER),
)
_MARKERS_AFTER = (("左右", _ABOUT), ("上下", _ABOUT), ("以上", _OVER))


def _place_value(text: str, value: float) -> float:
    """What 多 adds at most: the place of the last digit written (100多: 100, 一万二千多: 1000, 三万多: 10000)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits:
        place = 10.0 ** (len(digits) - len(digits.rstrip("0")))
        return place * (value / float(digits)) if float(digits) else 1.0  # 100多亿: the 亿 scales it
    place = 1.0
    for unit, size in (("亿", 1e8), ("万", 1e4), ("千", 1e3), ("百", 1e2), ("十", 10.0)):
        if unit in text:
            place = size
            break
    rest = (
        text.split(next((u for u in "亿万千百十" if u in text), ""), 1)[-1]
        if any(u in text for u in "亿万千百十")
        else ""
    )
    return place / 10 if any(ch in "一二三四五六七八九两" for ch in rest) else place


def quantity_range(q: Quantity, text: str) -> tuple[float, float] | None:
    """The values a quantity of ``text`` may mean: its value, or the range an approximate marker gives it.

    ``None`` when a marker is too vague to give a range (``上万``, ``几十``, ``近``).

    Example:
        >>> text = "全程约六小时，耗资100多万元，超过三万人参加"
        >>> [quantity_range(q, text) for q in find_quantities(text)]
        [(4.8, 7.2), (1000000.0, 2000000.0), (30000.0, 37500.0)]
    """
    before = text[max(0, q.start - 2) : q.start]
    after = text[q.end : q.end + 2]
    inside = q.text.strip()
    factors = next((f for m, f in _MARKERS_BEFORE if before.endswith(m)), None)
    if factors is None:
        factors = next((f for m, f in _MARKERS_AFTER if after.startswith(m)), None)
    if factors is None and ("多" in inside or "余" in inside):  # 100多, 三万余: up to the next unit of the last digit
        head = inside.split("多")[0].split("余")[0]
        return (q.value, round(q.value + _place_value(head, q.value), 9))
    if factors is None:
        if q.approx:  # 上万, 几十, 近: approximate without a range
            return None
        return (q.value, q.value)
    low, high = sorted((q.value * factors[0], q.value * factors[1]))
    return (round(low, 9), round(high, 9))


def _agree(q: Quantity, q_text: str, x: Quantity, x_text: str) -> bool | None:
    """Whether two quantities of a kind can say the same: ``None`` when a range is too vague to tell."""
    if same_quantity(q, x):
        return True
    a, b = quantity_range(q, q_text), quantity_range(x, x_text)
    if a is None or b is None:
        return None
    return a[0] <= b[1] and b[0] <= a[1]


def _counting_the_same(
    q: Quantity, clause: str, region: list[Clause], kind: str
) -> tuple[Clause | None, list[Quantity]]:
    """The region clause that counts the same thing as ``q``, and its quantities of ``q``'s kind.

    The same thing: the same unit, and the same two characters after it (``本图书``) or, at the end of the clause,
    before it (``新增车站12座`` against ``新增车站9座``). This is the role of a number whose clause the source
    splits in two (``我们通过网络募捐，收到了四千多本图书``).
    """
    after = clause[q.end : q.end + 2]
    before = _two_before(clause, q.start) if q.end == len(clause) else ""
    if not q.unit or (len(after) < 2 and len(before) < 2):
        return None, []
    for c in region:
        found = [
            x
            for x in find_quantities(c.text)
            if (x.unit == q.unit or same_counter(x.unit, q.unit))
            and quantity_kind(x) == kind
            and (c.text[x.end : x.end + 2] == after if after else _two_before(c.text, x.start) == before)
        ]
        if found:
            return c, found
    return None, []


def _sole_counterpart(
    q: Quantity, found: list[Quantity], source: Clause | None, region: list[Clause], kind: str
) -> tuple[Clause | None, list[Quantity]]:
    """The one quantity of the source that ``q`` can restate, when no neighbour tells: its clause and it, or nothing.

    A paraphrase moves a number away from the words around it (``随访了三年`` against ``随访时间为五年``,
    ``设了42座车站`` against ``设车站24座``). With a unit, the counterpart is the only quantity of the aligned
    sentences in that unit (or a measure word that counts the same thing: ``5000名`` against ``3000人``) and of
    ``q``'s kind; without one, the only unitless quantity of the aligned clause, when ``q`` is its clause's only one
    too (``超过了8亿`` against ``突破6亿``). Two candidates say nothing: ``总计投入8亿元`` against
    ``建设花了5亿元，采购花了3亿元``.
    """
    if q.unit:
        pool = [
            (c, x)
            for c in region
            for x in find_quantities(c.text)
            if (x.unit == q.unit or same_counter(x.unit, q.unit)) and quantity_kind(x) == kind
        ]
    elif source is not None and sum(not y.unit for y in found) == 1:
        pool = [(source, x) for x in find_quantities(source.text) if not x.unit and quantity_kind(x) == kind]
    else:
        return None, []
    if len(pool) != 1:
        return None, []
    return pool[0][0], [pool[0][1]]


def _two_before(text: str, start: int) -> str:
    """The two characters before ``start``, passing over the particle 了 (``增长了28%`` and ``增长18%``: 增长)."""
    return text[:start].rstrip("了")[-2:]


def _same_neighbour(q: Quantity, clause: str, x: Quantity, text: str) -> bool:
    """Whether two numbers without a unit have a neighbour in common, and so count the same thing.

    ``评分9.1分`` and ``评分为9.3分`` share the 分 after them; ``“10.25”风暴潮`` and ``10月25-29日`` share nothing.
    """
    before = clause[q.start - 1 : q.start] if q.start else ""
    after = clause[q.end : q.end + 1]
    same_before = bool(before) and before == text[x.start - 1 : x.start]
    return same_before or (bool(after) and after == text[x.end : x.end + 1])


def _quantity_findings(clause: str, source: Clause | None, region: list[Clause]) -> list[Finding]:
    found = find_quantities(clause)
    if not found:
        return []
    own = find_quantities(source.text) if source is not None else []
    in_region = [(c, find_quantities(c.text)) for c in region]
    anywhere = [(q, c.text) for c, quantities in in_region for q in quantities]
    # A clause fusing two source clauses (aligned with them joined) may take its numbers from any clause of their
    # sentence: 每晚睡8小时和每晚睡6小时两组 against 分成两组：一组每晚睡8小时，另一组每晚睡6小时.
    sentence: list[Quantity] = []
    if source is not None and all(source is not c for c in region):
        sentence = [x for c, quantities in in_region if c.sentence == source.sentence for x in quantities]
    aligned = source
    out = []
    for q in found:
        kind = quantity_kind(q)
        # The same kind in the same role: a duration against a duration, a year against a year (近40年 is no
        # claim about 1978年).
        same_kind = [
            x
            for x in own
            if (x.kind == q.kind or same_counter(x.unit, q.unit))
            and (x.kind != "" or x.unit == q.unit)
            and quantity_kind(x) == kind
            and (q.unit or _same_neighbour(q, clause, x, source.text if source is not None else ""))
        ]
        where = source
        if not same_kind:  # 一万多本图书 against 四千多本图书 in a clause of its own, aligned or not
            where, same_kind = _counting_the_same(q, clause, region, kind)
        if not same_kind and not any(same_quantity(q, x) for x, _ in anywhere):
            where, same_kind = _sole_counterpart(q, found, source, region, kind)
        verdicts = [_agree(q, clause, x, where.text) for x in same_kind] if where is not None else []
        if any(same_quantity(q, x) for x in (*own, *same_kind, *sentence)):
            continue
        if not q.unit and 1000 <= q.value <= 2100 and any(x.unit == "年" and x.value == q.value for x, _ in anywhere):
            continue  # a bare year: 2010 is said by 2010年 in the next clause
        if any(v is True for v in verdicts):  # an approximate value that may say so (约四小时 against 四小时)
            if quantity_range(q, clause) == (q.value, q.value):  # ... but 95% is not said by 80%以上
                out.append(Finding(kind, _describe(q, kind), "", -1, q.value))
            continue
        if same_kind and where is not None and None not in verdicts:  # 约六小时 against 四小时: out of range
            says = min(same_kind, key=lambda x: abs(x.start - q.start))  # the quantity in the same place
            marker = next((m for m, _ in _MARKERS_BEFORE if clause[: q.start].endswith(m)), "")
            out.append(Finding(kind, _describe(q, kind), _describe(says, kind), where.sentence, q.value, marker))
        elif not any(same_quantity(q, x) for x, _ in anywhere):  # 95% is not said by 80%以上
            other = _counting_another_thing(q, own)
            if aligned is not None and other is not None:  # 五百台电脑 against 五百本课外书
                out.append(Finding(kind, _describe(q, kind), _describe(other, kind), aligned.sentence, q.value))
            else:
                out.append(Finding(kind, _describe(q, kind), "", -1, q.value))
    return out


_COUNTERS = frozenset("".join(COUNTER_GROUPS))


def _counting_another_thing(q: Quantity, own: list[Quantity]) -> Quantity | None:
    """A quantity of the source clause with ``q``'s value that counts something else, or None.

    ``五百台电脑`` against ``五百本课外书``: the same number with a measure word that cannot count the same thing (no
    group of `COUNTER_GROUPS` holds both) says the summary changed what is counted.
    """
    if q.unit not in _COUNTERS:
        return None
    for x in own:
        compatible = x.unit == q.unit or same_counter(x.unit, q.unit)
        if x.unit in _COUNTERS and not compatible and math.isclose(x.value, q.value):
            return x
    return None


# Years said relative to the text's own (今年 = 0): compared with each other only, since the year a text was
# written is not known (去年 against 2021年 says nothing).
_RELATIVE_YEARS = {"大前年": -3, "前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2, "大后年": 3}
_RELATIVE_YEAR_RE = lazy_compile(r"大前年|大后年|(?<![一二三四五六七八九十\d几多数])(?:前年|后年)|去年|今年|明年")


def _relative_years(text: str) -> list[str]:
    return [m.group() for m in _RELATIVE_YEAR_RE.finditer(text)]


def _relative_year_findings(clause: str, source: Clause | None) -> list[Finding]:
    """A relative year (去年) against another (前年) in the source clause it comes from.

    Example:
        >>> [f.reason for f in _relative_year_findings("公司去年上市", source_clauses("公司前年上市", 3)[0])]
        ['date: summary 去年, source 前年 (source sentence 3)']
    """
    if source is None:
        return []
    theirs = _relative_years(source.text)
    out = []
    for word in _relative_years(clause):
        if theirs and word not in theirs:
            says = theirs[0]
            out.append(Finding("date", word, says, source.sentence, float(_RELATIVE_YEARS[word])))
    return out


def _as_written(text: str, words: list[DirectionWord], word: str) -> str:
    """``word`` (a word of the direction list) as ``text`` writes it, in traditional characters if it does."""
    return next((text[w.start : w.end] for w in words if w.word == word), word)


def _direction_findings(clause: str, source: Clause | None, region: list[Clause]) -> list[Finding]:
    out = []
    if source is not None:
        source_words = find_direction_words(source.text)
        theirs = {w.word for w in source_words}
        witness: Clause | None = None
        for word in find_direction_words(clause):
            said = clause[word.start : word.end]  # as written: 減少 in traditional text
            if word.word in theirs:
                # aligned by its own direction word? The clause that says the rest may say the opposite (稻谷产量增长
                # against 稻谷产量有所下降，玉米产量增长明显)
                witness = witness or _witness(clause, source, region)
                if witness is not source:
                    witness_words = find_direction_words(witness.text)
                    others = {w.word for w in witness_words}
                    against = sorted(opposites(word.word) & others)
                    if against and word.word not in others:
                        quoted = _as_written(witness.text, witness_words, against[0])
                        out.append(Finding("direction", said, quoted, witness.sentence))
                continue
            turned = [
                w for w in source_words if w.word in opposites(word.word) and not _swapped(clause, word, source.text, w)
            ]
            if turned:
                quoted = _as_written(source.text, source_words, min(w.word for w in turned))
                out.append(Finding("direction", said, quoted, source.sentence))
    named = {f.summary for f in out}
    return out + [f for f in _anchored_directions(clause, region) if f.summary not in named]


_COMPARED_REACH = 8  # the most characters between 比 or 较 and the word it compares by (比去年夏季高)


def _compared(text: str, word: DirectionWord) -> tuple[str, str]:
    """What a direction word says of what: ``甲比乙重`` → ``("甲", "乙")``, ``甲击败了乙`` → ``("甲", "了乙")``.

    A comparison with 比 or 较 (in the `_COMPARED_REACH` characters before the word) is split there; any other
    word, at itself (``甲高于乙``, ``甲输给乙``).
    """
    before = text[max(0, word.start - _COMPARED_REACH) : word.start]
    at = max(before.rfind("比"), before.rfind("较"))
    if word.word.endswith("于") or at < 0:
        return text[: word.start], text[word.end :]
    at += word.start - len(before)
    return text[:at], text[at + 1 : word.start]


def _swapped(clause: str, word: DirectionWord, source: str, other: DirectionWord) -> bool:
    """Whether two opposite words say the same of the same two things, named the other way round.

    ``去年夏季比今年夏季低`` says what ``今年夏季比去年夏季高`` says, and ``宋佳输给了江涛`` what ``江涛击败了宋佳``
    says: each side's object (`_compared`) stands in the other's subject, and the two objects differ.
    """
    (my_subject, my_object), (their_subject, their_object) = _compared(clause, word), _compared(source, other)
    my_object, their_object = my_object.strip("的了"), their_object.strip("的了")
    return (
        bool(my_object and their_object)
        and my_object != their_object
        and my_object in their_subject
        and (their_object in my_subject)
    )


_HEAD = 2  # a quantifier is compared by the characters that follow it (所有读者: 读者) ...
_HEAD_REACH = 6  # ... found within this many characters after a quantifier of the source (大多数受访企业)


def _head(text: str, end: int) -> str:
    """The `_HEAD` characters after a quantifier ending at ``end``, passing over 的 (部分的读者)."""
    after = text[end:]
    return after[1 : 1 + _HEAD] if after.startswith("的") else after[:_HEAD]


def _quantifier_findings(clause: str, source: Clause | None) -> list[Finding]:
    """Quantifiers of ``clause`` that say another share of the same group than its source clause does.

    The groups are the same when the words after the summary's quantifier (`_head`) follow a quantifier of the
    source within `_HEAD_REACH` characters, or the source's words follow the summary's: ``全部受访企业`` against
    ``大多数受访企业``. A paraphrase that shares neither is not judged.
    """
    if source is None:
        return []
    theirs = find_quantifiers(source.text)
    if not theirs:
        return []

    def follows(head: str, text: str, end: int) -> bool:
        return len(head) == _HEAD and head in text[end : end + _HEAD_REACH]

    out = []
    for q in find_quantifiers(clause):
        same = [
            t
            for t in theirs
            if follows(_head(clause, q.end), source.text, t.end) or follows(_head(source.text, t.end), clause, q.end)
        ]
        if same and all(t.share != q.share for t in same):
            said, quoted = clause[q.start : q.end], source.text[same[0].start : same[0].end]
            out.append(Finding("quantifier", said, quoted, source.sentence))
    return out


def _first_negation(text: str) -> int:
    """Where the first negation (`textkit.lang_zh.negation_at`) of ``text`` starts, or ``len(text)`` if none."""
    i = 0
    while i < len(text):
        negates, width = negation_at(text, i)
        if negates:
            return i
        i += width
    return len(text)


def _modality_findings(clause: str, source: Clause | None) -> list[Finding]:
    """A clause that states as done or established what its source clause only plans or thinks possible, or the reverse.

    Each side must say one and not the other: a source clause with both (``一期已经完工，二期预计明年启动``) is
    not judged, and a word a negation precedes in its clause (``尚未证实``, ``没有计划``) counts as neither.
    """
    if source is None:
        return []

    def read(text: str) -> tuple[list[str], list[str]]:
        negation = _first_negation(text)  # a word after it is negated
        words = [m for m in find_modal_words(text) if m.start <= negation]
        return [text[m.start : m.end] for m in words if m.hedge], [text[m.start : m.end] for m in words if not m.hedge]

    hedges, assertions = read(clause)
    their_hedges, their_assertions = read(source.text)
    if assertions and not hedges and their_hedges and not their_assertions:
        return [Finding("modality", assertions[0], their_hedges[0], source.sentence)]
    if hedges and not assertions and their_assertions and not their_hedges:
        return [Finding("modality", hedges[0], their_assertions[0], source.sentence)]
    return []


def _witness(clause: str, source: Clause, region: list[Clause]) -> Clause:
    """The clause that says the rest of ``clause``: the region clause sharing most of its `_unchecked_bigrams`.

    It must share at least 2 of them, and more than ``source`` does; else ``source`` is returned.
    """
    words = _unchecked_bigrams(clause)
    best, most = source, max(len(words & source.grams), 1)
    for c in region:
        if len(words & c.grams) > most:
            best, most = c, len(words & c.grams)
    return best


_GOVERNS = 4  # a direction word governs a quantity at most this many characters after it (增长了约12%)
_GOVERNS_AFTER = 2  # ... or right after it (12%的降幅)


def _governing(q: Quantity, words: list[DirectionWord]) -> DirectionWord | None:
    """The direction word that governs quantity ``q``: the nearest before it, else right after it."""
    before = [w for w in words if w.end <= q.start and q.start - w.end <= _GOVERNS]
    if before:
        return before[-1]
    after = [w for w in words if w.start >= q.end and w.start - q.end <= _GOVERNS_AFTER]
    return after[0] if after else None


def _anchored_directions(clause: str, region: list[Clause]) -> list[Finding]:
    """Direction words anchored on a quantity: the same quantity, governed by opposite words on the two sides.

    ``较上年同期增长12%`` against ``同比下降12%``: the clauses share too little to be aligned, but the 12% is the
    same claim, and it goes the other way. Every source quantity equal to the summary's must be governed by an
    opposite word, unless one of them says more of the same thing: when the source says 增长12% somewhere and
    下降12% elsewhere, the one whose clause (or the clause before it) shares most of the summary clause's other
    words, and alone does, decides (``出口21.9万亿元，增长1.7%；进口16.4万亿元，下降1.7%``
    against ``出口同比下降1.7%``); with no such one, nothing is contradicted.
    """
    words = find_direction_words(clause)
    if not words:
        return []
    out = []
    for q in find_quantities(clause):
        governing = _governing(q, words)
        if governing is None:
            continue
        word, written = governing.word, clause[governing.start : governing.end]
        # what the clause says besides the number and its direction word (出口 in 出口同比下降1.7%)
        rest = bigrams((clause[: q.start] + "，" + clause[q.end :]).replace(written, "，"))
        # (governing word, as written, source sentence, how much its context shares)
        said: list[tuple[str, str, int, int]] = []
        for k, c in enumerate(region):
            theirs = find_direction_words(c.text)
            same = [x for x in find_quantities(c.text) if same_quantity(q, x)]
            if same:
                context = c.grams | (region[k - 1].grams if k and region[k - 1].sentence == c.sentence else set())
                for x in same:
                    w = _governing(x, theirs)
                    if w is not None:
                        said.append((w.word, c.text[w.start : w.end], c.sentence, len(rest & context)))
        if said and all(w in opposites(word) for w, _, _, _ in said):
            out.append(Finding("direction", written, said[0][1], said[0][2]))
        elif len(said) > 1:
            # the same number both ways (出口增长1.7%；进口下降1.7%): the one whose clause, or the clause before it,
            # shares most with the summary's says which way this one went
            best = max(n for *_, n in said)
            top = [(w, quoted, i) for w, quoted, i, n in said if n == best]
            if best and len(top) == 1 and top[0][0] in opposites(word):
                out.append(Finding("direction", written, top[0][1], top[0][2]))
    return out


_SCOPE = 8  # a negation reaches the end of its clause when that is at most this many characters away
_NEAR = 4  # ... and negates the words in the next few characters
# Prepositions and adverbs that come between a negation and its verb (没有因降雨延期, 并未按计划完成).
_BEFORE_VERB = frozenset("因由在被把将对向从为给跟与和同再又都也还曾已太很更按如")
_MODALS = frozenset("得能可应会要宜该准允许必用")  # 不得强制, 不能, 不宜: the negated word follows the modal


def _negations(text: str) -> list[tuple[str, str, str]]:
    """Each negation of ``text`` with the two characters after it and its scope.

    A-not-A questions such as 是不是 are left aside. The scope is what follows the negation, up to `_SCOPE`
    characters: ``没有因降雨延期`` negates 延期 as well as 因降; twice as far after a modal (``不得``, ``不能``), whose
    verb may come after a phrase of its own (``不得向入驻商户收取超过``).
    """
    out = []
    i = 0
    while i < len(text):
        negates, width = negation_at(text, i)
        after = text[i + width : i + width + 2]
        question = i > 0 and text[i + 1 : i + 2] == text[i - 1]  # 是不是, 有没有, 好不好
        if negates and after and not question:
            word = text[i : i + width]
            # 不得向商家收取超过: a negated modal reaches past the phrase that comes before its verb
            reach = 2 * _SCOPE if _is_modal(word, after) else _SCOPE
            out.append((word, after, text[i + width : i + width + reach]))
        i += width
    return out


def _is_modal(word: str, after: str) -> bool:
    """Whether a negation negates a modal: ``不得``, ``不能`` (a word of its own), ``不宜``."""
    return (len(word) > 1 and word[-1] in _MODALS) or after[:1] in _MODALS


def _verb_at_end(scope: str, clause: str) -> str:
    """The verb a negation reaches: the last two characters of its scope, when the scope ends the clause.

    The verb of ``没有因降雨延期`` is 延期; else ``""``, also when the verb overlaps the two characters right after the
    negation (``未知扰动``: 未 negates 知, not 扰动), and when a 的 makes the negated words describe a noun
    (``未被记录的兰花``: the orchids are not negated).
    """
    return scope[-2:] if len(scope) > 3 and clause.endswith(scope) and "的" not in scope else ""


def _without_negations(text: str) -> str:
    """``text`` without its negation words (``没有``, ``并非``, ``不``)."""
    kept = []
    i = 0
    while i < len(text):
        negates, width = negation_at(text, i)
        if not negates:
            kept.append(text[i : i + width])
        i += width
    return "".join(kept)


_MEASURES_LONGEST_FIRST = sorted(ZERO_MEASURES, key=lambda m: (-len(m), m))
_ASPECT = frozenset(("了", "过", "着"))  # between a verb and the zero it governs (实现了零事故)


class _Zero(NamedTuple):
    """What a zero of a clause negates (`_zero_readings`)."""

    head: str  # the last two characters of what it counts, a measure word aside: 死亡人数为零 → 死亡
    # What a negation of the other side may negate and say the same: its clause up to the zero
    # (全省铁路旅客死亡人数为零), or, before it, without a verb that governs it, then "\0" and the rest
    # (工业污水零直排 whole; 全厂实现了零事故 keeps 全厂 and 零事故: 没有实现零事故 denies it).
    reach: str


def _zero_readings(text: str, segmenter: Segmenter | None) -> list[_Zero]:
    """What the zeros of ``text`` negate (`textkit.lang_zh.zero_negation_spans`), in text order.

    ``text`` is cut by ``segmenter`` (textkit's default when None) only when it may hold such a zero
    (`textkit.lang_zh.may_count_zero`). A word that opens with a zero and that the segmenter does not know, which
    jieba's HMM joined from single characters (``零差评``), is read as the zero and the rest.

    Example:
        >>> [z.head for z in _zero_readings("该县新增失业人数为零，实现零增长，零售额增长", None)]
        ['失业', '增长']
    """
    if not may_count_zero(text):
        return []
    seg = segmenter_for(segmenter)
    words: list[tuple[int, int]] = []
    for token in seg.spans(text):
        start, end = token.start, token.end
        if end - start > 1 and text[start] in ZERO_WORDS and not seg.knows(token.word):
            words += [(start, start + 1), (start + 1, end)]
        else:
            words.append((start, end))
    starts = {end: start for start, end in words}  # the word that ends where another starts
    tags: dict[str, str] = {}  # jieba's dictionary tags (`Segmenter.dictionary_tags`), read once if needed
    clauses = clause_spans(text)
    out = []
    k = 0
    for start, end in zero_negation_spans(text, words):  # in text order, as the clauses
        counted = text[start:end]
        measure = next((m for m in _MEASURES_LONGEST_FIRST if counted.endswith(m)), "")
        if len(counted) - len(measure) >= 2:
            counted = counted[: len(counted) - len(measure)]
        while k < len(clauses) and clauses[k][1] <= start:
            k += 1
        a, b = clauses[k] if k < len(clauses) else (0, len(text))
        if start > a and text[start - 1] in ZERO_WORDS:  # 零事故: the zero comes first
            governs = start - 1
            while governs in starts and text[starts[governs] : governs] in _ASPECT:
                governs = starts[governs]
            if governs in starts and not tags:
                tags.update(seg.dictionary_tags(text))
            verb = governs in starts and tags.get(text[starts[governs] : governs], "").startswith("v")
            reach = text[a : starts[governs] if verb else start - 1] + "\0" + text[start - 1 : b]
        else:  # 事故为零: the zero ends the clause
            reach = text[a : next((i + 1 for i in range(end, b) if text[i] in ZERO_WORDS), b)]
        out.append(_Zero(counted[-2:], reach))
    return out


# Words that exempt from a charge, and so say what a zero says of it (免征关税: 零关税).
_EXEMPTIONS = ("免征", "免收", "免除", "免交", "免缴", "免费", "免税", "豁免")


def _negated_rests(text: str) -> list[str]:
    """What each negation or exemption of ``text`` negates to the end of its clause, and each "not even one".

    ``未发生一起环境污染事件`` negates 环境污染事件, ``免征关税`` exempts 关税, ``一次射门都没有`` negates 射门
    (`textkit.lang_zh.even_negation_spans`): what a zero counts (``射门次数是零``) is negated there too.
    """
    out = [text[a:b] for a, b in even_negation_spans(text)]
    ends = [a for _, a in clause_spans(text)]  # where each clause ends, in order
    clause = 0
    i = 0
    while i < len(text):
        negates, width = negation_at(text, i)
        exempts = next((w for w in _EXEMPTIONS if text.startswith(w, i)), "")
        width = max(width, len(exempts))
        while clause < len(ends) and ends[clause] <= i:
            clause += 1
        if negates or exempts:
            out.append(text[i + width : ends[clause] if clause < len(ends) else i + width])
        i += width
    return out


def _adds_negation(clause: str, source: str, segmenter: Segmenter | None = None) -> bool:
    """Whether ``clause`` negates words that ``source`` has without a negation.

    The negated words are the two characters after the negation, or the two after a modal (`_MODALS`: 不得强制), or the
    verb that ends the clause (没有因降雨延期: 延期), or what a zero counts (`_zero_readings`: ``安全事故为零``: 事故).
    The source negates a word when one of its negations is at most `_NEAR` characters before it (不宜超过 negates
    超过), or, for the clause-final verb, within its scope; a zero negates every word of its clause but the verb
    that governs it (``甲醛释放量为零`` and ``工业污水零直排`` negate 甲醛 and 工业; ``实现零事故`` does not negate
    实现), and for what a zero counts a negation reaches the end of its clause (``未发生一起环境污染事件``).
    Two negated modals whose scopes share two characters are the same negation worded apart (不能超过 against
    不得向商家收取超过). ``segmenter`` cuts a text that may hold a zero.
    """
    negations = _negations(source)
    zeros = [zero.reach for zero in _zero_readings(source, segmenter)]
    theirs = [scope for _, _, scope in negations] + zeros
    near = [scope[:_NEAR] for _, _, scope in negations] + zeros
    modal = [scope for word, after, scope in negations if _is_modal(word, after)]
    for word, after, scope in _negations(clause):
        if word + after[:1] in source:  # the same negated word on both sides (供血不足)
            continue
        if _is_modal(word, after) and any(scope[k : k + 2] in s for s in modal for k in range(len(scope) - 1)):
            continue  # two negated modals of the same verb, worded apart (不能超过 / 不得向商家收取超过)
        chunks = {scope[:2], scope[1:3] if scope[:1] in _MODALS else ""} - {""}
        if any(c in source and not any(c in n for n in near) for c in chunks):
            return True
        verb = _verb_at_end(scope, clause)
        # The verb is what is negated when a preposition or adverb comes first (没有因降雨延期) or the other side has
        # the words after the negation too; not in 不利于经济增长, whose 利于 the other side (与经济增长) lacks.
        framed = scope[:1] in _BEFORE_VERB or scope[:2] in source
        if verb and framed and verb in source and not any(verb in s for s in theirs):
            return True
    counted = {zero.head for zero in _zero_readings(clause, segmenter)}
    if counted:
        said, covered = bigrams(source), clause_bigrams(theirs + _negated_rests(source))
        if any(len(word) == 2 and word in said and word not in covered for word in counted):
            return True
    return False


def _carried_prohibition(source: Clause, region: list[Clause]) -> str:
    """The last negated modal of the clause before ``source`` in its sentence (``不允许``), or ``""``.

    A prohibition governs the clauses that continue it: ``决不允许随心所欲地解释剥削，把剥削这一概念庸俗化``
    forbids the second clause too, so ``不要把剥削概念庸俗化`` adds no negation to it (CSL).
    """
    k = next((k for k, c in enumerate(region) if c is source), 0)
    if k == 0 or region[k - 1].sentence != source.sentence:
        return ""
    before = region[k - 1].text
    modal = [(word, after) for word, after, scope in _negations(before) if _is_modal(word, after)]
    return modal[-1][0] + modal[-1][1] if modal else ""


def _negation_differs(clause: str, source: str, segmenter: Segmenter | None = None) -> str:
    """``"adds a negation"`` or ``"drops a negation"`` when one side negates words the other has without one."""
    if _adds_negation(clause, source, segmenter):
        return "adds a negation"
    if _adds_negation(source, clause, segmenter):
        return "drops a negation"
    return ""


def contradictions(text: str, region: list[Clause], segmenter: Segmenter | None = None) -> list[Finding]:
    """The numbers, dates, negations and direction words of ``text`` that its source clauses contradict.

    Args:
        text: A summary sentence or clause.
        region: The clauses of the source sentences it was aligned with (`source_clauses`).
        segmenter: Cuts a clause that may hold a zero that negates (``零增长``); textkit's default when None.

    Returns:
        The findings, clause by clause, in text order.

    Example:
        >>> region = source_clauses("2021年公司上市，此前在2019年完成了融资。", 0)
        >>> [f.reason for f in contradictions("2019年公司上市。", region)]
        ['date: summary 2019年, source 2021年 (source sentence 0)']
    """
    norm = normalize_for_match(text)
    out: list[Finding] = []
    joined = _joined(region)
    for a, b in clause_spans(norm):
        clause = norm[a:b]
        source = _aligned_clause(clause, region, _ALIGNED, joined)
        out += _quantity_findings(clause, source, region)
        out += _relative_year_findings(clause, source)
        out += _direction_findings(clause, source, region)
        out += _quantifier_findings(clause, source)
        out += _modality_findings(clause, source)
        if len(squash(clause)) >= 2:
            # Aligned without its negations, which are what may differ (马拉松比赛没有因降雨延期).
            neg_source = _aligned_clause(_without_negations(clause), region, _NEGATION_ALIGNED, joined)
            said = squash(clause)
            note = _negation_differs(said, squash(neg_source.text), segmenter) if neg_source is not None else ""
            if note == "adds a negation" and neg_source is not None:
                carried = _carried_prohibition(neg_source, region)
                note = _negation_differs(said, squash(carried + neg_source.text), segmenter) if carried else note
            if note and _conditional(neg_source) and not squash(clause).startswith(_CONDITIONS):
                note = ""  # 如果没有资金支持 states a condition, which 项目得到了资金支持 does not deny
            if not note:  # a negated phrase of another clause, said without its negation (发生了人员伤亡)
                neg_source = _negated_elsewhere(clause, region, segmenter)
                note = "drops a negation" if neg_source is not None else ""
            if neg_source is not None and note:
                out.append(Finding("negation", squash(clause), squash(neg_source.text), neg_source.sentence, note=note))
    return out


# A clause that opens with one of these states a condition or asks: its negation is no fact (如果没有资金支持).
_CONDITIONS = ("如果", "假如", "倘若", "要是", "若", "一旦", "只要", "除非", "即使", "哪怕", "难道", "是否")
_NEGATED_PHRASE = 4  # the fewest characters a negated phrase needs to be recognised anywhere in the region


def _conditional(source: Clause | None) -> bool:
    """Whether a source clause states a condition or asks (`_CONDITIONS`)."""
    return source is not None and squash(source.text).startswith(_CONDITIONS)


def _negated_elsewhere(clause: str, region: list[Clause], segmenter: Segmenter | None = None) -> Clause | None:
    """A region clause that negates a phrase ``clause`` says (`_says`) without any negation or zero; or None.

    The clause the summary clause aligns with may be another one (``京港澳高速湖南段封闭期间发生了人员伤亡`` aligns
    with the closure, not with ``没有发生人员伤亡``). The source clause has one negation, followed by at least
    `_NEGATED_PHRASE` characters to its end, states no condition (`_CONDITIONS`) and denies no identity (不是, 并非:
    ``GMV不是北极星指标`` says nothing against ``称这个指标为北极星指标``); 了 is read as absent on both sides
    (发生了人员伤亡 says 发生人员伤亡). Or the source clause has one zero (`_zero_readings`) whose counted word
    ``clause`` says and no clause of the region says without a negation or zero (``全程实现零伤亡`` against
    ``赛事出现了人员伤亡``).

    Example:
        >>> region = source_clauses("道路已恢复通行，没有发生人员伤亡。", 0)
        >>> _negated_elsewhere("封闭期间发生了人员伤亡", region).text
        '没有发生人员伤亡'
        >>> _negated_elsewhere("封闭期间没有人员伤亡", region) is None
        True
    """
    plain = squash(clause).replace("了", "")
    if len(plain) < _NEGATED_PHRASE or _negations(plain) or _zero_readings(plain, segmenter):
        return None
    said = bigrams(plain)
    for source in region:
        text = squash(source.text)
        heads = [zero.head for zero in _zero_readings(text, segmenter)]
        if len(heads) == 1 and heads[0] in said and not _conditional(source):
            if any(heads[0] in rest for rest in _negated_rests(plain)):  # 一次射门都没有, 免征关税
                continue
            if not _said_plainly(heads[0], region, segmenter):  # 零伤亡 against 发生了人员伤亡
                return source
        if NEGATORS.isdisjoint(source.text):  # most clauses: no negator, nothing to read
            continue
        negations = _negations(text)
        if len(negations) != 1 or _conditional(source):
            continue
        word, after, _ = negations[0]
        if word.endswith("是") or after.startswith("是") or word.endswith("非"):
            continue  # GMV不是北极星指标 denies an identity, which 称这个指标为北极星指标 does not state
        phrase = text[text.find(word + after) + len(word) :].replace("了", "")
        if len(phrase) >= _NEGATED_PHRASE and _says(plain, phrase) and not _said_plainly(phrase, region, segmenter):
            return source
    return None


_SAYS_GAP = 2  # the most characters a clause may put inside a phrase and still say it (证明步行可以直接预防痴呆)


def _says(clause: str, phrase: str) -> bool:
    """Whether ``clause`` holds ``phrase``, its first two characters together and at most `_SAYS_GAP` more in between.

    Example:
        >>> _says("这项研究证明步行可以直接预防痴呆", "证明步行直接预防痴呆")
        True
        >>> _says("发现两种新记录的蕨类", "被记录的蕨类")
        False
    """
    if phrase in clause:
        return True
    start = clause.find(phrase[:2])
    while start >= 0:
        at, gaps = start + 2, 0
        for ch in phrase[2:]:
            found = clause.find(ch, at)
            if found < 0 or gaps + found - at > _SAYS_GAP:
                break
            gaps, at = gaps + found - at, found + 1
        else:
            return True
        start = clause.find(phrase[:2], start + 1)
    return False


def _said_plainly(phrase: str, region: list[Clause], segmenter: Segmenter | None = None) -> bool:
    """Whether a region clause without a negation or a zero says ``phrase`` (the source says it both ways)."""
    for clause in region:
        text = squash(clause.text).replace("了", "")
        if not _negations(text) and _says(text, phrase) and not _zero_readings(text, segmenter):
            return True
    return False


def find_names(segmenter: Segmenter, sentence: str, tagged: list[tuple[str, str]] | None = None) -> list[str]:
    """The names in a sentence: 《titles》, Latin-letter names, people (a common surname), organisations.

    ``tagged`` is the sentence's ``segmenter.tag`` of its NFKC form, when the caller has it already.
    """
    out: list[str] = [t for t in _TITLE_RE.findall(sentence) if t.strip()]  # 《书名》: publications, titles
    if tagged is None:
        tagged = segmenter.tag(unicodedata.normalize("NFKC", sentence))
    for word, tag in _join_person_parts(tagged):
        word = word.strip()
        if tag == "eng" or (word.isascii() and word.isalpha()):
            if len(word) >= 2 and word.isascii() and any(c.isalpha() for c in word) and word not in out:
                out.append(word)
        elif word not in out and (_looks_like_name(word, tag) or _foreign_word(word)):
            out.append(word)
    return out


def _foreign_word(word: str) -> bool:
    """A word in letters other than ASCII and Chinese characters (``Flügge``, ``Голубев``), as a Latin name is."""
    return (
        len(word) >= 2
        and not word.isascii()
        and any(c.isalpha() for c in word)
        and all(unicodedata.category(c)[0] in "LMN" and not unicodedata.name(c, "").startswith("CJK") for c in word)
    )


def _join_person_parts(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Adjacent person-name pieces joined: jieba cuts a name it does not know as 王明 / 辉, both ``nr``."""
    out: list[tuple[str, str]] = []
    for word, tag in tagged:
        if out and tag == "nr" == out[-1][1] and len(out[-1][0]) + len(word) <= 4 and len(word) == 1:
            out[-1] = (out[-1][0] + word, "nr")
        else:
            out.append((word, tag))
    return out


def _looks_like_name(word: str, tag: str) -> bool:
    """A person (nr: 2–4 characters starting with a common surname), organisation (nt) or foreign name."""
    if tag in ("nr", "nrfg"):
        return 2 <= len(word) <= 4 and (word[0] in SURNAMES or word[:2] in SURNAMES)
    if tag == "nrt":
        return len(word) >= 3
    return tag == "nt" and len(word) >= 2


def name_findings(
    segmenter: Segmenter, text: str, squashed_original: str, region: list[Clause]
) -> tuple[list[str], list[Finding]]:
    """The names of ``text``, and a finding for each one the original does not have.

    Where the source clause the name's clause comes from holds another name of the same shape in its place (a
    Latin-letter name, ``《title》``, or a person's name one character apart, ``张伟`` for ``王伟``), the finding
    quotes it: a contradiction. Otherwise the name is only missing from the original. A person the original
    does name can still stand in another's role (`role_findings`: ``赵敏夺得冠军`` against
    ``李娜夺得冠军，赵敏获得亚军``).
    """
    tagged = segmenter.tag(unicodedata.normalize("NFKC", text))
    names = find_names(segmenter, text, tagged)
    norm = normalize_for_match(text)
    findings = []
    for name in names:
        if squash(name) in squashed_original:
            findings += role_findings(name, norm, region, segmenter)
            continue
        key = normalize_for_match(name)
        clause = next((norm[a:b] for a, b in clause_spans(norm) if key in norm[a:b]), norm)
        source = _aligned_clause(clause, region, _ALIGNED)
        other = _name_in_place(key, clause, source.text, segmenter) if source is not None else ""
        if not other and (_person_like(key) or _foreign_word(key)):
            # a clause fusing several source clauses (校长李建国宣布学校将…, Köhler教授领衔的团队用…)
            source, other = _name_in_place_anywhere(key, clause, region, segmenter)
        if other and source is not None and other.lower() != other.upper():  # MRP, not the mrp matching reads
            written = re.search(re.escape(other), unicodedata.normalize("NFKC", source.written), re.IGNORECASE)
            other = written.group() if written else other
        findings.append(Finding("name", name, other, source.sentence if other and source is not None else -1))
    findings += swapped_roles([n for n in names if squash(n) in squashed_original], norm, region)
    return names, findings + _place_findings(segmenter, tagged, norm, squashed_original, region, names)


# Between two names, these make the second the doer (李强被张明击败) or join the two as equals (张明和李强会面).
_NOT_AN_ORDER = frozenset("被遭受由和与同跟及、或")


def swapped_roles(names: list[str], text: str, region: list[Clause]) -> list[Finding]:
    """Two names of the original that a clause puts in each other's places around the same words.

    ``李强击败了张明`` against ``张明击败了李强``: the words between the two (``击败了``) are the source's, with the
    names in the other order. A passive or a conjunction between them on either side (``被``, ``由``, ``和``, ``与``)
    says nothing: ``乙公司被甲公司收购`` says what ``甲公司收购了乙公司`` says.

    Example:
        >>> region = source_clauses("张明击败了李强，获得冠军。", 0)
        >>> [f.reason for f in swapped_roles(["李强", "张明"], "李强击败了张明，获得冠军。", region)]
        ['name: summary 李强, source 张明 (source sentence 0)']
    """
    # English words of a Latin-letter text (of, review) are no names: a name there is capitalised (MRP, Köhler)
    keys = {normalize_for_match(n): n for n in names if len(n) >= 2 and not (n.isascii() and n.islower())}
    out = []
    for a, b in clause_spans(text):
        clause = text[a:b]
        placed = sorted((clause.find(k), k) for k in keys if clause.count(k) == 1)  # a name said once
        source = _aligned_clause(clause, region, _ALIGNED) if len(placed) > 1 else None
        if source is None:
            continue
        for (i, first), (j, second) in itertools.combinations(placed, 2):
            between = clause[i + len(first) : j]
            if not between or _NOT_AN_ORDER & set(between):
                continue
            if source.text.count(second) != 1 or source.text.count(first) != 1:
                continue
            there, here = source.text.find(second), source.text.find(first)
            if there + len(second) > here:
                continue
            theirs = source.text[there + len(second) : here]
            if (
                not theirs
                or _NOT_AN_ORDER & set(theirs)
                or not (theirs == between or bigrams(theirs) & bigrams(between))
            ):
                continue
            mine_words, their_words = find_direction_words(between), find_direction_words(theirs)
            if any(w.word in opposites(o.word) for w in mine_words for o in their_words):
                continue  # the converse said the other way round: 宋佳输给了江涛 is 江涛击败了宋佳
            out.append(Finding("name", keys[first], second, source.sentence))
    return out


_PLACE_CHARS = 4  # 北京西站, not 阿坝藏族羌族自治州


def _place_findings(
    segmenter: Segmenter,
    tagged: list[tuple[str, str]],
    norm: str,
    squashed_original: str,
    region: list[Clause],
    names: list[str],
) -> list[Finding]:
    """A place of the summary that the original lacks, where the aligned source clause has another place.

    ``会议将在上海举行`` against ``会议将在北京举行``: the two places (jieba's ``ns``) stand between the same
    characters (`_same_place`). A place the original lacks with no other place in its stead says nothing: a summary
    may name the country of a city. Only names of two to four characters count, and two that begin alike are one
    place (``岫岩满族自治县`` and ``岫岩县``; ``阿坝藏族羌族自治州`` lies in ``四川``).
    """
    out = []
    for word, tag in tagged:
        if tag != "ns" or not 2 <= len(word) <= _PLACE_CHARS or word in names or squash(word) in squashed_original:
            continue
        clause = next((norm[a:b] for a, b in clause_spans(norm) if word in norm[a:b]), norm)
        source = _aligned_clause(clause, region, _ALIGNED)
        if source is None:
            continue
        others = [
            w
            for w, t in segmenter.tag(source.text)
            if t == "ns" and 2 <= len(w) <= _PLACE_CHARS and w not in clause and w[:2] != word[:2]
        ]
        other = next((w for w in others if _same_place(word, clause, w, source.text)), "")
        if other:
            out.append(Finding("name", word, other, source.sentence))
    return out


_ROLE_ALIGNED = 0.6  # the clause, its name left out, comes from a source clause holding this share of its bigrams


def role_findings(name: str, text: str, region: list[Clause], segmenter: Segmenter) -> list[Finding]:
    """A person of the original put in another person's role.

    The source clause that says the same as the name's clause (the name left out) has another person's name in
    its place, and not this one.

    Example:
        >>> region = source_clauses("决赛中李娜夺得冠军，赵敏获得亚军。", 0)
        >>> from textkit.segmentation import Segmenter
        >>> [f.reason for f in role_findings("赵敏", "决赛中赵敏夺得冠军", region, Segmenter())]
        ['name: summary 赵敏, source 李娜 (source sentence 0)']
    """
    key = normalize_for_match(name)
    if not _person_like_or_short(key):
        return []
    clause = next((text[a:b] for a, b in clause_spans(text) if key in text[a:b]), "")
    rest = clause.replace(key, "，")
    if len(squash(rest)) < 4:
        return []
    source = _aligned_clause(rest, region, _ROLE_ALIGNED)
    if source is None or key in source.text:
        return []
    at = clause.find(key)
    before, after = clause[max(0, at - 2) : at], clause[at + len(key) : at + len(key) + 2]
    people = {normalize_for_match(n) for n in find_names(segmenter, source.text)}
    for size in sorted({len(key), 2, 3}):
        for i in range(len(source.text) - size + 1):
            piece = source.text[i : i + size]
            if piece == key or piece not in people or not _person_like_or_short(piece) or piece in clause:
                continue
            same_before = len(before) == 2 and source.text[max(0, i - 2) : i] == before
            same_after = len(after) == 2 and source.text[i + size : i + size + 2] == after
            if same_after or (same_before and size == len(key)):
                return [Finding("name", name, piece, source.sentence)]
    return []


def _person_like_or_short(name: str) -> bool:
    """A person's name: `_person_like`, or two characters starting with a common surname (李娜)."""
    return _person_like(name) or (len(name) == 2 and name[0] in SURNAMES)


def _person_like(name: str) -> bool:
    """A name of three or four characters starting with a common surname (王建国, 欧阳明), not a term (蓝光)."""
    return 3 <= len(name) <= 4 and not name.isascii() and (name[0] in SURNAMES or name[:2] in SURNAMES)


def _name_in_place_anywhere(
    name: str, clause: str, region: list[Clause], segmenter: Segmenter
) -> tuple[Clause | None, str]:
    """The first region clause, and the name in it, that has another name in this one's place.

    Region clauses are tried from the one sharing most bigrams with ``clause``; the other name must have the same
    two characters on one side (`_same_place`).
    """
    grams = bigrams(clause)
    for candidate in sorted(region, key=lambda c: -len(grams & c.grams)):
        if not grams & candidate.grams:
            break
        other = _name_in_place(name, clause, candidate.text, segmenter)
        if other and _same_place(name, clause, normalize_for_match(other), candidate.text):
            return candidate, other
    return None, ""


_LATIN_LETTER = "a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # ASCII and accented Latin (José), no × or ÷
_LATIN_NAME_RE = lazy_compile(f"[{_LATIN_LETTER}][{_LATIN_LETTER}0-9\\-]+")


def _same_place(name: str, clause: str, other: str, source: str) -> bool:
    """Whether ``other`` stands in ``source`` where ``name`` stands in ``clause``.

    That is, with the same two characters before or after it.
    """
    at, there = clause.find(name), source.find(other)
    before, after = clause[max(0, at - 2) : at], clause[at + len(name) : at + len(name) + 2]
    return (len(before) == 2 and source[max(0, there - 2) : there] == before) or (
        len(after) == 2 and source[there + len(other) : there + len(other) + 2] == after
    )


def _name_in_place(name: str, clause: str, source: str, segmenter: Segmenter) -> str:
    """A name of the same shape as ``name`` that the source clause has, in the same place, and the summary not."""
    if name.isascii():
        at = clause.find(name)
        before, after = clause[max(0, at - 2) : at], clause[at + len(name) : at + len(name) + 2]
        for match in _LATIN_NAME_RE.finditer(source):
            other = match.group()
            if other in clause or len(other) < 2:
                continue
            # In the same place: the same two characters on at least one side.
            if (len(before) == 2 and source[match.start() - 2 : match.start()] == before) or (
                len(after) == 2 and source[match.end() : match.end() + 2] == after
            ):
                return other
        return ""
    titles: list[str] = [t for t in _TITLE_RE.findall(source) if t not in clause]
    if titles and f"《{name}》" in clause:
        return titles[0]
    n = len(name)
    person = name[0] in SURNAMES or name[:2] in SURNAMES
    for i in range(len(source) - n + 1):
        piece = source[i : i + n]
        if piece != name and sum(a != b for a, b in zip(piece, name, strict=True)) == 1 and piece not in clause:
            if person and not (piece[0] in SURNAMES or piece[:2] in SURNAMES):
                continue  # 于小波 (基于小波变换) is no person where the source has 行小波 (进行小波变换)
            return piece
    # Another person's name where the summary puts this one (副馆长王丽介绍 against 馆长刘建平介绍): a name
    # jieba may not know, so read it off between the same neighbouring characters.
    if name[0] in SURNAMES or name[:2] in SURNAMES:
        at = clause.find(name)
        before, after = clause[max(0, at - 2) : at], clause[at + len(name) : at + len(name) + 2]
        for size in (len(name), 2, 3, 4):
            for m in re.finditer(re.escape(before), source) if len(before) == 2 else ():
                piece = source[m.end() : m.end() + size]
                if (
                    len(piece) == size
                    and piece != name
                    and (piece[0] in SURNAMES or piece[:2] in SURNAMES)
                    and piece not in clause
                    and (not after or source[m.end() + size : m.end() + size + 2] == after)
                ):
                    return piece
    for other in find_names(segmenter, source):
        key = normalize_for_match(other)
        if not key.isascii() and key not in clause and _same_place(name, clause, key, source):
            return other
    return ""
