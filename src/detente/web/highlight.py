"""Split a sentence into highlighted segments (plain data; the browser renders them as text).

Segments never carry markup: each is ``{"text", "marks"}`` where ``marks`` lists the roles that
cover it (``source``, ``target``, ``span``), so overlapping highlights need no nesting and the
page can build them with ``textContent`` only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def _find(sentence: str, name: str) -> list[tuple[int, int]]:
    if not name or not name.strip():
        return []
    lower, needle = sentence.lower(), name.lower()
    found, at = [], lower.find(needle)
    while at >= 0:
        found.append((at, at + len(needle)))
        at = lower.find(needle, at + len(needle))
    return found


def segments(sentence: str, marks: Iterable[tuple[str, int, int]]) -> list[dict[str, Any]]:
    """``marks`` are ``(role, start, end)`` offsets within ``sentence``; returns segments."""
    roles: list[set[str]] = [set() for _ in sentence]
    for role, start, end in marks:
        for i in range(max(start, 0), min(end, len(sentence))):
            roles[i].add(role)
    out: list[dict[str, Any]] = []
    for i, char in enumerate(sentence):
        current = sorted(roles[i])
        if out and out[-1]["marks"] == current:
            out[-1]["text"] += char
        else:
            out.append({"text": char, "marks": current})
    return out


def event_segments(
    event: dict[str, Any], sentence_offset: int | None = None
) -> list[dict[str, Any]]:
    """Segments of an event's sentence: source/target names and, when the sentence's offset in
    its document is known, the coded span (``start``/``end`` are document offsets)."""
    sentence = event.get("sentence") or ""
    marks: list[tuple[str, int, int]] = []
    for role in ("source", "target"):
        marks += [(role, s, e) for s, e in _find(sentence, event.get(f"{role}_name") or "")]
    if sentence_offset is not None and event.get("start") is not None:
        marks.append(("span", event["start"] - sentence_offset, event["end"] - sentence_offset))
    return segments(sentence, marks)
