"""One request's path: analyse -> crisis? -> generate -> analyse the reply -> safety filter -> response.

``Runner`` is anything with the four async methods (under BentoML: ``service._RemoteRunner`` over the
runner service, local in tests, remote under ``bentoml serve``). Nothing here knows HTTP.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any, Protocol

from . import prompts
from . import taxonomy as T
from .crisis import CrisisAssessment, needs_protocol, protocol_reply
from .crisis_rules import assess_conversation
from .metrics import CRISIS_TOTAL, DEGRADED_TOTAL, now
from .resilience import renew
from .protocol import (AnalyseItem, ConversationMetadata, EQScores, GenerateItem, InferRequest, InferResponse,
                       MessageAnalysis, ReplyAnalysis, ReplyItem)

log = logging.getLogger("pixel.pipeline")


class Runner(Protocol):
    async def analyse(self, items: list[AnalyseItem]) -> list[MessageAnalysis]: ...
    async def generate(self, items: list[GenerateItem]) -> list[str]: ...
    async def score_replies(self, items: list[ReplyItem]) -> list[ReplyAnalysis]: ...
    def stream(self, messages: list[dict], max_new_tokens: int) -> AsyncIterator[str]: ...


def _history(req: InferRequest) -> list[dict]:
    return [{"role": m.role, "content": m.content} for m in req.conversation_history]


def _last_assistant(req: InferRequest) -> str | None:
    for m in reversed(req.conversation_history):
        if m.role == "assistant" and m.content.strip():
            return m.content
    return None


class Plan:
    """What the analysis decided for one request, before any reply exists."""

    def __init__(self, req: InferRequest, a: MessageAnalysis):
        self.req, self.a = req, a
        self.protocol = needs_protocol(a.risk_level)
        self.persona = "therapy" if self.protocol else a.persona
        self.generate = not self.protocol and req.max_tokens > 0

    def messages(self) -> list[dict]:
        return prompts.build_messages(self.req.user_query, _history(self.req), self.a, self.req.use_eq_awareness)

    def fixed_reply(self) -> str:
        if self.protocol:
            return protocol_reply(CrisisAssessment(self.a.risk_level, self.a.crisis_signals))
        return ""


async def analyse(runner: Runner, reqs: list[InferRequest]) -> list[MessageAnalysis]:
    return await runner.analyse([AnalyseItem(text=r.user_query, history=_history(r), context_type=r.context_type)
                                 for r in reqs])


def _finish_generated(plan: Plan, text: str) -> str:
    text = text.strip()
    if plan.a.risk_level in ("low", "moderate") and "988" not in text:  # any flagged risk gets the resources
        text = f"{text}\n\n{prompts.RESOURCE_LINE}".strip()
    return text


async def score_and_build(runner: Runner, plan: Plan, reply: str, t0: float,
                          request_id: str | None) -> InferResponse:
    req, a = plan.req, plan.a
    warning = None
    scored_kind, scored_text = "none", None
    if plan.protocol:
        scored_kind, scored_text = "protocol", reply
    elif plan.generate:
        scored_kind, scored_text = "generated", reply
    elif (h := _last_assistant(req)) is not None:
        scored_kind, scored_text = "history", h
    ra: ReplyAnalysis | None = None
    if scored_text and (req.include_metrics or req.use_eq_awareness):
        ra = (await runner.score_replies([ReplyItem(user_text=req.user_query, reply=scored_text,
                                                    user_emotions=a.emotions, persona=plan.persona,
                                                    bias_shift=a.bias_shift)]))[0]
        if scored_kind == "generated" and ra.unsafe_categories:
            warning = (f"the generated reply was flagged unsafe ({', '.join(ra.unsafe_categories)}) and replaced "
                       "with a safe fallback")
            reply = prompts.SAFE_FALLBACK
            scored_text = reply
            ra = (await runner.score_replies([ReplyItem(user_text=req.user_query, reply=reply,
                                                        user_emotions=a.emotions, persona=plan.persona,
                                                        bias_shift=a.bias_shift)]))[0]
    if plan.protocol:
        CRISIS_TOTAL.labels(a.risk_level).inc()
        warning = warning or (f"crisis risk {a.risk_level}: crisis-protocol reply sent "
                              f"(signals: {', '.join(a.crisis_signals) or 'none'})")
    eq = EQScores(**ra.eq) if (ra and req.use_eq_awareness) else None
    meta = None
    if req.include_metrics:
        meta = ConversationMetadata(
            detected_techniques=list(ra.techniques) if ra else [],
            technique_consistency=ra.technique_consistency if ra else None,
            bias_score=ra.bias_score if ra else None,
            safety_score=ra.safety_score if ra else None,
            therapeutic_effectiveness_score=ra.therapeutic_effectiveness if ra else None,
            crisis_signals=a.crisis_signals, crisis_risk_level=a.risk_level, crisis_evidence=a.crisis_evidence,
            detected_emotions={e: a.emotions[e] for e in a.detected_emotions},
            empathy=ra.empathy if ra else None,
            unsafe_categories=ra.unsafe_categories if ra else [], scored_reply=scored_kind)
    resp = InferResponse(response=reply, inference_time_ms=round((now() - t0) * 1000, 2), eq_scores=eq,
                         conversation_metadata=meta, persona_mode=plan.persona, confidence=a.confidence,
                         warning=warning, crisis_protocol=plan.protocol, model_version=a.model_version,
                         request_id=request_id)
    resp._crisis = (a.risk_level, list(a.crisis_signals))
    return resp


async def infer_many(runner: Runner, reqs: list[InferRequest],
                     request_ids: list[str | None]) -> list[InferResponse | Exception]:
    """Batch path: one analysis call, one generation call, scoring per item. Failures stay per item.

    Raises only if the analysis itself fails (the caller then falls back to ``degraded``); a failed generation
    or scoring call fails only the items it carried."""
    t0 = now()
    analyses = await analyse(runner, reqs)
    plans = [Plan(r, a) for r, a in zip(reqs, analyses)]
    todo = [p for p in plans if p.generate]
    generated: dict[int, str | Exception] = {}
    if todo:
        try:
            texts = await runner.generate([GenerateItem(messages=p.messages(), max_new_tokens=p.req.max_tokens)
                                           for p in todo])
            generated = {id(p): _finish_generated(p, t) for p, t in zip(todo, texts)}
        except Exception as exc:  # noqa: BLE001 - the items that needed a reply fail; protocol items do not
            log.warning("generation failed for %d items: %r", len(todo), exc)
            generated = {id(p): exc for p in todo}

    async def one(p: Plan, rid):
        reply = generated[id(p)] if p.generate else p.fixed_reply()
        if isinstance(reply, Exception):
            raise reply
        return await score_and_build(runner, p, reply, t0, rid)

    if todo:
        renew()  # the scoring after a (long) generation gets a full request deadline of its own

    return list(await asyncio.gather(*(one(p, rid) for p, rid in zip(plans, request_ids)), return_exceptions=True))


def degraded(req: InferRequest, request_id: str | None, t0: float) -> InferResponse | None:
    """The answer when the runner cannot analyse ``req``: the rule layer (pure Python, in this process) reads the
    message and the user's earlier turns; if it flags any risk, the crisis-protocol reply (resources, "are you
    safe right now?") with ``degraded: true``. ``None`` when the rules flag nothing (the caller answers 503)."""
    rule = assess_conversation(req.user_query, _history(req))
    if rule.risk == "none":
        return None
    signals = [s for s in T.CRISIS_SIGNALS if s in rule.signals]
    reply = protocol_reply(CrisisAssessment(rule.risk, signals))
    DEGRADED_TOTAL.labels(rule.risk).inc()
    CRISIS_TOTAL.labels(rule.risk).inc()
    meta = None
    if req.include_metrics:
        meta = ConversationMetadata(detected_techniques=[], technique_consistency=None, bias_score=None,
                                    safety_score=None, therapeutic_effectiveness_score=None, crisis_signals=signals,
                                    crisis_risk_level=rule.risk, crisis_evidence=list(rule.evidence),
                                    scored_reply="none")
    resp = InferResponse(response=reply, inference_time_ms=round((now() - t0) * 1000, 2), eq_scores=None,
                         conversation_metadata=meta, persona_mode="therapy", confidence=0.0,
                         warning=(f"degraded: the model runner is unavailable; the rule layer found crisis risk "
                                  f"{rule.risk} and the crisis-protocol reply was sent"),
                         crisis_protocol=True, degraded=True, model_version=None, request_id=request_id)
    resp._crisis = (rule.risk, signals)
    return resp


