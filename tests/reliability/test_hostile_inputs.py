"""Hostile inputs from issue 17 get a defined result or a `TextkitError` naming what is wrong, never silence."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

import textkit
from textkit.corpus import iter_texts, map_texts


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_read_text_stops_at_max_bytes_whatever_size_the_file_reports() -> None:
    # /dev/zero reports a size of 0 and never ends: the read stops one byte past the limit.
    with pytest.raises(textkit.TextkitError, match="more than max_bytes=10"):
        textkit.read_text("/dev/zero", max_bytes=10)


@pytest.mark.parametrize(("path", "message"), [("", "is empty"), ("a\x00b", "without NUL")])
def test_read_text_names_a_path_that_cannot_be_one(path: str, message: str) -> None:
    with pytest.raises(textkit.TextkitError, match=message):
        textkit.read_text(path)


def test_an_emoji_line_is_a_sentence_not_dropped() -> None:
    assert textkit.split_sentences("质量一般。\n👍👍👍") == ["质量一般。", "👍👍👍"]
    assert textkit.split_sentences("好评👍🏻！") == ["好评👍🏻！"]
    assert textkit.split_sentences("！！\n……") == []  # a line of bare punctuation alone is no sentence
    doc = textkit.document_sentiment("质量一般。\n👍👍👍")
    assert doc.n_sentences == 2 and doc.mean == doc.mean  # not NaN


def test_map_texts_refuses_a_dict_rather_than_reading_its_keys() -> None:
    with pytest.raises(textkit.TextkitError, match=r"pd\.Series"):
        map_texts({"a": "抖音电商"}, "tokenize")


@pytest.mark.parametrize("option", ["width", "spaces", "control", "simplified"])
def test_normalize_refuses_a_flag_that_is_not_a_bool(option: str) -> None:
    with pytest.raises(textkit.TextkitError, match=option):
        textkit.normalize("抖音", **{option: "yes"})


def test_an_empty_main_dictionary_is_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.dict"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(textkit.TextkitError, match="holds no word"):
        textkit.Segmenter(dictionary=str(empty)).tokenize("抖音电商")


def test_an_unreadable_folder_is_an_error_not_an_empty_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("抖音", encoding="utf-8")
    real = os.scandir

    def refuse(path: object = ".") -> object:
        if Path(str(path)) == tmp_path:
            raise PermissionError(13, "Permission denied")
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(textkit.TextkitError, match="cannot be read"):
        next(iter_texts(tmp_path))


def test_extra_stopwords_none_is_named() -> None:
    with pytest.raises(textkit.TextkitError, match="extra_stopwords"):
        textkit.tokenize("抖音电商", extra_stopwords=None)  # type: ignore[arg-type]


_PAGE = (
    '<html><body><div class="nav"><a href="/">首页</a></div>'
    "<p>抖音电商的增量价值是什么？</p><p>答案是高效。</p></body></html>"
)


@pytest.mark.parametrize(
    "call",
    [
        lambda: textkit.keywords(_PAGE),
        lambda: textkit.tokenize(_PAGE),
        lambda: textkit.sentiment([_PAGE]),
        lambda: textkit.split_sentences(_PAGE),
    ],
    ids=["keywords", "tokenize", "sentiment", "split_sentences"],
)
def test_html_given_as_text_is_named(call) -> None:
    with pytest.warns(textkit.TextkitWarning, match="extract_article"):
        call()


def test_angle_brackets_in_prose_are_not_html(recwarn: pytest.WarningsRecorder) -> None:
    textkit.keywords("当 a < b 且 c > d 时，抖音电商<兴趣电商>的增长更快。")
    textkit.split_sentences("公式 x<y>z 成立。")
    assert not [w for w in recwarn if issubclass(w.category, textkit.TextkitWarning)]


def test_the_command_line_says_it_on_standard_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from textkit.cli import main

    page = tmp_path / "page.html"
    page.write_text(_PAGE, encoding="utf-8")
    assert main(["keywords", str(page), "--top-n", "3"]) == 0
    err = capsys.readouterr().err
    assert err.count("textkit: warning: keywords: the text looks like HTML") == 1


def test_map_texts_refuses_a_dtype_that_cannot_hold_a_missing_text_before_working() -> None:
    calls: list[str] = []

    def count(text: str) -> int:
        calls.append(text)
        return len(text)

    texts = pd.Series(["抖音", None], index=["a", "b"])
    with pytest.raises(textkit.TextkitError, match="first at index 'b'"):
        map_texts(texts, count, dtype="int64")
    assert calls == []  # refused before any work
    assert map_texts(texts, count, dtype="int64", na_value=0).tolist() == [2, 0]
    assert map_texts(texts, count, dtype="Int64").isna().tolist() == [False, True]
    with pytest.raises(textkit.TextkitError, match="do not fit dtype"):
        map_texts(["抖音"], str.upper, dtype="int64")


def test_worker_processes_that_cannot_start_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    def no_semaphores(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_semaphores)
    with pytest.raises(textkit.TextkitError, match=r"n_jobs=2: cannot start worker processes.*n_jobs=1"):
        map_texts(["抖音电商", "北极星指标"], "tokenize", n_jobs=2)


def test_a_script_without_a_main_guard_gets_advice_not_a_broken_pool(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = tmp_path / "no_guard.py"
    script.write_text(
        "from textkit.corpus import map_texts\n"
        "map_texts(['抖音电商', '北极星指标'] * 2, 'tokenize', n_jobs=2, chunksize=1)\n",
        encoding="utf-8",
    )
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode != 0
    assert "TextkitError: n_jobs=2: a worker process died" in run.stderr
    assert "if __name__ == '__main__':" in run.stderr
