"""The escalation webhook's parts (pixel_model/pipeline/escalation.py) with a real local HTTP receiver: the signature
and its replay window, the event (no text, HMAC ids, evidence without the user's words), the per-session window,
retries with backoff while the receiver is down (nothing lost), the outbox surviving a new process, expiry.
tests/integration/test_escalation_served.py runs it on a real server, kill -9 included."""

from __future__ import annotations

import hashlib
import time

import httpx
import pytest
from pydantic import SecretStr

from pixel_model.pipeline.escalation import Escalation, Outbox, evidence_labels, sign, verify
from pixel_model.settings import Settings
from tests.support.webhook_receiver import Receiver

SECRET = b"whsec-test"


class Clock:
    def __init__(self):
        self.t = time.time()

    def __call__(self):
        return self.t


def pseudo(x: str) -> str:
    return hashlib.sha256(b"k" + x.encode()).hexdigest()[:32]


@pytest.fixture
def receiver():
    r = Receiver(SECRET).start()
    yield r
    r.stop()


def make(tmp_path, url, clock, **kw) -> Escalation:
    s = Settings(
        state_dir=tmp_path,
        escalation_url=url,
        escalation_secret=SecretStr(SECRET.decode()),
        escalation_retry_base_s=1.0,
        escalation_retry_max_s=4.0,
        **kw,
    )
    return Escalation(s, pseudo, clock)


def crisis(esc: Escalation, session="s-1", level="imminent", text="I'm on the roof now"):
    return esc.consider(
        level=level,
        signals=["suicidal_ideation", "immediate_harm"],
        evidence=["act in progress: on a height ('i'm on the roof now')", "ideation: active"],
        request_id="rq-1",
        endpoint="/infer",
        session_id=session,
        user_id="alice",
        text=text,
        degraded=False,
        model_version="pixel:test",
    )


def test_sign_and_verify_with_replay_window():
    body, ts = b'{"a": 1}', int(time.time())
    h = {"Pixel-Timestamp": str(ts), "Pixel-Signature": sign(SECRET, body, ts)}
    assert verify(SECRET, body, h)
    assert not verify(b"other", body, h) and not verify(SECRET, body + b" ", h)
    assert not verify(SECRET, body, h, now=ts + 301) and verify(SECRET, body, h, now=ts + 299)
    assert not verify(SECRET, body, {**h, "Pixel-Timestamp": "soon"})


def test_event_content_and_delivery(tmp_path, receiver):
    clock = Clock()
    esc = make(tmp_path, receiver.url, clock)
    assert crisis(esc, level="moderate") is None  # below PIXEL_ESCALATION_MIN_LEVEL (high)
    event_id = crisis(esc)
    with httpx.Client() as c:
        assert esc.deliver_due(c) == 1
    (got,) = receiver.events
    body = got["body"]
    assert body["id"] == event_id == got["headers"]["Pixel-Event-Id"] and body["type"] == "pixel.crisis"
    assert body["level"] == "imminent" and body["session"] == pseudo("s-1") and body["user"] == pseudo("alice")
    assert body["evidence"] == ["act in progress: on a height", "ideation: active"]  # no quoted words
    assert "text" not in body and "roof" not in str(body) and "alice" not in str(body)
    assert receiver.bad_signatures == 0


def test_text_only_when_enabled(tmp_path, receiver):
    esc = make(tmp_path, receiver.url, Clock(), escalation_include_text=True)
    crisis(esc)
    with httpx.Client() as c:
        esc.deliver_due(c)
    assert receiver.events[0]["body"]["text"] == "I'm on the roof now"


def test_one_event_per_session_per_window(tmp_path, receiver):
    clock = Clock()
    esc = make(tmp_path, receiver.url, clock, escalation_window_s=600)
    assert crisis(esc) and crisis(esc) is None and crisis(esc, session="s-2")
    assert crisis(esc, session=None) and crisis(esc, session=None)  # no session: never merged
    clock.t += 601
    assert crisis(esc)
    assert esc.outbox.pending() == 5


def test_receiver_down_then_up_loses_nothing(tmp_path, receiver):
    clock = Clock()
    esc = make(tmp_path, receiver.url, clock)
    receiver.stop()
    ids = [crisis(esc, session=f"s-{i}") for i in range(3)]
    with httpx.Client(timeout=1) as c:
        assert esc.deliver_due(c) == 0  # refused: each gets a retry time in [0, 1 s]
        clock.t += 0.5
        receiver.status = 503
        receiver.start()
        for _ in range(5):  # 503 from the receiver is a failure too; backoff doubles (cap 4 s)
            esc.deliver_due(c)
            clock.t += 5
        assert receiver.events == [] and esc.outbox.pending() == 3
        receiver.status = 200
        clock.t += 5
        assert esc.deliver_due(c) == 3
    assert sorted(e["body"]["id"] for e in receiver.events) == sorted(ids) and esc.outbox.pending() == 0


def test_outbox_survives_a_new_process_and_expires(tmp_path, receiver):
    clock = Clock()
    receiver.stop()
    first = make(tmp_path, receiver.url, clock)
    event_id = crisis(first)
    del first  # the process that enqueued it is gone; a new one opens the same outbox
    receiver.start()
    second = make(tmp_path, receiver.url, clock)
    with httpx.Client() as c:
        assert second.deliver_due(c) == 1
    assert receiver.events[0]["body"]["id"] == event_id
    third = make(tmp_path, receiver.url, clock, escalation_max_age_s=60)
    receiver.stop()
    crisis(third, session="late")
    clock.t += 61
    with httpx.Client() as c:
        third.deliver_due(c)
    assert third.outbox.pending() == 0  # given up (logged as an error and counted), not retried forever


def test_lease_keeps_two_workers_from_sending_the_same_event(tmp_path):
    clock = Clock()
    a, b = Outbox(tmp_path / "o.db", clock), Outbox(tmp_path / "o.db", clock)
    a.enqueue({"id": "evt_1"}, None, 0)
    assert [r[0] for r in a.claim()] == ["evt_1"] and b.claim() == []


def test_url_without_secret_is_a_start_error(tmp_path):
    with pytest.raises(ValueError, match="PIXEL_ESCALATION_SECRET"):
        Escalation(Settings(state_dir=tmp_path, escalation_url="http://127.0.0.1:9/x"), pseudo)


def test_evidence_labels():
    assert evidence_labels(["plan: stated intent ('i'm going to do it')", "backstop: co-occurring cues: die"]) == [
        "plan: stated intent",
        "backstop: co-occurring cues: die",
    ]
