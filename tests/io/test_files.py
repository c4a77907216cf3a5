from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import textkit
from textkit.io import decode_bytes

SIMPLIFIED = "抖音电商的增量价值，就是让用户寻找信息更高效、浏览信息更多样。北极星指标：全局NPS 2023年。"
TRADITIONAL = "抖音電商的增量價值，就是讓用戶尋找資訊更高效、瀏覽資訊更多樣。北極星指標：全局NPS。"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("codec", "text", "prefix"),
    [
        ("utf-8", SIMPLIFIED, b""),
        ("utf-8", SIMPLIFIED, codecs.BOM_UTF8),
        ("utf-16-le", SIMPLIFIED, codecs.BOM_UTF16_LE),
        ("utf-16-be", SIMPLIFIED, codecs.BOM_UTF16_BE),
        ("utf-16-le", SIMPLIFIED, b""),
        ("utf-16-be", "NPS is 42 抖音电商 2023", b""),
        ("utf-32-le", SIMPLIFIED, codecs.BOM_UTF32_LE),
        ("gb18030", SIMPLIFIED, b""),
        ("gbk", SIMPLIFIED, b""),
        ("gb2312", "抖音电商的增量价值，就是让用户寻找信息更高效。", b""),
        ("big5", TRADITIONAL, b""),
    ],
)
def test_read_text_detects_encoding(tmp_path: Path, codec: str, text: str, prefix: bytes) -> None:
    path = write(tmp_path, f"{codec}.txt", prefix + text.encode(codec))
    assert textkit.read_text(path) == text


def test_gb18030_only_characters_survive(tmp_path: Path) -> None:
    # 𠀀 (CJK Extension B) and € exist in GB18030 but not in GBK: decoding as GBK would fail or lose them.
    text = "生僻字𠀀与欧元符号€在GB18030里都有编码，抖音电商的增量价值。"
    path = write(tmp_path, "gb18030.txt", text.encode("gb18030"))
    assert textkit.read_text(path) == text


def test_big5_long_document_of_case_study_style(tmp_path: Path) -> None:
    text = (TRADITIONAL + "\n") * 20
    assert textkit.read_text(write(tmp_path, "big5.txt", text.encode("big5"))) == text


def test_case_study_file_reads_identically(case_study: textkit.CaseStudy) -> None:
    from textkit.datasets import case_study_path

    assert textkit.read_text(case_study_path("original")) == case_study.original


def test_line_endings_are_kept(tmp_path: Path) -> None:
    assert textkit.read_text(write(tmp_path, "crlf.txt", "第一行\r\n第二行\r\n".encode())) == "第一行\r\n第二行\r\n"


def test_explicit_encoding_is_strict(tmp_path: Path) -> None:
    path = write(tmp_path, "gbk.txt", SIMPLIFIED.encode("gbk"))
    assert textkit.read_text(path, encoding="gbk") == SIMPLIFIED
    with pytest.raises(textkit.TextkitError, match="cannot be decoded as utf-8"):
        textkit.read_text(path, encoding="utf-8")
    with pytest.raises(textkit.TextkitError, match="encoding"):
        textkit.read_text(path, encoding="no-such-codec")


def test_empty_file_is_empty_text(tmp_path: Path) -> None:
    assert textkit.read_text(write(tmp_path, "empty.txt", b"")) == ""
    assert textkit.read_text(write(tmp_path, "bom.txt", codecs.BOM_UTF8)) == ""


def test_binary_file_raises_naming_the_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
    path = write(tmp_path, "picture.png", png * 10)
    with pytest.raises(textkit.TextkitError, match=r"picture\.png.*binary"):
        textkit.read_text(path)


