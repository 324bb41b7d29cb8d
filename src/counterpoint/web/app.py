"""The local web app (the ``web`` extra): paste or upload articles, get the report.

Routes (see ``/docs`` for the OpenAPI view):

* ``GET /`` - the form: two to four pasted articles (source, date, text) and/or uploaded
  ``.txt``/``.md``/``.html``/``.jsonl`` files.
* ``POST /compare`` - that form (multipart), answered with the HTML report; ``POST
  /compare.json`` is its JSON twin (STYLE habit 10).
* ``POST /api/compare`` - a JSON list of articles (``application/json``) or JSONL
  (``application/x-ndjson``), answered with the ``counterpoint.report/1`` JSON.
* ``GET /health`` - ``{"ok": true}``; ``GET /docs``, ``GET /openapi.json`` - FastAPI's own.

Errors have one JSON shape, ``{"ok": false, "error": ..., "status": ..., "hint": ...}``
(STYLE habit 5): 413 for a body over ``max_request_bytes`` (checked against Content-Length and
again while the body is read), 415 for a body type the API does not read, 422 for input that is
not articles (bad JSON, a row without text, no articles, more than ``max_articles``). A browser
(``Accept: text/html``) on an HTML route gets the same message as a page instead; the form comes
back filled in.

The spaCy pipeline loads once, at start-up. Each comparison runs in a worker thread, one at a
time per process (:func:`counterpoint.web.views.compare`), so the event loop stays free and the
shared pipeline is never used by two requests at once.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..config import Settings, load_settings
from ..errors import ConfigError, CounterpointError, InputError, MissingExtraError, ModelError
from ..ingest.text import RawArticle
from ..report.html import template_environment
from . import views
from .openapi import ARTICLE_SCHEMA, FORM_BODY, REPORT_RESPONSE, ErrorBody, error_responses, install_openapi

__all__ = ["DEFAULT_MAX_ARTICLES", "DEFAULT_MAX_REQUEST_BYTES", "ErrorBody", "create_app"]

log = logging.getLogger(__name__)

DEFAULT_MAX_REQUEST_BYTES = 5_000_000
DEFAULT_MAX_ARTICLES = 20
#: Article blocks the form shows at first, and at most ("add another article").
FORM_BLOCKS, FORM_MAX_BLOCKS = 2, 4

#: Sent with every HTML page: nothing is loaded from anywhere but this server (the report's
#: inline CSS and JS are allowed; /docs, FastAPI's page, is not covered).
_CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_HTML_HEADERS = {
    "Content-Security-Policy": _CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_SIZE_HINT = "send fewer or shorter articles in one request"
_FORM_HINT = (
    "send the form as multipart/form-data: fields source, date, text (once per article, in order) and files"
)


def error_body(status: int, message: str, hint: str | None = None) -> dict[str, Any]:
    return ErrorBody(error=message, status=status, hint=hint).model_dump()


def status_for(exc: CounterpointError) -> int:
    """The HTTP status for a library error: the user's input 422, a missing model 503, else 500."""
    status = getattr(exc, "status", None)
    if isinstance(status, int):
        return status
    if isinstance(exc, InputError | MissingExtraError):  # an [html] upload without the extra
        return 422
    if isinstance(exc, ModelError):
        return 503
    return 500


# --------------------------------------------------------------------------- HTML


def _render(name: str, **context: Any) -> str:
    return template_environment("counterpoint.web").get_template(name).render(**context)


def _html(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status, headers=_HTML_HEADERS)


def _wants_html(path: str, accept: str) -> bool:
    """A browser on an HTML route: errors come back as a page, not as JSON."""
    if path.startswith("/api/") or path.endswith(".json") or path == "/health":
        return False
    return "text/html" in accept.lower()


def _error_response(
    path: str, accept: str, status: int, message: str, hint: str | None, headers: dict[str, str] | None = None
) -> Response:
    if _wants_html(path, accept):
        page = _render("error.html.j2", status=status, message=message, hint=hint)
        return HTMLResponse(page, status_code=status, headers={**_HTML_HEADERS, **(headers or {})})
    return JSONResponse(error_body(status, message, hint), status_code=status, headers=headers)


def _accept(request: Request) -> str:
    return request.headers.get("accept", "")


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 100_000 else f"{n:,} bytes"


# --------------------------------------------------------------------------- request size


class _BodyTooLarge(Exception):
    """Raised from ``receive`` to stop the app once the body passes the limit."""


