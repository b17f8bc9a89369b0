"""The analysis engines side by side on this CPU, in one run: PyTorch (the reference), ONNX Runtime fp32 (the CPU
default, ``pixel_model/inference/onnx_engine.py``) and ONNX Runtime dynamic int8 (per-channel weights). Speed of
``analyse`` as served (a history with an assistant turn whose reply is scored in the same call) at batch 1, 8 and
32, and of each graph alone; what each costs in accuracy against PyTorch: the crisis decisions on the held-out
proxy, everyday and v1 sets and the corpus test split, the emotion and persona heads on their test splits, the
safety tower on its test split (unsafe recall, safe pass rate at the shipped thresholds); and agreement of every
output with PyTorch.

    python benchmarks/bench_engines.py                     # table + results/bench_engines.json (~15 min, 2 cores)
    python benchmarks/bench_engines.py --parts speed       # timings only

Timings alternate between the engines (A, B, C, A, B, C, ...), so that a machine that slows down during the run
slows all alike. One intra-op thread, as served. Run nothing else meanwhile.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from benchmarks.bench_int8 import TEXTS, alternate, crisis_comparison, head_reports  # noqa: E402
from benchmarks.common import machine, pct, table, write  # noqa: E402
from pixel_model import taxonomy as T  # noqa: E402
from pixel_model.inference.model import PixelModel  # noqa: E402
from pixel_model.schemas.runner import AnalyseItem  # noqa: E402

ENGINES = ("torch", "onnx", "onnx-int8")
HISTORY = [
    {"role": "user", "content": "I had a rough week at work."},
    {"role": "assistant", "content": "I'm sorry it has been rough. What happened?"},
]
REPLY = "That sounds really hard. What has been weighing on you the most?"


def safety_report(m: PixelModel) -> dict:
    """The safety tower on its test split at the shipped thresholds: unsafe recall and safe pass rate."""
    from pixel_model.training import data as D

    test = D.safety_data().split("test")
    probs = []
    for i in range(0, len(test), 32):
        chunk = test[i : i + 32]
        probs += m.safety_probs([e.a for e in chunk], [e.b or "" for e in chunk])
    th = m.safety_thresholds()
    pred = np.array([any(p[c] >= th[c] for c in T.SAFETY_CATEGORIES) for p in probs])
    gold = np.array([bool(e.y) for e in test])
    return {
        "n_test": len(test),
        "unsafe_recall": round(float((pred & gold).sum() / max(1, gold.sum())), 4),
        "safe_pass_rate": round(float((~pred & ~gold).sum() / max(1, (~gold).sum())), 4),
        "probs": probs,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--engines", nargs="+", default=list(ENGINES))
    ap.add_argument("--sets", nargs="+", default=["proxy", "everyday", "v1", "test"])
    ap.add_argument("--parts", nargs="+", default=["speed", "graphs", "crisis", "heads", "safety"])
    ap.add_argument("--out", default="bench_engines")
    args = ap.parse_args()
    torch.set_num_threads(1)
    models = {e: PixelModel.from_store(with_generator=False, engine=e) for e in args.engines}
    base = args.engines[0]
    out = Path(__file__).resolve().parents[1] / "results" / f"{args.out}.json"
    report: dict = json.loads(out.read_text()) if out.exists() else {}
    report |= {"machine": machine(), "parts_of_last_run": args.parts, "baseline": base}

    rows = []
    for bs, reps in ((1, 40), (8, 10), (32, 4)) if "speed" in args.parts else ():
        items = [AnalyseItem(text=TEXTS[i % len(TEXTS)] + f" #{i}", history=HISTORY, score_reply=REPLY)
                 for i in range(bs)]  # fmt: skip
        ms = alternate({k: (lambda m=m, items=items: m.analyse(items)) for k, m in models.items()}, reps)
        for k in models:
            rows.append(
                {"case": f"analyse + reply score, batch {bs}", "engine": k, "n": reps,
                 "p50_ms": round(pct(ms[k], 0.5), 1), "p95_ms": round(pct(ms[k], 0.95), 1),
                 "p99_ms": round(pct(ms[k], 0.99), 1), "per_message_ms": round(pct(ms[k], 0.5) / bs, 2),
                 "throughput_per_s": round(1000 * bs / pct(ms[k], 0.5), 1),
                 f"vs_{base}": f"{pct(ms[base], 0.5) / pct(ms[k], 0.5):.2f}x"}
            )  # fmt: skip
    for bs in (1, 8, 32) if "graphs" in args.parts else ():
        texts = [TEXTS[i % len(TEXTS)] for i in range(bs)]
        fns = {}
        for k, m in models.items():
            fns[f"{k}/encoder"] = lambda m=m, t=texts: m.encoder.embed_with_hidden(t, m.tower.split_layer)
            fns[f"{k}/crisis"] = lambda m=m, t=texts: m.tower.predict(*m.encoder.bottom_hidden(t, m.tower.split_layer))
            fns[f"{k}/safety"] = lambda m=m, t=texts: m.safety_probs(t, [REPLY] * len(t))
        ms = alternate(fns, max(4, 40 // bs))
        for g in ("encoder", "crisis", "safety"):
            for k in models:
                rows.append(
                    {"case": f"graph {g}, batch {bs}", "engine": k, "n": len(ms[f"{k}/{g}"]),
                     "p50_ms": round(pct(ms[f"{k}/{g}"], 0.5), 1), "p95_ms": round(pct(ms[f"{k}/{g}"], 0.95), 1),
                     "per_message_ms": round(pct(ms[f"{k}/{g}"], 0.5) / bs, 2),
                     f"vs_{base}": f"{pct(ms[f'{base}/{g}'], 0.5) / pct(ms[f'{k}/{g}'], 0.5):.2f}x"}
                )  # fmt: skip
    if rows:
        report["speed"] = rows
        cols = ["case", "engine", "n", "p50_ms", "p95_ms", "p99_ms", "per_message_ms", "throughput_per_s", f"vs_{base}"]
        print(table(rows, cols))

    if "crisis" in args.parts:
        crisis_comparison(models, args.sets, report, base)

    if "heads" in args.parts:
        report["heads"] = head_reports(models)
        print("heads on their test splits:", report["heads"])
    if "safety" in args.parts:
        rep = {k: safety_report(m) for k, m in models.items()}
        probs = {k: r.pop("probs") for k, r in rep.items()}
        for k in models:
            if k != base:
                rep[k]["max_abs_prob_vs_" + base] = round(
                    max(max(abs(p[c] - q[c]) for c in T.SAFETY_CATEGORIES) for p, q in zip(probs[k], probs[base])), 6
                )
        report["safety"] = rep
        print("safety tower on its test split:", rep)
    print("wrote", write(args.out, report))


if __name__ == "__main__":
    main()
