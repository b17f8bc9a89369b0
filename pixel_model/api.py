"""The HTTP layer (FastAPI, mounted on the BentoML API service): routes, request ids, body limits and the
one error shape. It talks to a ``Backend`` (the service instance) and knows no torch."""
from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from fastapi import Body, FastAPI, Path as PathParam, Request
from fastapi.staticfiles import StaticFiles
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from pydantic import ValidationError

from . import __version__, openai_api, pipeline, resilience
from .auth import ADMIN, THERAPIST
from .gateway import UI_PATH  # the chat page: defined once, where the gateway opens it
from .errors import (Forbidden, InternalError, InvalidRequest, ModelNotLoaded, NotFound, PixelError, RunnerUnavailable,
                     Unavailable, first_error, from_validation, render)
from .metrics import INFER_ERRORS, INFER_LATENCY, INFER_TOTAL, PerformanceTracker, now
from .resilience import is_transient
from .protocol import (BatchInferResponse, ErrorResponse, HealthResponse, InferRequest, InferResponse,
                       ReloadRequest, ReloadResponse, SessionRiskSummary)
from .escalation import get_escalation
from .sessions import get_session_risk
from .security import get_security
from .settings import get_settings

log = logging.getLogger("bentoml.app")
FEATURES = ["eq_measurement", "persona_switching", "crisis_detection", "crisis_protocol", "technique_detection",
            "empathy_measurement", "bias_detection", "safety_validation", "emotion_detection", "batch_inference",
            "streaming", "hot_reload", "chat_ui"]
RELOAD_ERRORS = {"not_found": 400, "busy": 409, "failed": 500}
ERRORS = {code: {"model": ErrorResponse} for code in (400, 401, 403, 404, 413, 429, 500, 503)}


class Backend(Protocol):
    pipeline_runner: pipeline.Runner
    tracker: PerformanceTracker

    async def runner_info(self) -> dict | None: ...
    async def reload(self, tag: str | None) -> dict: ...


def _rid(request: Request) -> str:
    return getattr(request.state, "request_id", None) or uuid.uuid4().hex


def error_response(request: Request, exc: PixelError) -> JSONResponse:
    rid = _rid(request)
    if not getattr(request.state, "audit", None):
        request.state.audit = [{"error": exc.type, "field": exc.field}]
    return JSONResponse(render(exc, rid, request.url.path), status_code=exc.status,
                        headers={"X-Request-ID": rid, **exc.headers})


def _audit_item(req: InferRequest, resp: InferResponse, endpoint: str) -> dict:
    """A response is going out: its audit record -- and, at crisis level, the escalation event (escalation.py),
    stored in the outbox before the client sees the response."""
    if (esc := get_escalation()) is not None:
        risk, signals = resp._crisis
        evidence = resp.conversation_metadata.crisis_evidence if resp.conversation_metadata else []
        esc.consider(level=risk, signals=signals, evidence=evidence, request_id=resp.request_id, endpoint=endpoint,
                     session_id=req.session_id, user_id=req.user_id, text=req.user_query, degraded=resp.degraded,
                     model_version=resp.model_version)
    return {"user_id": req.user_id, "session_id": req.session_id, "text": req.user_query, **resp.audit_fields()}


def _charge(request: Request, user_ids: list[str | None]) -> None:
    """Per-key and per-user rate limits for the inference routes (a batch costs its items)."""
    decision = get_security().charge(request.state.principal, user_ids)
    if decision:
        request.state.rate_headers = decision.headers()


