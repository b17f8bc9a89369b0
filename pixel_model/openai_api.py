"""OpenAI-compatible routes: ``POST /v1/chat/completions`` and ``POST /v1/moderations``.

For apps already written against the OpenAI API (or its client libraries): point ``base_url`` at
``http://host:3000/v1`` and use a Pixel API key as the API key.  Nothing here is a second pipeline:

* ``/v1/chat/completions`` turns the messages into an ``InferRequest`` (the last message is the user's turn, the
  earlier user/assistant turns its history) and runs the same path as ``/infer`` -- crisis detection, the crisis
  protocol, the persona, the reply guard, the composed fallback, the rule-layer fallback when the runner is down.
  The reply comes back in OpenAI's ``chat.completion`` shape (or ``chat.completion.chunk`` events with ``stream:
  true``), with Pixel's whole analysis under the extra field ``pixel`` (``InferResponse`` less ``response``).
* ``/v1/moderations`` is check-only. Each input is read as a user's message (crisis tower + rules) or, when the
  request names the message it answers (Pixel's ``reply_to``), as a reply to it (the reply-safety tower: a guard
  on another model's output); the result is mapped onto OpenAI's moderation categories (``MAPPING``). The safety
  tower reads (message, reply) pairs: scoring a lone text with it flags ordinary greetings, so it is never used
  without ``reply_to``.

Both use the same API keys, roles, rate limits (a moderation input or a completion costs one item) and audit log
as ``/infer``, and answer errors in OpenAI's shape (``errors.render``).

What is not supported, and says so with a 400 naming the parameter: ``n`` > 1, ``tools`` / ``functions``,
``logprobs``, a JSON ``response_format``, non-text content parts, and tool / function messages.  Accepted and not
used (Pixel's decoding is its own best-of-N, ``PIXEL_REPLY_CANDIDATES``): ``temperature``, ``top_p``, ``stop``,
``seed``, the penalties, ``logit_bias``.  System and developer messages are accepted and not passed to the
generator: Pixel's persona prompts are fixed, and no prompt can turn the crisis protocol or the guard off.
``usage`` is ``null``: the API process has no tokenizer, and Pixel does not invent counts.
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import pipeline
from .errors import InvalidRequest, PixelError, Unavailable, from_validation, openai_body
from .protocol import InferRequest, InferResponse, MessageAnalysis, ReplyAnalysis, ReplyItem
from .settings import get_settings

log = logging.getLogger("bentoml.app")
_LIMITS = get_settings()  # read once, as protocol.py: validators and /openapi.json share the bounds
MODEL_ID = "pixel"


class OpenAIErrorBody(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None
    request_id: str | None = None


class OpenAIErrorResponse(BaseModel):
    """OpenAI's error shape (``errors.openai_body``); ``code`` is Pixel's error type."""
    error: OpenAIErrorBody


ERRORS_OPENAI: dict[int | str, dict[str, Any]] = {code: {"model": OpenAIErrorResponse}
                                                  for code in (400, 401, 403, 413, 429, 500, 503)}


# ---- /v1/chat/completions: schemas ------------------------------------------------------------------------
class ContentPart(BaseModel):
    """Only text parts: an image or audio part is a 400 naming it."""
    model_config = ConfigDict(extra="allow")
    type: Literal["text"]
    text: str


class ChatMessage(BaseModel):
    """Text turns only: ``tool`` and ``function`` messages are a 400 (Pixel calls no tools)."""
    model_config = ConfigDict(extra="allow")  # name, refusal, audio... (accepted, unused)
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[ContentPart] | None = None


class ChatCompletionRequest(BaseModel):
    """OpenAI's chat-completion request; ``session_id`` and ``context_type`` are Pixel's (send them with the
    OpenAI library's ``extra_body``). Unknown fields are rejected, as on ``/infer``."""
    model_config = ConfigDict(extra="forbid")
    model: str = Field(MODEL_ID, max_length=256, description="any value; the served Pixel model answers")
    messages: list[ChatMessage] = Field(..., min_length=1,
                                        json_schema_extra={"maxItems": _LIMITS.max_history_turns + 1})
    max_tokens: int | None = Field(None, ge=0, le=_LIMITS.max_tokens_limit, description="0 = analysis only")
    max_completion_tokens: int | None = Field(None, ge=0, le=_LIMITS.max_tokens_limit)
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    n: int | None = Field(None, ge=1, le=1, description="only 1")
    user: str | None = Field(None, max_length=256, description="the end user (Pixel's user_id: per-user rate limit)")
    metadata: dict[str, str] | None = None
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    presence_penalty: float | None = Field(None, ge=-2, le=2)
    frequency_penalty: float | None = Field(None, ge=-2, le=2)
    seed: int | None = None
    stop: str | list[str] | None = None
    logit_bias: dict[str, float] | None = None
    logprobs: Literal[False] | None = Field(None, description="not supported: only false")
    top_logprobs: int | None = None
    response_format: dict[str, Any] | None = None
    tools: list[dict[str, Any]] | None = Field(None, max_length=0, description="not supported: no tools")
    tool_choice: Any = None
    parallel_tool_calls: bool | None = None
    functions: list[dict[str, Any]] | None = Field(None, max_length=0, description="not supported: no tools")
    function_call: Any = None
    store: bool | None = None
    service_tier: str | None = None
    reasoning_effort: str | None = None
    modalities: list[str] | None = None
    # Pixel's own
    session_id: str | None = Field(None, max_length=256)
    context_type: str | None = None


def _text(msg: ChatMessage, i: int) -> str:
    if msg.content is None:
        return ""
    if isinstance(msg.content, str):
        return msg.content
    parts = []
    for j, part in enumerate(msg.content):
        if part.type != "text" or part.text is None:
            raise InvalidRequest(f"only text content parts are supported (got {part.type!r})",
                                 f"messages.{i}.content.{j}")
        parts.append(part.text)
    return "\n".join(parts)


def to_infer_request(body: ChatCompletionRequest) -> InferRequest:
    """The ``InferRequest`` a chat completion stands for. Raises ``InvalidRequest`` naming the OpenAI parameter."""
    for name in ("tools", "functions"):
        if getattr(body, name):
            raise InvalidRequest(f"{name} are not supported: Pixel answers in text only", name)
    if body.logprobs:
        raise InvalidRequest("logprobs are not supported", "logprobs")
    if body.response_format and body.response_format.get("type", "text") != "text":
        raise InvalidRequest("only the text response format is supported", "response_format")
    last = len(body.messages) - 1
    if body.messages[last].role != "user":
        raise InvalidRequest("the last message must be the user's (role 'user')", f"messages.{last}.role")
    history, where = [], {}
    for i, m in enumerate(body.messages[:last]):
        if m.role in ("tool", "function"):
            raise InvalidRequest(f"{m.role} messages are not supported", f"messages.{i}.role")
        if m.role in ("user", "assistant"):
            where[len(history)] = i
            history.append({"role": m.role, "content": _text(m, i)})
    max_tokens = body.max_completion_tokens if body.max_completion_tokens is not None else body.max_tokens
    fields: dict[str, Any] = {"user_query": _text(body.messages[last], last), "conversation_history": history,
                              "user_id": body.user, "session_id": body.session_id,
                              "context_type": body.context_type}
    if max_tokens is not None:
        fields["max_tokens"] = max_tokens
    try:
        return InferRequest.model_validate(fields)
    except ValidationError as exc:
        err = from_validation(exc)
        field = err.field or ""
        if field.startswith("user_query"):
            param = f"messages.{last}.content"
        elif field.startswith("conversation_history."):
            k = field.split(".")[1]
            param = f"messages.{where.get(int(k), k) if k.isdigit() else k}.content"
        elif field.startswith("max_tokens"):
            param = "max_completion_tokens" if body.max_completion_tokens is not None else "max_tokens"
        elif field == "conversation_history":
            param = "messages"
        else:
            param = field or None
        msg = err.message.split(": ", 1)[-1]
        raise InvalidRequest(f"{param}: {msg}" if param else msg, param) from exc


def _pixel(resp: InferResponse) -> dict:
    return resp.model_dump(exclude={"response"})


def _model_name(version: str | None) -> str:
    """The served model's store tag ("pixel:<version>"), or "pixel" when unknown (a degraded answer)."""
    if not version:
        return MODEL_ID
    return version if version.startswith(f"{MODEL_ID}:") else f"{MODEL_ID}:{version}"


def completion(resp: InferResponse, rid: str) -> dict:
    """OpenAI's ``chat.completion`` object for one Pixel response."""
    return {"id": f"chatcmpl-{rid}", "object": "chat.completion", "created": int(time.time()),
            "model": _model_name(resp.model_version), "system_fingerprint": resp.model_version,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": resp.response, "refusal": None},
                         "finish_reason": "stop", "logprobs": None}],
            "usage": None, "pixel": _pixel(resp)}


