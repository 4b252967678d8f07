"""Shared fixtures: the spaCy pipeline (loaded once per session) and paths to shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ files (read them by eye)")


@pytest.fixture(scope="session")
def nlp():
    from eventwire.parse.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))
