"""The HTTP layer (FastAPI, mounted on the BentoML API service): routes, request ids, body limits and the
one error shape. It talks to a ``Backend`` (the service instance) and knows no torch."""
from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any, Protocol

from fastapi import Body, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import ValidationError

from . import pipeline
from .errors import InternalError, InvalidRequest, ModelNotLoaded, PayloadTooLarge, PixelError, from_validation
from .metrics import INFER_ERRORS, INFER_LATENCY, INFER_TOTAL, PerformanceTracker, now
from .protocol import (BatchInferResponse, ErrorResponse, HealthResponse, InferRequest, InferResponse,
                       ReloadRequest, ReloadResponse)
from .settings import get_settings

log = logging.getLogger("bentoml.app")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
FEATURES = ["eq_measurement", "persona_switching", "crisis_detection", "crisis_protocol", "technique_detection",
            "empathy_measurement", "bias_detection", "safety_validation", "emotion_detection", "batch_inference",
            "streaming", "hot_reload"]
ERRORS = {400: {"model": ErrorResponse}, 413: {"model": ErrorResponse}, 500: {"model": ErrorResponse},
          503: {"model": ErrorResponse}}


class Backend(Protocol):
    pipeline_runner: pipeline.Runner
    tracker: PerformanceTracker

    async def runner_info(self) -> dict | None: ...
    async def reload(self, tag: str | None) -> dict: ...


def _rid(request: Request) -> str:
    return getattr(request.state, "request_id", None) or uuid.uuid4().hex


def error_response(exc: PixelError, request_id: str | None) -> JSONResponse:
    return JSONResponse(exc.body(request_id), status_code=exc.status, headers={"X-Request-ID": request_id or ""})


