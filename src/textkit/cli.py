"""The ``textkit`` command line: one subcommand per capability.

Every subcommand reads files (``-`` or nothing for standard input; the encoding is
detected as by `textkit.read_text`) and writes a table, CSV or JSON
(``--format``) to standard output or ``-o FILE`` (written through a temporary file, replaced only on success;
an input file is refused as output). Errors are one line on standard
error (``textkit: error: ...``) with exit code 1, or 2 for a bad command line or a
capability this installation lacks. Long work shows a progress bar when standard
error is a terminal and stays quiet in a pipe.

Run ``textkit --help`` or ``textkit COMMAND --help`` for examples.
"""

from __future__ import annotations

import argparse
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
from typing import IO, TYPE_CHECKING, Any, NoReturn

from .about import __version__
from .comparison import DEFAULT_THRESHOLD, compare
from .comparison.result import ALIGNMENT_COLUMNS
from .corpus import PAIR_COLUMNS, compare_pairs, imap_texts, iter_texts, map_texts
from .course import build_report
from .errors import TextkitError, TextkitWarning, one_line
from .io import decode_bytes, read_text
from .keyterms import compare_keywords, discover_words, keywords
from .preprocessing import extract_article, normalize
from .segmentation import Segmenter, sentence_spans, tokenize
from .sentiment_analysis import document_sentiment, sentence_sentiment, sentiment

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["main"]

_FORMATS = ("table", "csv", "json")
_CELL_WIDTH = 60


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are one line on standard error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# -- reading -----------------------------------------------------------------------------------


def _read_input(name: str, encoding: str | None) -> str:
    if name == "-":
        stream = sys.stdin
        if stream is None:
            raise TextkitError("standard input is closed")
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            return stream.read()
        return decode_bytes(buffer.read(), encoding=encoding, source="<stdin>")
    return read_text(name, encoding=encoding, max_bytes=None)


def _inputs(files: Sequence[str], encoding: str | None) -> Iterator[tuple[str, str]]:
    for name in files or ["-"]:
        yield ("<stdin>" if name == "-" else name), _read_input(name, encoding)


def _progress(args: argparse.Namespace) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    return sys.stderr is not None and sys.stderr.isatty()


def _files_progress(items: Iterable[Any], total: int, args: argparse.Namespace, desc: str) -> Iterable[Any]:
    if total < 2 or not _progress(args):
        return items
    from tqdm.auto import tqdm

    return tqdm(items, total=total, desc=desc, unit="file", leave=False)


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
    """The files a command reads (not standard input)."""
    paths: list[str] = []
    for name in ("files", "summary", "original", "file"):
        value = getattr(args, name, None)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item != "-":
                paths.append(item)
    return paths


def _check_output_is_not_an_input(args: argparse.Namespace) -> None:
    output = args.output
    if output in (None, "-") or not os.path.isfile(output):
        return
    for path in _input_paths(args):
        if os.path.isfile(path) and os.path.samefile(path, output):
            raise TextkitError(f"-o {output} is also an input file: write the output to another file")


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


def _cmd_clean(args: argparse.Namespace) -> int:
    records = []
    for name, text in _files_progress(_inputs(args.files, args.encoding), len(args.files), args, "clean"):
        if args.extract:
            article = extract_article(text)
            record = {
                "file": name,
                "title": article.title,
                "date": article.date,
                "author": article.author,
                "body": normalize(article.body),
                "removed_lines": sum(not r.kept for r in article.removed),
            }
        else:
            record = {"file": name, "title": None, "date": None, "author": None, "body": normalize(text)}
            record["removed_lines"] = 0
        records.append(record)
    columns = ["file", "title", "date", "author", "removed_lines", "body"]
    return _emit(args, [_frame(records, columns)], "body")


def _cmd_sentences(args: argparse.Namespace) -> int:
    def frames() -> Iterator[pd.DataFrame]:
        for name, text in _inputs(args.files, args.encoding):
            spans = sentence_spans(text, semicolon=args.semicolon)
            records = [
                {"file": name, "index": i, "start": s.start, "end": s.end, "sentence": s.text}
                for i, s in enumerate(spans)
            ]
            yield _frame(records, ["file", "index", "start", "end", "sentence"])

    return _emit(args, frames(), "sentence")


def _segmenter(args: argparse.Namespace) -> Segmenter:
    return Segmenter(
        user_words=[w for w in (args.user_words or "").split(",") if w.strip()] or None,
        user_dict=args.user_dict,
        stopwords=None if args.stopwords == "none" else "default",
        extra_stopwords=args.extra_stopwords or (),
        pos=[p for p in args.pos.split(",") if p.strip()] if args.pos else None,
        hmm=not args.no_hmm,
        keep_punct=args.keep_punct,
        backend=args.backend,
    )


