from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import textkit
from textkit.corpus import imap_texts, iter_texts, map_batches, map_texts

# -- helpers the worker processes import by name (module level, so picklable) -------------------


def char_count(chunk: pd.Series) -> pd.DataFrame:
    return pd.DataFrame({"chars": [None if not isinstance(t, str) else len(t) for t in chunk]}, index=chunk.index)


def tokenizer_identity(text: str, *, segmenter: textkit.Segmenter) -> tuple[int, int]:
    return os.getpid(), id(segmenter.tokenizer)


def fail_on_x(text: str) -> str:
    if text == "x":
        raise RuntimeError("boom")
    return text


@pytest.fixture(scope="module")
def sentences(case_study: textkit.CaseStudy) -> list[str]:
    return textkit.split_sentences(textkit.normalize(case_study.original))


# -- map_texts ---------------------------------------------------------------------------------


def test_series_index_name_and_missing_values_are_kept() -> None:
    texts = pd.Series(
        ["抖音电商的增量价值", None, float("nan"), pd.NA, "", "北极星指标"], index=list("abcdef"), name="post"
    )
    out = map_texts(texts, "tokenize")
    assert out.index.tolist() == list("abcdef")
    assert out.name == "post"
    assert out.tolist() == [["抖音", "电商", "的", "增量", "价值"], None, None, None, [], ["北极星", "指标"]]


def test_na_value_dtype_and_kwargs() -> None:
    texts = pd.Series(["抖音电商", None, "我们非常关注用户体验"], index=[10, 20, 30])
    out = map_texts(texts, textkit.tokenize, stopwords="default", na_value=())
    assert out.tolist() == [["抖音", "电商"], (), ["关注", "用户", "体验"]]
    lengths = map_texts(texts, len, dtype="float64", na_value=math.nan)
    assert lengths.dtype == "float64"
    assert lengths.iloc[0] == 4.0 and math.isnan(lengths.iloc[1])


def test_list_input_gets_a_range_index() -> None:
    out = map_texts(["ＧＤＰ增长", None], "normalize")
    assert isinstance(out, pd.Series)
    assert out.index.tolist() == [0, 1]
    assert out.tolist() == ["GDP增长", None]


def test_empty_input() -> None:
    assert map_texts([], "tokenize").tolist() == []
    assert len(map_batches([], char_count)) == 0


def test_bad_arguments_are_textkit_errors() -> None:
    with pytest.raises(textkit.TextkitError, match="func must be"):
        map_texts(["抖音"], "no_such_function")
    with pytest.raises(textkit.TextkitError, match="n_jobs must be"):
        map_texts(["抖音"], "tokenize", n_jobs=0)
    with pytest.raises(textkit.TextkitError, match="chunksize must be"):
        map_texts(["抖音"], "tokenize", chunksize=0)
    with pytest.raises(textkit.TextkitError, match="progress must be"):
        map_texts(["抖音"], "tokenize", progress="yes")
    with pytest.raises(textkit.TextkitError, match="texts must be"):
        map_texts("抖音电商", "tokenize")
    with pytest.raises(textkit.TextkitError, match=r"df\['text'\]"):
        map_texts(pd.DataFrame({"text": ["抖音"]}), "tokenize")


def test_errors_name_the_index_label() -> None:
    texts = pd.Series(["抖音", 42], index=["ok", "bad"])
    with pytest.raises(textkit.TextkitError, match=r"^texts\['bad'\] must be a str, or None/NaN for a missing text"):
        map_texts(texts, "tokenize")  # checked before any work (tests/corpus/test_labels.py)
    with pytest.raises(textkit.TextkitError, match="text must be a str") as info:
        map_texts(texts, lambda text: textkit.tokenize(text))  # your own function: a note names the label
    assert any("'bad'" in note for note in getattr(info.value, "__notes__", ["'bad'"]))


def test_lambdas_cannot_go_to_other_processes() -> None:
    with pytest.raises(textkit.TextkitError, match="picklable"):
        map_texts(["抖音", "电商", "北极星"], lambda t: t, n_jobs=2, chunksize=1)


def test_progress_bar_shows_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    map_texts(["抖音", "电商"], "tokenize", progress=True)
    assert "tokenize:" in capsys.readouterr().err
    map_texts(["抖音", "电商"], "tokenize")  # stderr is not a terminal under pytest: quiet
    assert capsys.readouterr().err == ""


# -- several processes -------------------------------------------------------------------------


