"""CSV/TSV files with one document per row.

The text, date, id, title and url columns are named by the caller (:class:`Columns`) or found
by their usual names (``text``/``body``/``content``/…, ``date``/``pub_date``/``published``/…).
A table without a text column is refused with the columns it has; it is never read as one
document. Row problems (empty text, a bad date) skip that row, counted, never the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from detente.errors import InputError

TABLE_SUFFIXES = {".csv", ".tsv", ".tab"}
# Usual column names, best first (compared lower-cased, with spaces and dashes as "_").
TEXT_NAMES = (
    "text",
    "body",
    "content",
    "article",
    "article_text",
    "full_text",
    "fulltext",
    "story",
    "document",
    "sentence",
    "lead_paragraph",
    "abstract",
    "summary",
    "description",
    "snippet",
    "headline",
    "main_headline",
    "title",
)
DATE_NAMES = (
    "date",
    "pub_date",
    "publication_date",
    "published",
    "published_at",
    "date_published",
    "pubdate",
    "publish_date",
    "datetime",
    "timestamp",
    "created_at",
    "day",
)
ID_NAMES = ("id", "doc_id", "document_id", "article_id", "story_id", "uid", "_id", "guid")
TITLE_NAMES = ("title", "headline", "main_headline", "heading")
URL_NAMES = ("url", "link", "web_url", "href", "source_url", "uri")
_MONTH_FORMATS = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y")
_SLASHED = re.compile(r"^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$")


@dataclass(frozen=True, slots=True)
class Columns:
    """Column names of a table (``None``: find it by its usual names)."""

    text: str | None = None
    date: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """One table row as a document's fields (``date`` still as written)."""

    number: int  # line of the row in the file (the header is line 1)
    text: str
    date: str
    id: str
    title: str
    url: str


def _key(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def _find(header: list[str], given: str | None, usual: tuple[str, ...], what: str) -> int | None:
    keys = [_key(h) for h in header]
    if given is not None:
        if given in header:
            return header.index(given)
        if _key(given) in keys:
            return keys.index(_key(given))
        raise InputError(
            f"no {what} column {given!r}; the columns are: " + ", ".join(map(repr, header))
        )
    for name in usual:
        if name in keys:
            return keys.index(name)
    return None


class _SingleColumn(csv.excel):
    """A table of one column: no field separator (commas in the text stay in the text)."""

    delimiter = "\x1f"


def _dialect(header_line: str, suffix: str) -> type[csv.Dialect]:
    """Tab for .tsv/.tab; otherwise the separator the header line uses most (``,;\t|``),
    and none at all for a one-column table."""
    if suffix in (".tsv", ".tab"):
        return csv.excel_tab
    counts = {sep: header_line.count(sep) for sep in ",;\t|"}
    best = max(counts, key=lambda sep: counts[sep])
    if not counts[best]:
        return _SingleColumn
    return type("_Sniffed", (csv.excel,), {"delimiter": best})


def read_rows(text: str, suffix: str, columns: Columns, max_field: int) -> Iterator[Row]:
    """The rows of a CSV/TSV ``text`` as :class:`Row`; raises :class:`InputError` when the
    table has no header or no text column."""
    if csv.field_size_limit() < max_field:
        csv.field_size_limit(max_field)  # process-wide, only ever raised
    header_line = text.lstrip("\ufeff").split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(header_line, suffix))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("empty table") from None
    except csv.Error as exc:
        raise InputError(f"unreadable table: {exc}") from None
    text_at = _find(header, columns.text, TEXT_NAMES, "text")
    if text_at is None:
        raise InputError(
            "no text column among "
            + ", ".join(map(repr, header[:20]))
            + ": name it with --text-col"
        )
    date_at = _find(header, columns.date, DATE_NAMES, "date")
    id_at = _find(header, columns.id, ID_NAMES, "id")
    title_at = _find(header, columns.title, TITLE_NAMES, "title")
    url_at = _find(header, columns.url, URL_NAMES, "url")
    if title_at == text_at:
        title_at = None

    def cell(row: list[str], at: int | None) -> str:
        return row[at].strip() if at is not None and at < len(row) else ""

    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"line {line}: unreadable row: {exc}") from None
        if not any(field.strip() for field in row):
            continue
        yield Row(
            line,
            row[text_at] if text_at < len(row) else "",
            cell(row, date_at),
            cell(row, id_at),
            cell(row, title_at),
            cell(row, url_at),
        )


def parse_cell_date(value: str) -> dt.date:
    """A date as tables write it: ISO (with or without time), ``2017/02/16``,
    ``Feb 16, 2017``, ``16 February 2017``, RFC 2822, or ``02/16/2017`` (month first unless
    the first number cannot be a month)."""
    text = value.strip()
    try:
        if len(text) >= 10 and text[4] == "-":
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    slashed = _SLASHED.match(text)
    if slashed:
        a, b, c = (int(g) for g in slashed.groups())
        try:
            if len(slashed.group(1)) == 4:
                return dt.date(a, b, c)
            year = c + 2000 if c < 100 else c
            return dt.date(year, b, a) if a > 12 else dt.date(year, a, b)
        except ValueError:
            pass
    for fmt in _MONTH_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    raise InputError(f"invalid date {value!r}: expected e.g. 2017-02-16")
