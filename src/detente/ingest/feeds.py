"""RSS and Atom feeds via feedparser: each entry becomes one document.

An entry's id is its ``<guid>``/``<id>`` (else its link), its date the entry's published or
updated date (UTC), its text the full content when the feed carries it, else the summary,
converted from HTML to text with trafilatura. The feed is parsed from bytes only, so
feedparser never fetches anything over the network.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from detente.errors import InputError
from detente.ingest.html import html_to_text

FEED_SUFFIXES = {".xml", ".rss", ".atom"}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One feed entry; ``date`` is None when neither the entry nor the feed is dated."""

    id: str
    date: dt.date | None
    text: str
    title: str
    url: str


def parse_feed(data: bytes, where: str) -> Iterator[FeedItem]:
    """Entries of the feed in ``data``; :class:`InputError` if it is not a readable feed."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise InputError(f"not a readable feed: {parsed.get('bozo_exception')}")
        if not parsed.get("version"):
            raise InputError("not an RSS or Atom feed")
        raise InputError("feed has no entries")
    feed_date = _date(parsed.get("feed", {}), ("updated_parsed", "published_parsed"))
    for number, entry in enumerate(entries, 1):
        link = str(entry.get("link") or "")
        yield FeedItem(
            id=str(entry.get("id") or link or f"{where}#{number}"),
            date=_date(entry, ("published_parsed", "updated_parsed", "created_parsed"))
            or feed_date,
            text=_body(entry),
            title=_text(entry.get("title", ""), entry.get("title_detail")),
            url=link,
        )


def _body(entry: Any) -> str:
    for content in entry.get("content") or []:
        text = _text(content.get("value", ""), content)
        if text:
            return text
    return _text(entry.get("summary", ""), entry.get("summary_detail"))


def _text(value: object, detail: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    kind = (detail or {}).get("type", "text/html")
    if kind not in _HTML_TYPES:
        value = html.escape(value)  # plain text: keep "<" and "&" as written
    return html_to_text(value)


def _date(record: Any, keys: tuple[str, ...]) -> dt.date | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC).date()
            except (OverflowError, ValueError, OSError):
                continue
    return None
