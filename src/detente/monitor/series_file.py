"""Read a time series from a CSV file and return its probable turning points."""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

from detente.monitor.changepoint import detect_changepoints

__all__ = ["turns_from_csv"]


def _number(text: str, row: int, column: str) -> float:
    """Parse one cell; blank or NA-like cells become NaN (interpolated later)."""
    cell = text.strip()
    if cell == "" or cell.lower() in {"na", "nan", "null", "none"}:
        return math.nan
    try:
        return float(cell)
    except ValueError:
        raise ValueError(
            f"non-numeric value {cell!r} in column {column!r} at data row {row}"
        ) from None


def turns_from_csv(
    path: str | Path, time_col: str, value_col: str, **kwargs: Any
) -> list[dict[str, Any]]:
    """Detect regime changes in ``value_col`` of a CSV file ordered by ``time_col``.

    Rows are used in file order.  Extra keyword arguments go to
    :func:`detente.monitor.changepoint.detect_changepoints`.  Returns one dict
    per change: ``index`` (0-based data row), ``date`` (the time value of that
    row), ``probability``, and ``start``/``end`` (time values bounding the
    range that holds the change).  Raises ``ValueError`` for a missing file,
    missing columns or non-numeric values.
    """
    file = Path(path)
    if not file.is_file():
        raise ValueError(f"CSV file not found: {file}")
    try:
        with file.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c for c in (time_col, value_col) if c not in header]
            if missing:
                raise ValueError(
                    f"column(s) {', '.join(map(repr, missing))} not in CSV header "
                    f"{header!r} of {file}"
                )
            times: list[str] = []
            values: list[float] = []
            for row_no, row in enumerate(reader, start=1):
                times.append((row.get(time_col) or "").strip())
                values.append(_number(row.get(value_col) or "", row_no, value_col))
    except UnicodeDecodeError as exc:
        raise ValueError(f"CSV file {file} is not valid UTF-8 text: {exc.reason}") from None
    except csv.Error as exc:
        raise ValueError(f"malformed CSV file {file}: {exc}") from None
    return [
        {
            "index": cp.index,
            "date": times[cp.index],
            "probability": cp.probability,
            "start": times[cp.start],
            "end": times[cp.end],
        }
        for cp in detect_changepoints(values, **kwargs)
    ]
