"""Streaming a corpus from disk in bounded memory: a folder of text files, a CSV or a JSON Lines file."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from .._log import get_logger
from ..errors import TextkitError, TextkitWarning, check_choice, check_int, invalid_value
from ..io import detect_encoding, read_text
from ..io.encoding import ENCODING_HINT
from .apply import DEFAULT_CHUNKSIZE

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd

__all__ = ["iter_texts"]


def _iter_folder(
    folder: Path, pattern: str, chunksize: int, encoding: str | None, errors: str
) -> Iterator[pd.DataFrame]:
    import pandas as pd

    try:  # glob says nothing about a folder it cannot read: it finds no file
        with os.scandir(folder):
            pass
    except OSError as err:
        raise TextkitError(f"{folder}: cannot be read ({err.strerror or err})") from None
    paths = sorted(p for p in folder.glob(pattern) if p.is_file())
    if not paths:
        get_logger(__name__).warning("%s: no file matches %r", folder, pattern)
    for lo in range(0, len(paths), chunksize):
        names: list[str] = []
        texts: list[str | None] = []
        for path in paths[lo : lo + chunksize]:
            names.append(path.relative_to(folder).as_posix())
            try:
                texts.append(read_text(path, encoding=encoding))
            except TextkitError as err:
                if errors == "raise":
                    raise
                get_logger(__name__).warning("skipping %s", err)
                texts.append(None)
        yield pd.DataFrame({"path": names, "text": pd.Series(texts, dtype=object)})


def _iter_csv(
    path: Path, text_column: str, chunksize: int, encoding: str | None, sep: str = ","
) -> Iterator[pd.DataFrame]:
    import csv

    import pandas as pd

    codec = encoding or detect_encoding(path)
    missing = _Missing(path, text_column, "empty cell")
    try:
        # A TSV has no quoting: a field may start with a quote, as in "仙"字溯源.
        quoting: Literal[0, 3] = csv.QUOTE_NONE if sep == "\t" else csv.QUOTE_MINIMAL
        reader = pd.read_csv(
            path,
            sep=sep,
            quoting=quoting,
            chunksize=chunksize,
            encoding=codec,
            dtype={text_column: object},
            # Only an empty cell is missing: "NA", "null", "None", "nan" ... are text (不适用 is written NA too).
            keep_default_na=False,
            na_values=[""],
            # A blank line is a row whose cells are all empty, not nothing: row numbers stay those of the file.
            skip_blank_lines=False,
        )
        with reader:
            first = True
            for chunk in reader:
                if first and text_column not in chunk.columns:
                    raise TextkitError(
                        f"text_column: {path} has no column {text_column!r}; its columns are "
                        + ", ".join(repr(str(c)) for c in chunk.columns)
                    )
                first = False
                chunk[text_column] = chunk[text_column].astype(object).where(chunk[text_column].notna(), None)
                missing.add(chunk.index[chunk[text_column].isna()].tolist())
                yield chunk
    except UnicodeDecodeError as err:
        raise TextkitError(f"{path}: cannot be decoded as {codec}: {err.reason} ({ENCODING_HINT})") from None
    except (pd.errors.ParserError, csv.Error) as err:
        raise TextkitError(f"{path}: not a readable CSV file ({err})") from None
    missing.report()


class _Missing:
    """Counts the rows without a text and says so once the file has been read (a `TextkitWarning`)."""

    def __init__(self, path: Path, column: str, what: str) -> None:
        self.path, self.column, self.what = path, column, what
        self.rows: list[Any] = []
        self.count = 0

    def add(self, rows: list[Any]) -> None:
        self.count += len(rows)
        self.rows.extend(rows[: 5 - len(self.rows)] if len(self.rows) < 5 else [])

    def report(self) -> None:
        if self.count:
            shown = ", ".join(str(r) for r in self.rows) + (", ..." if self.count > len(self.rows) else "")
            rows = "1 row has" if self.count == 1 else f"{self.count:,} rows have"
            warnings.warn(
                f"{self.path}: {rows} no text in {self.column!r} ({self.what}; row {shown}): "
                "the text is None and its results are missing",
                TextkitWarning,
                stacklevel=3,
            )


def _iter_jsonl(path: Path, text_column: str, chunksize: int, encoding: str | None) -> Iterator[pd.DataFrame]:
    import json

    import pandas as pd

    codec = encoding or detect_encoding(path)
    missing = _Missing(path, text_column, "null")
    records: list[Any] = []
    numbers: list[int] = []
    record = 0
    try:
        with path.open(encoding=codec, newline="") as handle:
            for line_number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as err:
                    raise TextkitError(f"{path}: line {line_number} is not JSON ({err.msg})") from None
                if not isinstance(item, dict):
                    raise TextkitError(f"{path}: line {line_number} is not a JSON object")
                if text_column not in item:
                    raise TextkitError(f"text_column: {path}: line {line_number} has no key {text_column!r}")
                if item[text_column] is None:
                    missing.add([record])
                records.append(item)
                numbers.append(record)
                record += 1
                if len(records) >= chunksize:
                    yield _records_frame(records, numbers, text_column)
                    records, numbers = [], []
    except UnicodeDecodeError as err:
        raise TextkitError(f"{path}: cannot be decoded as {codec}: {err.reason} ({ENCODING_HINT})") from None
    if records:
        yield _records_frame(records, numbers, text_column)
    elif record == 0:
        yield pd.DataFrame({text_column: pd.Series([], dtype=object)})
    missing.report()


def _records_frame(records: list[dict[str, Any]], numbers: list[int], text_column: str) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame.from_records(records, index=pd.RangeIndex(numbers[0], numbers[-1] + 1))
    frame[text_column] = pd.Series([r.get(text_column) for r in records], index=frame.index, dtype=object)
    return frame


def iter_texts(
    source: str | os.PathLike[str],
    *,
    pattern: str = "*.txt",
    text_column: str = "text",
    chunksize: int = DEFAULT_CHUNKSIZE,
    encoding: str | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[pd.DataFrame]:
    """Stream a corpus from disk in DataFrames of at most ``chunksize`` texts.

    Memory is bounded by one chunk, whatever the corpus size:

    - a **folder**: the files matching ``pattern`` (``"**/*.txt"`` to descend into
      subfolders), in sorted order, each read whole with `textkit.read_text`
      (encoding detected); columns ``path`` (relative to the folder, with ``/``)
      and ``text``;
    - a **CSV** file (``.csv``, or ``.tsv``: separated by tabs, without quoting): read with pandas in
      chunks; every column of the file, the index continuing across chunks
      (0-based row number);
    - a **JSON Lines** file (``.jsonl``, ``.ndjson``): one JSON object per line,
      read line by line; the objects' keys as columns, the index the 0-based
      record number.

    For CSV and JSONL the encoding of the file is detected from its first MiB
    (UTF-8, GB18030 or Big5) unless ``encoding`` is given. Missing texts are ``None``
    and never dropped: an empty cell (or a blank line) of a CSV, or a JSON ``null``,
    gives a row whose text is ``None``, and a `TextkitWarning` counts them once the
    file has been read. Only an empty cell is missing: strings such as ``NA``,
    ``null``, ``None`` or ``nan`` are kept as text in every column (pandas' default
    would read them as missing).

    Args:
        source: A folder, or a ``.csv``/``.tsv``/``.jsonl``/``.ndjson`` file.
        pattern: Which files of a folder to read (a `pathlib` glob).
        text_column: The column (CSV) or key (JSONL) holding the texts; it must exist.
        chunksize: Texts per DataFrame.
        encoding: A codec to use instead of detecting one.
        errors: For a folder: ``"raise"`` on a file that cannot be read or decoded,
            or ``"skip"`` it (a warning is logged and its ``text`` is ``None``, so no
            row goes missing).

    Yields:
        DataFrames of at most ``chunksize`` rows.

    Raises:
        TextkitError: The source is missing or of an unknown kind, the text column
            is missing, or a file cannot be read or decoded (the message names it).

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("抖音电商", encoding="utf-8")
        >>> _ = (folder / "b.txt").write_bytes("北极星指标".encode("gbk"))
        >>> for chunk in iter_texts(folder, chunksize=10):
        ...     print(chunk.to_dict("records"))
        [{'path': 'a.txt', 'text': '抖音电商'}, {'path': 'b.txt', 'text': '北极星指标'}]
    """
    if not isinstance(source, (str, os.PathLike)):
        raise invalid_value("source", source, "a path to a folder, a .csv or a .jsonl file")
    check_int("chunksize", chunksize, low=1)
    if not isinstance(pattern, str) or not pattern:
        raise invalid_value("pattern", pattern, "a glob pattern such as '*.txt' or '**/*.txt'")
    if not isinstance(text_column, str):
        raise invalid_value("text_column", text_column, "a column name (str)")
    if encoding is not None and not isinstance(encoding, str):
        raise invalid_value("encoding", encoding, "None or a codec name such as 'gb18030'")
    check_choice("errors", errors, ("raise", "skip"))
    from pathlib import Path

    path = Path(source)
    if path.is_dir():
        return _iter_folder(path, pattern, chunksize, encoding, errors)
    if not path.exists():
        raise TextkitError(f"{path}: no such file or folder")
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in (".gz", ".bz2", ".xz", ".zst", ".zip"):
        raise TextkitError(f"{path}: compressed files are not supported; decompress it first")
    kind = suffixes[-1] if suffixes else ""
    if kind in (".csv", ".tsv"):
        return _iter_csv(path, text_column, chunksize, encoding, "\t" if kind == ".tsv" else ",")
    if kind in (".jsonl", ".ndjson"):
        return _iter_jsonl(path, text_column, chunksize, encoding)
    raise invalid_value("source", str(source), "a folder, or a file ending in .csv, .tsv, .jsonl or .ndjson")
