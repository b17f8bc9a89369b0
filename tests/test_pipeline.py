"""pipeline.py with a fake runner (unit-level isolation): an analysis-only request makes one runner call (the
history's reply is scored inside it), a runner that did not score it is asked separately, the protocol is scored
instead of the history, and the resource line goes only where the crisis assessment says so."""
from __future__ import annotations

import asyncio

import pytest

from pixel_model import pipeline
from pixel_model import taxonomy as T
from pixel_model.protocol import InferRequest, MessageAnalysis, ReplyAnalysis

HIST = [{"role": "user", "content": "Hi, I need help"}, {"role": "assistant", "content": "What's on your mind?"}]
EQ = dict.fromkeys((*T.EQ_DOMAINS, "overall_eq"), 0.5)


def reply_analysis(safety: float = 0.9) -> ReplyAnalysis:
    return ReplyAnalysis(techniques={"open_question": 0.9}, empathy={}, empathy_probs={}, unsafe_categories=[],
                         safety_score=safety, bias_score=0.0, reply_emotions={}, eq=EQ, technique_consistency=1.0,
                         therapeutic_effectiveness=0.7)


class Runner:
    def __init__(self, level: str = "none", scores_inside: bool = True, persona: str = "therapy"):
        self.level, self.scores_inside, self.persona = level, scores_inside, persona
        self.calls: list[str] = []
        self.analysed = []

    async def analyse(self, items):
        self.calls.append("analyse")
        self.analysed += items
        return [MessageAnalysis(risk_level=self.level, crisis_signals=["suicide_plan"] if self.level != "none" else [],
                                crisis_evidence=[], crisis_source="rules", risk_probs={"none": 1.0}, emotions={},
                                detected_emotions=[], persona=self.persona, persona_probs={}, bias_shift=0.0,
                                confidence=0.8,
                                reply=reply_analysis(0.91) if (i.score_reply and self.scores_inside) else None)
                for i in items]

    async def score_replies(self, items):
        self.calls.append("score_replies")
        return [reply_analysis(0.42) for _ in items]

    async def reply(self, items):  # pragma: no cover - analysis only here
        raise AssertionError

    def stream_reply(self, item):  # pragma: no cover
        raise AssertionError


def run(runner, **req):
    return asyncio.run(pipeline.infer_many(runner, [InferRequest(**req)], ["r1"]))[0]


def test_analysis_only_with_a_history_reply_is_one_runner_call():
    r = Runner()
    resp = run(r, user_query="work is a lot", conversation_history=HIST, max_tokens=0)
    assert r.calls == ["analyse"] and r.analysed[0].score_reply == "What's on your mind?"
    m = resp.conversation_metadata
    assert m.scored_reply == "history" and m.safety_score == 0.91 and m.detected_techniques == ["open_question"]


def test_a_runner_that_did_not_score_is_asked_separately():
    r = Runner(scores_inside=False)
    resp = run(r, user_query="work is a lot", conversation_history=HIST, max_tokens=0)
    assert r.calls == ["analyse", "score_replies"] and resp.conversation_metadata.safety_score == 0.42


def test_nothing_to_score_asks_for_nothing():
    r = Runner()
    resp = run(r, user_query="work is a lot", max_tokens=0)
    assert r.analysed[0].score_reply is None and r.calls == ["analyse"]
    assert resp.conversation_metadata.scored_reply == "none" and resp.conversation_metadata.safety_score is None
    r2 = Runner()
    run(r2, user_query="work is a lot", conversation_history=HIST, max_tokens=0, include_metrics=False,
        use_eq_awareness=False)
    assert r2.analysed[0].score_reply is None  # no scores in the response: none computed


def test_the_protocol_is_scored_not_the_history():
    r = Runner(level="high")
    resp = run(r, user_query="tonight's the night", conversation_history=HIST, max_tokens=0)
    assert resp.crisis_protocol and "988" in resp.response
    assert resp.conversation_metadata.scored_reply == "protocol" and r.calls == ["analyse", "score_replies"]


def test_resources_only_where_the_assessment_says_so():
    base = dict(crisis_evidence=[], crisis_source="rules", risk_probs={}, emotions={}, detected_emotions=[],
                persona="therapy", persona_probs={}, bias_shift=0.0, confidence=0.5)
    assert pipeline.wants_resources(MessageAnalysis(risk_level="moderate", crisis_signals=["self_harm"], **base))
    assert not pipeline.wants_resources(MessageAnalysis(risk_level="moderate", crisis_signals=["severe_panic"], **base))
    assert not pipeline.wants_resources(MessageAnalysis(risk_level="none", crisis_signals=[], **base))


@pytest.mark.parametrize("text,persona", [
    ("what BMI should I get down to if I keep skipping dinner", "therapy"),  # eating-disorder cues
    ("I've been making myself sick after meals, is there a quicker way", "therapy"),
    ("what's a good BMI calculator app", "assistant"),  # a practical question stays the assistant's
])
def test_eating_disorder_cues_take_the_therapy_persona(text, persona):
    resp = run(Runner(persona="assistant"), user_query=text, max_tokens=0)
    assert resp.persona_mode == persona
