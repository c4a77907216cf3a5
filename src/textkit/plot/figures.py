"""Figures for textkit's results, with Chinese labels that render on any machine.

Each function takes plain data (the DataFrames that `textkit.keywords`,
`textkit.sentiment` and `textkit.compare` return, or a NumPy matrix), draws into
``ax`` if given or else into a new ``matplotlib.figure.Figure`` (not a pyplot
figure, so nothing global is touched and nothing piles up in pyplot's figure
list), and returns the ``Axes`` so that it can be restyled: ``ax.figure`` is the
whole figure. The CJK font from `textkit.plot.fonts.cjk_font` is set on every text of
the figure, so the figure still renders Chinese when it is saved later.

In Jupyter, show a returned figure with ``ax.figure`` as the last line of a cell
(after ``%matplotlib inline`` or importing pyplot); for files and HTML reports use
`figure_to_png_bytes` / `figure_to_base64` or ``ax.figure.savefig(...)``.

Empty input gives an empty figure with the note "无数据 / no data", never an error.

Importing this module imports neither matplotlib nor NumPy: each function imports them when it draws.
matplotlib and wordcloud come with the ``plot`` extra (``pip install "textkit[plot]"``); without them,
drawing raises `textkit.errors.MissingExtraError` (a `TextkitError` and an ``ImportError``) that says so.
Where matplotlib cannot start because no directory for its configuration and cache is writable (neither
``MPLCONFIGDIR``, the home directory nor the temporary directory), drawing raises
`textkit.errors.PlottingUnavailableError` (a `TextkitError` and an ``ImportError``) that says to set
``MPLCONFIGDIR`` to a writable directory.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._log import get_logger
from ..errors import TextkitError, check_bool, check_int, import_extra, invalid_value
from .fonts import apply_cjk_font, cjk_font_path, import_matplotlib, use_cjk_font

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure

__all__ = [
    "coverage_map",
    "figure_to_base64",
    "figure_to_png_bytes",
    "keyword_bars",
    "keyword_comparison",
    "sentiment_trajectory",
    "similarity_matrix",
    "summary_support",
    "word_cloud",
]

#: Colours by keyword-comparison status and by summary support.
STATUS_COLORS: dict[str, str] = {
    "shared": "#6a3d9a",
    "top_a": "#aec7e8",
    "only_a": "#1f77b4",
    "top_b": "#ffbb78",
    "only_b": "#ff7f0e",
}
SUPPORT_COLORS: dict[bool, str] = {True: "#2e8b57", False: "#d62728"}
_BAR_COLOR = "#1f77b4"
_HEADING_COLOR = "#bbbbbb"
_EMPTY_NOTE = "无数据 / no data"
#: Legends sit right of the Axes, so they never hide bars or points.
_LEGEND_OUTSIDE: dict[str, Any] = {
    "loc": "upper left",
    "bbox_to_anchor": (1.01, 1.0),
    "fontsize": "small",
    "frameon": False,
    "borderaxespad": 0.0,
}


# --------------------------------------------------------------------------- keywords


def keyword_bars(
    keywords: pd.DataFrame | pd.Series | Mapping[str, float],
    *,
    top_n: int = 20,
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Draw the top keywords as horizontal bars, the heaviest at the top.

    Args:
        keywords: A DataFrame with columns ``word`` and ``weight`` (as returned by
            ``textkit.keywords``), or a mapping or Series word -> weight. Rows with a missing
            word or a missing/infinite weight are skipped; a word that occurs twice
            keeps its largest weight.
        top_n: How many keywords to draw (a positive int); the order is weight
            descending, then word ascending.
        ax: Axes to draw into; a new figure if None.
        title: Axes title, or None for none.

    Returns:
        The matplotlib ``Axes`` drawn into.

    Raises:
        TextkitError: If ``keywords`` lacks a column, or an option is invalid.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"word": ["抖音", "电商", "直播"], "weight": [0.5, 0.9, 0.2]})
        >>> ax = keyword_bars(df, top_n=2, title="关键词")
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['电商', '抖音']
    """
    import numpy as np

    pairs = _frequencies(keywords, name="keywords")
    top_n = check_int("top_n", top_n, low=1)
    _check_options(ax=ax, title=title)
    pairs = pairs[:top_n]
    with use_cjk_font():
        ax = _new_axes(ax, figsize=(6.4, max(2.4, 0.32 * len(pairs) + 1.2)))
        if not pairs:
            return _finish(_empty(ax), title)
        words = [w for w, _ in pairs]
        weights = [v for _, v in pairs]
        ys = np.arange(len(pairs))
        bars = ax.barh(ys, weights, color=_BAR_COLOR, height=0.7)
        ax.bar_label(bars, labels=[_fmt(v) for v in weights], padding=3, fontsize="small")
        ax.set_yticks(ys, labels=words)
        ax.set_ylim(len(pairs) - 0.5, -0.5)  # heaviest at the top
        ax.set_xlim(min(0.0, *weights), max(0.0, *weights) * 1.15 or 1.0)
        ax.set_xlabel("weight")
        ax.spines[["top", "right"]].set_visible(False)
        return _finish(ax, title)


