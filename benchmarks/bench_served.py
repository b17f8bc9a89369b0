"""Served benchmark: a real `bentoml serve`, analysis-only /infer (max_tokens 0) at concurrency 1/4/16/64
without and with a history reply to score, and the generation rows, against a floor run in the same process: the
model called directly, one message at a time (no HTTP, no batching). Two baselines in the same run, with the
history case: the same `bentoml serve` with adaptive batching off (``PIXEL_ANALYSIS_MAX_BATCH=1``), and a naive
one-request-at-a-time server (``naive_server.py``: the same app and model in one uvicorn process).

    python benchmarks/bench_served.py     # prints a table, writes results/bench_served.json
    python benchmarks/bench_served.py --cases history nobatch naive --out bench_served_baselines
    python benchmarks/plot_results.py     # results/plots/*.png from the latest results
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from benchmarks.common import AUTH, BENCH_ENV, RESULTS, machine, served, summarise, table, write  # noqa: E402
from tests.support.devserver import free_port  # noqa: E402

QUERIES = [
    "I'm feeling overwhelmed with work",
    "How do I reset my router?",
    "I can't stop crying since the breakup",
    "What is the capital of Peru?",
    "my boss yelled at me again today and I froze",
    "Explain CBT briefly",
    "I haven't slept properly in weeks",
    "Can you suggest a recipe with lentils?",
]


def floor(n: int = 100) -> dict:
    import torch

    from pixel_model.inference.model import PixelModel
    from pixel_model.schemas.runner import AnalyseItem

    torch.set_num_threads(1)
    m = PixelModel.from_store(with_generator=False)
    m.analyse([AnalyseItem(text="warm up")])
    ms = []
    t0 = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        m.analyse([AnalyseItem(text=QUERIES[i % len(QUERIES)])])
        ms.append((time.perf_counter() - t) * 1000)
    return {"case": "floor: in-process analyse, batch 1, sequential"} | summarise(ms, time.perf_counter() - t0, n)


async def load(url: str, n: int, conc: int, body_fn) -> tuple[list[float], float, int]:
    sem = asyncio.Semaphore(conc)
    ms: list[float] = []
    fails = 0
    async with httpx.AsyncClient(
        base_url=url, timeout=300, limits=httpx.Limits(max_connections=conc), headers=AUTH
    ) as c:

        async def one(i):
            nonlocal fails
            async with sem:
                t = time.perf_counter()
                r = await c.post("/infer", json=body_fn(i))
                ms.append((time.perf_counter() - t) * 1000)
                fails += r.status_code != 200

        t0 = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(n)))
    return ms, time.perf_counter() - t0, fails


def ttft(url: str, n: int = 8) -> dict:
    """/infer/stream, one at a time: time to the first token event, and to the final event."""
    first, total = [], []
    t_all = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        got_first = False
        with httpx.stream(
            "POST",
            f"{url}/infer/stream",
            json={"user_query": QUERIES[i % len(QUERIES)], "max_tokens": 48},
            timeout=300,
            headers=AUTH,
        ) as r:
            for line in r.iter_lines():
                if line.startswith("event: token") and not got_first:
                    first.append((time.perf_counter() - t) * 1000)
                    got_first = True
        total.append((time.perf_counter() - t) * 1000)
    row = {"case": "served /infer/stream 48 tokens: time to first token"} | summarise(
        first, time.perf_counter() - t_all, n
    )
    row["full_p50_ms"] = round(sorted(total)[len(total) // 2], 1)
    return row


HISTORY = [
    {"role": "user", "content": "Hi, I need help"},
    {"role": "assistant", "content": "I'm here to help. What's been on your mind lately?"},
]


HIST = "served /infer analysis, history with a reply to score"
LEVELS = ((1, 100), (4, 200), (16, 400), (64, 640))  # (concurrent clients, requests)


def analysis_body(i: int) -> dict:
    return {"user_query": QUERIES[i % len(QUERIES)] + f" {i}", "max_tokens": 0}


def history_body(i: int) -> dict:
    # the common case (issue 12): the history holds an assistant turn, whose scores the response carries
    return analysis_body(i) | {"conversation_history": HISTORY}


def levels(url: str, name: str, body) -> list[dict]:
    rows = []
    for conc, n in LEVELS:
        ms, wall, fails = asyncio.run(load(url, n, conc, body))
        rows.append({"case": f"{name}, concurrency {conc}", "failures": fails} | summarise(ms, wall, n))
    return rows


@contextmanager
def naive_served():
    """``naive_server.py`` on a free port with the benchmark's key; log in results/naive_serve.log."""
    port = free_port()
    env = {
        **os.environ,
        **BENCH_ENV,
        "OMP_NUM_THREADS": "1",
        "PIXEL_STATE_DIR": tempfile.mkdtemp(prefix="pixel-naive-"),
    }
    with open(RESULTS / "naive_serve.log", "w") as log:
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("naive_server.py")), "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"naive server exited: {(RESULTS / 'naive_serve.log').read_text()[-2000:]}")
            try:
                r = httpx.get(f"{url}/health", timeout=2)  # /readyz is BentoML's own route
                if r.status_code == 200 and r.json().get("model_loaded"):
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("naive server not ready in 240 s")
            time.sleep(1)
        yield url
    finally:
        proc.terminate()
        proc.wait(30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--cases",
        nargs="+",
        default=["analysis", "history", "generate", "nobatch", "naive"],
        help="analysis: no history; history: with an assistant turn to score; generate: replies; nobatch: history "
        "with adaptive batching off; naive: history on the one-request-at-a-time server",
    )
    ap.add_argument("--out", default="bench_served", help="results/<out>.json")
    args = ap.parse_args()
    rows = [floor()]
    try:
        _run(args.cases, rows)
    finally:  # what was measured is reported even when a later stage fails
        report(rows, args.out)


