"""Quantifiers of a group: the words, their shares, the exceptions, and the reader of a text."""

import pytest

from textkit.lang_zh import NOT_QUANTIFIERS, QUANTIFIER_SHARES, QUANTIFIER_WORDS, QuantifierWord, find_quantifiers


def test_every_word_says_a_known_share_and_no_exception_is_a_quantifier() -> None:
    assert set(QUANTIFIER_WORDS.values()) == set(QUANTIFIER_SHARES)
    assert not set(NOT_QUANTIFIERS) & set(QUANTIFIER_WORDS)
    # each exception holds a quantifier, which it hides
    assert all(any(q in word for q in QUANTIFIER_WORDS) for word in NOT_QUANTIFIERS)
    for word in NOT_QUANTIFIERS:
        assert find_quantifiers(word) == [], word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("部分读者", [("部分", "some")]),
        ("一部分读者和大部分作者", [("一部分", "some"), ("大部分", "most")]),  # the longest word is read
        ("绝大多数企业", [("绝大多数", "most")]),
        ("所有門店", [("所有", "all")]),  # traditional characters
        ("所有权和所有制", []),
        ("少数民族学生", []),
        ("第一部分、这部分和两部分", []),  # 部分 after an ordinal, a demonstrative or a numeral is a part
        ("有些贵", []),  # 有些 is "somewhat" as often as "some": not read
    ],
)
def test_find_quantifiers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.word, q.share) for q in find_quantifiers(text)] == expected


def test_a_quantifier_is_a_named_tuple_with_its_span() -> None:
    assert find_quantifiers("其中少数门店") == [QuantifierWord("少数", "some", 2, 4)]
    assert find_quantifiers("") == []
