from __future__ import annotations

import numpy as np
import pytest

import textkit
from textkit.course import EXERCISES, check, is_correct

NOTEBOOK_EXERCISES = ("01", "04", "05", "06")


def test_blank_answer_gives_a_hint_and_never_raises(capsys: pytest.CaptureFixture[str]) -> None:
    for name in EXERCISES:
        assert is_correct(name, None) is False
    out = capsys.readouterr().out
    assert out.count("Hint:") == len(EXERCISES)


def test_unknown_exercise(capsys: pytest.CaptureFixture[str]) -> None:
    assert check("99-nothing", 1) is None
    assert "No exercise called '99-nothing'" in capsys.readouterr().out


def test_wrong_answer_gives_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert is_correct("01-summary-removed", 3) is False
    assert "Not yet" in capsys.readouterr().out


@pytest.mark.parametrize("notebook", NOTEBOOK_EXERCISES)
def test_at_least_two_exercises_per_notebook(notebook: str) -> None:
    assert sum(name.startswith(f"{notebook}-") for name in EXERCISES) >= 2


def test_hints_do_not_give_the_answer() -> None:
    for name, exercise in EXERCISES.items():
        if not name.startswith(NOTEBOOK_EXERCISES):
            continue
        expected = exercise.solution()
        if (isinstance(expected, str) and len(expected) > 1) or (isinstance(expected, int) and expected >= 10):
            assert str(expected) not in exercise.hint, name


def test_right_answers_from_the_library() -> None:
    case = textkit.load_case_study()
    article = textkit.extract_article(case.original)
    assert is_correct("01-removed-chars", sum(len(r.text) for r in article.removed))
    assert is_correct("01-summary-removed", len(textkit.extract_article(case.summary).removed))
    assert is_correct("01-summary-why", "a") and not is_correct("01-summary-why", "b")
    assert is_correct(
        "02-user-words", textkit.tokenize("以交个朋友、东方甄选为代表的电商直播间", user_words=["交个朋友", "东方甄选"])
    )
    assert not is_correct("02-user-words", textkit.tokenize("以交个朋友、东方甄选为代表的电商直播间"))
    assert is_correct("04-negation", textkit.sentiment("这道菜不难吃")["label"].iloc[0])
    assert is_correct("04-rewrite", textkit.sentiment("第一,品质差。")["label"].iloc[0])


def test_case_study_answers_checked_by_hand() -> None:
    # The summary is published text: nothing to remove. Counted by hand in data/douyin_summary_seo_repost.txt.
    assert is_correct("01-summary-removed", 0)
    # Sentences 1 and 23 of the summary name 李雯雯 and Field/Alliance/... which the original never mentions.
    comparison = textkit.compare(
        textkit.load_case_study().summary, textkit.extract_article(textkit.load_case_study().original).body
    )
    flagged = comparison.checks.loc[~comparison.checks["in_source"].astype(bool), "summary_index"]
    assert {1, 23} <= set(flagged)
    assert is_correct("05-novel-names", len(set(flagged) & set(comparison.claims()["summary_index"])))


def test_stricter_threshold_leaves_more_claims_unsupported() -> None:
    assert EXERCISES["05-threshold"].solution() >= len(
        textkit.compare(
            textkit.load_case_study().summary, textkit.extract_article(textkit.load_case_study().original).body
        ).unsupported()
    )


@pytest.mark.parametrize("answer", ["0", " 0 ", "0.0"])
def test_a_number_given_as_text_is_accepted_with_a_note_on_the_type(
    answer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert is_correct("01-summary-removed", answer)
    assert "a detail: you gave the text" in capsys.readouterr().out


@pytest.mark.parametrize("answer", [0, 0.0, np.int64(0)])
def test_numbers_of_any_numeric_type_are_accepted(answer: object) -> None:
    assert is_correct("01-summary-removed", answer)


def test_text_answers_ignore_case_and_spaces() -> None:
    assert is_correct("01-summary-why", " A ")
    assert not is_correct("01-summary-removed", "zero")
    assert not is_correct("01-summary-removed", True)


def test_corpus_answers() -> None:
    paragraphs = [p for p in textkit.extract_article(textkit.load_case_study().original).paragraphs if len(p) > 150]
    assert is_correct("06-min-chars", len(paragraphs))
    assert is_correct("06-min-chars", str(len(paragraphs)))
    name = EXERCISES["06-most-negative"].solution()
    assert name.startswith("doc") and name.endswith(".txt")
    assert is_correct("06-most-negative", name)
