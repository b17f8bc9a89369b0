"""Session risk over time (pixel_model/pipeline/sessions.py): the score, the flags, the carry-over, retention, the HMAC
key, both stores (SQLite; Redis against a real redis-server where one is installed), and the pipeline's use of it
with a fake runner (unit-level isolation; tests/integration/test_sessions_served.py runs it on a real server)."""

from __future__ import annotations

import asyncio
import hashlib
import time

import pytest

from pixel_model import taxonomy as T
from pixel_model.pipeline import core as pipeline
from pixel_model.pipeline.sessions import (
    RedisSessionStore,
    SessionRisk,
    SQLiteSessionStore,
    Turn,
    is_retraction,
    is_short,
)
from pixel_model.schemas.http import InferRequest
from pixel_model.schemas.runner import MessageAnalysis, ReplyAnalysis
from pixel_model.settings import Settings


class Clock:
    def __init__(self, t: float = 1_000_000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t


def keyer(sid: str) -> str:
    return hashlib.sha256(b"secret" + sid.encode()).hexdigest()


def analysis(level="none", signals=(), source="rules+head") -> MessageAnalysis:
    return MessageAnalysis(
        risk_level=level,
        crisis_signals=list(signals),
        crisis_evidence=[],
        crisis_source=source,
        risk_probs={"none": 1.0},
        emotions={},
        detected_emotions=[],
        persona="assistant",
        persona_probs={},
        bias_shift=0.0,
        confidence=0.9,
    )


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def risk(tmp_path, clock):
    store = SQLiteSessionStore(tmp_path / "s.db", ttl_s=86_400, max_turns=50, clock=clock)
    return SessionRisk(store, keyer, half_life_s=3600, carry_s=1800, silence_s=900, clock=clock)


def test_default_is_off():
    assert Settings().session_risk is False


def test_score_decays_with_half_life(risk, clock):
    s = risk.record("s1", "I want to kill myself tonight", "high", ["suicidal_ideation", "suicide_plan"])
    assert s["score"] == 0.75 and s["peak_level"] == "high" and s["turns"] == 1
    clock.t += 3600
    assert risk.summary("s1")["score"] == pytest.approx(0.375)
    clock.t += 3600
    s = risk.record("s1", "thanks for listening, I had a long talk with my sister", "none", [])
    assert s["score"] == pytest.approx(0.1875) and s["latest_level"] == "none" and s["peak_level"] == "high"


def test_escalation_and_repeated_disclosure(risk, clock):
    for text, level, sig in [
        ("work is hard", "none", []),
        ("I feel hopeless lately", "low", ["suicidal_ideation"]),
        ("I keep thinking about ending it", "moderate", ["suicidal_ideation"]),
    ]:
        s = risk.record("s2", text, level, sig)
        clock.t += 60
    assert s["escalation"] and s["repeated_disclosure"] == ["suicidal_ideation"]
    s = risk.record("s2", "I'm going to do it tonight with my pills", "high", ["suicidal_ideation", "suicide_plan"])
    assert s["escalation"]
    s = risk.record("s2", "can we talk about something else", "none", [])
    assert not s["escalation"]  # fell back


def test_retraction_and_silence(risk, clock):
    risk.record("s3", "I cut myself again last night", "moderate", ["self_harm"])
    clock.t += 60
    assert not risk.summary("s3")["disclosure_then_silence"]
    clock.t += 900
    assert risk.summary("s3")["disclosure_then_silence"]  # nothing after the disclosure for 15 min
    s = risk.record("s3", "jk forget it", "none", [])
    assert s["disclosure_then_retraction"] and not s["disclosure_then_silence"]
    risk.record("s4", "I cut myself again last night", "moderate", ["self_harm"])
    assert not risk.record("s4", "it was after a big row with my dad about university", "none", [])[
        "disclosure_then_retraction"
    ]


@pytest.mark.parametrize(
    "text,short,retract",
    [
        ("ok", True, False),
        ("nvm", True, True),
        ("I was only joking about all that, honestly", False, True),
        ("I’m fine now", True, True),
        ("Good night", True, False),
        ("I'm finally booking that trip to Lisbon next spring", False, False),
    ],
)
def test_message_facts(text, short, retract):
    assert is_short(text) is short and is_retraction(text) is retract


def test_carry_over_short_and_retracting_turns_only(risk, clock):
    risk.record("s5", "I'm on the bridge right now", "imminent", ["suicidal_ideation", "immediate_harm"])
    clock.t += 120
    a = risk.carry("s5", "ok", analysis())
    assert a.risk_level == "imminent" and "immediate_harm" in a.crisis_signals and a.persona == "therapy"
    assert a.crisis_source.endswith("+session") and a.crisis_evidence[-1].startswith("session: risk imminent 2 min")
    assert (
        risk.carry("s5", "forget what I said, I was just being dramatic about the exam", analysis()).risk_level
        == "imminent"
    )
    long = analysis()
    assert risk.carry("s5", "Can you help me write an email to my landlord about the broken heating?", long) is long
    assert risk.carry("other", "ok", analysis()).risk_level == "none"  # another session
    clock.t += 1800
    assert risk.carry("s5", "ok", analysis()).risk_level == "none"  # past the carry window


def test_carried_turns_are_not_carried_on(risk, clock):
    risk.record("s6", "tonight's the night", "high", ["suicide_plan"])
    clock.t += 1700
    a = risk.carry("s6", "ok", analysis())
    risk.record("s6", "ok", a.risk_level, a.crisis_signals, carried=True)
    clock.t += 200  # the original high turn is now 31 min old; the carried one 3 min
    assert risk.carry("s6", "ok", analysis()).risk_level == "none"


def test_retention_and_hmac_key(tmp_path, clock):
    store = SQLiteSessionStore(tmp_path / "r.db", ttl_s=600, max_turns=3, clock=clock)
    risk = SessionRisk(store, keyer, clock=clock)
    for i in range(5):
        risk.record("session-raw-id-42", f"message {i}", "low", ["suicidal_ideation"])
        clock.t += 1
    assert risk.summary("session-raw-id-42")["turns"] == 3
    clock.t += 601
    assert risk.summary("session-raw-id-42") is None
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"session-raw-id-42" not in raw and b"message" not in raw  # no raw id, no text


def test_sqlite_store_shared_by_two_processes_worth_of_connections(tmp_path, clock):
    a = SQLiteSessionStore(tmp_path / "shared.db", ttl_s=600, max_turns=50, clock=clock)
    b = SQLiteSessionStore(tmp_path / "shared.db", ttl_s=600, max_turns=50, clock=clock)
    a.append("k", Turn(clock(), "high", ["suicide_plan"]))
    assert [t.level for t in b.turns("k")] == ["high"]


def test_redis_store_same_behaviour(redis_server, clock):
    store = RedisSessionStore(redis_server, ttl_s=600, max_turns=3, clock=clock)
    risk = SessionRisk(store, keyer, clock=clock)
    risk.record("r1", "I'm on the bridge", "imminent", ["suicidal_ideation", "immediate_harm"])
    clock.t += 1
    assert risk.carry("r1", "ok", analysis()).risk_level == "imminent"
    for _ in range(4):
        risk.record("r1", "ok", "none", [])
        clock.t += 1
    assert risk.summary("r1")["turns"] == 3 and 0 < redis_server.ttl("pixel:session:" + keyer("r1")) <= 600
    clock.t += 601
    assert risk.summary("r1") is None
    assert not any(b"r1" == k.split(b":")[-1] for k in redis_server.keys())  # keyed by HMAC only


EQ = (*T.EQ_DOMAINS, "overall_eq")


class FakeRunner:
    """Analysis from a table (unit-level isolation of the pipeline); no replies are generated (max_tokens 0)."""

    def __init__(self, table: dict[str, MessageAnalysis]):
        self.table = table

    async def analyse(self, items):
        return [self.table.get(i.text, analysis()) for i in items]

    async def reply(self, items):  # pragma: no cover - not used with max_tokens 0
        raise AssertionError

    async def score_replies(self, items):
        return [
            ReplyAnalysis(
                techniques={},
                empathy={},
                empathy_probs={},
                unsafe_categories=[],
                safety_score=1.0,
                bias_score=0.0,
                reply_emotions={},
                eq=dict.fromkeys(EQ, 0.5),
                technique_consistency=None,
                therapeutic_effectiveness=0.5,
            )
            for _ in items
        ]

    def stream_reply(self, item):  # pragma: no cover
        raise AssertionError


def test_pipeline_carries_and_reports(risk):
    runner = FakeRunner({"I've got the rope and I'm doing it tonight": analysis("imminent", ["suicide_plan"])})
    req = lambda q, sid="p1": InferRequest(user_query=q, session_id=sid, max_tokens=0)  # noqa: E731
    first = asyncio.run(pipeline.infer_many(runner, [req("I've got the rope and I'm doing it tonight")], ["r1"], risk))[
        0
    ]
    assert first.crisis_protocol and first.conversation_metadata.session_risk.peak_level == "imminent"
    second = asyncio.run(pipeline.infer_many(runner, [req("ok")], ["r2"], risk))[0]
    m = second.conversation_metadata
    assert second.crisis_protocol and "988" in second.response and m.crisis_risk_level == "imminent"
    assert m.session_risk.turns == 2 and m.crisis_evidence[-1].startswith("session:")
    off = asyncio.run(pipeline.infer_many(runner, [req("ok")], ["r3"], None))[0]
    assert not off.crisis_protocol and off.conversation_metadata.session_risk is None
    nosid = asyncio.run(pipeline.infer_many(runner, [req("ok", None)], ["r4"], risk))[0]
    assert nosid.conversation_metadata.session_risk is None


def test_degraded_path_records_the_turn(risk):
    resp = pipeline.degraded(
        InferRequest(user_query="I'm going to overdose on my pills tonight", session_id="d1"),
        "r9",
        time.perf_counter(),
        risk,
    )
    assert resp.degraded and resp.conversation_metadata.session_risk.turns == 1
    assert risk.summary("d1")["peak_level"] in ("high", "imminent")
