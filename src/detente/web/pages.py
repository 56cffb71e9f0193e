"""HTML pages. Each renders from the same data the JSON API returns: the overview on the
server (Jinja2, autoescaped), the interactive pages in the browser from ``/api`` calls."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from detente.report.html import templates
from detente.web import api

router = APIRouter(include_in_schema=False)


def _page(name: str, request: Request, **context: object) -> HTMLResponse:
    html = (
        templates("web/templates")
        .get_template(name)
        .render(page=name.removesuffix(".html"), **context)
    )
    return HTMLResponse(html)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    svc = request.app.state.service
    with svc.reader() as store:
        data = api.overview(store, svc)
    return _page("overview.html", request, data=data)


@router.get("/dyad", response_class=HTMLResponse)
def dyad(request: Request, a: str = "", b: str = "") -> HTMLResponse:
    return _page("dyad.html", request, a=a, b=b)


@router.get("/brief", response_class=HTMLResponse)
def brief(request: Request, a: str = "", b: str = "", as_of: str = "") -> HTMLResponse:
    return _page("brief.html", request, a=a, b=b, as_of=as_of)


@router.get("/code", response_class=HTMLResponse)
def code(request: Request) -> HTMLResponse:
    return _page("code.html", request, read_only=request.app.state.service.read_only)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> HTMLResponse:
    return _page("events.html", request)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API reference, rendered from the OpenAPI schema (Swagger UI would need a CDN)."""
    return _page("docs.html", request, spec=request.app.openapi())
