"""Chinese degree adverbs and how much each strengthens (> 1) or weakens (< 1) the word it modifies.

Read by the lexicon sentiment model (``非常满意`` is more positive than ``满意``, ``有点失望`` less negative than
``失望``). The multipliers were written for textkit (MIT).
"""

from __future__ import annotations

__all__ = ["DEGREE_ADVERBS"]

#: Degree adverb -> multiplier of the next sentiment word in the same clause.
DEGREE_ADVERBS: dict[str, float] = {
    "极其": 2.0, "极为": 2.0, "极度": 2.0, "极": 2.0, "最": 2.0, "最为": 2.0,
    "超级": 1.8, "非常": 1.8, "十分": 1.8, "特别": 1.8, "太": 1.8, "超": 1.8, "巨": 1.8,
    "格外": 1.7, "分外": 1.7, "特": 1.6, "贼": 1.6, "相当": 1.6, "简直": 1.6,
    "尤其": 1.5, "真是": 1.5, "实在": 1.5, "很": 1.5,
    "真的": 1.4, "真": 1.4, "颇": 1.4, "颇为": 1.4, "好生": 1.4, "越来越": 1.4, "更加": 1.4, "愈加": 1.4,
    "挺": 1.3, "蛮": 1.3, "更": 1.3,
    "比较": 1.1, "较为": 1.1, "较": 1.1,
    "还": 0.9, "还算": 0.8,
    "有点": 0.6, "有点儿": 0.6, "有些": 0.6, "一点": 0.6, "稍微": 0.6, "稍": 0.6, "略微": 0.6, "略": 0.6,
}  # fmt: skip
