"""Session risk and the escalation webhook on a real `bentoml serve` (both opt-in, switched on here), with a real
local HTTP receiver: the event is signed and carries no text, one per session per window, a short "ok" after a
crisis keeps the crisis, GET /sessions/{id}/risk by role, a receiver outage loses nothing, and an event enqueued
just before a `kill -9` of the whole server is delivered after the restart."""

from __future__ import annotations

import json

import httpx
import psutil
import pytest

from tests.support.webhook_receiver import Receiver

from .conftest import serve

pytestmark = pytest.mark.integration
SECRET = b"whsec-integration"
CRISIS = "I'm going to kill myself tonight, I have the pills ready"


def post(srv, body, key="admin"):
    return httpx.post(
        f"{srv['url']}/infer",
        json={"max_tokens": 0, **body},
        timeout=120,
        headers={"Authorization": f"Bearer {srv['keys'][key]}"},
    )


def test_session_risk_and_escalation(pixel_tag, bentoml_home, keys, tmp_path_factory):
    work = tmp_path_factory.mktemp("escalation")
    rec = Receiver(SECRET).start()
    env = {
        "PIXEL_SESSION_RISK": "true",
        "PIXEL_ESCALATION_URL": rec.url,
        "PIXEL_ESCALATION_SECRET": SECRET.decode(),
        "PIXEL_ESCALATION_RETRY_BASE_S": "0.5",
        "PIXEL_ESCALATION_RETRY_MAX_S": "1",
    }
    try:
        with serve(bentoml_home, work, keys, **env) as srv:
            first = post(srv, {"user_query": CRISIS, "session_id": "raw-session-A", "user_id": "raw-user-A"})
            b = first.json()
            assert b["crisis_protocol"] and b["conversation_metadata"]["session_risk"]["peak_level"] in (
                "high",
                "imminent",
            )
            (ev,) = rec.wait_for(1)
            body = ev["body"]
            assert body["request_id"] == first.headers["x-request-id"] and body["level"] in ("high", "imminent")
            assert "raw-session-A" not in json.dumps(body) and "raw-user-A" not in json.dumps(body)
            assert "pills" not in json.dumps(body) and "text" not in body and rec.bad_signatures == 0

            ok = post(srv, {"user_query": "ok", "session_id": "raw-session-A"}).json()  # no history sent
            m = ok["conversation_metadata"]
            assert ok["crisis_protocol"] and m["crisis_evidence"][-1].startswith("session:")
            assert m["session_risk"]["turns"] == 2
            assert len(rec.wait_for(2, timeout=3)) == 1  # the same session within the window: no second event

            url = f"{srv['url']}/sessions/raw-session-A/risk"
            r = httpx.get(url, headers={"Authorization": f"Bearer {keys['therapist']}"})
            assert r.status_code == 200 and r.json()["turns"] == 2 and r.json()["peak_level"] in ("high", "imminent")
            assert httpx.get(url, headers={"Authorization": f"Bearer {keys['user']}"}).status_code == 403
            assert httpx.get(f"{srv['url']}/sessions/nope/risk", headers=srv["headers"]).status_code == 404
            audit = srv["audit"].read_text()
            assert "raw-session-A" not in audit and '"/sessions/{session_id}/risk"' in audit

            rec.stop()  # receiver down: the request is answered at once, the event waits in the outbox
            assert post(srv, {"user_query": CRISIS, "session_id": "raw-session-B"}).json()["crisis_protocol"]
            rec.start()
            got = rec.wait_for(2, timeout=30)
            assert len(got) == 2 and got[1]["body"]["session"] != body["session"]

            rec.stop()
            c = post(srv, {"user_query": CRISIS, "session_id": "raw-session-C"})
            assert c.status_code == 200
            server = psutil.Process(srv["proc"].pid)  # the whole server, workers included, before it delivers
            for p in [server, *server.children(recursive=True)]:
                p.kill()
            srv["proc"].wait(30)
        rec.start()
        with serve(bentoml_home, work, keys, **env):  # same state directory: the same outbox
            got = rec.wait_for(3, timeout=60)
            assert len(got) == 3 and got[2]["body"]["request_id"] == c.headers["x-request-id"]
    finally:
        rec.stop()
