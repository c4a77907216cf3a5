"""The exercises of notebooks 02 and 03: solutions computed by textkit, answers judged leniently."""

from __future__ import annotations

import numpy as np
import pytest

import textkit
from textkit.course import EXERCISES, is_correct

MINE = ["02-user-words", "02-top-content-count", "02-zhang-tokens", "02-zhang-count", "03-top-keyword",
        "03-northstar-rank", "03-connective", "03-merged"]  # fmt: skip


def test_each_notebook_has_a_change_exercise_and_hints_do_not_hold_the_answer() -> None:
    for name in MINE:
        exercise = EXERCISES[name]
        assert str(exercise.solution()) not in exercise.hint, name
    assert sum(n.startswith("02-") for n in MINE) >= 2 and sum(n.startswith("03-") for n in MINE) >= 2


def test_solutions_match_what_the_text_says() -> None:
    body = textkit.extract_article(textkit.load_case_study().original).body
    assert EXERCISES["02-top-content-count"].solution() == body.count("电商") == 82
    assert EXERCISES["02-zhang-count"].solution() == 1
    assert EXERCISES["02-zhang-tokens"].solution() == 5  # 罗永浩 刘畊宏 张同学 董宇辉 俞敏洪
    assert (
        EXERCISES["03-northstar-rank"].solution()
        == textkit.keywords(body, top_n=None)["word"].tolist().index("北极星指标") + 1
    )


def test_numbers_accepted_in_any_numeric_form_with_a_note_for_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert is_correct("02-zhang-count", 1)
    assert is_correct("02-zhang-count", np.int64(1))
    assert is_correct("02-zhang-count", 1.0)
    assert is_correct("02-zhang-count", " 1 ")
    assert "keep them" in capsys.readouterr().out
    assert not is_correct("02-zhang-count", 2)
    assert not is_correct("02-zhang-count", True)
    assert not is_correct("02-zhang-count", [1])
    assert "wants a number" in capsys.readouterr().out


def test_words_and_tokens_accepted_in_equivalent_forms(capsys: pytest.CaptureFixture[str]) -> None:
    assert is_correct("03-top-keyword", "电商")
    assert is_correct("03-top-keyword", ["电商"])
    assert not is_correct("03-top-keyword", textkit.keywords("电商电商", top_n=1))
    assert "take the word out" in capsys.readouterr().out
    tokens = textkit.tokenize("以交个朋友、东方甄选为代表的电商直播间", user_words=["交个朋友", "东方甄选"])
    assert is_correct("02-user-words", tokens)
    assert is_correct("02-user-words", " / ".join(tokens))
    assert not is_correct("02-user-words", textkit.tokenize("以交个朋友、东方甄选为代表的电商直播间"))