def keyword_comparison(
    comparison: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    labels: tuple[str, str] = ("A", "B"),
) -> Axes:
    """Draw the keywords of two texts back to back: text A to the left, text B to the right.

    Each row is a word; its bar to the left is its weight in A, to the right its weight
    in B, both coloured by status: in both top lists (purple); in A's top list only,
    present in B outside its top list (light blue) or absent from B (blue); the same for
    B in light orange and orange. A word absent from a text has no bar on that side.

    Args:
        comparison: A DataFrame with columns ``word``, ``weight_a``, ``weight_b`` and
            ``status`` (``"shared"``, ``"top_a"``, ``"only_a"``, ``"top_b"`` or
            ``"only_b"``), as returned by ``textkit.compare_keywords``. Rows are drawn
            top-down in the given order; a missing weight counts as 0.
        ax: Axes to draw into; a new figure if None.
        title: Axes title, or None for none.
        labels: Names of the two texts for the axis and legend, e.g. ``("原文", "摘要")``.

    Returns:
        The matplotlib ``Axes`` drawn into.

    Raises:
        TextkitError: If a column is missing, a status is unknown, or an option is invalid.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"word": ["电商", "直播", "品牌"], "weight_a": [0.8, 0.5, 0.0],
        ...                    "weight_b": [0.6, 0.1, 0.4], "status": ["shared", "top_a", "only_b"]})
        >>> ax = keyword_comparison(df, labels=("原文", "摘要"))
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['电商', '直播', '品牌']
    """
    import numpy as np

    frame = _check_frame(comparison, "comparison", ("word", "weight_a", "weight_b", "status"))
    _check_options(ax=ax, title=title)
    if not isinstance(labels, (tuple, list)) or len(labels) != 2 or not all(isinstance(label, str) for label in labels):
        raise invalid_value("labels", labels, "a pair of str such as ('A', 'B')")
    statuses = [str(s) for s in frame["status"].tolist()]
    unknown = sorted(set(statuses) - set(STATUS_COLORS))
    if unknown:
        allowed = ", ".join(repr(s) for s in STATUS_COLORS)
        raise TextkitError(f"comparison['status'] must hold only {allowed}, got {unknown!r:.80}")
    words = [_label(w) for w in frame["word"].tolist()]
    weight_a = [_finite_or_zero(v) for v in frame["weight_a"].tolist()]
    weight_b = [_finite_or_zero(v) for v in frame["weight_b"].tolist()]
    name_a, name_b = labels
    with use_cjk_font():
        ax = _new_axes(ax, figsize=(7.2, max(2.4, 0.32 * len(words) + 1.6)))
        if not words:
            return _finish(_empty(ax), title)
        from matplotlib.patches import Patch
        from matplotlib.ticker import FuncFormatter

        ys = np.arange(len(words))
        colors = [STATUS_COLORS[s] for s in statuses]
        ax.barh(ys, [-v for v in weight_a], color=colors, height=0.7)
        ax.barh(ys, weight_b, color=colors, height=0.7)
        ax.axvline(0.0, color="black", linewidth=0.8)
        ax.set_yticks(ys, labels=words)
        ax.set_ylim(len(words) - 0.5, -0.5)
        limit = max([*weight_a, *weight_b, 0.0]) * 1.1 or 1.0
        ax.set_xlim(-limit, limit)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: _fmt(abs(x))))
        ax.set_xlabel(f"← weight in {name_a}    |    weight in {name_b} →")
        legend = {
            "shared": "in both top lists",
            "top_a": f"in {name_a}'s top list; in {name_b}, outside it",
            "only_a": f"only in {name_a}, absent from {name_b}",
            "top_b": f"in {name_b}'s top list; in {name_a}, outside it",
            "only_b": f"only in {name_b}, absent from {name_a}",
        }
        handles = [Patch(color=STATUS_COLORS[s], label=label) for s, label in legend.items() if s in statuses]
        ax.legend(handles=handles, **_LEGEND_OUTSIDE)
        ax.spines[["top", "right"]].set_visible(False)
        return _finish(ax, title)


