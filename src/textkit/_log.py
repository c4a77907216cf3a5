"""textkit's loggers, looked up when a message is logged, so that ``import textkit`` does not import `logging`.

`logging` and what it imports (threading, traceback, string …) were a sixth of ``import textkit``. Each module
calls ``get_logger(__name__)`` where it logs; the first call gives the ``textkit`` logger a `logging.NullHandler`,
as the logging HOWTO asks of libraries: an application that configures logging sees textkit's messages, and one
that does not is not written to. textkit adds no other handler and never configures logging.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

__all__ = ["get_logger"]


def get_logger(name: str) -> logging.Logger:
    """``logging.getLogger(name)``, after giving the ``textkit`` logger its `logging.NullHandler` (once).

    Example:
        >>> get_logger("textkit.io.encoding").name
        'textkit.io.encoding'
    """
    import logging

    package = logging.getLogger(__name__.partition(".")[0])
    if not any(isinstance(handler, logging.NullHandler) for handler in package.handlers):
        package.addHandler(logging.NullHandler())
    return logging.getLogger(name)
