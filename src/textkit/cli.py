"""The ``textkit`` command line: one subcommand per capability.

Every subcommand that analyses texts reads its inputs the same way: text files (the encoding detected as by
`textkit.read_text`), ``-`` or nothing for standard input, folders (their files matching ``--glob``), or tables
(``.csv``, ``.tsv``, ``.jsonl``) with ``--column`` naming the texts and ``--id-column`` the rows. Text files and
tables are read as a stream, a line or a row at a time, and each output row carries the id of its input
(``file`` and ``line``, or ``file`` and the row id). Options shared by several commands come from shared parent
parsers, so they are spelled and explained alike.

Output is a table, CSV, JSON or JSON Lines (``--format``) on standard output or ``-o FILE`` (written through a
temporary file, replaced only on success; an input file is refused as output). Errors are one line on standard
error (``textkit: error: ...``) with exit code 1, or 2 for a bad command line or a capability this installation
lacks, 130 when interrupted. ``--progress`` draws a tqdm bar with a total on standard error (by default only when
it is a terminal).

Run ``textkit --help`` or ``textkit COMMAND --help`` for examples.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import json
import math
import os
import stat
import sys
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from .about import __version__
from .comparison import DEFAULT_THRESHOLD, compare
from .comparison.result import ALIGNMENT_COLUMNS
from .corpus import PAIR_COLUMNS, compare_pairs, imap_texts, iter_texts
from .course import build_report
from .errors import TextkitError, TextkitWarning, one_line
from .io import decode_bytes, read_text, stream_text
from .io.encoding import check_codec, detect_codec
from .io.files import DEFAULT_MAX_LINE_CHARS
from .keyterms import compare_keywords, discover_words, keywords
from .preprocessing import extract_article, normalize
from .segmentation import Segmenter, sentence_spans, tokenize
from .sentiment_analysis import document_sentiment, sentence_sentiment, sentiment

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["main"]

_FORMATS = ("table", "csv", "json", "jsonl")
_CELL_WIDTH = 60


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are one line on standard error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# -- reading -----------------------------------------------------------------------------------

_TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
_STDIN = "<stdin>"
_BLOCK_BYTES = 1 << 20


def _is_table(name: str) -> bool:
    return name != "-" and os.path.splitext(name)[1].lower() in _TABLE_SUFFIXES


def _read_input(name: str, encoding: str | None) -> str:
    """A whole file (or standard input for ``-``), decoded as `read_text` does."""
    if name == "-":
        stream = sys.stdin
        if stream is None:
            raise TextkitError("standard input is closed")
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            return stream.read()
        return decode_bytes(buffer.read(), encoding=encoding, source=_STDIN)
    return read_text(name, encoding=encoding, max_bytes=None)


def _stdin_lines(encoding: str | None, limit: int) -> Iterator[str]:
    """Standard input a line at a time (with its line ending); see `_binary_lines`."""
    stream = sys.stdin
    if stream is None:
        raise TextkitError("standard input is closed")
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text stream (tests, embedding): already decoded
        yield from stream
        return
    yield from _binary_lines(buffer, _STDIN, encoding, limit)


def _pipe_lines(name: str, encoding: str | None, limit: int) -> Iterator[str]:
    """A named pipe, /dev/stdin or a process substitution (which cannot seek) a line at a time."""
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed below
    except OSError as err:
        raise TextkitError(f"{name}: cannot be read ({err.strerror or err})") from None
    with handle:
        yield from _binary_lines(handle, name, encoding, limit)


def _binary_lines(buffer: IO[bytes], source: str, encoding: str | None, limit: int) -> Iterator[str]:
    """A byte stream a line at a time, with its line ending; the encoding detected from the first MiB.

    As `stream_text` does for a file: a line longer than ``limit`` characters comes in pieces of that length.
    """
    head = buffer.read(_BLOCK_BYTES)
    if not head:
        return
    if encoding is None:
        encoding = detect_codec(head, source, final=len(head) < _BLOCK_BYTES)
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    pending, block, first = "", head, True
    while True:
        final = not block
        try:
            pending += decoder.decode(block, final=final)
        except UnicodeDecodeError as err:
            raise TextkitError(f"{source}: cannot be decoded as {encoding}: {err.reason} (pass --encoding)") from None
        if first and pending:
            first = False
            pending = pending.removeprefix("\ufeff")
        lines = pending.split("\n")
        pending = lines.pop()
        for line in lines:
            while len(line) >= limit:
                yield line[:limit]
                line = line[limit:]
            yield line + "\n"
        while len(pending) > limit:
            yield pending[:limit]
            pending = pending[limit:]
        if final:
            break
        block = buffer.read(_BLOCK_BYTES)
    if pending:
        yield pending


def _expand(args: argparse.Namespace) -> list[str]:
    """The inputs of a command that reads texts: files and ``-``, each folder replaced by its files (``--glob``).

    Checks that every input is of the kind ``--column`` says: tables with it, text files without it.
    """
    names: list[str] = []
    for name in args.files or ["-"]:
        if name != "-" and os.path.isdir(name):
            try:
                with os.scandir(name):
                    pass
            except OSError as err:
                raise TextkitError(f"{name}: cannot be read ({err.strerror or err})") from None
            found = sorted(str(p) for p in Path(name).glob(args.glob) if p.is_file())
            if not found:
                raise TextkitError(f"{name}: no file matches --glob {args.glob!r}")
            names.extend(found)
        else:
            names.append(name)
    for name in names:
        if args.column is None and _is_table(name):
            raise TextkitError(f"{name} is a table: pass --column NAME to say which column holds the texts")
        if args.column is not None and not _is_table(name):
            shown = "standard input" if name == "-" else name
            raise TextkitError(f"--column reads .csv, .tsv, .jsonl or .ndjson files, not {shown}")
    if args.id_column is not None and args.column is None:
        raise TextkitError("--id-column needs --column (it names a column of a table)")
    return names


def _label(name: str) -> str:
    return _STDIN if name == "-" else name


def _id_name(args: argparse.Namespace) -> str:
    return str(args.id_column) if args.id_column else "row"


def _table_chunks(args: argparse.Namespace, name: str) -> Iterator[tuple[list[Any], list[str | None]]]:
    """The ids and texts of a table's rows, a chunk at a time; a cell that holds no text is named by its row."""
    try:
        for chunk in iter_texts(name, text_column=args.column, chunksize=args.chunksize, encoding=args.encoding):
            if args.id_column is not None and args.id_column not in chunk.columns:
                raise TextkitError(
                    f"--id-column: {name} has no column {args.id_column!r}; its columns are "
                    + ", ".join(repr(str(c)) for c in chunk.columns)
                )
            ids = chunk[args.id_column].tolist() if args.id_column else chunk.index.tolist()
            texts = chunk[args.column].tolist()
            for row, text in zip(ids, texts, strict=True):
                if text is not None and not isinstance(text, str):
                    raise TextkitError(
                        f"{name}: {_id_name(args)} {row}: column {args.column!r} holds {type(text).__name__} "
                        f"{text!r}, not a text"
                    )
            yield ids, texts
    except TextkitError as err:  # the API names its argument (text_column); the command line names its option
        message = str(err)
        if not message.startswith("text_column: "):
            raise
        raise TextkitError("--column: " + message.removeprefix("text_column: ")) from None


