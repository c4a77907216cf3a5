"""Large inputs are processed as a stream: lines and rows go out before the whole input is read (issue 17)."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import textkit.cli
from textkit.cli import main


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Make the CLI's stream_text count the lines it has handed out, and forbid reading a file whole."""
    state = {"read": 0, "read_at_first_write": -1}
    real_stream = textkit.cli.stream_text

    def counting(*args: Any, **kwargs: Any) -> Iterator[str]:
        for line in real_stream(*args, **kwargs):
            state["read"] += 1
            yield line

    def whole(*args: Any, **kwargs: Any) -> str:
        raise AssertionError("the file was read whole")

    real_write = textkit.cli._Writer.write

    def write(self: Any, frame: Any) -> None:
        if state["read_at_first_write"] < 0 and len(frame):
            state["read_at_first_write"] = state["read"]
        real_write(self, frame)

    monkeypatch.setattr(textkit.cli, "stream_text", counting)
    monkeypatch.setattr(textkit.cli, "read_text", whole)
    monkeypatch.setattr(textkit.cli._Writer, "write", write)
    return state


@pytest.mark.parametrize("command", [["tokenize"], ["sentiment", "--format", "csv"]])
def test_lines_are_written_before_the_file_is_read_to_its_end(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.txt"
    path.write_text("质量很好，非常满意。\n太差了，再也不买了。\n" * 50, encoding="gb18030")
    state = _count_reads(monkeypatch)
    assert main([*command, str(path), "--chunksize", "10"]) == 0
    out = capsys.readouterr().out
    assert state["read"] == 100
    assert 0 < state["read_at_first_write"] <= 30  # a chunk or two ahead, not the whole file
    assert out.count("满意") == 50


def test_a_line_longer_than_the_limit_comes_in_pieces_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(textkit.cli, "DEFAULT_MAX_LINE_CHARS", 8)
    path = tmp_path / "long.txt"
    path.write_text("短句。\n抖音电商的增量价值。很大。\n", encoding="utf-8")
    assert main(["tokenize", str(path), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 2]
    assert "".join("".join(r["tokens"]) for r in rows[1:]) == "抖音电商的增量价值很大"
    assert err == (
        f"textkit: warning: {path}: line 2 is longer than 8 characters; "
        "it is processed in pieces, each a row with the same line number\n"
    )


@pytest.mark.parametrize("codec", ["utf-8", "gbk", "utf-16"])
def test_standard_input_is_decoded_a_block_at_a_time(monkeypatch: pytest.MonkeyPatch, codec: str) -> None:
    # Over 1 MiB, so that characters and lines straddle the block boundary.
    text = "".join(f"第{i}行：抖音电商的增量价值\r\n" for i in range(60_000))
    data = text.encode(codec)
    assert len(data) > 1 << 20
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    lines = list(textkit.cli._stdin_lines(None, 1 << 20))
    assert len(lines) == 60_000
    assert "".join(lines) == text


def test_standard_input_that_does_not_decode_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("抖音\n".encode() + b"\xff\xfe\xfd\n")))
    assert main(["tokenize", "-", "--encoding", "utf-8"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("textkit: error: <stdin>: cannot be decoded as utf-8")


def test_a_pipe_given_by_name_is_read_as_a_stream(capsys: pytest.CaptureFixture[str]) -> None:
    read, write = os.pipe()  # as in: textkit tokenize <(zcat posts.txt.gz)
    os.write(write, "抖音电商\n北极星指标\n".encode("gb18030"))
    os.close(write)
    try:
        assert main(["tokenize", f"/dev/fd/{read}", "--progress"]) == 0
    finally:
        os.close(read)
    out, err = capsys.readouterr()
    assert out == "抖音 电商\n北极星 指标\n"
    assert "2line" in err  # a bar without a total: the pipe cannot be read twice
