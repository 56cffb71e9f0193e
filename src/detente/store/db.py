"""The DuckDB event store: transactional, idempotent writes; one writer at a time."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from detente.errors import StoreError
from detente.models import Document, Event
from detente.store import summary
from detente.store.schema import DOCUMENT_SCHEMA, MENTION_SCHEMA, MIGRATIONS, SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class WriteResult:
    documents: int
    mentions: int
    new_mentions: int


def to_tables(coded: Sequence[tuple[Document, list[Event]]]) -> tuple[pa.Table, pa.Table]:
    """Arrow tables (documents, mentions) for coded documents, in the store's schema."""
    docs = pa.Table.from_pylist(
        [
            {
                "doc_id": d.id,
                "date": d.date,
                "title": d.title,
                "url": d.url,
                "n_events": len(events),
                "coder_version": events[0].coder_version if events else "",
            }
            for d, events in coded
        ],
        schema=DOCUMENT_SCHEMA,
    )
    rows = [
        {**e.to_dict(), "date": e.date, "mention_id": e.mention_key, "event_id": e.event_key}
        for _, events in coded
        for e in events
    ]
    return docs, pa.Table.from_pylist(rows, schema=MENTION_SCHEMA)


class Store:
    """An open DuckDB store. Use as a context manager; ``path=":memory:"`` for tests."""

    def __init__(
        self,
        path: str | Path = "detente.duckdb",
        *,
        read_only: bool = False,
        lock_timeout: float = 10.0,
    ) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"store {self.path} does not exist")
        self.con = self._connect(read_only, lock_timeout)
        if not read_only:
            self._migrate()
        else:
            self._check_version()

    def _connect(self, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + timeout
        while True:
            try:
                return duckdb.connect(self.path, read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                    raise StoreError(
                        f"cannot open store {self.path}: it is in use by another detente "
                        f"process (one writer at a time); waited {timeout:.0f}s"
                        if "lock" in str(exc).lower()
                        else f"cannot open store {self.path}: {exc}"
                    ) from None
                time.sleep(0.2)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open store {self.path}: {exc}") from None

    def _version(self) -> int:
        exists = self._run(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        )
        if not exists[0][0]:
            return 0
        row = self._run("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row[0][0]) if row else 0

    def _check_version(self) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {version}, newer than this detente "
                f"supports ({SCHEMA_VERSION}); upgrade detente"
            )

    def _migrate(self) -> None:
        self._check_version()
        version = self._version()
        if version == SCHEMA_VERSION:
            return
        with self.transaction():
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    self._run(statement)
            self._run(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Execute one statement and consume its result (DuckDB requires it)."""
        return self.con.execute(sql, list(params)).fetchall()

    def transaction(self) -> _Transaction:
        return _Transaction(self.con)

    def write(self, coded: Sequence[tuple[Document, list[Event]]]) -> WriteResult:
        """Replace the documents in ``coded`` and their mentions, in one transaction."""
        if not coded:
            return WriteResult(0, 0, 0)
        return self.write_tables(*to_tables(coded))

    def write_tables(self, docs: pa.Table, mentions: pa.Table) -> WriteResult:
        """Replace documents (``DOCUMENT_SCHEMA``) and their mentions (``MENTION_SCHEMA``),
        in one transaction: a crash leaves either all of it or none of it."""
        with self.transaction():
            self.con.register("_docs", docs)
            self.con.register("_mentions", mentions)
            try:
                return self._replace()
            finally:
                self.con.unregister("_docs")
                self.con.unregister("_mentions")

    def merge_parquet(
        self, doc_parts: Sequence[Path], mention_parts: Sequence[Path]
    ) -> WriteResult:
        """Replace documents and mentions from Parquet parts, all in one transaction."""
        with self.transaction():
            self.con.read_parquet([str(p) for p in doc_parts]).create_view("_docs")
            self.con.read_parquet([str(p) for p in mention_parts]).create_view("_mentions")
            try:
                return self._replace()
            finally:
                self._run("DROP VIEW _docs")
                self._run("DROP VIEW _mentions")

    def _replace(self) -> WriteResult:
        """Replace the documents in ``_docs`` and their mentions by ``_mentions`` (both
        registered by the caller, inside its transaction); recount the dyads they touch."""
        before = self._count("coded")
        summary.dyads_of(self.con, "coded WHERE doc_id IN (SELECT doc_id FROM _docs)")
        summary.dyads_of(self.con, "_mentions")
        self._run("DELETE FROM coded WHERE doc_id IN (SELECT doc_id FROM _docs)")
        self._run("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM _docs)")
        self._run("INSERT OR IGNORE INTO documents SELECT * FROM _docs")
        self._run("INSERT OR IGNORE INTO coded BY NAME SELECT * FROM _mentions")
        summary.refresh_dyads(self.con)
        return WriteResult(
            self._count("_docs"), self._count("_mentions"), self._count("coded") - before
        )

    def _count(self, table: str) -> int:
        return int(self._run(f"SELECT count(*) FROM {table}")[0][0])

    def counts(self) -> dict[str, int]:
        """Documents, mentions and distinct events, from table sizes and ``event_days``
        (no recount of the events view)."""
        row = self._run(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM coded) + "
            "(SELECT count(*) FROM imported), (SELECT coalesce(sum(events), 0) FROM event_days)"
        )[0]
        return dict(zip(("documents", "mentions", "events"), map(int, row), strict=True))

    def query(
        self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        """Run a parameterised query (``?`` or ``$name``) and return rows as dictionaries."""
        cursor = self.con.execute(
            sql, dict(params) if isinstance(params, Mapping) else list(params)
        )
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION").fetchall()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.con.execute("COMMIT" if kind is None else "ROLLBACK").fetchall()