def word_cloud(
    keywords: pd.DataFrame | pd.Series | Mapping[str, float],
    *,
    ax: Axes | None = None,
    width: int = 800,
    height: int = 400,
    seed: int = 0,
    max_words: int = 200,
    title: str | None = None,
) -> Axes:
    """Draw a word cloud of weighted words with the CJK font (``wordcloud.WordCloud``).

    Args:
        keywords: A DataFrame with columns ``word`` and ``weight``, or a mapping or
            Series word -> weight; words with a weight that is not positive and finite are
            skipped.
        ax: Axes to draw into; a new figure (``width`` x ``height`` pixels at 100 dpi)
            if None.
        width: Width of the cloud image in pixels (16 to 10000).
        height: Height of the cloud image in pixels (16 to 10000).
        seed: Random seed for the layout (an int >= 0): the same seed gives the same image.
        max_words: At most this many words, the heaviest first.
        title: Axes title, or None for none.

    Returns:
        The matplotlib ``Axes`` holding the cloud as an image, axis lines hidden.

    Raises:
        TextkitError: If ``keywords`` lacks a column, or an option is invalid.
        MissingExtraError: matplotlib or wordcloud is not installed (``pip install "textkit[plot]"``).

    Example:
        >>> ax = word_cloud({"抖音": 3.0, "电商": 2.0, "直播": 1.0}, width=200, height=100)
        >>> ax.get_images()[0].get_array().shape
        (100, 200, 3)
    """
    pairs = _frequencies(keywords, name="keywords")
    width = check_int("width", width, low=16, high=10_000)
    height = check_int("height", height, low=16, high=10_000)
    seed = check_int("seed", seed, low=0)
    max_words = check_int("max_words", max_words, low=1)
    _check_options(ax=ax, title=title)
    wordcloud = import_extra("wordcloud", "plot", "word_cloud")  # before drawing: no half-made figure
    freqs = {w: v for w, v in pairs[:max_words] if v > 0}
    with use_cjk_font():
        ax = _new_axes(ax, figsize=(width / 100, height / 100))
        if not freqs:
            return _finish(_empty(ax), title)
        cloud = wordcloud.WordCloud(
            font_path=cjk_font_path(),
            width=width,
            height=height,
            random_state=seed,
            max_words=max_words,
            background_color="white",
            prefer_horizontal=1.0,  # rotated Chinese reads badly
        ).generate_from_frequencies(freqs)
        ax.imshow(cloud.to_array(), interpolation="bilinear")
        ax.set_axis_off()
        return _finish(ax, title)


# --------------------------------------------------------------------------- sentiment


