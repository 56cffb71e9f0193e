"""Readers for gold-standard event sets.

Formats (chosen by content and file name):

* PETRARCH validation XML: ``<Sentence date="YYYYMMDD" id="…">`` blocks with ``<Text>`` and
  ``<EventCoding sourcecode= targetcode= eventcode=>`` (records with an ``error`` coding are
  skipped; an empty coding or ``noevents`` means "no event").
* PLOVER gold-standard records: a JSON array of objects with ``text``, ``source``/``target``
  lists of ``{"code": …}`` and a PLOVER ``event`` type.
* detente's own simple layout, for users' data: CSV/TSV with a header, or JSONL, one gold
  event per row: ``id, sentence, date, source, target, code`` (``code`` CAMEO; optional
  ``plover``, ``quad``). Rows sharing an ``id`` form one sentence; a row with empty ``code``
  marks a sentence with no event.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from detente.errors import EvalError

# PLOVER 0.5 names (gold-standard records) → PLOVER 2021 names (our CAMEO→PLOVER table).
PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str
    target: str
    code: str = ""
    plover: str = ""


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    date: dt.date
    events: tuple[GoldEvent, ...]


_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>", re.S)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _attrs(text: str) -> dict[str, str]:
    return {key: double or single for key, double, single in _ATTR.findall(text)}


def _petrarch(path: Path, text: str) -> list[GoldSentence]:
    out = []
    for attrs, body in _SENTENCE.findall(text):
        meta = _attrs(attrs)
        body = _COMMENT.sub("", body)
        found = _TEXT.search(body)
        if not found:
            continue
        codings = [_attrs(c) for c in _CODING.findall(body)]
        if any("error" in c for c in codings):
            continue
        events = tuple(
            GoldEvent(c.get("sourcecode", ""), c.get("targetcode", ""), c["eventcode"])
            for c in codings
            if c.get("eventcode")
        )
        raw = meta.get("date", "")
        try:
            day = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
        except ValueError:
            raise EvalError(f"{path}: sentence {meta.get('id')} has bad date {raw!r}") from None
        sentence = " ".join(html.unescape(found.group(1)).split())
        out.append(GoldSentence(meta.get("id", str(len(out))), sentence, day, events))
    return out


def _codes(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(a.get("code", "")) for a in value if isinstance(a, dict) and a.get("code")]
    return []


def _plover(path: Path, records: list[object]) -> list[GoldSentence]:
    out = []
    for rec in records:
        if not isinstance(rec, dict) or "text" not in rec or "event" not in rec:
            continue
        ptype = PLOVER_RENAMES.get(rec["event"], rec["event"])
        sources, targets = _codes(rec.get("source")), _codes(rec.get("target")) or [""]
        events = tuple(GoldEvent(s, t, "", ptype) for s in sources for t in targets)
        day = dt.date.fromisoformat(str(rec.get("date", "2000-01-01"))[:10])
        out.append(GoldSentence(str(rec.get("id", len(out))), rec["text"], day, events))
    return out


def _simple(path: Path, rows: list[dict[str, str]]) -> list[GoldSentence]:
    grouped: dict[str, list[dict[str, str]]] = {}
    for number, row in enumerate(rows, 2):
        row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        missing = {"sentence", "date"} - row.keys()
        if missing:
            raise EvalError(f"{path}:{number}: missing column(s) {', '.join(sorted(missing))}")
        grouped.setdefault(row.get("id") or row["sentence"], []).append(row)
    out = []
    for key, group in grouped.items():
        first = group[0]
        try:
            day = dt.date.fromisoformat(first["date"][:10])
        except ValueError:
            raise EvalError(f"{path}: sentence {key!r} has bad date {first['date']!r}") from None
        events = tuple(
            GoldEvent(
                r.get("source", ""), r.get("target", ""), r.get("code", ""), r.get("plover", "")
            )
            for r in group
            if r.get("code") or r.get("plover")
        )
        out.append(GoldSentence(key, first["sentence"], day, events))
    return out


def read_gold(path: str | Path) -> list[GoldSentence]:
    """Read a gold file in any supported format."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise EvalError(f"cannot read gold file {path}: {exc.strerror}") from None
    head = text.lstrip()[:2000]
    if "<Sentence" in head or "<Validation" in head or path.suffix.lower() == ".xml":
        return _petrarch(path, text)
    if head.startswith("["):
        try:
            return _plover(path, json.loads(text))
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}: invalid JSON: {exc.msg}") from None
    if head.startswith("{"):
        try:
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}: invalid JSONL: {exc.msg}") from None
        return _simple(path, [{k: str(v) for k, v in r.items()} for r in rows])
    delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in head.splitlines()[0] else ","
    return _simple(path, list(csv.DictReader(io.StringIO(text), delimiter=delimiter)))