def _chunk(rid: str, created: int, delta: dict, finish: str | None = None, model: str = MODEL_ID,
           pixel: dict | None = None) -> str:
    body: dict[str, Any] = {"id": f"chatcmpl-{rid}", "object": "chat.completion.chunk", "created": created,
                            "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish,
                                                         "logprobs": None}]}
    if pixel is not None:
        body["pixel"] = pixel
    return f"data: {json.dumps(body)}\n\n"


# ---- /v1/moderations ------------------------------------------------------------------------------------
class ModerationRequest(BaseModel):
    """OpenAI's moderation request; ``reply_to`` is Pixel's (``extra_body`` in the OpenAI library)."""
    model_config = ConfigDict(extra="forbid")
    input: Annotated[str, Field(min_length=1)] | Annotated[
        list[Annotated[str, Field(min_length=1)]], Field(min_length=1, max_length=_LIMITS.max_batch_items)] = Field(
        ..., description="a text, or a list of texts (at most PIXEL_MAX_BATCH_ITEMS)")
    model: str | None = Field(None, max_length=256, description="any value; the served Pixel model answers")
    reply_to: str | None = Field(None, description="Pixel: the user message the inputs answer. Without it each "
                                 "input is read as a user's message (crisis detection); with it, as a reply to "
                                 "that message (the reply-safety tower: a guard on another model's output)",
                                 json_schema_extra={"maxLength": _LIMITS.max_query_chars})


