"""The case study that ships with textkit: a scraped article and an SEO "summary" of it.

Both texts are in the repository's ``data/`` folder and inside the installed
package (``textkit/data/``), so `load_case_study` works from a clone and from a
wheel alike. See ``data/README.md`` for what they are and where they come from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import TextkitError

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["CASE_STUDY_FILES", "CaseStudy", "case_study_path", "load_case_study"]

#: File names of the case study's texts, by role.
CASE_STUDY_FILES = {
    "original": "douyin_original_scraped_page.txt",
    "summary": "douyin_summary_seo_repost.txt",
}


@dataclass(frozen=True)
class CaseStudy:
    """The two case-study texts, exactly as published (UTF-8, line breaks kept).

    Attributes:
        original: The full article "抖音电商总裁魏雯雯:抖音电商的10个真相" as scraped from
            a company web page, navigation, city list and byline included
            (about 10,700 characters).
        summary: A shorter "summary" of the talk republished by an SEO 百科 site
            (about 2,600 characters); not a faithful summary of ``original``.

    Example:
        >>> case = load_case_study()
        >>> case.summary.splitlines()[0]
        '抖音电商负责人魏雯雯「李雯雯百科」'
    """

    original: str
    summary: str


def _data_dir() -> Path:
    from importlib import resources
    from pathlib import Path

    packaged = resources.files("textkit").joinpath("data")
    if packaged.is_dir():  # an installed wheel carries the texts inside the package
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "data"  # an editable install from a clone
    if checkout.is_dir():
        return checkout
    raise TextkitError("the case-study texts are missing from this installation of textkit (data/ not found)")


def case_study_path(which: str) -> Path:
    """Path of one case-study file: ``which`` is ``"original"`` or ``"summary"``.

    Example:
        >>> case_study_path("summary").name
        'douyin_summary_seo_repost.txt'
    """
    if which not in CASE_STUDY_FILES:
        raise TextkitError(f"which must be 'original' or 'summary', got {which!r}")
    return _data_dir() / CASE_STUDY_FILES[which]


def load_case_study() -> CaseStudy:
    """Load the case study's two texts.

    Returns:
        A `CaseStudy` with ``original`` and ``summary`` as strings.

    Example:
        >>> case = load_case_study()
        >>> case.original.count("魏雯雯") > 0, len(case.summary) < len(case.original)
        (True, True)
    """
    texts = {role: case_study_path(role).read_bytes().decode("utf-8") for role in CASE_STUDY_FILES}
    return CaseStudy(original=texts["original"], summary=texts["summary"])
