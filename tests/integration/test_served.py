"""Against a real `bentoml serve`: the documented endpoints, adaptive batching under 64 concurrent clients,
streaming, and a reload in the middle of traffic with zero failures."""

from __future__ import annotations

import asyncio
import json
import re

import httpx
import pytest

pytestmark = pytest.mark.integration

SEED = {
    "user_query": "I'm feeling overwhelmed with work",
    "conversation_history": [
        {"role": "user", "content": "Hi, I need help"},
        {"role": "assistant", "content": "I'm here to help. What's on your mind?"},
    ],
    "context_type": "support",
    "user_id": "user123",
    "session_id": "session456",
    "use_eq_awareness": True,
    "include_metrics": True,
    "max_tokens": 32,
}
QUERIES = [
    "I can't sleep because of exams",
    "How do I make a budget spreadsheet?",
    "my cat died yesterday",
    "What's the capital of Peru?",
    "I feel like nobody would notice if I disappeared",
    "this commute is killing me",
    "I'm so proud of my kid today",
    "Explain what CBT is",
]


async def _fire(srv: dict, bodies: list[dict], concurrency: int = 64, path: str = "/infer") -> list[httpx.Response]:
    sem = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=srv["url"], timeout=120, headers=srv["headers"]) as c:

        async def one(b):
            async with sem:
                return await c.post(path, json=b)

        return await asyncio.gather(*(one(b) for b in bodies))


def test_seed_example_and_health(server):
    url, h = server["url"], server["headers"]
    assert httpx.get(f"{url}/health").json()["status"] == "healthy"
    r = httpx.post(f"{url}/infer", json=SEED, timeout=120, headers=h)
    assert r.status_code == 200, r.text
    b = r.json()
    assert b["response"] and b["persona_mode"] == "therapy" and b["eq_scores"]["overall_eq"] >= 0
    assert b["conversation_metadata"]["crisis_risk_level"] in ("none", "low")
    st = httpx.get(f"{url}/status", headers=h).json()
    assert st["model_loaded"] and st["performance_metrics"]["inference_count"] >= 1
    assert st["analysis_engine"] == "onnx"  # the served CPU default: ONNX Runtime (inference/onnx_engine.py)


def test_batch_forms(server):
    items = [{"user_query": q, "max_tokens": 0} for q in QUERIES[:3]] + [{"user_query": ""}]
    for body in ({"requests": items}, items):
        r = httpx.post(f"{server['url']}/batch-infer", json=body, timeout=120, headers=server["headers"])
        assert r.status_code == 200
        res = r.json()["results"]
        assert [("error" in x) for x in res] == [False, False, False, True]


def test_stream(server):
    with httpx.stream(
        "POST", f"{server['url']}/infer/stream", json={**SEED, "max_tokens": 16}, timeout=120, headers=server["headers"]
    ) as r:
        assert r.status_code == 200
        raw = "".join(r.iter_text())
    events = [e for e in raw.split("\n\n") if e.strip()]
    assert events[-1].startswith("event: final") and sum(e.startswith("event: token") for e in events) >= 1
    final = json.loads(events[-1].split("\ndata: ", 1)[1])
    assert final["response"] and final["conversation_metadata"]["reply_source"] in ("generated", "composed")


def test_64_concurrent_batches_and_no_failures(server):
    bodies = [{"user_query": QUERIES[i % len(QUERIES)] + f" ({i})", "max_tokens": 0} for i in range(256)]
    res = asyncio.run(_fire(server, bodies, 64))
    assert [r.status_code for r in res] == [200] * len(bodies)
    metrics = httpx.get(f"{server['url']}/metrics").text
    counts, ones = 0.0, 0.0
    for line in metrics.splitlines():
        if line.startswith("bentoml_service_adaptive_batch_size_count") and 'method_name="analyse"' in line:
            counts += float(line.rsplit(" ", 1)[1])
        if (
            line.startswith("bentoml_service_adaptive_batch_size_bucket")
            and 'method_name="analyse"' in line
            and re.search(r'le="1(\.0)?"', line)
        ):
            ones += float(line.rsplit(" ", 1)[1])
    assert counts > 0 and ones < counts, "no analyse batch larger than 1 was formed:\n" + "\n".join(
        line for line in metrics.splitlines() if "adaptive_batch_size" in line and "analyse" in line
    )


def test_reload_during_traffic(server):
    async def scenario():
        bodies = [{"user_query": QUERIES[i % len(QUERIES)], "max_tokens": 0} for i in range(192)]
        traffic = asyncio.create_task(_fire(server, bodies, 32))
        await asyncio.sleep(0.3)
        async with httpx.AsyncClient(base_url=server["url"], timeout=120, headers=server["headers"]) as c:
            reload = await c.post("/reload-model", json={})
        return reload, await traffic

    reload, res = asyncio.run(scenario())
    assert reload.status_code == 200 and reload.json()["status"] == "success", reload.text
    assert [r.status_code for r in res] == [200] * len(res)


def test_pixel_series_on_metrics(server):
    """The stage, crisis, streaming, token and reload series (pixel_model/metrics.py) reach /metrics, the runner's
    (tokens, reloads: another process) included. Runs after the stream, the generations and the reload above."""
    from prometheus_client.parser import text_string_to_metric_families

    r = httpx.post(
        f"{server['url']}/infer",
        json={**SEED, "max_tokens": 8},
        timeout=120,
        headers=server["headers"],
    )
    assert r.status_code == 200
    values: dict[tuple[str, tuple], float] = {}
    for fam in text_string_to_metric_families(httpx.get(f"{server['url']}/metrics").text):
        for s in fam.samples:
            key = (s.name, tuple(sorted(s.labels.items())))
            values[key] = values.get(key, 0.0) + s.value

    def total(name: str, **labels: str) -> float:
        return sum(v for (n, ls), v in values.items() if n == name and set(labels.items()) <= set(ls))

    for stage in ("analyse", "generate"):
        assert total("pixel_stage_seconds_count", stage=stage) > 0, stage
    assert total("pixel_time_to_first_token_seconds_count") > 0
    assert total("pixel_generated_tokens_total") > 0
    assert total("pixel_crisis_assessments_total", risk_level="none") > 0
    assert total("pixel_reloads_total", outcome="success") >= 1
