"""The README's "Command line" section: its pipeline runs as written and its exit codes are the CLI's."""

from __future__ import annotations

import csv
import re
import shlex
from pathlib import Path

import pytest

from textkit.cli import _EXIT_CODES, main

README = Path(__file__).resolve().parents[2] / "README.md"


# A short news page written for this test: title, date, three paragraphs, and a line of page furniture.
PAGE = """菜市场里的新变化
2024-03-15 08:30
首页 > 本地新闻 > 民生
今年春天，城东菜市场完成了改造，摊位从八十个增加到一百二十个。
改造后的市场更加干净明亮，居民们普遍表示满意，周末的客流比去年同期增长了三成。
市场管理处表示，下一步将增加早市时段，方便上班族买菜。
"""


def section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Command line")
    return text[start : text.index("\n## ", start + 1)]


def commands() -> list[list[str]]:
    (block,) = re.findall(r"```sh\n(.*?)```", section(), flags=re.S)
    return [shlex.split(line)[1:] for line in block.splitlines() if line.startswith("textkit ")]


def test_the_pipeline_runs_and_carries_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    (pages / "2023").mkdir(parents=True)
    (pages / "2023" / "market.txt").write_text(PAGE, encoding="utf-8")
    (pages / "library.txt").write_text("图书馆年报\n图书馆去年共借出图书一万八千册。读者满意。\n", encoding="gbk")
    (tmp_path / "reviews.csv").write_text("id,review\nu1,质量很好，非常满意。\nu2,NA\nu3,太差了。\n", encoding="utf-8")
    (tmp_path / "summary.txt").write_text("图书馆去年借出图书三万册。", encoding="utf-8")
    (tmp_path / "original.txt").write_text("图书馆去年共借出图书一万八千册。读者满意。", encoding="utf-8")
    (tmp_path / "pairs.tsv").write_text(
        "id\ttitle\tabstract\nc1\t图书馆借书增加\t图书馆去年借出图书增加了。\nc2\t销量下降\t销量去年上升。\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    steps = commands()
    assert [s[0] for s in steps] == [
        "clean", "sentences", "tokenize", "keywords", "discover", "sentiment", "sentiment", "compare", "report",
        "compare-pairs",
    ]  # fmt: skip
    for argv in steps:
        assert main(argv) == 0, argv
        assert capsys.readouterr().err == "", argv

    def table(name: str) -> list[dict[str, str]]:
        with open(tmp_path / name, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    pages_read = ["pages/2023/market.txt", "pages/library.txt"]
    bodies = table("bodies.csv")
    assert [r["file"] for r in bodies] == pages_read
    assert (bodies[0]["title"], bodies[0]["date"]) == ("菜市场里的新变化", "2024-03-15")
    assert "摊位从八十个增加到一百二十个" in bodies[0]["body"] and "首页" not in bodies[0]["body"]
    assert "一万八千册" in bodies[1]["body"]
    for name in ("sentences.csv", "words.csv", "keywords.csv"):
        assert sorted({r["file"] for r in table(name)}) == pages_read, name  # the page's id, not bodies.csv
    assert {r["word"] for r in table("keywords.csv") if r["file"] == "pages/library.txt"} >= {"图书馆"}
    assert "图书馆" in {w for r in table("words.csv") for w in r["tokens"].split()}
    assert [r["file"] for r in table("page_sentiment.csv")] == pages_read
    reviews = table("review_sentiment.csv")
    assert [(r["id"], r["text"]) for r in reviews] == [("u1", "质量很好，非常满意。"), ("u2", "NA"), ("u3", "太差了。")]
    assert reviews[0]["label"] == "positive" and reviews[2]["label"] == "negative"
    assert table("alignment.csv")[0]["supported"] == "False"
    assert "三万册" in (tmp_path / "report.html").read_text(encoding="utf-8")
    checked = table("pairs_checked.csv")
    assert [r["id"] for r in checked] == ["c1", "c2"]
    assert checked[1]["contradictions_direction"] == "1"


def test_the_exit_codes_are_the_clis() -> None:
    documented = re.findall(r"^\| (\d+) \| ", section(), flags=re.M)
    assert documented == re.findall(r"^  (\d+) ", _EXIT_CODES, flags=re.M) == ["0", "1", "2", "130"]
