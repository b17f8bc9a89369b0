"""One request's path: analyse -> crisis? -> a guarded reply (or the protocol) -> scores -> response.

``Runner`` is anything with the four async methods (under BentoML: ``service._RemoteRunner`` over the
runner service, local in tests, remote under ``bentoml serve``). Nothing here knows HTTP or torch.

Every generated reply is produced by the runner's ``reply`` / ``stream_reply``, which guard each candidate before
it can leave the runner (``guard.py``): there is no path from the generator to a client that skips the guard,
whatever the request's flags.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from pixel_model import taxonomy as T
from pixel_model.crisis.fusion import CrisisAssessment, involves_minor, needs_protocol, protocol_reply
from pixel_model.crisis.rules import assess_conversation
from pixel_model.metrics import CRISIS_TOTAL, DEGRADED_TOTAL, REPLY_SOURCE, count_crisis, now, stage
from pixel_model.pipeline.resilience import renew
from pixel_model.replies import prompts
from pixel_model.replies.rules import ed_cues
from pixel_model.schemas.http import ConversationMetadata, EQScores, InferRequest, InferResponse, SessionRiskSummary
from pixel_model.schemas.runner import AnalyseItem, MessageAnalysis, ReplyAnalysis, ReplyItem, ReplyRequest, ReplyResult
from pixel_model.settings import get_settings

if TYPE_CHECKING:  # pragma: no cover
    from pixel_model.pipeline.sessions import SessionRisk

log = logging.getLogger("pixel.pipeline")


class Runner(Protocol):
    async def analyse(self, items: list[AnalyseItem]) -> list[MessageAnalysis]: ...
    async def reply(self, items: list[ReplyRequest]) -> list[ReplyResult]: ...
    async def score_replies(self, items: list[ReplyItem]) -> list[ReplyAnalysis]: ...
    def stream_reply(self, item: ReplyRequest) -> AsyncIterator[dict]: ...


def _history(req: InferRequest) -> list[dict]:
    return [{"role": m.role, "content": m.content} for m in req.conversation_history]


def _last_assistant(req: InferRequest) -> str | None:
    for m in reversed(req.conversation_history):
        if m.role == "assistant" and m.content.strip():
            return m.content
    return None


def _reply_to_score(req: InferRequest) -> str | None:
    """What the runner scores within the analysis call: an analysis-only request's latest assistant turn, if the
    response will carry scores (one runner call instead of two; the message is embedded once)."""
    if req.max_tokens == 0 and (req.include_metrics or req.use_eq_awareness):
        return _last_assistant(req)
    return None


def wants_resources(a: MessageAnalysis) -> bool:
    """A generated reply carries the crisis-resource line when the crisis assessment flagged risk (low or
    moderate; high and imminent get the protocol instead) -- except panic alone, where grounding is the answer."""
    return a.risk_level in ("low", "moderate") and set(a.crisis_signals) != {"severe_panic"}


class Plan:
    """What the analysis decided for one request, before any reply exists (``sessions``: where its turn is
    recorded, if session risk is on)."""

    def __init__(self, req: InferRequest, a: MessageAnalysis, sessions: SessionRisk | None = None):
        self.req, self.a, self.sessions = req, a, sessions
        self.protocol = needs_protocol(a.risk_level)
        # a crisis, or eating-disorder cues in the user's words (a health topic the assistant persona's practical
        # answers must not take: a goal weight, a fasting tip), is the therapy persona's
        self.persona = "therapy" if self.protocol or ed_cues(req.user_query) else a.persona
        self.generate = not self.protocol and req.max_tokens > 0

    def reply_request(self) -> ReplyRequest:
        req, a = self.req, self.a
        history = _history(req)
        return ReplyRequest(
            messages=prompts.build_messages(req.user_query, history, a, req.use_eq_awareness),
            max_new_tokens=req.max_tokens,
            user_text=req.user_query,
            history_text=" \n ".join(h["content"] for h in history if h["role"] == "user"),
            risk_level=a.risk_level,
            signals=a.crisis_signals,
            persona=self.persona,
            user_emotions=a.emotions,
            detected_emotions=a.detected_emotions,
            bias_shift=a.bias_shift,
            candidates=get_settings().reply_candidates,
            sensitive_generation=get_settings().sensitive_generation,
            append_resources=wants_resources(a),
            seed=int(hashlib.sha256(req.user_query.encode()).hexdigest()[:8], 16),
        )  # same message, same draw

    def fixed_reply(self) -> str:
        if self.protocol:
            signals = resource_signals(self.a.crisis_signals, self.req.user_query)
            return protocol_reply(CrisisAssessment(self.a.risk_level, signals, minor=self.a.minor_involved))
        return ""


def resource_signals(signals: list[str], text: str) -> list[str]:
    """The signals whose specialist lines the protocol reply carries: the assessment's, plus eating_disorder when
    the message shows eating-disorder cues (``replies.rules.ed_cues``) that the assessment named under another
    signal -- "I want to die, I haven't eaten in 4 days and I still feel fat" assessed as suicidal ideation alone
    still needs the eating-disorder helpline, not only 988 (the safety floor: "the right specialist line"). Only as
    good as ``ed_cues``: a message it does not read as eating-disorder talk gets no eating-disorder line."""
    if "eating_disorder" not in signals and ed_cues(text):
        return [*signals, "eating_disorder"]
    return list(signals)


async def analyse(
    runner: Runner, reqs: list[InferRequest], sessions: SessionRisk | None = None
) -> list[MessageAnalysis]:
    """The runner's analysis of each request; with ``sessions``, a session's recent crisis is carried over a
    short or retracting message (``SessionRisk.carry``)."""
    items = [
        AnalyseItem(text=r.user_query, history=_history(r), context_type=r.context_type, score_reply=_reply_to_score(r))
        for r in reqs
    ]
    with stage("analyse"):
        out = await runner.analyse(items)
    if sessions is not None:
        out = [sessions.carry(r.session_id, r.user_query, a) if r.session_id else a for r, a in zip(reqs, out)]
    return out


def _session_summary(
    sessions: SessionRisk | None,
    req: InferRequest,
    level: str,
    signals: list[str],
    carried: bool,
    request_id: str | None,
) -> SessionRiskSummary | None:
    if sessions is None or not req.session_id:
        return None
    return SessionRiskSummary(**sessions.record(req.session_id, req.user_query, level, signals, request_id, carried))


async def score_and_build(
    runner: Runner, plan: Plan, reply: str, t0: float, request_id: str | None, result: ReplyResult | None = None
) -> InferResponse:
    """The response for ``plan``. ``result``: the runner's guarded reply (its analysis is reused); otherwise the
    protocol reply, or the history's latest assistant turn, is scored here."""
    req, a = plan.req, plan.a
    warning = None
    source = "protocol" if plan.protocol else result.source if result else "none"
    scored_kind, scored_text = "none", None
    if plan.protocol:
        scored_kind, scored_text = "protocol", reply
    elif result is not None:
        scored_kind, scored_text = result.source, reply
    elif (h := _last_assistant(req)) is not None:
        scored_kind, scored_text = "history", h
    ra: ReplyAnalysis | None = result.analysis if result else None
    if ra is None and scored_kind == "history" and a.reply is not None:
        ra = a.reply  # scored in the analysis call (_reply_to_score)
    if ra is None and scored_text and (req.include_metrics or req.use_eq_awareness):
        with stage("score"):
            scored = await runner.score_replies(
                [
                    ReplyItem(
                        user_text=req.user_query,
                        reply=scored_text,
                        user_emotions=a.emotions,
                        persona=plan.persona,
                        bias_shift=a.bias_shift,
                    )
                ]
            )
        ra = scored[0]
    if result is not None and result.source == "composed":
        warning = (
            "no generated candidate passed the reply guard; the reply was composed from the response bank "
            f"({', '.join(result.guard.get('blocked', [])) or result.guard.get('reason', '')})"
        )
    REPLY_SOURCE.labels(source).inc()
    count_crisis(a.risk_level, a.crisis_signals)
    if plan.protocol:
        CRISIS_TOTAL.labels(a.risk_level).inc()
        warning = (
            f"crisis risk {a.risk_level}: crisis-protocol reply sent (signals: {', '.join(a.crisis_signals) or 'none'})"
        )
    eq = EQScores(**ra.eq) if (ra and req.use_eq_awareness) else None
    session = _session_summary(
        plan.sessions, req, a.risk_level, a.crisis_signals, a.crisis_source.endswith("+session"), request_id
    )
    meta = None
    if req.include_metrics:
        meta = ConversationMetadata(
            detected_techniques=list(ra.techniques) if ra else [],
            technique_consistency=ra.technique_consistency if ra else None,
            bias_score=ra.bias_score if ra else None,
            safety_score=ra.safety_score if ra else None,
            therapeutic_effectiveness_score=ra.therapeutic_effectiveness if ra else None,
            crisis_signals=a.crisis_signals,
            crisis_risk_level=a.risk_level,
            crisis_evidence=a.crisis_evidence,
            detected_emotions={e: a.emotions[e] for e in a.detected_emotions},
            empathy=ra.empathy if ra else None,
            unsafe_categories=ra.unsafe_categories if ra else [],
            scored_reply=scored_kind,
            reply_source=source,
            reply_guard=result.guard if result else None,
            session_risk=session,
        )
    resp = InferResponse(
        response=reply,
        inference_time_ms=round((now() - t0) * 1000, 2),
        eq_scores=eq,
        conversation_metadata=meta,
        persona_mode=plan.persona,
        confidence=a.confidence,
        warning=warning,
        crisis_protocol=plan.protocol,
        model_version=a.model_version,
        request_id=request_id,
    )
    resp._crisis = (a.risk_level, list(a.crisis_signals))
    return resp


