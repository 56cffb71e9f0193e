"""Ingest: files, directories, stdin and JSONL into dated :class:`~detente.models.Document`s."""

from detente.ingest.reader import IngestReport, read_documents

__all__ = ["IngestReport", "read_documents"]
