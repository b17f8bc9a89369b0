"""Choose the crisis fusion thresholds (``fusion.head_any``, ``fusion.head_high`` in heads.json) on the
crisis dev set, which is never trained on: the lowest thresholds (most recall) whose false positives on the
set's risk-free cases stay at or under ``MAX_FP_RATE``; ties broken by recall of high/imminent at >= high.

    python -m pixel_model.training.tune_fusion [--weights pixel_model/weights]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch

from .. import taxonomy as T
from ..conversation import conversation_text
from ..crisis import combine
from ..crisis_rules import assess_conversation
from ..encoder import TextEncoder
from ..heads import CRISIS_HEAD_SIGNALS, PixelHeads
from ..settings import PROJECT_ROOT, get_settings
from ..sources import encoder_source
from .data import datasets_dir, read_jsonl

MAX_FP_RATE = 0.025
GRID = [round(x, 2) for x in np.arange(0.50, 1.0, 0.01)] + [1.01]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--weights", type=Path, default=PROJECT_ROOT / "pixel_model" / "weights")
    a = ap.parse_args()
    torch.set_num_threads(2)
    cases = read_jsonl(datasets_dir() / "pixel_crisis_dev" / "cases.jsonl")
    heads = PixelHeads.load(a.weights)
    enc = TextEncoder(encoder_source().path, torch.device("cpu"), get_settings().encoder_max_length)
    e = enc.embed([conversation_text(c["text"], c["history"]) for c in cases])
    risk = heads.predict("crisis_risk", e).numpy()
    sig = heads.predict("crisis_signals", e).numpy()
    R = T.RISK_INDEX
    gold = np.array([R[c["risk"]] for c in cases])
    rules = [assess_conversation(c["text"], c["history"]) for c in cases]
    rp = [dict(zip(T.RISK_LEVELS, map(float, risk[i]))) for i in range(len(cases))]
    sp = [dict(zip(CRISIS_HEAD_SIGNALS, map(float, sig[i]))) for i in range(len(cases))]
    best = None
    for th_any in GRID:
        for th_high in GRID:
            th = {**heads.thresholds, "fusion": {"head_any": th_any, "head_high": th_high}}
            pred = np.array([R[combine(rules[i], rp[i], sp[i], th).risk_level] for i in range(len(cases))])
            fp = float(((pred > 0) & (gold == 0)).sum() / (gold == 0).sum())
            rec = float(((pred > 0) & (gold > 0)).sum() / (gold > 0).sum())
            rec_hi = float(((pred >= R["high"]) & (gold >= R["high"])).sum() / (gold >= R["high"]).sum())
            if fp <= MAX_FP_RATE:
                key = (rec, rec_hi)  # ties: the first (lowest) thresholds, i.e. most head recall
                if best is None or key > best[0]:
                    best = (key, th_any, th_high, fp)
    (rec, rec_hi), th_any, th_high, fp = best
    heads.thresholds["fusion"] = {"head_any": th_any, "head_high": th_high,
                                  "chosen_on": "pixel_crisis_dev", "max_fp_rate": MAX_FP_RATE,
                                  "dev_recall_any": round(rec, 3), "dev_recall_high": round(rec_hi, 3),
                                  "dev_fp_rate": round(fp, 3)}
    heads.save(a.weights)
    print(json.dumps(heads.thresholds["fusion"], indent=1))


if __name__ == "__main__":
    main()
