"""Soak benchmark (issue 9; not in CI): a real `bentoml serve`, 64 concurrent clients, >= 10,000 mixed requests
(analysis-only with and without an assistant turn to score, short generated replies, batches, streams, crisis
messages), with two `/reload-model` calls and one `kill -9` of the runner process during the run.

It reports every status code by request kind, latency percentiles before / during / after each event, whether
every crisis message got the crisis-protocol reply (200, degraded or not), and whether every answered request
has its audit record. Target: no response >= 500; every crisis message answered with the protocol; every
answered request audited.

    python benchmarks/soak.py [--requests 10000] [--concurrency 64]   # table + results/soak.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
import psutil  # noqa: E402

from benchmarks.common import AUTH, BENCH_ENV, RESULTS, machine, pct, table, write  # noqa: E402

ORDINARY = [
    "I can't sleep because of exams",
    "How do I make a budget spreadsheet?",
    "my cat died yesterday",
    "What's the capital of Peru?",
    "this commute is killing me",
    "I'm so proud of my kid today",
    "Explain what CBT is",
    "I had a fight with my sister and I feel awful",
    "Good morning!",
    "thanks :)",
]
CRISIS = [
    "I've written the notes and tonight I'm taking all my pills",
    "I have the rope in my car and I'm going to do it after work today",
    "i swallowed the whole bottle of my sleeping pills 20 minutes ago",
    "I'm standing on the bridge right now and I'm going to jump",
]
HISTORY = [
    {"role": "user", "content": "I've had a rough week"},
    {"role": "assistant", "content": "I'm sorry it's been rough. What's been the hardest part?"},
]
KINDS = [
    ("analysis", 0.40),
    ("analysis_scored", 0.26),
    ("crisis", 0.08),
    ("reply", 0.06),
    ("batch", 0.10),
    ("stream", 0.06),
    ("stream_crisis", 0.04),
]


def plan(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    names, weights = zip(*KINDS)
    return rnd.choices(names, weights, k=n)


def body_of(kind: str, i: int) -> tuple[str, object, list[bool]]:
    """(path, JSON body, which items are crisis messages)."""
    q = ORDINARY[i % len(ORDINARY)]
    c = CRISIS[i % len(CRISIS)]
    if kind == "analysis":
        return "/infer", {"user_query": f"{q} ({i})", "max_tokens": 0}, [False]
    if kind == "analysis_scored":
        return "/infer", {"user_query": f"{q} ({i})", "max_tokens": 0, "conversation_history": HISTORY}, [False]
    if kind == "crisis":
        return "/infer", {"user_query": c, "max_tokens": 16 if i % 2 else 0}, [True]
    if kind == "reply":
        return "/infer", {"user_query": q, "max_tokens": 12}, [False]
    if kind == "batch":
        items = [{"user_query": f"{ORDINARY[(i + k) % len(ORDINARY)]} ({i}.{k})", "max_tokens": 0} for k in range(3)]
        items.append(
            {"user_query": c, "max_tokens": 0} if i % 3 == 0 else {"user_query": f"{q} [{i}]", "max_tokens": 0}
        )
        return "/batch-infer", {"requests": items}, [False, False, False, i % 3 == 0]
    if kind == "stream":
        return "/infer/stream", {"user_query": q, "max_tokens": 12}, [False]
    return "/infer/stream", {"user_query": c, "max_tokens": 12}, [True]


ERROR_STATUS = {"runner_unavailable": 503, "model_not_loaded": 503, "overloaded": 503}


def final_of_stream(text: str) -> tuple[dict | None, int]:
    """(the final event's response, the stream's status: 200, or 503/500 from an error event)."""
    for block in text.split("\n\n"):
        if block.startswith("event: final"):
            return json.loads(block.split("data: ", 1)[1]), 200
        if block.startswith("event: error"):
            return None, ERROR_STATUS.get(json.loads(block.split("data: ", 1)[1])["error"]["type"], 500)
    return None, 500


async def run(url: str, n: int, conc: int, server_pid: int, log: list[dict], events: list[dict]) -> None:
    kinds = plan(n)
    sem = asyncio.Semaphore(conc)
    answered = 0
    marks = {0.25: "reload", 0.5: "kill_runner", 0.75: "reload"}
    fired: set[float] = set()
    t_start = time.monotonic()

    async with httpx.AsyncClient(
        base_url=url, timeout=300, headers=AUTH, limits=httpx.Limits(max_connections=conc + 8)
    ) as c:

        async def event(frac: float, what: str):
            t0 = time.monotonic() - t_start
            rec = {"event": what, "at_fraction": frac, "start_s": round(t0, 2)}
            if what == "reload":
                r = await c.post("/reload-model", json={}, headers={"X-Request-ID": f"soak-reload-{frac}"})
                rec |= {"status": r.status_code, "outcome": r.json().get("status")}
            else:
                runners = [
                    p
                    for p in psutil.Process(server_pid).children(recursive=True)
                    if "pixel-runner" in " ".join(p.cmdline())
                ]
                for p in runners:
                    os.kill(p.pid, signal.SIGKILL)
                rec["killed"] = [p.pid for p in runners]
                while True:  # recovered when /health is 200 again
                    await asyncio.sleep(0.25)
                    try:
                        if (await c.get("/health", timeout=3)).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
            rec["end_s"] = round(time.monotonic() - t_start, 2)
            events.append(rec)

        async def one(i: int):
            nonlocal answered
            kind = kinds[i]
            path, body, crisis = body_of(kind, i)
            rid = f"soak-{i}"
            async with sem:
                t0 = time.monotonic()
                try:
                    r = await c.post(path, json=body, headers={"X-Request-ID": rid})
                    status, text = r.status_code, r.text
                except httpx.HTTPError as exc:
                    status, text = 0, repr(exc)
                t1 = time.monotonic()
            rec = {
                "i": i,
                "rid": rid,
                "kind": kind,
                "status": status,
                "start_s": t0 - t_start,
                "ms": (t1 - t0) * 1000,
                "crisis_items": crisis,
                "protocol": [],
                "degraded": [],
                "item_status": [],
            }
            if status == 200:
                if path == "/infer":
                    b = json.loads(text)
                    rec["protocol"], rec["degraded"] = [b["crisis_protocol"]], [b.get("degraded", False)]
                    rec["item_status"] = [200]
                elif path == "/infer/stream":
                    b, st = final_of_stream(text)
                    rec["protocol"] = [bool(b and b["crisis_protocol"])]
                    rec["degraded"] = [bool(b and b.get("degraded"))]
                    rec["item_status"] = [st]
                else:
                    for item in json.loads(text)["results"]:
                        st = 200 if "error" not in item else ERROR_STATUS.get(item["error"]["type"], 500)
                        rec["item_status"].append(st)
                        rec["protocol"].append(bool(item.get("crisis_protocol")))
                        rec["degraded"].append(bool(item.get("degraded")))
            log.append(rec)
            answered += 1
            for frac, what in marks.items():
                if frac not in fired and answered >= int(n * frac):
                    fired.add(frac)
                    asyncio.get_running_loop().create_task(event(frac, what))

        await asyncio.gather(*(one(i) for i in range(n)))
        while len(events) < len(marks):
            await asyncio.sleep(0.5)


def audit_records(state: Path) -> dict[str, dict]:
    out = {}
    for f in sorted(state.glob("audit.jsonl*")):
        if f.suffix == ".lock":
            continue
        for line in f.read_text().splitlines():
            rec = json.loads(line)
            out[rec["request_id"]] = rec
    return out


def report(log: list[dict], events: list[dict], state: Path, wall_s: float) -> dict:
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for r in log:
        by_kind[r["kind"]][r["status"]] += 1
    item_statuses = Counter(s for r in log for s in r["item_status"])
    crisis_total = crisis_ok = crisis_degraded = 0
    crisis_failures = []
    for r in log:
        for k, is_crisis in enumerate(r["crisis_items"]):
            if not is_crisis:
                continue
            crisis_total += 1
            ok = r["status"] == 200 and k < len(r["protocol"]) and r["protocol"][k]
            crisis_ok += ok
            crisis_degraded += ok and r["degraded"][k]
            if not ok:
                crisis_failures.append({"rid": r["rid"], "kind": r["kind"], "status": r["status"]})
    recs = audit_records(state)
    missing = []
    for r in log:
        if r["status"] == 0:
            continue
        ids = (
            [f"{r['rid']}-{k}" for k in range(len(r["crisis_items"]))]
            if r["kind"] == "batch" and r["status"] == 200
            else [r["rid"]]
        )
        missing += [i for i in ids if i not in recs]
    phases = []
    for e in events:
        windows = {
            "before": (e["start_s"] - 10, e["start_s"]),
            "during": (e["start_s"], e["end_s"] + 2),
            "after": (e["end_s"] + 2, e["end_s"] + 12),
        }
        for name, (a, b) in windows.items():
            ms = [r["ms"] for r in log if a <= r["start_s"] < b and r["kind"] in ("analysis", "analysis_scored")]
            bad = sum(1 for r in log if a <= r["start_s"] < b and r["status"] != 200)
            phases.append(
                {
                    "event": f"{e['event']}@{e['at_fraction']}",
                    "phase": name,
                    "n": len(ms),
                    "p50_ms": round(pct(ms, 0.5), 1),
                    "p95_ms": round(pct(ms, 0.95), 1),
                    "p99_ms": round(pct(ms, 0.99), 1),
                    "non_200": bad,
                }
            )
    statuses = Counter(r["status"] for r in log)
    return {
        "requests": len(log),
        "wall_s": round(wall_s, 1),
        "requests_per_s": round(len(log) / wall_s, 1),
        "status_codes": {str(k): v for k, v in sorted(statuses.items())},
        "status_by_kind": {k: {str(s): n for s, n in sorted(c.items())} for k, c in by_kind.items()},
        "batch_item_status": {str(k): v for k, v in sorted(item_statuses.items())},
        # HTTP status >= 500 or no answer, plus batch items and streams that carried an error >= 500
        "responses_ge_500": sum(
            1 for r in log if r["status"] >= 500 or r["status"] == 0 or any(st >= 500 for st in r["item_status"])
        ),
        "responses_503": sum(1 for r in log if r["status"] == 503 or 503 in r["item_status"]),
        "crisis_messages": crisis_total,
        "crisis_protocol_ok": crisis_ok,
        "crisis_protocol_degraded": crisis_degraded,
        "crisis_failures": crisis_failures[:20],
        "audited_missing": len(missing),
        "audit_records": len(recs),
        "events": events,
        "phases": phases,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--concurrency", type=int, default=64)
    a = ap.parse_args()
    from tests.support.devserver import bentoml_serve

    state = Path(tempfile.mkdtemp(prefix="pixel-soak-state-"))
    RESULTS.mkdir(exist_ok=True)
    log: list[dict] = []
    events: list[dict] = []
    with bentoml_serve({**BENCH_ENV, "PIXEL_STATE_DIR": str(state)}, RESULTS / "soak-serve.log") as (url, proc):
        t0 = time.monotonic()
        asyncio.run(run(url, a.requests, a.concurrency, proc.pid, log, events))
        wall = time.monotonic() - t0
    rep = report(log, events, state, wall)
    rep["target_met"] = (
        rep["responses_ge_500"] == 0
        and rep["crisis_protocol_ok"] == rep["crisis_messages"]
        and rep["audited_missing"] == 0
    )
    print(
        f"{rep['requests']} requests in {rep['wall_s']} s ({rep['requests_per_s']}/s), "
        f"{a.concurrency} clients; status codes {rep['status_codes']}; batch items {rep['batch_item_status']}"
    )
    print(
        table(
            [{"kind": k, **v} for k, v in rep["status_by_kind"].items()],
            ["kind"] + sorted({s for v in rep["status_by_kind"].values() for s in v}),
        )
    )
    print()
    print(table(rep["phases"], ["event", "phase", "n", "p50_ms", "p95_ms", "p99_ms", "non_200"]))
    print(f"\nevents: {json.dumps(rep['events'])}")
    print(
        f"crisis messages: {rep['crisis_messages']}, protocol {rep['crisis_protocol_ok']} "
        f"({rep['crisis_protocol_degraded']} degraded); audit records missing: {rep['audited_missing']}; "
        f"responses >= 500: {rep['responses_ge_500']} ({rep['responses_503']} of them 503); "
        f"target met: {rep['target_met']}"
    )
    print(write("soak", {"machine": machine(), "config": vars(a)} | rep))


if __name__ == "__main__":
    main()
