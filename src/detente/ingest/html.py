"""Saved web pages: main text, title, date and canonical URL extracted with trafilatura.

trafilatura drops navigation, footers and other boilerplate and reads the publication date
from the page metadata (``article:published_time``, JSON-LD, ``<time>``...). We switch off
its "extensive" date search, which guesses from copyright lines and would date a 2017
article 2017-01-01; pages without a metadata date fall back to the file name or ``--date``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from detente.errors import InputError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_TAG = re.compile(r"<\s*[a-zA-Z!]")


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page yields: main text plus the metadata we could find."""

    text: str
    title: str = ""
    date: dt.date | None = None
    url: str = ""


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment (a feed summary, a title), via trafilatura's parser."""
    import trafilatura

    if not markup.strip():
        return ""
    return " ".join(trafilatura.html2txt(f"<html><body><div>{markup}</div></body></html>").split())


def extract_page(markup: str) -> Page:
    """Main text and metadata of a full HTML page; :class:`InputError` if it is not HTML."""
    import trafilatura
    from trafilatura.utils import load_html

    if not _TAG.search(markup[:4096]):
        raise InputError("not an HTML page: no markup in the first 4 KB")
    tree = load_html(markup)
    if tree is None:
        # A page without an <html> wrapper ("<body>...</body>") is still a page.
        tree = load_html(f"<html>{markup}</html>")
    if tree is None:
        raise InputError("not an HTML page: no <html> document could be parsed")
    result = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if result is None or not isinstance(getattr(result, "text", None), str):
        return Page("")
    return Page(
        text=result.text or "",
        title=result.title or "",
        date=_iso_date(result.date),
        url=result.url or "",
    )


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
