"""GPU check (run on a lent CUDA machine by `benchmarks/gpu_run.sh`): load the model on CUDA, compare its
analysis outputs with a CPU reference computed from the same weights, time analysis at batch 1 / 32 and a
64-token generation.

    python benchmarks/gpu_check.py --encoder DIR --heads DIR --generator DIR --device cpu --write-ref ref.json
    python benchmarks/gpu_check.py --encoder DIR --heads DIR --generator DIR --device cuda --ref ref.json --out o.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402

from pixel_model.inference.model import PixelModel  # noqa: E402
from pixel_model.schemas.http import AnalyseItem  # noqa: E402

TEXTS = [
    "I'm feeling overwhelmed with work",
    "How do I reset my router?",
    "I can't stop crying since the breakup",
    "I've saved my pills and tonight I'm taking them all",
    "this commute is killing me",
    "my boss yelled at me again today and I froze",
    "Explain CBT briefly",
    "I feel like a burden to everyone",
]
MSGS = [
    {"role": "system", "content": "You are a supportive counsellor."},
    {"role": "user", "content": "I'm feeling overwhelmed with work"},
]


def sync(dev):
    if dev.type == "cuda":
        torch.cuda.synchronize()


def timeit(fn, dev, reps):
    fn()
    out = []
    for _ in range(reps):
        sync(dev)
        t = time.perf_counter()
        fn()
        sync(dev)
        out.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(out), 2)


def main():
    ap = argparse.ArgumentParser()
    for a in ("--encoder", "--heads", "--generator", "--ref", "--write-ref", "--out"):
        ap.add_argument(a)
    ap.add_argument("--device", default="cuda")
    a = ap.parse_args()
    m = PixelModel.from_dirs(a.encoder, a.heads, a.generator, "check", device=a.device)
    dev = m.device
    res = m.analyse([AnalyseItem(text=t) for t in TEXTS])
    outputs = [
        {
            "risk": r.risk_level,
            "persona": r.persona,
            "emotions": r.emotions,
            "risk_probs": r.risk_probs,
            "persona_probs": r.persona_probs,
        }
        for r in res
    ]
    reply = m.generate([MSGS], [32])[0]
    if a.write_ref:
        Path(a.write_ref).write_text(json.dumps({"outputs": outputs, "reply": reply}, indent=1))
        print("reference written")
        return
    report = {
        "device": torch.cuda.get_device_name(0) if dev.type == "cuda" else "cpu",
        "torch": torch.__version__,
        "generator_dtype": str(next(m.generator.model.parameters()).dtype),
    }
    if a.ref:
        ref = json.loads(Path(a.ref).read_text())
        diffs = []
        same = True
        for o, r in zip(outputs, ref["outputs"]):
            same &= o["risk"] == r["risk"] and o["persona"] == r["persona"]
            for key in ("emotions", "risk_probs", "persona_probs"):
                diffs += [abs(o[key][k] - r[key][k]) for k in o[key]]
        report |= {
            "max_abs_prob_diff_vs_cpu": round(max(diffs), 6),
            "same_labels_as_cpu": bool(same),
            "within_tolerance_1e-3": bool(max(diffs) <= 1e-3 and same),
            "cpu_reply_32": ref["reply"],
            "gpu_reply_32": reply,
            "same_greedy_reply": reply == ref["reply"],
        }
    for bs in (1, 32):
        items = [AnalyseItem(text=TEXTS[i % len(TEXTS)] + f" {i}") for i in range(bs)]
        report[f"analyse_batch{bs}_ms"] = timeit(lambda items=items: m.analyse(items), dev, 20)
    report["generate_64_tokens_ms"] = timeit(lambda: m.generate([MSGS], [64]), dev, 3)
    report["generate_64x8_ms"] = timeit(lambda: m.generate([MSGS] * 8, [64] * 8), dev, 3)
    print(json.dumps(report, indent=1))
    if a.out:
        Path(a.out).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
