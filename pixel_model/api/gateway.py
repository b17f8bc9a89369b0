"""The ASGI middleware in front of every route, BentoML's own included: request ids, the body cap,
authentication and roles, rate limits for the routes that do not charge per item, and the audit log.

Audit records are written when the response starts, i.e. before the client can see any of it. The gateway
creates the request's ``RequestContext`` (context.py): routes add detail (persona, risk, EQ, per-item results)
to ``ctx.audit``; a streaming route writes its own record before its final event through ``ctx.emit``.
"""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.responses import JSONResponse

from pixel_model.api.context import SCOPE_KEY, RequestContext
from pixel_model.errors import (
    Forbidden,
    InternalError,
    InvalidRequest,
    PayloadTooLarge,
    PixelError,
    Unauthorized,
    render,
)
from pixel_model.security.context import Security, get_security
from pixel_model.security.keys import ADMIN, ANONYMOUS, presented_key

log = logging.getLogger("bentoml.app")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
UI_PATH = "/ui"  # the chat page's static files (api.py): no key needed to load the page itself
PROBES = frozenset({"/health", "/livez", "/healthz", "/readyz", "/schema.json"})
ADMIN_ONLY = frozenset({"/reload-model"})
OPENAI_ROUTES = frozenset({"/v1/chat/completions", "/v1/moderations"})
AUDITED = frozenset({"/infer", "/batch-infer", "/infer/stream", "/reload-model"}) | OPENAI_ROUTES
SESSIONS_PREFIX, SESSIONS_ROUTE = "/sessions/", "/sessions/{session_id}/risk"  # audited, id pseudonymised
# these routes charge the rate limits themselves (they know the user ids, and a batch costs its items)
CHARGED_PER_ITEM = frozenset({"/infer", "/batch-infer", "/infer/stream"}) | OPENAI_ROUTES


class PixelGateway:
    def __init__(self, app, security: Security | None = None):
        self.app = app
        self._security = security

    @property
    def security(self) -> Security:
        if self._security is None:
            self._security = get_security()
        return self._security

    def open_paths(self) -> frozenset[str]:
        return PROBES if self.security.settings.protect_metrics else PROBES | {"/metrics"}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        sec = self.security
        t0 = time.perf_counter()
        path = scope.get("path", "")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        rid = headers.get("x-request-id")
        bad_rid = rid is not None and not REQUEST_ID.match(rid)
        rid = uuid.uuid4().hex if (rid is None or bad_rid) else rid
        ctx = RequestContext(request_id=rid)
        scope.setdefault("state", {})[SCOPE_KEY] = ctx
        audited = path in AUDITED or path.startswith(SESSIONS_PREFIX)
        endpoint = SESSIONS_ROUTE if path.startswith(SESSIONS_PREFIX) else path  # never the raw session id
        started = False

        def emit(items: list[dict] | None = None, status: int | None = None) -> None:
            """Write the audit records of this request (once)."""
            if not audited or ctx.audit_done:
                return
            ctx.audit_done = True
            p = ctx.principal
            common = {
                "request_id": rid,
                "endpoint": endpoint,
                "key_id": p.key_id if p else None,
                "role": p.role if p else None,
                "status": status,
                "latency_ms": round((time.perf_counter() - t0) * 1000, 2),
            }
            sec.audit.write([{**common, **item} for item in (items or [{}])])

        ctx.emit = emit

        async def send_wrapper(message):
            nonlocal started
            if message["type"] == "http.response.start":
                if not ctx.audit_deferred:
                    emit(ctx.audit, message["status"])  # if the log cannot be written: a 500, not silence
                started = True
                extra = {"x-request-id": rid, **{k.lower(): v for k, v in ctx.rate_headers.items()}}
                message = {
                    **message,
                    "headers": [
                        (k, v) for k, v in message.get("headers", []) if k.decode("latin-1").lower() not in extra
                    ]
                    + [(k.encode(), v.encode()) for k, v in extra.items()],
                }
            await send(message)

        async def reject(exc: PixelError):
            """The error shape, through send_wrapper like any response (request id, audit record)."""
            ctx.audit, ctx.audit_deferred = [{"error": exc.type, "field": exc.field}], False
            await JSONResponse(render(exc, rid, path), status_code=exc.status, headers=exc.headers)(
                scope, receive, send_wrapper
            )

        if bad_rid:
            return await reject(
                InvalidRequest("X-Request-ID must be 1-128 characters of A-Z a-z 0-9 . _ : -", "X-Request-ID")
            )
        cap = sec.settings.max_body_bytes
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > cap:
            return await reject(PayloadTooLarge(f"request body is {length} bytes; the limit is {cap}"))

        if path not in self.open_paths() and not (path == UI_PATH or path.startswith(UI_PATH + "/")):
            principal = self._authenticate(headers)
            if isinstance(principal, PixelError):
                return await reject(principal)
            ctx.principal = principal
            if path in ADMIN_ONLY and principal.role != ADMIN:
                return await reject(Forbidden(f"{path} needs the admin role; this key has role {principal.role}"))
            if path not in CHARGED_PER_ITEM:
                try:
                    if decision := sec.charge(principal, [None]):
                        ctx.rate_headers = decision.headers()
                except PixelError as exc:
                    return await reject(exc)

        if not length and scope.get("method") in ("POST", "PUT", "PATCH"):
            # a chunked body (no Content-Length): read it here, up to the cap, and replay it to the app
            chunks, seen, more = [], 0, True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    return
                chunks.append(message.get("body", b""))
                seen += len(chunks[-1])
                more = message.get("more_body", False)
                if seen > cap:
                    return await reject(PayloadTooLarge(f"request body exceeds the limit of {cap} bytes"))
            buffered = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

            async def replay(real=receive):  # the buffered body, then the real channel (disconnects)
                return buffered.pop() if buffered else await real()

            receive = replay

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:  # noqa: BLE001 - last line of defence: no internals leave the server
            if started:
                log.exception("error after the response started (request %s)", rid)
                return
            if isinstance(exc, PixelError):
                return await reject(exc)
            log.exception("unhandled error (request %s)", rid)
            await reject(InternalError("internal error; quote the request id when reporting it"))

    def _authenticate(self, headers: dict[str, str]):
        sec = self.security
        if sec.auth_disabled:
            return ANONYMOUS
        key = presented_key(headers)
        realm = 'Bearer realm="pixel"'
        if key is None:
            why = "" if sec.keys.configured else " (no API keys are configured on this server; see README)"
            return Unauthorized(
                "missing API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'" + why,
                headers={"WWW-Authenticate": realm},
            )
        principal = sec.keys.authenticate(key)
        if principal is None:
            return Unauthorized("invalid API key", headers={"WWW-Authenticate": realm + ', error="invalid_token"'})
        return principal