def _text_lines(name: str, encoding: str | None) -> Iterator[tuple[int, str]]:
    """The lines of a text file (or standard input) without their endings, numbered from 1, read as a stream.

    A line longer than `stream_text`'s limit comes in pieces that share its number (with a warning).
    """
    limit = DEFAULT_MAX_LINE_CHARS
    pieces: Iterator[str]
    if name == "-":
        pieces = _stdin_lines(encoding, limit)
    elif os.path.exists(name) and not os.path.isfile(name) and not os.path.isdir(name):
        pieces = _pipe_lines(name, encoding, limit)
    else:
        pieces = stream_text(name, encoding=encoding, max_line_chars=limit)
    number, ended = 1, True
    for piece in pieces:
        if not ended:
            warnings.warn(
                f"{_label(name)}: line {number} is longer than {limit:,} characters; "
                "it is processed in pieces, each a row with the same line number",
                TextkitWarning,
                stacklevel=2,
            )
        ended = piece.endswith("\n")
        yield number, piece[: -2 if piece.endswith("\r\n") else -1] if ended else piece
        if ended:
            number += 1


def _batches(args: argparse.Namespace, names: Sequence[str]) -> Iterator[tuple[dict[str, list[Any]], list[Any]]]:
    """Line mode: the lines of text files, the rows of tables, in chunks of ``--chunksize``.

    Yields ``(keys, texts)``: the id columns (``file`` and ``line``, or ``file`` and the row id) and the texts.
    """
    for name in names:
        if args.column is not None:
            for ids, texts in _table_chunks(args, name):
                yield {"file": [name] * len(ids), _id_name(args): ids}, texts
            continue
        numbers: list[int] = []
        lines: list[str] = []
        for number, line in _text_lines(name, args.encoding):
            numbers.append(number)
            lines.append(line)
            if len(lines) >= args.chunksize:
                yield {"file": [_label(name)] * len(lines), "line": numbers}, lines
                numbers, lines = [], []
        if lines:
            yield {"file": [_label(name)] * len(lines), "line": numbers}, lines


def _documents(args: argparse.Namespace, names: Sequence[str]) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Document mode: each text file whole, or each row of a table; ``(keys, text)``."""
    for name in names:
        if args.column is not None:
            for ids, texts in _table_chunks(args, name):
                for row_id, text in zip(ids, texts, strict=True):
                    yield {"file": name, _id_name(args): row_id}, text
        else:
            yield {"file": _label(name)}, _read_input(name, args.encoding)


def _key_columns(args: argparse.Namespace, *, lines: bool) -> list[str]:
    if args.column is not None:  # --id-column file (a table made by textkit): the id takes the place of the file
        return list(dict.fromkeys(["file", _id_name(args)]))
    return ["file", "line"] if lines else ["file"]


def _count(args: argparse.Namespace, names: Sequence[str], *, lines: bool) -> int | None:
    """How many units (lines, rows or files) the inputs hold, for a progress bar; None when unknown (stdin)."""
    if not _progress(args):
        return None
    if args.column is None and not lines:
        return len(names)
    if args.column is None and any(name == "-" or not os.path.isfile(name) for name in names):
        return None  # standard input or a pipe: read once, so not counted first
    total = 0
    for name in names:
        if args.column is not None:
            total += sum(len(ids) for ids, _ in _table_chunks(args, name))
        else:
            total += sum(1 for _ in stream_text(name, encoding=args.encoding))
    return total


def _progress(args: argparse.Namespace) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    return sys.stderr is not None and sys.stderr.isatty()


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _bar(args: argparse.Namespace, total: int | None, unit: str) -> Any:
    """A tqdm progress bar on standard error (a no-op without ``--progress``)."""
    if not _progress(args):
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc=args.command, unit=unit, file=sys.stderr, dynamic_ncols=True)


def _unit(args: argparse.Namespace, *, lines: bool) -> str:
    return "row" if args.column is not None else "line" if lines else "file"


# -- writing -----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A JSON-ready Python value (numpy scalars unwrapped, NaN to None)."""
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (int, float)):
        try:
            value = item()
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, int):
        return value
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, list):
        return " ".join(_cell(v) for v in value)
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in text)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if _width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


