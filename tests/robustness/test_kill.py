"""kill -9 in the middle of `detente code --db`, then the same command again: the store opens
and holds each document's events exactly once."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from detente.store import Store


def _corpus(tmp_path, n=300):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps(
            {
                "id": f"doc-{i}",
                "date": "2017-02-16",
                "text": f"Russia accused Ukraine of shelling town number {i}. "
                "The Kremlin rejected the demand.",
            }
        )
        for i in range(n)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _run(corpus, db):
    return [sys.executable, "-m", "detente", "code", str(corpus), "--db", str(db), "--json", "-q"]


def _snapshot(db):
    with Store(db, read_only=True) as store:
        return (
            store.counts(),
            store.query(
                "SELECT doc_id, count(*) AS n FROM mentions GROUP BY doc_id ORDER BY doc_id"
            ),
        )


@pytest.mark.parametrize("delay", [3.0, 5.0, 7.0])
def test_kill_then_rerun_is_exact(tmp_path, delay):
    corpus = _corpus(tmp_path)
    clean = tmp_path / "clean.duckdb"
    subprocess.run(_run(corpus, clean), check=True, capture_output=True)
    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        _run(corpus, killed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    subprocess.run(_run(corpus, killed), check=True, capture_output=True)
    assert _snapshot(killed) == _snapshot(clean)
