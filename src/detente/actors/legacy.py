"""Read actor and agent dictionaries in the legacy CAMEO/PETRARCH text format.

Many event-data users have these files. The format, as we read it:

* ``NAME_WITH_UNDERSCORES [CODE]`` — a phrase and its code; ``#`` starts a comment;
* ``+SYNONYM`` lines add phrases for the name above them;
* indented ``[CODE YYMMDD-YYMMDD]`` lines give dated roles (``>YYMMDD`` from, ``<YYMMDD`` until;
  dates may have eight digits, ``YYYYMMDD``, and spaces around ``<``, ``>`` and ``-``);
* a code of alternatives, ``[FRO/BIL/SAM]``, is read as its first one;
* agent lines ``PHRASE {PLURAL} [~SECTOR]`` map role nouns to a sector;
* a phrase without a trailing ``_`` is a stem (``ARGENTIN`` matches "Argentina").

The first three letters of a code are the country or organisation, the next three the sector.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from detente.actors.dictionary import ActorDictionary, ActorEntry

_CODE = re.compile(
    r"\[\s*([~A-Za-z0-9-]+)(?:/[A-Za-z0-9/-]*)?"
    r"(?:\s+([<>]?)\s*(\d{6}|\d{8})(?:\s*-\s*(\d{6}|\d{8}))?)?\s*\]"
)
_STEM_ENDINGS = ("", "s", "a", "an", "ans", "ian", "ians", "e", "ese", "i", "is", "ic")


def is_legacy(text: str) -> bool:
    """True when ``text`` looks like a CAMEO dictionary rather than one of our TSV files."""
    lines = [ln for ln in text.splitlines()[:400] if ln.strip() and not ln.startswith("#")]
    return bool(lines) and sum("\t" not in ln and "[" in ln for ln in lines) >= len(lines) / 3


def _date(value: str) -> dt.date:
    if len(value) == 8:  # YYYYMMDD
        year, rest = int(value[:4]), value[4:]
    else:  # YYMMDD
        year, rest = int(value[:2]), value[2:]
        year += 1900 if year > 40 else 2000
    month, day = int(rest[:2]) or 1, int(rest[2:4]) or 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, 1)


def _phrases(raw: str) -> list[str]:
    raw = raw.strip().lstrip("+").strip()
    if not raw or raw.startswith("!"):
        return []
    whole = raw.endswith("_")
    words = " ".join(w for w in raw.replace("_", " ").split())
    if not words:
        return []
    return [words] if whole or not words[-1].isalpha() else [words + s for s in _STEM_ENDINGS]


def _split_code(code: str) -> tuple[str, str]:
    code = code.upper().lstrip("~")
    return code[:3], code[3:6]


def _entry(code: str, name: str, sign: str, start: str, end: str) -> ActorEntry:
    country, sector = _split_code(code)
    begin = until = None
    if start and sign == "<":
        until = _date(start)
    elif start:
        begin = _date(start)
    if end:
        until = _date(end)
    return ActorEntry(country, sector, "person" if (begin or until) else "name", name, begin, until)


def load_legacy(path: Path, text: str) -> ActorDictionary:
    """Parse a legacy actor or agent dictionary into an :class:`ActorDictionary`."""
    book = ActorDictionary()
    names: list[str] = []
    codes: list[tuple[str, str, str, str]] = []

    def flush() -> None:
        for code, sign, start, end in codes:
            if code.startswith("~"):
                for phrase in names:
                    book.add_agent(phrase, _split_code(code)[1] or _split_code(code)[0])
                continue
            entry = _entry(code, names[0] if names else "", sign, start, end)
            for phrase in names:
                book.add(phrase, entry)

    for line in text.splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip() or body.lstrip().startswith(("<!--", "-->")) or "=" in body:
            continue
        found = _CODE.findall(body)
        phrase_part = _CODE.sub("", body).split("{", 1)[0]
        if body.lstrip().startswith("+"):
            names.extend(_phrases(phrase_part))
        elif phrase_part.strip():
            flush()
            names, codes = _phrases(phrase_part), []
        codes.extend(found)
    flush()
    return book