def test_undecodable_bytes_raise_rather_than_drop(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.txt", bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(textkit.TextkitError, match=r"junk\.txt"):
        textkit.read_text(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(textkit.TextkitError, match="no such file"):
        textkit.read_text(tmp_path / "missing.txt")
    with pytest.raises(textkit.TextkitError, match="directory"):
        textkit.read_text(tmp_path)
    with pytest.raises(textkit.TextkitError, match="path must be"):
        textkit.read_text(42)  # type: ignore[arg-type]


def test_max_bytes_refuses_large_files(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", ("抖音" * 1000).encode())
    with pytest.raises(textkit.TextkitError, match="max_bytes"):
        textkit.read_text(path, max_bytes=100)
    assert len(textkit.read_text(path, max_bytes=None)) == 2000


def test_textkit_error_is_a_value_error() -> None:
    assert issubclass(textkit.TextkitError, ValueError)


def test_decode_bytes_accepts_bytearray() -> None:
    assert decode_bytes(bytearray("抖音电商的增量价值".encode("gb18030"))) == "抖音电商的增量价值"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("电商", "gb18030"),
        ("抖音", "gbk"),
        ("電商", "big5"),
        ("用户体验", "gb18030"),
        ("臺灣資訊科技公司的電商", "big5"),
    ],
)
def test_short_ambiguous_bytes_are_read_right_or_refused(text: str, codec: str) -> None:
    # Each of these byte strings decodes both as GB18030 and as Big5; only one reading is language. Two
    # characters are too little evidence to choose on: refusing is allowed there, a wrong reading never.
    raw = text.encode(codec)
    raw.decode("gb18030")
    raw.decode("big5")
    if len(text) >= 9:
        assert decode_bytes(raw) == text
    else:
        try:
            assert decode_bytes(raw) == text
        except textkit.TextkitError as err:
            assert "ambiguous" in str(err) and codec.replace("gbk", "gb18030") in str(err)


# -- stream_text and detect_encoding: files too large to read whole ---------------------------------------------

CODECS = [
    ("utf-8", SIMPLIFIED, b""),
    ("utf-8", SIMPLIFIED, codecs.BOM_UTF8),
    ("utf-16-le", SIMPLIFIED, codecs.BOM_UTF16_LE),
    ("utf-16-le", SIMPLIFIED, b""),
    ("utf-32-le", SIMPLIFIED, codecs.BOM_UTF32_LE),
    ("gb18030", SIMPLIFIED + "𠀀€", b""),
    ("big5", TRADITIONAL, b""),
]


@pytest.mark.parametrize(("codec", "text", "prefix"), CODECS)
@pytest.mark.parametrize("block", [1, 7, 1 << 20])
def test_stream_text_joins_to_read_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, codec: str, text: str, prefix: bytes, block: int
) -> None:
    # Blocks of 1 and 7 bytes cut multi-byte characters and CRLF pairs at every possible place.
    monkeypatch.setattr("textkit.io.files._BLOCK_BYTES", block)
    body = "\r\n".join([text, "", text[:9], text]) + "\n" + text
    path = write(tmp_path, "f.txt", prefix + body.encode(codec))
    lines = list(textkit.stream_text(path))
    assert "".join(lines) == textkit.read_text(path) == body
    assert lines == body.splitlines(keepends=True)


def test_stream_text_splits_one_enormous_line_after_sentence_ends(tmp_path: Path) -> None:
    sentence = "抖音电商的增量价值就是让用户寻找信息更高效。"  # 22 characters, ends with 。
    path = write(tmp_path, "one-line.txt", (sentence * 100).encode("utf-8"))
    pieces = list(textkit.stream_text(path, max_line_chars=50))
    assert "".join(pieces) == sentence * 100
    assert max(map(len, pieces)) <= 50
    assert all(piece.endswith("。") for piece in pieces)  # each cut falls after a sentence end
    assert len(pieces[0]) == 44  # two sentences fit in 50 characters, three do not


def test_stream_text_hard_cuts_a_line_without_breaks_but_keeps_crlf_together(tmp_path: Path) -> None:
    path = write(tmp_path, "run.txt", ("抖" * 10 + "\r\n" + "音" * 7).encode("utf-8"))
    pieces = list(textkit.stream_text(path, max_line_chars=4))
    assert pieces == ["抖抖抖抖", "抖抖抖抖", "抖抖\r\n", "音音音音", "音音音"]
    path = write(tmp_path, "crlf.txt", ("抖" * 3 + "\r\n").encode("utf-8"))
    assert list(textkit.stream_text(path, max_line_chars=4)) == ["抖抖抖", "\r\n"]


