"""Hedges and assertions: the words, the exceptions, and the reader of a text."""

import pytest

from textkit.lang_zh import ASSERTIONS, HEDGES, NOT_MODAL, ModalWord, find_modal_words


def test_the_lists_do_not_overlap_and_each_exception_hides_a_word() -> None:
    assert not set(HEDGES) & set(ASSERTIONS)
    assert not set(NOT_MODAL) & (set(HEDGES) | set(ASSERTIONS))
    for word in NOT_MODAL:
        assert any(w in word for w in (*HEDGES, *ASSERTIONS)), word
        assert find_modal_words(word) == [], word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工程预计明年启动", [("预计", True)]),
        ("公司拟于下月上市", [("拟", True)]),
        ("会议将于周五举行", [("将于", True)]),
        ("将其数据导入", []),  # bare 将 is the object marker as often as the future: not read
        ("一期已经完工，专家证实有效", [("已经", False), ("证实", False)]),
        ("已於去年完工", [("已", False)]),  # traditional characters
        ("按计划推进，存在可能性，仅此而已", []),
        ("模拟结果和已知条件", []),
    ],
)
def test_find_modal_words(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(m.word, m.hedge) for m in find_modal_words(text)] == expected


def test_a_modal_word_is_a_named_tuple_with_its_span() -> None:
    assert find_modal_words("项目有望年底完工") == [ModalWord("有望", True, 2, 4)]
    assert find_modal_words("") == []
