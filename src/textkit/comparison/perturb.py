"""Claims that a source does not support, made from its own sentences by changing one fact (FactCC-style).

Kryściński et al. (2020, "Evaluating the Factual Consistency of Abstractive Text Summarization") trained a
checker on source sentences with one fact changed. textkit uses the same idea to train and test its support
model (``scripts/train_support.py``, ``benchmarks/faithfulness.py``), and you can use it to test a checker of
your own: each `perturb` call changes exactly one thing and says what.

- ``number``: one quantity takes another value (``三万册`` → ``五万册``, ``30%`` → ``60%``);
- ``date``: a year moves by one to three years (``2019年`` → ``2021年``);
- ``direction``: a direction word becomes its opposite (``提高`` → ``降低``);
- ``negation``: a negation is added (``是`` → ``不是``, ``有`` → ``没有``) or removed (``未发现`` → ``已发现``);
- ``name``: a Latin-letter name or a person's surname is replaced (``MRP`` → ``SOS``, ``张伟`` → ``王伟``);
- ``splice``: a clause of another text is joined on at a comma;
- ``quantifier``: a quantifier of a group says another share (``部分`` → ``所有``, ``大多数`` → ``少数``);
- ``modality``: a plan or possibility is stated as done, or the reverse (``预计`` → ``已经``, ``已`` → ``预计``).
"""

from __future__ import annotations

import random
import re
from typing import NamedTuple

from .._regex import lazy_compile
from ..errors import check_choice, check_int, check_text
from ..lang_zh import (
    NEGATION_WORDS,
    NOT_NEGATIONS,
    SURNAMES,
    find_direction_words,
    find_modal_words,
    find_quantifiers,
    find_quantities,
    opposites,
)
from ..segmentation import segmenter_for

__all__ = ["PERTURBATIONS", "Perturbed", "perturb"]

#: The kinds of change `perturb` makes.
PERTURBATIONS = ("number", "date", "direction", "negation", "name", "splice", "quantifier", "modality")

# Predicates a negation can be put in front of, and how (longest first).
_NEGATE = (
    ("可以", "不可以"),
    ("能够", "不能够"),
    ("应该", "不应该"),
    ("需要", "不需要"),
    ("具有", "不具有"),
    ("存在", "不存在"),
    ("影响", "不影响"),
    ("显著", "不显著"),
    ("明显", "不明显"),
    ("同意", "不同意"),
    ("支持", "不支持"),
    ("适合", "不适合"),
    ("属于", "不属于"),
    ("包括", "不包括"),
    ("符合", "不符合"),
    ("有效", "无效"),
    ("是", "不是"),
    ("有", "没有"),
    ("能", "不能"),
    ("会", "不会"),
)
_NEGATED = dict(_NEGATE)
# Removing a negation: the negation word, and what it becomes.
_UNNEGATE = {"没有": "有", "未": "已", "不": "", "无": "有", "并非": "是", "不是": "是", "不能": "能", "不会": "会"}
_LATIN_RE = lazy_compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z\-]{1,14}(?![A-Za-z])")
_CN_DIGITS = "二三四五六七八九"
_CN_VALUES = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DONOR_CLAUSE_RE = lazy_compile(r"[^，,；;。！？!?]{6,40}")


class Perturbed(NamedTuple):
    """A changed sentence and what was changed.

    Attributes:
        text: The sentence with one fact changed.
        kind: One of `PERTURBATIONS`.
        before: The span of the original sentence that was changed (``""`` for a splice).
        after: What it became.
    """

    text: str
    kind: str
    before: str
    after: str


def _replace(text: str, start: int, end: int, new: str, kind: str) -> Perturbed:
    return Perturbed(text[:start] + new + text[end:], kind, text[start:end], new)


def _other_number(raw: str, rng: random.Random) -> str:
    """A different number written the same way (digits or one Chinese numeral character changed)."""
    if raw and raw[0] in "零〇一二两三四五六七八九十百千万亿":
        for i, ch in enumerate(raw):
            if ch in _CN_VALUES:
                choices = [d for d in _CN_DIGITS if _CN_VALUES[d] != _CN_VALUES[ch]]
                return raw[:i] + rng.choice(choices) + raw[i + 1 :]
        return "三" + raw
    digits = [i for i, ch in enumerate(raw) if ch.isdigit()]
    i = digits[0]
    old = raw[i]
    choices = [d for d in "123456789" if d != old] if i == 0 else [d for d in "0123456789" if d != old]
    return raw[:i] + rng.choice(choices) + raw[i + 1 :]


def _number(text: str, rng: random.Random) -> Perturbed | None:
    found = [
        q for q in find_quantities(text) if not (q.unit == "年" and q.value >= 1000) and not q.unit.startswith("第")
    ]
    if not found:
        return None
    q = rng.choice(found)
    match = re.search(r"[\d.,]+|[零〇一二两三四五六七八九十百千万亿]+", q.text)
    if match is None:
        return None
    new = _other_number(match.group(), rng)
    return _replace(text, q.start + match.start(), q.start + match.end(), new, "number")


def _date(text: str, rng: random.Random) -> Perturbed | None:
    years = [m for m in re.finditer(r"(?<!\d)(19|20)\d{2}(?=\s*年)", text)]
    if not years:
        return None
    m = rng.choice(years)
    new = str(int(m.group()) + rng.choice((-3, -2, -1, 1, 2, 3)))
    return _replace(text, m.start(), m.end(), new, "date")