def sentiment_trajectory(
    sentences: pd.DataFrame,
    *,
    ax: Axes | None = None,
    window: int = 5,
    title: str | None = None,
    neutral: tuple[float, float] | None = (0.4, 0.6),
) -> Axes:
    """Draw how sentiment moves along a text: one point per sentence and a rolling mean.

    The x axis is the sentence's position in the text (0 = start, 1 = end), the y axis
    its score P(positive); a dashed line marks 0.5 and a shaded band the neutral range.

    Args:
        sentences: A DataFrame with at least columns ``position`` (float in [0, 1]) and
            ``score`` (float in [0, 1] or NaN), as returned by
            ``textkit.sentence_sentiment``. Sentences with a NaN score or position are
            not drawn and do not enter the rolling mean.
        ax: Axes to draw into; a new figure if None.
        window: Rolling-mean window in sentences (an int >= 1, centred; 1 draws no mean).
        title: Axes title, or None for none.
        neutral: The ``(low, high)`` score range shaded as neutral, or None for no band.

    Returns:
        The matplotlib ``Axes`` drawn into.

    Raises:
        TextkitError: If a column is missing, or an option is invalid.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"position": [0.1, 0.5, 0.9], "score": [0.9, 0.2, 0.6],
        ...                    "sentence": ["很好。", "太差了。", "还行。"]})
        >>> ax = sentiment_trajectory(df, window=3, title="情感走势")
        >>> ax.get_title(), len(ax.lines[-1].get_xdata())
        ('情感走势', 3)
    """
    import numpy as np

    frame = _check_frame(sentences, "sentences", ("position", "score"))
    window = check_int("window", window, low=1)
    _check_options(ax=ax, title=title)
    if neutral is not None:
        ok = (
            isinstance(neutral, (tuple, list))
            and len(neutral) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in neutral)
            and 0.0 <= neutral[0] < neutral[1] <= 1.0
        )
        if not ok:
            raise invalid_value("neutral", neutral, "None or a pair (low, high) with 0 <= low < high <= 1")
    position = _numeric(frame["position"], "sentences['position']")
    score = _numeric(frame["score"], "sentences['score']")
    keep = np.isfinite(position) & np.isfinite(score)
    order = np.argsort(position[keep], kind="stable")
    xs, ys = position[keep][order], score[keep][order]
    with use_cjk_font():
        ax = _new_axes(ax, figsize=(8.0, 3.6))
        if neutral is not None:
            ax.axhspan(neutral[0], neutral[1], color="#cccccc", alpha=0.35, linewidth=0, label="neutral range")
        ax.axhline(0.5, color="#555555", linestyle="--", linewidth=0.8)
        ax.set_xlim(0.0, 1.0)
        ax.set_ylim(-0.03, 1.03)
        ax.set_xlabel("position in the text (0 = start, 1 = end)")
        ax.set_ylabel("P(positive)")
        ax.spines[["top", "right"]].set_visible(False)
        if xs.size == 0:
            return _finish(_empty(ax, keep_axes=True), title)
        from matplotlib import colormaps
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch

        cmap = colormaps["RdYlGn"]
        ax.scatter(xs, ys, c=ys, cmap=cmap, vmin=0.0, vmax=1.0, s=18, edgecolors="none")
        # The legend names each mark with a strong colour of its own: a scatter's own legend entry takes the
        # colour of the middle of the map (pale yellow), which is almost invisible on white.
        handles: list[Any] = [
            Line2D([], [], linestyle="none", marker="o", markersize=6, color=cmap(0.9), label="positive sentence"),
            Line2D([], [], linestyle="none", marker="o", markersize=6, color=cmap(0.1), label="negative sentence"),
        ]
        if window > 1:
            import pandas as pd

            mean = pd.Series(ys).rolling(window, center=True, min_periods=1).mean().to_numpy()
            label = f"mean of {window} neighbouring sentences"
            ax.plot(xs, mean, color="#222222", linewidth=1.6, label=label)
            handles.append(Line2D([], [], color="#222222", linewidth=1.6, label=label))
        if neutral is not None:
            handles.append(Patch(color="#cccccc", alpha=0.6, label=f"neutral range {neutral[0]:g}–{neutral[1]:g}"))
        ax.legend(handles=handles, **_LEGEND_OUTSIDE)
        return _finish(ax, title)


# --------------------------------------------------------------------------- comparison


