"""The command line's options: help for each, one spelling and meaning across commands, lists, progress bars."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from textkit.cli import _build_parser, main

# Options whose meaning is the command's own (their help says what it is for this command).
OWN = {"--format", "--part", "--top-n", "--stopwords", "--extract"}


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = _build_parser()
    (group,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(group.choices)


def test_every_option_of_every_command_has_help_text() -> None:
    commands = subcommands()
    assert set(commands) >= {"clean", "sentences", "tokenize", "keywords", "discover", "sentiment", "compare"}
    assert set(commands) >= {"compare-pairs", "report"}
    for name, sub in commands.items():
        for action in sub._actions:
            label = f"{name} {'/'.join(action.option_strings) or action.dest}"
            assert action.help and action.help != argparse.SUPPRESS, f"{label} has no help text"
            assert len(action.help) > 10, label


def test_an_option_means_the_same_in_every_command() -> None:
    seen: dict[str, tuple[object, ...]] = {}
    for name, sub in subcommands().items():
        for action in sub._actions:
            for option in action.option_strings:
                if option in OWN or option in ("-h", "--help"):
                    continue
                signature = (action.help, action.nargs, action.choices, action.default, type(action).__name__)
                assert seen.setdefault(option, signature) == signature, f"{name} {option} differs"
    # Every command reads with the same options, and writes and shows progress alike.
    for name, sub in subcommands().items():
        options = {o for a in sub._actions for o in a.option_strings}
        assert {"-o", "--progress", "--encoding", "--format"} <= options, name
        if name not in ("compare", "compare-pairs", "report"):
            assert {"--glob", "--column", "--id-column", "--chunksize"} <= options, name


def test_exit_codes_are_documented_in_every_help(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], *([name, "--help"] for name in subcommands())):
        assert main(argv) == 0
        out = capsys.readouterr().out
        codes = re.findall(r"^  (\d+) ", out.split("exit codes:")[1], flags=re.M)
        assert codes == ["0", "1", "2", "130"], argv


def test_list_options_take_spaces_or_repeats_and_the_old_commas_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("全域兴趣电商带来增量价值", encoding="utf-8")
    base = ["tokenize", str(path)]
    outputs = set()
    for extra in (
        ["--user-words", "全域兴趣电商", "增量价值"],
        ["--user-words", "全域兴趣电商", "--user-words", "增量价值"],
    ):
        assert main([*base, *extra]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        outputs.add(out)
    assert main([*base, "--user-words", "全域兴趣电商,增量价值"]) == 0
    out, err = capsys.readouterr()
    outputs.add(out)
    assert outputs == {"全域兴趣电商 带来 增量价值\n"}
    assert err.startswith("textkit: warning: --user-words 全域兴趣电商,增量价值: comma-separated lists are deprecated")
    assert main([*base, "--extra-stopwords", "带来", "电商", "--user-words", "增量价值"]) == 0
    assert capsys.readouterr().out == "全域 兴趣 增量价值\n"
    by_pos = set()
    for extra in (["--pos", "n", "v"], ["--pos", "n", "--pos", "v"], ["--pos", "n,v"]):
        assert main([*base, *extra]) == 0
        by_pos.add(capsys.readouterr().out)
    assert by_pos == {"全域 兴趣 电商 带来 增量 价值\n"}


@pytest.mark.parametrize(
    ("argv", "total"),
    [
        (["sentiment", "{txt}"], "3/3"),
        (["sentiment", "{txt}", "--by", "document"], "1/1"),
        (["tokenize", "{txt}"], "3/3"),
        (["tokenize", "{csv}", "--column", "text"], "2/2"),
        (["keywords", "{csv}", "--column", "text"], "2/2"),
        (["clean", "{folder}"], "2/2"),
        (["compare-pairs", "{pairs}"], "2/2"),
    ],
)
def test_progress_shows_a_bar_with_its_total_on_standard_error(
    argv: list[str], total: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text("质量很好。", encoding="utf-8")
    (tmp_path / "folder" / "b.txt").write_text("太差了。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("质量很好。\n\n太差了。\n", encoding="utf-8")
    (tmp_path / "a.csv").write_text("text\n质量很好。\n太差了。\n", encoding="utf-8")
    (tmp_path / "pairs.csv").write_text(
        "summary,source\n读者满意。,读者很满意。\n销量下降。,销量上升。\n", encoding="utf-8"
    )
    paths = {"txt": tmp_path / "a.txt", "csv": tmp_path / "a.csv", "folder": tmp_path / "folder"}
    paths["pairs"] = tmp_path / "pairs.csv"
    filled = [a.format(**{k: str(v) for k, v in paths.items()}) for a in argv]
    assert main([*filled, "--format", "csv", "--progress"]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") >= 2
    assert f"{total} " in err and err.lstrip("\r").startswith(argv[0]), err
    assert main([*filled, "--format", "csv", "--no-progress"]) == 0
    assert capsys.readouterr().err == ""


# ------------------------------------------------------------------- found by a new user (issue 19, tenth round)


def test_threshold_help_states_the_real_default(capsys: pytest.CaptureFixture[str]) -> None:
    from textkit.comparison import DEFAULT_THRESHOLD

    for command in ("compare", "compare-pairs", "report"):
        assert main([command, "--help"]) == 0
        flat = " ".join(capsys.readouterr().out.split())
        assert f"(default: {DEFAULT_THRESHOLD})" in flat, command


def test_an_unknown_encoding_is_a_bad_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("今天天气很好。", encoding="utf-8")
    assert main(["sentences", str(path), "--encoding", "nosuch"]) == 2
    assert "'nosuch' is not a text encoding" in capsys.readouterr().err
    assert main(["sentences", str(path), "--encoding", "rot13"]) == 2  # a codec, but not of bytes to text


def test_output_to_a_folder_names_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("今天天气很好。", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["sentences", str(path), "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"-o {folder}: is a folder" in err and ".tmp" not in err
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out"]


def test_compare_shows_its_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    summary, original = tmp_path / "summary.txt", tmp_path / "original.txt"
    summary.write_text("圖書館接待讀者一百二十萬人次，比上一年增長了百分之十五。", encoding="utf-8")
    original.write_text("图书馆接待读者一百二十万人次，比上一年增长了百分之十五。", encoding="utf-8")
    assert main(["compare", str(summary), str(original)]) == 0
    assert "textkit: note: The summary is written in traditional characters" in capsys.readouterr().err
    assert main(["compare", str(summary), str(original), "--format", "json"]) == 0
    import json

    payload = json.loads(capsys.readouterr().out)
    assert payload["notes"][0].startswith("The summary is written in traditional characters")


def test_compare_pairs_warns_of_empty_source_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "pairs.csv"
    table.write_text("id,summary,source\nq1,读者增加了。,读者增加了两成。\nq2,读者增加了。,\nq3,读者增加了。, \n")
    assert main(["compare-pairs", str(table), "--id-column", "id", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "2 rows have no text in 'source' (empty cell; id q2, q3)" in captured.err
    assert captured.out.splitlines()[1].startswith("q1,1,")


def test_a_table_cell_that_holds_no_text_is_named_by_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "reviews.jsonl"
    table.write_text("".join(f'{{"id": "r{i}", "t": "很好"}}\n' for i in range(5)) + '{"id": "bad", "t": 7}\n')
    for extra in ([], ["--chunksize", "2"]):
        assert main(["sentiment", str(table), "--column", "t", *extra]) == 1
        assert f"{table}: row 5: column 't' holds int 7, not a text" in capsys.readouterr().err
    assert main(["sentiment", str(table), "--column", "t", "--id-column", "id", "--chunksize", "2"]) == 1
    assert "id bad: column 't' holds int 7" in capsys.readouterr().err
    assert main(["sentiment", str(table), "--column", "nosuch"]) == 1
    assert f"textkit: error: --column: {table}: line 1 has no key 'nosuch'" in capsys.readouterr().err