async def plan_one(runner: Runner, req: InferRequest) -> Plan:
    """Analyse one request (raises if the runner cannot)."""
    return Plan(req, (await analyse(runner, [req]))[0])


async def infer_stream(runner: Runner, req: InferRequest, request_id: str | None,
                       plan: Plan | None = None) -> AsyncIterator[dict[str, Any]]:
    """Events: {"event": "token", "data": piece}* then {"event": "final", "data": InferResponse}."""
    t0 = now()
    plan = plan or await plan_one(runner, req)
    if plan.generate:
        pieces = []
        async for piece in runner.stream(plan.messages(), req.max_tokens):
            pieces.append(piece)
            yield {"event": "token", "data": piece}
        reply = _finish_generated(plan, "".join(pieces))
        if reply != "".join(pieces).strip():
            yield {"event": "token", "data": reply[len("".join(pieces).strip()):]}
    else:
        reply = plan.fixed_reply()
        if reply:
            yield {"event": "token", "data": reply}
    final = await score_and_build(runner, plan, reply, t0, request_id)
    yield {"event": "final", "data": final}


async def degraded_stream(resp: InferResponse) -> AsyncIterator[dict[str, Any]]:
    """The stream of a ``degraded`` answer: the protocol reply as one piece, then the final event."""
    yield {"event": "token", "data": resp.response}
    yield {"event": "final", "data": resp}
