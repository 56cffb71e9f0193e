"""Untrusted text is escaped, tokens guard every route, bodies are capped, hosts checked."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from web_store import XSS, build_store

from detente.web import create_app


def test_overview_escapes_document_payloads(client):
    page = client.get("/").text
    for payload in XSS:
        assert payload not in page
    assert "<script>window" not in page and "<img src=x" not in page


def test_query_values_echoed_into_pages_are_escaped(client):
    page = client.get("/dyad", params={"a": XSS[1], "b": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert 'value="&#34;&gt;&lt;img src=x' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_pages_send_a_strict_content_security_policy(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_no_inline_scripts_in_pages(client):
    import re

    for path in ("/", "/dyad", "/code", "/events", "/docs"):
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", client.get(path).text, re.S)
        assert all('src="/' in attrs and not body.strip() for attrs, body in scripts), path


def test_api_returns_payloads_as_data(client):
    items = client.get("/api/events", params={"per_page": 200}).json()["items"]
    titles = {e["title"] for e in items}
    assert set(XSS) <= titles  # stored verbatim; the pages set them as text, never as HTML


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("guarded") / "g.duckdb")
    with TestClient(create_app(path, token="s3cret", max_upload=1000)) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/dyad",
        "/api/health",
        "/api/dyad?a=USA&b=RUS",
        "/static/app.css",
        "/vendor/plotly.min.js",
        "/docs",
        "/openapi.json",
    ],
)
def test_token_required_on_every_route(guarded, path):
    response = guarded.get(path)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    wrong = guarded.get(path, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert guarded.get(path, headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_token_in_url_becomes_a_cookie(tmp_path):
    path = build_store(tmp_path / "c.duckdb")
    with TestClient(create_app(path, token="s3cret")) as browser:
        response = browser.get("/events?token=s3cret&actor=RUS", follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/events?actor=RUS"
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert browser.get("/api/health").status_code == 200  # the client keeps the cookie
        assert browser.get("/?token=wrong", follow_redirects=False).status_code in (200, 401)


def test_post_without_token_is_refused_before_reading(guarded):
    response = guarded.post("/api/code", json={"text": "x" * 5000, "date": "2017-02-16"})
    assert response.status_code == 401


def test_oversized_body_gets_413(guarded):
    auth = {"Authorization": "Bearer s3cret"}
    response = guarded.post(
        "/api/code", json={"text": "x" * 2000, "date": "2017-02-16"}, headers=auth
    )
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "payload_too_large" and "1,000 byte" in error["message"]


def test_oversized_chunked_body_gets_413(guarded):
    def chunks():
        for _ in range(10):
            yield b'{"text": "' + b"x" * 200

    response = guarded.post(
        "/api/code",
        content=chunks(),
        headers={"Authorization": "Bearer s3cret", "content-type": "application/json"},
    )
    assert response.status_code == 413


def test_default_cap_is_5_mb(client):
    big = {"text": "x" * (5 * 1024 * 1024 + 10), "date": "2017-02-16"}
    assert client.post("/api/code", json=big).status_code == 413


def test_foreign_host_header_is_refused(tmp_path):
    path = build_store(tmp_path / "h.duckdb")
    app = create_app(path, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://localhost") as local:
        assert local.get("/api/health").status_code == 200
        assert local.get("/api/health", headers={"host": "evil.example"}).status_code == 400


def test_read_only_store_refuses_writes_with_4xx(tmp_path):
    path = build_store(tmp_path / "r.duckdb")
    with TestClient(create_app(path, read_only=True)) as ro:
        response = ro.post(
            "/api/documents", json={"text": "Russia accused Ukraine.", "date": "2017-02-16"}
        )
        assert response.status_code == 409 and "read-only" in response.json()["error"]["message"]
