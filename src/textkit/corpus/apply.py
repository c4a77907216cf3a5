"""Running textkit over many texts: pandas Series, streamed chunks, several processes, Dask.

Two functions apply any text function to many texts, uniformly:

- `map_texts` applies a per-text function (``tokenize``, ``keywords``,
  ``extract_article``, ``normalize`` ... or your own) to each text and returns a
  Series with the input's index; missing texts (``None``, ``NaN``, ``pd.NA``) are
  not passed to the function but give ``na_value`` (``None`` by default).
- `map_batches` applies a function that takes a Series of texts and returns a
  DataFrame with one row per text (``sentiment`` is one) to chunks of texts and
  concatenates the results.

Both take a list, a pandas Series or a Dask Series; `imap_texts` takes a stream of
chunks (such as `iter_texts` yields) and yields results chunk by chunk. ``n_jobs`` runs chunks on
several processes (``spawn`` start method: the same on Linux, macOS and Windows,
and nothing is shared with the parent but the function and its arguments); a Dask
Series gives back a lazy Dask object built with ``map_partitions``, whose computed
value equals the pandas result. `iter_texts` streams a folder of text files, a CSV
or a JSON Lines file in chunks, so memory stays bounded whatever the corpus size.
See ``docs/corpus.md`` for recipes.
"""

from __future__ import annotations

import functools
import math
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..errors import TextkitError, check_int, invalid_value, one_line

if TYPE_CHECKING:
    from concurrent.futures import Future

    import pandas as pd

__all__ = ["DEFAULT_CHUNKSIZE", "imap_texts", "map_batches", "map_texts"]

#: Texts per chunk when nothing else is asked for (serial runs, streaming).
DEFAULT_CHUNKSIZE = 1000
_MAX_PARALLEL_CHUNK = 500

# The task a worker process runs, set once per process by `_init_worker` (worker processes only).
_WORKER_TASK: dict[str, Any] = {}


# -- resolving and checking arguments ----------------------------------------------------------


def _lookup(name: str) -> Any:
    """The public textkit function called ``name`` (``"tokenize"``), or None."""
    import textkit  # the package imports this module, so its public names are looked up at call time

    return getattr(textkit, name, None) if name in textkit.__all__ else None


def _resolve_func(func: str | Callable[..., Any]) -> tuple[Callable[..., Any], str]:
    if isinstance(func, str):
        resolved = _lookup(func)
        if resolved is None or not callable(resolved):
            raise invalid_value(
                "func", func, "a callable or the name of a textkit function such as 'tokenize' or 'normalize'"
            )
        return resolved, func
    if not callable(func):
        raise invalid_value("func", func, "a callable or the name of a textkit function such as 'tokenize'")
    target = func.func if isinstance(func, functools.partial) else func
    return func, getattr(target, "__qualname__", None) or repr(func)


def _check_n_jobs(n_jobs: Any) -> int:
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0 or n_jobs < -1:
        raise invalid_value("n_jobs", n_jobs, "a positive int, or -1 for one process per CPU")
    return (os.cpu_count() or 1) if n_jobs == -1 else n_jobs


def _check_chunksize(chunksize: Any) -> int | None:
    return check_int("chunksize", chunksize, low=1, allow_none=True)  # type: ignore[no-any-return]


def _check_progress(progress: Any) -> bool | None:
    if progress is not None and not isinstance(progress, bool):
        raise invalid_value("progress", progress, "None (a bar on a terminal only), True or False")
    return progress


def _check_run(
    texts: Any, func: str | Callable[..., Any], n_jobs: Any, chunksize: Any, progress: Any
) -> tuple[Callable[..., Any], str, int, int | None, bool | None]:
    """The checked options of `map_texts` and `map_batches`: the function and its name, jobs, chunk size, bar."""
    resolved, what = _resolve_func(func)
    jobs = _check_n_jobs(n_jobs)
    size = _check_chunksize(chunksize)
    shown = _check_progress(progress)
    if _is_dask(texts):
        if jobs != 1:
            raise invalid_value("n_jobs", n_jobs, "1 for Dask input (Dask's scheduler runs the partitions)")
        if shown:
            raise invalid_value(
                "progress", progress, "None or False for Dask input (use dask.diagnostics.ProgressBar or the dashboard)"
            )
    return resolved, what, jobs, size, shown


