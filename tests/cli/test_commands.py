from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import textkit
from textkit.cli import main
from textkit.datasets import case_study_path

SUMMARY = str(case_study_path("summary"))
ORIGINAL = str(case_study_path("original"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_help_lists_commands_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in (
        "clean",
        "sentences",
        "tokenize",
        "keywords",
        "discover",
        "sentiment",
        "compare",
        "compare-pairs",
        "report",
    ):
        assert command in out
    code, out, _ = run(capsys, "compare", "--help")
    assert code == 0
    assert "examples:" in out and "--format json" in out


def test_tokenize_standard_input_line_by_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, "抖音电商的增量价值\n\n我们非常关注用户体验\n".encode("gbk"))
    code, out, err = run(capsys, "tokenize", "--stopwords", "default")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["抖音 电商 增量 价值", "", "关注 用户 体验"]


def test_tokenize_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "posts.txt"
    path.write_text("抖音电商的增量价值\n北极星指标\n", encoding="utf-8")
    code, out, _ = run(capsys, "tokenize", str(path), "--format", "json", "--user-words", "增量价值")
    assert code == 0
    rows = json.loads(out)
    assert rows == [
        {"file": str(path), "line": 1, "tokens": ["抖音", "电商", "的", "增量价值"]},
        {"file": str(path), "line": 2, "tokens": ["北极星", "指标"]},
    ]
    code, out, _ = run(capsys, "tokenize", str(path), "--format", "csv", "-d", "/")
    assert code == 0
    assert list(csv.DictReader(io.StringIO(out)))[1] == {"file": str(path), "line": "2", "tokens": "北极星/指标"}
    code, out, _ = run(capsys, "tokenize", str(path), "--format", "table")
    lines = out.splitlines()
    assert lines[0].split() == ["file", "line", "tokens"]
    assert lines[3].endswith("北极星 指标")


def test_tokenize_csv_column_in_parallel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "posts.csv"
    path.write_text("id,content\n1,抖音电商\n2,\n3,北极星指标\n", encoding="utf-8")
    out_path = tmp_path / "out.json"
    code, out, _ = run(capsys, "tokenize", str(path), "--column", "content", "--format", "json", "-o", str(out_path))
    assert (code, out) == (0, "")
    rows = json.loads(out_path.read_text(encoding="utf-8"))
    assert [r["tokens"] for r in rows] == [["抖音", "电商"], None, ["北极星", "指标"]]
    assert [r["row"] for r in rows] == [0, 1, 2]


def test_sentences_offsets(capsys: pytest.CaptureFixture[str], case_study: textkit.CaseStudy) -> None:
    code, out, _ = run(capsys, "sentences", SUMMARY, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["sentence"] for r in rows] == textkit.split_sentences(case_study.summary)
    assert all(case_study.summary[r["start"] : r["end"]] == r["sentence"] for r in rows)
    code, out, _ = run(capsys, "sentences", SUMMARY)
    assert out.splitlines() == textkit.split_sentences(case_study.summary)


def test_clean_extracts_the_article(capsys: pytest.CaptureFixture[str], case_study: textkit.CaseStudy) -> None:
    code, out, _ = run(capsys, "clean", ORIGINAL, "--format", "json")
    assert code == 0
    (row,) = json.loads(out)
    assert row["title"] == "抖音电商总裁魏雯雯:抖音电商的10个真相"
    assert row["date"] == "2023-12-21"
    assert row["removed_lines"] > 0
    assert len(row["body"]) < len(case_study.original)
    code, out, _ = run(capsys, "clean", ORIGINAL, "--no-extract")
    assert out.rstrip("\n") == textkit.normalize(case_study.original).rstrip("\n")


def test_compare_json_prints_scores_and_alignment(
    capsys: pytest.CaptureFixture[str], case_study: textkit.CaseStudy
) -> None:
    code, out, err = run(capsys, "compare", SUMMARY, ORIGINAL, "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"scores", "alignment"}
    assert 0 < data["scores"]["rouge1_char_f1"] < 1
    assert len(data["alignment"]) == len(textkit.split_sentences(case_study.summary))
    first = data["alignment"][0]
    assert {"summary_index", "summary_sentence", "source_index", "similarity", "supported", "reason"} <= set(first)


def test_compare_pairs_one_row_per_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A TSV has no quoting: the second summary starts with a quote mark.
    path = tmp_path / "pairs.tsv"
    path.write_text(
        "id\ttitle\tabstract\n"
        "t1\t市政府决定提高公交票价。\t市政府昨天宣布，决定降低公交票价，下月起实行。\n"
        "t2\t\t没有摘要的原文。\n"
        't3\t"仙"字溯源\t我们考察"仙"字的起源。\n',
        encoding="gbk",
    )
    argv = ["compare-pairs", str(path), "--summary-column", "title", "--source-column", "abstract", "--id-column", "id"]
    code, out, err = run(capsys, *argv, "--format", "json")
    assert code == 0
    assert (
        err == f"textkit: warning: {path}: 1 row has no text in 'title' (empty cell; row 1): the text is None "
        "and its results are missing\n"
    )
    rows = {row["id"]: row for row in json.loads(out)}
    assert list(rows) == ["t1", "t2", "t3"]
    assert (rows["t1"]["unsupported"], rows["t1"]["contradictions_direction"]) == (1, 1)
    assert rows["t2"]["claims"] is None  # no summary: missing values, not zeros
    assert rows["t3"]["claims"] == 1
    code, out, _ = run(capsys, *argv, "--part", "alignment", "--format", "csv")
    assert code == 0
    sentences = list(csv.DictReader(io.StringIO(out)))
    assert [(r["id"], r["summary_sentence"]) for r in sentences] == [
        ("t1", "市政府决定提高公交票价。"),
        ("t3", '"仙"字溯源'),
    ]
    assert sentences[0]["reason"].startswith("direction: summary 提高, source 降低")


def test_compare_pairs_names_a_missing_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pairs.csv"
    path.write_text("summary,original\n摘要,原文\n", encoding="utf-8")
    code, out, err = run(capsys, "compare-pairs", str(path))
    assert (code, out) == (1, "")
    assert "no column 'source'" in err and "'original'" in err


def test_compare_csv_parts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    summary, original = tmp_path / "summary.txt", tmp_path / "original.txt"
    summary.write_text("图书馆去年借出图书三万册。", encoding="utf-8")
    original.write_text("图书馆去年共借出图书一万八千册。读者满意。", encoding="utf-8")
    code, out, _ = run(capsys, "compare", str(summary), str(original), "--format", "csv", "--part", "scores")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["metric"] for r in rows} >= {"rouge1_char_f1", "supported_share"}
    code, out, _ = run(capsys, "compare", str(summary), str(original), "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert (row["source_index"], row["supported"]) == ("0", "False")
    assert "三万册" in row["reason"]


def test_keywords_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "keywords", SUMMARY, "--top-n", "5", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["rank"] for r in rows] == ["1", "2", "3", "4", "5"]
    weights = [float(r["weight"]) for r in rows]
    assert weights == sorted(weights, reverse=True)


def test_sentiment_by_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reviews.txt"
    path.write_text("质量很好，非常满意\n\n太差了，再也不买了\n", encoding="utf-8")
    code, out, _ = run(capsys, "sentiment", str(path), "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["line"] for r in rows] == [1, 2, 3]
    assert rows[1]["score"] is None
    assert rows[0]["score"] > rows[2]["score"]


def test_missing_package_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "jieba", None)  # as if jieba were not installed
    code, out, err = run(capsys, "tokenize", SUMMARY)
    assert (code, out) == (2, "")
    assert err.startswith("textkit: error: 'textkit tokenize' needs 'jieba': pip install jieba")
    assert err.count("\n") == 1


def test_bad_input_gives_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    for argv, message in (
        (["tokenize", str(tmp_path / "missing.txt")], "missing.txt: no such file"),
        (["sentences", str(binary)], "looks like a binary file"),
        (["tokenize", str(tmp_path), "--glob", "*.md"], "no file matches --glob '*.md'"),
        (["sentiment", str(tmp_path), "--glob", "*.txt"], "looks like a binary file"),
        (["tokenize", "--user-dict", str(tmp_path / "nope.txt"), SUMMARY], "user_dict"),
    ):
        code, out, err = run(capsys, *argv)
        assert code == 1, argv
        assert out == ""
        assert err.startswith("textkit: error: ") and message in err
        assert err.count("\n") == 1


def test_bad_options_give_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["tokenize", "--format", "xml"], ["keywords", "--top-n", "0"], ["frobnicate"], ["compare", SUMMARY]):
        code, out, err = run(capsys, *argv)
        assert code == 2, argv
        assert out == ""
        assert err.startswith("textkit") and "error:" in err and err.count("\n") == 1


