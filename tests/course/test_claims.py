from __future__ import annotations

import numpy as np
import pytest

from textkit.course import ClaimError, claim
from textkit.errors import TextkitError


def test_a_true_claim_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    removed, total = 81, 182
    claim(f"{removed} of {total} lines ({removed / total:.0%}) were removed", removed < total / 2)
    assert capsys.readouterr().out == "✔ 81 of 182 lines (45%) were removed\n"


def test_a_deliberately_wrong_claim_fails() -> None:
    # Notebook 01 used to say that "most" of the page's lines are furniture: 81 of 182 are not most.
    removed, total = 81, 182
    with pytest.raises(ClaimError, match="no longer true: most of the lines are furniture"):
        claim("most of the lines are furniture", removed > total / 2)


def test_numpy_booleans_are_claims() -> None:
    claim("a NumPy comparison", np.float64(0.238) < 0.4)
    with pytest.raises(ClaimError):
        claim("the neutral remark scores close to 0", np.float64(0.238) < 0.05)


@pytest.mark.parametrize("holds", [1, 0.5, "yes", None, np.array([True, True])])
def test_a_claim_needs_a_bool(holds: object) -> None:
    with pytest.raises(TextkitError, match="holds must be a bool"):
        claim("a claim", holds)


@pytest.mark.parametrize("sentence", ["", "  ", None, 3])
def test_a_claim_needs_a_sentence(sentence: object) -> None:
    with pytest.raises(TextkitError, match="sentence must be a non-empty string"):
        claim(sentence, True)  # type: ignore[arg-type]


def test_claim_error_is_an_assertion_error() -> None:
    assert issubclass(ClaimError, AssertionError)
