"""Import existing event data (GDELT 1.0/2.0 exports, ICEWS coded events) into the store.

Each file is read by DuckDB's CSV reader (plain, ``.gz`` natively, ``.zip`` members via a
temporary copy) on a private in-memory connection that maps its rows in SQL (dates, ISO3
countries, CAMEO entries, a skip ``reason``) and streams them as Arrow batches of
``BATCH_ROWS`` rows; each batch goes into the store's ``imported`` table with one
``INSERT ... SELECT``, so memory stays bounded and no Python loop touches a row. All batches
of a file are written in one transaction, with the file's new events counted into
``event_days`` (:func:`detente.store.summary.add_batch`; each file's rows carry a ``batch``
number). Imported rows carry ``provenance`` 'gdelt'/'icews',
modality 'asserted' and date_source 'import', so ``dyad``, ``watch`` and ``report`` use them
like coded events. Mention and event ids use the same formulas as
:class:`detente.models.Event`, so re-importing a file adds nothing.

GDELT 1.0 files may mix the backfile's 57-column rows with the daily 58-column rows (as around
April 2013); both are read, each file as 58 columns with the shorter rows padded.

Malformed rows never abort a file: rows with a wrong column count (or unreadable bytes) are
set aside by DuckDB's ``store_rejects`` and counted; rows with a bad date, no id or an unknown
CAMEO code are counted by reason.
"""

from __future__ import annotations

import gzip
import logging
import re
import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import duckdb
import pyarrow as pa

from detente.cameo import CameoCode, cameo_table, lookup
from detente.errors import InputError
from detente.store import importsql, summary
from detente.store.db import Store
from detente.store.layouts import GDELT1_WIDTHS, GDELT_LAYOUTS, ICEWS_COLUMNS, ICEWS_REQUIRED

log = logging.getLogger(__name__)
KINDS = ("gdelt", "icews")
IMPORT_MEMORY = 2_000_000_000  # DuckDB's memory limit during an import, in bytes
_SNIFF_LINES = 50


@dataclass
class ImportReport:
    """Rows read, imported (new), already present, and skipped by reason."""

    files: int = 0
    rows: int = 0
    imported: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "rows": self.rows,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "skipped": dict(self.skipped),
        }


def import_events(
    store: Store, kind: str, paths: Iterable[str | Path], report: ImportReport | None = None
) -> ImportReport:
    """Import GDELT (``kind='gdelt'``) or ICEWS (``'icews'``) event files into ``store``."""
    if kind not in KINDS:
        raise InputError(f"import kind must be one of {', '.join(KINDS)}, got {kind!r}")
    report = report if report is not None else ImportReport()
    con = store.con
    # DuckDB draws a progress bar on stdout for long scans; library code never prints. Row
    # order within a table means nothing to us; not keeping it lets DuckDB insert in
    # parallel (about a quarter of the time on a million rows).
    con.execute("SET enable_progress_bar = false").fetchall()
    con.execute("SET preserve_insertion_order = false").fetchall()
    # Sorting a big file by dyad would otherwise hold it all in memory: cap DuckDB (it spills
    # to its temp directory) unless a lower limit is already set.
    memory = con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
    if _bytes(memory) > IMPORT_MEMORY:
        con.execute(f"SET memory_limit = '{IMPORT_MEMORY}B'").fetchall()
    con.register("_cameo", _code_map())
    try:
        for raw in paths:
            path = Path(raw)
            if not path.is_file():
                raise InputError(f"no such file: {raw}")
            for name, plain in _plain_files(path):
                report.files += 1
                _import_file(store, kind, plain, name, report)
    finally:
        con.unregister("_cameo")
        con.execute("RESET preserve_insertion_order").fetchall()
        con.execute(f"SET memory_limit = '{memory}'").fetchall()
    return report


def _bytes(setting: str) -> float:
    """DuckDB's memory_limit setting ("18.6 GiB", "500.0 MiB", "2GB") in bytes."""
    match = re.fullmatch(r"\s*([\d.]+)\s*([KMGT]?i?B|bytes)?\s*", setting)
    if not match:
        return float("inf")
    number, unit = float(match[1]), (match[2] or "B").replace("bytes", "B")
    power = "BKMGT".index(unit[0]) if unit[0] in "KMGT" else 0
    return number * (1024 if "i" in unit else 1000) ** power


@contextmanager
def _members(path: Path) -> Iterator[list[tuple[str, Path]]]:
    """``(display name, readable path)`` of each data file in ``path`` (zip → temp copies)."""
    if path.suffix.lower() != ".zip":
        yield [(str(path), path)]
        return
    with tempfile.TemporaryDirectory(prefix="detente-import-") as tmp:
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise InputError(f"{path}: not a readable zip file: {exc}") from None
        found = []
        with archive:
            for number, info in enumerate(archive.infolist()):
                if info.is_dir():
                    continue
                target = Path(tmp) / f"{number}{Path(info.filename).suffix.lower()}"
                with archive.open(info) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                found.append((f"{path}:{info.filename}", target))
        yield found


