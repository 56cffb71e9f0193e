"""Store: one embedded DuckDB file holding documents, event mentions and deduplicated events."""

from detente.store.db import SCHEMA_VERSION, Store, WriteResult

__all__ = ["SCHEMA_VERSION", "Store", "WriteResult"]
