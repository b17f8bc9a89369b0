"""The one place where an exception becomes an HTTP response: ``register_errors(app)`` installs every handler,
so a route only raises (``pixel_model.errors``) and never builds an error body itself.

- ``PixelError`` (and its subclasses): its status, headers and the one error shape (OpenAI's under ``/v1/``).
- ``ReloadError``: the seed's ``{"status": "error", "message"}`` shape of ``/reload-model``, with its status.
- FastAPI's request validation: 400 naming the field (``conversation_history.2.role``).
- Starlette's HTTP errors (404, 405, body read errors): the same shape.
- anything else: 500 ``internal_error`` with no internals (the gateway logs the traceback).

``item_error`` maps what the pipeline returned for one item (an exception) to the error to report, so a batch
item, a stream and a single request report the same failure the same way.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from pixel_model.api.context import RequestContext
from pixel_model.errors import (
    InternalError,
    InvalidRequest,
    PixelError,
    ReloadError,
    RunnerUnavailable,
    invalid_request,
    render,
)
from pixel_model.pipeline.resilience import is_transient

log = logging.getLogger("bentoml.app")
HTTP_TYPES = {404: "not_found", 405: "method_not_allowed"}


def error_response(request: Request, exc: PixelError) -> JSONResponse:
    """``exc`` in the error shape for this path, with the request id; the audit record names the error unless the
    route already described the request."""
    ctx = RequestContext.of(request)
    if not ctx.audit:
        ctx.audit = [{"error": exc.type, "field": exc.field}]
    return JSONResponse(
        render(exc, ctx.request_id, request.url.path),
        status_code=exc.status,
        headers={"X-Request-ID": ctx.request_id, **exc.headers},
    )


def item_error(res: Exception) -> PixelError:
    """The error to report for one failed item: its own if it is a ``PixelError``; 503 (retry) if the runner failed
    transiently; otherwise a logged bug reported as 500 without internals."""
    if isinstance(res, PixelError):
        return res
    if is_transient(res):
        return RunnerUnavailable("the model runner is unavailable; retry shortly")
    log.error("item failed: %r", res, exc_info=res)
    return InternalError("inference failed; quote the request id when reporting it")


def register_errors(app: FastAPI) -> None:
    """Install every exception -> response mapping on ``app``."""

    @app.exception_handler(PixelError)
    async def _pixel_error(request: Request, exc: PixelError):
        return error_response(request, exc)

    @app.exception_handler(ReloadError)
    async def _reload_error(request: Request, exc: ReloadError):
        ctx = RequestContext.of(request)
        return JSONResponse(
            {"status": "error", "message": exc.message},
            status_code=exc.status,
            headers={"X-Request-ID": ctx.request_id},
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):  # no internals leave; the gateway logs it
        return error_response(request, InternalError("internal error; quote the request id when reporting it"))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        err = PixelError(str(exc.detail), headers=dict(exc.headers or {}))
        err.status = exc.status_code
        err.type = HTTP_TYPES.get(exc.status_code, "invalid_request" if exc.status_code < 500 else "internal_error")
        return error_response(request, err)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        if any(e.get("type") == "json_invalid" for e in exc.errors()[:1]):
            return error_response(request, InvalidRequest("request body is not valid JSON"))
        return error_response(request, invalid_request(list(exc.errors()), drop=("body",)))
