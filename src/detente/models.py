"""The records that travel through detente: Document → Actor → Event.

All records are frozen dataclasses; dictionaries appear only at the edges (JSON, DuckDB rows)
through ``to_dict``/``from_dict``. CAMEO codes are strings so leading zeros survive ("036").
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, fields
from typing import Any

MODALITIES = ("asserted", "negated", "hypothetical", "future", "reported")
# "story": an undated past act in a story whose earlier sentence gave the day ("Trump and
# Putin met in Helsinki on Monday. … The two leaders spoke for two hours").
DATE_SOURCES = ("text", "text_week", "text_month", "text_year", "story", "publication")
DATE_PRECISIONS = ("day", "month", "year")


def date_precision(date_source: str) -> str:
    """How exact an event date is: a month- or year-only mention ("in February", "the 2016
    election") is dated to its first day but is not a day-precise date."""
    return {"text_month": "month", "text_year": "year"}.get(date_source, "day")


@dataclass(frozen=True, slots=True)
class Document:
    """One news item with its publication date."""

    id: str
    date: dt.date
    text: str
    title: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: country (ISO-3166 alpha-3) or IGO code plus an optional sector."""

    country: str
    sector: str = ""
    name: str = ""

    @property
    def code(self) -> str:
        return self.country + self.sector


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event mention with its evidence. Field names are the output contract."""

    doc_id: str
    sentence_id: int
    sentence: str
    start: int
    end: int
    date: dt.date
    date_source: str
    source: str
    source_country: str
    source_sector: str
    source_name: str
    target: str
    target_country: str
    target_sector: str
    target_name: str
    cameo: str
    cameo_root: str
    plover: str
    quad_class: int
    goldstein: float
    modality: str = "asserted"
    confidence: float = 1.0
    provenance: str = "coded"
    url: str = ""
    coder_version: str = ""
    date_precision: str = "day"
    # Character offsets of the source and target phrases in the document text; kept even
    # when no actor code resolves (``source``/``target`` then stay empty).
    source_start: int | None = None
    source_end: int | None = None
    target_start: int | None = None
    target_end: int | None = None

    @property
    def is_fact(self) -> bool:
        return self.modality == "asserted"

    @property
    def event_key(self) -> str:
        """Identity of the real-world event: same day, dyad, code and modality."""
        raw = "|".join((self.date.isoformat(), self.source, self.target, self.cameo, self.modality))
        return hashlib.sha1(raw.encode()).hexdigest()[:16]

    @property
    def mention_key(self) -> str:
        """Identity of this mention: document, sentence, span, dyad and code."""
        raw = "|".join(
            (
                self.doc_id,
                str(self.sentence_id),
                str(self.start),
                str(self.end),
                self.source,
                self.target,
                self.cameo,
            )
        )
        return hashlib.sha1(raw.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        if isinstance(values.get("date"), str):
            values["date"] = dt.date.fromisoformat(values["date"])
        return cls(**values)
