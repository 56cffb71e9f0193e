"""One error envelope for every failure: bad dyads and dates are 4xx JSON, never 500.

The shape is pinned here (like datasette's tests/test_error_shape.py): scripts rely on it.
"""

from __future__ import annotations

import pytest

BAD_GETS = [
    ("/api/dyad?a=USA&b=Atlantis", 422),
    ("/api/dyad?a=USA&b=", 400),
    ("/api/dyad?a=USA", 422),
    ("/api/dyad?a=USA&b=USA", 400),
    ("/api/dyad?a=USA&b=RUS&since=2017-02-30", 400),
    ("/api/dyad?a=USA&b=RUS&since=yesterday", 400),
    ("/api/dyad?a=USA&b=RUS&since=2017-03-01&until=2017-01-01", 400),
    ("/api/dyad?a=USA&b=RUS&freq=decade", 400),
    ("/api/dyad?a=USA&b=RUS&since=1900-01-01&freq=day", 400),
    ("/api/dyad?a=%27%3B%20DROP%20TABLE%20mentions%3B--&b=RUS", 422),
    ("/api/events?quad=9", 422),
    ("/api/events?quad=x", 422),
    ("/api/events?code=04%27%20OR%201%3D1", 400),
    ("/api/events?modality=rumoured", 400),
    ("/api/events?since=2017-13-01", 400),
    ("/api/events?per_page=0", 422),
    ("/api/events?page=-1", 422),
    ("/api/events?actor=Narnia", 422),
    ("/api/events?actr=RUS", 422),
    ("/api/actors?limit=100000", 422),
    ("/api/nowhere", 404),
]


def _envelope(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert isinstance(body["error"]["code"], str) and body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize(("path", "status"), BAD_GETS)
def test_bad_requests_share_one_envelope(client, path, status):
    _envelope(client.get(path), status)


def test_messages_name_the_bad_value(client):
    error = _envelope(client.get("/api/dyad?a=USA&b=Atlantis"), 422)
    assert error == {"code": "unknown_actor", "message": error["message"]}
    assert "unknown actor 'Atlantis'" in error["message"]
    assert "since" in _envelope(client.get("/api/events?since=2017-13-01"), 400)["message"]


@pytest.mark.parametrize(
    "body",
    [
        {"text": "Russia accused Ukraine."},
        {"text": "Russia accused Ukraine.", "date": "16/02/2017"},
        {"text": "", "date": "2017-02-16"},
        {"text": "   ", "date": "2017-02-16"},
        {"text": 5, "date": "2017-02-16"},
    ],
)
def test_bad_code_bodies(client, body):
    response = client.post("/api/code", json=body)
    assert 400 <= response.status_code < 500
    _envelope(response, response.status_code)


def test_malformed_json_and_wrong_method(client):
    response = client.post(
        "/api/code", content=b"{not json", headers={"content-type": "application/json"}
    )
    _envelope(response, 422)
    _envelope(client.get("/api/code"), 405)
    _envelope(client.post("/api/code", data={"text": "x", "date": "2017-02-16"}), 415)


def test_sql_injection_is_just_a_value(client):
    before = client.get("/api/health").json()["counts"]
    client.get("/api/events", params={"actor": "RUS') OR 1=1 --"})
    client.get("/api/actors", params={"q": "'; DROP TABLE mentions; --"})
    assert client.get("/api/health").json()["counts"] == before
