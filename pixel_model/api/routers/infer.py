"""Pixel's inference routes: ``/infer``, ``/batch-infer`` (each item validated, charged and answered on its own:
one bad item fails alone) and ``/infer/stream`` (server-sent events: ``token`` -- a sentence the reply guard
passed --, ``replaced``, then ``final``, or ``error``)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Body, Depends
from fastapi.responses import StreamingResponse
from pydantic import ValidationError

from pixel_model.api.context import RequestContext
from pixel_model.api.deps import get_context, get_serving
from pixel_model.api.errors import item_error
from pixel_model.api.serving import ERRORS, Serving
from pixel_model.errors import InvalidRequest, PixelError, from_validation
from pixel_model.schemas.http import BatchInferResponse, InferRequest, InferResponse

router = APIRouter()


@router.post("/infer", response_model=InferResponse, responses=ERRORS)
async def infer(
    body: InferRequest, ctx: RequestContext = Depends(get_context), serving: Serving = Depends(get_serving)
):
    serving.charge(ctx, [body.user_id])
    res = (await serving.run([body], [ctx.request_id], "infer"))[0]
    if isinstance(res, Exception):
        raise item_error(res)
    ctx.audit = [serving.audit_item(body, res, "/infer")]
    return res


def _parse_batch(body: Any, limit: int) -> list[InferRequest | PixelError]:
    """The batch's items, each a request or the 400 naming its field; the envelope's own errors are raised."""
    items = body.get("requests") if isinstance(body, dict) else body
    if isinstance(body, dict) and set(body) - {"requests"}:
        raise InvalidRequest("unknown field next to 'requests'", next(iter(set(body) - {"requests"})))
    if not isinstance(items, list):
        raise InvalidRequest('body must be {"requests": [...]} or a JSON array of requests', "requests")
    if not items:
        raise InvalidRequest("requests must not be empty", "requests")
    if len(items) > limit:
        raise InvalidRequest(f"{len(items)} requests; the batch limit is {limit}", "requests")
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
    return parsed


@router.post("/batch-infer", response_model=BatchInferResponse, responses=ERRORS)
async def batch_infer(
    body: Any = Body(..., description='{"requests": [...]} or [...]'),
    ctx: RequestContext = Depends(get_context),
    serving: Serving = Depends(get_serving),
):
    rid = ctx.request_id
    parsed = _parse_batch(body, serving.settings.max_batch_items)
    serving.charge(ctx, [p.user_id if isinstance(p, InferRequest) else None for p in parsed])
    good = [(i, p) for i, p in enumerate(parsed) if isinstance(p, InferRequest)]
    out: list[dict] = [p.body(f"{rid}-{i}") if isinstance(p, PixelError) else {} for i, p in enumerate(parsed)]
    audit = [
        {"status": p.status, "error": p.type, "field": p.field} if isinstance(p, PixelError) else {} for p in parsed
    ]
    if good:
        res = await serving.run([p for _, p in good], [f"{rid}-{i}" for i, _ in good], "batch-infer")
        for (i, p), r in zip(good, res):
            if isinstance(r, InferResponse):
                out[i] = r.model_dump()
                audit[i] = {"status": 200, **serving.audit_item(p, r, "/batch-infer")}
            else:
                err = item_error(r)
                out[i] = err.body(f"{rid}-{i}")
                audit[i] = {"status": err.status, "error": err.type}
    ctx.audit = [{"request_id": f"{rid}-{i}", "item": i, **a} for i, a in enumerate(audit)]
    return {"results": out}


def _sse(ev: dict) -> list[str]:
    data = ev["data"].model_dump() if ev["event"] == "final" else ev["data"]
    return [f"event: {ev['event']}\ndata: {json.dumps(data)}\n\n"]


@router.post("/infer/stream", responses=ERRORS)
async def infer_stream(
    body: InferRequest, ctx: RequestContext = Depends(get_context), serving: Serving = Depends(get_serving)
):
    """Server-sent events: ``token`` (a sentence the reply guard passed), ``replaced``, then ``final`` (the
    InferResponse) -- or ``error``."""
    serving.charge(ctx, [body.user_id])
    events = await serving.stream(
        ctx, body, "infer/stream", _sse, lambda err: f"event: error\ndata: {json.dumps(err.body(ctx.request_id))}\n\n"
    )
    return StreamingResponse(events, media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
