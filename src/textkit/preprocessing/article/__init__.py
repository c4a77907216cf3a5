"""The article inside a scraped web page: title, date, author, body, and every removed line with its reason.

`extract_article` is the entry point. The package keeps its rules (`rules`: the patterns of page furniture) apart
from its logic: `lines` (the evidence each line shows), `metadata` (title, date, author), `body` (which lines
are the article) and `extract` (the result).
"""

from .extract import Article, BodyLine, Removed, extract_article
from .rules import REASONS

__all__ = ["REASONS", "Article", "BodyLine", "Removed", "extract_article"]
