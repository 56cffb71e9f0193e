"""The JSON API under ``/api``: the truth behind every page (OpenAPI docs at ``/docs``)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field

from detente.actors.dictionary import country_names
from detente.errors import InputError
from detente.ingest.reader import parse_date
from detente.models import Document
from detente.monitor.counts import REPORT_PROBABILITY
from detente.monitor.dyad import FREQS, dyad, known_actor
from detente.report.html import figure
from detente.store import Store
from detente.web import queries
from detente.web.highlight import event_segments
from detente.web.service import Service

TOKEN_PARAM = "token"  # the access token may come as a query parameter on any route


def _query_names(dependant: Any) -> set[str]:
    """Query parameter names of a route, its dependencies included."""
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def no_unknown_parameters(request: Request) -> None:
    """Refuse query parameters the route does not take (a typo must not be ignored)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    allowed = _query_names(dependant) | {TOKEN_PARAM}
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise RequestValidationError(
            [
                {
                    "loc": ("query", name),
                    "msg": "unknown query parameter; this endpoint takes "
                    + (", ".join(sorted(allowed - {TOKEN_PARAM})) or "none"),
                    "type": "extra_forbidden",
                }
                for name in unknown
            ]
        )


router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(no_unknown_parameters)])
MAX_PERIODS = 2000  # longest series one dyad request may ask for
OVERVIEW_DYADS = 8
PERIOD_DAYS = {"day": 1, "week": 7, "month": 30}


def service(request: Request) -> Service:
    return request.app.state.service


def reader(svc: Annotated[Service, Depends(service)]) -> Iterator[Store]:
    with svc.reader() as store:
        yield store


Svc = Annotated[Service, Depends(service)]
Reader = Annotated[Store, Depends(reader)]


@router.get("/health")
def health(store: Reader, svc: Svc) -> dict[str, Any]:
    """Store counts and whether the store accepts new documents."""
    return {"status": "ok", "counts": store.counts(), "read_only": svc.read_only}


@router.get("/actors")
def actors(
    store: Reader, q: str = "", limit: Annotated[int, Query(ge=1, le=100)] = 20
) -> dict[str, Any]:
    """Actors (countries, IGOs) in the store matching ``q`` (code, name or alias)."""
    return {"q": q, "actors": queries.actors(store, q, limit)}


@router.get("/dyads")
def dyads(
    store: Reader, svc: Svc, limit: Annotated[int, Query(ge=1, le=100)] = 10
) -> dict[str, Any]:
    """The most active dyads by asserted events (either direction)."""
    return {"dyads": svc.cached(("dyads", limit), lambda: queries.dyads(store, limit))}


def _dyad_result(
    store: Store,
    svc: Service,
    a: str,
    b: str,
    since: dt.date | None,
    until: dt.date | None,
    freq: str,
    as_of: dt.date | None = None,
    min_probability: float = REPORT_PROBABILITY,
) -> dict[str, Any]:
    if freq not in FREQS:
        raise InputError(f"freq must be one of {', '.join(FREQS)}, got {freq!r}")
    code_a, code_b = known_actor(store, a), known_actor(store, b)
    if code_a == code_b:
        raise InputError(f"a dyad needs two different actors, got {code_a} twice")

    def compute() -> dict[str, Any]:
        lo, hi = queries.dyad_span(store, code_a, code_b)
        first, last = since or lo, until or hi
        if first and last and (last - first).days / PERIOD_DAYS[freq] > MAX_PERIODS:
            raise InputError(
                f"{first}..{last} is more than {MAX_PERIODS} {freq}s; "
                "narrow the dates or use a coarser freq"
            )
        result = dyad(
            store,
            code_a,
            code_b,
            since=since,
            until=until,
            freq=freq,
            as_of=as_of,
            min_probability=min_probability,
        )
        data = result.to_dict()
        fig = figure(result)
        # the reported turns' markers last, drawn over the possible ones
        fig["data"] += [_turn_trace(data, possible=True), _turn_trace(data)]
        fig["layout"].update(
            hovermode="closest",
            yaxis3={"overlaying": "y", "range": [0, 1.12], "visible": False, "fixedrange": True},
        )
        names = country_names()
        for turn in data["turns"] + data["possible_turns"]:
            turn["shift"] = round(
                turn["after"]["mean_goldstein"] - turn["before"]["mean_goldstein"], 2
            )
            for item in turn["evidence"]:
                item.update(queries.evidence_names(store, item, code_a, code_b))
                item["segments"] = event_segments(item)
        data.update(
            figure=fig,
            a_name=names.get(code_a, code_a),
            b_name=names.get(code_b, code_b),
            since=_iso(since),
            until=_iso(until),
        )
        return data

    key = ("dyad", code_a, code_b, since, until, freq, as_of, min_probability)
    return svc.cached(key, compute)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _turn_trace(data: dict[str, Any], possible: bool = False) -> dict[str, Any]:
    """Clickable turn markers whose height is their probability (hidden 0–1 axis): reported
    turns solid diamonds, possible ones (``possible``) small open grey diamonds."""
    turns = data["possible_turns" if possible else "turns"]
    return {
        "type": "scatter",
        "mode": "markers",
        "name": "possible turns" if possible else "turning points",
        "yaxis": "y3",
        "x": [t["date"] for t in turns],
        "y": [t["probability"] for t in turns],
        "customdata": list(range(len(turns))),
        "hovertemplate": ("possible turn" if possible else "turn")
        + " %{x}<br>p=%{y:.2f}<extra></extra>",
        "marker": (
            {"symbol": "diamond-open", "size": 12, "color": "#888", "line": {"width": 1.5}}
            if possible
            else {
                "symbol": "diamond",
                "size": 16,
                "color": "#f0a202",
                "line": {"color": "#333", "width": 1.5},
            }
        ),
    }


