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