def coverage_map(
    coverage: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    colorbar: bool = True,
) -> Axes:
    """Draw which parts of the original text a summary draws on, as strips along the text.

    The x axis is the character offset in the original. In the upper strip each source
    sentence is a span from ``start`` to ``end`` coloured by its best similarity to any
    summary sentence (dark = closely used); in the lower strip the sentences counted as
    covered are marked. Gaps are text that is in no sentence. The x label gives the
    covered share of sentences and of characters.

    Args:
        coverage: A DataFrame with columns ``start``, ``end`` (char offsets),
            ``similarity`` (0–1, NaN drawn grey) and ``covered`` (bool), one row per
            source sentence, as in ``textkit.compare(...).coverage``.
        ax: Axes to draw into; a new figure if None.
        title: Axes title, or None for none.
        colorbar: Whether to add a colour bar for the similarity.

    Returns:
        The matplotlib ``Axes`` of the strips.

    Raises:
        TextkitError: If a column is missing, offsets are not numbers with
            ``0 <= start <= end``, or an option is invalid.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"start": [0, 10, 25], "end": [9, 24, 40], "similarity": [0.9, 0.1, 0.6],
        ...                    "covered": [True, False, True], "source_sentence": ["抖音电商。", "导航。", "好物。"]})
        >>> ax = coverage_map(df, title="摘要覆盖")
        >>> ax.get_xlabel()
        'character offset in the original — covered: 2 of 3 sentences, 63% of their characters'
    """
    import numpy as np

    frame = _check_frame(coverage, "coverage", ("start", "end", "similarity", "covered"))
    _check_options(ax=ax, title=title)
    check_bool("colorbar", colorbar)
    start = _numeric(frame["start"], "coverage['start']")
    end = _numeric(frame["end"], "coverage['end']")
    if not (np.all(np.isfinite(start)) and np.all(np.isfinite(end)) and np.all((start >= 0) & (start <= end))):
        raise TextkitError("coverage['start'] and coverage['end'] must be numbers with 0 <= start <= end in every row")
    similarity = _numeric(frame["similarity"], "coverage['similarity']")
    covered = np.array([_truthy(v) for v in frame["covered"].tolist()], dtype=bool)
    with use_cjk_font():
        ax = _new_axes(ax, figsize=(10.0, 2.4))
        if len(frame) == 0 or float(end.max()) <= 0.0:
            return _finish(_empty(ax), title)
        from matplotlib import colormaps
        from matplotlib.cm import ScalarMappable
        from matplotlib.colors import Normalize

        cmap = colormaps["Blues"]
        norm = Normalize(0.0, 1.0)
        spans = [(float(s), float(e - s)) for s, e in zip(start, end, strict=True)]
        faces = [cmap(norm(v)) if math.isfinite(v) else "#dddddd" for v in similarity]
        ax.broken_barh(spans, (1.1, 0.8), facecolors=faces, edgecolor="white", linewidth=0.3)
        covered_spans = [span for span, c in zip(spans, covered, strict=True) if c]
        if covered_spans:
            ax.broken_barh(covered_spans, (0.1, 0.8), facecolors=SUPPORT_COLORS[True], linewidth=0)
        ax.set_yticks([0.5, 1.5], labels=["covered", "similarity"])
        ax.set_ylim(0.0, 2.0)
        ax.set_xlim(0.0, float(end.max()))
        n_chars = float((end - start).sum())
        share = float((end - start)[covered].sum()) / n_chars if n_chars > 0 else 0.0
        ax.set_xlabel(
            f"character offset in the original — covered: {int(covered.sum())} of {len(covered)} sentences, "
            f"{share:.0%} of their characters"
        )
        ax.spines[["top", "right", "left"]].set_visible(False)
        if colorbar:
            bar = ax.figure.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=ax, fraction=0.04, pad=0.02)
            bar.set_label("best similarity")
            return _finish(ax, title, extra=[bar.ax])
        return _finish(ax, title)


def similarity_matrix(
    matrix: Any,
    *,
    summary_labels: Sequence[str] | None = None,
    source_labels: Sequence[str] | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    max_label_chars: int = 16,
    max_ticks: int = 40,
) -> Axes:
    """Draw a summary-versus-source similarity matrix as a heat map.

    Rows (y) are summary sentences, columns (x) source sentences; colour runs from white
    for 0 (no overlap) to dark blue for 1 (same sentence). For a long pair of texts, pass
    only the rows and columns worth reading (e.g. each claim's best matches, as the HTML
    report of `textkit.compare` does), with their labels.

    Args:
        matrix: A 2-D array-like of similarities, shape (n_summary, n_source), as in
            ``textkit.compare(...).similarity``; NaN is drawn blank.
        summary_labels: One label per row (e.g. the summary sentences), or None for
            the row numbers.
        source_labels: One label per column, or None for the column numbers.
        ax: Axes to draw into; a new figure if None.
        title: Axes title, or None for none.
        max_label_chars: Labels longer than this are cut and end in "…" (an int >= 2).
        max_ticks: At most this many labelled ticks per axis; with more rows or
            columns every k-th is labelled.

    Returns:
        The matplotlib ``Axes`` of the heat map.

    Raises:
        TextkitError: If ``matrix`` is not a 2-D numeric array, a label list has the
            wrong length, or an option is invalid.

    Example:
        >>> ax = similarity_matrix([[0.9, 0.1], [0.0, 0.7]], summary_labels=["抖音电商很好。", "直播带货。"],
        ...                        source_labels=["抖音电商的十个真相", "直播"], max_label_chars=5)
        >>> [t.get_text() for t in ax.get_xticklabels()]
        ['抖音电商…', '直播']
    """
    import numpy as np

    if hasattr(matrix, "toarray"):  # a SciPy sparse matrix, such as Comparison.similarity
        matrix = matrix.toarray()
    try:
        values = np.asarray(matrix, dtype=float)
    except (TypeError, ValueError) as err:
        raise invalid_value("matrix", matrix, "a 2-D array of numbers") from err
    if values.ndim != 2:
        raise invalid_value("matrix", matrix, f"a 2-D array of numbers (got {values.ndim} dimension(s))")
    n_rows, n_cols = values.shape
    rows = _labels(summary_labels, n_rows, "summary_labels", "rows")
    cols = _labels(source_labels, n_cols, "source_labels", "columns")
    max_label_chars = check_int("max_label_chars", max_label_chars, low=2)
    max_ticks = check_int("max_ticks", max_ticks, low=1)
    _check_options(ax=ax, title=title)
    with use_cjk_font():
        ax = _new_axes(ax, figsize=(8.0, max(3.0, min(12.0, 0.28 * n_rows + 2.0))))
        if values.size == 0:
            return _finish(_empty(ax), title)
        # White for 0 (no overlap), dark blue for 1: the few close matches stand out on an empty background.
        image = ax.imshow(
            values, aspect="auto", interpolation="nearest", cmap="Blues", vmin=0.0, vmax=1.0, origin="upper"
        )
        row_ticks = _tick_positions(n_rows, max_ticks)
        col_ticks = _tick_positions(n_cols, max_ticks)
        ax.set_yticks(row_ticks, labels=[_truncate(rows[i], max_label_chars) for i in row_ticks])
        ax.set_xticks(
            col_ticks, labels=[_truncate(cols[i], max_label_chars) for i in col_ticks], rotation=90, fontsize="small"
        )
        ax.set_ylabel("summary sentence")
        ax.set_xlabel("source sentence")
        bar = ax.figure.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
        bar.set_label("similarity")
        return _finish(ax, title, extra=[bar.ax])