@router.get("/dyad")
async def dyad_series(
    svc: Svc,
    a: str,
    b: str,
    since: str | None = None,
    until: str | None = None,
    freq: str = "week",
    as_of: str | None = None,
    min_probability: Annotated[float, Query(ge=0.0, le=1.0)] = REPORT_PROBABILITY,
) -> Response:
    """The A–B series, turning points (probability, evidence), phases and a Plotly figure.

    ``turns`` are the turns reported at ``min_probability`` (0.9 by default) or more, and the
    phases lie between them; ``possible_turns`` are the weaker ones from 0.5, listed apart.
    ``as_of`` (YYYY-MM-DD): only documents published and events dated by that day.
    """
    lo, hi = queries.date_range(since, until)
    day = queries.day(as_of, "as_of")
    key = ("dyad.json", a, b, lo, hi, freq, day, min_probability)
    body = svc.peek(key)  # answered on the event loop: no thread hop for a cached query
    if body is None:
        body = await run_in_threadpool(
            _dyad_json, svc, key, a, b, lo, hi, freq, day, min_probability
        )
    return Response(body, media_type="application/json")


def _dyad_json(
    svc: Service,
    key: tuple[Any, ...],
    a: str,
    b: str,
    lo: dt.date | None,
    hi: dt.date | None,
    freq: str,
    as_of: dt.date | None = None,
    min_probability: float = REPORT_PROBABILITY,
) -> bytes:
    with svc.reader() as store:
        return svc.cached(
            key,
            lambda: json.dumps(
                _dyad_result(store, svc, a, b, lo, hi, freq, as_of, min_probability),
                default=str,
            ).encode(),
        )


@router.get("/overview")
def overview(store: Reader, svc: Svc) -> dict[str, Any]:
    """Store counts, the most active dyads and the biggest recent turns among them (reported
    turns, at ``min_probability`` or more)."""
    top = svc.cached(("dyads", OVERVIEW_DYADS), lambda: queries.dyads(store, OVERVIEW_DYADS))
    turns = []
    for row in top:
        result = _dyad_result(store, svc, row["a"], row["b"], None, None, "week")
        for turn in result["turns"]:
            turns.append(
                {
                    "a": row["a"],
                    "b": row["b"],
                    "a_name": row["a_name"],
                    "b_name": row["b_name"],
                    "date": turn["date"],
                    "start": turn["start"],
                    "end": turn["end"],
                    "probability": turn["probability"],
                    "direction": turn["direction"],
                    "shift": turn["shift"],
                    "before": turn["before"]["label"],
                    "after": turn["after"]["label"],
                }
            )
    turns.sort(key=lambda t: (t["date"], t["probability"] * abs(t["shift"])), reverse=True)
    return {
        "counts": store.counts(),
        "dyads": top,
        "min_probability": REPORT_PROBABILITY,
        "turns": turns[:10],
    }


def _filter(
    store: Reader,
    actor: str = "",
    target: str = "",
    both: bool = False,
    code: str = "",
    root: str = "",
    quad: Annotated[int | None, Query(ge=0, le=4)] = None,
    since: str | None = None,
    until: str | None = None,
    modality: str = "",
) -> queries.EventFilter:
    lo, hi = queries.date_range(since, until)
    for value in (actor, target):
        if value.strip():
            known_actor(store, value, full_codes=True)
    return queries.EventFilter(
        actor=actor,
        target=target,
        both=both,
        code=code,
        root=root,
        quad=quad,
        since=lo,
        until=hi,
        modality=modality,
    )


Filter = Annotated[queries.EventFilter, Depends(_filter)]