def _openapi(app: FastAPI) -> Callable[[], dict]:
    def schema() -> dict:
        if app.openapi_schema is None:
            spec = get_openapi(title=app.title, version=__version__, routes=app.routes,
                               description="Pixel inference API. Every path except the probes needs an API key.")
            spec.setdefault("components", {})["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}}
            spec["security"] = [{"bearer": []}, {"apiKey": []}]
            spec["paths"]["/health"]["get"]["security"] = []
            batch = spec["paths"]["/batch-infer"]["post"]["requestBody"]["content"]["application/json"]
            items = {"type": "array", "items": {"$ref": "#/components/schemas/InferRequest"}, "minItems": 1,
                     "maxItems": get_settings().max_batch_items}
            batch["schema"] = {"anyOf": [{"type": "object", "properties": {"requests": items},
                                          "required": ["requests"], "additionalProperties": False}, items]}
            app.openapi_schema = spec
        return app.openapi_schema
    return schema


def create_app(get_backend: Callable[[], Backend]) -> FastAPI:
    """The routes. Request ids, the body cap, authentication and the audit log are ``gateway.PixelGateway``'s
    (it wraps this app and BentoML's own routes)."""
    s = get_settings()
    admission = resilience.Admission(s.max_inflight)
    app = FastAPI(title="Pixel", docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.openapi = _openapi(app)

    @app.exception_handler(PixelError)
    async def _pixel_error(request: Request, exc: PixelError):
        return error_response(request, exc)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):  # no internals leave; the gateway logs it
        return error_response(request, InternalError("internal error; quote the request id when reporting it"))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):  # 404, 405, body read errors: same shape
        err = PixelError(str(exc.detail), headers=dict(exc.headers or {}))
        err.status, err.type = exc.status_code, {404: "not_found", 405: "method_not_allowed"}.get(
            exc.status_code, "invalid_request" if exc.status_code < 500 else "internal_error")
        return error_response(request, err)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        first = first_error(exc.errors())
        if first.get("type") == "json_invalid":
            return error_response(request, InvalidRequest("request body is not valid JSON"))
        loc = [str(p) for p in first.get("loc", ()) if p != "body"]
        field = ".".join(loc) or None
        msg = first.get("msg", "invalid value").removeprefix("Value error, ")
        if first.get("type") == "extra_forbidden":
            msg = "unknown field (see /openapi.json for the accepted fields)"
        elif first.get("type") == "missing":
            msg = "field required"
        return error_response(request, InvalidRequest(f"{field}: {msg}" if field else msg, field))

    @app.get("/health", response_model=HealthResponse, responses={503: {"model": HealthResponse}})
    async def health():
        info = await get_backend().runner_info()
        loaded = bool(info and info.get("model_loaded"))
        body = HealthResponse(status="healthy" if loaded else "degraded", model_loaded=loaded,
                              timestamp=datetime.now(timezone.utc).isoformat().replace("+00:00", "Z"))
        return body if loaded else JSONResponse(body.model_dump(), status_code=503)  # 503: take me out of rotation

    @app.get("/status")
    async def status():
        b = get_backend()
        info = await b.runner_info() or {}
        perf = b.tracker.snapshot() | {"device": info.get("device")}
        return {"model_loaded": bool(info.get("model_loaded")), "model_name": "pixel",
                "model_version": info.get("version"), "inference_engine": f"PyTorch {info.get('torch', '')}".strip(),
                "device": info.get("device"), "generator": info.get("generator"),
                "available_features": FEATURES + ["openai_compatible"] * s.openai_api
                + ["session_risk"] * s.session_risk + ["escalation_webhook"] * bool(s.escalation_url),
                "performance_metrics": perf}

    @contextmanager
    def _guarded(n: int):
        """Admission for ``n`` items and the request deadline (every route that calls the runner)."""
        with admission.admit(n), resilience.deadline(s.request_deadline_s):
            yield

    async def _run(requests: list[InferRequest], rids: list[str], endpoint: str) -> list[InferResponse | Exception]:
        """Admission, deadline, pipeline; if the runner cannot analyse, the rule-layer fallback per item."""
        b = get_backend()
        t0 = now()
        try:
            with _guarded(len(requests)):
                results = await pipeline.infer_many(b.pipeline_runner, requests, rids, get_session_risk())
        except Exception as exc:  # noqa: BLE001 - refused, or the runner could not analyse: fail safe for crisis
            results = await _fallback(requests, rids, exc, t0, endpoint)
        ms = (now() - t0) * 1000
        for r in results:
            if isinstance(r, InferResponse):
                b.tracker.record(r.inference_time_ms)
                INFER_TOTAL.labels(endpoint, r.persona_mode,
                                   r.conversation_metadata.crisis_risk_level if r.conversation_metadata else "n/a").inc()
            else:
                INFER_ERRORS.labels(endpoint, type(r).__name__).inc()
        INFER_LATENCY.labels(endpoint, "analysis" if all(q.max_tokens == 0 for q in requests) else "generate"
                             ).observe(ms / 1000)
        return results

    async def _fallback(requests, rids, exc: Exception, t0: float, endpoint: str) -> list[InferResponse | Exception]:
        """Crisis messages get the protocol from the rule layer (200, degraded); the others the error: 503 when
        the runner is unavailable, 500 (a bug, logged with its traceback) otherwise."""
        if isinstance(exc, PixelError) and not isinstance(exc, Unavailable):
            raise exc
        if not isinstance(exc, Unavailable):
            if is_transient(exc):
                info = await get_backend().runner_info()
                exc = (RunnerUnavailable("the model runner is unavailable; retry shortly") if info and
                       info.get("model_loaded") else ModelNotLoaded("the model is not loaded yet (or is "
                                                                    "restarting); retry shortly"))
            else:
                log.error("analysis failed (a bug): %r", exc, exc_info=exc)
                exc = InternalError("inference failed; quote the request id when reporting it")
        log.warning("%s: runner unavailable (%s); rule-layer fallback for %d items", endpoint, exc.type,
                    len(requests))
        return [pipeline.degraded(q, rid, t0, get_session_risk()) or exc for q, rid in zip(requests, rids)]

    def _item_error(res: Exception) -> PixelError:
        if isinstance(res, PixelError):
            return res
        if is_transient(res):
            return RunnerUnavailable("the model runner is unavailable; retry shortly")
        log.error("item failed: %r", res, exc_info=res)
        return InternalError("inference failed; quote the request id when reporting it")

    @app.post("/infer", response_model=InferResponse, responses=ERRORS)
    async def infer(request: Request, body: InferRequest):
        _charge(request, [body.user_id])
        res = (await _run([body], [_rid(request)], "infer"))[0]
        if isinstance(res, Exception):
            raise _item_error(res)
        request.state.audit = [_audit_item(body, res, "/infer")]
        return res

    @app.post("/batch-infer", response_model=BatchInferResponse, responses=ERRORS)
    async def batch_infer(request: Request, body: Any = Body(..., description='{"requests": [...]} or [...]')):
        items = body.get("requests") if isinstance(body, dict) else body
        if isinstance(body, dict) and set(body) - {"requests"}:
            raise InvalidRequest("unknown field next to 'requests'", next(iter(set(body) - {"requests"})))
        if not isinstance(items, list):
            raise InvalidRequest('body must be {"requests": [...]} or a JSON array of requests', "requests")
        if not items:
            raise InvalidRequest("requests must not be empty", "requests")
        if len(items) > s.max_batch_items:
            raise InvalidRequest(f"{len(items)} requests; the batch limit is {s.max_batch_items}", "requests")
        rid = _rid(request)
        parsed: list[InferRequest | PixelError] = []
        for i, item in enumerate(items):
            try:
                if not isinstance(item, dict):
                    raise InvalidRequest("each request must be a JSON object", f"requests.{i}")
                parsed.append(InferRequest.model_validate(item))
            except ValidationError as exc:
                parsed.append(from_validation(exc, f"requests.{i}."))
            except PixelError as exc:
                parsed.append(exc)
        _charge(request, [p.user_id if isinstance(p, InferRequest) else None for p in parsed])
        good = [(i, p) for i, p in enumerate(parsed) if isinstance(p, InferRequest)]
        out: list[dict] = [p.body(f"{rid}-{i}") if isinstance(p, PixelError) else {} for i, p in enumerate(parsed)]
        audit = [{"status": p.status, "error": p.type, "field": p.field} if isinstance(p, PixelError) else {}
                 for p in parsed]
        if good:
            res = await _run([p for _, p in good], [f"{rid}-{i}" for i, _ in good], "batch-infer")
            for (i, p), r in zip(good, res):
                if isinstance(r, InferResponse):
                    out[i] = r.model_dump()
                    audit[i] = {"status": 200, **_audit_item(p, r, "/batch-infer")}
                else:
                    err = _item_error(r)
                    out[i] = err.body(f"{rid}-{i}")
                    audit[i] = {"status": err.status, "error": err.type}
        request.state.audit = [{"request_id": f"{rid}-{i}", "item": i, **a} for i, a in enumerate(audit)]
        return {"results": out}

    async def _open_stream(body: InferRequest, rid: str, endpoint: str):
        """(events, release) for one streamed request. The analysis runs here, before any 200, so a runner outage
        is a 503 (or, for a crisis message, the rule layer's protocol reply, degraded) and never an error event.
        ``release`` gives back the admission place when the stream ends."""
        b = get_backend()
        t0 = now()
        held = False  # the admission place is held until the stream ends
        try:
            admission.acquire(1)
            held = True
            with resilience.deadline(s.request_deadline_s):
                plan = await pipeline.plan_one(b.pipeline_runner, body, get_session_risk())
            source = pipeline.infer_stream(b.pipeline_runner, body, rid, plan)
        except Exception as exc:  # noqa: BLE001 - as in _run
            if held:
                admission.release(1)
                held = False
            res = (await _fallback([body], [rid], exc, t0, endpoint))[0]
            if isinstance(res, Exception):
                raise _item_error(res) from exc
            source = pipeline.degraded_stream(res)
        return source, ((lambda: admission.release(1)) if held else (lambda: None))

    @app.post("/infer/stream", responses=ERRORS)
    async def infer_stream(request: Request, body: InferRequest):
        """Server-sent events: ``token`` (a sentence the reply guard passed), ``replaced``, then ``final`` (the
        InferResponse) -- or ``error``."""
        b = get_backend()
        rid = _rid(request)
        _charge(request, [body.user_id])
        source, release = await _open_stream(body, rid, "infer/stream")
        emit = request.state.audit_emit  # the record is written before the final event, not at the 200 header
        request.state.audit_deferred = True

        async def events():
            try:
                async for ev in source:
                    data = ev["data"]
                    if ev["event"] == "final":
                        b.tracker.record(data.inference_time_ms)
                        emit([_audit_item(body, data, "/infer/stream")], 200)
                        data = data.model_dump()
                    yield f"event: {ev['event']}\ndata: {json.dumps(data)}\n\n"
            except Exception as exc:  # noqa: BLE001 - the 200 has started: the error travels as an event
                err = _item_error(exc)  # a runner that died mid-stream is runner_unavailable (retry), not a bug
                if err.status >= 500 and not isinstance(err, Unavailable):
                    log.exception("stream failed (request %s)", rid)
                emit([{"error": err.type}], err.status)
                yield f"event: error\ndata: {json.dumps(err.body(rid))}\n\n"
            finally:
                release()
                emit([{"error": "client_closed"}], 499)  # no-op once written

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    if s.openai_api:
        openai_api.register(app, openai_api.Hooks(get_backend=get_backend, run=_run, open_stream=_open_stream,
                                                  charge=_charge, item_error=_item_error,
                                                  audit_item=_audit_item, guarded=_guarded))

    @app.get("/sessions/{session_id}/risk", response_model=SessionRiskSummary, responses=ERRORS)
    async def session_risk_of(request: Request, session_id: str = PathParam(..., min_length=1, max_length=256)):
        """A session's risk over time (therapist or admin role; PIXEL_SESSION_RISK on)."""
        principal = request.state.principal
        if principal.role not in (ADMIN, THERAPIST):
            raise Forbidden(f"session risk needs the therapist or admin role; this key has role {principal.role}")
        request.state.audit = [{"session_id": session_id}]
        store = get_session_risk()
        if store is None:
            raise NotFound("session risk is off on this server (PIXEL_SESSION_RISK)", "session_id")
        summary = store.summary(session_id)
        if summary is None:
            raise NotFound("no risk history for this session (unknown, or expired after PIXEL_SESSION_TTL_S)",
                           "session_id")
        return summary

    @app.post("/reload-model", response_model=ReloadResponse, responses=ERRORS)
    async def reload_model(request: Request, body: ReloadRequest | None = None):
        tag = body.tag if body else None
        result = await get_backend().reload(tag)
        request.state.audit = [{"model_version": result.get("version"), "requested_tag": tag,
                                "outcome": result.get("status")}]
        if result.get("status") != "success":  # the seed's {status, message} shape, with a fitting code
            return JSONResponse(ReloadResponse(status="error", message=result.get("message", "reload failed")
                                               ).model_dump(), status_code=RELOAD_ERRORS.get(result.get("code"), 500))
        return ReloadResponse(status="success", message=result["message"], model_version=result.get("version"))

    # the chat page (static files, no CDN): open without a key -- it asks for one and keeps it in the tab
    app.mount(UI_PATH, StaticFiles(directory=Path(__file__).with_name("ui"), html=True), name="ui")
    return app