# OpenAI category -> (crisis signals of a user's message, reply-safety categories of a reply). Which side applies
# depends on how the input is read (``reply_to``); a category without an entry on that side is not measured for
# that input: its flag is false and its score null (never a made-up 0).
MAPPING: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "self-harm": (("suicidal_ideation", "suicide_plan", "self_harm", "eating_disorder", "substance_overdose"),
                  ("self_harm_encouragement", "eating_disorder_harm")),
    "self-harm/intent": (("suicide_plan", "self_harm"), ()),
    "self-harm/instructions": ((), ("means_information",)),
    "violence": (("harm_to_others",), ("violence",)),
    "violence/graphic": ((), ()),
    "harassment": ((), ("harassment_hate",)),
    "harassment/threatening": (("harm_to_others",), ()),
    "hate": ((), ("harassment_hate",)),
    "hate/threatening": ((), ()),
    "sexual": ((), ("sexual",)),
    "sexual/minors": (("abuse",), ()),  # a user's message: abuse disclosed with a minor involved
    "illicit": ((), ()),
    "illicit/violent": ((), ()),
}


def _result(cats: dict[str, bool], scores: dict[str, float | None], flagged: bool, pixel: dict) -> dict:
    return {"flagged": flagged, "categories": cats, "category_scores": scores,
            "category_applied_input_types": {c: ["text"] for c in MAPPING}, "pixel": pixel}