async def infer_many(
    runner: Runner, reqs: list[InferRequest], request_ids: Sequence[str | None], sessions: SessionRisk | None = None
) -> list[InferResponse | Exception]:
    """Batch path: one analysis call, one guarded-reply call, scoring per item. Failures stay per item.

    Raises only if the analysis itself fails (the caller then falls back to ``degraded``); a failed reply or
    scoring call fails only the items it carried."""
    t0 = now()
    analyses = await analyse(runner, reqs, sessions)
    plans = [Plan(r, a, sessions) for r, a in zip(reqs, analyses)]
    todo = [p for p in plans if p.generate]
    replies: dict[int, ReplyResult | Exception] = {}
    if todo:
        try:
            with stage("generate"):
                results = await runner.reply([p.reply_request() for p in todo])
            replies = dict(zip(map(id, todo), results))
        except Exception as exc:  # noqa: BLE001 - the items that needed a reply fail; protocol items do not
            log.warning("reply generation failed for %d items: %r", len(todo), exc)
            replies = {id(p): exc for p in todo}
        renew()  # the scoring after a (long) generation gets a full request deadline of its own

    async def one(p: Plan, rid):
        if p.generate:
            res = replies[id(p)]
            if isinstance(res, Exception):
                raise res
            return await score_and_build(runner, p, res.text, t0, rid, res)
        return await score_and_build(runner, p, p.fixed_reply(), t0, rid)

    return list(await asyncio.gather(*(one(p, rid) for p, rid in zip(plans, request_ids)), return_exceptions=True))


