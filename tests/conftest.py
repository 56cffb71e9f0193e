"""Shared fixtures: one spaCy coder per session, in-memory stores, the ../shared gold folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.events import Coder
from detente.store import Store

SHARED_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", help="run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture
def store() -> Store:
    with Store(":memory:") as db:
        yield db


@pytest.fixture(scope="session")
def shared_gold() -> Path:
    if not SHARED_GOLD.is_dir():
        pytest.skip("../shared/gold is not present")
    return SHARED_GOLD