def _run(cases: list[str], rows: list[dict]) -> None:
    with served() as url:
        asyncio.run(load(url, 32, 8, analysis_body))  # warm-up
        if "analysis" in cases:
            rows += levels(url, "served /infer analysis", analysis_body)
        if "history" in cases:
            rows += levels(url, HIST, history_body)
        if "generate" in cases:
            rows.extend(generate_rows(url))
    if "nobatch" in cases:
        with served(env={"PIXEL_ANALYSIS_MAX_BATCH": "1"}) as url:
            asyncio.run(load(url, 32, 8, history_body))
            rows += levels(url, "batching off: " + HIST, history_body)
    if "naive" in cases:
        with naive_served() as url:
            asyncio.run(load(url, 32, 8, history_body))
            rows += levels(url, "naive server: /infer analysis, history with a reply to score", history_body)


def report(rows: list[dict], out: str) -> None:
    base = rows[0]["throughput_per_s"]
    by_case = {r["case"]: r for r in rows}
    for r in rows:
        r["vs_floor"] = f"{r['throughput_per_s'] / base:.2f}x"
        if r["case"].startswith(HIST):  # the batched server against each baseline at the same concurrency
            conc = r["case"].rsplit(" ", 1)[1]
            for key, prefix in (("vs_naive", "naive server: /infer analysis"), ("vs_nobatch", "batching off: served")):
                other = next((o for c, o in by_case.items() if c.startswith(prefix) and c.endswith(f" {conc}")), None)
                if other:
                    r[key] = f"{r['throughput_per_s'] / other['throughput_per_s']:.2f}x"
    print(
        table(
            rows,
            [
                "case",
                "n",
                "failures",
                "p50_ms",
                "p95_ms",
                "p99_ms",
                "throughput_per_s",
                "vs_floor",
                "vs_naive",
                "vs_nobatch",
                "full_p50_ms",
            ],
        )  # fmt: skip
    )
    print("wrote", write(out, {"machine": machine(), "rows": rows}))


def generate_rows(url: str) -> list[dict]:
    rows = [ttft(url)]
    gen = lambda i: {"user_query": QUERIES[i % len(QUERIES)], "max_tokens": 48}  # noqa: E731
    ms, wall, fails = asyncio.run(load(url, 16, 8, gen))
    rows.append({"case": "served /infer + 48-token reply, concurrency 8", "failures": fails} | summarise(ms, wall, 16))
    return rows


if __name__ == "__main__":
    main()
