"""Unknown actors answer 422 with the CLI's message; unknown query parameters are refused."""

from __future__ import annotations


def test_unknown_actor_is_422_with_did_you_mean(client):
    response = client.get("/api/dyad", params={"a": "USA", "b": "XYZ"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_actor"
    assert "unknown actor 'XYZ'" in response.json()["error"]["message"]
    response = client.get("/api/dyad", params={"a": "USA", "b": "Rusia"})
    assert response.status_code == 422
    assert "did you mean Russia (RUS)" in response.json()["error"]["message"]


def test_unknown_actor_in_event_filter(client):
    response = client.get("/api/events", params={"actor": "QQQ"})
    assert response.status_code == 422
    assert "unknown actor 'QQQ'" in response.json()["error"]["message"]
    assert client.get("/api/events", params={"actor": "RUS"}).status_code == 200


def test_unknown_query_parameter_is_refused(client):
    response = client.get("/api/events", params={"actr": "RUS"})
    assert response.status_code == 422
    message = response.json()["error"]["message"]
    assert "actr" in message and "unknown query parameter" in message
    assert client.get("/api/health", params={"verbose": "1"}).status_code == 422
    assert client.get("/api/health").status_code == 200


def test_coding_over_its_budget_is_a_clear_error(client, monkeypatch):
    from detente.events import Coder, CoderConfig

    def spin(self, parsed, document):
        while True:
            pass

    monkeypatch.setattr(client.app.state.service, "_coder", Coder(CoderConfig(doc_timeout=0.2)))
    monkeypatch.setattr(Coder, "events_of", spin)
    response = client.post(
        "/api/code", json={"text": "Russia accused Ukraine.", "date": "2017-02-16"}
    )
    assert response.status_code == 400
    assert "time budget" in response.json()["error"]["message"]