def test_console_entry_point_in_a_subprocess(tmp_path: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "textkit.cli", "sentences", "-", "--format", "csv"],
        input="抖音电商的增量价值是什么?答案是高效。".encode("gb18030"),
        capture_output=True,
        timeout=120,
    )
    assert ok.returncode == 0
    assert ok.stderr == b""  # no progress bar in a pipe
    rows = list(csv.DictReader(io.StringIO(ok.stdout.decode("utf-8"))))
    assert [r["sentence"] for r in rows] == ["抖音电商的增量价值是什么?", "答案是高效。"]
    bad = subprocess.run(
        [sys.executable, "-m", "textkit.cli", "tokenize", str(tmp_path / "missing.txt")],
        capture_output=True,
        timeout=120,
    )
    assert bad.returncode == 1
    assert b"Traceback" not in bad.stderr
    assert bad.stderr.decode().strip() == f"textkit: error: {tmp_path / 'missing.txt'}: no such file"


def test_discover_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "discover", ORIGINAL, "--top-n", "3", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 3
    assert {"word", "count", "score"} <= set(rows[0])
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_report_writes_one_html_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    summary, original, page = tmp_path / "summary.txt", tmp_path / "original.txt", tmp_path / "report.html"
    summary.write_text("图书馆去年借出图书三万册。", encoding="utf-8")
    original.write_text("图书馆去年共借出图书一万八千册。读者满意。", encoding="utf-8")
    code, out, _ = run(capsys, "report", str(summary), str(original), "-o", str(page))
    assert (code, out) == (0, "")
    html = page.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") and "三万册" in html
    code, _, err = run(capsys, "report", str(summary))
    assert code == 1 and "two files" in err


