"""Reading text files whose encoding nobody wrote down.

- `textkit.io.files`: `read_text` (a whole file), `stream_text` (a line at a time, bounded memory) and
  `detect_encoding`.
- `textkit.io.encoding`: `decode_bytes` and the detector behind all three.
"""

from .encoding import decode_bytes
from .files import DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE_CHARS, SNIFF_BYTES, detect_encoding, read_text, stream_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_LINE_CHARS",
    "SNIFF_BYTES",
    "decode_bytes",
    "detect_encoding",
    "read_text",
    "stream_text",
]
