"""A griffe extension for the API reference: read a Google-style ``Example:`` section as ``Examples:``.

textkit's docstrings use both spellings, which pydocstyle, Sphinx's napoleon and doctest all accept; griffe
recognises only the plural and would render ``Example:`` as a note whose ``>>>`` lines Markdown turns into
quotes. Loaded by mkdocstrings through ``extensions:`` in mkdocs.yml; it changes nothing in the source.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_SINGULAR = re.compile(r"^(\s*)Example:[ \t]*$", re.MULTILINE)


class ExampleSection(griffe.Extension):
    """Rename ``Example:`` section headers to ``Examples:`` in every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of each loaded module, class, function and attribute."""
        if obj.docstring is not None:
            obj.docstring.value = _SINGULAR.sub(r"\1Examples:", obj.docstring.value)