def _cmd_tokenize(args: argparse.Namespace) -> int:
    import pandas as pd

    seg = _segmenter(args)
    delimiter = args.delimiter

    def tokens_frame(tokens: pd.Series, name: str, unit: str, numbers: Iterable[int]) -> pd.DataFrame:
        values = tokens.tolist()
        if args.format in ("text", "table", "csv"):
            values = ["" if t is None else delimiter.join(t) for t in values]
        return pd.DataFrame({"file": [name] * len(values), unit: list(numbers), "tokens": values})

    def frames() -> Iterator[pd.DataFrame]:
        if args.column is not None:
            # Stream the file in chunks; one pool of processes serves all of them.
            for name in args.files or ["-"]:
                if name == "-":
                    raise TextkitError("--column needs a .csv or .jsonl FILE, not standard input")
                chunks = (
                    chunk[args.column] for chunk in iter_texts(name, text_column=args.column, chunksize=args.chunksize)
                )
                for tokens in imap_texts(chunks, tokenize, n_jobs=args.jobs, progress=_progress(args), segmenter=seg):
                    yield tokens_frame(tokens, name, "row", tokens.index.tolist())
            return
        for name, text in _inputs(args.files, args.encoding):
            lines = pd.Series(text.splitlines(), dtype=object)
            tokens = map_texts(lines, tokenize, n_jobs=args.jobs, progress=_progress(args), segmenter=seg)
            yield tokens_frame(tokens, name, "line", range(1, len(lines) + 1))

    return _emit(args, frames(), "tokens")


def _cmd_keywords(args: argparse.Namespace) -> int:
    options: dict[str, Any] = {"top_n": args.top_n, "method": args.method}
    if args.stopwords == "none":
        options["stopwords"] = None
    docs = list(_inputs(args.files, args.encoding))
    if args.compare:
        if len(docs) != 2:
            raise TextkitError(f"--compare needs exactly two files, got {len(docs)}")
        frame = compare_keywords(docs[0][1], docs[1][1], **options)
        return _emit(args, [frame])
    frames = []
    for name, text in _files_progress(docs, len(docs), args, "keywords"):
        frame = keywords(text, **options).reset_index(drop=True)
        frame.insert(0, "rank", range(1, len(frame) + 1))
        frame.insert(0, "file", name)
        frames.append(frame)
    return _emit(args, frames)


def _cmd_discover(args: argparse.Namespace) -> int:
    texts = [text for _, text in _inputs(args.files, args.encoding)]
    frame = discover_words(texts, **({} if args.top_n is None else {"top_n": args.top_n}))
    return _emit(args, [frame.reset_index(drop=True)])