def test_parallel_results_equal_serial_results(sentences: list[str]) -> None:
    texts = pd.Series([*sentences, None], index=range(1000, 1001 + len(sentences)))
    seg = textkit.Segmenter(user_words=["全域兴趣电商", "东方甄选"], stopwords="default")
    serial = map_texts(texts, "tokenize", segmenter=seg)
    parallel = map_texts(texts, "tokenize", segmenter=seg, n_jobs=2, chunksize=40)
    pd.testing.assert_series_equal(parallel, serial)
    assert serial.iloc[-1] is None
    chunks = [texts.iloc[i : i + 70] for i in range(0, len(texts), 70)]
    streamed = list(imap_texts(iter(chunks), "tokenize", segmenter=seg, n_jobs=2))
    assert [len(s) for s in streamed] == [len(c) for c in chunks]
    pd.testing.assert_series_equal(pd.concat(streamed), serial)
    batches = map_batches(texts, char_count, n_jobs=2, chunksize=40)
    pd.testing.assert_frame_equal(batches, map_batches(texts, char_count))
    assert batches["chars"].iloc[0] == len(sentences[0])


def test_each_worker_builds_its_segmenter_once() -> None:
    seg = textkit.Segmenter(user_words=["全域兴趣电商"])
    out = map_texts([f"抖音电商{i}" for i in range(60)], tokenizer_identity, segmenter=seg, n_jobs=2, chunksize=5)
    by_process: dict[int, set[int]] = {}
    for pid, ident in out:
        by_process.setdefault(pid, set()).add(ident)
    assert os.getpid() not in by_process
    assert all(len(idents) == 1 for idents in by_process.values())


def test_worker_errors_propagate_with_the_label() -> None:
    texts = pd.Series(["a", "b", "x", "c"], index=["p", "q", "r", "s"])
    with pytest.raises(RuntimeError, match="boom") as info:
        map_texts(texts, fail_on_x, n_jobs=2, chunksize=1)
    assert any("'r'" in note for note in getattr(info.value, "__notes__", []))


def test_map_batches_checks_the_row_count() -> None:
    with pytest.raises(textkit.TextkitError, match="one row per text"):
        map_batches(["抖音", "电商"], lambda chunk: pd.DataFrame({"n": [1]}))


# -- streaming ---------------------------------------------------------------------------------


