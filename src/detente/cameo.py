"""The CAMEO code table: name, root, quad class, Goldstein score and PLOVER type per code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from detente.errors import DictionaryError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    name: str


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Load ``data/cameo.tsv`` once: code → :class:`CameoCode`."""
    path = resources.files("detente") / "data" / "cameo.tsv"
    table: dict[str, CameoCode] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.startswith("#") or line.startswith("code\t") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 6:
            raise DictionaryError(str(path), number, f"expected 6 columns, got {len(parts)}")
        code, root, quad, goldstein, plover, name = parts
        table[code] = CameoCode(code, root, int(quad), float(goldstein), plover, name)
    return table


def lookup(code: str) -> CameoCode:
    """Return the table entry for ``code``; unknown subcodes fall back to their parent."""
    table = cameo_table()
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            entry = table[candidate]
            return (
                entry
                if candidate == code
                else CameoCode(
                    code, entry.root, entry.quad_class, entry.goldstein, entry.plover, entry.name
                )
            )
    raise KeyError(f"unknown CAMEO code {code!r}")