class _Writer:
    """Writes DataFrames (one or many, streamed) as a table, CSV, JSON or plain text."""

    def __init__(self, fmt: str, stream: IO[str], text_column: str | None = None) -> None:
        self.fmt = fmt
        self.stream = stream
        self.text_column = text_column
        self._rows: list[list[str]] = []
        self._columns: list[str] | None = None
        self._numeric: set[int] = set()
        self._first = True

    def write(self, frame: pd.DataFrame) -> None:
        columns = [str(c) for c in frame.columns]
        if self.fmt == "text":
            column = self.text_column or columns[-1]
            for value in frame[column].tolist():
                self.stream.write(_cell(value) + "\n")
        elif self.fmt == "json":
            for record in frame.to_dict(orient="records"):
                self.stream.write(("[\n" if self._first else ",\n") + "  ")
                self.stream.write(json.dumps({str(k): _plain(v) for k, v in record.items()}, ensure_ascii=False))
                self._first = False
        elif self.fmt == "jsonl":
            for record in frame.to_dict(orient="records"):
                self.stream.write(json.dumps({str(k): _plain(v) for k, v in record.items()}, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            out = frame.copy()
            for name in out.columns:
                if out[name].dtype == object:
                    out[name] = [_cell(v) if isinstance(v, (list, tuple)) else _plain(v) for v in out[name]]
            self.stream.write(out.to_csv(index=False, header=self._first, lineterminator="\n"))
            self._first = False
        else:
            if self._columns is None:
                self._columns = columns
                self._numeric = {
                    i
                    for i, name in enumerate(frame.columns)
                    if frame[name].dtype.kind in "iuf" and frame[name].dtype != bool
                }
            for row in frame.itertuples(index=False):
                self._rows.append([_clip(_cell(v), _CELL_WIDTH) for v in row])

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("[]\n" if self._first else "\n]\n")
        elif self.fmt == "table" and self._columns is not None:
            header = self._columns
            widths = [max([_width(h), *(_width(r[i]) for r in self._rows)]) for i, h in enumerate(header)]

            def line(cells: Sequence[str]) -> str:
                parts = []
                for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
                    pad = " " * (width - _width(cell))
                    parts.append(pad + cell if i in self._numeric else cell + pad)
                return "  ".join(parts).rstrip()

            self.stream.write(line(header) + "\n")
            self.stream.write("  ".join("-" * w for w in widths) + "\n")
            for row in self._rows:
                self.stream.write(line(row) + "\n")
        self.stream.flush()


class _Output:
    """The ``-o`` file or standard output, opened lazily so that a failed command writes nothing.

    A file is written through a temporary file in its folder, renamed over it only when the command succeeds
    (keeping an existing file's permissions): a failed or interrupted command leaves the output as it was, and a
    reader never sees half of it.
    """

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._handle: IO[str] | None = None
        self._temp: str | None = None

    def stream(self) -> IO[str]:
        if self._handle is None:
            if self.path in (None, "-"):
                self._handle = sys.stdout
            else:
                target = os.path.realpath(str(self.path))  # through a symbolic link, not over it
                if os.path.isdir(target):
                    raise TextkitError(f"-o {self.path}: is a folder; name a file to write")
                folder, name = os.path.split(target)
                for attempt in range(1000):
                    temp = os.path.join(folder, f".{name}.textkit-{os.getpid()}-{attempt}.tmp")
                    try:
                        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
                    except FileExistsError:
                        continue
                    except OSError as err:  # no such folder, no permission: name the output, not the temporary file
                        raise TextkitError(f"-o {self.path}: cannot be written ({err.strerror or err})") from None
                    break
                else:  # pragma: no cover - a thousand stale temporary files
                    raise TextkitError(f"cannot create a temporary file next to {self.path}")
                self._temp = temp
                self._handle = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()
        return self._handle

    def close(self, *, commit: bool) -> None:
        """Close the output; move the temporary file over the output if ``commit``, else delete it."""
        handle, temp = self._handle, self._temp
        self._handle = self._temp = None
        if handle is None or handle is sys.stdout or temp is None:
            return
        try:
            handle.close()
            if commit:
                target = os.path.realpath(str(self.path))
                if os.path.exists(target):
                    os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))
                os.replace(temp, target)
                temp = None
        finally:
            if temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp)


def _input_paths(args: argparse.Namespace) -> list[str]:
    """The files a command reads (not standard input), the files of folders included."""
    paths: list[str] = []
    for name in ("inputs", "files", "summary", "original", "file"):
        value = getattr(args, name, None)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item != "-":
                paths.append(item)
    return paths


def _check_output_is_not_an_input(args: argparse.Namespace) -> None:
    output = args.output
    if output in (None, "-"):
        _check_stdout_is_not_an_input(args)
        return
    if not os.path.isfile(output):
        return
    for path in _input_paths(args):
        if os.path.isfile(path) and os.path.samefile(path, output):
            raise TextkitError(f"-o {output} is also an input file: write the output to another file")