class BodyLimitMiddleware:
    """413 for a body over ``max_bytes``: by its Content-Length, or counted while it is read.

    Once the count passes the limit, ``receive`` raises and whatever the app was about to answer
    is replaced by the 413, so a chunked body cannot slip past a missing Content-Length.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, size: str) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        response = _error_response(
            scope.get("path", ""), headers.get("accept", ""), 413,
            f"request body {size} over the limit of {self.max_bytes} bytes", _SIZE_HINT,
            headers={"Connection": "close"},
        )  # fmt: skip
        await response(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name.lower() == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    break  # the server rejects it; otherwise the count below still applies
                if declared > self.max_bytes:
                    await self._too_large(scope, receive, send, f"of {declared} bytes is")
                    return
        received = 0
        exceeded = started = False

        async def counted_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:
                return  # the app's answer to a cut-off body; the 413 below replaces it
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
        if exceeded and not started:
            await self._too_large(scope, receive, send, "is")


# --------------------------------------------------------------------------- the form


async def _read_form(
    request: Request, *, max_articles: int, max_part_size: int
) -> tuple[list[views.Pasted], list[views.Upload]]:
    """The pasted blocks (``source``/``date``/``text`` fields, once per article, in order) and files."""
    try:
        async with request.form(
            max_files=max_articles, max_fields=3 * max(max_articles, FORM_MAX_BLOCKS) + 16,
            max_part_size=max_part_size,
        ) as form:  # fmt: skip
            columns: dict[str, list[str]] = {}
            for key in ("source", "date", "text"):
                values = form.getlist(key)
                if not all(isinstance(v, str) for v in values):
                    raise InputError(f"form: field {key!r} must be text, not a file", _FORM_HINT)
                columns[key] = [str(v) for v in values]
            uploads = []
            for item in form.getlist("files"):
                if isinstance(item, str) and not item:
                    continue  # "no file chosen", as some clients send it
                if not isinstance(item, UploadFile):
                    raise InputError("form: field 'files' must hold files", _FORM_HINT)
                data = await item.read()
                if item.filename or data:  # a browser sends an empty part for "no file chosen"
                    uploads.append(views.Upload(item.filename or "", data))
    except StarletteHTTPException as exc:  # a malformed body, too many files or fields
        raise InputError(f"form: {exc.detail}", _FORM_HINT) from None
    if len(columns["source"]) > len(columns["text"]) or len(columns["date"]) > len(columns["text"]):
        raise InputError("form: more source or date fields than text fields", _FORM_HINT)

    def at(key: str, i: int) -> str:
        return columns[key][i] if i < len(columns[key]) else ""

    count = len(columns["text"])
    pasted = [views.Pasted(at("source", i), at("date", i), at("text", i)) for i in range(count)]
    return pasted, uploads


# --------------------------------------------------------------------------- the app


def _positive(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{name}: must be a positive integer, not {value!r}")
    return value


def create_app(
    settings: Settings | None = None,
    *,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    max_articles: int = DEFAULT_MAX_ARTICLES,
) -> FastAPI:
    """The web app. ``settings`` default to :func:`~counterpoint.config.load_settings` (files, env).

    ``max_request_bytes`` limits one request body (413 beyond it); ``max_articles`` the articles
    in one comparison (422 beyond it); ``settings.max_bytes`` limits each article, as in the CLI.
    The spaCy model ``settings.model`` is loaded when the app starts (its lifespan). The app
    annotates in its own process (``workers`` is taken as 1): spaCy's ``n_process`` would load
    the model again in child processes for every request, forked from a threaded server.
    """
    settings = settings or load_settings()
    if settings.workers != 1:
        log.info("workers=%d ignored: the web app annotates in its own process", settings.workers)
        settings = replace(settings, workers=1)
    max_request_bytes = _positive("max_request_bytes", max_request_bytes)
    max_articles = _positive("max_articles", max_articles)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from .. import nlp

        await run_in_threadpool(nlp.load_pipeline, settings.model)  # cached per process
        log.info("model %s loaded", settings.model)
        yield

    app = FastAPI(
        title="counterpoint",
        version=__version__,
        description=(
            "Compare news reports of the same armed-conflict incident: agreements, "
            "contradictions, disputes, omissions and framing, with evidence spans. "
            f"At most {max_articles} articles and {max_request_bytes} bytes a request."
        ),
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_request_bytes)
    app.mount("/static", StaticFiles(packages=[("counterpoint.web", "static")]), name="static")
    install_openapi(app)

    # ------------------------------------------------------------------ errors

    @app.exception_handler(CounterpointError)
    async def on_library_error(request: Request, exc: CounterpointError) -> Response:
        status = status_for(exc)
        if status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc)
        return _error_response(request.url.path, _accept(request), status, exc.message, exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error_response(
            request.url.path, _accept(request), exc.status_code, str(exc.detail), None,
            headers=dict(exc.headers or {}),
        )  # fmt: skip

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()
        )
        return _error_response(request.url.path, _accept(request), 422, problems, None)

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> Response:  # logged by the server
        body = error_body(500, "internal error", "this is a bug, please report it")
        return JSONResponse(body, status_code=500)

    # ------------------------------------------------------------------ work

    async def run(read: Callable[[], list[RawArticle]]) -> dict[str, Any]:
        return await run_in_threadpool(views.compare, read, settings, max_articles=max_articles)

    async def read_form(request: Request) -> tuple[list[views.Pasted], list[views.Upload]]:
        return await _read_form(request, max_articles=max_articles, max_part_size=max_request_bytes)

    async def form_report(pasted: list[views.Pasted], uploads: list[views.Upload]) -> dict[str, Any]:
        return await run(lambda: views.articles_from_form(pasted, uploads, max_bytes=settings.max_bytes))

    def form_page(
        pasted: list[views.Pasted] | None = None, error: InputError | None = None, had_uploads: bool = False
    ) -> str:
        blocks = [p for p in pasted or [] if not p.is_blank()][:FORM_MAX_BLOCKS]
        blocks += [views.Pasted()] * max(0, FORM_BLOCKS - len(blocks))
        shown = error and {"message": error.message, "hint": error.hint, "uploads": had_uploads}
        return _render(
            "index.html.j2",
            blocks=blocks,
            max_blocks=FORM_MAX_BLOCKS,
            accept=",".join(views.UPLOAD_EXTENSIONS),
            max_articles=max_articles,
            max_request=_megabytes(max_request_bytes),
            error=shown,
        )

    # ------------------------------------------------------------------ routes

    @app.get("/", response_class=HTMLResponse, summary="The form: paste or upload articles")
    async def index() -> HTMLResponse:
        return _html(form_page())

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)  # no icon, and no 404 in the browser's console

    @app.get("/health", summary="Liveness: {\"ok\": true}")
    async def health() -> dict[str, Any]:
        return {"ok": True}

    @app.post(
        "/compare",
        response_class=HTMLResponse,
        summary="Compare the form's articles; the HTML report",
        openapi_extra={"requestBody": FORM_BODY},
        responses=error_responses(413, 422),
    )
    async def compare_form(request: Request) -> Response:
        from ..report.html import render_html

        pasted: list[views.Pasted] = []
        uploads: list[views.Upload] = []
        try:
            pasted, uploads = await read_form(request)
            report = await form_report(pasted, uploads)
        except InputError as exc:
            if not _wants_html(request.url.path, _accept(request)):
                raise
            return _html(form_page(pasted, exc, bool(uploads)), status_for(exc))
        return _html(await run_in_threadpool(render_html, report))

    @app.post(
        "/compare.json",
        summary="Compare the form's articles; the JSON report (twin of /compare)",
        openapi_extra={"requestBody": FORM_BODY},
        responses={200: REPORT_RESPONSE, **error_responses(413, 422)},
    )
    async def compare_form_json(request: Request) -> Response:
        return _json_report(await form_report(*await read_form(request)))

    @app.post(
        "/api/compare",
        summary="Compare articles sent as JSON or JSONL; the JSON report",
        description=(
            "The body is a JSON list of article objects (`application/json`) or one article "
            "object a line (`application/x-ndjson`). Each article needs `text`; `source`, `date`, "
            "`title` and `url` are optional. Errors name `request:N`, the Nth article."
        ),
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "array",
                            "items": ARTICLE_SCHEMA,
                            "minItems": 1,
                            "maxItems": max_articles,
                        }
                    },
                    "application/x-ndjson": {
                        "schema": {"type": "string", "description": "One article object (as above) a line."}
                    },
                },
            }
        },
        responses={200: REPORT_RESPONSE, **error_responses(413, 415, 422)},
    )
    async def api_compare(request: Request) -> Response:
        body = await request.body()
        content_type = request.headers.get("content-type")
        report = await run(lambda: views.articles_from_body(body, content_type, max_bytes=settings.max_bytes))
        return _json_report(report)

    return app


def _json_report(report: dict[str, Any]) -> Response:
    from ..report.json import dumps_report

    return Response(dumps_report(report), media_type="application/json")

