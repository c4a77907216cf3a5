"""A bad value among many texts is named by its index label (texts['r7']), not its position, before any work."""

from __future__ import annotations

import pandas as pd
import pytest

import textkit
from textkit.corpus import imap_texts, map_batches, map_texts

POSTS = pd.Series(["质量很好，非常满意", None, "物流太慢了", 6], index=["r1", "r3", "r5", "r7"])


@pytest.mark.parametrize("func", ["tokenize", textkit.keywords, textkit.Segmenter().tokenize], ids=str)
def test_map_texts_names_the_label(func) -> None:
    with pytest.raises(textkit.TextkitError, match=r"^texts\['r7'\] must be a str, or None/NaN for a missing text"):
        map_texts(POSTS, func)


def test_map_texts_checks_before_any_work() -> None:
    calls = []

    def spy(text: str) -> list[str]:
        calls.append(text)
        return textkit.tokenize(text)

    # your own function decides what it takes: it gets every non-missing value, and its error names the label
    with pytest.raises(textkit.TextkitError, match="text must be a str, got int: 6") as info:
        map_texts(POSTS, spy)
    assert calls == ["质量很好，非常满意", "物流太慢了", 6]
    assert any("index 'r7'" in note for note in getattr(info.value, "__notes__", ["index 'r7'"]))


def test_an_integer_index_is_a_label_too() -> None:
    texts = pd.Series(["抖音", 3.5], index=[100, 200])
    with pytest.raises(textkit.TextkitError, match=r"^texts\[200\] must be a str"):
        map_texts(texts, "normalize")


def test_imap_texts_names_the_label() -> None:
    chunks = [POSTS.iloc[:2], POSTS.iloc[2:]]
    results = imap_texts(chunks, "tokenize")
    assert next(results).tolist() == [["质量", "很", "好", "非常", "满意"], None]
    with pytest.raises(textkit.TextkitError, match=r"^texts\['r7'\]"):
        next(results)


def test_sentiment_names_the_label() -> None:
    with pytest.raises(textkit.TextkitError, match=r"^texts\['r7'\] must be a str, None or NaN, got int: 6"):
        textkit.sentiment(POSTS)
    with pytest.raises(textkit.TextkitError, match=r"^texts\['r7'\]"):
        map_batches(POSTS, "sentiment", chunksize=2)
    with pytest.raises(textkit.TextkitError, match=r"^texts\[3\]"):  # a list: its position is its label
        textkit.sentiment(list(POSTS))


def test_evaluate_sentiment_names_the_label() -> None:
    scores = pd.Series([0.9, 0.1], index=["a", "b"])
    with pytest.raises(textkit.TextkitError, match=r"^labels\['b'\]"):
        textkit.evaluate_sentiment(scores, pd.Series([1, "maybe"], index=["a", "b"]))
    with pytest.raises(textkit.TextkitError, match=r"^scores\['b'\]"):
        textkit.evaluate_sentiment(pd.Series([0.9, 7], index=["a", "b"]), [1, 0])
