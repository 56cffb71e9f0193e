"""Read documents from paths: plain text files, directories (recursive), stdin, JSONL, saved
web pages (.html/.htm, via :mod:`detente.ingest.html`), RSS/Atom feeds (.xml/.rss/.atom,
via :mod:`detente.ingest.feeds`, one document per entry), CSV/TSV tables (one document per
row, via :mod:`detente.ingest.tables`), PDF and DOCX files (via :mod:`detente.ingest.office`).

Every document needs a publication date: the JSONL ``date`` field or a table's date column, a
web page's or feed entry's own date, a ``YYYY-MM-DD`` in the file name, the caller's
``default_date``, or (PDF/DOCX, last) the file's own creation date. Bad documents are skipped
and counted in an :class:`IngestReport`, never silently dropped; a format we know but do not
read (``.xlsx``, ``.pptx``, ``.odt``, …) is skipped as ``unsupported_format``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.budget import Deadline, DocumentTimeout
from detente.errors import InputError
from detente.ingest.decode import decode_bytes, looks_binary
from detente.ingest.feeds import FEED_SUFFIXES, parse_feed
from detente.ingest.html import HTML_SUFFIXES, extract_page
from detente.ingest.office import (
    DOCX_SUFFIXES,
    PDF_SUFFIXES,
    UNSUPPORTED_SUFFIXES,
    OfficeText,
    read_docx,
    read_pdf,
    sniff,
)
from detente.ingest.tables import (
    DATE_NAMES,
    ID_NAMES,
    TABLE_SUFFIXES,
    TEXT_NAMES,
    TITLE_NAMES,
    URL_NAMES,
    Columns,
    parse_cell_date,
    read_rows,
)
from detente.models import Document

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
MAX_DOC_CHARS = 200_000
OFFICE_SECONDS = 60.0  # time budget to extract the text of one PDF/DOCX file
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


@dataclass
class IngestReport:
    """What ingestion read, skipped (with reasons) and repaired."""

    documents: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)
    replaced_chars: int = 0
    truncated: int = 0

    def skip(self, reason: str, where: str, detail: str) -> None:
        self.skipped[reason] += 1
        self.messages.append(f"{where}: skipped ({reason}): {detail}")

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "skipped": dict(self.skipped),
            "replaced_chars": self.replaced_chars,
            "truncated": self.truncated,
        }


def parse_date(value: object) -> dt.date:
    """Parse a publication date (``YYYY-MM-DD``, optionally with a time part)."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"date must be a YYYY-MM-DD string, got {value!r}")
    text = value.strip()
    try:
        if len(text) > 10 and text[10] in "T ":
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        return dt.date.fromisoformat(text[:10]) if len(text) == 10 else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def plausible(day: dt.date) -> bool:
    """A publication date no earlier than 1900 and at most a year from today."""
    return dt.date(1900, 1, 1) <= day <= dt.date.today() + dt.timedelta(days=366)


def _bad_date(text: str) -> dt.date:
    raise InputError(f"invalid date {text!r}: expected YYYY-MM-DD")


