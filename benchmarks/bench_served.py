"""Served benchmark: a real `bentoml serve`, analysis-only /infer (max_tokens 0) at concurrency 1/16/64
without and with a history reply to score, and the generation rows, against a floor run in the same process: the
model called directly, one message at a time (no HTTP, no batching).

    python benchmarks/bench_served.py     # prints a table, writes results/bench_served.json
    python benchmarks/bench_served.py --cases history --out bench_served_history   # one scenario
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from benchmarks.common import AUTH, machine, served, summarise, table, write  # noqa: E402

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--cases",
        nargs="+",
        default=["analysis", "history", "generate"],
        help="analysis: no history; history: with an assistant turn to score; generate: replies",
    )
    ap.add_argument("--out", default="bench_served", help="results/<out>.json")
    args = ap.parse_args()
    rows = [floor()]
    base = rows[0]["throughput_per_s"]
    with served() as url:
        analysis = lambda i: {"user_query": QUERIES[i % len(QUERIES)] + f" {i}", "max_tokens": 0}  # noqa: E731
        # the common case (issue 12): the history holds an assistant turn, whose scores the response carries
        history = lambda i: analysis(i) | {"conversation_history": HISTORY}  # noqa: E731
        asyncio.run(load(url, 32, 8, analysis))  # warm-up
        for case, body in (("analysis", analysis), ("history", history)):
            if case not in args.cases:
                continue
            name = "served /infer analysis" + (", history with a reply to score" if case == "history" else "")
            for conc, n in ((1, 100), (16, 400), (64, 640)):
                ms, wall, fails = asyncio.run(load(url, n, conc, body))
                rows.append({"case": f"{name}, concurrency {conc}", "failures": fails} | summarise(ms, wall, n))
        if "generate" in args.cases:
            rows.extend(generate_rows(url))
    for r in rows:
        r["vs_floor"] = f"{r['throughput_per_s'] / base:.2f}x"
    print(
        table(
            rows, ["case", "n", "failures", "p50_ms", "p95_ms", "p99_ms", "throughput_per_s", "vs_floor", "full_p50_ms"]
        )
    )
    print("wrote", write(args.out, {"machine": machine(), "rows": rows}))


def generate_rows(url: str) -> list[dict]:
    rows = [ttft(url)]
    gen = lambda i: {"user_query": QUERIES[i % len(QUERIES)], "max_tokens": 48}  # noqa: E731
    ms, wall, fails = asyncio.run(load(url, 16, 8, gen))
    rows.append({"case": "served /infer + 48-token reply, concurrency 8", "failures": fails} | summarise(ms, wall, 16))
    return rows


if __name__ == "__main__":
    main()
