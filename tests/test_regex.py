"""`lazy_compile`: a pattern compiled on first use behaves as `re.compile`'s."""

from __future__ import annotations

import re

import pytest

from textkit._regex import lazy_compile


def test_lazy_pattern_behaves_like_the_compiled_one() -> None:
    source, flags = r"(?P<n>\d+)(万|亿)?", re.IGNORECASE
    lazy, real = lazy_compile(source, flags), re.compile(source, flags)
    text = "营收120亿，用户3万，增长5"
    assert lazy.findall(text) == real.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("#", text) == real.sub("#", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.search(text, 5).group("n") == real.search(text, 5).group("n")  # type: ignore[union-attr]
    assert lazy.fullmatch("12") is not None and lazy.match("x") is None
    assert (lazy.pattern, lazy.flags, lazy.groups) == (real.pattern, real.flags, real.groups)


def test_nothing_is_compiled_before_first_use() -> None:
    # An invalid pattern fails when first used, not at import: every module pattern is used by the tests.
    lazy = lazy_compile(r"[")
    assert "lazy_compile" in repr(lazy)
    with pytest.raises(re.error):
        lazy.search("[")
