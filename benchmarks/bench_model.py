"""Model-level benchmark (no server): analysis latency per batch size on one thread, an analysis-only request
with a reply to score (one call that embeds the message once, against the two calls it replaced, same run), a
cProfile breakdown of that call per stage, and the generator's prefill and per-token decode times. Baseline:
batch 1 called N times in the same process.

    python benchmarks/bench_model.py      # prints the tables, writes results/bench_model.json
    python benchmarks/bench_model.py --no-generate --out bench_model_analysis   # analysis rows and the profile
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402

from benchmarks.common import machine, summarise, table, write  # noqa: E402
from pixel_model.inference.model import PixelModel  # noqa: E402
from pixel_model.schemas.http import ReplyItem  # noqa: E402
from pixel_model.schemas.runner import AnalyseItem

TEXTS = [
    "I'm feeling overwhelmed with work",
    "How do I reset my router?",
    "I can't stop crying since the breakup",
    "What is the capital of Peru?",
    "my boss yelled at me again today and I froze",
    "Explain CBT briefly",
    "I haven't slept properly in weeks",
    "Can you suggest a recipe with lentils?",
]


def timed(fn, reps: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


HISTORY = [
    {"role": "user", "content": "Hi, I need help"},
    {"role": "assistant", "content": "I'm here to help. What's been on your mind lately?"},
]
# stages of one analysis call, by the function that does each (cumulative time, so nested stages overlap)
STAGES = [
    ("encoder forward (message + counterfactuals)", "encoder.py", "embed_with_hidden"),
    ("crisis tower over windows", "model.py", "_windowed_risk"),
    ("crisis rules (whole conversation)", "conversation.py", "assess_conversation"),
    ("bias counterfactual texts", "bias.py", "counterfactuals"),
    ("heads (emotion, persona)", "heads.py", "predict"),
    ("reply scoring (safety tower, heads, guard)", "model.py", "score_replies"),
    ("  of which the safety tower", "model.py", "safety_probs"),
    ("  of which the reply's embedding", "encoder.py", "embed"),
]


def history_rows(m: PixelModel) -> list[dict]:
    """The common served case: analysis only, the history's assistant turn scored. One call (the message embedded
    once, inside ``analyse``) against the two calls the pipeline made before (``analyse``, then ``score_replies``
    embedding the message again), in the same run."""

    def one_call(i):
        m.analyse([AnalyseItem(text=TEXTS[i % len(TEXTS)], history=HISTORY, score_reply=HISTORY[-1]["content"])])

    def two_calls(i):
        a = m.analyse([AnalyseItem(text=TEXTS[i % len(TEXTS)], history=HISTORY)])[0]
        m.score_replies(
            [
                ReplyItem(
                    user_text=TEXTS[i % len(TEXTS)],
                    reply=HISTORY[-1]["content"],
                    user_emotions=a.emotions,
                    persona=a.persona,
                    bias_shift=a.bias_shift,
                )
            ]
        )

    rows = []
    for name, fn in (
        ("analyse, then score_replies (two calls)", two_calls),
        ("analyse with score_reply (one call)", one_call),
    ):
        it = iter(range(10**6))
        ms = timed(lambda fn=fn, it=it: fn(next(it)), 40)
        rows.append({"case": f"history reply: {name}"} | summarise(ms, sum(ms) / 1000, 40))
    rows[1]["vs_two_calls"] = f"{rows[0]['p50_ms'] / rows[1]['p50_ms']:.2f}x"
    return rows


def profile(m: PixelModel, n: int = 40) -> list[dict]:
    """cProfile of ``analyse`` with a reply to score, batch 1: cumulative ms per call of each stage."""
    items = [
        [AnalyseItem(text=TEXTS[i % len(TEXTS)], history=HISTORY, score_reply=HISTORY[-1]["content"])] for i in range(n)
    ]
    m.analyse(items[0])
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for it in items:
        m.analyse(it)
    prof.disable()
    total_ms = (time.perf_counter() - t0) * 1000 / n
    st = pstats.Stats(prof).stats  # (file, line, func) -> (cc, nc, tt, ct, callers)
    rows = [{"stage": "analyse, whole call", "ms_per_call": round(total_ms, 2), "share": "100%"}]
    for label, fname, func in STAGES:
        ct = sum(v[3] for (f, _, fn), v in st.items() if fn == func and f.endswith(fname))
        ms = ct * 1000 / n
        rows.append({"stage": label, "ms_per_call": round(ms, 2), "share": f"{ms / total_ms:.0%}"})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-generate", action="store_true", help="skip the generator rows")
    ap.add_argument("--out", default="bench_model", help="results/<out>.json")
    args = ap.parse_args()
    torch.set_num_threads(1)
    m = PixelModel.from_store(with_generator=not args.no_generate)
    rows = []
    base = None
    for bs in (1, 8, 32):
        items = [AnalyseItem(text=TEXTS[i % len(TEXTS)] + f" #{i}") for i in range(bs)]
        reps = 40 if bs == 1 else 15
        ms = timed(lambda items=items: m.analyse(items), reps)
        r = {"case": f"analyse batch {bs}"} | summarise(ms, sum(ms) / 1000, bs * reps)
        base = base or r["throughput_per_s"]
        r["vs_batch1"] = f"{r['throughput_per_s'] / base:.2f}x"
        rows.append(r)
    rows += history_rows(m)
    stages = profile(m)
    if args.no_generate:
        return finish(m, rows, stages, args.out)
    # generator: prefill (one forward over the prompt) and decode per token
    g = m.generator
    msgs = [{"role": "system", "content": "You are a supportive counsellor."}, {"role": "user", "content": TEXTS[0]}]
    enc = g._encode([g._prompt(msgs)], 64)
    with torch.inference_mode():
        pre = timed(lambda: g.model(**enc), 10)
    n_prompt = int(enc["input_ids"].shape[1])
    rows.append({"case": f"generator prefill ({n_prompt} tokens)"} | summarise(pre, sum(pre) / 1000, 10))
    for bs in (1, 4):
        convs = [msgs] * bs
        gen = timed(lambda convs=convs, bs=bs: g.generate(convs, [64] * bs), 3)
        r = {"case": f"generate 64 tokens, batch {bs}"} | summarise(gen, sum(gen) / 1000, 64 * bs * 3)
        r["per_token_ms"] = round((r["p50_ms"] - pct_pre(pre)) / 64, 1)
        rows.append(r)
    finish(m, rows, stages, args.out)


def finish(m: PixelModel, rows: list[dict], stages: list[dict], out: str) -> None:
    cols = ["case", "n", "p50_ms", "p95_ms", "p99_ms", "throughput_per_s", "vs_batch1", "vs_two_calls", "per_token_ms"]
    print(table(rows, cols))
    print("(throughput: analysed messages/s, or generated tokens/s for generate rows)")
    print("\nanalyse with a history reply to score, batch 1, per stage (cProfile, cumulative: nested stages overlap)")
    print(table(stages, ["stage", "ms_per_call", "share"]))
    print(
        "wrote",
        write(out, {"machine": machine(), "model": m.version, "rows": rows, "profile_analyse_with_reply": stages}),
    )


def pct_pre(pre: list[float]) -> float:
    return sorted(pre)[len(pre) // 2]


if __name__ == "__main__":
    main()
