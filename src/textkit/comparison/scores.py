"""The scores and side tables of a comparison: ROUGE, compression, novelty, coverage, keywords, sentiment."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from .._log import get_logger
from ..keyterms.contrast import contrast_tables
from ..keyterms.extraction import ranked_with_and_without_merging
from ..metrics import char_tokens, rouge, word_tokens
from ..segmentation import Segmenter
from ..sentiment_analysis import sentence_sentiment
from .checks import CHECK_KINDS
from .result import KEYWORD_COLUMNS, KEYWORD_COMPARISON_COLUMNS, SENTIMENT_COLUMNS, empty_frame
from .source import Source
from .units import squash

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["keyword_tables", "novel_share", "score_table", "sentiment_table"]


def keyword_tables(summary: str, source: Source, top_n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The original's top keywords (with whether the summary has each) and the two texts' keywords side by side."""
    import pandas as pd

    if not top_n or not source.text.strip():
        return empty_frame(KEYWORD_COLUMNS), empty_frame(KEYWORD_COMPARISON_COLUMNS)
    top = source.keyword_table(top_n)  # extracted once, for these tables and the support model
    squashed_summary = squash(summary)
    table = pd.DataFrame(
        {
            "word": top["word"].astype(str),
            "weight": top["weight"].astype(float),
            "in_summary": [squash(w) in squashed_summary for w in top["word"]],
        },
        columns=KEYWORD_COLUMNS,
    )
    if not summary.strip():
        return table, empty_frame(KEYWORD_COMPARISON_COLUMNS)
    ranked_source, every_source = source.ranked_keywords(), source.ranked_keywords(dedupe=False)
    ranked_summary, every_summary = ranked_with_and_without_merging(summary, source.segmenter)
    side_by_side = contrast_tables(
        ranked_source, ranked_summary, source.text, summary, top_n=top_n, all_a=every_source, all_b=every_summary
    )
    return table, side_by_side.reindex(columns=KEYWORD_COMPARISON_COLUMNS).reset_index(drop=True)


def sentiment_table(summary: str, original: str) -> tuple[pd.DataFrame, str]:
    """Sentence sentiment of both texts, and a note when it could not be computed."""
    import pandas as pd

    frames = []
    for name, text in (("summary", summary), ("original", original)):
        try:
            table = sentence_sentiment(text) if text.strip() else pd.DataFrame(columns=SENTIMENT_COLUMNS[1:])
        except Exception as err:  # a failing model (SnowNLP missing, say) leaves a note, not a broken comparison
            get_logger(__name__).warning("sentence sentiment failed: %s", err)
            return pd.DataFrame(columns=SENTIMENT_COLUMNS), f"sentiment: not computed ({type(err).__name__}: {err})"
        table = table.reindex(columns=SENTIMENT_COLUMNS[1:])
        table.insert(0, "text", name)
        frames.append(table)
    return pd.concat(frames, ignore_index=True), ""


def novel_share(summary: list[str], original: list[str], n: int) -> float:
    """Share of the summary's n-grams that the original does not have."""
    if n == 1:  # the units themselves
        grams: list[Any] = list(summary)
        known: set[Any] = set(original)
    else:  # tuple(tokens[i : i + n]) for each i
        grams = list(zip(*(summary[k:] for k in range(n)), strict=False))
        known = set(zip(*(original[k:] for k in range(n)), strict=False))
    if not grams:
        return 0.0
    return sum(g not in known for g in grams) / len(grams)


def score_table(
    summary: str,
    original: str,
    *,
    segmenter: Segmenter,
    alignment: pd.DataFrame,
    n_source: int,
    n_covered: int,
    checks: pd.DataFrame,
    keywords: pd.DataFrame,
    sentiment: pd.DataFrame,
    rouge_scores: bool,
) -> pd.DataFrame:
    """The tidy ``metric``/``value`` table of `Comparison.scores`."""
    import pandas as pd

    metrics: list[tuple[str, float]] = []
    sum_chars, orig_chars = char_tokens(summary), char_tokens(original)
    if rouge_scores:
        tokenizers: dict[str, Callable[[str], list[str]]] = {  # each text's characters are listed once
            "char": lambda text: (
                sum_chars if text is summary else orig_chars if text is original else char_tokens(text)
            ),
            "word": partial(word_tokens, segmenter=segmenter),  # the segmenter remembers compare's cuts
        }
        for tok, tokenizer in tokenizers.items():
            for kind, sc in rouge(
                summary, original, tokenizer=tokenizer, rouge_types=("rouge1", "rouge2", "rougeL")
            ).items():
                metrics += [(f"{kind}_{tok}_f1", sc.f1), (f"{kind}_{tok}_precision", sc.precision)]
                metrics.append((f"{kind}_{tok}_recall", sc.recall))
    metrics.append(("compression_ratio", len(sum_chars) / len(orig_chars) if orig_chars else 0.0))
    for n, name in ((1, "novel_unigrams"), (2, "novel_bigrams"), (3, "novel_trigrams")):
        metrics.append((name, novel_share(sum_chars, orig_chars, n)))
    claims = alignment.loc[alignment["kind"] == "claim"]
    n_sum = len(claims)
    metrics.append(("summary_sentences", float(len(alignment))))
    metrics.append(("summary_claims", float(n_sum)))
    metrics.append(("summary_headings", float(len(alignment) - n_sum)))
    metrics.append(("original_sentences", float(n_source)))
    metrics.append(("supported_share", float(claims["supported"].astype(bool).mean()) if n_sum else math.nan))
    metrics.append(("support_mean", float(claims["support"].mean()) if n_sum else math.nan))
    metrics.append(("support_min", float(claims["support"].min()) if n_sum else math.nan))
    metrics.append(("original_covered_share", n_covered / n_source if n_source else 0.0))
    failed = checks.loc[~checks["in_source"].astype(bool)] if len(checks) else checks
    metrics.append(("unsupported_names_numbers", float(failed["kind"].isin(("number", "date", "name")).sum())))
    quoted = failed.loc[failed["source"] != ""] if len(failed) else failed  # a contradiction quotes the source
    for kind in CHECK_KINDS:
        metrics.append((f"contradictions_{kind}", float((quoted["kind"] == kind).sum())))
    metrics.append(("keyword_coverage", float(keywords["in_summary"].mean()) if len(keywords) else math.nan))
    if len(sentiment):
        for name in ("summary", "original"):
            values = pd.to_numeric(sentiment.loc[sentiment["text"] == name, "score"], errors="coerce")
            metrics.append((f"sentiment_mean_{name}", float(values.mean()) if values.notna().any() else math.nan))
            labels = sentiment.loc[sentiment["text"] == name, "label"]
            for label in ("positive", "negative"):
                share = float((labels == label).mean()) if len(labels) else math.nan
                metrics.append((f"sentiment_{label}_share_{name}", share))
    scores = pd.DataFrame(metrics, columns=["metric", "value"])
    scores["value"] = scores["value"].astype(float)
    return scores
