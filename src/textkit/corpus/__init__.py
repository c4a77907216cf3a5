"""Running textkit over a corpus: pandas Series, streamed files, several processes, Dask.

- `textkit.corpus.apply`: `map_texts` (a per-text function over a Series, index kept, NaN-safe),
  `map_batches` (a function of a Series of texts, by chunks) and `imap_texts` (chunk by chunk), with ``n_jobs``
  and Dask.
- `textkit.corpus.pairs`: `compare_pairs`, many summaries checked against their sources, one row per pair.
- `textkit.corpus.stream`: `iter_texts`, a folder, CSV or JSON Lines file in chunks of bounded memory.

See ``docs/corpus.md`` for recipes.
"""

from .apply import DEFAULT_CHUNKSIZE, imap_texts, map_batches, map_texts
from .pairs import PAIR_COLUMNS, compare_pairs
from .stream import iter_texts

__all__ = ["DEFAULT_CHUNKSIZE", "PAIR_COLUMNS", "compare_pairs", "imap_texts", "iter_texts", "map_batches", "map_texts"]