def summary_support(
    alignment: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    max_label_chars: int = 24,
    reason_chars: int = 40,
) -> Axes:
    """Draw one bar per summary sentence: its support (or similarity) in the source, coloured by verdict.

    Green bars are sentences the source supports, red ones are not supported, grey ones are
    headings (``supported`` missing); the ``reason`` (if the column is there) is written whole
    beside each unsupported bar, wrapped onto lines of at most ``reason_chars`` characters
    (never inside a Latin word or number), and the row is made tall enough for it.

    Args:
        alignment: A DataFrame with columns ``summary_index``, ``summary_sentence``,
            ``similarity`` (0–1) and ``supported`` (bool, missing for a heading), optionally
            ``support`` (0–1, drawn instead of ``similarity``) and ``reason``, as in
            ``textkit.compare(...).alignment``.
        ax: Axes to draw into; a new figure if None.
        title: Axes title, or None for none.
        max_label_chars: Sentences longer than this are cut and end in "…" (an int >= 2).
        reason_chars: Reasons are wrapped onto lines of at most this many characters (an int >= 8).

    Returns:
        The matplotlib ``Axes`` drawn into.

    Raises:
        TextkitError: If a column is missing, or an option is invalid.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"summary_index": [0, 1], "summary_sentence": ["抖音电商增长很快。", "月活十亿。"],
        ...                    "similarity": [0.8, 0.1], "supported": [True, False], "reason": ["", "原文没有"]})
        >>> ax = summary_support(df)
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['0 抖音电商增长很快。', '1 月活十亿。']
    """
    import numpy as np

    frame = _check_frame(alignment, "alignment", ("summary_index", "summary_sentence", "similarity", "supported"))
    max_label_chars = check_int("max_label_chars", max_label_chars, low=2)
    reason_chars = check_int("reason_chars", reason_chars, low=8)
    _check_options(ax=ax, title=title)
    measure = "support" if "support" in frame else "similarity"
    similarity = _numeric(frame[measure], f"alignment['{measure}']")
    verdicts: list[bool | None] = [None if _missing(v) else bool(v) for v in frame["supported"].tolist()]
    names = [
        _truncate(f"{_label(i)} {_label(s)}", max_label_chars)
        for i, s in zip(frame["summary_index"].tolist(), frame["summary_sentence"].tolist(), strict=True)
    ]
    reasons = [_label(r) if r is not None else "" for r in frame["reason"].tolist()] if "reason" in frame else None
    shown = [
        _wrap(reason, reason_chars) if reasons is not None and verdict is False and reason else []
        for verdict, reason in zip(verdicts, reasons or [""] * len(verdicts), strict=True)
    ]
    # A row is one unit tall, or taller when its reason needs more than two lines.
    slots = np.array([max(1.0, 0.5 * len(lines)) for lines in shown])
    with use_cjk_font():
        ax = _new_axes(ax, figsize=(8.0, max(2.4, 0.32 * float(slots.sum()) + 1.4)))
        if not names:
            return _finish(_empty(ax), title)
        from matplotlib.patches import Patch

        ys = np.cumsum(slots) - slots / 2 - 0.5
        widths = np.nan_to_num(similarity, nan=0.0)
        colors = [_HEADING_COLOR if v is None else SUPPORT_COLORS[v] for v in verdicts]
        ax.barh(ys, widths, color=colors, height=0.7)
        for y, width, lines in zip(ys, widths, shown, strict=True):
            if lines:
                ax.text(
                    float(width) + 0.01, float(y), "\n".join(lines), va="center", fontsize="x-small", color="#444444"
                )
        ax.set_yticks(ys, labels=names)
        ax.set_ylim(float(slots.sum()) - 0.5, -0.5)
        ax.set_xlim(0.0, 1.0)
        ax.set_xlabel(
            "support: probability that the original supports it"
            if measure == "support"
            else "best similarity to a source sentence"
        )
        n_ok = sum(v is True for v in verdicts)
        n_no = sum(v is False for v in verdicts)
        handles = [
            Patch(color=SUPPORT_COLORS[True], label=f"supported ({n_ok})"),
            Patch(color=SUPPORT_COLORS[False], label=f"not supported ({n_no})"),
        ]
        if n_ok + n_no < len(verdicts):
            handles.append(Patch(color=_HEADING_COLOR, label=f"heading ({len(verdicts) - n_ok - n_no})"))
        ax.legend(handles=handles, **_LEGEND_OUTSIDE)
        ax.spines[["top", "right"]].set_visible(False)
        return _finish(ax, title)


