"""Model-level benchmark (no server): analysis latency per batch size on one thread, and the generator's
prefill and per-token decode times. Baseline: batch 1 called N times in the same process.

    python benchmarks/bench_model.py      # prints a table, writes results/bench_model.json
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402

from benchmarks.common import machine, summarise, table, write  # noqa: E402
from pixel_model.model import PixelModel  # noqa: E402
from pixel_model.protocol import AnalyseItem  # noqa: E402

TEXTS = ["I'm feeling overwhelmed with work", "How do I reset my router?", "I can't stop crying since the breakup",
         "What is the capital of Peru?", "my boss yelled at me again today and I froze", "Explain CBT briefly",
         "I haven't slept properly in weeks", "Can you suggest a recipe with lentils?"]


def timed(fn, reps: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    torch.set_num_threads(1)
    m = PixelModel.from_store()
    rows = []
    base = None
    for bs in (1, 8, 32):
        items = [AnalyseItem(text=TEXTS[i % len(TEXTS)] + f" #{i}") for i in range(bs)]
        reps = 40 if bs == 1 else 15
        ms = timed(lambda: m.analyse(items), reps)
        r = {"case": f"analyse batch {bs}"} | summarise(ms, sum(ms) / 1000, bs * reps)
        base = base or r["throughput_per_s"]
        r["vs_batch1"] = f"{r['throughput_per_s'] / base:.2f}x"
        rows.append(r)
    # generator: prefill (one forward over the prompt) and decode per token
    g = m.generator
    msgs = [{"role": "system", "content": "You are a supportive counsellor."},
            {"role": "user", "content": TEXTS[0]}]
    enc = g._encode([g._prompt(msgs)], 64)
    with torch.inference_mode():
        pre = timed(lambda: g.model(**enc), 10)
    n_prompt = int(enc["input_ids"].shape[1])
    rows.append({"case": f"generator prefill ({n_prompt} tokens)"} | summarise(pre, sum(pre) / 1000, 10))
    for bs in (1, 4):
        convs = [msgs] * bs
        gen = timed(lambda: g.generate(convs, [64] * bs), 3)
        r = {"case": f"generate 64 tokens, batch {bs}"} | summarise(gen, sum(gen) / 1000, 64 * bs * 3)
        r["per_token_ms"] = round((r["p50_ms"] - pct_pre(pre)) / 64, 1)
        rows.append(r)
    cols = ["case", "n", "p50_ms", "p95_ms", "p99_ms", "throughput_per_s", "vs_batch1", "per_token_ms"]
    print(table(rows, cols))
    print("(throughput: analysed messages/s, or generated tokens/s for generate rows)")
    print("wrote", write("bench_model", {"machine": machine(), "model": m.version, "rows": rows}))


def pct_pre(pre: list[float]) -> float:
    return sorted(pre)[len(pre) // 2]


if __name__ == "__main__":
    main()
