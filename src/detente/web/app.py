"""The dashboard application: ``create_app(db_path)`` → a FastAPI app (``detente serve``).

Every 4xx/5xx answer is one JSON envelope ``{"error": {"code", "message"}}``. With a token,
every route (pages, API, docs, static files) needs ``Authorization: Bearer TOKEN`` or the
``detente_token`` cookie; visiting any page with ``?token=TOKEN`` sets the cookie. Request
bodies over ``max_upload`` bytes get 413 before they are read into memory.
"""

from __future__ import annotations

import hmac
import logging
from contextlib import asynccontextmanager
from http import HTTPStatus
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.errors import DetenteError, InputError, StoreError, UnknownActorError
from detente.report.html import plotly_js
from detente.web import api, pages
from detente.web.service import Service

log = logging.getLogger(__name__)
MAX_UPLOAD = 5 * 1024 * 1024
COOKIE = "detente_token"
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        b"img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        b"form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def error(status: int, message: str, code: str | None = None) -> JSONResponse:
    """The one error envelope."""
    code = code or HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


async def _send_error(send: Send, response: JSONResponse) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": response.status_code,
            "headers": response.raw_headers,
        }
    )
    await send({"type": "http.response.body", "body": response.body})


class Guard:
    """ASGI middleware: token check, body-size cap, JSON-only POSTs, security headers."""

    def __init__(self, app: ASGIApp, token: str | None, max_upload: int) -> None:
        self.app, self.token, self.max_upload = app, token, max_upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if self.token is not None:
            given = request.query_params.get("token")
            if given is not None and request.method == "GET" and self._ok(given):
                await self._set_cookie(scope, send)
                return
            if not self._authorised(request):
                await _send_error(
                    send,
                    error(
                        401,
                        "a valid token is required: send "
                        "'Authorization: Bearer TOKEN' or open the "
                        "dashboard with ?token=TOKEN",
                        "unauthorized",
                    ),
                )
                return
        if request.method in ("POST", "PUT", "PATCH"):
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind != "application/json":
                await _send_error(
                    send, error(415, f"send the body as application/json, not {kind or 'nothing'}")
                )
                return
            body = await self._read_capped(request, receive)
            if body is None:
                await _send_error(
                    send,
                    error(
                        413,
                        f"request body is larger than the {self.max_upload:,} byte limit",
                        "payload_too_large",
                    ),
                )
                return
            receive = _replay(body)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _ok(self, given: str) -> bool:
        assert self.token is not None
        return hmac.compare_digest(given.encode(), self.token.encode())

    def _authorised(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer ") and self._ok(header[7:].strip()):
            return True
        cookie = request.cookies.get(COOKIE)
        return cookie is not None and self._ok(cookie)

    async def _set_cookie(self, scope: Scope, send: Send) -> None:
        """Swap ``?token=`` for an HttpOnly cookie and redirect to the same page without it."""
        query = urlencode(
            [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode()) if k != "token"]
        )
        location = scope["path"] + ("?" + query if query else "")
        response = Response(status_code=303, headers={"location": location})
        response.set_cookie(COOKIE, self.token or "", httponly=True, samesite="strict")
        await send({"type": "http.response.start", "status": 303, "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": b""})

    async def _read_capped(self, request: Request, receive: Receive) -> bytes | None:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_upload:
            return None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_upload:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404:
            message = f"no such page or endpoint: {request.url.path}"
        return error(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('query', 'body'))}: "
            f"{e.get('msg', 'invalid')}"
            for e in exc.errors()
        )
        return error(422, problems or "invalid request", "invalid_request")

    @app.exception_handler(UnknownActorError)
    async def unknown_actor(request: Request, exc: UnknownActorError) -> JSONResponse:
        return error(422, str(exc), "unknown_actor")

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> JSONResponse:
        return error(400, str(exc), "bad_request")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return error(409 if "read-only" in str(exc) else 503, str(exc), "store_error")

    @app.exception_handler(DetenteError)
    async def detente_error(request: Request, exc: DetenteError) -> JSONResponse:
        return error(400, str(exc), "bad_request")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s", request.url.path)
        return error(500, "internal error; see the server log", "internal_error")


def create_app(
    db_path: str | Path,
    token: str | None = None,
    max_upload: int = MAX_UPLOAD,
    *,
    read_only: bool = False,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The dashboard over the store at ``db_path`` (created when missing unless read-only).

    ``allowed_hosts`` guards a localhost server against DNS rebinding (``detente serve`` passes
    the loopback names when it binds 127.0.0.1).
    """
    service = Service(db_path, read_only=read_only)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        yield
        service.close()

    app = FastAPI(
        title="detente",
        summary="Political event data: dyads, turning points, evidence.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = service
    app.state.token_required = token is not None
    _install_errors(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    static = Path(str(resources.files("detente") / "web" / "static"))
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly() -> Response:
        return Response(
            plotly_js(),
            media_type="text/javascript; charset=utf-8",
            headers={"cache-control": "public, max-age=86400"},
        )

    app.add_middleware(Guard, token=token, max_upload=max_upload)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app
