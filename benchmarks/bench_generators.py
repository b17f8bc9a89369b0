"""The reply generators side by side on this CPU, in one run: PyTorch ``generate`` (the reference), ONNX Runtime
GenAI fp32 (the CPU default, ``pixel_model/inference/onnx_generator.py``) and ONNX Runtime GenAI int4. Decoding
speed at batch 1 (64 tokens, ms per token and tokens/s), best-of-2 sampling (two 64-token candidates of one
conversation, as the runner draws them), time to the first streamed piece, and the quality change: identical greedy
replies and the mean common token prefix against PyTorch over a fixed set of 12 prompts, with examples. The reply
benchmark (``benchmarks/eval_replies.py`` with ``PIXEL_GENERATOR_ENGINE``) measures what the change does to
replies that people receive.

    python benchmarks/bench_generators.py        # table + results/bench_generators.json (~5 min on 2 cores)

Timings alternate between the engines; one intra-op thread each, as served. Run nothing else meanwhile.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from benchmarks.bench_int8 import PROMPTS, alternate  # noqa: E402
from benchmarks.common import machine, pct, table, write  # noqa: E402
from pixel_model.artifacts.store import resolve  # noqa: E402
from pixel_model.inference.generator import Generator  # noqa: E402
from pixel_model.inference.onnx_generator import OnnxGenerator  # noqa: E402

TOKENS = 64


def forced(gen, n: int):
    """A callable decoding exactly ``TOKENS`` tokens for ``n`` sequences of PROMPTS[0] (no early end-of-turn)."""
    if isinstance(gen, Generator):
        enc = gen._encode([gen._prompt(PROMPTS[0])], TOKENS)
        kw = gen._gen_kwargs(TOKENS) | {"min_new_tokens": TOKENS}
        if n > 1:
            from pixel_model.inference.generator import SAMPLING

            kw |= SAMPLING | {"num_return_sequences": n}

        def run():
            with torch.inference_mode():
                gen.model.generate(**enc, **kw)

        return run
    ids = gen._ids(PROMPTS[0], TOKENS)

    def run_onnx():
        g = gen._generator(ids, n, TOKENS, n > 1, 1, min_new_tokens=TOKENS)
        while not g.is_done():
            g.generate_next_token()

    return run_onnx


def first_piece_ms(gen) -> float:
    t = time.perf_counter()
    for _ in gen.stream(PROMPTS[1], 48):
        return (time.perf_counter() - t) * 1000
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="bench_generators")
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(1)
    path = resolve("pixel:latest").generator_dir
    gens = {
        "torch": Generator(path, torch.device("cpu")),
        "onnx": OnnxGenerator(path, "onnx"),
        "onnx-int4": OnnxGenerator(path, "onnx-int4"),
    }
    rows = []
    for n in (1, 2):
        ms = alternate({k: forced(g, n) for k, g in gens.items()}, args.reps)
        for k in gens:
            p50 = pct(ms[k], 0.5)
            rows.append(
                {"case": f"decode {TOKENS} tokens x {n} sequence{'s' * (n > 1)}", "engine": k, "n": args.reps,
                 "p50_ms": round(p50, 1), "per_token_ms": round(p50 / TOKENS, 1),
                 "tokens_per_s": round(n * TOKENS * 1000 / p50, 1),
                 "vs_torch": f"{pct(ms['torch'], 0.5) / p50:.2f}x"}
            )  # fmt: skip
    ttft = {k: [] for k in gens}
    for _ in range(5):
        for k, g in gens.items():
            ttft[k].append(first_piece_ms(g))
    for k in gens:
        rows.append({"case": "stream: first piece", "engine": k, "n": 5, "p50_ms": round(pct(ttft[k], 0.5), 1),
                     "p95_ms": round(pct(ttft[k], 0.95), 1)})  # fmt: skip
    print(table(rows, ["case", "engine", "n", "p50_ms", "p95_ms", "per_token_ms", "tokens_per_s", "vs_torch"]))

    greedy = {k: g.generate(PROMPTS, [48] * len(PROMPTS)) for k, g in gens.items()}
    tok = gens["torch"].tokenizer
    agreement = {}
    for k in ("onnx", "onnx-int4"):
        prefixes = []
        for a, b in zip(greedy["torch"], greedy[k]):
            ta, tb = tok(a)["input_ids"], tok(b)["input_ids"]
            m = 0
            while m < min(len(ta), len(tb)) and ta[m] == tb[m]:
                m += 1
            prefixes.append(m)
        agreement[k] = {
            "prompts": len(PROMPTS),
            "identical_replies": sum(a == b for a, b in zip(greedy["torch"], greedy[k])),
            "mean_common_prefix_tokens": round(float(np.mean(prefixes)), 1),
            "examples": [{"prompt": p[-1]["content"], "torch": a, k: b}
                         for p, a, b in list(zip(PROMPTS, greedy["torch"], greedy[k]))[:4]],
        }  # fmt: skip
        print(f"{k}: {agreement[k]['identical_replies']}/{len(PROMPTS)} identical greedy replies, mean common "
              f"prefix {agreement[k]['mean_common_prefix_tokens']} tokens")  # fmt: skip
    print("wrote", write(args.out, {"machine": machine(), "rows": rows, "greedy_agreement": agreement}))


if __name__ == "__main__":
    main()
