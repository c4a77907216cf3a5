"""Shared fixtures."""

from __future__ import annotations

import pytest

import textkit


@pytest.fixture(scope="session")
def case_study() -> textkit.CaseStudy:
    return textkit.load_case_study()