def _cmd_sentiment(args: argparse.Namespace) -> int:
    import pandas as pd

    docs = list(_inputs(args.files, args.encoding))
    frames = []
    if args.by == "line":
        for name, text in docs:
            lines = text.splitlines()
            frame = sentiment(lines, model=args.model).reset_index(drop=True)
            frame.insert(0, "line", range(1, len(frame) + 1))
            frame.insert(0, "file", name)
            frames.append(frame)
    elif args.by == "sentence":
        for name, text in docs:
            frame = sentence_sentiment(text, model=args.model).reset_index(drop=True)
            frame.insert(0, "file", name)
            frames.append(frame)
    else:
        records = []
        for name, text in _files_progress(docs, len(docs), args, "sentiment"):
            doc = document_sentiment(text, model=args.model)
            record: dict[str, Any] = {"file": name, "n_sentences": doc.n_sentences, "mean": doc.mean}
            for label in ("negative", "neutral", "positive"):
                record[f"share_{label}"] = dict(doc.shares).get(label, 0.0)
            records.append(record)
        frames.append(pd.DataFrame(records))
    return _emit(args, frames)


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
    data = result.to_dict()
    parts = [args.part] if args.part else (["alignment"] if args.format == "csv" else ["scores", "alignment"])
    if args.format == "json":
        payload = {part: data[part] for part in parts}
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

    if args.file == "-":
        raise TextkitError("compare-pairs needs a .csv, .tsv or .jsonl FILE, not standard input")
    label = args.id_column or "row"

    columns = [label, *(PAIR_COLUMNS if args.part == "pairs" else ALIGNMENT_COLUMNS)]

    def tables() -> Iterator[pd.DataFrame]:
        chunks = iter_texts(
            args.file, text_column=args.summary_column, chunksize=args.chunksize, encoding=args.encoding
        )
        for chunk in chunks:
            for column in (args.source_column, args.id_column):
                if column is not None and column not in chunk.columns:
                    raise TextkitError(
                        f"{args.file} has no column {column!r}; its columns are "
                        + ", ".join(repr(str(c)) for c in chunk.columns)
                    )
            sources = chunk[args.source_column].astype(object).where(chunk[args.source_column].notna(), None)
            if args.extract:
                sources = sources.map(lambda text: extract_article(text).body if isinstance(text, str) else text)
            table = compare_pairs(
                chunk[args.summary_column],
                sources,
                threshold=_threshold(args),
                n_jobs=args.jobs,
                progress=_progress(args),
            )
            ids = chunk[args.id_column].tolist() if args.id_column else chunk.index.tolist()
            if args.part == "pairs":
                yield pd.concat([pd.DataFrame({label: ids}, index=table.index), table[list(PAIR_COLUMNS)]], axis=1)
                continue
            for pair_id, alignment in zip(ids, table["alignment"].tolist(), strict=True):
                if alignment is not None:
                    yield pd.concat([pd.DataFrame({label: [pair_id] * len(alignment)}), alignment], axis=1)
        yield _frame([], columns)  # the header, even when the file has no pair

    return _emit(args, tables())


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
  textkit clean page.html --format json       title, date, author and body as JSON
  curl -s URL | textkit clean - > body.txt""",
    "sentences": """examples:
  textkit sentences article.txt               one sentence per line
  textkit sentences article.txt --format csv  file, index, start, end, sentence""",
    "tokenize": """examples:
  textkit tokenize article.txt                the words of each line, separated by spaces
  cat posts.txt | textkit tokenize --stopwords default -j 2 > words.txt
  textkit tokenize posts.csv --column content --format csv -o words.csv
  textkit tokenize article.txt --user-words 全域兴趣电商,东方甄选 --backend rjieba""",
    "keywords": """examples:
  textkit keywords article.txt --top-n 10
  textkit keywords summary.txt original.txt --compare --format json""",
    "discover": """examples:
  textkit discover posts/*.txt --top-n 50 --format csv""",
    "sentiment": """examples:
  textkit sentiment reviews.txt                 one score per line (none for empty lines)
  textkit sentiment article.txt --by sentence   the trajectory along the text
  textkit sentiment a.txt b.txt --by file --format json""",
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


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="textkit",
        description="Chinese text analytics from the command line.",
        epilog="Run 'textkit COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"textkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    common = _Parser(add_help=False)
    common.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    common.add_argument("--encoding", help="the input encoding (default: detected: UTF-8, UTF-16, GB18030, Big5)")
    common.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: only when standard error is a terminal)",
    )

    def command(name: str, help_text: str, formats: Sequence[str], default: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + ".",
            epilog=_EXAMPLES[name],
            parents=[common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument("--format", choices=formats, default=default, help=f"output format (default: {default})")
        return sub

    files_help = "input files ('-' or none: standard input)"

    sub = command("clean", "extract the article body of scraped pages and normalise it", ("text", *_FORMATS), "text")
    sub.add_argument("files", nargs="*", metavar="FILE", help=files_help)
    sub.add_argument(
        "--no-extract", dest="extract", action="store_false", help="only normalise; keep every line of the page"
    )
    sub.set_defaults(handler=_cmd_clean)

    sub = command("sentences", "split texts into sentences", ("text", *_FORMATS), "text")
    sub.add_argument("files", nargs="*", metavar="FILE", help=files_help)
    sub.add_argument("--semicolon", action="store_true", help="also end sentences at ；")
    sub.set_defaults(handler=_cmd_sentences)

    sub = command("tokenize", "cut each line of the input into words", ("text", *_FORMATS), "text")
    sub.add_argument("files", nargs="*", metavar="FILE", help=files_help)
    sub.add_argument("--stopwords", choices=("none", "default"), default="none", help="drop stopwords (default: none)")
    sub.add_argument("--extra-stopwords", nargs="+", metavar="WORD", help="more words to drop")
    sub.add_argument("--user-words", metavar="W1,W2", help="comma-separated words to keep whole")
    sub.add_argument("--user-dict", metavar="PATH", help="a jieba user dictionary file")
    sub.add_argument("--pos", metavar="TAGS", help="keep only these part-of-speech prefixes, e.g. n,v")
    sub.add_argument("--no-hmm", action="store_true", help="do not guess words missing from the dictionary")
    sub.add_argument("--keep-punct", action="store_true", help="keep punctuation tokens")
    sub.add_argument("--backend", choices=("jieba", "rjieba"), default="jieba", help="segmentation engine")
    sub.add_argument("-d", "--delimiter", default=" ", help="between words in text/table/csv output (default: space)")
    sub.add_argument("--column", metavar="NAME", help="read FILE as a .csv/.jsonl file, this column holding the texts")
    sub.add_argument("--chunksize", type=_positive_int, default=20_000, help="rows per chunk with --column")
    sub.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N", help="processes to use (-1: one per CPU)")
    sub.set_defaults(handler=_cmd_tokenize)

    sub = command("keywords", "extract the keywords of each text", _FORMATS, "table")
    sub.add_argument("files", nargs="*", metavar="FILE", help=files_help)
    sub.add_argument("--top-n", type=_positive_int, default=20, help="keywords per text (default: 20)")
    sub.add_argument("--method", choices=("phrase", "tfidf", "textrank"), default="phrase")
    sub.add_argument("--stopwords", choices=("none", "default"), default="default")
    sub.add_argument("--compare", action="store_true", help="compare the keywords of two files")
    sub.set_defaults(handler=_cmd_keywords)

    sub = command("discover", "find new words (terms missing from the dictionary) in texts", _FORMATS, "table")
    sub.add_argument("files", nargs="*", metavar="FILE", help=files_help)
    sub.add_argument("--top-n", type=_positive_int, default=None, help="show only the first N")
    sub.set_defaults(handler=_cmd_discover)

    sub = command("sentiment", "score the sentiment of lines, sentences or whole files", _FORMATS, "table")
    sub.add_argument("files", nargs="*", metavar="FILE", help=files_help)
    sub.add_argument("--by", choices=("line", "sentence", "file"), default="line", help="unit to score (default: line)")
    sub.add_argument("--model", default="default", help="sentiment model (default: default)")
    sub.set_defaults(handler=_cmd_sentiment)

    sub = command("compare-pairs", "check many summaries against their sources: one row per pair", _FORMATS, "table")
    sub.add_argument("file", metavar="FILE", help="a .csv, .tsv or .jsonl file with one pair per row")
    sub.add_argument("--summary-column", default="summary", metavar="NAME", help="the summaries (default: summary)")
    sub.add_argument("--source-column", default="source", metavar="NAME", help="their sources (default: source)")
    sub.add_argument("--id-column", metavar="NAME", help="label the pairs by this column (default: the row number)")
    sub.add_argument(
        "--part",
        choices=("pairs", "alignment"),
        default="pairs",
        help="pairs: one row per pair (default); alignment: one row per summary sentence",
    )
    sub.add_argument("--chunksize", type=_positive_int, default=1_000, help="pairs read at a time (default: 1000)")
    sub.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N", help="processes to use (-1: one per CPU)")
    sub.add_argument("--threshold", type=_unit_float, default=None, help="support threshold, 0–1")
    sub.add_argument("--extract", action="store_true", help="extract the article body of each source first")
    sub.set_defaults(handler=_cmd_compare_pairs)

    for name, help_text in (
        ("compare", "check a summary against its original: scores and sentence alignment"),
        ("report", "write the summary-versus-original report as HTML (or the case-study report)"),
    ):
        sub = command(
            name, help_text, _FORMATS if name == "compare" else ("html",), "table" if name == "compare" else "html"
        )
        if name == "compare":
            sub.add_argument("summary", metavar="SUMMARY", help="the summary ('-': standard input)")
            sub.add_argument("original", metavar="ORIGINAL", help="the original text")
            sub.add_argument(
                "--part",
                choices=("scores", "alignment", "coverage", "checks", "keywords"),
                help="print only this part (default: scores and alignment; alignment for csv)",
            )
            sub.set_defaults(handler=_cmd_compare)
        else:
            sub.add_argument("files", nargs="*", metavar="SUMMARY ORIGINAL", help="the two texts; none: case study")
            sub.add_argument(
                "--notebooks",
                metavar="DIR",
                default=None,
                help="case-study report: execute and include the notebooks of this folder (e.g. notebooks/)",
            )
            sub.add_argument("--no-notebooks", action="store_true", help="case-study report without notebooks")
            sub.set_defaults(handler=_cmd_report)
        sub.add_argument("--threshold", type=_unit_float, default=None, help="support threshold, 0–1")
        sub.add_argument("--extract", action="store_true", help="extract the article body of ORIGINAL first")
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
        _check_output_is_not_an_input(args)
        with warnings.catch_warnings(record=True) as caught:
            warnings.filterwarnings("default", category=TextkitWarning)
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