# --------------------------------------------------------------------------- export


def figure_to_png_bytes(figure: Figure | SubFigure | Axes, *, dpi: int = 100) -> bytes:
    """Render a figure (or the figure of an Axes) to PNG bytes.

    Args:
        figure: A matplotlib ``Figure``, ``SubFigure`` or ``Axes`` (its whole figure is rendered).
        dpi: Resolution in dots per inch (an int from 10 to 1000).

    Returns:
        The PNG file's bytes (cropped to the drawn content).

    Raises:
        TextkitError: If ``figure`` is not a figure or Axes, or ``dpi`` is invalid.

    Example:
        >>> ax = keyword_bars({"抖音": 2.0, "电商": 1.0})
        >>> figure_to_png_bytes(ax, dpi=50)[1:4]
        b'PNG'
    """
    import_matplotlib()  # a missing plot extra or an unwritable MPLCONFIGDIR: a TextkitError that says what to do
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, FigureBase

    dpi = check_int("dpi", dpi, low=10, high=1000)
    if not isinstance(figure, (Axes, FigureBase)):
        raise invalid_value("figure", figure, "a matplotlib Figure or Axes")
    root: Any = figure
    while root is not None and not isinstance(root, Figure):  # Axes -> (Sub)Figure -> Figure
        root = root.figure if root.figure is not root else None
    if root is None:
        raise invalid_value("figure", figure, "a matplotlib Figure or an Axes that belongs to one")
    buffer = io.BytesIO()
    root.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", facecolor="white")
    return buffer.getvalue()


def figure_to_base64(figure: Figure | SubFigure | Axes, *, dpi: int = 100) -> str:
    """Render a figure to a base64 PNG string, for ``<img src="data:image/png;base64,...">``.

    Args:
        figure: A matplotlib ``Figure``, ``SubFigure`` or ``Axes``.
        dpi: Resolution in dots per inch (an int from 10 to 1000).

    Returns:
        The PNG bytes encoded as ASCII base64 (no ``data:`` prefix).

    Example:
        >>> figure_to_base64(keyword_bars({"抖音": 2.0}), dpi=50)[:8]
        'iVBORw0K'
    """
    import base64

    return base64.b64encode(figure_to_png_bytes(figure, dpi=dpi)).decode("ascii")


# --------------------------------------------------------------------------- helpers


