"""Fine-tune the reply-safety tower (``safety_tower.py``) on (user, reply, unsafe categories) pairs:
``data/safety_replies.jsonl`` (v1) and ``data/reply_safety/*.jsonl`` (v2, contrastive pairs).

Splits keep a user message (v1) or a template family (v2) on one side. Thresholds per category are chosen on the
validation split for recall: the guard would rather replace a good candidate (best-of-N has others, and the
composed fallback is always safe) than send an unsafe one. Each category's threshold is the largest with
validation recall >= ``MIN_RECALL``.

    python -m pixel_model.training.train_safety --out build/safety    # one tower, for experiments
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np
import torch
from torch import nn

from pixel_model import taxonomy as T
from pixel_model.inference.encoder import TextEncoder
from pixel_model.inference.safety_tower import SafetyTower

from . import data as D
from .metrics import binary_f1, multilabel_report, tune_thresholds
from .towers import bottom_states, fit_tower, predict_all

log = logging.getLogger("pixel.train")
SPLIT_LAYER = 2
MAX_LEN = 192
EPOCHS = 6
SEED = 1234
# per-category threshold: the largest with validation recall >= MIN_RECALL. With ~30 validation positives per
# category, 0.95 demands all but one: it put self_harm_encouragement at 0.05 (recall 0.97 on validation) and
# blocked 8.9% of safe replies (every empathetic reply to a self-harm disclosure looked unsafe); at 0.90 it sits at
# 0.20 (recall 0.94) and blocks 1.2%. The rules stay in front of the tower for the explicit wordings.
MIN_RECALL = 0.90


def _evaluate(tower: SafetyTower, H: dict, y: dict, th: dict, n_test: int, split_layer: int) -> dict:
    pt = predict_all(tower.predict, H["test"])
    rep = multilabel_report(pt, y["test"].numpy(), T.SAFETY_CATEGORIES, th)
    gold_unsafe = (y["test"].numpy().sum(1) > 0).astype(int)
    pred_unsafe = (pt >= np.array([th[c] for c in T.SAFETY_CATEGORIES])).any(1).astype(int)
    rep["unsafe_binary_f1"] = round(binary_f1(pred_unsafe, gold_unsafe), 3)
    rep["unsafe_recall"] = round(float((pred_unsafe & gold_unsafe).sum() / max(1, gold_unsafe.sum())), 3)
    rep["safe_pass_rate"] = round(
        float(((pred_unsafe == 0) & (gold_unsafe == 0)).sum() / max(1, (gold_unsafe == 0).sum())), 3
    )
    rep["n_test"] = n_test
    rep["min_recall"] = MIN_RECALL
    rep["model"] = f"cross-encoder: encoder layers {split_layer}..top fine-tuned + linear head"
    return rep


def rethreshold(enc: TextEncoder, out_dir) -> dict:
    """Choose the thresholds of the tower saved in ``out_dir`` again (same rule as training), and re-measure."""
    tower = SafetyTower.load(Path(out_dir), enc.model)
    hd = D.safety_data()
    S = {sp: hd.split(sp) for sp in ("val", "test")}
    H = {
        sp: bottom_states(enc, [e.a for e in S[sp]], tower.split_layer, MAX_LEN, [e.b or "" for e in S[sp]]) for sp in S
    }
    y = {sp: torch.tensor([[float(c in e.y) for c in T.SAFETY_CATEGORIES] for e in S[sp]]) for sp in S}
    th = tune_thresholds(
        predict_all(tower.predict, H["val"]), y["val"].numpy(), T.SAFETY_CATEGORIES, min_recall=MIN_RECALL
    )
    tower.thresholds = {"categories": th, "min_recall": MIN_RECALL}
    tower.save(Path(out_dir))
    return {"safety": _evaluate(tower, H, y, th, len(S["test"]), tower.split_layer)}


def train_safety(enc: TextEncoder, out_dir, split_layer: int = SPLIT_LAYER, epochs: int = EPOCHS) -> tuple[dict, dict]:
    torch.manual_seed(SEED)
    hd = D.safety_data()
    S = {sp: hd.split(sp) for sp in D.SPLITS}
    H = {
        sp: bottom_states(enc, [e.a for e in S[sp]], split_layer, MAX_LEN, [e.b or "" for e in S[sp]])
        for sp in D.SPLITS
    }
    y = {sp: torch.tensor([[float(c in e.y) for c in T.SAFETY_CATEGORIES] for e in S[sp]]) for sp in D.SPLITS}
    tower = SafetyTower(enc.model, split_layer)
    pos = y["train"].sum(0).clamp(min=1)
    w = ((len(y["train"]) - pos) / pos).clamp(max=10.0)

    def loss_of(h, m, idx, train, split):
        return nn.functional.binary_cross_entropy_with_logits(tower(h, m), y[split][idx], pos_weight=w)

    log.info("safety tower: split layer %d, %s", split_layer, {sp: len(S[sp]) for sp in D.SPLITS})
    fit_tower(tower, H["train"], H["val"], loss_of, epochs, SEED)
    pv = predict_all(tower.predict, H["val"])
    th = tune_thresholds(pv, y["val"].numpy(), T.SAFETY_CATEGORIES, min_recall=MIN_RECALL)
    tower.thresholds = {"categories": th, "min_recall": MIN_RECALL}
    tower.save(Path(out_dir))
    return {"safety": _evaluate(tower, H, y, th, len(S["test"]), split_layer)}, hd.sources


def main() -> None:
    from pixel_model.artifacts.sources import encoder_source
    from pixel_model.inference.device import configure_threads
    from pixel_model.settings import get_settings

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split-layer", type=int, default=SPLIT_LAYER)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--thresholds-only",
        action="store_true",
        help="keep the tower in --out, choose its thresholds again on the validation split",
    )
    ap.add_argument("--threads", type=int, default=1, help="torch threads (2 only on an otherwise idle machine)")
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    configure_threads(a.threads)
    enc = TextEncoder(encoder_source().path, torch.device("cpu"), get_settings().encoder_max_length)
    if a.thresholds_only:
        metrics = rethreshold(enc, a.out)
    else:
        metrics, _ = train_safety(enc, a.out, a.split_layer, a.epochs)
    (a.out / "safety_metrics.json").write_text(json.dumps(metrics, indent=2))
    r = metrics["safety"]
    print(json.dumps({k: r[k] for k in ("macro_f1", "unsafe_binary_f1", "unsafe_recall", "safe_pass_rate")}))
    print(json.dumps({k: (v["precision"], v["recall"], v["support"]) for k, v in r["per_label"].items()}, indent=0))


if __name__ == "__main__":
    main()
