"""Checking many summaries against their sources at once: `compare_pairs`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..comparison import DEFAULT_THRESHOLD, compare
from ..comparison.support import CONTRADICTIONS
from ..errors import TextkitError, check_unit_float, invalid_value
from ..metrics import rouge
from ..segmentation import Segmenter, segmenter_for
from .apply import _as_series, _is_missing, map_texts

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PAIR_COLUMNS", "compare_pairs"]

#: The columns of `compare_pairs`'s table, before ``alignment``.
PAIR_COLUMNS: tuple[str, ...] = (
    "claims",
    "headings",
    "supported",
    "unsupported",
    "supported_share",
    "support_min",
    "support_mean",
    *(f"contradictions_{kind}" for kind in CONTRADICTIONS),
    "low_support",
    "rouge1_char_f1",
    "rouge2_char_f1",
    "rougeL_char_f1",
)

_COUNTS = frozenset(c for c in PAIR_COLUMNS if not c.startswith(("supported_share", "support_", "rouge")))


def _pair_row(pair: tuple[str, str], *, threshold: float, segmenter: Segmenter) -> dict[str, Any]:
    """One pair's row, read off `compare`'s scores: module level, so that it runs in other processes too."""
    summary, source = pair
    result = compare(
        summary, source, threshold=threshold, segmenter=segmenter, keywords_top_n=0, sentiment=False, rouge_scores=False
    )
    scores = dict(zip(result.scores["metric"], result.scores["value"], strict=True))
    claims = result.claims()
    unsupported = claims.loc[~claims["supported"].astype(bool)] if len(claims) else claims
    char_rouge = rouge(summary, source, rouge_types=("rouge1", "rouge2", "rougeL"))
    return {
        "claims": len(claims),
        "headings": len(result.alignment) - len(claims),
        "supported": len(claims) - len(unsupported),
        "unsupported": len(unsupported),
        **{name: scores[name] for name in ("supported_share", "support_min", "support_mean")},
        **{f"contradictions_{kind}": int(scores[f"contradictions_{kind}"]) for kind in CONTRADICTIONS},
        "low_support": int(unsupported["reason"].str.startswith("low support").sum()) if len(unsupported) else 0,
        **{f"{kind}_char_f1": score.f1 for kind, score in char_rouge.items()},
        "alignment": result.alignment,
    }


def compare_pairs(
    summaries: Any,
    sources: Any,
    *,
    threshold: float | None = None,
    segmenter: Segmenter | None = None,
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Check many summaries against their sources, one tidy row per pair.

    Each pair goes through `textkit.compare` (one segmenter and one support model shared by all; no keywords or
    sentiment, which a batch rarely needs) and gives a row of counts and scores; ``alignment`` holds the pair's
    `textkit.Comparison.alignment`, sentence by sentence, for a closer look. ``n_jobs`` and ``progress`` work as in
    `textkit.corpus.map_texts`.

    Args:
        summaries: The summaries: a list or a pandas Series.
        sources: The texts they summarise, the same length (a Series is matched by position, and the result keeps
            ``summaries``' index).
        threshold: The support a claim needs (`textkit.comparison.DEFAULT_THRESHOLD` if None).
        segmenter: The `textkit.Segmenter` used for words and names (textkit's default if None).
        n_jobs: Processes to use; -1 for one per CPU.
        progress: Show a progress bar (None: only on a terminal).

    Returns:
        A DataFrame indexed like ``summaries`` with the columns of `PAIR_COLUMNS` (claims, headings, supported and
        unsupported claims, supported share, lowest and mean support, contradictions by kind, claims unsupported
        for low support alone, character-level ROUGE-1/2/L F1) and ``alignment``. A pair with a missing summary or
        source (None, NaN, pd.NA) gives a row of missing values.

    Raises:
        TextkitError: The inputs are not lists or Series of the same length, a text is not a str, or an option is
            not allowed.

    Example:
        >>> table = compare_pairs(["图书馆去年借出图书三万册。", None], ["图书馆去年借出图书一万八千册。", "原文"])
        >>> table[["claims", "unsupported", "contradictions_number"]].values.tolist()
        [[1, 1, 1], [<NA>, <NA>, <NA>]]
    """
    import pandas as pd

    left = _as_series(summaries, "summaries")
    right = _as_series(sources, "sources")
    if len(left) != len(right):
        raise TextkitError(f"summaries and sources must be the same length, got {len(left)} and {len(right)}")
    threshold = DEFAULT_THRESHOLD if threshold is None else check_unit_float("threshold", threshold)
    seg = segmenter_for(segmenter)
    pairs: list[tuple[str, str] | None] = []
    for label, summary, source in zip(left.index, left.tolist(), right.tolist(), strict=True):
        if _is_missing(summary) or _is_missing(source):
            pairs.append(None)
            continue
        for name, value in (("summaries", summary), ("sources", source)):
            if not isinstance(value, str):
                raise invalid_value(f"{name}[{label!r}]", value, "a str (None/NaN give a row of missing values)")
        pairs.append((summary, source))
    rows = map_texts(
        pd.Series(pairs, index=left.index, dtype=object),
        _pair_row,
        n_jobs=n_jobs,
        progress=progress,
        threshold=threshold,
        segmenter=seg,
    )
    empty = dict.fromkeys(PAIR_COLUMNS) | {"alignment": None}
    table = pd.DataFrame([row if row is not None else empty for row in rows.tolist()], index=left.index)
    table = table.astype({c: "Int64" for c in _COUNTS} | {c: "Float64" for c in PAIR_COLUMNS if c not in _COUNTS})
    return table[[*PAIR_COLUMNS, "alignment"]]