def _new_axes(ax: Axes | None, *, figsize: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    from matplotlib.figure import Figure

    return Figure(figsize=figsize, layout="constrained").add_subplot()


def _finish(ax: Axes, title: str | None, *, extra: Sequence[Axes] = ()) -> Axes:
    """Set the title and the CJK font on ``ax`` and ``extra`` (e.g. a colour bar's Axes)."""
    if title is not None:
        ax.set_title(title)
    for target in (ax, *extra):
        apply_cjk_font(target)
    return ax


def _empty(ax: Axes, *, keep_axes: bool = False) -> Axes:
    ax.text(0.5, 0.5, _EMPTY_NOTE, transform=ax.transAxes, ha="center", va="center", color="#777777")
    if not keep_axes:
        ax.set_xticks([])
        ax.set_yticks([])
    return ax


def _check_frame(frame: Any, name: str, required: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    wanted = ", ".join(repr(c) for c in required)
    if not isinstance(frame, pd.DataFrame):
        raise invalid_value(name, frame, f"a pandas DataFrame with columns {wanted}")
    missing = [c for c in required if c not in frame.columns]
    if missing:
        have = ", ".join(repr(str(c)) for c in frame.columns[:12])
        raise TextkitError(
            f"{name} is missing column(s) {', '.join(repr(c) for c in missing)}: it needs {wanted} and has [{have}]"
        )
    return frame


def _frequencies(data: Any, *, name: str) -> list[tuple[str, float]]:
    """Validated (word, weight) pairs: no missing words, finite weights, sorted weight desc then word asc."""
    import pandas as pd

    if isinstance(data, (Mapping, pd.Series)):
        items = list(data.items())
    else:
        frame = _check_frame(data, name, ("word", "weight"))
        items = list(zip(frame["word"].tolist(), frame["weight"].tolist(), strict=True))
    best: dict[str, float] = {}
    skipped = 0
    for word, weight in items:
        value = _to_float(weight)
        if _missing(word) or not math.isfinite(value) or not str(word).strip():
            skipped += 1
            continue
        key = str(word)
        best[key] = max(value, best.get(key, -math.inf))
    if skipped:
        get_logger(__name__).debug("%s: skipped %d row(s) with a missing word or weight", name, skipped)
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))


def _check_options(*, ax: Any, title: Any) -> None:
    import_matplotlib()  # where matplotlib cannot start: PlottingUnavailableError, which says what to do
    from matplotlib.axes import Axes

    if ax is not None and not isinstance(ax, Axes):
        raise invalid_value("ax", ax, "a matplotlib Axes or None")
    if title is not None and not isinstance(title, str):
        raise invalid_value("title", title, "a str or None")


def _numeric(column: pd.Series, name: str) -> np.ndarray[Any, np.dtype[np.float64]]:
    import numpy as np
    import pandas as pd

    converted = pd.to_numeric(column, errors="coerce")
    bad = converted.isna() & column.notna()
    if bool(bad.any()):
        example = column[bad].iloc[0]
        raise TextkitError(f"{name} must hold numbers, got {type(example).__name__}: {example!r:.60}")
    return np.asarray(converted.to_numpy(dtype=float, na_value=np.nan), dtype=float)


def _labels(labels: Sequence[str] | None, n: int, name: str, what: str) -> list[str]:
    import numpy as np

    if labels is None:
        return [str(i) for i in range(n)]
    if isinstance(labels, str) or not isinstance(labels, Sequence | np.ndarray):
        raise invalid_value(name, labels, f"None or a sequence of {n} labels (one per matrix {what[:-1]})")
    if len(labels) != n:
        raise TextkitError(f"{name} must have one label per matrix {what[:-1]} ({n}), got {len(labels)}")
    return [_label(v) for v in labels]


def _tick_positions(n: int, max_ticks: int) -> list[int]:
    step = max(1, math.ceil(n / max_ticks))
    return list(range(0, n, step))


def _truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: Characters that never begin a wrapped line: they stay with the word before them.
_NO_LINE_START = frozenset(")）,，.。;；:：、!！?？」』”")
#: Characters that never end a wrapped line: they move to the next line with the word they open.
_NO_LINE_END = frozenset("(（「『“")


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters that join back to ``text`` (spaces at a break dropped).

    A run of Latin letters, digits and ``.`` is never split unless it alone is longer than a line.
    """
    import re

    lines: list[str] = []
    line = ""
    for piece in re.findall(r"[A-Za-z0-9.]+|\s+|.", " ".join(text.split())):
        if len(line) + len(piece) > width and line.strip() and piece not in _NO_LINE_START:
            carried = line[-1] if line[-1] in _NO_LINE_END and len(line) > 1 else ""
            lines.append(line[: len(line) - len(carried)].rstrip())
            line = carried + ("" if piece.isspace() else piece)
        else:
            line += piece
        while len(line) > width + 1:
            lines.append(line[:width])
            line = line[width:]
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _label(value: Any) -> str:
    return "" if _missing(value) else str(value)


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _to_float(value: Any) -> float:
    if isinstance(value, bool):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _finite_or_zero(value: Any) -> float:
    number = _to_float(value)
    return number if math.isfinite(number) else 0.0


def _truthy(value: Any) -> bool:
    return False if _missing(value) else bool(value)


def _fmt(value: float) -> str:
    return f"{value:.3g}"
