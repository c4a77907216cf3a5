"""Exercise checks for the notebooks, in the spirit of the spaCy course.

A notebook cell asks the reader to compute something and store it in ``answer``;
the next cell calls ``check("name", answer)``, which prints whether the answer is
right and, when it is not, a hint. A check never raises, so a notebook with its
exercises left blank still runs top to bottom (as ``make test`` runs it).

The expected values are computed here with textkit itself, so the checks stay
true when the library or the data change.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..comparison import compare
from ..datasets import load_case_study
from ..keyterms import keywords
from ..preprocessing import extract_article
from ..segmentation import tokenize
from ..sentiment_analysis import sentiment

__all__ = ["EXERCISES", "Exercise", "check", "is_correct"]


@dataclass(frozen=True)
class Exercise:
    """One exercise: what to compute, how to judge it, and a hint."""

    task: str
    solution: Callable[[], Any]
    hint: str
    judge: Callable[[Any, Any], bool] | None = None


def _removed_lines() -> int:
    return len(extract_article(load_case_study().original).removed)


def _removed_places() -> int:
    return sum(r.reason == "place-name list" for r in extract_article(load_case_study().original).removed)


def _article_date() -> str | None:
    return extract_article(load_case_study().original).date


def _user_word_tokens() -> list[str]:
    return tokenize("以交个朋友、东方甄选为代表的电商直播间", user_words=["交个朋友", "东方甄选"])


def _top_keyword() -> str:
    body = extract_article(load_case_study().original).body
    return str(keywords(body, top_n=1)["word"].iloc[0])


def _negation_label() -> str:
    return str(sentiment("这家酒店的服务不好")["label"].iloc[0])


def _unsupported_count() -> int:
    case = load_case_study()
    comparison = compare(case.summary, extract_article(case.original).body)
    return len(comparison.unsupported())


def _same(answer: Any, expected: Any) -> bool:
    if isinstance(expected, float):
        return isinstance(answer, (int, float)) and math.isclose(answer, expected, rel_tol=1e-6)
    return bool(answer == expected)


EXERCISES: dict[str, Exercise] = {
    "01-removed-lines": Exercise(
        "How many lines did extract_article remove from the scraped page?",
        _removed_lines,
        "look at len(article.removed), or the number of rows of article.removed_frame().",
    ),
    "01-place-lines": Exercise(
        "How many removed lines were place-name lists?",
        _removed_places,
        'count the rows of article.removed_frame() whose reason is "place-name list".',
    ),
    "01-date": Exercise(
        "What is the article's publication date, as YYYY-MM-DD?",
        _article_date,
        "the byline under the title carries it; extract_article puts it in article.date.",
    ),
    "02-user-words": Exercise(
        "Segment 以交个朋友、东方甄选为代表的电商直播间 so that both live-stream brands stay whole.",
        _user_word_tokens,
        'pass user_words=["交个朋友", "东方甄选"] to textkit.tokenize.',
    ),
    "03-top-keyword": Exercise(
        "What is the top keyword of the cleaned original with textkit's default method?",
        _top_keyword,
        'textkit.keywords(article.body, top_n=1)["word"].iloc[0]',
    ),
    "04-negation": Exercise(
        "Which label does the default model give 这家酒店的服务不好 ('the hotel's service is not good')?",
        _negation_label,
        'textkit.sentiment("这家酒店的服务不好")["label"].iloc[0] — and think about what 不 does.',
    ),
    "05-unsupported": Exercise(
        "How many claims of the summary have no support in the original (headings left out)?",
        _unsupported_count,
        'comparison.unsupported() lists them; or count the claims whose "supported" column is False.',
    ),
}


def is_correct(name: str, answer: Any) -> bool:
    """Whether ``answer`` solves exercise ``name``, printing the verdict and a hint when it does not.

    Args:
        name: The exercise's name, e.g. ``"01-date"`` (see `EXERCISES`).
        answer: What the reader computed; ``None`` means "not tried yet".

    Returns:
        Whether the answer is right. Never raises.

    Example:
        >>> is_correct("01-date", "2023-12-21")
        Exercise 01-date: What is the article's publication date, as YYYY-MM-DD?
        Correct! ✔
        True
    """
    exercise = EXERCISES.get(name)
    if exercise is None:
        print(f"No exercise called {name!r}; the exercises are: {', '.join(EXERCISES)}")
        return False
    print(f"Exercise {name}: {exercise.task}")
    if answer is None or answer is Ellipsis:
        print(f"Not tried yet: put your result in `answer` and run this cell again. Hint: {exercise.hint}")
        return False
    try:
        expected = exercise.solution()
    except Exception as err:  # a check must never break the notebook
        print(f"The check itself failed ({type(err).__name__}: {err}); please report it.")
        return False
    judge = exercise.judge or _same
    if judge(answer, expected):
        print("Correct! ✔")
        return True
    print(f"Not yet: {answer!r} is not what we expected. Hint: {exercise.hint}")
    return False


def check(name: str, answer: Any) -> None:
    """Check a notebook exercise and print the verdict (and a hint when it is wrong).

    Like `is_correct`, but returns nothing, so a notebook cell shows only the verdict.

    Example:
        >>> check("02-user-words", None)  # doctest: +ELLIPSIS
        Exercise 02-user-words: Segment 以交个朋友、东方甄选为代表的电商直播间 so that both ...
        Not tried yet: put your result in `answer` and run this cell again. Hint: pass user_words=...
    """
    is_correct(name, answer)
