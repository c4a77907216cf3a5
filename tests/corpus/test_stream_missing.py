"""iter_texts keeps "NA"-like strings as text and records genuinely missing texts (issue 17)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

import textkit
from textkit.corpus import iter_texts


def _read(path: Path, **options: object) -> tuple[pd.DataFrame, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = pd.concat(iter_texts(path, **options))  # type: ignore[arg-type]
    return frame, [str(w.message) for w in caught if issubclass(w.category, textkit.TextkitWarning)]


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_na_strings_are_text_and_empty_cells_are_counted(tmp_path: Path, suffix: str) -> None:
    sep = "\t" if suffix == ".tsv" else ","
    rows = [["id", "text", "score"], ["1", "NA", "NA"], ["2", "null", "3"], ["3", "", ""], ["4", "None", "5"]]
    rows += [["5", "nan", "6"], ["6", "N/A", "7"], ["7", "", "8"], ["8", "好评", "9"]]
    path = tmp_path / f"reviews{suffix}"
    path.write_text("\n".join(sep.join(r) for r in rows) + "\n", encoding="utf-8")
    frame, messages = _read(path, chunksize=3)
    assert frame["text"].tolist() == ["NA", "null", None, "None", "nan", "N/A", None, "好评"]
    assert frame["score"].tolist()[:2] == ["NA", "3"]  # every column: "NA" is kept, not read as missing
    assert frame.index.tolist() == list(range(8))
    assert messages == [
        f"{path}: 2 rows have no text in 'text' (empty cell; row 2, 6): the text is None and its results are missing"
    ]


def test_a_blank_line_is_a_row_with_no_text_not_a_quiet_drop(tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    path.write_text("text\n很好\n\n很差\n", encoding="utf-8")
    frame, messages = _read(path)
    assert frame["text"].tolist() == ["很好", None, "很差"]
    assert len(messages) == 1 and "1 row has no text" in messages[0] and "row 1)" in messages[0]


def test_jsonl_null_is_counted_and_an_empty_string_kept(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text('{"text": null}\n{"text": ""}\n{"text": "NA"}\n', encoding="utf-8")
    frame, messages = _read(path)
    assert frame["text"].tolist() == [None, "", "NA"]
    assert messages == [
        f"{path}: 1 row has no text in 'text' (null; row 0): the text is None and its results are missing"
    ]


def test_no_warning_when_every_row_has_a_text(tmp_path: Path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text("text\nNA\n不适用\n", encoding="utf-8")
    frame, messages = _read(path)
    assert (frame["text"].tolist(), messages) == (["NA", "不适用"], [])


def test_more_than_five_missing_rows_are_counted_and_the_first_five_named(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("id,text\n" + "".join(f"{i},\n" for i in range(7)), encoding="utf-8")
    _, messages = _read(path)
    assert messages == [
        f"{path}: 7 rows have no text in 'text' (empty cell; row 0, 1, 2, 3, 4, ...): "
        "the text is None and its results are missing"
    ]
