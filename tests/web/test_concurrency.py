"""Reads keep working while documents are added through the server: no errors, no torn
results (a reader sees all of a document's events or none of them)."""

from __future__ import annotations

import threading
import time

import httpx
from web_server import ServerThread
from web_store import build_store

from detente.web import create_app

# (every event of the text is between Russia and Ukraine: a shelling of Donetsk charged would
# be an event of Ukraine's own that the reader's dyad query does not count)
TEXT = "Russia accused Ukraine of lying. Ukraine accused Russia of lying."
DOCS = 6


def test_concurrent_reads_during_writes(tmp_path):
    app = create_app(build_store(tmp_path / "c.duckdb"))
    with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        per_doc = http.post("/api/code", json={"text": TEXT, "date": "2017-02-16"}).json()
        per_doc = per_doc["events"]
        assert per_doc >= 2
        errors: list[str] = []
        totals: list[int] = []
        done = threading.Event()

        def read(n: int) -> None:
            with httpx.Client(base_url=server.url, timeout=30) as mine:
                i = 0
                while not done.is_set() and i < 500:
                    i += 1
                    r = mine.get(
                        "/api/events",
                        params={"actor": "RUS", "target": "UKR", "both": "true", "per_page": 1},
                    )
                    d = mine.get(
                        "/api/dyad",
                        params={"a": "USA", "b": "RUS", "since": f"2017-01-{1 + (n + i) % 9:02d}"},
                    )
                    for response in (r, d):
                        if response.status_code != 200:
                            errors.append(f"{response.status_code} {response.text[:200]}")
                    if r.status_code == 200:
                        totals.append(r.json()["total"])

        readers = [threading.Thread(target=read, args=(n,)) for n in range(8)]
        for thread in readers:
            thread.start()
        try:
            for k in range(DOCS):
                response = http.post(
                    "/api/documents",
                    json={"text": TEXT, "date": "2017-02-16", "doc_id": f"live-{k}"},
                )
                assert response.status_code == 201, response.text
                time.sleep(0.05)
        finally:
            done.set()
            for thread in readers:
                thread.join(timeout=60)
        assert not errors, errors[:3]
        assert totals and all(t % per_doc == 0 for t in totals), sorted(set(totals))
        final = http.get("/api/events", params={"actor": "RUS", "target": "UKR", "both": "true"})
        assert final.json()["total"] == DOCS * per_doc
        assert http.get("/api/health").json()["counts"]["documents"] >= DOCS