def _show_progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    stream = sys.stderr
    return stream is not None and hasattr(stream, "isatty") and stream.isatty()


def _is_dask(obj: Any) -> bool:
    return type(obj).__module__.split(".")[0] == "dask" and hasattr(obj, "map_partitions")


def _as_series(texts: Any, name: str = "texts") -> pd.Series:
    import pandas as pd

    if isinstance(texts, pd.Series):
        return texts
    if isinstance(texts, pd.DataFrame):
        raise invalid_value(name, texts, "a Series or list of texts; pass one column, e.g. df['text']")
    if isinstance(texts, (str, bytes)):
        raise invalid_value(name, texts, "a list or Series of texts, not a single text")
    if isinstance(texts, Mapping):  # iterating would give its keys
        raise invalid_value(name, texts, "a list or Series of texts; for a dict of texts pass pd.Series(texts)")
    if not isinstance(texts, Iterable):
        raise invalid_value(name, texts, "a list, pandas Series or Dask Series of texts")
    return pd.Series(list(texts), dtype=object)


def _takes_text(func: Callable[..., Any]) -> bool:
    """Whether ``func`` is one of textkit's own functions whose first parameter is a str (``tokenize``, ...)."""
    import inspect

    target = func.func if isinstance(func, functools.partial) else func
    if not (getattr(target, "__module__", None) or "").startswith("textkit."):
        return False
    try:
        first = next(iter(inspect.signature(func).parameters.values()), None)
    except (TypeError, ValueError):
        return False
    return first is not None and first.annotation in ("str", str)


def _check_texts(values: Sequence[Any], labels: Sequence[Any], what: str) -> None:
    """Refuse, before any work, a value that is neither a text nor missing; name it by its index label."""
    for value, label in zip(values, labels, strict=True):
        if not isinstance(value, str) and not _is_missing(value):
            allowed = f"a str, or None/NaN for a missing text ({what} takes text)"
            raise invalid_value(f"texts[{label!r}]", value, allowed)


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return False
    if isinstance(value, float):
        return math.isnan(value)
    try:
        import pandas as pd

        return bool(pd.isna(value)) if pd.api.types.is_scalar(value) else False
    except (TypeError, ValueError):
        return False


def _chunk_bounds(n: int, size: int) -> list[tuple[int, int]]:
    return [(start, min(start + size, n)) for start in range(0, n, size)]


def _progress_bar(total: int, enabled: bool, desc: str) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, disable=not enabled, desc=desc, unit="text", leave=False, dynamic_ncols=True)


# -- the work done on one chunk (in this process or a worker) ---------------------------------


def _add_context(err: BaseException, what: str, label: Any) -> None:
    note = f"textkit.corpus: while applying {what} to the text at index {label!r}"
    if hasattr(err, "add_note"):  # Python >= 3.11
        err.add_note(note)


def _apply_each(
    func: Callable[..., Any],
    what: str,
    kwargs: dict[str, Any],
    na_value: Any,
    values: Sequence[Any],
    labels: Sequence[Any],
) -> list[Any]:
    out: list[Any] = []
    append = out.append
    for value, label in zip(values, labels, strict=True):
        if _is_missing(value):
            append(na_value)
            continue
        try:
            append(func(value, **kwargs))
        except Exception as err:
            _add_context(err, what, label)
            raise
    return out


def _apply_batch(
    func: Callable[..., Any], what: str, kwargs: dict[str, Any], values: Sequence[Any], labels: Sequence[Any]
) -> pd.DataFrame:
    import pandas as pd

    # Missing texts reach func as None whatever their form (NaN, pd.NA from Dask's string columns).
    texts = [None if _is_missing(v) else v for v in values]
    chunk = pd.Series(texts, index=pd.Index(list(labels)), dtype=object)
    result = func(chunk, **kwargs)
    if isinstance(result, pd.Series):
        result = result.to_frame()
    if not isinstance(result, pd.DataFrame):
        raise TextkitError(f"map_batches: {what} must return a DataFrame, got {type(result).__name__}")
    if len(result) != len(chunk):
        raise TextkitError(
            f"map_batches: {what} returned {len(result)} rows for {len(chunk)} texts; it must return one row per text"
        )
    result.index = chunk.index
    return result


