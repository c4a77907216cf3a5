from __future__ import annotations

import pytest

from textkit.lang_zh import CONCESSION_FLAGS, CONCESSIVE_OPENERS, CONTRAST_MARKERS, concession_weights, may_concede


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
        ("外观确实好看。但是太吵", "ccccccc...."),  # ... unless that sentence flags itself as a concession
        ("这两点没得说。可惜不耐用", "ccccccc....."),
        ("价格确实贵。好在服务好", "cccccc....."),  # a saving turn too
        ("總體確實不錯。但是貴", ".........."),  # a summing-up sentence is the verdict: not conceded
        ("确实好看。还好", "......."),  # a marker that is the next sentence's whole clause is its verdict
        ("确实好看。但是", "......."),
        ("確實好看。不過太吵", "ccccc...."),
        ("吵了点，还好睡得着", "cccc....."),  # a saving clause turns the sentence
        ("一般吧，还好", "......"),  # ... but 还好 alone at the end is the verdict itself
        ("價格是便宜，不過品質很差", "cccccc......"),  # traditional script
        ("雖然貴，但好", "cccc.."),
        ("价格不低，设施却很旧", "ccccc....."),  # 却 turns the sentence from inside its clause
        ("冷却系统不错，声音小", ".........."),  # ... but 冷却 is no turn
        ("包装倒是丑，东西好", "ccccc...."),  # 倒是 concedes its clause when another follows
        ("延迟几秒，倒是不影响，讲得好", "ccccc........."),  # ... turns opening a later clause
        ("没赠品，东西倒是好", "........."),  # ... but inside the last clause turns nothing
        ("送错了地址，骑手还凶我，饭倒是没洒", "................."),  # a small plus at the end is no verdict
        ("暖和是暖和，雪景太丑了", "ccccc......"),  # X是X concedes its clause
        ("好就是好", "...."),  # ... but not the sentence's last
        ("总体还不错，就是贵了点", "..........."),  # a summing-up clause is the overall verdict: nothing concedes it
        ("房间小，总的来说还行，但是吵", "cccc.........."),  # ... the clauses around it are conceded as before
        ("整體不錯，不過貴", "........"),
        ("地段没得说，可窗户对着马路", "cccccc......."),  # a clause-initial 可 is "but" ...
        ("味道不错，可以再来", "........."),  # ... not in 可以, 可能, 可爱
        ("很好，可真贵", "......"),  # ... nor the emphatic 可真, 可太
        ("电视画质清晰，问题是系统太卡", "ccccccc......."),  # 问题是 turns the sentence
        ("位置很好，但凡有空就来", "..........."),  # 但凡 is no 但
        ("照片拍得很美，实际窗外对着墙", "ccccccc......."),  # 实际 turns from how it looked to what it was ...
        ("送得快，图片上满满一碗，实物半碗", "....cccccccc...."),  # ... and concedes only the clause before it
        ("但是份量差太多，照片上滿滿一盤，實際上只有半碗", "........cccccccc......."),  # the turn before stays
        ("看评论说很差，实际上还不错", "ccccccc......"),  # both ways: the reality is the verdict
        ("实际效果很好", "......"),  # ... and opening the sentence it turns nothing
        ("好。，实物好，图片差，实际差", ".......cccc..."),  # a sentence's first clause has no look before it
    ],
)
def test_concession_weights(text: str, marks: str) -> None:
    assert conceded(text) == marks


def test_a_contrast_reaches_back_to_the_sentence_start_only() -> None:
    text = "房间干净，早餐丰富，但是隔音差。前台热情"
    assert conceded(text) == "c" * 10 + "." * 10


def test_a_flagged_concession_is_conceded_only_before_a_turning_sentence() -> None:
    assert conceded("物流确实很快。东西也不错") == "." * 12  # no turn
    assert conceded("物流确实很快。东西但是不错") == "." * 13  # 但是 in mid-clause turns nothing
    assert conceded("好。物流确实快。但是坏了") == ".." + "c" * 6 + "...."  # only the flagged sentence before the turn
    assert conceded("物流确实快。\n但是坏了") == "c" * 7 + "...."  # a line break ends a sentence too


def test_weights_and_vocabulary() -> None:
    assert concession_weights("", 0.1) == []
    assert concession_weights("虽然贵，但好", 0.3) == [0.3, 0.3, 0.3, 0.3, 1.0, 1.0]
    assert "但是" in CONTRAST_MARKERS and "虽然" in CONCESSIVE_OPENERS and "没得说" in CONCESSION_FLAGS


@pytest.mark.parametrize(
    "text", ["虽然贵，但好", "好吃是好吃，但贵", "设施却旧", "东西倒是好", "好在便宜", "质量不错", "冷却很快", ""]
)
def test_may_concede_is_true_whenever_something_is_conceded(text: str) -> None:
    if "c" in conceded(text) or "c" in conceded("前面，" + text):
        assert may_concede(text)


def test_may_concede_is_false_without_any_contrast_word() -> None:
    assert not may_concede("质量不错，价格便宜") and may_concede("质量不错，可惜贵")


def test_one_long_line_of_turns() -> None:
    # Each turn concedes everything before its clause: on one line of 5,000 turns only the last (`但是差，`) is kept.
    text = "好，但是差，" * 5000
    marks = conceded(text)
    assert marks == "c" * (len(text) - 4) + "...."
