"""What the web app holds: one store connection, a cursor per request, one writer at a time.

DuckDB lets one process write a database file. The server opens it once; each request reads
through its own cursor (a connection to the same database instance, so readers run in parallel
and see a consistent snapshot), and writes go through a lock. Results of the slow dyad queries
are cached per store *generation*, which every write bumps, so a cached answer is never stale.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from detente.budget import Deadline, DocumentTimeout, budget_for
from detente.errors import InputError, StoreError
from detente.events import Coder
from detente.models import Document, Event
from detente.store import Store
from detente.store.db import WriteResult

T = TypeVar("T")
CACHE_SIZE = 256


class Service:
    """The store, the coder and a result cache shared by all requests of one app."""

    def __init__(self, db_path: str | Path, *, read_only: bool = False) -> None:
        self.read_only = read_only
        self.root = Store(db_path, read_only=read_only)
        self.generation = 0
        self._write_lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._flights: dict[Hashable, threading.Lock] = {}
        self._coder: Coder | None = None
        self._coder_lock = threading.Lock()

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A Store over a fresh cursor of the shared connection, closed afterwards."""
        view = object.__new__(Store)
        view.path = self.root.path
        view.con = self.root.con.cursor()
        try:
            yield view
        finally:
            view.con.close()

    def write(self, coded: Sequence[tuple[Document, list[Event]]]) -> WriteResult:
        if self.read_only:
            raise StoreError(
                f"store {self.root.path} is open read-only; restart without "
                "--read-only to add documents"
            )
        with self._write_lock, self.reader() as store:
            result = store.write(coded)
            with self._cache_lock:
                self.generation += 1
                self._cache.clear()
                self._flights.clear()
        return result

    def peek(self, key: Hashable) -> Any | None:
        """The cached value for ``key`` in the current generation, or None."""
        with self._cache_lock:
            full = (self.generation, key)
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]
        return None

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per key and store generation (bounded LRU); concurrent callers
        of the same key wait for the first one instead of computing it again."""
        hit = self.peek(key)
        if hit is not None:
            return hit
        with self._cache_lock:
            generation = self.generation
            flight = self._flights.setdefault((generation, key), threading.Lock())
        with flight:
            hit = self.peek(key)
            if hit is not None:
                return hit
            value = compute()
            with self._cache_lock:
                self._flights.pop((generation, key), None)
                if generation == self.generation:
                    self._cache[(generation, key)] = value
                    while len(self._cache) > CACHE_SIZE:
                        self._cache.popitem(last=False)
        return value

    def code(self, document: Document) -> tuple[list[dict[str, Any]], list[Event]]:
        """Sentences (text, offset) and all events of one document, with one coder at a time."""
        with self._coder_lock:
            if self._coder is None:
                self._coder = Coder()
            coder = self._coder
            deadline = Deadline(budget_for(document.text, coder.config.doc_timeout), coder.watchdog)
            try:
                with deadline:
                    parsed = coder.nlp(coder.tagger.prepare(document.text))
                    events = list(coder.events_of(parsed, document))
            except DocumentTimeout:
                if not deadline.fired:
                    raise
                raise InputError(
                    f"coding took longer than the document's time budget of "
                    f"{deadline.seconds:.1f} s"
                ) from None
            # The parsed text has neutral stand-ins for names; show the original characters.
            sentences = [
                {
                    "sentence_id": i,
                    "offset": s.start_char,
                    "text": document.text[s.start_char : s.end_char],
                }
                for i, s in enumerate(parsed.sents)
            ]
        return sentences, events

    def close(self) -> None:
        self.root.close()
