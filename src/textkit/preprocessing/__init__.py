"""Preparing raw text for analysis: normalisation, HTML, the cleaning pipeline and article extraction.

- `textkit.preprocessing.normalization`: character widths, odd spaces, control characters, scripts (`normalize`).
- `textkit.preprocessing.html`: HTML to lines of text (`strip_html`).
- `textkit.preprocessing.scrub`: web addresses, e-mails, phone numbers, whitespace, and the `clean` pipeline.
- `textkit.preprocessing.article`: the article inside a scraped page (`extract_article`).
"""

from .article import REASONS, Article, BodyLine, Removed, extract_article
from .html import looks_like_html, strip_html, warn_if_html
from .normalization import (
    normalize,
    normalize_punctuation,
    normalize_spaces,
    normalize_width,
    remove_control_chars,
    to_simplified,
)
from .scrub import clean, collapse_whitespace, make_pipeline, remove_emails, remove_phone_numbers, remove_urls

__all__ = [
    "REASONS",
    "Article",
    "BodyLine",
    "Removed",
    "clean",
    "collapse_whitespace",
    "extract_article",
    "looks_like_html",
    "make_pipeline",
    "normalize",
    "normalize_punctuation",
    "normalize_spaces",
    "normalize_width",
    "remove_control_chars",
    "remove_emails",
    "remove_phone_numbers",
    "remove_urls",
    "strip_html",
    "to_simplified",
    "warn_if_html",
]
