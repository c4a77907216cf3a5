"""The one exception type textkit raises for bad input, and helpers for its messages."""

from __future__ import annotations

import importlib
import math
import operator
import sys
from collections.abc import Iterable
from types import CodeType, FrameType, ModuleType
from typing import Any

__all__ = [
    "MissingExtraError",
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
    "import_extra",
    "invalid_value",
    "one_line",
    "short_repr",
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


class MissingExtraError(TextkitError, ImportError):
    """Raised when a function needs an optional dependency that is not installed; the message names the extra.

    A `TextkitError` and an ``ImportError``, like `PlottingUnavailableError`: code that
    treats figures as optional (``except ImportError``) carries on without them.

    Example:
        >>> try:
        ...     import_extra("no_such_module_here", "plot", "drawing a figure")
        ... except MissingExtraError as err:
        ...     print(err)
        drawing a figure needs 'no_such_module_here', which is not installed: pip install "textkit[plot]"
    """


def import_extra(module: str, extra: str, what: str) -> ModuleType:
    """Import an optional dependency, or raise a `MissingExtraError` saying which extra installs it.

    Only a missing ``module`` (or its top-level package) is turned into the error: an
    ``ImportError`` raised inside an installed package is a broken installation and
    propagates unchanged.

    Args:
        module: The module to import, e.g. ``"matplotlib"`` or ``"wordcloud"``.
        extra: The textkit extra that installs it, e.g. ``"plot"``.
        what: What needs it, for the message (``"drawing a figure"``).

    Returns:
        The imported module.

    Raises:
        MissingExtraError: ``module`` is not installed (or is blocked by ``sys.modules[module] = None``).

    Example:
        >>> import_extra("json", "plot", "reading JSON").__name__
        'json'
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as err:
        missing = err.name or module
        if not (module == missing or module.startswith(missing + ".")):
            raise  # something an installed package imports is missing: a broken installation, not ours to rename
        raise MissingExtraError(
            f'{what} needs {module!r}, which is not installed: pip install "textkit[{extra}]"'
        ) from None


def short_repr(value: Any, limit: int = 60) -> str:
    """A value as it appears in textkit's messages: its ``repr`` on one line, cut at ``limit`` characters.

    Example:
        >>> short_repr("抖音电商" * 20, limit=12)
        "'抖音电商抖音电商抖音…"
    """
    text = repr(value) if not isinstance(value, (int, float)) else str(value)
    if "\n" in text:  # a container's multi-line repr (a DataFrame, a Series)
        text = " ".join(text.split())
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
    return TextkitError(f"{name} must be {allowed}, got {type(value).__name__}: {short_repr(value)}")


def check_choice(name: str, value: Any, choices: Iterable[str]) -> str:
    """Return ``value`` if it is one of ``choices``, else raise a `TextkitError`."""
    options = tuple(choices)
    if not isinstance(value, str) or value not in options:
        allowed = "one of " + ", ".join(repr(c) for c in options)
        raise invalid_value(name, value, allowed)
    return value


def check_text(value: Any, name: str = "text") -> str:
    """Return ``value`` if it is a `str`, else raise a `TextkitError`.

    Many texts at once (a pandas or Dask Series, a list, an array ...) get a short message that
    gives their type and length, never their content, and points to `textkit.corpus.map_texts`
    with the name of the function that was called.

    Example:
        >>> import pandas as pd
        >>> def tokenize(text):
        ...     return check_text(text)
        >>> try:
        ...     tokenize(pd.Series(["抖音电商", "北极星指标"]))
        ... except TextkitError as err:
        ...     print(err)
        text must be one str, got a pandas Series of 2 texts; ... textkit.corpus.map_texts(texts, "tokenize")
    """
    if not isinstance(value, str):
        many = _many_texts(value)
        if many is None:
            raise invalid_value(name, value, "a str")
        caller = _entry_point(sys._getframe(1))
        raise TextkitError(f"{name} must be one str, got {many}; {_many_texts_hint(name, caller)}")
    return value


def _entry_point(frame: FrameType) -> CodeType:
    """The textkit function the user called: the outermost of the textkit frames around ``frame``.

    ``split_sentences`` checks its text in ``sentence_spans``; the message names ``split_sentences``.
    The corpus drivers (``map_texts`` ...) and private helpers are passed over.
    """
    entry = frame.f_code
    outer: FrameType | None = frame.f_back
    while outer is not None:
        module = str(outer.f_globals.get("__name__", ""))
        if not module.startswith("textkit.") or module.startswith("textkit.corpus"):
            break
        if not outer.f_code.co_name.startswith(("_", "<")):
            entry = outer.f_code
        outer = outer.f_back
    return entry


def _many_texts(value: Any) -> str | None:
    """``"a pandas Series of 3 texts"`` for a container of texts, or None for anything else."""
    kind = type(value)
    module = kind.__module__.partition(".")[0]
    if module in {"pandas", "dask", "numpy", "pyarrow", "polars"} and hasattr(value, "__len__"):
        label = f"{module} {kind.__name__}"
    elif isinstance(value, (list, tuple, set, frozenset)):
        label = kind.__name__
    else:
        return None
    if module == "dask":
        return f"a {label}"  # its length needs a computation
    try:
        size = len(value)
    except TypeError:  # a NumPy scalar array
        return None
    unit = "row" if kind.__name__ == "DataFrame" else "text"
    return f"a {label} of {size} {unit}{'s' if size != 1 else ''}"


def _many_texts_hint(name: str, caller: CodeType) -> str:
    """Where to go with many texts: `map_texts` with the function that was called, or `compare_pairs`."""
    func = caller.co_name
    if func == "compare":
        return "for many pairs use textkit.compare_pairs(summaries, sources)"
    if name != "text":
        return "call it once per text"
    if caller.co_varnames[:1] == ("self",):  # a method, e.g. Segmenter.tokenize
        owner = getattr(caller, "co_qualname", func).rpartition(".")[0] or "object"
        return f"for each text of a Series use textkit.corpus.map_texts(texts, your_{owner.lower()}.{func})"
    target = f'"{func}"' if not func.startswith("_") else "func"
    return f"for each text of a Series use textkit.corpus.map_texts(texts, {target})"


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