# -- safe output files ---------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_output_that_is_an_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("抖音电商。增长很快。", encoding="utf-8")
    code, out, err = run(capsys, "sentences", str(path), "-o", str(path))
    assert (code, out) == (1, "")
    assert "is also an input file" in err
    assert path.read_text(encoding="utf-8") == "抖音电商。增长很快。"
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    code, _, err = run(capsys, "sentences", str(link), "-o", str(path))
    assert code == 1 and "is also an input file" in err
    assert _leftovers(tmp_path) == []


def test_standard_output_redirected_to_an_input_is_refused(tmp_path: Path) -> None:
    # `textkit tokenize a.txt >> a.txt` would read its own output; with `>` the shell has emptied a.txt already
    path = tmp_path / "a.txt"
    path.write_text("抖音电商。增长很快。\n", encoding="utf-8")
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "b.txt").write_text("第二个文件。\n", encoding="utf-8")
    for argv, target in (([str(path)], path), ([str(folder)], folder / "b.txt")):
        with target.open("ab") as stdout:
            done = subprocess.run(
                [sys.executable, "-m", "textkit.cli", "tokenize", *argv], stdout=stdout, stderr=subprocess.PIPE
            )
        assert done.returncode == 1
        assert f"standard output is the input file {target}" in done.stderr.decode()
    assert path.read_text(encoding="utf-8") == "抖音电商。增长很快。\n"
    with (tmp_path / "out.txt").open("wb") as stdout:  # another file is fine
        done = subprocess.run([sys.executable, "-m", "textkit.cli", "tokenize", str(path)], stdout=stdout)
    assert done.returncode == 0
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "抖音 电商 增长 很快\n"


