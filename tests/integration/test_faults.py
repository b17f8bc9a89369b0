"""Fault and abuse tests against a real `bentoml serve`: auth, rate limits and input limits over HTTP, 64 clients
x 2,000 requests with a reload in the middle, the runner process killed mid-load, and a `kill -9` of the whole
server, each checked against the audit log. The schema fuzzing is in test_fuzz.py."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import threading
import time
import uuid

import httpx
import psutil
import pytest

from .conftest import serve

pytestmark = pytest.mark.integration
ANALYSIS = [
    "I can't sleep because of exams",
    "How do I make a budget spreadsheet?",
    "my cat died yesterday",
    "What's the capital of Peru?",
    "I feel like nobody would notice if I disappeared",
    "this commute is killing me",
    "I'm so proud of my kid today",
    "Explain what CBT is",
]


def audit(path) -> dict[str, dict]:
    """request id -> record (the last one for an id)."""
    out = {}
    for f in sorted(path.parent.glob(path.name + "*")):
        if f.suffix not in (".lock",):
            for line in f.read_text().splitlines():
                rec = json.loads(line)
                out[rec["request_id"]] = rec
    return out


HISTORY = [
    {"role": "user", "content": "I've had a rough week"},
    {"role": "assistant", "content": "I'm sorry it's been rough. What's been the hardest part?"},
]


async def fire(
    srv,
    n: int,
    concurrency: int,
    prefix: str,
    on_half=None,
    done: list | None = None,
    events: dict[float, object] | None = None,
    history_every: int = 0,
) -> list[tuple[str, int]]:
    """``n`` analysis requests from ``concurrency`` clients, each with its own X-Request-ID; ``on_half`` runs
    once half of them have been answered (``events``: {fraction answered: coroutine function} for several).
    Every ``history_every``-th request carries a history with an assistant turn (so the runner also scores that
    reply). (request id, status) of each answered request is appended to ``done`` as it arrives (another thread
    may watch it) and returned."""
    sem = asyncio.Semaphore(concurrency)
    done = [] if done is None else done
    events = dict(events or {})
    if on_half:
        events[0.5] = on_half
    marks = {frac: asyncio.Event() for frac in events}

    async with httpx.AsyncClient(base_url=srv["url"], timeout=120, headers=srv["headers"]) as c:

        async def one(i: int):
            rid = f"{prefix}-{i}"
            body = {"user_query": f"{ANALYSIS[i % len(ANALYSIS)]} ({i})", "max_tokens": 0}
            if history_every and i % history_every == 0:
                body["conversation_history"] = HISTORY
            async with sem:
                r = await c.post("/infer", json=body, headers={"X-Request-ID": rid})
            done.append((rid, r.status_code))
            for frac, ev in marks.items():
                if len(done) == int(n * frac):
                    ev.set()

        async def trigger(frac, action):
            await marks[frac].wait()
            await action(c)

        tasks = [one(i) for i in range(n)] + [trigger(f, a) for f, a in events.items()]
        await asyncio.gather(*tasks)
    return done


@pytest.fixture(scope="module")
def fault_server(pixel_tag, bentoml_home, keys, tmp_path_factory):
    """Two API worker processes (shared rate limits and audit log across processes); killed at the end."""
    with serve(bentoml_home, tmp_path_factory.mktemp("fault"), keys, PIXEL_API_WORKERS="2") as srv:
        yield srv


# ---- auth, rate limits and input limits over real HTTP -----------------------------------------------
def test_auth_cases_over_http(server):
    url, keys = server["url"], server["keys"]
    r = httpx.post(f"{url}/infer", json={"user_query": "hi"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == 'Bearer realm="pixel"'
    assert r.json()["error"]["type"] == "unauthorized" and r.json()["error"]["request_id"] == r.headers["x-request-id"]
    r = httpx.post(f"{url}/infer", json={"user_query": "hi"}, headers={"X-API-Key": "wrong"})
    assert r.status_code == 401 and 'error="invalid_token"' in r.headers["www-authenticate"]
    r = httpx.post(f"{url}/reload-model", json={}, headers={"X-API-Key": keys["therapist"]})
    assert r.status_code == 403 and r.json()["error"]["type"] == "forbidden"
    for path in ("/health", "/livez", "/readyz", "/metrics", "/schema.json"):
        assert httpx.get(f"{url}{path}").status_code == 200, path
    assert httpx.get(f"{url}/status").status_code == 401
    assert httpx.get(f"{url}/status", headers={"X-API-Key": keys["therapist"]}).status_code == 200


def test_rate_limit_holds_across_two_worker_processes(fault_server):
    """user:6 per minute; 12 concurrent requests over 2 API workers: exactly 6 pass (a per-process limiter
    would let up to 12 through)."""
    srv = fault_server
    workers = [
        p
        for p in psutil.Process(srv["proc"].pid).children(recursive=True)
        if "--service-name pixel " in " ".join(p.cmdline()) + " "
    ]
    assert len(workers) == 2

    async def go():
        async with httpx.AsyncClient(
            base_url=srv["url"], timeout=60, headers={"Authorization": f"Bearer {srv['keys']['user']}"}
        ) as c:
            return await asyncio.gather(
                *(c.post("/infer", json={"user_query": "hello", "max_tokens": 0}) for _ in range(12))
            )

    res = asyncio.run(go())
    assert sorted(r.status_code for r in res) == [200] * 6 + [429] * 6
    denied = [r for r in res if r.status_code == 429]
    for r in denied:
        assert int(r.headers["retry-after"]) >= 1 and r.headers["x-ratelimit-limit"] == "6"
        assert r.headers["x-ratelimit-remaining"] == "0" and r.json()["error"]["type"] == "rate_limited"


@pytest.mark.parametrize(
    "body,status,field",
    [
        (b"{not json", 400, None),
        (json.dumps({"user_query": "x" * 32_001}).encode(), 400, "user_query"),
        (json.dumps({"user_query": "hi", "max_tokens": 10**6}).encode(), 400, "max_tokens"),
        (json.dumps({"user_query": "hi", "context_type": "party"}).encode(), 400, "context_type"),
        (
            json.dumps({"user_query": "hi", "conversation_history": [{"role": "root", "content": "x"}]}).encode(),
            400,
            "conversation_history.0.role",
        ),
        (
            json.dumps({"user_query": "hi", "conversation_history": [{"role": "user", "content": "x"}] * 51}).encode(),
            400,
            "conversation_history",
        ),
        (b"x" * (9 * 1024 * 1024), 413, None),
    ],
)
def test_input_limits_over_http(server, body, status, field):
    r = httpx.post(
        f"{server['url']}/infer",
        content=body,
        timeout=60,
        headers=server["headers"] | {"content-type": "application/json", "X-Request-ID": "lim-1"},
    )
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["request_id"] == "lim-1" == r.headers["x-request-id"] and "Traceback" not in r.text
    if field:
        assert err["field"] == field and field.split(".")[0] in err["message"]


def test_batch_cap_and_bad_request_id_over_http(server):
    r = httpx.post(
        f"{server['url']}/batch-infer",
        json=[{"user_query": "a", "max_tokens": 0}] * 33,
        headers=server["headers"],
        timeout=60,
    )
    assert r.status_code == 400 and r.json()["error"]["field"] == "requests" and "32" in r.json()["error"]["message"]
    r = httpx.get(f"{server['url']}/status", headers=server["headers"] | {"X-Request-ID": "no spaces allowed"})
    assert r.status_code == 400 and r.json()["error"]["field"] == "X-Request-ID"


# ---- load, reload, kills -----------------------------------------------------------------------------
def test_64_clients_2000_requests_with_a_reload_lose_nothing(server):
    """Two reloads while 64 clients keep the runner's queue full, half the requests with an assistant turn to
    score (issue 9: the batcher used to shed these as "overloaded" and the API answered 500). The second reload
    starts when the first has returned: a reload runs at the lowest CPU priority, so with a core busy it can outlast
    the gap between the two marks, and a reload asked for while one runs is answered 409 by design."""
    reloads = []
    one_at_a_time = asyncio.Lock()

    async def reload(c):
        async with one_at_a_time:
            reloads.append(
                await c.post("/reload-model", json={}, headers={"X-Request-ID": f"load-reload-{len(reloads)}"})
            )

    prefix = "load-" + uuid.uuid4().hex[:6]
    done = asyncio.run(fire(server, 2000, 64, prefix, events={0.3: reload, 0.6: reload}, history_every=2))
    statuses = [s for _, s in done]
    assert len(done) == 2000 and statuses == [200] * 2000, sorted(set(statuses))
    assert [r.status_code for r in reloads] == [200, 200] and all(r.json()["status"] == "success" for r in reloads)
    recs = audit(server["audit"])
    assert all(recs[rid]["status"] == 200 for rid, _ in done)
    assert recs["load-reload-0"]["endpoint"] == "/reload-model" and recs["load-reload-1"]["status"] == 200


def _runner_pids(server_proc) -> list[int]:
    return [
        p.pid
        for p in psutil.Process(server_proc.pid).children(recursive=True)
        if "pixel-runner" in " ".join(p.cmdline())
    ]


def test_runner_killed_mid_load_reports_unhealthy_then_recovers(fault_server):
    srv = fault_server
    (runner,) = _runner_pids(srv["proc"])
    health: list[int] = []
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            try:
                health.append(httpx.get(f"{srv['url']}/health", timeout=3).status_code)
            except httpx.HTTPError:
                health.append(0)
            time.sleep(0.1)

    async def kill(_):
        os.kill(runner, signal.SIGKILL)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        done = asyncio.run(fire(srv, 600, 16, "rk", on_half=kill))
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and httpx.get(f"{srv['url']}/health", timeout=3).status_code != 200:
            time.sleep(0.5)
    finally:
        stop.set()
        watcher.join()
    assert 503 in health or 0 in health, "the service never reported the dead runner"
    new = _runner_pids(srv["proc"])
    assert health[-1] == 200 and new and runner not in new  # a new runner process serves
    statuses = [s for _, s in done]
    assert set(statuses) <= {200, 503}, sorted(set(statuses))  # a dead runner is 503 (retry), never 500
    after = httpx.post(
        f"{srv['url']}/infer",
        json={"user_query": "I feel a bit better", "max_tokens": 0},
        headers=srv["headers"],
        timeout=60,
    )
    assert after.status_code == 200
    recs = audit(srv["audit"])
    assert all(recs[rid]["status"] == s for rid, s in done)  # every answered request has its record


def test_kill_9_of_the_server_loses_no_answered_record(fault_server):
    """SIGKILL the whole server (every process) while 32 clients are busy: each request that got an answer
    before the kill has its audit record, because the record is written before the response."""
    srv = fault_server
    answered: list[tuple[str, int]] = []

    def load():
        try:
            asyncio.run(fire(srv, 3000, 32, "k9", done=answered))
        except httpx.HTTPError:  # the server dies mid-flight
            pass

    t = threading.Thread(target=load)
    t.start()
    while len(answered) < 200 and t.is_alive():
        time.sleep(0.05)
    server = psutil.Process(srv["proc"].pid)
    for p in [server] + server.children(recursive=True):
        p.kill()
    t.join(120)
    recs = audit(srv["audit"])
    assert len(answered) >= 200
    missing = [rid for rid, s in answered if rid not in recs or recs[rid]["status"] != s]
    assert not missing, missing[:5]
