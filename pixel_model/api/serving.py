"""What every inference route shares (Pixel's routes and the OpenAI-compatible ones): admission and the request
deadline, the pipeline call with its rule-layer fallback for crisis messages when the runner is down, rate-limit
charging per item, audit records (and the escalation event) per response, and the stream loop that writes the
audit record before the final event. Routers call a ``Serving``; they never reach the runner themselves.

The ``Backend`` is the BentoML API service (``service.PixelService``): the pipeline's runner, the performance
tracker, runner info and reload. No torch here.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from pixel_model.api.context import RequestContext
from pixel_model.api.errors import item_error
from pixel_model.errors import InternalError, ModelNotLoaded, PixelError, RunnerUnavailable, Unavailable
from pixel_model.metrics import INFER_ERRORS, INFER_LATENCY, INFER_TOTAL, TIME_TO_FIRST_TOKEN, PerformanceTracker, now
from pixel_model.pipeline import core as pipeline
from pixel_model.pipeline import resilience
from pixel_model.pipeline.escalation import get_escalation
from pixel_model.pipeline.resilience import is_transient
from pixel_model.pipeline.sessions import get_session_risk
from pixel_model.schemas.http import ErrorResponse, InferRequest, InferResponse
from pixel_model.security.context import get_security
from pixel_model.settings import Settings

log = logging.getLogger("bentoml.app")
# the error responses every route documents in /openapi.json (the one shape, errors.py)
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse} for code in (400, 401, 403, 404, 413, 429, 500, 503)
}


class Backend(Protocol):
    pipeline_runner: pipeline.Runner
    tracker: PerformanceTracker

    async def runner_info(self) -> dict | None: ...
    async def reload(self, tag: str | None) -> dict: ...


class Serving:
    """One per app: the admission counter (``PIXEL_MAX_INFLIGHT``) is shared by every route of this worker."""

    def __init__(self, get_backend: Callable[[], Backend], settings: Settings):
        self.get_backend = get_backend
        self.settings = settings
        self.admission = resilience.Admission(settings.max_inflight)

    @property
    def backend(self) -> Backend:
        return self.get_backend()

    # ---- admission, charging, audit --------------------------------------------------------------------
    @contextmanager
    def guarded(self, n: int) -> Iterator[None]:
        """Admission for ``n`` items and the request deadline (every route that calls the runner)."""
        with self.admission.admit(n), resilience.deadline(self.settings.request_deadline_s):
            yield

    @staticmethod
    def charge(ctx: RequestContext, user_ids: list[str | None]) -> None:
        """Per-key and per-user rate limits for the inference routes (a batch costs its items); 429 if short."""
        if ctx.principal is None:  # fail closed: the inference routes are never open paths
            raise InternalError("no authenticated principal: the app must run behind the gateway")
        decision = get_security().charge(ctx.principal, user_ids)
        if decision:
            ctx.rate_headers = decision.headers()

    @staticmethod
    def audit_item(req: InferRequest, resp: InferResponse, endpoint: str) -> dict:
        """A response is going out: its audit record -- and, at crisis level, the escalation event (escalation.py),
        stored in the outbox before the client sees the response."""
        if (esc := get_escalation()) is not None:
            risk, signals = resp._crisis
            evidence = resp.conversation_metadata.crisis_evidence if resp.conversation_metadata else []
            esc.consider(
                level=risk,
                signals=signals,
                evidence=evidence,
                request_id=resp.request_id,
                endpoint=endpoint,
                session_id=req.session_id,
                user_id=req.user_id,
                text=req.user_query,
                degraded=resp.degraded,
                model_version=resp.model_version,
            )
        return {"user_id": req.user_id, "session_id": req.session_id, "text": req.user_query, **resp.audit_fields()}

    # ---- the pipeline ----------------------------------------------------------------------------------
    async def run(
        self, requests: list[InferRequest], rids: list[str], endpoint: str
    ) -> list[InferResponse | Exception]:
        """Admission, deadline, pipeline; if the runner cannot analyse, the rule-layer fallback per item."""
        b = self.backend
        t0 = now()
        try:
            with self.guarded(len(requests)):
                results = await pipeline.infer_many(b.pipeline_runner, requests, rids, get_session_risk())
        except Exception as exc:  # noqa: BLE001 - refused, or the runner could not analyse: fail safe for crisis
            results = await self.fallback(requests, rids, exc, t0, endpoint)
        ms = (now() - t0) * 1000
        for r in results:
            if isinstance(r, InferResponse):
                b.tracker.record(r.inference_time_ms)
                risk = r.conversation_metadata.crisis_risk_level if r.conversation_metadata else "n/a"
                INFER_TOTAL.labels(endpoint, r.persona_mode, risk).inc()
            else:
                INFER_ERRORS.labels(endpoint, type(r).__name__).inc()
        INFER_LATENCY.labels(endpoint, "analysis" if all(q.max_tokens == 0 for q in requests) else "generate").observe(
            ms / 1000
        )
        return results

    async def fallback(
        self, requests: list[InferRequest], rids: list[str], exc: Exception, t0: float, endpoint: str
    ) -> list[InferResponse | Exception]:
        """Crisis messages get the protocol from the rule layer (200, degraded); the others the error: 503 when
        the runner is unavailable, 500 (a bug, logged with its traceback) otherwise."""
        if isinstance(exc, PixelError) and not isinstance(exc, Unavailable):
            raise exc
        if not isinstance(exc, Unavailable):
            if is_transient(exc):
                info = await self.backend.runner_info()
                exc = (
                    RunnerUnavailable("the model runner is unavailable; retry shortly")
                    if info and info.get("model_loaded")
                    else ModelNotLoaded("the model is not loaded yet (or is restarting); retry shortly")
                )
            else:
                log.error("analysis failed (a bug): %r", exc, exc_info=exc)
                exc = InternalError("inference failed; quote the request id when reporting it")
        log.warning(
            "%s: runner unavailable (%s); rule-layer fallback for %d items",
            endpoint,
            getattr(exc, "type", type(exc).__name__),
            len(requests),
        )
        return [pipeline.degraded(q, rid, t0, get_session_risk()) or exc for q, rid in zip(requests, rids)]

    # ---- streams ---------------------------------------------------------------------------------------
    async def open_stream(
        self, body: InferRequest, rid: str, endpoint: str
    ) -> tuple[AsyncIterator[dict], Callable[[], None]]:
        """(events, release) for one streamed request. The analysis runs here, before any 200, so a runner outage
        is a 503 (or, for a crisis message, the rule layer's protocol reply, degraded) and never an error event.
        ``release`` gives back the admission place when the stream ends."""
        t0 = now()
        held = False  # the admission place is held until the stream ends
        try:
            self.admission.acquire(1)
            held = True
            with resilience.deadline(self.settings.request_deadline_s):
                plan = await pipeline.plan_one(self.backend.pipeline_runner, body, get_session_risk())
            source = pipeline.infer_stream(self.backend.pipeline_runner, body, rid, plan)
        except Exception as exc:  # noqa: BLE001 - as in run
            if held:
                self.admission.release(1)
                held = False
            res = (await self.fallback([body], [rid], exc, t0, endpoint))[0]
            if isinstance(res, Exception):
                raise item_error(res) from exc
            source = pipeline.degraded_stream(res)
        return source, ((lambda: self.admission.release(1)) if held else (lambda: None))

    async def stream(
        self,
        ctx: RequestContext,
        body: InferRequest,
        endpoint: str,
        render: Callable[[dict], list[str]],
        render_error: Callable[[PixelError], str],
        head: list[str] | None = None,
        tail: list[str] | None = None,
    ) -> AsyncIterator[str]:
        """Open the stream (errors before the 200 are raised) and return the server-sent event lines: ``head``,
        then ``render(event)`` for each pipeline event, then ``tail``. The audit record is written before the final
        event is sent; an error after the 200 travels as ``render_error(err)``; the admission place is given back at
        the end.
        """
        t0 = now()
        source, release = await self.open_stream(body, ctx.request_id, endpoint)
        emit = ctx.emit  # the record is written before the final event, not at the 200 header
        ctx.audit_deferred = True
        tracker = self.backend.tracker

        async def events() -> AsyncIterator[str]:
            try:
                for line in head or []:
                    yield line
                first = True
                async for ev in source:
                    if first and ev["event"] == "token":
                        TIME_TO_FIRST_TOKEN.observe(now() - t0)
                        first = False
                    if ev["event"] == "final":
                        tracker.record(ev["data"].inference_time_ms)
                        emit([self.audit_item(body, ev["data"], "/" + endpoint)], 200)
                    for line in render(ev):
                        yield line
                for line in tail or []:
                    yield line
            except Exception as exc:  # noqa: BLE001 - the 200 has started: the error travels as an event
                err = item_error(exc)  # a runner that died mid-stream is runner_unavailable (retry), not a bug
                if err.status >= 500 and not isinstance(err, Unavailable):
                    log.exception("stream failed (request %s)", ctx.request_id)
                emit([{"error": err.type}], err.status)
                yield render_error(err)
            finally:
                release()
                emit([{"error": "client_closed"}], 499)  # no-op once written

        return events()


def serving_of(app: Any) -> Serving:
    """The app's ``Serving`` (set by ``create_app``)."""
    return app.state.serving