def test_iter_texts_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("抖音电商", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("北极星指标".encode("gbk"))
    (tmp_path / "c.txt").write_bytes("繁體中文的測試文本".encode("big5"))
    (tmp_path / "sub" / "d.txt").write_text("全域兴趣电商", encoding="utf-16")
    (tmp_path / "notes.md").write_text("忽略", encoding="utf-8")
    chunks = list(iter_texts(tmp_path, chunksize=2))
    assert [len(c) for c in chunks] == [2, 1]
    assert pd.concat(chunks)["text"].tolist() == ["抖音电商", "北极星指标", "繁體中文的測試文本"]
    deep = pd.concat(iter_texts(tmp_path, pattern="**/*.txt"))
    assert deep["path"].tolist() == ["a.txt", "b.txt", "c.txt", "sub/d.txt"]
    assert deep["text"].iloc[-1] == "全域兴趣电商"


def test_iter_texts_folder_with_an_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("抖音电商", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00\x00\x9c")
    with pytest.raises(textkit.TextkitError, match=r"bin\.txt"):
        list(iter_texts(tmp_path))
    frame = pd.concat(iter_texts(tmp_path, errors="skip"))
    assert frame["text"].tolist() == ["抖音电商", None]


def test_iter_texts_csv(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    frame = pd.DataFrame({"id": [1, 2, 3, 4, 5], "content": ["抖音电商", "", "北极星指标", "很好,很开心", "42"]})
    path.write_bytes(frame.to_csv(index=False).encode("gb18030"))
    chunks = list(iter_texts(path, text_column="content", chunksize=2))
    assert [len(c) for c in chunks] == [2, 2, 1]
    whole = pd.concat(chunks)
    assert whole.index.tolist() == [0, 1, 2, 3, 4]
    assert whole["content"].tolist() == ["抖音电商", None, "北极星指标", "很好,很开心", "42"]
    assert whole["id"].tolist() == [1, 2, 3, 4, 5]
    with pytest.raises(textkit.TextkitError, match=r"no column 'text'.*'id', 'content'"):
        list(iter_texts(path))


def test_iter_texts_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    rows = [{"id": i, "text": t} for i, t in enumerate(["抖音电商", None, "北极星指标"])]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    chunks = list(iter_texts(path, chunksize=2))
    assert [c.index.tolist() for c in chunks] == [[0, 1], [2]]
    assert pd.concat(chunks)["text"].tolist() == ["抖音电商", None, "北极星指标"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "好"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(textkit.TextkitError, match="line 2 is not JSON"):
        list(iter_texts(bad))


def test_iter_texts_bad_sources(tmp_path: Path) -> None:
    with pytest.raises(textkit.TextkitError, match="no such file"):
        iter_texts(tmp_path / "missing.csv")
    (tmp_path / "data.parquet").write_bytes(b"PAR1")
    with pytest.raises(textkit.TextkitError, match=r"\.csv, \.tsv, \.jsonl"):
        iter_texts(tmp_path / "data.parquet")
    with pytest.raises(textkit.TextkitError, match="chunksize"):
        iter_texts(tmp_path, chunksize=0)


def test_streaming_then_mapping(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps({"text": f"抖音电商{i}"}) + "\n" for i in range(5)), encoding="utf-8")
    parts = [map_texts(chunk["text"], "tokenize") for chunk in iter_texts(path, chunksize=2)]
    out = pd.concat(parts)
    assert out.index.tolist() == [0, 1, 2, 3, 4]
    assert out.iloc[3] == ["抖音", "电商", "3"]


# -- Dask --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.mark.slow
def test_dask_results_equal_pandas_results(dask_client: Any, sentences: list[str]) -> None:
    import dask
    import dask.dataframe as dd

    texts = pd.Series([*sentences[:200], None], index=range(500, 701), name="sentence", dtype=object)
    lazy = map_texts(dd.from_pandas(texts, npartitions=4), "tokenize", stopwords="default")
    assert isinstance(lazy, dd.Series)
    with dask.config.set(scheduler=dask_client):
        computed = lazy.compute()
        batches = map_batches(dd.from_pandas(texts, npartitions=3), char_count).compute()
    pd.testing.assert_series_equal(computed, map_texts(texts, "tokenize", stopwords="default"))
    pd.testing.assert_frame_equal(batches, map_batches(texts, char_count))


@pytest.mark.slow
def test_dask_dataframe_column_and_options(dask_client: Any) -> None:
    import dask.dataframe as dd

    frame = pd.DataFrame({"text": ["ＧＤＰ增长", None, "抖音电商"], "likes": [1, 2, 3]}, index=[7, 8, 9])
    ddf = dd.from_pandas(frame, npartitions=2)
    ddf["clean"] = map_texts(ddf["text"], "normalize")
    result = dask_client.compute(ddf).result()
    assert result["clean"].tolist() == ["GDP增长", None, "抖音电商"]
    assert result.index.tolist() == [7, 8, 9]
    with pytest.raises(textkit.TextkitError, match="n_jobs must be 1 for Dask"):
        map_texts(ddf["text"], "tokenize", n_jobs=2)


def test_other_per_text_functions_by_name(case_study: textkit.CaseStudy) -> None:
    pages = pd.Series([case_study.original, None], index=["page", "missing"])
    articles = map_texts(pages, "extract_article")
    assert articles.index.tolist() == ["page", "missing"]
    assert articles["page"].title == "抖音电商总裁魏雯雯:抖音电商的10个真相"
    assert articles["missing"] is None
    from textkit.keyterms import keywords

    texts_kw = ["抖音电商的增量价值,抖音电商的用户", None]
    top = map_texts(pd.Series(texts_kw), "keywords", top_n=2, method="tfidf")
    assert top.iloc[0]["word"].tolist() == keywords(texts_kw[0], top_n=2, method="tfidf")["word"].tolist()
    assert top.iloc[1] is None


def test_map_batches_with_sentiment() -> None:
    from textkit.sentiment_analysis import sentiment

    texts = pd.Series(["质量很好，非常满意", None, "太差了，再也不买了", ""], index=[5, 6, 7, 8])
    out = map_batches(texts, "sentiment", chunksize=3)
    expected = sentiment(texts)
    assert out.index.tolist() == [5, 6, 7, 8]
    pd.testing.assert_series_equal(out["score"], expected["score"], check_names=False)
    assert out["score"].isna().tolist() == [False, True, False, True]
    assert out["score"][5] > 0.5 > out["score"][7]


@pytest.mark.slow
def test_dask_sentiment_equals_pandas(dask_client: Any) -> None:
    import dask.dataframe as dd

    texts = pd.Series(["质量很好，非常满意", None, "太差了，再也不买了", ""], index=[5, 6, 7, 8], dtype=object)
    lazy = map_batches(dd.from_pandas(texts, npartitions=2), "sentiment")
    pd.testing.assert_frame_equal(dask_client.compute(lazy).result(), map_batches(texts, "sentiment"))
