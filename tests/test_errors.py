"""Messages for many texts given to a one-text function: short, with the type and length, pointing to map_texts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import textkit
from textkit.errors import short_repr

POSTS = pd.Series(["抖音电商的增量价值" * 50, "北极星指标", None], index=["r1", "r7", "r9"], name="review")


@pytest.mark.parametrize("name", ["tokenize", "keywords", "normalize", "split_sentences", "extract_article", "clean"])
def test_a_series_points_to_map_texts_without_dumping_it(name: str) -> None:
    with pytest.raises(textkit.TextkitError) as info:
        getattr(textkit, name)(POSTS)
    message = str(info.value)
    assert message == (
        "text must be one str, got a pandas Series of 3 texts; "
        f'for each text of a Series use textkit.corpus.map_texts(texts, "{name}")'
    )
    assert "抖音" not in message and "\n" not in message


def test_the_advice_works() -> None:
    from textkit.corpus import map_texts

    assert map_texts(POSTS, "tokenize").tolist()[1:] == [["北极星", "指标"], None]


def test_tokenize_with_a_segmenter_names_tokenize_too() -> None:
    with pytest.raises(textkit.TextkitError, match=r'map_texts\(texts, "tokenize"\)'):
        textkit.tokenize(POSTS, segmenter=textkit.Segmenter())


def test_a_method_is_named_as_a_method() -> None:
    with pytest.raises(textkit.TextkitError, match=r"map_texts\(texts, your_segmenter\.tokenize\)"):
        textkit.Segmenter().tokenize(POSTS)


@pytest.mark.parametrize(
    ("value", "described"),
    [
        (["抖音", "电商"], "a list of 2 texts"),
        (("抖音",), "a tuple of 1 text"),
        (np.array(["抖音", "电商", "直播"]), "a numpy ndarray of 3 texts"),
        (POSTS.to_frame(), "a pandas DataFrame of 3 rows"),
    ],
)
def test_other_containers(value: object, described: str) -> None:
    with pytest.raises(textkit.TextkitError, match=f"^text must be one str, got {described};"):
        textkit.tokenize(value)  # type: ignore[arg-type]


def test_two_text_functions() -> None:
    with pytest.raises(textkit.TextkitError, match=r"for many pairs use textkit\.compare_pairs\(summaries, sources\)"):
        textkit.compare(POSTS, "原文")
    with pytest.raises(textkit.TextkitError, match=r"^candidate must be one str, got a pandas Series of 3 texts; call"):
        textkit.rouge(POSTS, "原文")


def test_a_single_wrong_value_keeps_the_usual_message() -> None:
    with pytest.raises(textkit.TextkitError, match=r"^text must be a str, got int: 42$"):
        textkit.tokenize(42)  # type: ignore[arg-type]


def test_short_repr_is_one_line() -> None:
    assert short_repr(POSTS.to_frame(), limit=200).count("\n") == 0
    assert short_repr("抖音  电商") == "'抖音  电商'"  # a str's own spaces are kept
