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
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        rid = headers.get("x-request-id")
        bad_rid = rid is not None and not REQUEST_ID.match(rid)
        ex = _Exchange(self.security, scope, receive, send, rid if rid and not bad_rid else uuid.uuid4().hex)
        if bad_rid:
            return await ex.reject(
                InvalidRequest("X-Request-ID must be 1-128 characters of A-Z a-z 0-9 . _ : -", "X-Request-ID")
            )
        cap = self.security.settings.max_body_bytes
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > cap:
            return await ex.reject(PayloadTooLarge(f"request body is {length} bytes; the limit is {cap}"))
        if (refused := self._admit(ex, headers)) is not None:
            return await ex.reject(refused)
        if not length and scope.get("method") in ("POST", "PUT", "PATCH"):
            refused = await ex.buffer_body(cap)  # a chunked body (no Content-Length): read here, up to the cap
            if refused is not None:
                return await ex.reject(refused)
            if ex.closed:
                return
        await ex.run(self.app)

    def _admit(self, ex: _Exchange, headers: dict[str, str]) -> PixelError | None:
        """Authentication, the admin-only routes, and the one-token charge of the routes that do not charge per
        item; the error to answer, or None. The probes, /metrics (unless protected) and the chat page are open."""
        path = ex.path
        if path in self.open_paths() or path == UI_PATH or path.startswith(UI_PATH + "/"):
            return None
        principal = self._authenticate(headers)
        if isinstance(principal, PixelError):
            return principal
        ex.ctx.principal = principal
        if path in ADMIN_ONLY and principal.role != ADMIN:
            return Forbidden(f"{path} needs the admin role; this key has role {principal.role}")
        if path not in CHARGED_PER_ITEM:
            try:
                if decision := self.security.charge(principal, [None]):
                    ex.ctx.rate_headers = decision.headers()
            except PixelError as exc:
                return exc
        return None

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


class _Exchange:
    """One HTTP request through the gateway: its context, the audit writer, the response wrapper that adds the
    request id and rate-limit headers (and writes the audit record when the response starts), and the error
    answer. Every response, the app's or the gateway's own, goes out through ``send``."""

    def __init__(self, security: Security, scope, receive, send, request_id: str):
        self.security, self.scope, self.receive, self._send = security, scope, receive, send
        self.t0 = time.perf_counter()
        self.path: str = scope.get("path", "")
        self.ctx = RequestContext(request_id=request_id, emit=self.emit)
        scope.setdefault("state", {})[SCOPE_KEY] = self.ctx
        self.audited = self.path in AUDITED or self.path.startswith(SESSIONS_PREFIX)
        # the audit record names the route, never the raw session id
        self.endpoint = SESSIONS_ROUTE if self.path.startswith(SESSIONS_PREFIX) else self.path
        self.started = False
        self.closed = False  # the client went away while its body was being read

    def emit(self, items: list[dict] | None = None, status: int | None = None) -> None:
        """Write the audit records of this request (once)."""
        ctx = self.ctx
        if not self.audited or ctx.audit_done:
            return
        ctx.audit_done = True
        p = ctx.principal
        common = {
            "request_id": ctx.request_id,
            "endpoint": self.endpoint,
            "key_id": p.key_id if p else None,
            "role": p.role if p else None,
            "status": status,
            "latency_ms": round((time.perf_counter() - self.t0) * 1000, 2),
        }
        self.security.audit.write([{**common, **item} for item in (items or [{}])])

    async def send(self, message) -> None:
        ctx = self.ctx
        if message["type"] == "http.response.start":
            if not ctx.audit_deferred:
                self.emit(ctx.audit, message["status"])  # if the log cannot be written: a 500, not silence
            self.started = True
            extra = {"x-request-id": ctx.request_id, **{k.lower(): v for k, v in ctx.rate_headers.items()}}
            kept = [(k, v) for k, v in message.get("headers", []) if k.decode("latin-1").lower() not in extra]
            message = {**message, "headers": kept + [(k.encode(), v.encode()) for k, v in extra.items()]}
        await self._send(message)

    async def reject(self, exc: PixelError) -> None:
        """The error shape, through ``send`` like any response (request id, audit record)."""
        self.ctx.audit, self.ctx.audit_deferred = [{"error": exc.type, "field": exc.field}], False
        body = render(exc, self.ctx.request_id, self.path)
        await JSONResponse(body, status_code=exc.status, headers=exc.headers)(self.scope, self.receive, self.send)

    async def buffer_body(self, cap: int) -> PixelError | None:
        """Read a body sent without Content-Length, up to ``cap`` bytes, and replay it to the app (then the real
        channel, for disconnects); 413 past the cap."""
        chunks, seen, more = [], 0, True
        while more:
            message = await self.receive()
            if message["type"] != "http.request":
                self.closed = True
                return None
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            more = message.get("more_body", False)
            if seen > cap:
                return PayloadTooLarge(f"request body exceeds the limit of {cap} bytes")
        buffered = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]
        real = self.receive

        async def replay():
            return buffered.pop() if buffered else await real()

        self.receive = replay
        return None

    async def run(self, app) -> None:
        """The app, behind the last line of defence: no internals leave the server."""
        try:
            await app(self.scope, self.receive, self.send)
        except Exception as exc:  # noqa: BLE001
            if self.started:
                log.exception("error after the response started (request %s)", self.ctx.request_id)
                return
            if isinstance(exc, PixelError):
                return await self.reject(exc)
            log.exception("unhandled error (request %s)", self.ctx.request_id)
            await self.reject(InternalError("internal error; quote the request id when reporting it"))
