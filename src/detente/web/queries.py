"""The dashboard's read queries over the store. Parameterised SQL only: filter values are
always bound parameters; column names come from fixed tables in this module."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from detente.actors.dictionary import country_names
from detente.errors import InputError
from detente.ingest.reader import parse_date
from detente.models import MODALITIES
from detente.monitor.dyad import resolve_country
from detente.store import Store
from detente.store.schema import IMPORT_META

MAX_PER_PAGE = 200
EXPORT_LIMIT = 100_000
EVENT_COLUMNS = (
    "mention_id",
    "event_id",
    "date",
    "doc_id",
    "title",
    "sentence_id",
    "sentence",
    "start",
    "end",
    "source",
    "source_country",
    "source_name",
    "target",
    "target_country",
    "target_name",
    "cameo",
    "cameo_root",
    "plover",
    "quad_class",
    "goldstein",
    "modality",
    "confidence",
    "url",
)


def day(value: str | None, name: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` query parameter, or None; InputError names the parameter."""
    if value is None or value == "":
        return None
    try:
        return parse_date(value)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None


def date_range(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    lo, hi = day(since, "since"), day(until, "until")
    if lo and hi and lo > hi:
        raise InputError(f"since ({lo}) is after until ({hi})")
    return lo, hi


def actors(store: Store, q: str = "", limit: int = 20) -> list[dict[str, Any]]:
    """Countries/IGOs that appear in the store, most mentioned first, matching ``q``."""
    q = q.strip()
    names = country_names()
    codes = [code for code, name in names.items() if q and q.lower() in name.lower()]
    try:
        codes.append(resolve_country(q)) if q else None
    except InputError:
        pass
    rows = store.query(
        """
        WITH a AS (
            SELECT source_country AS code, source_name AS name FROM mentions
            UNION ALL SELECT target_country, target_name FROM mentions
        )
        SELECT code, count(*) AS mentions FROM a
        WHERE code <> '' AND ($q = '' OR starts_with(lower(code), lower($q))
               OR contains(lower(name), lower($q)) OR list_contains($codes, code))
        GROUP BY code ORDER BY mentions DESC, code LIMIT $limit""",
        {"q": q, "codes": codes, "limit": limit},
    )
    for row in rows:
        row["name"] = names.get(row["code"], row["code"])
    return rows


def dyads(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """The most active dyads (either direction) by asserted events, from ``event_days``."""
    rows = store.query(
        """
        SELECT least(source_country, target_country) AS a,
               greatest(source_country, target_country) AS b,
               sum(events)::BIGINT AS events,
               coalesce(sum(events) FILTER (WHERE quad_class IN (1, 2)), 0)::BIGINT
                   AS cooperation,
               coalesce(sum(events) FILTER (WHERE quad_class IN (3, 4)), 0)::BIGINT AS conflict,
               round(sum(goldstein_sum) / nullif(sum(goldstein_n), 0), 2) AS mean_goldstein,
               min(date) AS first_date, max(date) AS last_date
        FROM event_days
        WHERE modality = 'asserted' AND source_country <> '' AND target_country <> ''
          AND source_country <> target_country
        GROUP BY ALL ORDER BY events DESC, a, b LIMIT $limit""",
        {"limit": limit},
    )
    names = country_names()
    for row in rows:
        row["a_name"], row["b_name"] = names.get(row["a"], row["a"]), names.get(row["b"], row["b"])
    return rows


def dyad_span(store: Store, a: str, b: str) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of the dyad's asserted events (the default range of its series)."""
    row = store.query(
        """
        SELECT min(date) AS lo, max(date) AS hi FROM event_days
        WHERE modality = 'asserted' AND ((source_country = $a AND target_country = $b)
                                      OR (source_country = $b AND target_country = $a))""",
        {"a": a, "b": b},
    )[0]
    return row["lo"], row["hi"]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The Events page's filters; every value is bound as a parameter."""

    actor: str = ""
    target: str = ""
    both: bool = False  # match actor/target in either direction
    code: str = ""  # CAMEO code prefix ("04", "042")
    root: str = ""
    quad: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    modality: str = ""

    def __post_init__(self) -> None:
        for name in ("code", "root"):
            value = getattr(self, name)
            if value and not (value.isdigit() and len(value) <= 4):
                raise InputError(f"{name} must be a CAMEO code of digits (e.g. 042), got {value!r}")
        if self.quad is not None and not 0 <= self.quad <= 4:
            raise InputError(f"quad must be 0-4, got {self.quad}")
        if self.modality and self.modality not in MODALITIES:
            raise InputError(
                f"modality must be one of {', '.join(MODALITIES)}, got {self.modality!r}"
            )
        if self.since and self.until and self.since > self.until:
            raise InputError(f"since ({self.since}) is after until ({self.until})")

    def where(self) -> tuple[str, dict[str, Any]]:
        clauses: list[str] = []
        params: dict[str, Any] = {}
        side = {"actor": _actor_code(self.actor), "target": _actor_code(self.target)}
        if side["actor"] or side["target"]:
            params.update(actor=side["actor"], target=side["target"])
            one = (
                "(($actor = '' OR m.source = $actor OR m.source_country = $actor) AND "
                "($target = '' OR m.target = $target OR m.target_country = $target))"
            )
            other = (
                "(($actor = '' OR m.target = $actor OR m.target_country = $actor) AND "
                "($target = '' OR m.source = $target OR m.source_country = $target))"
            )
            clauses.append(f"({one} OR {other})" if self.both else one)
        if self.code:
            clauses.append("starts_with(m.cameo, $code)")
            params["code"] = self.code
        if self.root:
            clauses.append("m.cameo_root = $root")
            params["root"] = self.root.zfill(2)
        if self.quad is not None:
            clauses.append("m.quad_class = $quad")
            params["quad"] = self.quad
        if self.since:
            clauses.append("m.date >= $since")
            params["since"] = self.since
        if self.until:
            clauses.append("m.date <= $until")
            params["until"] = self.until
        if self.modality:
            clauses.append("m.modality = $modality")
            params["modality"] = self.modality
        return (" AND ".join(clauses) or "TRUE"), params


def _actor_code(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    if value.isalpha() and value.isupper():
        return value  # a code as stored: RUS, RUSGOV, UNO
    return resolve_country(value)


_SELECT = ", ".join(
    [f'm."{c}"' if c != "title" else "d.title" for c in EVENT_COLUMNS]
    + [f'm."{c}"' for c in IMPORT_META]
)


def _import_meta(row: dict[str, Any]) -> dict[str, Any] | None:
    """Pop the imported-row metadata columns off ``row``: the file's own scores, counts,
    tone, place, story and sectors that are set (None for a coded row)."""
    meta = {name: row.pop(name) for name in IMPORT_META if name in row}
    found = {name: value for name, value in meta.items() if value is not None}
    return found or None


def events(
    store: Store, flt: EventFilter, *, offset: int = 0, limit: int = 50
) -> tuple[int, list[dict[str, Any]]]:
    """(total matching mentions, one page of them), newest first."""
    where, params = flt.where()
    total = store.query(f"SELECT count(*) AS n FROM mentions m WHERE {where}", params)[0]["n"]
    rows = store.query(
        f"""SELECT {_SELECT} FROM mentions m LEFT JOIN documents d USING (doc_id)
            WHERE {where} ORDER BY m.date DESC, m.doc_id, m.sentence_id, m.mention_id
            LIMIT $limit OFFSET $offset""",
        {**params, "limit": limit, "offset": offset},
    )
    for row in rows:
        row["date"] = row["date"].isoformat()
        row["import_meta"] = _import_meta(row)
    return int(total), rows


def evidence_names(store: Store, item: dict[str, Any], a: str, b: str) -> dict[str, Any]:
    """The actor names and title of one turn-evidence item of dyad ``a``–``b`` (the mention
    it came from; each direction's filter reaches the table scan, which reads only the
    dyad's row groups), and for an imported row its metadata (``import_meta``)."""
    meta = ", ".join(f'"{name}"' for name in IMPORT_META)
    match = (
        "date = $date::DATE AND cameo = $cameo AND doc_id = $doc AND sentence = $sentence "
        "AND source = $source AND target = $target"
    )
    rows = store.query(
        f"""
        SELECT m.*, d.title FROM (
            SELECT source_name, target_name, doc_id, {meta} FROM mentions
            WHERE source_country = $a AND target_country = $b AND {match}
            UNION ALL
            SELECT source_name, target_name, doc_id, {meta} FROM mentions
            WHERE source_country = $b AND target_country = $a AND {match}
        ) m LEFT JOIN documents d USING (doc_id) LIMIT 1""",
        {
            "a": a,
            "b": b,
            "date": str(item["date"]),
            "doc": item["doc_id"],
            "sentence": item["sentence"],
            "cameo": item["cameo"],
            "source": item["source"],
            "target": item["target"],
        },
    )
    if not rows:
        return {"source_name": "", "target_name": "", "title": "", "import_meta": None}
    row = rows[0]
    row.pop("doc_id")
    row["import_meta"] = _import_meta(row)
    return row
