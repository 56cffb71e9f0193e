"""The main job as a library call: read documents, code them, write them to the store.

The CLI is a thin shell over these functions; anything it does, Python can do with one import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from detente.events import Coder, CoderConfig
from detente.ingest import IngestReport, read_documents
from detente.ingest.tables import Columns
from detente.models import Document, Event
from detente.store import Store

WRITE_BATCH = 64  # documents per store transaction


@dataclass
class RunSummary:
    """Counts of one coding run: what was read, skipped, coded and stored."""

    ingest: IngestReport = field(default_factory=IngestReport)
    documents: int = 0
    sentences: int = 0
    events: int = 0
    facts: int = 0
    stored_mentions: int = 0
    new_mentions: int = 0
    batches: int = 0  # distributed runs: batches coded on the cluster
    long_sentences_skipped: int = 0
    sentences_truncated: int = 0
    timeouts: list[str] = field(default_factory=list)  # ids of documents over their budget

    def add_timeouts(self, timeouts: Iterable[tuple[str, float]]) -> None:
        """Count documents skipped for their time budget (as ``timeout`` in the ingest skips)."""
        for doc_id, seconds in timeouts:
            self.timeouts.append(doc_id)
            self.ingest.skip(
                "timeout", doc_id, f"coding took longer than its budget of {seconds:.1f} s"
            )

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            "events": self.events,
            "facts": self.facts,
            "stored_mentions": self.stored_mentions,
            "new_mentions": self.new_mentions,
            "batches": self.batches,
            "long_sentences_skipped": self.long_sentences_skipped,
            "sentences_truncated": self.sentences_truncated,
            "timeouts": self.timeouts,
            "ingest": self.ingest.to_dict(),
        }


def code_documents(
    documents: Iterable[Document],
    *,
    coder: Coder | None = None,
    store: Store | None = None,
    summary: RunSummary | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Code ``documents``, writing each batch to ``store`` in one transaction; stream results."""
    coder = coder or Coder()
    summary = summary if summary is not None else RunSummary()
    seen_timeouts = len(coder.stats.timeouts)
    buffer: list[tuple[Document, list[Event]]] = []

    def flush() -> None:
        if store is not None and buffer:
            result = store.write(buffer)
            summary.stored_mentions += result.mentions
            summary.new_mentions += result.new_mentions
        buffer.clear()

    for document, events in coder.code(documents):
        summary.documents += 1
        summary.events += len(events)
        summary.facts += sum(e.is_fact for e in events)
        buffer.append((document, events))
        if on_document is not None:
            on_document(document)
        yield document, events
        if len(buffer) >= WRITE_BATCH:
            flush()
    flush()
    summary.add_timeouts(coder.stats.timeouts[seen_timeouts:])
    summary.sentences = coder.stats.sentences
    summary.long_sentences_skipped = coder.stats.long_sentences_skipped
    summary.sentences_truncated = coder.stats.sentences_truncated


def code_paths(
    paths: Iterable[str],
    *,
    default_date: dt.date | None = None,
    config: CoderConfig | None = None,
    store: Store | None = None,
    summary: RunSummary | None = None,
    on_document: Callable[[Document], None] | None = None,
    columns: Columns | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Read files/directories/stdin and code them (see :func:`code_documents`)."""
    summary = summary if summary is not None else RunSummary()
    documents = read_documents(
        paths, default_date=default_date, report=summary.ingest, columns=columns
    )
    yield from code_documents(
        documents, coder=Coder(config), store=store, summary=summary, on_document=on_document
    )
