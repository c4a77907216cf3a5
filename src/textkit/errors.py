"""The one exception type textkit raises for bad input, and helpers for its messages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["TextkitError", "check_choice", "check_encodable", "check_text", "invalid_value"]


class TextkitError(ValueError):
    """Raised when textkit is given input it cannot use.

    It subclasses `ValueError`, so ``except ValueError`` keeps working. The message
    names the argument, the bad value and what is allowed.

    Example:
        >>> import textkit
        >>> try:
        ...     textkit.split_sentences(42)
        ... except textkit.TextkitError as err:
        ...     print(err)
        text must be a str, got int: 42
    """


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value) if not isinstance(value, (int, float)) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def invalid_value(name: str, value: Any, allowed: str) -> TextkitError:
    """Build a `TextkitError` naming the argument, its bad value and what is allowed."""
    return TextkitError(f"{name} must be {allowed}, got {type(value).__name__}: {_short(value)}")


def check_choice(name: str, value: Any, choices: Iterable[str]) -> str:
    """Return ``value`` if it is one of ``choices``, else raise a `TextkitError`."""
    options = tuple(choices)
    if not isinstance(value, str) or value not in options:
        allowed = "one of " + ", ".join(repr(c) for c in options)
        raise invalid_value(name, value, allowed)
    return value


def check_text(value: Any, name: str = "text") -> str:
    """Return ``value`` if it is a `str`, else raise a `TextkitError`."""
    if not isinstance(value, str):
        raise invalid_value(name, value, "a str")
    return value


def check_encodable(value: str, name: str = "text") -> str:
    """Return ``value`` if it holds no lone surrogate (U+D800–U+DFFF), else raise a `TextkitError`.

    A Python str can hold lone surrogates (from ``errors="surrogateescape"``), but no
    UTF encoding can write them, so libraries that hand text to C or Arrow code fail on
    them. Functions that do so call this first.

    Example:
        >>> check_encodable("抖音电商")
        '抖音电商'
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise TextkitError(
            f"{name} must be text without lone surrogates (U+D800-U+DFFF), got {value[err.start]!r} at position "
            f"{err.start}; decode files strictly, e.g. with textkit.read_text"
        ) from None
    return value
