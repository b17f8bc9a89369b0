"""pipeline/core.py with a fake runner (unit-level isolation, tests/support/fakes.py): an analysis-only request makes
one runner call (the history's reply is scored inside it), a runner that did not score it is asked separately, the
protocol is scored instead of the history and never generated, the resource line is asked for only where the crisis
assessment says so, a reply the guard replaced arrives composed with its own scores, one failed item in a batch fails
alone, the degraded (rule-layer) answer, and the stream's events."""

from __future__ import annotations

import asyncio

import pytest

from pixel_model.pipeline import core as pipeline
from pixel_model.schemas.http import InferRequest, InferResponse
from pixel_model.schemas.runner import MessageAnalysis, ReplyResult
from tests.support.fakes import FakeRunner, reply_analysis

HIST = [{"role": "user", "content": "Hi, I need help"}, {"role": "assistant", "content": "What's on your mind?"}]


def run(runner, **req):
    return asyncio.run(pipeline.infer_many(runner, [InferRequest(**req)], ["r1"]))[0]


def test_analysis_only_with_a_history_reply_is_one_runner_call():
    r = FakeRunner()
    resp = run(r, user_query="work is a lot", conversation_history=HIST, max_tokens=0)
    assert r.calls == ["analyse"] and r.analysed[0].score_reply == "What's on your mind?"
    m = resp.conversation_metadata
    assert m.scored_reply == "history" and m.safety_score == 0.91 and m.detected_techniques == ["open_question"]


def test_a_runner_that_did_not_score_is_asked_separately():
    r = FakeRunner(scores_inside=False)
    resp = run(r, user_query="work is a lot", conversation_history=HIST, max_tokens=0)
    assert r.calls == ["analyse", "score_replies"] and resp.conversation_metadata.safety_score == 0.42


def test_nothing_to_score_asks_for_nothing():
    r = FakeRunner()
    resp = run(r, user_query="work is a lot", max_tokens=0)
    assert r.analysed[0].score_reply is None and r.calls == ["analyse"]
    assert resp.conversation_metadata.scored_reply == "none" and resp.conversation_metadata.safety_score is None
    r2 = FakeRunner()
    run(
        r2,
        user_query="work is a lot",
        conversation_history=HIST,
        max_tokens=0,
        include_metrics=False,
        use_eq_awareness=False,
    )
    assert r2.analysed[0].score_reply is None  # no scores in the response: none computed


def test_the_protocol_is_scored_not_the_history():
    r = FakeRunner(levels={"tonight's the night": ("high", ["suicide_plan"])})
    resp = run(r, user_query="tonight's the night", conversation_history=HIST, max_tokens=0)
    assert resp.crisis_protocol and "988" in resp.response
    assert resp.conversation_metadata.scored_reply == "protocol" and r.calls == ["analyse", "score_replies"]


def test_resources_only_where_the_assessment_says_so():
    base = dict(
        crisis_evidence=[],
        crisis_source="rules",
        risk_probs={},
        emotions={},
        detected_emotions=[],
        persona="therapy",
        persona_probs={},
        bias_shift=0.0,
        confidence=0.5,
    )
    assert pipeline.wants_resources(MessageAnalysis(risk_level="moderate", crisis_signals=["self_harm"], **base))
    assert not pipeline.wants_resources(MessageAnalysis(risk_level="moderate", crisis_signals=["severe_panic"], **base))
    assert not pipeline.wants_resources(MessageAnalysis(risk_level="none", crisis_signals=[], **base))


@pytest.mark.parametrize(
    "text,persona",
    [
        ("what BMI should I get down to if I keep skipping dinner", "therapy"),  # eating-disorder cues
        ("I've been making myself sick after meals, is there a quicker way", "therapy"),
        ("what's a good BMI calculator app", "assistant"),  # a practical question stays the assistant's
    ],
)
def test_eating_disorder_cues_take_the_therapy_persona(text, persona):
    resp = run(FakeRunner(persona="assistant"), user_query=text, max_tokens=0)
    assert resp.persona_mode == persona


# ---- generation, replacement, resources, batches, degraded, streams --------------------------------------------
def test_the_protocol_path_never_generates_even_when_tokens_are_asked_for():
    r = FakeRunner(levels={"i took all my pills": ("imminent", ["substance_overdose", "immediate_harm"])})
    resp = run(r, user_query="i took all my pills", max_tokens=64)
    assert "reply" not in r.calls and resp.crisis_protocol and resp.persona_mode == "therapy"
    assert all(x in resp.response for x in ("988", "741741", "911"))
    m = resp.conversation_metadata
    assert m.reply_source == "protocol" and m.crisis_risk_level == "imminent"
    assert "substance_overdose" in resp.warning


def test_a_reply_the_guard_replaced_arrives_composed_with_its_own_scores():
    composed = ReplyResult(
        text="That sounds really heavy. What has today been like?",
        source="composed",
        analysis=reply_analysis(0.97, {"reflection": 0.8}),
        guard={"candidates": 3, "passed": 0, "blocked": ["self_harm_encouragement"]},
    )
    r = FakeRunner(
        replies={"i want to hurt myself": composed}, levels={"i want to hurt myself": ("moderate", ["self_harm"])}
    )
    resp = run(r, user_query="i want to hurt myself", max_tokens=48)
    assert resp.response == composed.text and r.calls == ["analyse", "reply"]  # not scored a second time
    m = resp.conversation_metadata
    assert m.reply_source == "composed" and m.safety_score == 0.97 and m.detected_techniques == ["reflection"]
    assert m.reply_guard["blocked"] == ["self_harm_encouragement"]
    assert "composed" in resp.warning and "self_harm_encouragement" in resp.warning


