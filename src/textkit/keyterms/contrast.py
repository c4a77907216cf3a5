"""Two texts' keywords side by side: each word's weight, rank and count in both texts.

A word in one text's top list and not the other's is either *absent* from the other text
(its string does not occur there at all) or merely *outside the other's top n* (it occurs,
with a smaller weight): the two say very different things about a summary, so the table
keeps them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._regex import INVISIBLE_RE
from ..errors import check_int, check_text, invalid_value
from .extraction import Method, keywords

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["STATUSES", "compare_keywords", "contrast_tables"]

#: The statuses of `compare_keywords`, in the table's order.
STATUSES: tuple[str, ...] = ("shared", "top_a", "only_a", "top_b", "only_b")
_STATUS_ORDER = {status: k for k, status in enumerate(STATUSES)}
COLUMNS: tuple[str, ...] = ("word", "weight_a", "weight_b", "rank_a", "rank_b", "count_a", "count_b", "status")
_OPTIONS = ("max_words", "idf", "stopwords", "extra_stopwords", "user_words", "pos", "segmenter", "dedupe")


def compare_keywords(
    text_a: str,
    text_b: str,
    *,
    top_n: int = 20,
    method: Method = "phrase",
    **options: Any,
) -> pd.DataFrame:
    """Compare the top keywords of two texts, with each word's weight, rank and count in both.

    Both texts' keywords are extracted with `keywords` and the same options. Every word in
    either text's top ``top_n`` gets a row with its weight and rank in **both** texts and
    how often its string occurs in each, and one status:

    - ``"shared"``: in both top lists;
    - ``"top_a"``: in A's top list; it occurs in B too, but outside B's top ``top_n``;
    - ``"only_a"``: in A's top list and absent from B (``count_b == 0``);
    - ``"top_b"`` and ``"only_b"``: the same for B.

    Args:
        text_a: The first text (e.g. a summary).
        text_b: The second text (e.g. the original).
        top_n: How many keywords to take from each text.
        method: As for `keywords`.
        **options: Any other option of `keywords` (``idf``, ``stopwords``,
            ``user_words``, ``pos``, ``segmenter``, ``max_words``, ``dedupe`` ...).

    Returns:
        A DataFrame with columns ``word``; ``weight_a``, ``weight_b`` (the word's weight
        among all of that text's candidate terms, merged ones included; 0.0 when it is not
        one); ``rank_a``, ``rank_b`` (its 1-based rank in that text's keyword list,
        ``<NA>`` when it is not in it: not a candidate term, or merged into a longer
        phrase); ``count_a``, ``count_b``
        (how many times the word's string occurs in the text, overlaps not counted, invisible characters such as
        zero-width spaces aside) and
        ``status``. Rows are sorted by status in the order above, then by the weight in
        the list the word comes from (the larger one for ``"shared"``) descending, then by
        word. Weights of the two texts are comparable: both are a frequency share times
        the same IDF.

    Raises:
        TextkitError: A text is not a str, or an option is not allowed.

    Example:
        >>> a = "抖音电商的兴趣电商模式。兴趣电商连接用户。"
        >>> b = "抖音电商的货架电商。货架电商满足需求,抖音电商增长。"
        >>> df = compare_keywords(a, b, top_n=2)
        >>> df[["word", "count_a", "count_b", "status"]].values.tolist()
        [['电商', 3, 4, 'shared'], ['兴趣电商', 2, 0, 'only_a'], ['抖音电商', 1, 2, 'top_b']]
    """
    check_text(text_a, "text_a")
    check_text(text_b, "text_b")
    check_int("top_n", top_n, low=1)
    unknown = set(options) - set(_OPTIONS)
    if unknown:
        raise invalid_value("options", sorted(unknown)[0], "an option of textkit.keywords")
    ka = keywords(text_a, top_n=None, method=method, **options)
    kb = keywords(text_b, top_n=None, method=method, **options)
    if options.get("dedupe", True) and method == "phrase":  # the weights of merged terms too
        options["dedupe"] = False
        all_a = keywords(text_a, top_n=None, method=method, **options)
        all_b = keywords(text_b, top_n=None, method=method, **options)
    else:
        all_a, all_b = ka, kb
    return contrast_tables(ka, kb, text_a, text_b, top_n=top_n, all_a=all_a, all_b=all_b)


def contrast_tables(
    ka: pd.DataFrame,
    kb: pd.DataFrame,
    text_a: str,
    text_b: str,
    *,
    top_n: int,
    all_a: pd.DataFrame | None = None,
    all_b: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """`compare_keywords`'s table from the two texts and their full keyword rankings (``word``, ``weight``).

    ``ka`` and ``kb`` give the top lists and ranks; ``all_a`` and ``all_b`` (default: the same), the
    rankings without merging, give the weights of every candidate term, merged ones included.
    """
    import pandas as pd

    all_a = ka if all_a is None else all_a
    all_b = kb if all_b is None else all_b
    words_a, words_b = ka["word"].astype(str).tolist(), kb["word"].astype(str).tolist()
    weight_a = dict(zip(all_a["word"].astype(str), all_a["weight"].astype(float), strict=True))
    weight_b = dict(zip(all_b["word"].astype(str), all_b["weight"].astype(float), strict=True))
    rank_a = {w: k for k, w in enumerate(words_a, start=1)}
    rank_b = {w: k for k, w in enumerate(words_b, start=1)}
    top_a, top_b = set(words_a[:top_n]), set(words_b[:top_n])
    shown_a, shown_b = INVISIBLE_RE.sub("", text_a), INVISIBLE_RE.sub("", text_b)  # 抖\u200b音 counts as 抖音
    rows = []
    for word in top_a | top_b:
        count_a, count_b = shown_a.count(word), shown_b.count(word)
        if word in top_a and word in top_b:
            status, key = "shared", max(weight_a[word], weight_b[word])
        elif word in top_a:
            status, key = ("top_a" if count_b else "only_a"), weight_a[word]
        else:
            status, key = ("top_b" if count_a else "only_b"), weight_b[word]
        rows.append(
            (
                word,
                weight_a.get(word, 0.0),
                weight_b.get(word, 0.0),
                rank_a.get(word),
                rank_b.get(word),
                count_a,
                count_b,
                status,
                key,
            )
        )
    rows.sort(key=lambda r: (_STATUS_ORDER[r[7]], -r[8], r[0]))
    columns = list(zip(*rows, strict=True)) if rows else [()] * (len(COLUMNS) + 1)
    dtypes = ("str", "float64", "float64", "Int64", "Int64", "int64", "int64", "str")
    return pd.DataFrame(
        {name: pd.Series(list(col), dtype=dtype) for name, col, dtype in zip(COLUMNS, columns, dtypes, strict=False)}
    )