def moderation_of_message(a: MessageAnalysis) -> dict:
    """An input read as a user's message. Per category: ``flagged`` is Pixel's fused crisis decision (rules and
    tower; a category is flagged when one of its signals is), the score the crisis tower's highest probability of
    those signals. ``flagged`` overall: any crisis risk at all (panic and psychosis have no OpenAI category)."""
    signals = set(a.crisis_signals)
    cats: dict[str, bool] = {}
    scores: dict[str, float | None] = {}
    for cat, (sigs, _) in MAPPING.items():
        if cat == "sexual/minors" and not a.minor_involved:
            sigs = ()
        probs = [a.signal_probs[x] for x in sigs if x in a.signal_probs]
        cats[cat] = bool(signals.intersection(sigs))
        scores[cat] = round(max(probs), 4) if probs else None
    return _result(cats, scores, any(cats.values()) or a.risk_level != "none",
                   {"read_as": "message", "crisis_risk_level": a.risk_level, "crisis_signals": a.crisis_signals,
                    "crisis_evidence": a.crisis_evidence, "risk_probs": a.risk_probs,
                    "minor_involved": a.minor_involved})


def moderation_of_reply(r: ReplyAnalysis, user: MessageAnalysis) -> dict:
    """An input read as a reply to ``reply_to``: the safety tower's categories (flagged at their calibrated
    thresholds, ``unsafe_categories``) and probabilities. ``flagged`` overall: any unsafe category, including
    Pixel's own without an OpenAI name (medical dosing, claims to be human, false promises, unsafe contact...)."""
    cats: dict[str, bool] = {}
    scores: dict[str, float | None] = {}
    for cat, (_, safety) in MAPPING.items():
        probs = [r.safety_probs[x] for x in safety if x in r.safety_probs]
        cats[cat] = bool(set(r.unsafe_categories).intersection(safety))
        scores[cat] = round(max(probs), 4) if probs else None
    return _result(cats, scores, bool(r.unsafe_categories),
                   {"read_as": "reply", "unsafe_categories": r.unsafe_categories, "safety_score": r.safety_score,
                    "safety_probs": r.safety_probs, "user_crisis_risk_level": user.risk_level})


# ---- routes ---------------------------------------------------------------------------------------------
@dataclass
class Hooks:
    """What the OpenAI routes borrow from ``api.create_app`` (one admission, one fallback, one audit format)."""
    get_backend: Callable[[], Any]
    run: Callable[[list[InferRequest], list[str], str], Awaitable[list[InferResponse | Exception]]]
    open_stream: Callable[[InferRequest, str, str], Awaitable[tuple[AsyncIterator[dict], Callable[[], None]]]]
    charge: Callable[[Request, list[str | None]], None]
    item_error: Callable[[Exception], PixelError]
    audit_item: Callable[[InferRequest, InferResponse, str], dict]
    guarded: Callable[[int], Any]  # a context manager: admission for n items and the request deadline


