"""Scale-out on a Dask LocalCluster: same store as one process, and a killed worker loses
nothing."""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading

import pytest

from detente.events import CoderConfig
from detente.models import Document
from detente.run import code_documents
from detente.scale import code_distributed
from detente.store import Store

pytest.importorskip("distributed")
DAY = dt.date(2017, 2, 16)
TEXTS = [
    "Russia accused Ukraine of shelling Donetsk.",
    "Trump praised Putin on Friday.",
    "China protested against the U.S. decision.",
    "The weather was fine.",
]


def _docs(n: int) -> list[Document]:
    return [Document(f"doc-{i}", DAY, TEXTS[i % len(TEXTS)] + f" Item {i}.") for i in range(n)]


def _snapshot(store: Store):
    return store.query("SELECT mention_id, event_id, doc_id FROM mentions ORDER BY mention_id")


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


@pytest.fixture(scope="module")
def reference(coder):
    with Store(":memory:") as store:
        list(code_documents(_docs(60), coder=coder, store=store))
        return _snapshot(store)


def test_distributed_equals_single_process(client, reference):
    with Store(":memory:") as store:
        summary = code_distributed(_docs(60), store=store, client=client, batch_size=7)
        assert summary.documents == 60 and summary.batches == 9
        assert _snapshot(store) == reference


def test_killed_worker_loses_nothing(client, reference):
    pids = client.run(os.getpid)
    victim = next(iter(pids.values()))
    seen = []

    def kill_after_first_batch(result):
        seen.append(result)
        if len(seen) == 1:
            threading.Thread(target=os.kill, args=(victim, signal.SIGKILL)).start()

    with Store(":memory:") as store:
        summary = code_distributed(
            _docs(60), store=store, client=client, batch_size=5, on_batch=kill_after_first_batch
        )
        assert summary.documents == 60
        assert _snapshot(store) == reference


def test_time_budget_on_dask_workers(client):
    """A budget no document can meet (1 µs, for 400 sentences that take about 0.4 s, longer
    than the watchdog's polling interval): on the workers every document is either coded or
    counted as a timeout with its id, and nothing of a timed-out one reaches the store."""
    long_text = " ".join(TEXTS * 100)
    docs = [Document(f"slow-{i}", DAY, long_text) for i in range(6)]
    with Store(":memory:") as store:
        summary = code_distributed(
            docs, store=store, client=client, batch_size=2, config=CoderConfig(doc_timeout=1e-6)
        )
        stored = {r["doc_id"] for r in store.query("SELECT doc_id FROM documents")}
    assert summary.timeouts, "no document timed out"
    assert summary.documents + len(summary.timeouts) == 6
    assert summary.ingest.skipped["timeout"] == len(summary.timeouts)
    assert not stored & set(summary.timeouts)


def test_cli_workers_need_a_store(tmp_path):
    from typer.testing import CliRunner

    from detente.cli import app

    path = tmp_path / "2017-02-16.txt"
    path.write_text("Russia accused Ukraine.", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(path), "--workers", "2"])
    assert result.exit_code == 2 and "--db" in result.output
