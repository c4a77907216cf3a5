"""Keyword and key-phrase extraction: TF-IDF, phrase-aware TF-IDF, TextRank, and a fitted TF-IDF model.

Three methods share one analysis of the text, so stopwords, user words and
part-of-speech filters mean the same thing in each:

1. The text is cut by a `textkit.Segmenter` (a private ``jieba.Tokenizer``) and each
   token gets the part-of-speech tag of jieba's dictionary (``n``, ``vn``, ``v``,
   ``a``, ``eng`` ...; words jieba's HMM found, and user words without a tag, are
   ``nz``). Tags are looked up, not inferred by ``jieba.posseg``'s HMM, which is
   about six times slower and changes few keywords.
2. A token is a *content token* when it has a letter (so it is not punctuation,
   whitespace, an emoji or a bare number), is not a stopword, and its tag starts with
   one of the allowed prefixes.
3. ``"tfidf"`` scores each content word of two or more characters by
   ``count / n_content_tokens * idf`` — the weighting of ``jieba.analyse.extract_tags``,
   with textkit's Chinese stopwords and the tag filter.
   ``"phrase"`` (the default) scores every run of one to ``max_words`` adjacent
   content tokens (a run never crosses punctuation or a non-content token), so it
   returns terms such as ``姿态控制系统`` or ``北极星指标``: ``count / n_content_tokens ×
   mean idf of its words × sqrt(number of words)``. For one word this is the TF-IDF
   weight; the square root is a mild length prior, so a term repeated as often as
   its parts outranks them. Then a term found mostly inside a longer key phrase is
   merged into it (``dedupe=True``, `textkit.keyterms.redundancy`). ``"textrank"`` ranks
   content words by PageRank on their co-occurrence graph (window of 5 tokens), as in Mihalcea & Tarau (2004) and
   ``jieba.analyse.textrank``.

IDF values come from jieba's bundled table (``jieba/analyse/idf.txt``, read from the
installed jieba package; unknown words get its median) or from a corpus you fit with
`TfidfKeywords`.

Measured on 1,000 CSL scientific abstracts against their authors' keywords (F1@5,
exact match; ``benchmarks/keywords.py``): ``"phrase"`` 0.225 (0.222 with ``dedupe=False``),
``"tfidf"`` 0.142, ``"textrank"`` 0.116; ``jieba.analyse.extract_tags`` 0.142, ``jieba.analyse.textrank`` 0.105.

References: Salton & Buckley (1988), term weighting for retrieval (TF-IDF); Justeson &
Katz (1995) and Hulth (2003), noun-phrase and part-of-speech-pattern candidates for
terms and keyphrases; Mihalcea & Tarau (2004), TextRank.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal, TypeAlias

from ..errors import check_bool, check_choice, check_int, check_text
from ..preprocessing.html import warn_if_html
from ..segmentation import Segmenter, StopwordsArg, UserWord
from .candidates import DEFAULT_POS, TEXTRANK_POS, make_analysis
from .redundancy import merge_redundant
from .textrank import score_textrank
from .tfidf import TfidfKeywords, check_max_words, resolve_idf, term_stats

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Method", "keywords"]

Method: TypeAlias = Literal["phrase", "tfidf", "textrank"]
_METHODS = ("phrase", "tfidf", "textrank")


#: Separates the terms of the ``merged`` column.
MERGED_SEPARATOR = "、"


def _frame(
    scores: Mapping[str, float], top_n: int | None, merged: Mapping[str, list[str]] | None = None
) -> pd.DataFrame:
    import pandas as pd

    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if top_n is not None:
        ranked = ranked[:top_n]
    merged = merged or {}
    return pd.DataFrame(
        {
            "word": pd.Series([w for w, _ in ranked], dtype="str"),
            "weight": pd.Series([float(s) for _, s in ranked], dtype="float64"),
            "merged": pd.Series([MERGED_SEPARATOR.join(merged.get(w, ())) for w, _ in ranked], dtype="str"),
        }
    )


def keywords(
    text: str,
    *,
    top_n: int | None = 20,
    method: Method = "phrase",
    max_words: int = 3,
    idf: Mapping[str, float] | TfidfKeywords | None = None,
    stopwords: StopwordsArg = "default",
    extra_stopwords: Iterable[str] = (),
    user_words: Iterable[UserWord] | None = None,
    pos: Iterable[str] | None = None,
    segmenter: Segmenter | None = None,
    dedupe: bool = True,
) -> pd.DataFrame:
    """Extract the keywords (or key phrases) of a Chinese text.

    Args:
        text: The text (normalise and clean it first; see `textkit.normalize`).
        top_n: How many keywords to return at most (``None`` for every candidate term).
        method: ``"phrase"`` (the default, the best measured: TF-IDF over terms of up
            to ``max_words`` adjacent words), ``"tfidf"`` (single words, like
            ``jieba.analyse.extract_tags``) or ``"textrank"`` (single words). See the
            module documentation for the formulas.
        max_words: The longest term, in words, for ``"phrase"``.
        idf: Where IDF comes from for ``"phrase"`` and ``"tfidf"``: ``None`` for jieba's
            bundled table, a fitted `TfidfKeywords`, or a mapping word → IDF.
        stopwords: ``"default"`` (textkit's Chinese list plus common English function
            words), ``None`` or your own iterable of words. No keyword is a stopword
            and no phrase contains one.
        extra_stopwords: Words to drop in addition to ``stopwords``.
        user_words: Words to keep whole (domain terms, e.g. from `discover_words`).
        pos: Tag prefixes a keyword's words may have (``("n", "vn")``); default
            `DEFAULT_POS` (`TEXTRANK_POS` for ``"textrank"``).
        segmenter: A `Segmenter` to cut with (its stopwords and ``pos`` apply too);
            then leave ``user_words`` unset.
        dedupe: For ``"phrase"``, merge a term that occurs mostly inside a longer key
            phrase into it (全域 and 全域兴趣 into 全域兴趣电商; the rule is in
            `textkit.keyterms.redundancy`). ``False`` keeps every candidate term. The
            single-word methods have nothing to merge.

    Returns:
        A DataFrame with columns ``word`` (str), ``weight`` (float) and ``merged`` (str:
        the terms merged into this one, heaviest first, separated by ``、``; empty when
        none), one row per keyword, sorted by weight descending then word; empty for a
        text without content words. Merged terms do not take a row.

    Raises:
        TextkitError: ``text`` is not a str, or an option is not allowed.

    Example:
        >>> text = "抖音电商提出全域兴趣电商。全域兴趣电商让商家增长,抖音电商的商家越来越多。"
        >>> keywords(text, top_n=4, dedupe=False)["word"].tolist()
        ['电商', '全域兴趣电商', '抖音电商', '兴趣电商']
        >>> keywords(text, top_n=3)[["word", "merged"]].values.tolist()
        [['电商', ''], ['全域兴趣电商', '兴趣电商、全域兴趣、全域、兴趣'], ['抖音电商', '抖音']]
        >>> keywords(text, top_n=3, method="tfidf")["word"].tolist()
        ['电商', '全域', '抖音']
    """
    check_text(text)
    check_int("top_n", top_n, low=1, allow_none=True)
    check_bool("dedupe", dedupe)
    check_choice("method", method, _METHODS)
    check_max_words(max_words)
    table = resolve_idf(idf)
    opts = make_analysis(
        stopwords=stopwords,
        extra_stopwords=extra_stopwords,
        user_words=user_words,
        pos=pos,
        segmenter=segmenter,
        default_pos=TEXTRANK_POS if method == "textrank" else DEFAULT_POS,
    )
    if not text.strip():
        return _frame({}, top_n)
    warn_if_html(text, "keywords")
    tokens = opts.tokens(text)
    if method == "textrank":
        return _frame(score_textrank(tokens), top_n)
    scores, counts, parts_of = term_stats(tokens, table, max_words if method == "phrase" else 1, opts)
    merged: dict[str, list[str]] = {}
    if dedupe and method == "phrase":
        scores, merged = merge_redundant(scores, counts, parts_of)
    return _frame(scores, top_n, merged)


def ranked_with_and_without_merging(text: str, segmenter: Segmenter | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every candidate key phrase of ``text``, ranked as `keywords` ranks them with and without ``dedupe``.

    One segmentation and one count for both tables (`textkit.compare` needs both for a long original).
    """
    check_text(text)
    opts = make_analysis(
        stopwords="default", extra_stopwords=(), user_words=None, pos=None, segmenter=segmenter, default_pos=DEFAULT_POS
    )
    if not text.strip():
        return _frame({}, None), _frame({}, None)
    warn_if_html(text, "keywords")
    scores, counts, parts_of = term_stats(opts.tokens(text), resolve_idf(None), 3, opts)
    merged_scores, merged = merge_redundant(scores, counts, parts_of)
    return _frame(merged_scores, None, merged), _frame(scores, None)