def _init_worker(func: Callable[..., Any], what: str, kwargs: dict[str, Any], na_value: Any) -> None:
    """Unpickle the task once per worker process (so a Segmenter in kwargs is built once per process)."""
    _WORKER_TASK.update(func=func, what=what, kwargs=kwargs, na_value=na_value)


def _worker_each(values: list[Any], labels: list[Any]) -> list[Any]:
    task = _WORKER_TASK
    return _apply_each(task["func"], task["what"], task["kwargs"], task["na_value"], values, labels)


def _worker_batch(values: list[Any], labels: list[Any]) -> pd.DataFrame:
    task = _WORKER_TASK
    return _apply_batch(task["func"], task["what"], task["kwargs"], values, labels)


def _check_picklable(func: Callable[..., Any], what: str, kwargs: dict[str, Any], na_value: Any, n_jobs: int) -> None:
    import pickle

    try:
        pickle.dumps((func, kwargs, na_value))
    except Exception as err:
        raise TextkitError(
            f"n_jobs={n_jobs}: {what} and its options must be picklable to run in other processes "
            f"(a module-level function or a functools.partial of one, not a lambda or local function): {err}"
        ) from None


def _pool_map(
    mode: Literal["each", "batch"],
    func: Callable[..., Any],
    what: str,
    kwargs: dict[str, Any],
    na_value: Any,
    tasks: Iterable[tuple[list[Any], list[Any]]],
    n_jobs: int,
) -> Iterator[Any]:
    """Run ``(values, labels)`` tasks on ``n_jobs`` spawned processes; yield their results in order.

    At most two tasks per process are in flight, so memory stays bounded by the chunk
    size even when ``tasks`` streams a corpus larger than memory.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _check_picklable(func, what, kwargs, na_value, n_jobs)
    worker = _worker_each if mode == "each" else _worker_batch
    try:
        pool = ProcessPoolExecutor(
            max_workers=n_jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(func, what, kwargs, na_value),
        )
    except OSError as err:  # e.g. a read-only /dev/shm: no semaphores for the pool's queues
        raise TextkitError(
            f"n_jobs={n_jobs}: cannot start worker processes ({err.strerror or err}); use n_jobs=1"
        ) from None
    try:
        pending: deque[Future[Any]] = deque()
        queue = iter(tasks)
        for values, labels in queue:
            pending.append(pool.submit(worker, values, labels))
            if len(pending) >= 2 * n_jobs:
                break
        while pending:
            result = pending.popleft().result()
            for values, labels in queue:
                pending.append(pool.submit(worker, values, labels))
                break
            yield result
    except BrokenProcessPool:
        pool.shutdown(wait=True, cancel_futures=True)
        raise TextkitError(
            f"n_jobs={n_jobs}: a worker process died. Worker processes import your script: in a script, call "
            "textkit under `if __name__ == '__main__':`; otherwise the machine may be out of memory (use fewer "
            "jobs or n_jobs=1)"
        ) from None
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _run_chunks(
    mode: Literal["each", "batch"],
    func: Callable[..., Any],
    what: str,
    kwargs: dict[str, Any],
    na_value: Any,
    values: list[Any],
    labels: list[Any],
    *,
    n_jobs: int,
    chunksize: int | None,
    progress: bool,
) -> list[Any]:
    """Apply the task to ``values`` chunk by chunk; return one result per chunk, in order."""
    n = len(values)
    if chunksize is None:
        chunksize = DEFAULT_CHUNKSIZE if n_jobs == 1 else max(1, min(_MAX_PARALLEL_CHUNK, math.ceil(n / (4 * n_jobs))))
    bounds = _chunk_bounds(n, chunksize)
    results: list[Any] = []
    with _progress_bar(n, progress, what) as bar:
        if n_jobs == 1 or len(bounds) <= 1:
            for lo, hi in bounds:
                if mode == "each":
                    results.append(_apply_each(func, what, kwargs, na_value, values[lo:hi], labels[lo:hi]))
                else:
                    results.append(_apply_batch(func, what, kwargs, values[lo:hi], labels[lo:hi]))
                bar.update(hi - lo)
            return results
        tasks = ((values[lo:hi], labels[lo:hi]) for lo, hi in bounds)
        for result in _pool_map(mode, func, what, kwargs, na_value, tasks, min(n_jobs, len(bounds))):
            results.append(result)
            bar.update(len(result))
    return results


# -- public: map_texts, map_batches ------------------------------------------------------------


def _map_partition_each(
    part: pd.Series, func: Callable[..., Any], what: str, kwargs: dict[str, Any], na_value: Any, dtype: Any
) -> pd.Series:
    import pandas as pd

    values = part.tolist()
    out = _apply_each(func, what, kwargs, na_value, values, part.index.tolist())
    result: pd.Series = pd.Series(out, index=part.index, name=part.name, dtype=dtype)
    return result


def _map_partition_batch(
    part: pd.Series, func: Callable[..., Any], what: str, kwargs: dict[str, Any], meta: pd.DataFrame
) -> pd.DataFrame:
    if len(part) == 0:
        return meta.iloc[:0]
    return _apply_batch(func, what, kwargs, part.tolist(), part.index.tolist())


def map_texts(
    texts: Any,
    func: str | Callable[..., Any],
    /,
    *,
    n_jobs: int = 1,
    chunksize: int | None = None,
    progress: bool | None = None,
    na_value: Any = None,
    dtype: Any = object,
    **kwargs: Any,
) -> Any:
    """Apply a per-text function to every text, keeping the index.

    Args:
        texts: A list (or any iterable) of texts, a pandas Series, or a Dask Series.
        func: The function, called as ``func(text, **kwargs)``: a textkit function's
            name (``"tokenize"``, ``"keywords"``, ``"normalize"``, ``"extract_article"``
            ...) or any callable. With ``n_jobs > 1`` it must be picklable (a
            module-level function or a ``functools.partial`` of one).
        n_jobs: Processes to use (``-1``: one per CPU). Texts go to worker processes
            in chunks; each worker unpickles ``func`` and ``kwargs`` once, so a
            `Segmenter` passed as ``segmenter=`` is built once per process. Must be 1
            for Dask input (Dask schedules the partitions itself).
        chunksize: Texts per chunk (default 1000 in one process; with ``n_jobs > 1``,
            about a quarter of each process's share, at most 500).
        progress: Show a tqdm progress bar (``tqdm.auto``, so notebooks get a widget):
            ``None`` shows one only when standard error is a terminal.
        na_value: The result for a missing text (``None``, ``NaN``, ``pd.NA``), which
            is never passed to ``func``; e.g. ``na_value=[]`` ... but mind that one
            object is then shared by those rows.
        dtype: The result's dtype (``object`` by default; e.g. ``"float64"`` for scores).
        **kwargs: Options passed to ``func``.

    Returns:
        A pandas Series with the input's index and name (a list input gets a
        RangeIndex), one result per text; for a Dask Series, a lazy Dask Series built
        with ``map_partitions`` whose computed value equals the pandas result.

    Raises:
        TextkitError: An option is not allowed, ``func`` is not picklable with
            ``n_jobs > 1``, or, for textkit's own text functions, a value is neither
            a str nor missing (named by its index label, ``texts['r7']``, before any
            work). Errors raised by ``func`` propagate unchanged, with a note naming
            the index label of the text that failed.

    Example:
        >>> import pandas as pd
        >>> posts = pd.Series(["抖音电商的增量价值", None, "北极星指标"], index=["a", "b", "c"])
        >>> map_texts(posts, "tokenize").tolist()
        [['抖音', '电商', '的', '增量', '价值'], None, ['北极星', '指标']]
    """
    resolved, what, jobs, size, shown = _check_run(texts, func, n_jobs, chunksize, progress)
    import pandas as pd

    try:
        pd.api.types.pandas_dtype(dtype)
    except TypeError:
        raise invalid_value("dtype", dtype, "a pandas dtype such as object, 'float64' or 'str'") from None
    if _is_dask(texts):
        meta = pd.Series(dtype=dtype, name=texts.name)
        return texts.map_partitions(
            _map_partition_each, resolved, what, kwargs, na_value, dtype, meta=meta, enforce_metadata=False
        )
    series = _as_series(texts)
    values = series.tolist()
    if _takes_text(resolved):
        _check_texts(values, series.index.tolist(), what)
    _check_missing_fit(values, series.index, na_value, dtype)
    chunks = _run_chunks(
        "each",
        resolved,
        what,
        kwargs,
        na_value,
        values,
        series.index.tolist(),
        n_jobs=jobs,
        chunksize=size,
        progress=_show_progress(shown),
    )
    flat = [item for chunk in chunks for item in chunk]
    try:
        return pd.Series(flat, index=series.index, name=series.name, dtype=dtype)
    except (TypeError, ValueError) as err:
        raise TextkitError(
            f"dtype: the results do not fit dtype {dtype!r} ({one_line(err, 120)}); use dtype=object"
        ) from None


def _check_missing_fit(values: list[Any], index: Any, na_value: Any, dtype: Any) -> None:
    """Refuse, before any work, a dtype that cannot hold ``na_value`` when some texts are missing."""
    import numpy as np
    import pandas as pd

    resolved = pd.api.types.pandas_dtype(dtype)
    if not isinstance(resolved, np.dtype) or resolved.kind not in "iub":
        return  # object, float, str and pandas' nullable dtypes hold a missing value
    if na_value is not None and not _is_missing(na_value):
        return
    missing = [label for label, value in zip(index, values, strict=True) if _is_missing(value)]
    if missing:
        raise TextkitError(
            f"dtype: {resolved} cannot hold the result of a missing text ({len(missing)} missing, the first at "
            f"index {missing[0]!r}); pass na_value= (e.g. 0), or a nullable dtype such as 'Int64' or 'boolean'"
        )


def map_batches(
    texts: Any,
    func: str | Callable[..., Any],
    /,
    *,
    n_jobs: int = 1,
    chunksize: int | None = None,
    progress: bool | None = None,
    meta: Any = None,
    **kwargs: Any,
) -> Any:
    """Apply a function that turns a Series of texts into a DataFrame, chunk by chunk.

    Use it for functions that already take many texts and return one row per
    text, such as ``sentiment``. Each chunk is a pandas Series of texts (object
    dtype, missing texts left in as ``None`` for ``func`` to handle) with the input's index;
    the chunks' results are concatenated in order.

    Args:
        texts: A list (or any iterable) of texts, a pandas Series, or a Dask Series.
        func: The function, called as ``func(chunk, **kwargs)``: a textkit function's
            name (``"sentiment"``) or any callable returning a DataFrame (or Series)
            with one row per text.
        n_jobs: Processes to use (see `map_texts`).
        chunksize: Texts per chunk (see `map_texts`).
        progress: Show a progress bar (see `map_texts`).
        meta: For Dask input: an empty DataFrame with the result's columns and
            dtypes. By default it is found by calling ``func`` on an empty Series.
        **kwargs: Options passed to ``func``.

    Returns:
        A pandas DataFrame with the input's index (a list input gets a RangeIndex),
        or, for a Dask Series, a lazy Dask DataFrame.

    Raises:
        TextkitError: An option is not allowed, or ``func`` does not return one row
            per text.

    Example:
        >>> import pandas as pd
        >>> def lengths(chunk):
        ...     return pd.DataFrame({"chars": chunk.str.len()})
        >>> map_batches(pd.Series(["抖音电商", "北极星指标"], index=[7, 9]), lengths)
           chars
        7      4
        9      5
    """
    resolved, what, jobs, size, shown = _check_run(texts, func, n_jobs, chunksize, progress)
    import pandas as pd

    if _is_dask(texts):
        if meta is None:
            try:
                meta = _apply_batch(resolved, what, kwargs, [], [])
            except Exception as err:
                raise TextkitError(
                    f"map_batches: cannot find the result's columns by calling {what} on no texts ({err}); pass meta="
                ) from None
        if not isinstance(meta, pd.DataFrame):
            raise invalid_value("meta", meta, "None or an empty pandas DataFrame with the result's columns")
        return texts.map_partitions(_map_partition_batch, resolved, what, kwargs, meta, meta=meta)
    series = _as_series(texts)
    chunks = _run_chunks(
        "batch",
        resolved,
        what,
        kwargs,
        None,
        series.tolist(),
        series.index.tolist(),
        n_jobs=jobs,
        chunksize=size,
        progress=_show_progress(shown),
    )
    if not chunks:
        empty = _apply_batch(resolved, what, kwargs, [], [])
        empty.index = series.index[:0]
        return empty
    out = pd.concat(chunks) if len(chunks) > 1 else chunks[0]
    out.index = series.index
    return out


def imap_texts(
    chunks: Iterable[Any],
    func: str | Callable[..., Any],
    /,
    *,
    n_jobs: int = 1,
    progress: bool | None = None,
    na_value: Any = None,
    dtype: Any = object,
    **kwargs: Any,
) -> Iterator[pd.Series]:
    """Apply a per-text function to a stream of chunks of texts, yielding one result per chunk.

    The streaming twin of `map_texts`: give it chunks as they come (for example
    ``chunk["text"] for chunk in iter_texts("posts.csv")``) and it yields, in the
    same order, a Series per chunk with that chunk's index. With ``n_jobs > 1`` one
    pool of processes serves the whole stream and at most two chunks per process
    are in flight, so memory is bounded by the chunk size, not the corpus size.

    Args:
        chunks: An iterable of pandas Series (or lists) of texts.
        func: As for `map_texts`.
        n_jobs: Processes to use (``-1``: one per CPU).
        progress: Show a progress bar counting texts (``None``: only on a terminal).
        na_value: The result for a missing text.
        dtype: The results' dtype.
        **kwargs: Options passed to ``func``.

    Yields:
        One Series per chunk, with the chunk's index and name.

    Raises:
        TextkitError: An option is not allowed, or ``func`` is not picklable with
            ``n_jobs > 1``.

    Example:
        >>> chunks = [["抖音电商", None], ["北极星指标"]]
        >>> [s.tolist() for s in imap_texts(chunks, "tokenize")]
        [[['抖音', '电商'], None], [['北极星', '指标']]]
    """
    resolved, what = _resolve_func(func)
    jobs = _check_n_jobs(n_jobs)
    shown = _show_progress(_check_progress(progress))
    import pandas as pd

    try:
        pd.api.types.pandas_dtype(dtype)
    except TypeError:
        raise invalid_value("dtype", dtype, "a pandas dtype such as object, 'float64' or 'str'") from None
    if isinstance(chunks, (str, bytes)) or not isinstance(chunks, Iterable) or _is_dask(chunks):
        raise invalid_value("chunks", chunks, "an iterable of pandas Series (or lists) of texts")
    takes_text = _takes_text(resolved)

    def checked(chunk: Any) -> pd.Series:
        series = _as_series(chunk)
        if takes_text:
            _check_texts(series.tolist(), series.index.tolist(), what)
        return series

    series_chunks = (checked(chunk) for chunk in chunks)
    with _progress_bar(0, shown, what) as bar:
        bar.total = None
        if jobs == 1:
            for series in series_chunks:
                out = _apply_each(resolved, what, kwargs, na_value, series.tolist(), series.index.tolist())
                bar.update(len(series))
                yield pd.Series(out, index=series.index, name=series.name, dtype=dtype)
            return
        # The parent keeps each chunk's index and name; workers get only the texts (and labels for errors).
        shapes: deque[pd.Series] = deque()

        def tasks() -> Iterator[tuple[list[Any], list[Any]]]:
            for series in series_chunks:
                shapes.append(series)
                yield series.tolist(), series.index.tolist()

        for result in _pool_map("each", resolved, what, kwargs, na_value, tasks(), jobs):
            series = shapes.popleft()
            bar.update(len(series))
            yield pd.Series(result, index=series.index, name=series.name, dtype=dtype)
