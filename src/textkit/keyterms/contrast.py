"""Two texts' keywords side by side: which are shared, which only in one of them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import check_text, invalid_value
from .extraction import Method, keywords

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["compare_keywords", "contrast_tables"]


_STATUS_ORDER = {"shared": 0, "only_a": 1, "only_b": 2}


def compare_keywords(
    text_a: str,
    text_b: str,
    *,
    top_n: int = 20,
    method: Method = "phrase",
    **options: Any,
) -> pd.DataFrame:
    """Compare the top keywords of two texts: shared, only in A, only in B.

    Each text's top ``top_n`` keywords are extracted with `keywords` and the same
    options; a keyword is ``"shared"`` when it is in both lists.

    Args:
        text_a: The first text (e.g. a summary).
        text_b: The second text (e.g. the original).
        top_n: How many keywords to take from each text.
        method: As for `keywords`.
        **options: Any other option of `keywords` (``idf``, ``stopwords``,
            ``user_words``, ``pos``, ``segmenter``, ``max_words`` ...).

    Returns:
        A DataFrame with columns ``word``, ``weight_a``, ``weight_b`` (0.0 when the
        word is not in that text's top list) and ``status`` (``"shared"``,
        ``"only_a"`` or ``"only_b"``), sorted by status in that order, then by the
        larger weight descending, then by word.

    Raises:
        TextkitError: A text is not a str, or an option is not allowed.

    Example:
        >>> a = "抖音电商的兴趣电商模式。兴趣电商连接用户。"
        >>> b = "抖音电商的货架电商。货架电商满足需求,抖音电商增长。"
        >>> df = compare_keywords(a, b, top_n=3)
        >>> df[["word", "status"]].values.tolist()
        [['电商', 'shared'], ['抖音电商', 'shared'], ['兴趣电商', 'only_a'], ['货架电商', 'only_b']]
    """
    check_text(text_a, "text_a")
    check_text(text_b, "text_b")
    unknown = set(options) - {
        "max_words",
        "idf",
        "stopwords",
        "extra_stopwords",
        "user_words",
        "pos",
        "segmenter",
    }
    if unknown:
        raise invalid_value("options", sorted(unknown)[0], "an option of textkit.keywords")
    ka = keywords(text_a, top_n=top_n, method=method, **options)
    kb = keywords(text_b, top_n=top_n, method=method, **options)
    return contrast_tables(ka, kb)


def contrast_tables(ka: pd.DataFrame, kb: pd.DataFrame) -> pd.DataFrame:
    """`compare_keywords`'s table from two keyword tables (``word``, ``weight``) already extracted."""
    import pandas as pd

    wa = dict(zip(ka["word"], ka["weight"], strict=True))
    wb = dict(zip(kb["word"], kb["weight"], strict=True))
    rows = []
    for word in set(wa) | set(wb):
        status = "shared" if word in wa and word in wb else ("only_a" if word in wa else "only_b")
        rows.append((word, float(wa.get(word, 0.0)), float(wb.get(word, 0.0)), status))
    rows.sort(key=lambda r: (_STATUS_ORDER[r[3]], -max(r[1], r[2]), r[0]))
    return pd.DataFrame(
        {
            "word": pd.Series([r[0] for r in rows], dtype="str"),
            "weight_a": pd.Series([r[1] for r in rows], dtype="float64"),
            "weight_b": pd.Series([r[2] for r in rows], dtype="float64"),
            "status": pd.Series([r[3] for r in rows], dtype="str"),
        }
    )
