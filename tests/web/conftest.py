"""Fixtures: a small store (see web_store.py), an app and a TestClient over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_store import build_store

from detente.web import create_app


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.duckdb")


@pytest.fixture(scope="module")
def client(web_db: Path) -> TestClient:
    with TestClient(create_app(web_db)) as test_client:
        yield test_client