def test_stream_text_yields_lines_before_an_undecodable_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("textkit.io.files._BLOCK_BYTES", 16)
    good = "第一行\n第二行\n".encode()
    path = write(tmp_path, "bad.txt", good + b"\xff\xfe\xfd\n")
    stream = textkit.stream_text(path, encoding="utf-8")
    assert next(stream) == "第一行\n"
    assert next(stream) == "第二行\n"
    with pytest.raises(textkit.TextkitError, match=rf"bad\.txt: cannot be decoded as utf-8: byte {len(good)}"):
        next(stream)


def test_stream_text_checks_arguments_and_file_when_called(tmp_path: Path) -> None:
    # Errors come at the call, not at the first next(): a pipeline fails before it starts.
    with pytest.raises(textkit.TextkitError, match="no such file"):
        textkit.stream_text(tmp_path / "missing.txt")
    with pytest.raises(textkit.TextkitError, match="is a directory"):
        textkit.stream_text(tmp_path)
    binary = write(tmp_path, "x.bin", bytes(range(256)) * 8)
    with pytest.raises(textkit.TextkitError, match=r"x\.bin: looks like a binary file"):
        textkit.stream_text(binary)
    text = write(tmp_path, "t.txt", SIMPLIFIED.encode("utf-8"))
    for bad in (0, -1, 1.5, True):
        with pytest.raises(textkit.TextkitError, match="max_line_chars"):
            textkit.stream_text(text, max_line_chars=bad)  # type: ignore[arg-type]
    with pytest.raises(textkit.TextkitError, match="encoding"):
        textkit.stream_text(text, encoding="no-such-codec")
    assert list(textkit.stream_text(write(tmp_path, "empty.txt", b""))) == []


def test_detect_encoding_from_a_sample_cut_inside_a_character(tmp_path: Path) -> None:
    # No newline in the sample, and the sample ends inside a character: the cut must not count against a codec.
    for codec, text in (("utf-8", SIMPLIFIED), ("gb18030", SIMPLIFIED), ("big5", TRADITIONAL)):
        data = (text * 50).encode(codec)
        path = write(tmp_path, f"{codec}.txt", data)
        for sniff in (101, 1000):  # 2 characters (5 bytes) may be ambiguous, and are refused
            assert textkit.detect_encoding(path, sniff_bytes=sniff) == codec, (codec, sniff)
    path = write(tmp_path, "utf16.txt", ("NPS 抖音电商 " * 50).encode("utf-16-le"))
    assert textkit.detect_encoding(path, sniff_bytes=101) == "utf-16-le"
    with pytest.raises(textkit.TextkitError, match="sniff_bytes"):
        textkit.detect_encoding(path, sniff_bytes=2)


def test_read_text_size_error_points_to_streaming(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", SIMPLIFIED.encode("utf-8") * 10)
    with pytest.raises(textkit.TextkitError, match=r"more than max_bytes=100; stream it .*textkit\.stream_text"):
        textkit.read_text(path, max_bytes=100)
    with pytest.raises(textkit.TextkitError, match="max_bytes"):
        textkit.read_text(path, max_bytes=True)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [42, b"utf-8", "no-such-codec", "zlib"])
def test_a_bad_encoding_is_a_textkit_error_in_every_reader(tmp_path: Path, bad: object) -> None:
    path = write(tmp_path, "t.txt", SIMPLIFIED.encode("utf-8"))
    for call in (
        lambda: decode_bytes(b"abc", encoding=bad),  # type: ignore[arg-type]
        lambda: textkit.read_text(path, encoding=bad),  # type: ignore[arg-type]
        lambda: textkit.stream_text(path, encoding=bad),  # type: ignore[arg-type]
    ):
        with pytest.raises(textkit.TextkitError, match=r"encoding.*text codec name"):
            call()
