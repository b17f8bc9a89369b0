"""The OpenAI-compatible routes (``PIXEL_OPENAI_API``): ``/v1/chat/completions`` through the same ``Serving`` as
``/infer`` (admission, deadline, fallback, audit, the guarded stream) and ``/v1/moderations``. The contract is
``schemas.openai``; the mapping to and from Pixel's shapes is ``api.openai``; errors come back in OpenAI's shape
(the error registry picks it by the ``/v1/`` path)."""

from __future__ import annotations

import json
import time

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import ValidationError

from pixel_model.api.context import RequestContext
from pixel_model.api.deps import get_context, get_serving
from pixel_model.api.errors import item_error
from pixel_model.api.openai import (
    chunk,
    completion,
    model_name,
    moderation_of_message,
    moderation_of_reply,
    pixel_extra,
    to_infer_request,
)
from pixel_model.api.serving import Serving
from pixel_model.errors import InvalidRequest, PixelError, from_validation, openai_body
from pixel_model.pipeline import core as pipeline
from pixel_model.schemas.http import InferRequest, InferResponse
from pixel_model.schemas.openai import ERRORS_OPENAI, ChatCompletionRequest, ModerationRequest
from pixel_model.schemas.runner import ReplyItem

router = APIRouter()


@router.post(
    "/v1/chat/completions",
    responses=ERRORS_OPENAI,
    description="OpenAI-compatible chat completion through Pixel's pipeline (pixel_model/api/openai.py)",
)
async def chat_completions(
    body: ChatCompletionRequest, ctx: RequestContext = Depends(get_context), serving: Serving = Depends(get_serving)
):
    req = to_infer_request(body)
    rid = ctx.request_id
    serving.charge(ctx, [req.user_id])
    if not body.stream:
        res = (await serving.run([req], [rid], "v1/chat/completions"))[0]
        if isinstance(res, Exception):
            raise item_error(res)
        ctx.audit = [serving.audit_item(req, res, "/v1/chat/completions")]
        return completion(res, rid)
    created = int(time.time())

    def render(ev: dict) -> list[str]:
        if ev["event"] == "token":
            return [chunk(rid, created, {"content": ev["data"]})]
        if ev["event"] == "replaced":  # the sentences before it passed the guard; a composed reply follows
            return [chunk(rid, created, {}, pixel={"event": "replaced", **ev["data"]})]
        if ev["event"] == "final":
            final: InferResponse = ev["data"]
            return [chunk(rid, created, {}, "stop", model_name(final.model_version), pixel_extra(final))]
        return []

    events = await serving.stream(
        ctx,
        req,
        "v1/chat/completions",
        render,
        lambda err: f"data: {json.dumps(openai_body(err, rid))}\n\n",
        head=[chunk(rid, created, {"role": "assistant", "content": ""})],
        tail=["data: [DONE]\n\n"],
    )
    return StreamingResponse(events, media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


@router.post(
    "/v1/moderations",
    responses=ERRORS_OPENAI,
    description="OpenAI-compatible moderation: Pixel's crisis and reply-safety towers, mapped onto "
    "OpenAI's categories (openai_api.MAPPING; README 'OpenAI-compatible endpoints')",
)
async def moderations(
    body: ModerationRequest, ctx: RequestContext = Depends(get_context), serving: Serving = Depends(get_serving)
):
    limit = serving.settings.max_batch_items
    texts = [body.input] if isinstance(body.input, str) else list(body.input)
    if not texts:
        raise InvalidRequest("input must not be empty", "input")
    if len(texts) > limit:
        raise InvalidRequest(f"{len(texts)} inputs; the limit is {limit}", "input")
    reqs = []
    for i, t in enumerate(texts):
        try:
            reqs.append(InferRequest(user_query=t, max_tokens=0))
        except ValidationError as exc:
            param = "input" if isinstance(body.input, str) else f"input.{i}"
            raise InvalidRequest(f"{param}: {from_validation(exc).message.split(': ', 1)[-1]}", param) from exc
    serving.charge(ctx, [None] * len(reqs))
    runner = serving.backend.pipeline_runner
    try:
        with serving.guarded(len(reqs) + (body.reply_to is not None)):
            if body.reply_to is None:
                analyses = await pipeline.analyse(runner, reqs)
                results = [moderation_of_message(a) for a in analyses]
            else:
                try:
                    user_req = InferRequest(user_query=body.reply_to, max_tokens=0)
                except ValidationError as exc:
                    raise InvalidRequest(
                        f"reply_to: {from_validation(exc).message.split(': ', 1)[-1]}", "reply_to"
                    ) from exc
                (user,) = analyses = await pipeline.analyse(runner, [user_req])
                scored = await runner.score_replies(
                    [
                        ReplyItem(
                            user_text=user_req.user_query,
                            reply=r.user_query,
                            user_emotions=user.emotions,
                            persona=user.persona,
                            bias_shift=user.bias_shift,
                        )
                        for r in reqs
                    ]
                )
                results = [moderation_of_reply(x, user) for x in scored]
    except PixelError:
        raise
    except Exception as exc:  # noqa: BLE001 - a guard that cannot check must not answer "not flagged": 503
        raise item_error(exc) from exc
    version = analyses[0].model_version if analyses else None
    ctx.audit = [
        {
            "item": i,
            "text": t,
            "read_as": r["pixel"]["read_as"],
            "flagged": r["flagged"],
            "risk_level": r["pixel"].get("crisis_risk_level"),
            "crisis_signals": r["pixel"].get("crisis_signals"),
            "unsafe_categories": r["pixel"].get("unsafe_categories"),
            "model_version": version,
        }
        for i, (t, r) in enumerate(zip(texts, results))
    ]
    return {"id": f"modr-{ctx.request_id}", "model": model_name(version), "results": results}