def test_a_failed_command_leaves_the_output_as_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, keep = tmp_path / "good.txt", tmp_path / "keep.json"
    good.write_text("抖音电商。", encoding="utf-8")
    keep.write_text("earlier results", encoding="utf-8")
    # The first file is written out, then the second is missing: no half-written JSON replaces keep.json.
    code, _, err = run(
        capsys, "sentences", str(good), str(tmp_path / "missing.txt"), "--format", "json", "-o", str(keep)
    )
    assert code == 1 and "missing.txt" in err
    assert keep.read_text(encoding="utf-8") == "earlier results"
    assert _leftovers(tmp_path) == []


def test_an_interrupted_command_leaves_the_output_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, keep = tmp_path / "in.txt", tmp_path / "keep.txt"
    source.write_text("抖音电商。\n增长很快。\n", encoding="utf-8")
    keep.write_text("earlier results", encoding="utf-8")
    real = textkit.cli._Writer.write

    def write_then_interrupt(self, frame):  # Ctrl-C after the first rows were written
        real(self, frame)
        raise KeyboardInterrupt

    monkeypatch.setattr(textkit.cli._Writer, "write", write_then_interrupt)
    code, _, err = run(capsys, "sentences", str(source), "-o", str(keep))
    assert code == 130 and "interrupted" in err
    assert keep.read_text(encoding="utf-8") == "earlier results"
    assert _leftovers(tmp_path) == []


def test_a_successful_command_replaces_the_output_keeping_its_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_text("抖音电商。增长很快。", encoding="utf-8")
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    code, stdout, _ = run(capsys, "sentences", str(source), "-o", str(out))
    assert (code, stdout) == (0, "")
    assert out.read_text(encoding="utf-8") == "抖音电商。\n增长很快。\n"
    assert out.stat().st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path) == []


def test_an_output_that_cannot_be_written_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.txt"
    source.write_text("抖音电商。", encoding="utf-8")
    code, _, err = run(capsys, "sentences", str(source), "-o", str(tmp_path / "no" / "such" / "out.txt"))
    assert code == 1
    assert "out.txt: cannot be written (No such file or directory)" in err


def test_input_kinds_are_checked_against_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table, text = tmp_path / "reviews.csv", tmp_path / "a.txt"
    table.write_text("label,review\n1,很好\n", encoding="utf-8")
    text.write_text("很好\n", encoding="utf-8")
    for argv, message in (
        (["sentiment", str(table)], f"{table} is a table: pass --column NAME"),
        (
            ["tokenize", str(text), "--column", "review"],
            f"--column reads .csv, .tsv, .jsonl or .ndjson files, not {text}",
        ),
        (["tokenize", "--column", "review"], "not standard input"),
        (["keywords", str(text), "--id-column", "id"], "--id-column needs --column"),
        (["sentiment", str(table), "--column", "text"], "has no column 'text'; its columns are 'label', 'review'"),
        (["sentiment", str(table), "--column", "review", "--id-column", "id"], "--id-column: "),
    ):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, ""), argv
        assert err.startswith("textkit: error: ") and message in err and err.count("\n") == 1, (argv, err)


def test_an_output_inside_an_input_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("抖音电商。", encoding="utf-8")
    out = tmp_path / "sentences.txt"
    code, _, _ = run(capsys, "sentences", str(tmp_path), "-o", str(out))
    assert code == 0 and out.read_text(encoding="utf-8") == "抖音电商。\n"
    # Run again: the output is now one of the folder's *.txt files.
    code, _, err = run(capsys, "sentences", str(tmp_path), "-o", str(out))
    assert code == 1 and "is also an input file" in err
    assert out.read_text(encoding="utf-8") == "抖音电商。\n"


def test_an_empty_input_gives_the_header_and_no_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for command, header in (
        ("tokenize", "file,line,tokens"),
        ("sentiment", "file,line,text,score,label"),
        ("sentences", "file,index,start,end,sentence"),
    ):
        code, out, err = run(capsys, command, str(empty), "--format", "csv")
        assert (code, out, err) == (0, header + "\n", ""), command