def _plain_files(path: Path) -> Iterator[tuple[str, Path]]:
    with _members(path) as members:
        yield from members


def _head(path: Path) -> list[str]:
    """The first non-empty lines of a plain or gzip file (for layout sniffing)."""
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    lines: list[str] = []
    try:
        with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.strip():
                    lines.append(line.rstrip("\r\n"))
                if len(lines) >= _SNIFF_LINES:
                    break
    except (OSError, EOFError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    return lines


def _gdelt_layout(lines: list[str]) -> int | None:
    """The GDELT column count most first lines have (57, 58 or 61), if any."""
    counts = Counter(line.count("\t") + 1 for line in lines)
    known = [(n, width) for width, n in counts.items() if width in GDELT_LAYOUTS]
    return max(known)[1] if known else None


def _import_file(
    store: Store,
    kind: str,
    path: Path,
    name: str,
    report: ImportReport,
) -> None:
    try:
        lines = _head(path)
    except InputError as exc:
        report.skipped["unreadable_file"] += 1
        report.messages.append(f"{name}: skipped: {exc}")
        return
    if not lines:
        report.messages.append(f"{name}: empty file, nothing to import")
        return
    if kind == "gdelt":
        width = _gdelt_layout(lines)
        if width is None:
            report.skipped["unknown_layout"] += 1
            report.messages.append(
                f"{name}: skipped: not a GDELT export (expected 57, 58 or 61 tab-separated columns)"
            )
            return
        # GDELT 1.0 files mix 57-column (backfile) and 58-column (daily) rows, as around
        # April 2013: read both as 58 columns, the shorter rows padded.
        pad = width in GDELT1_WIDTHS
        version, columns = GDELT_LAYOUTS[max(GDELT1_WIDTHS) if pad else width]
        select = importsql.gdelt_select(columns, version, padded=pad)
        header = False
    else:
        columns = lines[0].split("\t")
        missing = [c for c in ICEWS_REQUIRED if c not in columns]
        if missing:
            report.skipped["unknown_layout"] += 1
            report.messages.append(
                f"{name}: skipped: not an ICEWS file, header lacks {', '.join(missing)}"
            )
            return
        columns = [c if c else f"column{i}" for i, c in enumerate(columns)]
        select = importsql.icews_select(columns)
        header = True
        pad = False
    file_report = ImportReport()
    try:
        with store.transaction():
            _import_rows(store, kind, select, path, columns, header, name, file_report, pad)
    except duckdb.Error as exc:  # the CSV reader gave up on the whole file: nothing written
        report.skipped["unreadable_file"] += 1
        report.messages.append(
            f"{name}: skipped: DuckDB could not read the file: {str(exc).splitlines()[0]}"
        )
        return
    report.rows += file_report.rows
    report.imported += file_report.imported
    report.duplicates += file_report.duplicates
    report.skipped.update(file_report.skipped)
    report.messages.extend(file_report.messages)
    log.info(
        "%s: %d rows imported, %d already present",
        name,
        file_report.imported,
        file_report.duplicates,
    )


def _import_rows(
    store: Store,
    kind: str,
    select: str,
    path: Path,
    columns: list[str],
    header: bool,
    name: str,
    report: ImportReport,
    pad: bool = False,
) -> None:
    """Two streaming scans of one file: the first counts rows by skip reason (reading only
    the id, date and code columns; lines the reader sets aside are logged and counted), the
    second inserts the new valid rows. Neither holds the file in memory."""
    con = store.con
    for table in ("_import_rejects", "_import_scans"):
        con.execute(f"DROP TABLE IF EXISTS temp.{table}").fetchall()
    counting = select.replace("{source}", importsql.read_csv(path, columns, header=header, pad=pad))
    reasons = con.execute(
        f"SELECT reason, count(*), min(gid), max(gid), count(DISTINCT gid) FROM ({counting}) "
        "GROUP BY reason ORDER BY reason NULLS FIRST"
    ).fetchall()
    _count_rejects(store, name, report)
    valid = distinct = 0
    first = last = ""
    for reason, count, lowest, highest, unique in reasons:
        report.rows += count
        if reason is None:
            valid, distinct, first, last = count, unique, lowest, highest
        else:
            report.skipped[reason] += count
            report.messages.append(
                f"{name}: skipped {count} rows ({reason})"
                + (f", e.g. event id {lowest}" if lowest else "")
            )
    if not valid:
        return
    stage = select.replace(
        "{source}", importsql.read_csv(path, columns, header=header, rejects=False, pad=pad)
    )
    insert = importsql.GDELT_INSERT if kind == "gdelt" else importsql.ICEWS_INSERT
    if kind == "icews":
        unresolved = _register_countries(store, stage)
        if unresolved:
            report.messages.append(
                f"{name}: {len(unresolved)} country names not in the actor dictionary (actors "
                f"left without a country): {', '.join(unresolved[:10])}"
            )
    insert = insert.replace("{stage}", f"({stage})").replace(
        "{first}", importsql.FIRST_OF_EACH_ID if distinct < valid else ""
    )
    batch = int(con.execute("SELECT coalesce(max(batch), 0) + 1 FROM imported").fetchall()[0][0])
    added = int(con.execute(insert, [first, last, batch]).fetchall()[0][0])
    if added:
        summary.add_batch(con, batch)
    report.imported += added
    report.duplicates += valid - added


def _count_rejects(store: Store, name: str, report: ImportReport) -> None:
    """Count the lines DuckDB's reader set aside (wrong column count, unreadable bytes)."""
    # DuckDB may log several errors for one line: count lines, each under its first error.
    rejects = store.con.execute(
        "SELECT error_type, count(*), min(line), any_value(error_message) FROM ("
        "  SELECT line, arg_min(error_type, column_idx) AS error_type,"
        "         arg_min(error_message, column_idx) AS error_message"
        "  FROM temp._import_rejects GROUP BY scan_id, file_id, line)"
        " GROUP BY error_type"
    ).fetchall()
    for error_type, count, line, message in rejects:
        reason = (
            "wrong_columns"
            if error_type in ("MISSING COLUMNS", "TOO MANY COLUMNS")
            else "malformed"
        )
        report.skipped[reason] += count
        report.rows += count
        report.messages.append(f"{name}:{line}: skipped {count} rows ({reason}): {message}")


def _normalize_code(raw: str) -> str:
    """CAMEO event codes have three or four digits; ICEWS writes them as numbers, so "12"
    is "012" and "211" (no such three-digit code, but "021" is a code) is "0211"."""
    if len(raw) == 2:
        return "0" + raw
    if len(raw) == 3 and raw > "204" and "0" + raw[:2] in cameo_table():
        return "0" + raw
    return raw


@lru_cache(maxsize=1)
def _code_map() -> pa.Table:
    """Every 2–4 digit string a file may hold → our CAMEO entry (via detente.cameo.lookup,
    so unknown subcodes fall back to their parent); unknown codes are absent."""
    rows: dict[str, CameoCode] = {}
    for width in (2, 3, 4):
        for number in range(10**width):
            raw = str(number).zfill(width)
            for text in {raw, raw.lstrip("0")}:
                code = _normalize_code(text)
                if len(code) < 3 or text in rows:
                    continue
                try:
                    rows[text] = lookup(code)
                except KeyError:
                    continue
    entries = list(rows.values())
    return pa.table(
        {
            "raw": list(rows),
            "code": [e.code for e in entries],
            "root": [e.root for e in entries],
            "quad": pa.array([e.quad_class for e in entries], pa.int8()),
            "goldstein": [e.goldstein for e in entries],
            "plover": [e.plover for e in entries],
            "name": [e.name for e in entries],
        }
    )


def _register_countries(store: Store, stage: str) -> list[str]:
    """ICEWS country names in ``stage`` → ISO3 in ``temp._import_countries``, resolved once
    per distinct name with our dictionary; returns the names it could not resolve."""
    from detente.actors.dictionary import load_dictionary

    book = load_dictionary()
    names = [
        row[0]
        for row in store.con.execute(
            f"SELECT DISTINCT n FROM (SELECT unnest([src_country, tgt_country]) AS n "
            f"FROM ({stage}) WHERE reason IS NULL) WHERE n <> ''"
        ).fetchall()
    ]
    codes = []
    for name in names:
        entry = book.lookup(name)
        codes.append(entry.code if entry is not None else "")
    _temp_table(store, "_import_countries", "iso3", names, codes)
    # Organisations (the European Union, the United Nations) have no country: their names
    # map to our codes through data/import_orgs.tsv, else through the dictionary's IGOs.
    orgs = importsql.org_map().icews
    actors = [
        row[0]
        for row in store.con.execute(
            f"SELECT DISTINCT n FROM (SELECT unnest([CASE WHEN src_country = '' THEN src_name "
            f"END, CASE WHEN tgt_country = '' THEN tgt_name END]) AS n "
            f"FROM ({stage}) WHERE reason IS NULL) WHERE n <> ''"
        ).fetchall()
    ]
    found: dict[str, str] = {}
    for name in actors:
        entry = book.lookup(name.strip())
        if name.strip() in orgs:
            found[name] = orgs[name.strip()]
        elif entry is not None and entry.kind == "igo" and not entry.sector:
            found[name] = entry.code
    _temp_table(store, "_import_orgs", "code", list(found), list(found.values()))
    return sorted(name for name, code in zip(names, codes, strict=True) if not code)


def _temp_table(store: Store, table: str, column: str, names: list[str], codes: list[str]) -> None:
    """``temp.<table> (name, <column>)`` holding ``names`` and their ``codes``."""
    store.con.execute(f"DROP TABLE IF EXISTS temp.{table}").fetchall()
    store.con.execute(f"CREATE TEMP TABLE {table} (name VARCHAR, {column} VARCHAR)").fetchall()
    if names:
        store.con.register("_names", pa.table({"name": names, column: codes}))
        store.con.execute(f"INSERT INTO {table} SELECT * FROM _names").fetchall()
        store.con.unregister("_names")


__all__ = ["ICEWS_COLUMNS", "KINDS", "ImportReport", "import_events"]
