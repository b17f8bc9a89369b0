"""Fine-tune the crisis tower (top encoder layers + risk/signal heads) on the project crisis sets and C-SSRS.

Splits are by template family (``data.family_split``). The risk head is calibrated with a temperature fitted on
the validation split; signal thresholds are chosen there too (recall >= 0.9 each). The fusion thresholds that
turn these probabilities into levels are chosen afterwards by ``tune_fusion`` (also on validation data).

    python -m pixel_model.training.train_crisis --split-layer 2 --out build/crisis   # one tower, for experiments
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import numpy as np
import torch
from torch import nn

from pixel_model import taxonomy as T
from pixel_model.inference.crisis_tower import SIGNALS, CrisisTower
from pixel_model.inference.encoder import TextEncoder

from . import data as D
from .metrics import binary_f1, multiclass_report, multilabel_report, tune_thresholds
from .towers import bottom_states, fit_temperature, fit_tower, predict_all

log = logging.getLogger("pixel.train")
# fine-tune MiniLM layers SPLIT_LAYER..5. v1 (1.9k messages): layers 2-5 dev AUC 0.99 vs 0.92 for a frozen MLP,
# all 6 layers no better. v2 corpus (10k): see MODEL_CARD.md, "crisis tower experiments".
SPLIT_LAYER = 2
MAX_LEN = 128
EPOCHS = 5  # v2 corpus: the best validation loss came at the 5th epoch (8 run: 0.830 at 5, 0.884 at 6)
SEED = 1234
# class weights = (inverse frequency) ** WEIGHT_POWER, capped at 5: 1.0 over-flags (it buys recall with every
# everyday message), 0 under-weights the rare imminent class; the fusion thresholds set the operating point
WEIGHT_POWER = 0.5


def train_crisis(
    enc: TextEncoder, out_dir, split_layer: int = SPLIT_LAYER, epochs: int = EPOCHS, weight_power: float = WEIGHT_POWER
) -> tuple[dict, dict]:
    """Returns (metrics, datasets) and saves the tower to out_dir."""
    torch.manual_seed(SEED)
    hd = D.crisis_data()
    S = {sp: hd.split(sp) for sp in D.SPLITS}
    H = {sp: bottom_states(enc, [e.a for e in S[sp]], split_layer, MAX_LEN) for sp in D.SPLITS}
    yr = {sp: torch.tensor([T.RISK_INDEX[e.y["risk"]] for e in S[sp]]) for sp in D.SPLITS}
    ys = {sp: torch.tensor([[float(s in e.y["signals"]) for s in SIGNALS] for e in S[sp]]) for sp in D.SPLITS}
    tower = CrisisTower(enc.model, split_layer)
    cnt = torch.bincount(yr["train"], minlength=len(T.RISK_LEVELS)).float().clamp(min=1)
    w_risk = ((cnt.sum() / cnt / len(cnt)) ** weight_power).clamp(max=5.0)
    pos = ys["train"].sum(0).clamp(min=1)
    w_sig = (((len(ys["train"]) - pos) / pos) ** weight_power).clamp(max=10.0)

    def loss_of(h, m, idx, train, split):
        lr_, ls_ = tower(h, m)
        return nn.functional.cross_entropy(
            lr_, yr[split][idx], weight=w_risk
        ) + nn.functional.binary_cross_entropy_with_logits(ls_, ys[split][idx], pos_weight=w_sig)

    log.info("crisis tower: split layer %d, %s", split_layer, {sp: len(S[sp]) for sp in D.SPLITS})
    fit_tower(tower, H["train"], H["val"], loss_of, epochs, SEED)

    def logits(h, m):
        r, s = tower(h, m)
        return r.float(), torch.sigmoid(s.float())

    lv, sv = predict_all(logits, H["val"])
    temperature = fit_temperature(lv, yr["val"].numpy())
    tower.thresholds = {
        "temperature": temperature,
        "signals": tune_thresholds(sv, ys["val"].numpy(), SIGNALS, min_recall=0.9),
    }
    tower.save(Path(out_dir))

    pt_r, pt_s = predict_all(tower.predict, H["test"])
    gold = yr["test"].numpy()
    rep = multiclass_report(pt_r, gold, T.RISK_LEVELS)
    rep["temperature"] = temperature
    for src in sorted({e.source for e in S["test"]}):
        m = np.array([e.source == src for e in S["test"]])
        g_ = gold[m]
        p_any = 1 - pt_r[m][:, 0]
        rep[f"{src}_n_test"] = int(m.sum())
        if (g_ >= 3).any():
            rep[f"{src}_high_recall@0.5"] = round(
                float(((pt_r[m][:, 3:].sum(1) >= 0.5) & (g_ >= 3)).sum() / (g_ >= 3).sum()), 3
            )
        if (g_ > 0).any() and (g_ == 0).any():
            rep[f"{src}_any_auc"] = round(_auc(p_any, (g_ > 0).astype(int)), 3)
        if (g_ == 0).all():
            rep[f"{src}_flag_rate@0.5"] = round(float((p_any >= 0.5).mean()), 3)
    m = np.array([e.source == "cssrs" for e in S["test"]])
    rep["cssrs_2class_f1"] = round(
        binary_f1((pt_r[m][:, 2:].sum(1) >= 0.5).astype(int), (gold[m] >= T.RISK_INDEX["moderate"]).astype(int)), 3
    )
    rep["model"] = f"fine-tuned encoder layers {split_layer}..top + linear heads, temperature {temperature}"
    sig = multilabel_report(pt_s, ys["test"].numpy(), SIGNALS, tower.thresholds["signals"])
    return {"crisis_risk": rep, "crisis_signals": sig | {"n_test": len(S["test"])}}, hd.sources


def _auc(score: np.ndarray, y: np.ndarray) -> float:
    pos, neg = score[y == 1], score[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


def main() -> None:
    import json

    from pixel_model.artifacts.sources import encoder_source
    from pixel_model.inference.device import configure_threads
    from pixel_model.settings import get_settings

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split-layer", type=int, default=SPLIT_LAYER)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--weight-power", type=float, default=WEIGHT_POWER)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (2 only on an otherwise idle machine)")
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    configure_threads(a.threads)
    enc = TextEncoder(encoder_source().path, torch.device("cpu"), get_settings().encoder_max_length)
    metrics, _ = train_crisis(enc, a.out, a.split_layer, a.epochs, a.weight_power)
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "crisis_metrics.json").write_text(json.dumps(metrics, indent=2))
    print(json.dumps({k: v for k, v in metrics["crisis_risk"].items() if k != "per_label"}, indent=1))


if __name__ == "__main__":
    main()
