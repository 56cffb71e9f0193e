"""Scale out: code batches of documents on a Dask distributed cluster.

Documents are cut into batches and coded on the workers (each worker process loads the spaCy
model once: :func:`detente.nlp.load_pipeline` is cached per process). A worker returns its
batch as Arrow IPC bytes; the client writes each batch to a Parquet part as it arrives (so
memory stays bounded) and, at the end, merges all parts into DuckDB in one transaction. When a
worker dies, Dask runs its batches again elsewhere; event and mention ids are deterministic,
so the store holds each event once.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from detente.events import Coder, CoderConfig
from detente.models import Document
from detente.run import RunSummary
from detente.store.db import Store, to_tables

BATCH_SIZE = 100


@dataclass(frozen=True, slots=True)
class BatchResult:
    """One coded batch, as counts and Arrow IPC bytes (what travels back from a worker)."""

    documents: int
    sentences: int
    events: int
    facts: int
    mentions: int
    docs_ipc: bytes
    mentions_ipc: bytes
    timeouts: tuple[tuple[str, float], ...] = ()  # (document id, budget) skipped on the worker


def _ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _table(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


def code_batch(batch: list[Document], config: CoderConfig) -> BatchResult:
    """Code one batch (runs on a worker)."""
    coder = Coder(config)
    coded = list(coder.code(batch))
    docs, mentions = to_tables(coded)
    events = [e for _, evs in coded for e in evs]
    return BatchResult(
        len(coded),
        coder.stats.sentences,
        len(events),
        sum(e.is_fact for e in events),
        mentions.num_rows,
        _ipc(docs),
        _ipc(mentions),
        tuple(coder.stats.timeouts),
    )


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    stream = iter(documents)
    while batch := list(islice(stream, size)):
        yield batch


def _client(workers: int, scheduler: str | None) -> Any:
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    return Client(cluster)


def code_distributed(
    documents: Iterable[Document],
    *,
    store: Store,
    workers: int = 2,
    scheduler: str | None = None,
    config: CoderConfig | None = None,
    batch_size: int = BATCH_SIZE,
    on_batch: Callable[[BatchResult], None] | None = None,
    client: Any = None,
    summary: RunSummary | None = None,
) -> RunSummary:
    """Code ``documents`` on a Dask cluster and merge the results into ``store`` at once.

    Each worker enforces the per-document time budget; documents over it come back as
    ``timeouts`` and are counted in ``summary`` (pass one to share its ingest report).
    """
    from dask.distributed import as_completed

    config = config or CoderConfig()
    summary = summary if summary is not None else RunSummary()
    own = client is None
    client = client if client is not None else _client(workers, scheduler)
    in_flight = max(2, 2 * len(client.scheduler_info().get("workers", {})) or 2 * workers)
    with tempfile.TemporaryDirectory(prefix="detente-parts-") as tmp:
        parts: list[tuple[Path, Path]] = []
        try:
            batches = _batches(documents, batch_size)
            pending = as_completed()
            for batch in islice(batches, in_flight):
                pending.add(client.submit(code_batch, batch, config, pure=False, retries=2))
            for future in pending:
                result: BatchResult = future.result()
                number = len(parts)
                part = (
                    Path(tmp) / f"docs-{number:06d}.parquet",
                    Path(tmp) / f"mentions-{number:06d}.parquet",
                )
                pq.write_table(_table(result.docs_ipc), part[0])
                pq.write_table(_table(result.mentions_ipc), part[1])
                parts.append(part)
                summary.batches += 1
                summary.stored_mentions += result.mentions
                summary.documents += result.documents
                summary.sentences += result.sentences
                summary.events += result.events
                summary.facts += result.facts
                summary.add_timeouts(result.timeouts)
                if on_batch is not None:
                    on_batch(result)
                following = next(batches, None)
                if following is not None:
                    pending.add(client.submit(code_batch, following, config, pure=False, retries=2))
        finally:
            if own:
                cluster = getattr(client, "cluster", None)
                client.close()
                if cluster is not None:
                    cluster.close()
        if parts:
            result = store.merge_parquet([p[0] for p in parts], [p[1] for p in parts])
            summary.new_mentions = result.new_mentions
    return summary
