"""Every command reads every kind of input the same way and writes every format; parsed back, ids carried.

The two texts are reviews written for this test; each kind of input holds them differently: one file of two lines
(GBK), standard input (the same bytes), a folder of two files (one in a subfolder), and tables of two rows (CSV,
TSV, JSON Lines) labelled by an ``id`` column.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from textkit.cli import main

GOOD, BAD = "质量很好，非常满意。", "太差了，再也不买了。"
KINDS = ("file", "stdin", "folder", "csv", "tsv", "jsonl")
FORMATS = ("table", "csv", "json", "jsonl")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("inputs")
    (root / "reviews.txt").write_bytes(f"{GOOD}\n{BAD}\n".encode("gbk"))
    (root / "docs" / "sub").mkdir(parents=True)
    (root / "docs" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "docs" / "sub" / "b.txt").write_text(BAD, encoding="utf-8")
    (root / "docs" / "notes.md").write_text("不读", encoding="utf-8")  # not matched by the default --glob
    (root / "reviews.csv").write_text(f"id,review\nr1,{GOOD}\nr2,{BAD}\n", encoding="utf-8")
    (root / "reviews.tsv").write_text(f"id\treview\nr1\t{GOOD}\nr2\t{BAD}\n", encoding="gb18030")
    lines = [json.dumps({"id": i, "review": t}, ensure_ascii=False) for i, t in (("r1", GOOD), ("r2", BAD))]
    (root / "reviews.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def invoke(kind: str, root: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """``argv`` with the input of this kind; standard input is set for ``stdin``."""
    if kind == "stdin":
        data = (root / "reviews.txt").read_bytes()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        return [*argv, "-"]
    if kind == "file":
        return [*argv, str(root / "reviews.txt")]
    if kind == "folder":
        return [*argv, str(root / "docs")]
    return [*argv, str(root / f"reviews.{kind}"), "--column", "review", "--id-column", "id"]


def expected_units(kind: str, root: Path) -> dict[tuple[Any, ...], str]:
    """The ids of the units (a line, a file or a row) and their text."""
    if kind in ("file", "stdin"):
        name = str(root / "reviews.txt") if kind == "file" else "<stdin>"
        return {(name, 1): GOOD, (name, 2): BAD}
    if kind == "folder":
        return {(str(root / "docs" / "a.txt"),): GOOD, (str(root / "docs" / "sub" / "b.txt"),): BAD}
    name = str(root / f"reviews.{kind}")
    return {(name, "r1"): GOOD, (name, "r2"): BAD}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def parse_table(out: str) -> list[dict[str, str]]:
    """Read back the aligned table: the dashes under the header give each column's display width."""
    header, dashes, *body = out.splitlines()
    widths = [len(d) for d in dashes.split("  ")]
    names = []
    rows = []
    for line in [header, *body]:
        cells, rest = [], line
        for width in widths:
            used, cut = 0, 0
            while cut < len(rest) and used < width:
                used += _width(rest[cut])
                cut += 1
            cells.append(rest[:cut].strip())
            rest = rest[cut + 2 :]
        if not names:
            names = cells
        else:
            rows.append(dict(zip(names, cells, strict=True)))
    return rows


def parse(fmt: str, out: str) -> list[dict[str, Any]]:
    if fmt == "json":
        rows = json.loads(out)
        assert isinstance(rows, list)
        return rows
    if fmt == "jsonl":
        return [json.loads(line) for line in out.splitlines()]
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(out)))
    return parse_table(out)


def ids_of(row: dict[str, Any], kind: str, lines: bool) -> tuple[Any, ...]:
    if kind in ("file", "stdin"):
        return (row["file"], int(row["line"])) if lines else (row["file"],)
    if kind == "folder":
        return (row["file"],)
    return (row["file"], row["id"])


def units_of(kind: str, root: Path, lines: bool) -> dict[tuple[Any, ...], str]:
    units = expected_units(kind, root)
    if kind in ("file", "stdin") and not lines:  # the whole file is one document
        ((name, _), *_) = units
        return {(name,): f"{GOOD}\n{BAD}\n"}
    return units


def run_all(
    kind: str, root: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> dict[str, list[dict[str, Any]]]:
    """The command in every format, parsed; each must succeed and say nothing on standard error."""
    results = {}
    for fmt in FORMATS:
        code = main(invoke(kind, root, [*argv, "--format", fmt], monkeypatch))
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), (argv, fmt)
        results[fmt] = parse(fmt, out)
    return results


