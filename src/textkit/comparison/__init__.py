"""A summary against its original: alignment, support, checks, coverage, scores and reports.

- `textkit.comparison.core`: `compare`, the orchestrator.
- `textkit.comparison.units`: the text units compared (clauses, character bigrams).
- `textkit.comparison.align`: each summary sentence's source sentence(s) and similarity.
- `textkit.comparison.checks`: numbers, names and negations against the source.
- `textkit.comparison.scores`: ROUGE, compression, novelty, coverage, keywords, sentiment.
- `textkit.comparison.result`: `Comparison`, the tables; `textkit.comparison.render`: its reports.
"""

from .core import compare
from .result import DEFAULT_THRESHOLD, Comparison

__all__ = ["DEFAULT_THRESHOLD", "Comparison", "compare"]
