"""For teaching with textkit: exercise checks for the notebooks, and the case-study report.

- `textkit.course.exercises`: `check` and `is_correct`, the notebooks' exercise checks (with hints).
- `textkit.course.claims`: `claim`, which prints a sentence of a notebook's prose after checking it is true.
- `textkit.course.report`: `build_report`, the case-study report that ``make demo`` writes.

These are clients of the library, not part of it: nothing in the analysis packages imports them.
"""

from .claims import ClaimError, claim
from .exercises import EXERCISES, Exercise, check, is_correct
from .report import Report, build_report, case_study_figures, execute_notebook

__all__ = [
    "EXERCISES",
    "ClaimError",
    "Exercise",
    "Report",
    "build_report",
    "case_study_figures",
    "check",
    "claim",
    "execute_notebook",
    "is_correct",
]