@router.get("/events")
def events(
    store: Reader,
    flt: Filter,
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=queries.MAX_PER_PAGE)] = 50,
) -> dict[str, Any]:
    """Event mentions with their evidence, filtered and paginated (newest first)."""
    total, rows = queries.events(store, flt, offset=(page - 1) * per_page, limit=per_page)
    for row in rows:
        row["segments"] = event_segments(row)
    return {
        "total": total,
        "page": page,
        "per_page": per_page,
        "pages": (total + per_page - 1) // per_page,
        "items": rows,
    }


def _cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@router.get("/events.csv")
def events_csv(store: Reader, flt: Filter) -> StreamingResponse:
    """Every mention matching the filter as CSV (at most 100,000 rows)."""
    _, rows = queries.events(store, flt, limit=queries.EXPORT_LIMIT)

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(queries.EVENT_COLUMNS)
        for row in rows:
            writer.writerow([_cell(row[c]) for c in queries.EVENT_COLUMNS])
            if buffer.tell() > 65536:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(
        lines(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="detente-events.csv"'},
    )


@router.get("/events.jsonl")
def events_jsonl(store: Reader, flt: Filter) -> StreamingResponse:
    """Every mention matching the filter as JSON lines (at most 100,000 rows)."""
    _, rows = queries.events(store, flt, limit=queries.EXPORT_LIMIT)
    lines = (json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)
    return StreamingResponse(
        lines,
        media_type="application/x-ndjson; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="detente-events.jsonl"'},
    )


@router.get("/brief")
def brief(
    store: Reader,
    svc: Svc,
    a: str,
    b: str,
    as_of: str | None = None,
    silence_days: Annotated[int, Query(ge=1, le=365)] = 14,
    min_probability: Annotated[float, Query(ge=0.0, le=1.0)] = REPORT_PROBABILITY,
) -> dict[str, Any]:
    """The analyst's brief on A–B from what was published by ``as_of``: summary, turns,
    signals and counter-signals, third parties, silences and a Plotly figure. Bad actors or
    dates are 422."""
    from detente.brief import BriefConfig
    from detente.brief import brief as make_brief

    try:
        day = parse_date(as_of) if as_of else None
    except InputError as exc:
        raise _invalid("as_of", exc) from None
    codes = []
    for name, value in (("a", a), ("b", b)):
        try:
            codes.append(known_actor(store, value))
        except InputError as exc:
            raise _invalid(name, exc) from None
    code_a, code_b = codes
    if code_a == code_b:
        raise _invalid("b", InputError(f"a brief needs two different actors, got {code_a} twice"))

    def compute() -> dict[str, Any]:
        config = BriefConfig(silence_days=silence_days, min_probability=min_probability)
        result = make_brief(store, code_a, code_b, day, config)
        data = result.to_dict()
        data["figure"] = figure(result.series)
        return data

    return svc.cached(("brief", code_a, code_b, day, silence_days, min_probability), compute)


def _invalid(name: str, exc: Exception) -> RequestValidationError:
    return RequestValidationError(
        [{"loc": ("query", name), "msg": str(exc), "type": "value_error"}]
    )


class TextIn(BaseModel):
    """A document to code: its text and publication date."""

    text: str = Field(min_length=1, description="Article text.")
    date: str = Field(description="Publication date YYYY-MM-DD.")
    doc_id: str = Field("", max_length=200, description="Defaults to a hash of the text.")
    title: str = Field("", max_length=1000)
    url: str = Field("", max_length=2000)

    def document(self) -> Document:
        if not self.text.strip():
            raise InputError("text is empty")
        day = parse_date(self.date)
        doc_id = self.doc_id.strip() or "web-" + hashlib.sha1(self.text.encode()).hexdigest()[:12]
        return Document(doc_id, day, self.text, self.title, self.url)


@router.post("/code")
def code(body: TextIn, svc: Svc) -> dict[str, Any]:
    """Code a text without storing it: every sentence with its events (all modalities)."""
    document = body.document()
    sentences, found = svc.code(document)
    for sentence in sentences:
        sentence["events"] = []
    by_id = {s["sentence_id"]: s for s in sentences}
    for event in found:
        item = event.to_dict()
        target = by_id.get(event.sentence_id)
        item["segments"] = event_segments(item, target["offset"] if target else None)
        if target is not None:
            target["events"].append(item)
    return {
        "doc_id": document.id,
        "date": document.date.isoformat(),
        "events": len(found),
        "asserted": sum(e.is_fact for e in found),
        "sentences": sentences,
    }


@router.post("/documents", status_code=201)
def add_document(body: TextIn, svc: Svc) -> dict[str, Any]:
    """Code a text and add it to the store (re-adding the same doc_id replaces it)."""
    document = body.document()
    _, found = svc.code(document)
    result = svc.write([(document, found)])
    with svc.reader() as store:
        counts = store.counts()
    return {
        "doc_id": document.id,
        "mentions": result.mentions,
        "new_mentions": result.new_mentions,
        "counts": counts,
    }