def date_from_name(name: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` found in a file name, if it is a real calendar date."""
    for match in _NAME_DATE.finditer(name):
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            continue
    return None


def read_documents(
    paths: Iterable[str],
    *,
    default_date: dt.date | None = None,
    report: IngestReport | None = None,
    columns: Columns | None = None,
) -> Iterator[Document]:
    """Yield documents from ``paths`` (files, directories, or ``-`` for stdin).

    ``columns`` names the columns of CSV/TSV files (default: found by their usual names).
    """
    report = report if report is not None else IngestReport()
    source = _Source(default_date, report, columns or Columns())
    for raw in paths:
        if raw == "-":  # a table when its columns are named, else sniffed like a file
            table = ".csv" if source.columns != Columns() else ""
            yield from _from_bytes(sys.stdin.buffer.read(), "<stdin>", source, suffix=table)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from _from_file(file, source)
        elif path.is_file():
            yield from _from_file(path, source)
        else:
            raise InputError(f"no such file or directory: {raw}")


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in sorted order; symlinked directories are not followed."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


@dataclass(frozen=True, slots=True)
class _Source:
    """What every file of one read shares: the fallback date, the report, table columns."""

    default: dt.date | None
    report: IngestReport
    columns: Columns


def _from_file(path: Path, source: _Source) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED_SUFFIXES:
        source.report.skip("unsupported_format", str(path), f"unsupported format {suffix}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        source.report.skip("unreadable", str(path), exc.strerror or str(exc))
        return
    yield from _from_bytes(data, str(path), source, suffix=suffix)


def _from_bytes(data: bytes, where: str, source: _Source, suffix: str = "") -> Iterator[Document]:
    default, report = source.default, source.report
    if suffix not in PDF_SUFFIXES | DOCX_SUFFIXES | TABLE_SUFFIXES:
        suffix = sniff(data) or suffix
    if suffix in PDF_SUFFIXES | DOCX_SUFFIXES:
        yield from _from_office(data, where, source, suffix)
        return
    if suffix in UNSUPPORTED_SUFFIXES:
        report.skip("unsupported_format", where, f"unsupported format {suffix}")
        return
    if looks_binary(data):
        report.skip("binary", where, "file looks binary, not text")
        return
    text, replaced = decode_bytes(data)
    report.replaced_chars += replaced
    if not text.strip():
        report.skip("empty", where, "no text")
        return
    if suffix in TABLE_SUFFIXES:
        yield from _from_table(text, where, source, suffix)
        return
    if suffix in HTML_SUFFIXES:
        yield from _from_html(text, where, default, report)
        return
    if suffix in FEED_SUFFIXES:
        yield from _from_feed(data, where, default, report)
        return
    is_jsonl = suffix in JSONL_SUFFIXES or (where == "<stdin>" and text.lstrip().startswith("{"))
    if is_jsonl:
        yield from _from_jsonl(text, where, default, report)
        return
    date = date_from_name(Path(where).name) or default
    if date is None:
        report.skip(
            "no_date", where, "no publication date: name the file with YYYY-MM-DD or pass --date"
        )
        return
    yield _document(where, date, text, "", "", report)


def _from_office(data: bytes, where: str, source: _Source, suffix: str) -> Iterator[Document]:
    kind = "PDF" if suffix in PDF_SUFFIXES else "DOCX"
    reason = "bad_pdf" if kind == "PDF" else "bad_docx"
    deadline = Deadline(OFFICE_SECONDS)
    try:
        with deadline:
            found: OfficeText = (read_pdf if kind == "PDF" else read_docx)(data)
    except DocumentTimeout:
        if not deadline.fired:
            raise
        source.report.skip("timeout", where, f"{kind} text took over {OFFICE_SECONDS:.0f} s")
        return
    except InputError as exc:
        source.report.skip(reason, where, str(exc))
        return
    if not found.text.strip():
        detail = "no text layer (a scan?)" if kind == "PDF" else "no text"
        source.report.skip("empty", where, detail)
        return
    date = date_from_name(Path(where).name) or source.default or found.date
    if date is None:
        source.report.skip(
            "no_date", where, "no publication date: name the file with YYYY-MM-DD or pass --date"
        )
        return
    yield _document(where, date, found.text, found.title, "", source.report)


def _from_table(text: str, where: str, source: _Source, suffix: str) -> Iterator[Document]:
    report = source.report
    rows = read_rows(text, suffix or ".csv", source.columns, 2 * MAX_DOC_CHARS)
    fallback = date_from_name(Path(where).name) or source.default
    try:
        for row in rows:
            place = f"{where}:{row.number}"
            text = headed(row.title, row.text)
            if not text.strip():
                report.skip("empty", place, "empty text cell")
                continue
            date: dt.date | None = fallback
            if row.date:
                try:
                    date = parse_cell_date(row.date)
                except InputError as exc:
                    report.skip("bad_date", place, str(exc))
                    continue
                if not plausible(date):
                    report.skip("bad_date", place, f"implausible date {date.isoformat()}")
                    continue
            if date is None:
                report.skip("no_date", place, "no date in the row and no --date given")
                continue
            yield _document(row.id or place, date, text, row.title, row.url, report)
    except InputError as exc:
        report.skip("bad_table", where, str(exc))


def _from_html(
    text: str, where: str, default: dt.date | None, report: IngestReport
) -> Iterator[Document]:
    try:
        page = extract_page(text)
    except InputError as exc:
        report.skip("not_html", where, str(exc))
        return
    if not page.text.strip():
        report.skip("empty", where, "no main text found in the page")
        return
    date = page.date or date_from_name(Path(where).name) or default
    if date is None:
        report.skip(
            "no_date",
            where,
            "no publication date in the page: name the file with YYYY-MM-DD or pass --date",
        )
        return
    yield _document(where, date, page.text, page.title, page.url, report)


def _from_feed(
    data: bytes, where: str, default: dt.date | None, report: IngestReport
) -> Iterator[Document]:
    try:
        items = list(parse_feed(data, where))
    except InputError as exc:
        report.skip("bad_feed", where, str(exc))
        return
    for number, item in enumerate(items, 1):
        place = f"{where}#{number}"
        text = headed(item.title, item.text)
        if not text.strip():
            report.skip("empty", place, "feed entry without title, summary or content")
            continue
        date = item.date or default
        if date is None:
            report.skip("no_date", place, "feed entry without a date and no --date given")
            continue
        yield _document(item.id, date, text, item.title, item.url, report)


def _from_jsonl(
    text: str, where: str, default: dt.date | None, report: IngestReport
) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        place = f"{where}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report.skip("bad_json", place, exc.msg)
            continue
        if not isinstance(record, dict):
            report.skip("bad_json", place, "line is not a JSON object")
            continue
        text_key = next((k for k in TEXT_NAMES if _field(record, k)), None)
        title = next((t for k in TITLE_NAMES if (t := _field(record, k))), "")
        body = headed(title, _field(record, text_key) if text_key else "")
        if not body.strip():
            report.skip("empty", place, "no text field (text, body, …, snippet, headline, title)")
            continue
        date_key = next((k for k in DATE_NAMES if record.get(k) not in (None, "")), None)
        try:
            date = parse_date(record[date_key]) if date_key else default
        except InputError as exc:
            report.skip("bad_date", place, str(exc))
            continue
        if date is not None and not plausible(date):
            report.skip("bad_date", place, f"implausible publication date {date.isoformat()}")
            continue
        if date is None:
            report.skip("no_date", place, "no date field (date, pub_date, …) and no --date given")
            continue
        doc_id = next((record[k] for k in ID_NAMES if record.get(k) not in (None, "")), None)
        doc_id = str(doc_id) if doc_id is not None else place
        url = next((u for k in URL_NAMES if (u := _field(record, k))), "")
        yield _document(doc_id, date, body, title, url, report)


def _field(record: dict, key: str) -> str:
    """A record's text field, as a string; a nested headline gives its main line (the New
    York Times API writes ``"headline": {"main": …, "print_headline": …}``)."""
    value = record.get(key)
    if isinstance(value, dict):
        value = value.get("main")
    return value.strip() if isinstance(value, str) else ""


def headed(title: str, text: str) -> str:
    """The text to code of a table row, feed entry or JSON record: its text, else its
    headline (a feed entry with no summary is still news). A headline over a text is not
    coded: the lead tells and dates the same act, and headline grammar ("Power and Churkin
    clash over Aleppo") is read less well than the lead's (coding both added a fifth to the
    demo corpus's events, most of them a second, worse reading of the lead's)."""
    return text if text.strip() else " ".join(title.split())


def _document(
    doc_id: str, date: dt.date, text: str, title: str, url: str, report: IngestReport
) -> Document:
    text = text.replace("\x00", "")
    if len(text) > MAX_DOC_CHARS:
        text = text[:MAX_DOC_CHARS]
        report.truncated += 1
    report.documents += 1
    return Document(id=doc_id, date=date, text=text, title=title, url=url)
