import pytest

from textkit import keywords, tokenize
from textkit.keyterms import discover_words
from textkit.lang_zh import ENGLISH_FUNCTION_WORDS, load_stopwords
from textkit.segmentation import Segmenter, resolve_stopwords


def test_default_is_chinese_and_english_function_words() -> None:
    stop = load_stopwords()
    assert {"的", "我们", "非常", "the", "of"} <= stop
    assert stop >= ENGLISH_FUNCTION_WORDS
    assert "电商" not in stop and "GMV" not in stop


def test_default_holds_traditional_spellings() -> None:
    stop = load_stopwords()
    assert {"我們", "這個", "一個", "什麼", "什麽", "沒有", "因為"} <= stop
    assert "電商" not in stop
    text = "我們這個平台的用戶體驗，什麼都要好。我們的電商業務，因為用戶體驗而增長。"
    assert not set(keywords(text * 3, top_n=10)["word"]) & stop
    assert "我們" not in tokenize(text, stopwords="default")


def test_one_meaning_of_default_everywhere() -> None:
    text = "the GMV of 抖音电商 我们非常关注"
    assert resolve_stopwords("default") == load_stopwords()
    assert Segmenter(stopwords="default").stopwords == load_stopwords()
    words = tokenize(text, stopwords="default")
    assert "the" not in words and "of" not in words and "我们" not in words and "GMV" in words
    assert not set(keywords(text * 3, top_n=20)["word"]) & load_stopwords()
    assert "the" not in set(discover_words("the GMV " * 5 + "抖音电商很好" * 5, min_count=2, min_cohesion=0.0)["word"])


@pytest.mark.parametrize(("stopwords", "extra"), [("默认", ()), (42, ()), (None, None), (None, "的")])
def test_bad_stopword_options_are_named(stopwords: object, extra: object) -> None:
    from textkit import TextkitError

    with pytest.raises(TextkitError, match="stopwords"):
        resolve_stopwords(stopwords, extra)  # type: ignore[arg-type]
