"""Crisis detection measured on a labelled set (default: the shared dev set, never trained on), through
the full fused detector (rules + heads) of the model in the store.

    python benchmarks/eval_crisis.py [cases.jsonl]   # prints metrics + misses, writes results/crisis_eval.json
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, write  # noqa: E402
from pixel_model import taxonomy as T  # noqa: E402

DEV = ROOT.parent / "shared" / "datasets" / "pixel_crisis_dev" / "cases.jsonl"


def evaluate(cases: list[dict], predict) -> dict:
    """predict(case) -> (risk_level, signals, persona)."""
    R = T.RISK_INDEX
    n_pos = n_tp = n_neg = n_fp = hi = hi_ok = per_ok = 0
    misses, fps, under = [], [], []
    sig_tp, sig_fn, sig_fp = Counter(), Counter(), Counter()
    for c in cases:
        risk, sigs, persona = predict(c)
        gold = R[c["risk"]]
        per_ok += persona == c["persona"]
        if gold > 0:
            n_pos += 1
            if R[risk] > 0:
                n_tp += 1
            else:
                misses.append(c["id"])
        else:
            n_neg += 1
            if R[risk] > 0:
                n_fp += 1
                fps.append(c["id"])
        if gold >= R["high"]:
            hi += 1
            if R[risk] >= R["high"]:
                hi_ok += 1
            else:
                under.append(f"{c['id']}:{c['risk']}->{risk}")
        for s in T.CRISIS_SIGNALS:
            g, p = s in c["signals"], s in sigs
            sig_tp[s] += g and p
            sig_fn[s] += g and not p
            sig_fp[s] += p and not g
    return {
        "n": len(cases), "recall_any": round(n_tp / max(1, n_pos), 3),
        "false_positive_rate": round(n_fp / max(1, n_neg), 3), "false_positives": fps,
        "recall_high_at_high": round(hi_ok / max(1, hi), 3), "persona_accuracy": round(per_ok / len(cases), 3),
        "missed": misses, "under_levelled_high": under,
        "signal_recall": {s: round(sig_tp[s] / max(1, sig_tp[s] + sig_fn[s]), 3) for s in T.CRISIS_SIGNALS},
        "signal_precision": {s: round(sig_tp[s] / max(1, sig_tp[s] + sig_fp[s]), 3) for s in T.CRISIS_SIGNALS},
    }


def main() -> None:
    from pixel_model.crisis_rules import assess_conversation
    from pixel_model.model import PixelModel
    from pixel_model.protocol import AnalyseItem, clean_text

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    for c in cases:  # what /infer does to every text before the model sees it
        c["text"] = clean_text(c["text"]).strip()
        c["history"] = [{**h, "content": clean_text(h["content"])} for h in c["history"]]
    m = PixelModel.from_store(with_generator=False)
    analyses = m.analyse([AnalyseItem(text=c["text"], history=c["history"]) for c in cases])
    by_id = {c["id"]: a for c, a in zip(cases, analyses)}
    fused = evaluate(cases, lambda c: (by_id[c["id"]].risk_level, by_id[c["id"]].crisis_signals,
                                       by_id[c["id"]].persona))

    def rules_only(c):
        f = assess_conversation(c["text"], c["history"])
        return f.risk, f.signals, "therapy" if f.risk != "none" else "assistant"

    rules = evaluate(cases, rules_only)
    for name, r in (("rules only", rules), ("fused (served)", fused)):
        print(f"{name:15s} recall(any risk) {r['recall_any']:.3f}  high/imminent at >=high "
              f"{r['recall_high_at_high']:.3f}  false-positive rate {r['false_positive_rate']:.3f}  "
              f"persona acc {r['persona_accuracy']:.3f}")
    print("fused misses:", fused["missed"])
    print("fused false positives:", fused["false_positives"])
    print("fused under-levelled:", fused["under_levelled_high"])
    print("wrote", write("crisis_eval_dev" if path == DEV else f"crisis_eval_{path.stem}", {"set": str(path.name), "model": m.version, "rules_only": rules,
                                         "fused": fused}))


if __name__ == "__main__":
    main()
