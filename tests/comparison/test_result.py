"""`Comparison.score`: every metric name it accepts is one `compare` can produce; any other name is refused."""

from __future__ import annotations

import math

import pytest

from textkit import TextkitError, compare
from textkit.comparison.result import SCORE_NAMES


@pytest.fixture(scope="module")
def full():
    return compare("抖音电商去年增长了三倍，用户很满意。", "抖音电商去年增长了两倍。用户很满意。")


def test_score_names_are_exactly_what_compare_produces(full) -> None:
    assert tuple(full.scores["metric"]) == SCORE_NAMES
    assert len(SCORE_NAMES) == len(set(SCORE_NAMES)) == 45


def test_unknown_name_lists_the_valid_ones(full) -> None:
    with pytest.raises(TextkitError) as info:
        full.score("nonsense")
    message = str(info.value)
    assert message.startswith("metric must be a metric name, got str: 'nonsense'; valid names: rouge1_char_f1, ")
    assert all(name in message for name in SCORE_NAMES)


def test_a_near_miss_gets_a_suggestion(full) -> None:
    with pytest.raises(TextkitError, match=r"got str: 'supported_shares' \(did you mean 'supported_share'\?\)"):
        full.score("supported_shares")


@pytest.mark.parametrize("bad", [None, 3, ["supported_share"]])
def test_a_name_that_is_not_a_str_is_refused(full, bad) -> None:
    with pytest.raises(TextkitError, match=f"got {type(bad).__name__}"):
        full.score(bad)


def test_a_known_metric_that_was_not_computed_is_nan() -> None:
    lean = compare("抖音电商增长了三倍。", "抖音电商增长了两倍。", rouge_scores=False, sentiment=False)
    assert math.isnan(lean.score("rouge1_char_f1"))
    assert math.isnan(lean.score("sentiment_mean_summary"))
    assert lean.score("contradictions_number") == 1.0  # 三倍 against 两倍, by hand