def _check_stdout_is_not_an_input(args: argparse.Namespace) -> None:
    """Refuse ``textkit tokenize a.txt > a.txt`` (and ``>>``), as ``cat`` does.

    The shell's ``>`` empties the file before textkit starts, so it would read nothing and succeed; with ``>>`` it
    would read its own output.
    """
    try:
        out = os.fstat(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # no real standard output (a notebook, a closed stream)
        return
    if not stat.S_ISREG(out.st_mode):
        return
    for path in _input_paths(args):
        with contextlib.suppress(OSError):
            found = os.stat(path)
            if stat.S_ISREG(found.st_mode) and (found.st_dev, found.st_ino) == (out.st_dev, out.st_ino):
                raise TextkitError(
                    f"standard output is the input file {path}: textkit would read what it writes (and a '>'"
                    " redirection has already emptied it); write to another file"
                )


def _emit(args: argparse.Namespace, frames: Iterable[pd.DataFrame], text_column: str | None = None) -> int:
    writer = _Writer(args.format, args.out.stream(), text_column)
    for frame in frames:
        writer.write(frame)
    writer.close()
    return 0


def _frame(records: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(records, columns=list(columns))


# -- commands ----------------------------------------------------------------------------------


def _keyed(keys: dict[str, Any], frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the id columns of its input in front (repeated on every row)."""
    frame = frame.reset_index(drop=True)
    for position, (name, value) in enumerate(keys.items()):
        if name in frame.columns:  # an id column named like a result column: the id keeps its name, prefixed
            frame = frame.rename(columns={name: f"{name}_"})
        frame.insert(position, name, [value] * len(frame))
    return frame


def _cmd_clean(args: argparse.Namespace) -> int:
    names = args.inputs
    columns = [*_key_columns(args, lines=False), "title", "date", "author", "removed_lines", "body"]
    bar = _bar(args, _count(args, names, lines=False), _unit(args, lines=False))

    def frames() -> Iterator[pd.DataFrame]:
        for keys, text in _documents(args, names):
            record: dict[str, Any] = {**keys, "title": None, "date": None, "author": None}
            if text is None:
                record.update(removed_lines=None, body=None)
            elif args.extract:
                article = extract_article(text)
                record.update(title=article.title, date=article.date, author=article.author)
                record.update(removed_lines=sum(not r.kept for r in article.removed), body=normalize(article.body))
            else:
                record.update(removed_lines=0, body=normalize(text))
            bar.update()
            yield _frame([record], columns)
        bar.close()
        yield _frame([], columns)

    return _emit(args, frames(), "body")


def _cmd_sentences(args: argparse.Namespace) -> int:
    names = args.inputs
    columns = [*_key_columns(args, lines=False), "index", "start", "end", "sentence"]
    bar = _bar(args, _count(args, names, lines=False), _unit(args, lines=False))

    def frames() -> Iterator[pd.DataFrame]:
        for keys, text in _documents(args, names):
            spans = sentence_spans(text, semicolon=args.semicolon) if text is not None else []
            records = [
                {**keys, "index": i, "start": s.start, "end": s.end, "sentence": s.text} for i, s in enumerate(spans)
            ]
            bar.update()
            yield _frame(records, columns)
        bar.close()

    return _emit(args, frames(), "sentence")


def _segmenter(args: argparse.Namespace) -> Segmenter:
    return Segmenter(
        user_words=args.user_words or None,
        user_dict=args.user_dict,
        stopwords=None if args.stopwords == "none" else "default",
        extra_stopwords=args.extra_stopwords or (),
        pos=args.pos or None,
        hmm=not args.no_hmm,
        keep_punct=args.keep_punct,
        backend=args.backend,
    )


def _cmd_tokenize(args: argparse.Namespace) -> int:
    import pandas as pd

    seg = _segmenter(args)
    names = args.inputs
    bar = _bar(args, _count(args, names, lines=True), _unit(args, lines=True))
    batches = _batches(args, names)
    pending: list[dict[str, list[Any]]] = []

    def chunks() -> Iterator[pd.Series]:
        for keys, texts in batches:
            pending.append(keys)
            yield pd.Series(texts, dtype=object)

    def frames() -> Iterator[pd.DataFrame]:
        for tokens in imap_texts(chunks(), tokenize, n_jobs=args.jobs, progress=False, segmenter=seg):
            keys = pending.pop(0)
            values = tokens.tolist()
            if args.format in ("text", "table", "csv"):
                values = [None if t is None else args.delimiter.join(t) for t in values]
            bar.update(len(values))
            yield pd.DataFrame({**keys, "tokens": values})
        bar.close()
        yield _frame([], [*_key_columns(args, lines=True), "tokens"])

    return _emit(args, frames(), "tokens")


def _keyword_options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "top_n": args.top_n,
        "method": args.method,
        "stopwords": None if args.stopwords == "none" else "default",
        "extra_stopwords": args.extra_stopwords or (),
        "user_words": args.user_words or None,
        "pos": args.pos or None,
    }


def _cmd_keywords(args: argparse.Namespace) -> int:
    options = _keyword_options(args)
    names = args.inputs
    if args.compare:
        docs = list(_documents(args, names))
        if len(docs) != 2:
            raise TextkitError(
                f"--compare needs exactly two texts (two files, or a table of two rows), got {len(docs)}"
            )
        (_, text_a), (_, text_b) = docs
        frame = compare_keywords(text_a or "", text_b or "", **options)
        return _emit(args, [frame])
    columns = [*_key_columns(args, lines=False), "rank", "word", "weight"]
    bar = _bar(args, _count(args, names, lines=False), _unit(args, lines=False))

    def frames() -> Iterator[pd.DataFrame]:
        for keys, text in _documents(args, names):
            frame = keywords(text if text is not None else "", **options)
            frame.insert(0, "rank", range(1, len(frame) + 1))
            bar.update()
            yield _keyed(keys, frame)
        bar.close()
        yield _frame([], columns)

    return _emit(args, frames())


def _cmd_discover(args: argparse.Namespace) -> int:
    names = args.inputs
    texts = [text for _, text in _documents(args, names) if text is not None]
    options: dict[str, Any] = {"stopwords": None if args.stopwords == "none" else "default"}
    if args.top_n is not None:
        options["top_n"] = args.top_n
    frame = discover_words(texts, **options)
    return _emit(args, [frame.reset_index(drop=True)])


def _cmd_sentiment(args: argparse.Namespace) -> int:
    import pandas as pd

    names = args.inputs
    lines = args.by == "line"
    bar = _bar(args, _count(args, names, lines=lines), _unit(args, lines=lines))
    # Scored in small steps so that the bar moves; the model is loaded once.
    step = 100 if _progress(args) else args.chunksize

    def by_line() -> Iterator[pd.DataFrame]:
        for keys, texts in _batches(args, names):
            for lo in range(0, len(texts), step):
                scores = sentiment(texts[lo : lo + step], model=args.model).reset_index(drop=True)
                ids = pd.DataFrame({name: values[lo : lo + step] for name, values in keys.items()})
                bar.update(len(scores))
                yield pd.concat([ids, scores], axis=1)
        bar.close()
        ids = pd.DataFrame({name: [] for name in _key_columns(args, lines=True)})
        yield pd.concat([ids, sentiment([], model=args.model)], axis=1)  # the header, even for empty input

    def by_sentence() -> Iterator[pd.DataFrame]:
        for keys, text in _documents(args, names):
            frame = sentence_sentiment(text, model=args.model) if text is not None else None
            bar.update()
            if frame is not None:
                yield _keyed(keys, frame)
        bar.close()

    def by_document() -> Iterator[pd.DataFrame]:
        for keys, text in _documents(args, names):
            record: dict[str, Any] = {**keys, "n_sentences": None, "mean": None}
            record.update({f"share_{label}": None for label in ("negative", "neutral", "positive")})
            if text is not None:
                doc = document_sentiment(text, model=args.model)
                record.update(n_sentences=doc.n_sentences, mean=doc.mean)
                shares = dict(doc.shares)
                record.update(
                    {f"share_{label}": shares.get(label, 0.0) for label in ("negative", "neutral", "positive")}
                )
            bar.update()
            yield pd.DataFrame([record])
        bar.close()

    return _emit(args, by_line() if lines else by_sentence() if args.by == "sentence" else by_document())


def _read_pair(args: argparse.Namespace) -> tuple[str, str]:
    summary = _read_input(args.summary, args.encoding)
    original = _read_input(args.original, args.encoding)
    if args.extract:
        original = extract_article(original).body
    return summary, original


def _threshold(args: argparse.Namespace) -> float:
    return DEFAULT_THRESHOLD if args.threshold is None else float(args.threshold)


def _cmd_compare(args: argparse.Namespace) -> int:
    import pandas as pd

    summary, original = _read_pair(args)
    result = compare(summary, original, threshold=_threshold(args))
    for note in result.notes:  # what the comparison did to the texts (two scripts read as one ...)
        print(f"textkit: note: {' '.join(note.split())}", file=sys.stderr)
    data = result.to_dict()
    parts = [args.part] if args.part else (["alignment"] if args.format == "csv" else ["scores", "alignment"])
    if args.format == "json":
        payload = {part: data[part] for part in parts}
        if result.notes and not args.part:
            payload["notes"] = list(result.notes)
        args.out.stream().write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    stream = args.out.stream()
    for k, part in enumerate(parts):
        if part == "scores":
            frame = result.scores
        elif part == "alignment":
            frame = result.to_frame()
        else:
            frame = pd.DataFrame(data[part]) if data[part] else getattr(result, part)
        if len(parts) > 1:
            stream.write(("\n" if k else "") + f"# {part}\n")
        writer = _Writer(args.format, stream)
        writer.write(frame)
        writer.close()
    return 0


def _cmd_compare_pairs(args: argparse.Namespace) -> int:
    import pandas as pd

    if args.file == "-" or not _is_table(args.file):
        shown = "standard input" if args.file == "-" else args.file
        raise TextkitError(f"compare-pairs reads a .csv, .tsv, .jsonl or .ndjson file, not {shown}")
    label = args.id_column or "row"
    columns = [label, *(PAIR_COLUMNS if args.part == "pairs" else ALIGNMENT_COLUMNS)]

    def chunks() -> Iterator[pd.DataFrame]:
        return iter_texts(args.file, text_column=args.summary_column, chunksize=args.chunksize, encoding=args.encoding)

    total = sum(len(chunk) for chunk in chunks()) if _progress(args) else None
    bar = _bar(args, total, "pair")
    # With one process, pairs are compared in small steps so that the bar moves; a pool takes whole chunks.
    step = 50 if total is not None and args.jobs == 1 else args.chunksize

    no_source: list[Any] = []  # the ids of pairs whose source cell is empty

    def tables() -> Iterator[pd.DataFrame]:
        for chunk in chunks():
            for column in (args.source_column, args.id_column):
                if column is not None and column not in chunk.columns:
                    raise TextkitError(
                        f"{args.file} has no column {column!r}; its columns are "
                        + ", ".join(repr(str(c)) for c in chunk.columns)
                    )
            for lo in range(0, len(chunk), step):
                part = chunk.iloc[lo : lo + step]
                sources = part[args.source_column].astype(object).where(part[args.source_column].notna(), None)
                if args.extract:
                    sources = sources.map(lambda text: extract_article(text).body if isinstance(text, str) else text)
                table = compare_pairs(
                    part[args.summary_column], sources, threshold=_threshold(args), n_jobs=args.jobs, progress=False
                )
                bar.update(len(part))
                ids = part[args.id_column].tolist() if args.id_column else part.index.tolist()
                no_source.extend(i for i, text in zip(ids, sources, strict=True) if _is_blank(text))
                if args.part == "pairs":
                    yield pd.concat([pd.DataFrame({label: ids}, index=table.index), table[list(PAIR_COLUMNS)]], axis=1)
                    continue
                for pair_id, alignment in zip(ids, table["alignment"].tolist(), strict=True):
                    if alignment is not None:
                        yield pd.concat([pd.DataFrame({label: [pair_id] * len(alignment)}), alignment], axis=1)
        bar.close()
        if no_source:  # as `iter_texts` says of empty summary cells
            shown = ", ".join(str(i) for i in no_source[:5]) + (", ..." if len(no_source) > 5 else "")
            rows = "1 row has" if len(no_source) == 1 else f"{len(no_source):,} rows have"
            warnings.warn(
                f"{args.file}: {rows} no text in {args.source_column!r} (empty cell; {label} {shown}): "
                "the pair has no results",
                TextkitWarning,
                stacklevel=2,
            )
        yield _frame([], columns)  # the header, even when the file has no pair

    return _emit(args, tables())


def _is_blank(text: object) -> bool:
    """A source cell with no text: None, NaN or only whitespace."""
    return not isinstance(text, str) or not text.strip()


def _cmd_report(args: argparse.Namespace) -> int:
    if args.files:
        if len(args.files) != 2:
            raise TextkitError(f"report needs SUMMARY and ORIGINAL (two files) or none, got {len(args.files)}")
        args.summary, args.original = args.files
        summary, original = _read_pair(args)
        html = compare(summary, original, threshold=_threshold(args)).to_html()
        args.out.stream().write(html)
        return 0
    out_dir = args.out.path or "reports"
    report = build_report(out_dir, notebooks_dir=args.notebooks, execute=not args.no_notebooks)
    print(f"wrote {report.index}", file=sys.stderr)
    return 0


# -- the parser --------------------------------------------------------------------------------

_EXAMPLES = {
    "clean": """examples:
  textkit clean page.txt                      the article body of a scraped page
  textkit clean pages/ --format csv -o bodies.csv   every .txt file under pages/, one row each
  textkit clean pages.jsonl --column html --id-column url --format jsonl
  curl -s URL | textkit clean - > body.txt""",
    "sentences": """examples:
  textkit sentences article.txt               one sentence per line
  textkit sentences article.txt --format csv  file, index, start, end, sentence
  textkit sentences abstracts.tsv --column abstract --id-column id --format csv""",
    "tokenize": """examples:
  textkit tokenize article.txt                the words of each line, separated by spaces
  cat posts.txt | textkit tokenize --stopwords default -j 2 > words.txt
  textkit tokenize posts.csv --column content --id-column id --format csv -o words.csv
  textkit tokenize article.txt --backend rjieba --user-words 全域兴趣电商 东方甄选""",
    "keywords": """examples:
  textkit keywords article.txt --top-n 10
  textkit keywords news/ --glob '**/*.txt' --format csv -o keywords.csv
  textkit keywords summary.txt original.txt --compare --format json""",
    "discover": """examples:
  textkit discover posts/ --top-n 50 --format csv
  textkit discover reviews.csv --column review""",
    "sentiment": """examples:
  textkit sentiment reviews.txt                 one score per line (none for empty lines)
  textkit sentiment reviews.csv --column review --id-column id --format csv -o scores.csv
  textkit sentiment article.txt --by sentence   the trajectory along the text
  textkit sentiment a.txt b.txt --by document --format json""",
    "compare": """examples:
  textkit compare summary.txt original.txt                scores and alignment as tables
  textkit compare summary.txt original.txt --format json  the same as JSON
  textkit compare summary.txt original.txt --part coverage --format csv""",
    "compare-pairs": """examples:
  textkit compare-pairs pairs.csv                          one row per pair: summary and source columns
  textkit compare-pairs pairs.tsv --summary-column title --source-column abstract --id-column id -j 2
  textkit compare-pairs pairs.jsonl --part alignment --format csv -o sentences.csv""",
    "report": """examples:
  textkit report summary.txt original.txt -o report.html   the comparison as one HTML page
  textkit report -o reports/ --notebooks notebooks/         the case-study report (figures, notebooks)""",
}

_INPUTS = """inputs:
  FILE is a text file (its encoding detected), '-' for standard input (also when no FILE is given), or a
  folder (its files matching --glob, recursively by default). With --column, FILE is a table: .csv, .tsv
  (tab-separated, no quoting), .jsonl or .ndjson, and each row is one text; --id-column labels the rows
  (default: 'row', the 0-based row number). Empty cells are missing texts (a warning counts them); the
  strings NA, null and None are kept as text.
  Lists (--user-words, --extra-stopwords, --pos) take several values separated by spaces, or the option
  repeated; put FILE before them or end the list with '--'."""

_EXIT_CODES = """exit codes:
  0    success
  1    an error in the input (a missing or undecodable file, a missing column ...), one line on standard error
  2    a bad command line, or a capability this installation lacks (an optional package)
  130  interrupted (Ctrl-C)
  On any failure an existing -o FILE is left as it was."""


class _ListAction(argparse.Action):
    """A list option: values separated by spaces or the option repeated (each use extends the list).

    The comma-separated form of earlier releases (``--user-words A,B``) is still split, with a deprecation note.
    """

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        items = [values] if isinstance(values, str) else list(values or [])
        words: list[str] = list(getattr(namespace, self.dest, None) or [])
        for item in items:
            if "," in item and item.strip(","):
                print(
                    f"textkit: warning: {option_string} {item}: comma-separated lists are deprecated and will not "
                    "be split in the next release; separate the values with spaces",
                    file=sys.stderr,
                )
                words.extend(part for part in item.split(",") if part.strip())
            elif item.strip():
                words.append(item)
        setattr(namespace, self.dest, words)


def _parents() -> dict[str, _Parser]:
    """The option groups shared by several commands, each defined once."""
    output = _Parser(add_help=False)
    output.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    output.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar with a total on standard error (default: only when it is a terminal)",
    )
    encoding = _Parser(add_help=False)
    encoding.add_argument(
        "--encoding", type=_codec, help="the input encoding (default: detected: UTF-8, UTF-16, GB18030, Big5 ...)"
    )
    rows = _Parser(add_help=False)
    rows.add_argument(
        "--id-column", metavar="NAME", help="label each row by this column of the table (default: the row number)"
    )
    rows.add_argument(
        "--chunksize",
        type=_positive_int,
        default=1_000,
        metavar="N",
        help="rows or lines read at a time (default: 1000)",
    )
    inputs = _Parser(add_help=False, parents=[rows])
    inputs.add_argument(
        "files", nargs="*", metavar="FILE", help="text files, folders or tables ('-' or none: standard input)"
    )
    inputs.add_argument(
        "--glob", default="**/*.txt", metavar="PATTERN", help="the files of a folder to read (default: '**/*.txt')"
    )
    inputs.add_argument(
        "--column", metavar="NAME", help="read FILE as a table (.csv .tsv .jsonl); this column holds the texts"
    )
    jobs = _Parser(add_help=False)
    jobs.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N", help="processes to use (-1: one per CPU)")
    check = _Parser(add_help=False)
    check.add_argument(
        "--threshold", type=_unit_float, default=None, help=f"support threshold, 0–1 (default: {DEFAULT_THRESHOLD})"
    )
    check.add_argument("--extract", action="store_true", help="extract the article body of each source first")
    return {
        "output": output,
        "encoding": encoding,
        "rows": rows,
        "inputs": inputs,
        "jobs": jobs,
        "check": check,
        "words": _words("default"),
        "words-none": _words("none"),
        "stopwords": _stopwords("default"),
    }


def _stopwords(default: str) -> _Parser:
    """``--stopwords``, with the command's default."""
    parser = _Parser(add_help=False)
    parser.add_argument(
        "--stopwords",
        choices=("none", "default"),
        default=default,
        help=f"none: keep every word; default: drop textkit's Chinese and English stopwords (default: {default})",
    )
    return parser


def _words(stopwords: str) -> _Parser:
    """The options that choose words (tokenize and keywords); ``stopwords`` is the command's default."""
    words = _Parser(add_help=False, parents=[_stopwords(stopwords)])
    words.add_argument("--extra-stopwords", action=_ListAction, nargs="+", metavar="WORD", help="more words to drop")
    words.add_argument("--user-words", action=_ListAction, nargs="+", metavar="WORD", help="words to keep whole")
    words.add_argument(
        "--pos",
        action=_ListAction,
        nargs="+",
        metavar="TAG",
        help="keep only words with these part-of-speech prefixes, e.g. n v",
    )
    return words


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="textkit",
        description="Chinese text analytics from the command line.",
        epilog="Run 'textkit COMMAND --help' for a command's options and examples.\n\n" + _EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"textkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    shared = _parents()

    def command(
        name: str, help_text: str, formats: Sequence[str], default: str, parents: Sequence[str]
    ) -> argparse.ArgumentParser:
        epilog = _EXAMPLES[name] + ("\n\n" + _INPUTS if "inputs" in parents else "") + "\n\n" + _EXIT_CODES
        sub = commands.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + ".",
            epilog=epilog,
            parents=[shared[p] for p in ("output", "encoding", *parents)],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument("--format", choices=formats, default=default, help=f"output format (default: {default})")
        return sub

    text_formats = ("text", *_FORMATS)
    sub = command(
        "clean", "extract the article body of scraped pages and normalise it", text_formats, "text", ["inputs"]
    )
    sub.add_argument(
        "--no-extract", dest="extract", action="store_false", help="only normalise; keep every line of the page"
    )
    sub.set_defaults(handler=_cmd_clean)

    sub = command("sentences", "split texts into sentences", text_formats, "text", ["inputs"])
    sub.add_argument("--semicolon", action="store_true", help="also end sentences at ；")
    sub.set_defaults(handler=_cmd_sentences)

    sub = command(
        "tokenize",
        "cut each line (or row) of the input into words",
        text_formats,
        "text",
        ["inputs", "jobs", "words-none"],
    )
    sub.add_argument("--user-dict", metavar="PATH", help="a jieba user dictionary file")
    sub.add_argument("--no-hmm", action="store_true", help="do not guess words missing from the dictionary")
    sub.add_argument("--keep-punct", action="store_true", help="keep punctuation tokens")
    sub.add_argument(
        "--backend", choices=("jieba", "rjieba"), default="jieba", help="segmentation engine (default: jieba)"
    )
    sub.add_argument("-d", "--delimiter", default=" ", help="between words in text/table/csv output (default: space)")
    sub.set_defaults(handler=_cmd_tokenize)

    sub = command("keywords", "extract the keywords of each text", _FORMATS, "table", ["inputs", "words"])
    sub.add_argument("--top-n", type=_positive_int, default=20, metavar="N", help="keywords per text (default: 20)")
    sub.add_argument(
        "--method",
        choices=("phrase", "tfidf", "textrank"),
        default="phrase",
        help="phrase: TF-IDF over terms of up to 3 words (default); tfidf: single words; textrank: single words",
    )
    sub.add_argument(
        "--compare", action="store_true", help="compare the keywords of two texts: shared, only in A, only in B"
    )
    sub.set_defaults(handler=_cmd_keywords)

    sub = command(
        "discover",
        "find new words (terms missing from the dictionary) in texts",
        _FORMATS,
        "table",
        ["inputs", "stopwords"],
    )
    sub.add_argument(
        "--top-n", type=_positive_int, default=None, metavar="N", help="show only the first N (default: 50)"
    )
    sub.set_defaults(handler=_cmd_discover)

    sub = command("sentiment", "score the sentiment of lines, sentences or whole texts", _FORMATS, "table", ["inputs"])
    sub.add_argument(
        "--by",
        choices=("line", "sentence", "document", "file"),
        default="line",
        help="line: each line of a file or row of a table (default); sentence: each sentence; "
        "document: each file or row as a whole (file: the same, kept for earlier scripts)",
    )
    sub.add_argument(
        "--model",
        choices=("default", "lexicon", "snownlp"),
        default="default",
        help="sentiment model (default: default)",
    )
    sub.set_defaults(handler=_cmd_sentiment)

    sub = command(
        "compare",
        "check a summary against its original: scores and sentence alignment",
        _FORMATS[:3],
        "table",
        ["check"],
    )
    sub.add_argument("summary", metavar="SUMMARY", help="the summary ('-': standard input)")
    sub.add_argument("original", metavar="ORIGINAL", help="the original text")
    sub.add_argument(
        "--part",
        choices=("scores", "alignment", "coverage", "checks", "keywords"),
        help="print only this part (default: scores and alignment; alignment for csv)",
    )
    sub.set_defaults(handler=_cmd_compare)

    sub = command(
        "compare-pairs",
        "check many summaries against their sources: one row per pair",
        _FORMATS,
        "table",
        ["rows", "jobs", "check"],
    )
    sub.add_argument("file", metavar="FILE", help="a .csv, .tsv or .jsonl file with one pair per row")
    sub.add_argument("--summary-column", default="summary", metavar="NAME", help="the summaries (default: summary)")
    sub.add_argument("--source-column", default="source", metavar="NAME", help="their sources (default: source)")
    sub.add_argument(
        "--part",
        choices=("pairs", "alignment"),
        default="pairs",
        help="pairs: one row per pair (default); alignment: one row per summary sentence",
    )
    sub.set_defaults(handler=_cmd_compare_pairs)

    sub = command(
        "report",
        "write the summary-versus-original report as HTML (or the case-study report)",
        ("html",),
        "html",
        ["check"],
    )
    sub.add_argument("files", nargs="*", metavar="SUMMARY ORIGINAL", help="the two texts; none: the case study")
    sub.add_argument(
        "--notebooks",
        metavar="DIR",
        default=None,
        help="case-study report: execute and include the notebooks of this folder (e.g. notebooks/)",
    )
    sub.add_argument("--no-notebooks", action="store_true", help="case-study report without notebooks")
    sub.set_defaults(handler=_cmd_report)
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return number


def _jobs(value: str) -> int:
    if value.strip() == "-1":
        return -1
    return _positive_int(value)


def _codec(value: str) -> str:
    """An ``--encoding`` value: a codec that decodes bytes to text (a bad one is a bad command line)."""
    try:
        check_codec(value)
    except TextkitError as err:
        known = "try gb18030, big5, utf-8"
        raise argparse.ArgumentTypeError(f"{value!r} is not a text encoding Python knows ({known})") from err
    return value


def _unit_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {value!r}") from None
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {value!r}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``textkit`` command and return its exit code.

    Args:
        argv: The arguments (without the program name); ``sys.argv[1:]`` if None.

    Returns:
        0 on success, 1 on an error in the input, 2 on a bad command line or a
        capability this installation lacks.

    Example:
        >>> main(["sentences", "--help"])  # doctest: +ELLIPSIS
        usage: textkit sentences ...
        0
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    if args.command is None:
        parser.print_help(sys.stdout)
        return 0
    args.out = _Output(args.output)
    code = 1
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.filterwarnings("default", category=TextkitWarning)
            if hasattr(args, "glob"):
                args.inputs = _expand(args)
            _check_output_is_not_an_input(args)
            code = int(args.handler(args))
    except ModuleNotFoundError as err:  # an optional package the command needs (opencc, rjieba, nbclient ...)
        missing = err.name or one_line(err)
        print(f"textkit: error: 'textkit {args.command}' needs {missing!r}: pip install {missing}", file=sys.stderr)
        code = 2
    except (TextkitError, OSError, ValueError, UnicodeError, ImportError) as err:
        if isinstance(err, BrokenPipeError):
            _quiet_stdout()
        else:
            print(f"textkit: error: {one_line(err)}", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        print("textkit: interrupted", file=sys.stderr)
        code = 130
    finally:
        _show_warnings(caught)
        try:
            args.out.close(commit=code == 0)  # a failed command leaves -o FILE as it was
        except BrokenPipeError:
            _quiet_stdout()
        except OSError as err:  # the output could not be moved into place
            print(f"textkit: error: {one_line(err)}", file=sys.stderr)
            code = 1
    return code


def _show_warnings(caught: list[warnings.WarningMessage]) -> None:
    """Textkit's warnings (HTML given as text ...) as ``textkit: warning: ...`` lines, each once; others as usual."""
    shown: set[str] = set()
    for item in caught:
        if issubclass(item.category, TextkitWarning):
            message = one_line(item.message if isinstance(item.message, Warning) else Warning(item.message))
            if message not in shown:
                shown.add(message)
                print(f"textkit: warning: {message}", file=sys.stderr)
        else:
            warnings.showwarning(item.message, item.category, item.filename, item.lineno)


def _quiet_stdout() -> None:
    """After a closed pipe (``textkit ... | head``), keep Python from complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
