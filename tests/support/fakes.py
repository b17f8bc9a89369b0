"""A fake ``pipeline.Runner`` for unit tests of the pipeline and the HTTP layer: no model, no BentoML.

Each user text can be given its own analysis (risk level, signals, persona), its own reply (a ``ReplyResult`` or an
exception to raise) and a scoring failure; every call is recorded, so a test can assert which runner calls a request
made and with what."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from pixel_model import taxonomy as T
from pixel_model.schemas.runner import AnalyseItem, MessageAnalysis, ReplyAnalysis, ReplyItem, ReplyRequest, ReplyResult

EQ = dict.fromkeys((*T.EQ_DOMAINS, "overall_eq"), 0.5)


def reply_analysis(safety: float = 0.9, techniques: dict[str, float] | None = None) -> ReplyAnalysis:
    return ReplyAnalysis(
        techniques=techniques if techniques is not None else {"open_question": 0.9},
        empathy={},
        empathy_probs={},
        unsafe_categories=[],
        safety_score=safety,
        bias_score=0.0,
        reply_emotions={},
        eq=EQ,
        technique_consistency=1.0,
        therapeutic_effectiveness=0.7,
    )


def analysis(
    level: str = "none", signals: list[str] | None = None, persona: str = "therapy", reply: ReplyAnalysis | None = None
) -> MessageAnalysis:
    return MessageAnalysis(
        risk_level=level,
        crisis_signals=signals or [],
        crisis_evidence=[],
        crisis_source="rules",
        risk_probs={level: 1.0},
        emotions={},
        detected_emotions=[],
        persona=persona,
        persona_probs={persona: 1.0},
        bias_shift=0.0,
        confidence=0.8,
        reply=reply,
    )


@dataclass
class FakeRunner:
    """``levels``: text -> (risk level, signals); ``replies``: text -> ReplyResult or an exception to raise (the
    default is a generated reply that passed the guard); ``fail_scoring``: texts whose scoring raises;
    ``reply_fails``: the whole ``reply`` call raises this."""

    levels: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    replies: dict[str, ReplyResult | Exception] = field(default_factory=dict)
    fail_scoring: set[str] = field(default_factory=set)
    reply_fails: Exception | None = None
    persona: str = "therapy"
    scores_inside: bool = True
    stream_events: list[dict] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    analysed: list[AnalyseItem] = field(default_factory=list)
    reply_requests: list[ReplyRequest] = field(default_factory=list)
    scored: list[ReplyItem] = field(default_factory=list)

    async def analyse(self, items: list[AnalyseItem]) -> list[MessageAnalysis]:
        self.calls.append("analyse")
        self.analysed += items
        out = []
        for i in items:
            level, signals = self.levels.get(i.text, ("none", []))
            inside = reply_analysis(0.91) if (i.score_reply and self.scores_inside) else None
            out.append(analysis(level, signals, self.persona, inside))
        return out

    async def reply(self, items: list[ReplyRequest]) -> list[ReplyResult]:
        self.calls.append("reply")
        self.reply_requests += items
        if self.reply_fails is not None:
            raise self.reply_fails
        out = []
        for r in items:
            res = self.replies.get(r.user_text) or ReplyResult(
                text=f"A reply to: {r.user_text}",
                source="generated",
                analysis=reply_analysis(0.93),
                guard={"candidates": 1, "passed": 1},
            )
            if isinstance(res, Exception):
                raise res
            out.append(res)
        return out

    async def score_replies(self, items: list[ReplyItem]) -> list[ReplyAnalysis]:
        self.calls.append("score_replies")
        self.scored += items
        for i in items:
            if i.user_text in self.fail_scoring:
                raise RuntimeError(f"scoring failed for {i.user_text!r}")
        return [reply_analysis(0.42) for _ in items]

    async def stream_reply(self, item: ReplyRequest) -> AsyncIterator[dict]:
        self.calls.append("stream_reply")
        self.reply_requests.append(item)
        for ev in self.stream_events:
            yield ev