@pytest.mark.parametrize("kind", KINDS)
def test_tokenize(
    kind: str, workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    units = expected_units(kind, workspace)
    for fmt, rows in run_all(kind, workspace, ["tokenize"], monkeypatch, capsys).items():
        assert [ids_of(r, kind, True) for r in rows] == list(units), fmt
        for row, text in zip(rows, units.values(), strict=True):
            tokens = row["tokens"] if isinstance(row["tokens"], list) else row["tokens"].split(" ")
            assert "".join(tokens) == text.replace("，", "").replace("。", ""), fmt  # punctuation dropped


@pytest.mark.parametrize("kind", KINDS)
def test_sentences(
    kind: str, workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = units_of(kind, workspace, lines=False)
    for fmt, rows in run_all(kind, workspace, ["sentences"], monkeypatch, capsys).items():
        found: dict[tuple[Any, ...], list[str]] = {}
        for row in rows:
            found.setdefault(ids_of(row, kind, False), []).append(row["sentence"])
            document = documents[ids_of(row, kind, False)]
            assert document[int(row["start"]) : int(row["end"])] == row["sentence"], fmt
        assert found == {k: [s for s in (GOOD, BAD) if s in text] for k, text in documents.items()}, fmt


@pytest.mark.parametrize("kind", KINDS)
def test_clean(kind: str, workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    documents = units_of(kind, workspace, lines=False)
    for fmt, rows in run_all(kind, workspace, ["clean", "--no-extract"], monkeypatch, capsys).items():
        assert [ids_of(r, kind, False) for r in rows] == list(documents), fmt
        for row, text in zip(rows, documents.values(), strict=True):
            assert row["body"].split() == text.split(), fmt  # the table shows line breaks as spaces


@pytest.mark.parametrize("kind", KINDS)
def test_keywords(
    kind: str, workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = units_of(kind, workspace, lines=False)
    for fmt, rows in run_all(kind, workspace, ["keywords", "--top-n", "2"], monkeypatch, capsys).items():
        found: dict[tuple[Any, ...], list[str]] = {}
        for row in rows:
            found.setdefault(ids_of(row, kind, False), []).append(row["word"])
        assert list(found) == list(documents), fmt
        for key, words in found.items():
            assert 1 <= len(words) <= 2 and all(word in documents[key] for word in words), fmt
        assert [int(r["rank"]) for r in rows if ids_of(r, kind, False) == next(iter(found))] == [1, 2][
            : len(next(iter(found.values())))
        ]


@pytest.mark.parametrize("kind", KINDS)
def test_sentiment_by_line_and_by_document(
    kind: str, workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    units = expected_units(kind, workspace)
    for fmt, rows in run_all(kind, workspace, ["sentiment"], monkeypatch, capsys).items():
        assert [ids_of(r, kind, True) for r in rows] == list(units), fmt
        assert [r["text"] for r in rows] == list(units.values()), fmt
        assert [r["label"] for r in rows] == ["positive", "negative"], fmt
    documents = units_of(kind, workspace, lines=False)
    for fmt, rows in run_all(kind, workspace, ["sentiment", "--by", "document"], monkeypatch, capsys).items():
        assert [ids_of(r, kind, False) for r in rows] == list(documents), fmt
        assert [int(r["n_sentences"]) for r in rows] == [t.count("。") for t in documents.values()], fmt


@pytest.mark.parametrize("kind", KINDS)
def test_sentiment_by_sentence_and_discover(
    kind: str, workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = units_of(kind, workspace, lines=False)
    for fmt, rows in run_all(kind, workspace, ["sentiment", "--by", "sentence"], monkeypatch, capsys).items():
        assert sorted({ids_of(r, kind, False) for r in rows}) == sorted(documents), fmt
        assert sorted(r["sentence"] for r in rows) == sorted([GOOD, BAD]), fmt
    for fmt, rows in run_all(kind, workspace, ["discover", "--top-n", "5"], monkeypatch, capsys).items():
        assert len(rows) <= 5, fmt  # one table for all the texts: no id to carry


@pytest.mark.parametrize("kind", ["csv", "tsv", "jsonl"])
def test_compare_pairs_reads_every_table_kind(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = [
        ("p1", "图书馆去年借出图书三万册。", "图书馆去年共借出图书三万册。读者满意。"),
        ("p2", "读者不满意。", "读者满意。"),
    ]
    path = tmp_path / f"pairs.{kind}"
    if kind == "jsonl":
        lines = [json.dumps({"key": k, "summary": s, "source": o}, ensure_ascii=False) for k, s, o in pairs]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        sep = "\t" if kind == "tsv" else ","
        path.write_text("\n".join(sep.join(p) for p in [("key", "summary", "source"), *pairs]) + "\n", encoding="gbk")
    for fmt in FORMATS:
        code = main(["compare-pairs", str(path), "--id-column", "key", "--format", fmt])
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), fmt
        rows = parse(fmt, out)
        assert [r["key"] for r in rows] == ["p1", "p2"], fmt
        assert [int(r["claims"]) for r in rows] == [1, 1], fmt
        assert int(rows[0]["unsupported"]) == 0, fmt


@pytest.mark.parametrize("kind", ["file", "stdin"])
def test_compare_reads_files_and_standard_input(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    summary, original = tmp_path / "summary.txt", tmp_path / "original.txt"
    summary.write_bytes("图书馆去年借出图书三万册。".encode("gbk"))
    original.write_text("图书馆去年共借出图书一万八千册。读者满意。", encoding="utf-8")
    first = "-" if kind == "stdin" else str(summary)
    for fmt in ("csv", "json", "table"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(summary.read_bytes())))
        code = main(["compare", first, str(original), "--part", "alignment", "--format", fmt])
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), fmt
        rows = json.loads(out)["alignment"] if fmt == "json" else parse(fmt, out)
        assert [r["summary_sentence"] for r in rows] == ["图书馆去年借出图书三万册。"], fmt
        assert str(rows[0]["supported"]).lower() == "false", fmt


def test_text_output_of_a_folder_and_a_table(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sentences", str(workspace / "docs")]) == 0
    assert capsys.readouterr().out.splitlines() == [GOOD, BAD]
    assert main(["tokenize", str(workspace / "reviews.csv"), "--column", "review", "-d", "/"]) == 0
    assert capsys.readouterr().out.splitlines() == ["质量/很/好/非常/满意", "太差/了/再也/不买/了"]
    assert main(["tokenize", str(workspace / "docs"), "--glob", "*.md"]) == 0
    assert capsys.readouterr().out == "不 读\n"  # only notes.md, read because --glob says so
