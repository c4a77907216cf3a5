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
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..comparison import compare
from ..datasets import load_case_study
from ..keyterms import keywords
from ..preprocessing import extract_article
from ..segmentation import Segmenter, tokenize
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
    return str(sentiment("第一,品质差。")["label"].iloc[0])


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
        "textkit.tokenize has an option for words the dictionary should keep whole (see help(textkit.tokenize));"
        " the answer is the list of tokens it returns.",
        judge=lambda answer, expected: _same_tokens(answer, expected),
    ),
    "03-top-keyword": Exercise(
        "What is the top keyword of the cleaned original with textkit's default method?",
        _top_keyword,
        "which column of the table in section 3.1 is textkit's default method? Or ask textkit.keywords for"
        " one keyword; the answer is the word itself (a str), not the DataFrame.",
        judge=lambda answer, expected: _same_word(answer, expected),
    ),
    "04-negation": Exercise(
        "Which label does the default model give 这道菜不难吃 ('this dish is not bad to eat')?",
        _negation_label,
        "textkit.sentiment returns a table with a label column; and think about what 不 does to 难吃.",
    ),
    "04-rewrite": Exercise(
        "Which label does the default model give 第一,品质差。, where 差 is a verdict?",
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


# ---------------------------------------------------------------- notebooks 02 and 03: segmentation, keywords
# Judges that accept equivalent answers ("82" for 82, a " / "-joined string for a token list) and say why.


def _number_in(answer: Any) -> float | None:
    if isinstance(answer, bool):
        return None
    if hasattr(answer, "item") and not isinstance(answer, (str, bytes)) and getattr(answer, "ndim", 0) == 0:
        answer = answer.item()  # a NumPy scalar
    if isinstance(answer, (int, float)):
        return float(answer)
    if isinstance(answer, str):
        try:
            return float(answer.strip())
        except ValueError:
            return None
    return None


def _same_count(answer: Any, expected: Any) -> bool:
    value = _number_in(answer)
    if value is None:
        print(f"(The check wants a number such as 12; your answer is a {type(answer).__name__}.)")
        return False
    if isinstance(answer, str):
        print(f"(Your answer is the text {answer!r}; it counts, but len(...) or .iloc[...] give numbers: keep them.)")
    return value == float(expected)


def _same_word(answer: Any, expected: str) -> bool:
    if isinstance(answer, (list, tuple)) and len(answer) == 1:
        answer = answer[0]
    if not isinstance(answer, str):
        print(f"(The check wants one word, a str; your answer is a {type(answer).__name__}: take the word out of it.)")
        return False
    return answer.strip() == expected


def _same_tokens(answer: Any, expected: list[str]) -> bool:
    if isinstance(answer, str):
        parts = [p for p in answer.replace("/", " ").split() if p]
        if parts == expected:
            print("(Accepted; textkit.tokenize returns a list of str, which is what later code expects.)")
            return True
        return False
    if isinstance(answer, (list, tuple)) and all(isinstance(t, str) for t in answer):
        return list(answer) == expected
    print(f"(The check wants the list of tokens; your answer is a {type(answer).__name__}.)")
    return False


def _body() -> str:
    return extract_article(load_case_study().original).body


def _top_content_count() -> int:
    return max(Counter(tokenize(_body(), stopwords="default")).values())


def _zhang_tokens() -> int:
    from ..keyterms import discover_words

    domain = [*discover_words(_body(), top_n=20)["word"].tolist(), "交个朋友", "东方甄选", "张同学"]
    return len(Segmenter(user_words=domain).tokenize("罗永浩、刘畊宏、张同学、董宇辉、俞敏洪"))


def _zhang_count() -> int:
    return _body().count("张同学")


def _northstar_rank() -> int:
    words = keywords(_body(), top_n=None)["word"].tolist()
    return words.index("北极星指标") + 1


def _paragraphs() -> list[str]:
    return [p for p in extract_article(load_case_study().original).paragraphs if len(p) > 40]


def _connective_top() -> str:
    from ..keyterms import TfidfKeywords

    paragraphs = _paragraphs()
    model = TfidfKeywords(extra_stopwords=["也就是说"]).fit(paragraphs)
    top = model.top_terms(paragraphs, top_n=1)
    return str(top.loc[top["doc"] == 1, "word"].iloc[0])


def _merged_in_top20() -> int:
    body = _body()
    before = set(keywords(body, top_n=20, dedupe=False)["word"])
    return len(before - set(keywords(body, top_n=20)["word"]))


EXERCISES.update(
    {
        "02-top-content-count": Exercise(
            "With stopwords removed, how many times does the most frequent word of the article body occur?",
            _top_content_count,
            "section 2.4 cuts the body twice; one of the two counts leaves the stopwords out. Its first row is the"
            " most frequent word.",
            judge=_same_count,
        ),
        "02-zhang-tokens": Exercise(
            "Add 张同学 to the user words of section 2.3 and cut 罗永浩、刘畊宏、张同学、董宇辉、俞敏洪 again:"
            " how many tokens do you get?",
            _zhang_tokens,
            "make a new Segmenter whose user_words are domain_terms plus the new name, call its tokenize, and"
            " count the tokens with len().",
            judge=_same_count,
        ),
        "02-zhang-count": Exercise(
            "How many times does 张同学 occur in the article body?",
            _zhang_count,
            "a Python str can count its substrings; discover_words needs a string to repeat before it can judge it.",
            judge=_same_count,
        ),
        "03-northstar-rank": Exercise(
            "At which rank (1 = top) does textkit's default method put 北极星指标 in the original?",
            _northstar_rank,
            "ask textkit.keywords for every term (top_n=None) and find the row of 北极星指标; ranks count from 1,"
            " the DataFrame's index from 0.",
            judge=_same_count,
        ),
        "03-connective": Exercise(
            "Refit the paragraph model of section 3.3 with 也就是说 as a stopword: what is paragraph 1's top term now?",
            _connective_top,
            "TfidfKeywords takes the same stopword options as textkit.keywords; after fitting, top_terms gives each"
            " paragraph's terms and the doc column says which paragraph.",
            judge=lambda answer, expected: _same_word(answer, expected),
        ),
        "03-merged": Exercise(
            "How many terms of the original's top 20 with dedupe=False are missing from the default top 20?",
            _merged_in_top20,
            "compare the two lists of words as sets; the difference is what the default merged into longer phrases.",
            judge=_same_count,
        ),
    }
)


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
        Not tried yet: put your result in `answer` and run this cell again. Hint: textkit.tokenize has an option...
    """
    is_correct(name, answer)
