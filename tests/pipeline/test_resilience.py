"""Admission control, deadlines, retries and the rule-layer fallback (pixel_model/pipeline/resilience.py, api.py,
pipeline.degraded), on the real API app and gateway with a fake runner: the runner's failures are what is
faked, everything else (routes, error shape, audit log, crisis rules) is real. The same behaviour under a real
`bentoml serve` with a reload and a killed runner: tests/integration/test_faults.py."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from bentoml.exceptions import BentoMLException, ServiceUnavailable
from starlette.testclient import TestClient

from pixel_model.errors import Overloaded, RunnerUnavailable
from pixel_model.metrics import PerformanceTracker
from pixel_model.pipeline import resilience
from pixel_model.schemas.runner import MessageAnalysis
from pixel_model.settings import get_settings

CRISIS = "I've written the notes and tonight I'm taking all my pills"
ORDINARY = "How do I make a budget spreadsheet?"


def analysis(**kw) -> MessageAnalysis:
    base = dict(
        risk_level="none",
        crisis_signals=[],
        crisis_evidence=[],
        crisis_source="none",
        risk_probs={"none": 1.0, "low": 0.0, "moderate": 0.0, "high": 0.0, "imminent": 0.0},
        emotions={},
        detected_emotions=[],
        persona="assistant",
        persona_probs={"therapy": 0.1, "assistant": 0.9},
        bias_shift=0.0,
        confidence=0.9,
        model_version="pixel:fake",
    )
    return MessageAnalysis(**(base | kw))


class FakeRunner:
    """Fails ``analyse`` with ``failures`` (one exception per call, in order), then answers."""

    def __init__(self, failures=(), delay: float = 0.0):
        self.failures = list(failures)
        self.delay = delay
        self.calls = 0

    async def analyse(self, items):
        self.calls += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.failures:
            first = self.failures[0]
            if isinstance(first, Always):
                raise first.exc
            raise self.failures.pop(0)
        return [analysis() for _ in items]

    async def score_replies(self, items):  # pragma: no cover - these tests send no history
        raise AssertionError("not called")

    async def generate(self, items):  # pragma: no cover
        raise AssertionError("not called")

    async def stream(self, messages, max_new_tokens):  # pragma: no cover
        raise AssertionError("not called")
        yield ""


class Always:
    """A failure that repeats on every call."""

    def __init__(self, exc: Exception):
        self.exc = exc


class Backend:
    def __init__(self, runner, loaded: bool = True):
        self.pipeline_runner = resilience.ResilientRunner(runner)
        self.tracker = PerformanceTracker()
        self.loaded = loaded

    async def runner_info(self):
        return {"model_loaded": True} if self.loaded else None

    async def reload(self, tag):  # pragma: no cover
        return {"status": "success", "message": "ok"}


@pytest.fixture
def quick(monkeypatch):
    """A short request deadline and fast backoff, so a runner that never answers fails in well under a second."""
    s = get_settings()
    monkeypatch.setattr(s, "request_deadline_s", 0.6)
    monkeypatch.setattr(s, "runner_retry_base_ms", 5.0)
    monkeypatch.setattr(s, "runner_retry_max_ms", 40.0)
    return s


def app_for(backend):
    from pixel_model.api.app import create_app
    from pixel_model.api.gateway import PixelGateway

    return PixelGateway(create_app(lambda: backend))


@pytest.fixture
def admin(keys):
    return {"Authorization": f"Bearer {keys['admin']}"}


def audit_of(state_dir, rid: str) -> list[dict]:
    path = state_dir / "audit.jsonl"
    return [
        r
        for r in map(json.loads, path.read_text().splitlines())
        if r["request_id"] == rid or r["request_id"].startswith(rid + "-")
    ]


# ---- classification and backoff ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "exc,transient",
    [
        (ServiceUnavailable("process is overloaded"), True),
        (BentoMLException("x", error_code=504), True),
        (BentoMLException("x", error_code=429), True),
        (BentoMLException("boom"), False),  # a 500 inside the runner is a bug, not a retry
        (httpx.ConnectError("refused"), True),
        (httpx.RemoteProtocolError("server disconnected"), True),
        (ConnectionResetError(), True),
        (ValueError("bad"), False),
        (KeyError("x"), False),
    ],
)
def test_is_transient(exc, transient):
    assert resilience.is_transient(exc) is transient


def test_backoff_is_full_jitter_and_capped():
    for attempt in range(12):
        for _ in range(50):
            assert 0.0 <= resilience.backoff(attempt, 0.05, 1.0) <= min(1.0, 0.05 * 2**attempt)


def test_call_with_retry_retries_transient_then_gives_up(quick):
    calls = []

    async def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise ServiceUnavailable("process is overloaded")
        return "ok"

    assert asyncio.run(resilience.call_with_retry(flaky, "analyse")) == "ok" and len(calls) == 3

    async def down():
        raise httpx.ConnectError("refused")

    async def run():
        with resilience.deadline(0.3):
            await resilience.call_with_retry(down, "analyse")

    with pytest.raises(RunnerUnavailable) as e:
        asyncio.run(run())
    assert e.value.status == 503 and int(e.value.headers["Retry-After"]) >= 1

    async def bug():
        raise ValueError("a bug")

    with pytest.raises(ValueError):  # not retried
        asyncio.run(resilience.call_with_retry(bug, "analyse"))


def test_call_with_retry_enforces_the_deadline_on_a_hung_call(quick):
    async def hung():
        await asyncio.sleep(10)

    async def run():
        with resilience.deadline(0.2):
            await resilience.call_with_retry(hung, "analyse")

    with pytest.raises(RunnerUnavailable):
        asyncio.run(run())


def test_admission_refuses_past_the_limit_with_retry_after():
    a = resilience.Admission(limit=3)
    a.acquire(2)
    with pytest.raises(Overloaded) as e:
        a.acquire(2)
    assert e.value.status == 503 and 1 <= int(e.value.headers["Retry-After"]) <= 30
    a.acquire(1)
    a.release(3)
    assert a.inflight == 0
    with a.admit(3):
        assert a.inflight == 3
    assert a.inflight == 0


# ---- through the API ---------------------------------------------------------------------------------
def test_a_shed_call_is_retried_and_answered(quick, admin):
    runner = FakeRunner([ServiceUnavailable("process is overloaded"), httpx.ReadError("reset")])
    c = TestClient(app_for(Backend(runner)))
    r = c.post("/infer", json={"user_query": ORDINARY, "max_tokens": 0}, headers=admin)
    assert r.status_code == 200, r.text
    assert runner.calls == 3 and r.json()["degraded"] is False


def test_runner_down_ordinary_message_is_503_with_retry_after(quick, admin, state_dir):
    c = TestClient(app_for(Backend(FakeRunner([Always(httpx.ConnectError("refused"))]))))
    r = c.post("/infer", json={"user_query": ORDINARY, "max_tokens": 0}, headers=admin | {"X-Request-ID": "down-1"})
    assert r.status_code == 503, r.text
    assert r.json()["error"]["type"] == "runner_unavailable" and int(r.headers["retry-after"]) >= 1
    assert audit_of(state_dir, "down-1")[0]["status"] == 503


def test_runner_down_crisis_message_gets_the_protocol_from_the_rules(quick, admin, state_dir):
    c = TestClient(app_for(Backend(FakeRunner([Always(httpx.ConnectError("refused"))]), loaded=False)))
    r = c.post("/infer", json={"user_query": CRISIS, "max_tokens": 0}, headers=admin | {"X-Request-ID": "down-2"})
    assert r.status_code == 200, r.text
    b = r.json()
    assert b["degraded"] is True and b["crisis_protocol"] is True and b["persona_mode"] == "therapy"
    assert "988" in b["response"] and "741741" in b["response"] and "Are you safe right now?" in b["response"]
    assert b["conversation_metadata"]["crisis_risk_level"] in ("high", "imminent")
    rec = audit_of(state_dir, "down-2")[0]
    assert rec["status"] == 200 and rec["degraded"] is True and rec["risk_level"] in ("high", "imminent")


def test_a_runner_bug_is_500_but_a_crisis_still_gets_the_protocol(quick, admin):
    c = TestClient(app_for(Backend(FakeRunner([Always(ValueError("a bug"))]))), raise_server_exceptions=False)
    r = c.post("/infer", json={"user_query": ORDINARY, "max_tokens": 0}, headers=admin)
    assert r.status_code == 500 and r.json()["error"]["type"] == "internal_error" and "a bug" not in r.text
    r = c.post("/infer", json={"user_query": CRISIS, "max_tokens": 0}, headers=admin)
    assert r.status_code == 200 and r.json()["degraded"] is True and r.json()["crisis_protocol"] is True


def test_batch_with_the_runner_down_fails_each_item_alone(quick, admin, state_dir):
    c = TestClient(app_for(Backend(FakeRunner([Always(httpx.ConnectError("refused"))]))))
    r = c.post(
        "/batch-infer",
        json={"requests": [{"user_query": ORDINARY, "max_tokens": 0}, {"user_query": CRISIS, "max_tokens": 0}]},
        headers=admin | {"X-Request-ID": "down-b"},
    )
    assert r.status_code == 200, r.text
    first, second = r.json()["results"]
    assert first["error"]["type"] == "runner_unavailable" and first["error"]["request_id"] == "down-b-0"
    assert second["degraded"] is True and second["crisis_protocol"] is True
    statuses = sorted(rec["status"] for rec in audit_of(state_dir, "down-b"))
    assert statuses == [200, 503]


def test_stream_with_the_runner_down(quick, admin):
    c = TestClient(app_for(Backend(FakeRunner([Always(httpx.ConnectError("refused"))]))))
    r = c.post("/infer/stream", json={"user_query": ORDINARY, "max_tokens": 16}, headers=admin)
    assert r.status_code == 503 and r.json()["error"]["type"] == "runner_unavailable"  # before the stream starts
    r = c.post("/infer/stream", json={"user_query": CRISIS, "max_tokens": 16}, headers=admin)
    assert r.status_code == 200
    events = [blk for blk in r.text.split("\n\n") if blk.strip()]
    assert events[0].startswith("event: token") and "988" in events[0]
    final = json.loads(events[-1].split("data: ", 1)[1])
    assert events[-1].startswith("event: final") and final["degraded"] is True and final["crisis_protocol"] is True


def test_admission_control_answers_503_at_once_and_crisis_still_gets_the_protocol(quick, admin, monkeypatch):
    monkeypatch.setattr(get_settings(), "max_inflight", 2)
    monkeypatch.setattr(get_settings(), "request_deadline_s", 5.0)
    app = app_for(Backend(FakeRunner(delay=0.5)))

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t", headers=admin) as c:
            slow = [
                asyncio.create_task(c.post("/infer", json={"user_query": ORDINARY, "max_tokens": 0})) for _ in range(2)
            ]
            serving = app.app.state.serving  # the gateway wraps the FastAPI app
            for _ in range(500):  # both places taken (polled: a fixed sleep raced with a busy machine)
                if serving.admission.inflight == 2:
                    break
                await asyncio.sleep(0.01)
            assert serving.admission.inflight == 2
            t0 = asyncio.get_running_loop().time()
            refused = await c.post("/infer", json={"user_query": ORDINARY, "max_tokens": 0})
            waited = asyncio.get_running_loop().time() - t0
            crisis = await c.post("/infer", json={"user_query": CRISIS, "max_tokens": 0})
            return [await t for t in slow], refused, waited, crisis

    slow, refused, waited, crisis = asyncio.run(go())
    assert [r.status_code for r in slow] == [200, 200]
    assert refused.status_code == 503 and refused.json()["error"]["type"] == "overloaded"
    assert int(refused.headers["retry-after"]) >= 1 and waited < 0.3  # refused at once, not after a wait
    assert crisis.status_code == 200 and crisis.json()["degraded"] is True
