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


def _removed_chars() -> int:
    return sum(len(r.text) for r in extract_article(load_case_study().original).removed)


def _summary_removed() -> int:
    return len(extract_article(load_case_study().summary).removed)


def _summary_why() -> str:
    # "a" is the reading that fits only if extract_article finds nothing to remove in published text.
    return "a" if _summary_removed() == 0 else "(no single reading: extract_article removed lines of the summary)"


def _user_word_tokens() -> list[str]:
    return tokenize("以交个朋友、东方甄选为代表的电商直播间", user_words=["交个朋友", "东方甄选"])


def _top_keyword() -> str:
    body = extract_article(load_case_study().original).body
    return str(keywords(body, top_n=1)["word"].iloc[0])


def _negation_label() -> str:
    return str(sentiment("这道菜不难吃")["label"].iloc[0])


def _rewrite_label() -> str:
    return str(sentiment("第一,与众不同。")["label"].iloc[0])


def _case_comparison(**options: Any) -> Any:
    case = load_case_study()
    return compare(case.summary, extract_article(case.original).body, **options)


def _novel_names() -> int:
    comparison = _case_comparison()
    claims = set(comparison.claims()["summary_index"])
    checks = comparison.checks
    missing = checks.loc[~checks["in_source"].astype(bool), "summary_index"]
    return len(claims & set(missing))


def _strict_unsupported() -> int:
    return len(_case_comparison(threshold=0.9).unsupported())


def _corpus_paragraphs(min_chars: int) -> list[str]:
    return [p for p in extract_article(load_case_study().original).paragraphs if len(p) > min_chars]


def _most_negative_file() -> str:
    scores = sentiment(_corpus_paragraphs(60))["score"]
    return f"doc{int(scores.to_numpy().argmin()):03d}.txt"


def _long_paragraph_files() -> int:
    return len(_corpus_paragraphs(150))


def _same(answer: Any, expected: Any) -> bool:
    if isinstance(answer, bool) != isinstance(expected, bool):
        return False  # True is not the count 1
    if isinstance(expected, float):
        return isinstance(answer, (int, float)) and math.isclose(answer, expected, rel_tol=1e-6)
    if isinstance(expected, str) and isinstance(answer, str):
        return answer.strip().casefold() == expected.casefold()
    return bool(answer == expected)


def _as_number(answer: Any) -> int | float | None:
    """The number a str answer spells (``"81"``, ``" 81.0 "``), or None."""
    if not isinstance(answer, str):
        return None
    try:
        value = float(answer.strip())
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def _type_note(answer: Any, expected: Any) -> str | None:
    """A note when an answer is right but of another type than the library gives (``"81"`` for 81)."""
    if isinstance(expected, bool) or not isinstance(expected, (int, float)):
        return None
    if isinstance(answer, str):
        number = _as_number(answer)
        if number is not None and _same(number, expected):
            return f"you gave the text {answer!r}, where textkit gives the number {expected!r}; int() converts"
        return None
    return None


EXERCISES: dict[str, Exercise] = {
    "01-removed-chars": Exercise(
        "How many characters do the lines that extract_article removed from the page hold, all together?",
        _removed_chars,
        "every removed line is kept on the article with its text; the lengths of those texts add up to the answer.",
    ),
    "01-summary-removed": Exercise(
        "Run extract_article on the summary: how many lines does it remove?",
        _summary_removed,
        "the summary is case.summary; the result records what it removed just as it did for the page.",
    ),
    "01-summary-why": Exercise(
        'Why does extract_article remove that many lines from the summary? Answer "a", "b" or "c".',
        _summary_why,
        "look at the summary's first lines: is there anything a reader would skip, such as a menu or a byline?",
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
        "Which label does the default model give 这道菜不难吃 ('this dish is not bad to eat')?",
        _negation_label,
        "textkit.sentiment returns a table with a label column; and think about what 不 does to 难吃.",
    ),
    "04-rewrite": Exercise(
        "Which label does the default model give 第一,与众不同。, the heading rewritten without 差?",
        _rewrite_label,
        "score it as you scored the samples of 4.2, with the default model; the label is one of the three words "
        "that table uses.",
    ),
    "05-novel-names": Exercise(
        "How many claims (headings left out) name something, a name or a number, that the original never mentions?",
        _novel_names,
        "comparison.checks has one row per name and number with an in_source column; keep the rows the original "
        "lacks and count the distinct summary sentences among comparison.claims().",
    ),
    "05-threshold": Exercise(
        "With threshold=0.9, how many claims of the summary have no support in the original?",
        _strict_unsupported,
        "textkit.compare takes the threshold as an option; then count as in section 5.3.",
    ),
    "06-most-negative": Exercise(
        "Which file of the template corpus (its path, as in docs['path']) has the lowest sentiment score?",
        _most_negative_file,
        "docs has a score column after 6.2; sort by it, or look up the row where it is smallest.",
    ),
    "06-min-chars": Exercise(
        "With MIN_CHARS = 150, how many files does the template corpus have?",
        _long_paragraph_files,
        "change the value in the corpus cell and run the notebook from the top; the cell prints the count.",
    ),
}


def is_correct(name: str, answer: Any) -> bool:
    """Whether ``answer`` solves exercise ``name``, printing the verdict and a hint when it does not.

    Args:
        name: The exercise's name, e.g. ``"01-summary-removed"`` (see `EXERCISES`).
        answer: What the reader computed; ``None`` means "not tried yet".

    Returns:
        Whether the answer is right. An answer equal to the expected one but of another type (the text
        ``"81"`` for the number 81, a NumPy integer, ``81.0``) is right, with a note on the type; text
        answers are compared without surrounding spaces and case. Never raises.

    Example:
        >>> is_correct("01-summary-removed", "0")
        Exercise 01-summary-removed: Run extract_article on the summary: how many lines does it remove?
        Correct! ✔ (a detail: you gave the text '0', where textkit gives the number 0; int() converts)
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
    note = _type_note(answer, expected) if exercise.judge is None else None
    if note is not None:
        print(f"Correct! ✔ (a detail: {note})")
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
