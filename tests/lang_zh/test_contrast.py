from __future__ import annotations

import pytest

from textkit.lang_zh import CONCESSIVE_OPENERS, CONTRAST_MARKERS, concession_weights


def conceded(text: str) -> str:
    return "".join("c" if w < 1 else "." for w in concession_weights(text, 0.1))


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("虽然质量不错，但是太贵了", "ccccccc....."),  # the 虽然 clause and everything before 但是
        ("服务很好，就是价格太贵", "ccccc......"),
        ("味道不错，可惜太咸", "ccccc...."),
        ("好吃是好吃，但太贵了", "cccccc...."),
        ("质量很好，尽管有点贵", ".....ccccc"),  # a concessive clause after the verdict
        ("不但便宜，而且好用", "........."),  # 但 inside 不但: no clause start
        ("这就是我想要的", "......."),  # 就是 in mid-clause
        ("很好。但是很贵", "......."),  # 。 ends the sentence: 但是 concedes nothing in the one before
    ],
)
def test_concession_weights(text: str, marks: str) -> None:
    assert conceded(text) == marks


def test_a_contrast_reaches_back_to_the_sentence_start_only() -> None:
    text = "房间干净，早餐丰富，但是隔音差。前台热情"
    assert conceded(text) == "c" * 10 + "." * 10


def test_weights_and_vocabulary() -> None:
    assert concession_weights("", 0.1) == []
    assert concession_weights("虽然贵，但好", 0.3) == [0.3, 0.3, 0.3, 0.3, 1.0, 1.0]
    assert "但是" in CONTRAST_MARKERS and "虽然" in CONCESSIVE_OPENERS
