"""Claims a notebook states, checked when the notebook runs.

A notebook's prose says things such as "81 of the page's 182 non-empty lines are furniture" or "the neutral
remark scores far from neutral". Such a sentence goes stale silently when the code or the data change. `claim`
ties the sentence to the values it is about: the notebook formats the sentence from the variables it computed,
states the condition under which the sentence is true, and `claim` prints the sentence when the condition holds
and raises `ClaimError` when it does not. A notebook whose claim has become false therefore fails when it runs
(``make test`` runs every notebook), instead of teaching something untrue.
"""

from __future__ import annotations

from typing import Any

from ..errors import invalid_value

__all__ = ["ClaimError", "claim"]


class ClaimError(AssertionError):
    """A sentence a notebook states is no longer true of the values it computed."""


def claim(sentence: str, holds: Any) -> None:
    """Print ``sentence`` if ``holds`` is true; raise `ClaimError` quoting the sentence if it is false.

    Args:
        sentence: The claim as the reader should read it, formatted from the notebook's variables
            (``f"{n} of {total} lines are furniture"``).
        holds: Whether the claim is true: a ``bool`` (NumPy booleans are accepted), usually a comparison
            of the same variables (``n > total / 3``).

    Raises:
        ClaimError: ``holds`` is false.
        TextkitError: ``sentence`` is not a non-empty string, or ``holds`` is not a boolean (a claim
            checked against a number or a DataFrame would be true or false by accident).

    Example:
        >>> removed, total = 81, 182
        >>> claim(f"{removed} of {total} lines ({removed / total:.0%}) are furniture", removed < total / 2)
        ✔ 81 of 182 lines (45%) are furniture
        >>> claim("most lines are furniture", removed > total / 2)
        Traceback (most recent call last):
        ...
        textkit.course.claims.ClaimError: this claim is no longer true: most lines are furniture
    """
    if not isinstance(sentence, str) or not sentence.strip():
        raise invalid_value("sentence", sentence, "a non-empty string")
    if type(holds).__name__ not in {"bool", "bool_"}:
        raise invalid_value("holds", holds, "a bool (the result of a comparison)")
    if not bool(holds):
        raise ClaimError(f"this claim is no longer true: {sentence}")
    print(f"✔ {sentence}")
