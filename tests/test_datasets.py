from __future__ import annotations

import hashlib
from pathlib import Path

import textkit
from textkit.datasets import CASE_STUDY_FILES, case_study_path

DATA = Path(__file__).resolve().parents[1] / "data"
# SHA-256 of the seed files as delivered: the case study is kept byte for byte.
SHA256 = {
    "original": "e73b5779600e530b39b3c095d1216babce85bc52124053a2b0ec30ad14d44f17",
    "summary": "88deb90b01bbd974d414d605f387b10a769bbdd032efaa020d143c43842f4fbc",
}


def test_case_study_loads_both_texts(case_study: textkit.CaseStudy) -> None:
    assert case_study.original.startswith("海口")
    assert "抖音电商总裁魏雯雯:抖音电商的10个真相" in case_study.original
    assert case_study.summary.startswith("抖音电商负责人魏雯雯「李雯雯百科」")
    assert 10_000 < len(case_study.original) < 11_500
    assert 2_400 < len(case_study.summary) < 2_800


def test_case_study_files_are_the_repository_files() -> None:
    for role, name in CASE_STUDY_FILES.items():
        assert case_study_path(role).read_bytes() == (DATA / name).read_bytes()


def test_data_readme_names_every_file() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name in CASE_STUDY_FILES.values():
        assert name in readme


def test_case_study_is_unchanged_from_the_seed() -> None:
    digests = {role: hashlib.sha256(case_study_path(role).read_bytes()).hexdigest() for role in CASE_STUDY_FILES}
    assert digests == SHA256
