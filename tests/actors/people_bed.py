"""Checks over the dated office holders in ``src/detente/data/actors/people_*.tsv``.

Shared by ``tests/actors/test_people.py`` (the checks) and ``benchmarks/people_coverage.py``
(the table of UN member states with no head of state or government listed).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[2] / "src" / "detente" / "data" / "actors"
FAR_PAST, FAR_FUTURE = dt.date(1900, 1, 1), dt.date(2100, 1, 1)
HEADS = ("head_of_state", "head_of_government")

# The 193 UN member states (ISO-3166 alpha-3), as of 2025.
UN_MEMBERS = frozenset(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
    BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB
    CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA
    GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN
    KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX
    FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW
    PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC
    SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO
    TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """.split()
)


@dataclass(frozen=True, slots=True)
class Office:
    """One row of a people file: a person's office and term."""

    file: str
    line: int
    name: str
    aliases: tuple[str, ...]
    code: str
    sector: str
    role: str
    start: dt.date
    end: dt.date


def offices(folder: Path = FOLDER) -> list[Office]:
    rows = []
    for path in sorted(folder.glob("people*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            name, aliases, code, sector, role, start, end = (line.split("\t") + [""] * 7)[:7]
            rows.append(
                Office(
                    path.name,
                    number,
                    name.strip(),
                    tuple(a.strip() for a in aliases.split("|") if a.strip()),
                    code.strip(),
                    sector.strip(),
                    role.strip(),
                    dt.date.fromisoformat(start) if start.strip() else FAR_PAST,
                    dt.date.fromisoformat(end) if end.strip() else FAR_FUTURE,
                )
            )
    return rows


def uncovered(rows: list[Office]) -> list[str]:
    """UN member states with no head of state or head of government row."""
    covered = {row.code for row in rows if row.role in HEADS}
    return sorted(UN_MEMBERS - covered)


def clashes(rows: list[Office]) -> list[tuple[str, Office, Office]]:
    """Aliases that name two different people in overlapping terms.

    Two rows of one person (same canonical name) never clash, and a term ending on the day
    the next one starts does not overlap it (``end`` is usually the successor's first day).
    Two people sharing an alias at the same time would make the alias resolve to whichever
    comes first, so the mention of one would be coded as the other.
    """
    by_alias: dict[str, list[Office]] = defaultdict(list)
    for row in rows:
        for alias in {" ".join(a.lower().split()) for a in (row.name, *row.aliases)}:
            by_alias[alias].append(row)
    found = []
    for alias, holders in sorted(by_alias.items()):
        for i, one in enumerate(holders):
            for other in holders[i + 1 :]:
                if one.name == other.name:
                    continue
                if one.start < other.end and other.start < one.end:
                    found.append((alias, one, other))
    return found