def register(app: FastAPI, h: Hooks) -> None:
    @app.post("/v1/chat/completions", responses=ERRORS_OPENAI,
              description="OpenAI-compatible chat completion through Pixel's pipeline (pixel_model/openai_api.py)")
    async def chat_completions(request: Request, body: ChatCompletionRequest):
        req = to_infer_request(body)
        rid = request.state.request_id
        h.charge(request, [req.user_id])
        if not body.stream:
            res = (await h.run([req], [rid], "v1/chat/completions"))[0]
            if isinstance(res, Exception):
                raise h.item_error(res)
            request.state.audit = [h.audit_item(req, res, "/v1/chat/completions")]
            return completion(res, rid)
        source, release = await h.open_stream(req, rid, "v1/chat/completions")
        emit = request.state.audit_emit
        request.state.audit_deferred = True
        created = int(time.time())

        async def events():
            try:
                yield _chunk(rid, created, {"role": "assistant", "content": ""})
                async for ev in source:
                    if ev["event"] == "token":
                        yield _chunk(rid, created, {"content": ev["data"]})
                    elif ev["event"] == "replaced":  # the sentences before it passed the guard; a composed reply
                        yield _chunk(rid, created, {}, pixel={"event": "replaced", **ev["data"]})  # follows
                    elif ev["event"] == "final":
                        final: InferResponse = ev["data"]
                        h.get_backend().tracker.record(final.inference_time_ms)
                        emit([h.audit_item(req, final, "/v1/chat/completions")], 200)
                        yield _chunk(rid, created, {}, "stop", _model_name(final.model_version), _pixel(final))
                yield "data: [DONE]\n\n"
            except Exception as exc:  # noqa: BLE001 - the 200 has started: OpenAI streams the error as data
                err = h.item_error(exc)
                if err.status >= 500 and not isinstance(err, Unavailable):
                    log.exception("stream failed (request %s)", rid)
                emit([{"error": err.type}], err.status)
                yield f"data: {json.dumps(openai_body(err, rid))}\n\n"
            finally:
                release()
                emit([{"error": "client_closed"}], 499)  # no-op once written

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @app.post("/v1/moderations", responses=ERRORS_OPENAI,
              description="OpenAI-compatible moderation: Pixel's crisis and reply-safety towers, mapped onto "
                          "OpenAI's categories (openai_api.MAPPING; README 'OpenAI-compatible endpoints')")
    async def moderations(request: Request, body: ModerationRequest):
        texts = [body.input] if isinstance(body.input, str) else list(body.input)
        if not texts:
            raise InvalidRequest("input must not be empty", "input")
        if len(texts) > _LIMITS.max_batch_items:
            raise InvalidRequest(f"{len(texts)} inputs; the limit is {_LIMITS.max_batch_items}", "input")
        reqs = []
        for i, t in enumerate(texts):
            try:
                reqs.append(InferRequest(user_query=t, max_tokens=0))
            except ValidationError as exc:
                param = "input" if isinstance(body.input, str) else f"input.{i}"
                raise InvalidRequest(f"{param}: {from_validation(exc).message.split(': ', 1)[-1]}", param) from exc
        h.charge(request, [None] * len(reqs))
        runner = h.get_backend().pipeline_runner
        try:
            with h.guarded(len(reqs) + (body.reply_to is not None)):
                if body.reply_to is None:
                    analyses = await pipeline.analyse(runner, reqs)
                    results = [moderation_of_message(a) for a in analyses]
                else:
                    try:
                        user_req = InferRequest(user_query=body.reply_to, max_tokens=0)
                    except ValidationError as exc:
                        raise InvalidRequest(f"reply_to: {from_validation(exc).message.split(': ', 1)[-1]}",
                                             "reply_to") from exc
                    (user,) = analyses = await pipeline.analyse(runner, [user_req])
                    scored = await runner.score_replies([
                        ReplyItem(user_text=user_req.user_query, reply=r.user_query, user_emotions=user.emotions,
                                  persona=user.persona, bias_shift=user.bias_shift) for r in reqs])
                    results = [moderation_of_reply(x, user) for x in scored]
        except PixelError:
            raise
        except Exception as exc:  # noqa: BLE001 - a guard that cannot check must not answer "not flagged": 503
            raise h.item_error(exc) from exc
        version = analyses[0].model_version if analyses else None
        request.state.audit = [{"item": i, "text": t, "read_as": r["pixel"]["read_as"], "flagged": r["flagged"],
                                "risk_level": r["pixel"].get("crisis_risk_level"),
                                "crisis_signals": r["pixel"].get("crisis_signals"),
                                "unsafe_categories": r["pixel"].get("unsafe_categories"), "model_version": version}
                               for i, (t, r) in enumerate(zip(texts, results))]
        return {"id": f"modr-{request.state.request_id}",
                "model": _model_name(version), "results": results}
