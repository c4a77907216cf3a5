"""The one exception type textkit raises for bad input, and helpers for its messages."""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable
from typing import Any

__all__ = [
    "PlottingUnavailableError",
    "TextkitError",
    "TextkitWarning",
    "check_bool",
    "check_choice",
    "check_encodable",
    "check_int",
    "check_number",
    "check_text",
    "check_unit_float",
    "invalid_value",
    "one_line",
]


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


class TextkitWarning(UserWarning):
    """Warns that textkit analysed something it suspects is not what you meant, such as HTML markup.

    Silence it with ``warnings.filterwarnings("ignore", category=textkit.TextkitWarning)``.

    Example:
        >>> import warnings, textkit
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     _ = textkit.split_sentences("<html><body><p>抖音电商。</p></body></html>")
        >>> caught[0].category.__name__
        'TextkitWarning'
    """


class PlottingUnavailableError(TextkitError, ImportError):
    """Raised when drawing a figure where matplotlib cannot start: no writable directory for its configuration.

    A `TextkitError` (so ``except TextkitError`` catches it) and an ``ImportError``
    (so code that treats plotting as optional, ``except ImportError``, carries on
    without figures).
    """


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value) if not isinstance(value, (int, float)) else str(value)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def one_line(err: BaseException, limit: int | None = None) -> str:
    r"""An exception's message on one line (its type's name if it has none), cut at ``limit`` characters if given.

    Example:
        >>> one_line(ValueError("invalid literal\n  for int()"))
        'invalid literal for int()'
    """
    text = " ".join(str(err).split()) or type(err).__name__
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


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


def check_bool(name: str, value: Any) -> bool:
    """Return ``value`` if it is ``True`` or ``False`` (not 1, 0 or ``"yes"``), else raise a `TextkitError`.

    Example:
        >>> check_bool("hmm", True)
        True
    """
    if not isinstance(value, bool):
        raise invalid_value(name, value, "True or False")
    return value


def _range_text(kind: str, low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{kind} from {low:g} to {high:g}"
    if low is not None:
        return f"{kind} >= {low:g}"
    if high is not None:
        return f"{kind} <= {high:g}"
    return kind


def check_int(
    name: str, value: Any, *, low: int | None = None, high: int | None = None, allow_none: bool = False
) -> Any:
    """Return ``value`` as an int if it is an integer (not a bool) within ``[low, high]``, else raise a `TextkitError`.

    Args:
        name: The argument's name, for the message.
        value: What the caller passed.
        low: The smallest value allowed (``None``: no bound).
        high: The largest value allowed (``None``: no bound).
        allow_none: Accept ``None`` too (and return it).

    Returns:
        ``value`` as an int (``None`` if allowed and given).

    Example:
        >>> check_int("top_n", 20, low=1)
        20
        >>> try:
        ...     check_int("top_n", 0, low=1)
        ... except TextkitError as err:
        ...     print(err)
        top_n must be an int >= 1, got int: 0
    """
    if value is None and allow_none:
        return None
    try:  # an int, or an integer-like such as a NumPy integer; never a bool or a float
        number = None if isinstance(value, (bool, float)) else operator.index(value)
    except TypeError:
        number = None
    if number is None or (low is not None and number < low) or (high is not None and number > high):
        allowed = _range_text("an int", low, high)
        raise invalid_value(name, value, allowed + " or None" if allow_none else allowed)
    return number


def check_number(
    name: str, value: Any, *, low: float | None = None, high: float | None = None, allow_none: bool = False
) -> Any:
    """Return ``value`` if it is a finite real number (not a bool) within ``[low, high]``, else raise.

    Example:
        >>> check_number("min_entropy", 1.5, low=0)
        1.5
    """
    if value is None and allow_none:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or (low is not None and value < low)
        or (high is not None and value > high)
    ):
        allowed = _range_text("a number", low, high)
        raise invalid_value(name, value, allowed + " or None" if allow_none else allowed)
    return value


def check_unit_float(name: str, value: Any) -> float:
    """Return ``value`` as a float if it is a number between 0 and 1 (a share, a threshold), else raise.

    Example:
        >>> check_unit_float("threshold", 0.6)
        0.6
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise invalid_value(name, value, "a number between 0 and 1")
    return float(value)
