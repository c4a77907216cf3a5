from __future__ import annotations

import pytest

import textkit
from textkit.course import EXERCISES, check, is_correct


def test_blank_answer_gives_a_hint_and_never_raises(capsys: pytest.CaptureFixture[str]) -> None:
    for name in EXERCISES:
        assert is_correct(name, None) is False
    out = capsys.readouterr().out
    assert out.count("Hint:") == len(EXERCISES)


def test_unknown_exercise(capsys: pytest.CaptureFixture[str]) -> None:
    assert check("99-nothing", 1) is None
    assert "No exercise called '99-nothing'" in capsys.readouterr().out


def test_wrong_answer_gives_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert is_correct("01-date", "2024-01-01") is False
    assert "Not yet" in capsys.readouterr().out


def test_right_answers_from_the_library() -> None:
    article = textkit.extract_article(textkit.load_case_study().original)
    assert is_correct("01-date", "2023-12-21")
    assert is_correct("01-removed-lines", len(article.removed))
    places = int((article.removed_frame()["reason"] == "place-name list").sum())
    assert is_correct("01-place-lines", places)
    assert is_correct(
        "02-user-words", textkit.tokenize("以交个朋友、东方甄选为代表的电商直播间", user_words=["交个朋友", "东方甄选"])
    )
    assert not is_correct("02-user-words", textkit.tokenize("以交个朋友、东方甄选为代表的电商直播间"))