def degraded(
    req: InferRequest, request_id: str | None, t0: float, sessions: SessionRisk | None = None
) -> InferResponse | None:
    """The answer when the runner cannot analyse ``req``: the rule layer (pure Python, in this process) reads the
    message and the user's earlier turns; if it flags any risk, the crisis-protocol reply (resources, "are you
    safe right now?") with ``degraded: true``. ``None`` when the rules flag nothing (the caller answers 503)."""
    rule = assess_conversation(req.user_query, _history(req))
    if rule.risk == "none":
        return None
    signals = [s for s in T.CRISIS_SIGNALS if s in rule.signals]
    minor = involves_minor(req.user_query, _history(req))
    reply = protocol_reply(CrisisAssessment(rule.risk, resource_signals(signals, req.user_query), minor=minor))
    DEGRADED_TOTAL.labels(rule.risk).inc()
    CRISIS_TOTAL.labels(rule.risk).inc()
    count_crisis(rule.risk, signals)
    meta = None
    session = _session_summary(sessions, req, rule.risk, signals, False, request_id)
    if req.include_metrics:
        meta = ConversationMetadata(
            detected_techniques=[],
            technique_consistency=None,
            bias_score=None,
            safety_score=None,
            therapeutic_effectiveness_score=None,
            crisis_signals=signals,
            crisis_risk_level=rule.risk,
            crisis_evidence=list(rule.evidence),
            scored_reply="none",
            reply_source="protocol",
            session_risk=session,
        )
    resp = InferResponse(
        response=reply,
        inference_time_ms=round((now() - t0) * 1000, 2),
        eq_scores=None,
        conversation_metadata=meta,
        persona_mode="therapy",
        confidence=0.0,
        warning=(
            f"degraded: the model runner is unavailable; the rule layer found crisis risk "
            f"{rule.risk} and the crisis-protocol reply was sent"
        ),
        crisis_protocol=True,
        degraded=True,
        model_version=None,
        request_id=request_id,
    )
    resp._crisis = (rule.risk, signals)
    return resp


async def plan_one(runner: Runner, req: InferRequest, sessions: SessionRisk | None = None) -> Plan:
    """Analyse one request (raises if the runner cannot)."""
    return Plan(req, (await analyse(runner, [req], sessions))[0], sessions)


async def infer_stream(
    runner: Runner, req: InferRequest, request_id: str | None, plan: Plan | None = None
) -> AsyncIterator[dict[str, Any]]:
    """Events: {"event": "token", "data": text}* (each a sentence the guard passed), {"event": "replaced",
    "data": {"reasons": [...]}} if a sentence was blocked (the composed reply follows as tokens), then
    {"event": "final", "data": InferResponse}."""
    t0 = now()
    plan = plan or await plan_one(runner, req)
    result = None
    if plan.generate:
        async for ev in runner.stream_reply(plan.reply_request()):
            if ev["type"] == "text":
                yield {"event": "token", "data": ev["text"]}
            elif ev["type"] == "replaced":
                yield {"event": "replaced", "data": {"reasons": ev["reasons"]}}
            elif ev["type"] == "done":
                result = ReplyResult.model_validate(ev["result"])
        if result is None:
            raise RuntimeError("the reply stream ended without its result")
        reply = result.text
    else:
        reply = plan.fixed_reply()
        if reply:
            yield {"event": "token", "data": reply}
    final = await score_and_build(runner, plan, reply, t0, request_id, result)
    yield {"event": "final", "data": final}


async def degraded_stream(resp: InferResponse) -> AsyncIterator[dict[str, Any]]:
    """The stream of a ``degraded`` answer: the protocol reply as one piece, then the final event."""
    yield {"event": "token", "data": resp.response}
    yield {"event": "final", "data": resp}