def _direction(text: str, rng: random.Random) -> Perturbed | None:
    words = [w for w in find_direction_words(text) if opposites(w.word)]
    if not words:
        return None
    w = rng.choice(words)
    return _replace(text, w.start, w.end, rng.choice(sorted(opposites(w.word))), "direction")


def _negation_sites(text: str) -> list[tuple[int, int, str]]:
    """Places where a negation can be removed (start, end, replacement) or added."""
    sites: list[tuple[int, int, str]] = []
    i = 0
    while i < len(text):
        skip = next((w for w in NOT_NEGATIONS if text.startswith(w, i)), None)
        if skip:
            i += len(skip)
            continue
        word = next((w for w in sorted(_UNNEGATE, key=len, reverse=True) if text.startswith(w, i)), None)
        if word is not None and word in NEGATION_WORDS | {"不是", "不能", "不会"}:
            sites.append((i, i + len(word), _UNNEGATE[word]))
            i += len(word)
            continue
        i += 1
    taken = [(a, b) for a, b, _ in sites]
    for token in segmenter_for().spans(text):  # whole words only: 能 but not 性能, 是 but not 但是
        if token.word not in _NEGATED:
            continue
        before = text[max(0, token.start - 1) : token.start]
        if before and before in "不没未无非别莫勿还也都":
            continue
        if any(a <= token.start < b for a, b in taken):
            continue
        sites.append((token.start, token.end, _NEGATED[token.word]))
    return sites


def _negation(text: str, rng: random.Random) -> Perturbed | None:
    sites = _negation_sites(text)
    if not sites:
        return None
    start, end, new = rng.choice(sorted(sites))
    return _replace(text, start, end, new, "negation")


def _name(text: str, rng: random.Random, donor: str) -> Perturbed | None:
    latin = [m for m in _LATIN_RE.finditer(text) if len(m.group()) >= 2]
    if latin:
        m = rng.choice(latin)
        pool = sorted({d for d in _LATIN_RE.findall(donor) if d.lower() != m.group().lower() and len(d) >= 2})
        new = rng.choice(pool) if pool else m.group()[::-1].upper() if m.group()[::-1].upper() != m.group() else "XQZ"
        return _replace(text, m.start(), m.end(), new, "name")
    people = [m for m in re.finditer(r"[\u4e00-\u9fff]{2,3}", text) if m.group()[0] in SURNAMES]
    for m in people:
        if re.search(
            r"(?:教授|博士|先生|女士|院士|总裁|记者|主任|研究员|指出|表示|认为|说)", text[m.end() : m.end() + 4]
        ):
            surname = m.group()[0]
            new = rng.choice(sorted(s for s in SURNAMES if len(s) == 1 and s != surname))
            return _replace(text, m.start(), m.start() + 1, new, "name")
    return None


def _splice(text: str, rng: random.Random, donor: str) -> Perturbed | None:
    clauses = _DONOR_CLAUSE_RE.findall(donor)
    if not clauses:
        return None
    clause = rng.choice(clauses).strip()
    body = text.rstrip("。！？!?.；; ")
    end = text[len(body) :] or "。"
    return Perturbed(f"{body}，{clause}{end}", "splice", "", clause)


# What a quantifier of each share becomes.
_OTHER_SHARE = {"some": ("所有", "大多数"), "most": ("少数", "所有"), "all": ("部分", "少数")}


def _quantifier(text: str, rng: random.Random) -> Perturbed | None:
    found = find_quantifiers(text)
    if not found:
        return None
    q = rng.choice(found)
    return _replace(text, q.start, q.end, rng.choice(_OTHER_SHARE[q.share]), "quantifier")


def _modality(text: str, rng: random.Random) -> Perturbed | None:
    found = find_modal_words(text)
    if not found:
        return None
    m = rng.choice(found)
    if m.hedge:  # 拟于 → 已于, 将在 → 已在, 预计 → 已经
        new = "已" + m.word[-1] if m.word[-1] in "于在" else "已经"
    else:  # 证实 → 可能, 已经 → 预计
        new = "可能" if m.word in ("证实", "证明", "确认") else "预计"
    return _replace(text, m.start, m.end, new, "modality")


def perturb(sentence: str, kind: str, *, seed: int = 0, donor: str = "") -> Perturbed | None:
    """Change one fact of ``sentence`` (a number, date, direction, negation, name, quantifier or modality), or splice.

    Args:
        sentence: A sentence of a source text.
        kind: One of `PERTURBATIONS`.
        seed: Chooses among the possible changes (the same seed gives the same change).
        donor: Another text: where ``"splice"`` takes its clause and ``"name"`` a new Latin-letter name.

    Returns:
        The changed sentence, or None when ``sentence`` holds nothing of that kind to change.

    Raises:
        TextkitError: An argument is not allowed.

    Example:
        >>> perturb("今年销量提高了三成。", "direction").text
        '今年销量下降了三成。'
        >>> perturb("2019年公司上市。", "date", seed=1).text
        '2020年公司上市。'
    """
    check_text(sentence, "sentence")
    check_choice("kind", kind, PERTURBATIONS)
    check_int("seed", seed)
    check_text(donor, "donor")
    rng = random.Random(f"{kind}:{seed}:{sentence}")
    if kind == "number":
        return _number(sentence, rng)
    if kind == "date":
        return _date(sentence, rng)
    if kind == "direction":
        return _direction(sentence, rng)
    if kind == "negation":
        return _negation(sentence, rng)
    if kind == "name":
        return _name(sentence, rng, donor)
    if kind == "quantifier":
        return _quantifier(sentence, rng)
    if kind == "modality":
        return _modality(sentence, rng)
    return _splice(sentence, rng, donor)
