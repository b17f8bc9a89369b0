"""fp32 vs dynamic int8 on this CPU, in one run: speed of the analysis and of decoding, and what it costs in
accuracy -- the emotion and persona heads on their test splits, the crisis decisions on the held-out proxy,
everyday and v1 sets and the corpus test split, agreement of every output with fp32, and the generator's greedy
agreement over fixed prompts.

int8 here: every ``nn.Linear`` of the encoder, the crisis and safety towers and the generator replaced by its
dynamically quantised version (``torch.ao.quantization.quantize_dynamic``, x86/fbgemm kernels, per-tensor); the
trained heads stay fp32. Measured 2026-11-30 (README "Benchmarks"): 1.6-1.8x faster analysis but lower crisis
recall (proxy high@high 0.874 -> 0.803), and a generator whose greedy replies diverge from the first token and lose
the question (also with the decoder layers alone, per-tensor or per-channel). So Pixel does not ship it: no
setting turns it on; this script is the record and the way to re-measure another quantisation.

    python benchmarks/bench_int8.py                 # table + results/bench_int8.json (~10 min on 2 cores)
    python benchmarks/bench_int8.py --no-generate   # analysis only

The two models are loaded from the same store entry; timings alternate between them (A, B, A, B, ...) so that a
machine that slows down during the run slows both alike. One intra-op thread, as served.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from benchmarks.common import machine, pct, table, write  # noqa: E402
from benchmarks.eval_crisis import evaluate, load  # noqa: E402
from pixel_model import taxonomy as T  # noqa: E402
from pixel_model.inference.heads import text_ctx_features  # noqa: E402
from pixel_model.inference.model import PixelModel  # noqa: E402
from pixel_model.schemas.runner import AnalyseItem  # noqa: E402
from pixel_model.settings import get_settings  # noqa: E402

TEXTS = [
    "I've been feeling really anxious about my exams and I can't sleep.",
    "My partner and I keep arguing about money and I don't know what to do.",
    "How do I write a cover letter for a nursing job?",
    "Since my dad died I just feel numb most days.",
    "I had a great day today, finally finished my project!",
    "Work is piling up and my manager keeps adding more.",
    "Can you explain what cognitive behavioural therapy is?",
    "I feel like nobody would notice if I disappeared.",
]
PROMPTS = [
    [{"role": "user", "content": t}]
    for t in TEXTS
    + [
        "What are some ways to calm down before a job interview?",
        "My best friend moved away and I feel lonely.",
        "How can I stop procrastinating on my thesis?",
        "I snapped at my kids today and I feel awful.",
    ]
]


def quantize_int8(module: torch.nn.Module) -> torch.nn.Module:
    """``module`` with every ``nn.Linear`` replaced by its dynamically quantised int8 version, in place."""
    from torch.ao.quantization import quantize_dynamic

    return quantize_dynamic(module, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)


def alternate(fns: dict[str, callable], reps: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {k: [] for k in fns}
    for f in fns.values():  # warm-up
        f()
    for _ in range(reps):
        for k, f in fns.items():
            t0 = time.perf_counter()
            f()
            out[k].append((time.perf_counter() - t0) * 1000)
    return out


def analyse_all(m: PixelModel, cases: list[dict]) -> list:
    res = []
    for i in range(0, len(cases), 16):
        res += m.analyse([AnalyseItem(text=c["text"], history=c.get("history", [])) for c in cases[i : i + 16]])
    return res


def crisis_comparison(models: dict[str, PixelModel], sets: list[str], report: dict, base: str) -> None:
    """Each model on each crisis set (``eval_crisis.evaluate``) and its agreement with ``base``, into
    ``report["crisis"]`` and ``report["agreement"]``; prints the table."""
    crows = []
    report.setdefault("crisis", {})
    report.setdefault("agreement", {})
    for set_name in sets:
        cases = load(set_name)
        if not cases:
            continue
        res = {k: analyse_all(m, cases) for k, m in models.items()}
        for k in models:
            ev = evaluate(cases, [(a.risk_level, a.crisis_signals, a.persona) for a in res[k]], set_name)
            report["crisis"][f"{set_name}/{k}"] = ev
            crows.append(
                {"set": set_name, "model": k, "n": ev["n"], "high_at_high": ev["recall_high_at_high"],
                 "any_risk": ev["recall_any"], "imminent": ev["recall_imminent"], "hard_neg_fp": ev["hard_negative_fp"],
                 "everyday_flag": ev["everyday_flag_any"], "persona": ev["persona_accuracy"]}
            )  # fmt: skip
        for k in models:
            if k == base:
                continue
            a, b = res[base], res[k]
            report["agreement"][f"{set_name}/{k}"] = {
                "risk_level": round(sum(x.risk_level == y.risk_level for x, y in zip(a, b)) / len(a), 4),
                "signals": round(sum(x.crisis_signals == y.crisis_signals for x, y in zip(a, b)) / len(a), 4),
                "persona": round(sum(x.persona == y.persona for x, y in zip(a, b)) / len(a), 4),
                "max_abs_emotion_prob": round(
                    max(max(abs(x.emotions[e] - y.emotions[e]) for e in T.EMOTIONS) for x, y in zip(a, b)), 6
                ),
                "max_abs_risk_prob": round(
                    max(max(abs(x.risk_probs[r] - y.risk_probs[r]) for r in T.RISK_LEVELS) for x, y in zip(a, b)), 6
                ),
            }
    print()
    cols = ["set", "model", "n", "high_at_high", "any_risk", "imminent", "hard_neg_fp", "everyday_flag", "persona"]
    print(table(crows, cols))
    print(f"\nagreement with {base}:", json.dumps(report["agreement"], indent=1))


def head_reports(models: dict[str, PixelModel]) -> dict:
    """Emotion (GoEmotions test, macro-F1 at the shipped thresholds) and persona (project test split, accuracy)."""
    from pixel_model.training import data as D
    from pixel_model.training.metrics import multiclass_report, multilabel_report

    emo = D.emotion_data().split("test")
    per = D.persona_data().split("test")
    gold_e = np.array([[int(lab in e.y) for lab in T.EMOTIONS] for e in emo])
    gold_p = np.array([T.PERSONAS.index(e.y) for e in per])
    out = {}
    for name, m in models.items():
        with torch.inference_mode():
            ee = torch.cat([m.encoder.embed([e.a for e in emo[i : i + 64]]) for i in range(0, len(emo), 64)])
            pe = torch.cat([m.encoder.embed([e.a for e in per[i : i + 64]]) for i in range(0, len(per), 64)])
            pe_prob = m.heads.predict("persona", text_ctx_features(pe, [e.ctx for e in per])).numpy()
            ee_prob = m.heads.predict("emotion", ee).numpy()
        out[name] = {
            "emotion_macro_f1": multilabel_report(ee_prob, gold_e, T.EMOTIONS, m.heads.thresholds["emotion"])[
                "macro_f1"
            ],
            "persona_accuracy": multiclass_report(pe_prob, gold_p, T.PERSONAS)["accuracy"],
            "n_emotion_test": len(emo),
            "n_persona_test": len(per),
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-generate", action="store_true")
    ap.add_argument("--sets", nargs="+", default=["proxy", "everyday", "v1", "test"])
    ap.add_argument("--out", default="bench_int8")
    ap.add_argument(
        "--parts",
        nargs="+",
        default=["speed", "generator", "crisis", "heads"],
        help="what to measure (a later run with other parts merges into the same JSON)",
    )
    args = ap.parse_args()
    torch.set_num_threads(1)
    os.environ["PIXEL_GENERATOR_ENGINE"] = "torch"  # torch's int8 quantises PyTorch modules: both engines PyTorch
    get_settings.cache_clear()
    fp32 = PixelModel.from_store(with_generator=not args.no_generate, engine="torch")
    int8 = PixelModel.from_store(with_generator=not args.no_generate, engine="torch")
    for part in (int8.encoder.model, int8.tower, int8.safety, int8.generator.model if int8.generator else None):
        if part is not None:
            quantize_int8(part)
    models = {"fp32": fp32, "int8": int8}
    out = Path(__file__).resolve().parents[1] / "results" / f"{args.out}.json"
    report: dict = json.loads(out.read_text()) if out.exists() else {}
    report |= {"machine": machine(), "parts_of_last_run": args.parts}

    # ---- speed: analysis ----------------------------------------------------------------------------
    rows = []
    for bs, reps in ((1, 40), (8, 12), (32, 6)) if "speed" in args.parts else ():
        items = [AnalyseItem(text=TEXTS[i % len(TEXTS)] + f" #{i}") for i in range(bs)]
        ms = alternate({k: (lambda m=m, items=items: m.analyse(items)) for k, m in models.items()}, reps)
        for k in models:
            rows.append(
                {"case": f"analyse batch {bs}", "model": k, "n": reps, "p50_ms": round(pct(ms[k], 0.5), 1),
                 "p95_ms": round(pct(ms[k], 0.95), 1), "per_message_ms": round(pct(ms[k], 0.5) / bs, 2),
                 "vs_fp32": f"{pct(ms['fp32'], 0.5) / pct(ms[k], 0.5):.2f}x"}
            )  # fmt: skip
    # ---- speed: decoding ----------------------------------------------------------------------------
    if not args.no_generate and "generator" in args.parts:
        msgs = PROMPTS[:1]
        ms = alternate({k: (lambda m=m: m.generator.generate(msgs, [64])) for k, m in models.items()}, 3)
        for k in models:
            rows.append(
                {"case": "generate 64 tokens, batch 1", "model": k, "n": 3, "p50_ms": round(pct(ms[k], 0.5), 1),
                 "p95_ms": round(pct(ms[k], 0.95), 1), "per_token_ms": round(pct(ms[k], 0.5) / 64, 1),
                 "vs_fp32": f"{pct(ms['fp32'], 0.5) / pct(ms[k], 0.5):.2f}x"}
            )  # fmt: skip
        greedy = {k: m.generator.generate(PROMPTS, [48] * len(PROMPTS)) for k, m in models.items()}
        tok = fp32.generator.tokenizer
        prefixes = []
        for a, b in zip(greedy["fp32"], greedy["int8"]):
            ta, tb = tok(a)["input_ids"], tok(b)["input_ids"]
            n = 0
            while n < min(len(ta), len(tb)) and ta[n] == tb[n]:
                n += 1
            prefixes.append(n)
        report["generator_agreement"] = {
            "prompts": len(PROMPTS),
            "identical_replies": sum(a == b for a, b in zip(greedy["fp32"], greedy["int8"])),
            "mean_common_prefix_tokens": round(float(np.mean(prefixes)), 1),
            "examples": [{"fp32": a, "int8": b} for a, b in list(zip(greedy["fp32"], greedy["int8"]))[:3]],
        }
    if rows:
        report["speed"] = rows
    print(table(rows, ["case", "model", "n", "p50_ms", "p95_ms", "per_message_ms", "per_token_ms", "vs_fp32"]))

    # ---- accuracy: crisis sets ----------------------------------------------------------------------
    if "crisis" in args.parts:
        crisis_comparison(models, args.sets, report, "fp32")

    # ---- accuracy: heads on their test splits -------------------------------------------------------
    if "heads" in args.parts:
        report["heads"] = head_reports(models)
        print("heads on their test splits:", report["heads"])
    if "generator_agreement" in report:
        g = report["generator_agreement"]
        print(f"generator: {g['identical_replies']}/{g['prompts']} identical greedy replies, "
              f"mean common prefix {g['mean_common_prefix_tokens']} tokens")  # fmt: skip
    print("wrote", write(args.out, report))


if __name__ == "__main__":
    main()
