"""``python -m textkit.course [OUT_DIR [NOTEBOOKS_DIR]]``: the case-study report, as ``make demo`` writes it.

The same as ``python -m textkit.course.report``, which Python warns about: the package imports its ``report``
module before running it as ``__main__``.
"""

from .report import main

if __name__ == "__main__":
    raise SystemExit(main())