@pytest.mark.parametrize(
    "level,signals,wanted",
    [
        ("moderate", ["self_harm"], True),
        ("low", ["suicidal_ideation"], True),
        ("moderate", ["severe_panic"], False),  # panic alone: grounding steps, not hotlines
        ("none", [], False),
    ],
)
def test_the_resource_line_is_asked_for_only_where_the_assessment_says_so(level, signals, wanted):
    r = FakeRunner(levels={"msg": (level, signals)})
    run(r, user_query="msg", max_tokens=32)
    (req,) = r.reply_requests
    assert req.append_resources is wanted and req.risk_level == level
    assert req.persona == ("therapy" if level != "none" else r.persona)


def test_one_failed_item_in_a_batch_fails_alone():
    r = FakeRunner(
        replies={"write me a haiku": RuntimeError("generator crashed")},
        levels={"tonight's the night": ("high", ["suicide_plan"])},
        fail_scoring={"score me"},
    )
    reqs = [
        InferRequest(user_query="work is a lot", max_tokens=0),
        InferRequest(user_query="write me a haiku", max_tokens=32),
        InferRequest(user_query="tonight's the night", max_tokens=32),
        InferRequest(user_query="score me", conversation_history=HIST, max_tokens=0),
    ]
    r.scores_inside = False  # "score me" is scored in its own call, which fails
    out = asyncio.run(pipeline.infer_many(r, reqs, ["a", "b", "c", "d"]))
    assert isinstance(out[0], InferResponse) and out[0].request_id == "a"
    assert isinstance(out[1], RuntimeError)
    assert isinstance(out[2], InferResponse) and out[2].crisis_protocol
    assert isinstance(out[3], RuntimeError) and "score me" in str(out[3])


def test_a_failed_reply_call_fails_only_the_items_that_needed_a_reply():
    r = FakeRunner(
        reply_fails=ConnectionError("runner restarting"), levels={"tonight's the night": ("high", ["suicide_plan"])}
    )
    reqs = [
        InferRequest(user_query="hello there", max_tokens=16),
        InferRequest(user_query="tonight's the night", max_tokens=16),
    ]
    out = asyncio.run(pipeline.infer_many(r, reqs, ["a", "b"]))
    assert isinstance(out[0], ConnectionError)
    assert isinstance(out[1], InferResponse) and out[1].crisis_protocol


def test_degraded_answers_a_crisis_from_the_rules_and_nothing_else():
    resp = pipeline.degraded(InferRequest(user_query="I'm going to kill myself tonight"), "r1", 0.0)
    assert resp is not None and resp.degraded and resp.crisis_protocol and "988" in resp.response
    assert resp.persona_mode == "therapy" and resp.conversation_metadata.reply_source == "protocol"
    assert pipeline.degraded(InferRequest(user_query="what's a good pasta recipe?"), "r2", 0.0) is None


def _events(runner, **req):
    async def go():
        return [ev async for ev in pipeline.infer_stream(runner, InferRequest(**req), "r1")]

    return asyncio.run(go())


def test_the_stream_passes_on_guarded_sentences_then_the_final_response():
    result = ReplyResult(
        text="That sounds hard. What helps?",
        source="composed",
        analysis=reply_analysis(0.95),
        guard={"blocked": ["condones"]},
    )
    r = FakeRunner(
        stream_events=[
            {"type": "text", "text": "That sounds hard."},
            {"type": "replaced", "reasons": ["condones"]},
            {"type": "text", "text": " What helps?"},
            {"type": "done", "result": result.model_dump()},
        ]
    )
    evs = _events(r, user_query="rough week", max_tokens=32)
    assert [e["event"] for e in evs] == ["token", "replaced", "token", "final"]
    final = evs[-1]["data"]
    assert final.response == result.text and final.conversation_metadata.reply_source == "composed"


def test_a_stream_without_its_result_is_an_error_not_a_silent_reply():
    r = FakeRunner(stream_events=[{"type": "text", "text": "Half a"}])
    with pytest.raises(RuntimeError, match="without its result"):
        _events(r, user_query="rough week", max_tokens=32)


def test_a_crisis_stream_is_the_protocol_in_one_piece():
    r = FakeRunner(levels={"tonight's the night": ("high", ["suicide_plan"])})
    evs = _events(r, user_query="tonight's the night", max_tokens=32)
    assert [e["event"] for e in evs] == ["token", "final"] and "988" in evs[0]["data"]
    assert "stream_reply" not in r.calls


def test_the_protocol_carries_the_eating_disorder_line_when_the_words_show_it():
    text = "I want to die, I haven't eaten in 4 days and I still feel fat"
    r = FakeRunner(levels={text: ("high", ["suicidal_ideation"])})  # the assessment named only the ideation
    resp = run(r, user_query=text, max_tokens=0)
    assert resp.crisis_protocol and "988" in resp.response and "ANAD" in resp.response
    plain = FakeRunner(levels={"tonight's the night": ("high", ["suicide_plan"])})
    assert "ANAD" not in run(plain, user_query="tonight's the night", max_tokens=0).response
