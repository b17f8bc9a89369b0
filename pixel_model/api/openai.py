"""OpenAI-compatible serving: ``POST /v1/chat/completions`` and ``POST /v1/moderations`` mapped onto Pixel's pipeline
(the routes: ``pixel_model.api.routers.openai``; the request models: ``pixel_model.schemas.openai``).

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
import time
from typing import Any

from pydantic import ValidationError

from pixel_model.errors import InvalidRequest, from_validation
from pixel_model.schemas.http import InferRequest, InferResponse
from pixel_model.schemas.openai import MODEL_ID, ChatCompletionRequest, ChatMessage
from pixel_model.schemas.runner import MessageAnalysis, ReplyAnalysis


def _text(msg: ChatMessage, i: int) -> str:
    if msg.content is None:
        return ""
    if isinstance(msg.content, str):
        return msg.content
    parts = []
    for j, part in enumerate(msg.content):
        if part.type != "text" or part.text is None:
            raise InvalidRequest(
                f"only text content parts are supported (got {part.type!r})", f"messages.{i}.content.{j}"
            )
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
    history: list[dict[str, str]] = []
    where: dict[int, int] = {}
    for i, m in enumerate(body.messages[:last]):
        if m.role in ("tool", "function"):
            raise InvalidRequest(f"{m.role} messages are not supported", f"messages.{i}.role")
        if m.role in ("user", "assistant"):
            where[len(history)] = i
            history.append({"role": m.role, "content": _text(m, i)})
    max_tokens = body.max_completion_tokens if body.max_completion_tokens is not None else body.max_tokens
    fields: dict[str, Any] = {
        "user_query": _text(body.messages[last], last),
        "conversation_history": history,
        "user_id": body.user,
        "session_id": body.session_id,
        "context_type": body.context_type,
    }
    if max_tokens is not None:
        fields["max_tokens"] = max_tokens
    try:
        return InferRequest.model_validate(fields)
    except ValidationError as exc:
        err = from_validation(exc)
        field = err.field or ""
        param: str | None
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


def pixel_extra(resp: InferResponse) -> dict:
    return resp.model_dump(exclude={"response"})


def model_name(version: str | None) -> str:
    """The served model's store tag ("pixel:<version>"), or "pixel" when unknown (a degraded answer)."""
    if not version:
        return MODEL_ID
    return version if version.startswith(f"{MODEL_ID}:") else f"{MODEL_ID}:{version}"


def completion(resp: InferResponse, rid: str) -> dict:
    """OpenAI's ``chat.completion`` object for one Pixel response."""
    return {
        "id": f"chatcmpl-{rid}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model_name(resp.model_version),
        "system_fingerprint": resp.model_version,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": resp.response, "refusal": None},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": None,
        "pixel": pixel_extra(resp),
    }


def chunk(
    rid: str, created: int, delta: dict, finish: str | None = None, model: str = MODEL_ID, pixel: dict | None = None
) -> str:
    body: dict[str, Any] = {
        "id": f"chatcmpl-{rid}",
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
    }
    if pixel is not None:
        body["pixel"] = pixel
    return f"data: {json.dumps(body)}\n\n"


# ---- /v1/moderations ------------------------------------------------------------------------------------
# OpenAI category -> (crisis signals of a user's message, reply-safety categories of a reply). Which side applies
# depends on how the input is read (``reply_to``); a category without an entry on that side is not measured for
# that input: its flag is false and its score null (never a made-up 0).
MAPPING: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "self-harm": (
        ("suicidal_ideation", "suicide_plan", "self_harm", "eating_disorder", "substance_overdose"),
        ("self_harm_encouragement", "eating_disorder_harm"),
    ),
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
    return {
        "flagged": flagged,
        "categories": cats,
        "category_scores": scores,
        "category_applied_input_types": {c: ["text"] for c in MAPPING},
        "pixel": pixel,
    }


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
    return _result(
        cats,
        scores,
        any(cats.values()) or a.risk_level != "none",
        {
            "read_as": "message",
            "crisis_risk_level": a.risk_level,
            "crisis_signals": a.crisis_signals,
            "crisis_evidence": a.crisis_evidence,
            "risk_probs": a.risk_probs,
            "minor_involved": a.minor_involved,
        },
    )


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
    return _result(
        cats,
        scores,
        bool(r.unsafe_categories),
        {
            "read_as": "reply",
            "unsafe_categories": r.unsafe_categories,
            "safety_score": r.safety_score,
            "safety_probs": r.safety_probs,
            "user_crisis_risk_level": user.risk_level,
        },
    )