def create_app(get_backend: Callable[[], Backend]) -> FastAPI:
    s = get_settings()
    app = FastAPI(title="Pixel", docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    max_body = 64 * 1024 + s.max_batch_items * (s.max_query_chars + s.max_history_turns * s.max_message_chars)

    @app.middleware("http")
    async def request_context(request: Request, call_next):
        rid = request.headers.get("x-request-id")
        if rid is not None and not REQUEST_ID.match(rid):
            return error_response(InvalidRequest("X-Request-ID must be 1-128 characters of A-Z a-z 0-9 . _ : -",
                                                 "X-Request-ID"), uuid.uuid4().hex)
        request.state.request_id = rid or uuid.uuid4().hex
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > max_body:
            return error_response(PayloadTooLarge(f"request body is {length} bytes; the limit is {max_body}"),
                                  request.state.request_id)
        try:
            response = await call_next(request)
        except Exception:  # noqa: BLE001 - last line of defence: no internals leave the server
            log.exception("unhandled error (request %s)", request.state.request_id)
            return error_response(InternalError("internal error; quote the request id when reporting it"),
                                  request.state.request_id)
        response.headers["X-Request-ID"] = request.state.request_id
        return response

    @app.exception_handler(PixelError)
    async def _pixel_error(request: Request, exc: PixelError):
        return error_response(exc, _rid(request))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        first = exc.errors()[0]
        if first.get("type") == "json_invalid":
            return error_response(InvalidRequest("request body is not valid JSON"), _rid(request))
        loc = [str(p) for p in first.get("loc", ()) if p != "body"]
        field = ".".join(loc) or None
        msg = first.get("msg", "invalid value").removeprefix("Value error, ")
        if first.get("type") == "extra_forbidden":
            msg = "unknown field (see /openapi.json for the accepted fields)"
        elif first.get("type") == "missing":
            msg = "field required"
        return error_response(InvalidRequest(f"{field}: {msg}" if field else msg, field), _rid(request))

    @app.get("/health", response_model=HealthResponse)
    async def health():
        info = await get_backend().runner_info()
        loaded = bool(info and info.get("model_loaded"))
        return HealthResponse(status="healthy" if loaded else "degraded", model_loaded=loaded,
                              timestamp=datetime.now(timezone.utc).isoformat().replace("+00:00", "Z"))

    @app.get("/status")
    async def status():
        b = get_backend()
        info = await b.runner_info() or {}
        perf = b.tracker.snapshot() | {"device": info.get("device")}
        return {"model_loaded": bool(info.get("model_loaded")), "model_name": "pixel",
                "model_version": info.get("version"), "inference_engine": f"PyTorch {info.get('torch', '')}".strip(),
                "device": info.get("device"), "generator": info.get("generator"),
                "available_features": FEATURES, "performance_metrics": perf}

    async def _run(requests: list[InferRequest], rids: list[str], endpoint: str):
        b = get_backend()
        t0 = now()
        try:
            results = await pipeline.infer_many(b.pipeline_runner, requests, rids)
        except PixelError:
            raise
        except Exception as exc:  # the runner is down or failed the whole batch
            INFER_ERRORS.labels(endpoint, type(exc).__name__).inc()
            info = await b.runner_info()
            if not (info and info.get("model_loaded")):
                raise ModelNotLoaded("the model is not loaded yet (or is restarting); retry shortly") from exc
            log.exception("inference failed")
            raise InternalError("inference failed; quote the request id when reporting it") from exc
        ms = (now() - t0) * 1000
        for r in results:
            if isinstance(r, InferResponse):
                b.tracker.record(r.inference_time_ms)
                INFER_TOTAL.labels(endpoint, r.persona_mode,
                                   r.conversation_metadata.crisis_risk_level if r.conversation_metadata else "n/a").inc()
        INFER_LATENCY.labels(endpoint, "analysis" if all(q.max_tokens == 0 for q in requests) else "generate"
                             ).observe(ms / 1000)
        return results

    @app.post("/infer", response_model=InferResponse, responses=ERRORS)
    async def infer(request: Request, body: InferRequest):
        res = (await _run([body], [_rid(request)], "infer"))[0]
        if isinstance(res, Exception):
            log.error("item failed: %r", res)
            raise InternalError("inference failed; quote the request id when reporting it")
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
        good = [(i, p) for i, p in enumerate(parsed) if isinstance(p, InferRequest)]
        out: list[dict] = [p.body(f"{rid}-{i}") if isinstance(p, PixelError) else {} for i, p in enumerate(parsed)]
        if good:
            res = await _run([p for _, p in good], [f"{rid}-{i}" for i, _ in good], "batch-infer")
            for (i, _), r in zip(good, res):
                out[i] = r.model_dump() if isinstance(r, InferResponse) else InternalError(
                    "this item failed; quote its request id").body(f"{rid}-{i}")
        return {"results": out}

    @app.post("/infer/stream", responses=ERRORS)
    async def infer_stream(request: Request, body: InferRequest):
        b = get_backend()
        rid = _rid(request)
        if not ((await b.runner_info()) or {}).get("model_loaded"):
            raise ModelNotLoaded("the model is not loaded yet (or is restarting); retry shortly")

        async def events():
            try:
                async for ev in pipeline.infer_stream(b.pipeline_runner, body, rid):
                    if ev["event"] == "final":
                        b.tracker.record(ev["data"]["inference_time_ms"])
                    yield f"event: {ev['event']}\ndata: {json.dumps(ev['data'])}\n\n"
            except Exception:  # noqa: BLE001
                log.exception("stream failed (request %s)", rid)
                yield f"event: error\ndata: {json.dumps(InternalError('stream failed').body(rid))}\n\n"

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Request-ID": rid})

    @app.post("/reload-model", response_model=ReloadResponse, responses=ERRORS)
    async def reload_model(body: ReloadRequest | None = None):
        tag = body.tag if body else None
        result = await get_backend().reload(tag)
        if result.get("status") != "success":
            return JSONResponse(ReloadResponse(status="error", message=result.get("message", "reload failed")
                                               ).model_dump(), status_code=400 if "not found" in
                                result.get("message", "") else 500)
        return ReloadResponse(status="success", message=result["message"], model_version=result.get("version"))

    return app
