"""Metrics and threshold selection (numpy only)."""

from __future__ import annotations

import numpy as np


def binary_f1(pred: np.ndarray, gold: np.ndarray) -> float:
    tp = float(((pred == 1) & (gold == 1)).sum())
    fp = float(((pred == 1) & (gold == 0)).sum())
    fn = float(((pred == 0) & (gold == 1)).sum())
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def _prf(pred, gold):
    tp = float(((pred == 1) & (gold == 1)).sum())
    fp = float(((pred == 1) & (gold == 0)).sum())
    fn = float(((pred == 0) & (gold == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), int(gold.sum())


def tune_thresholds(probs: np.ndarray, gold: np.ndarray, labels, min_recall: float | None = None) -> dict:
    """Per label: the F1-best threshold on validation data, or (``min_recall``) the largest threshold whose
    validation recall stays >= min_recall. Labels without validation positives keep 0.5."""
    out = {}
    grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
    for j, lab in enumerate(labels):
        g = gold[:, j].astype(int)
        if g.sum() == 0:
            out[lab] = 0.5
            continue
        if min_recall is not None:
            ok = [t for t in grid if _prf((probs[:, j] >= t).astype(int), g)[1] >= min_recall]
            out[lab] = float(max(ok)) if ok else 0.05
        else:
            f1s = [_prf((probs[:, j] >= t).astype(int), g)[2] for t in grid]
            out[lab] = float(grid[int(np.argmax(f1s))])
    return out


def multilabel_report(probs: np.ndarray, gold: np.ndarray, labels, th: dict) -> dict:
    per = {}
    for j, lab in enumerate(labels):
        p, r, f, n = _prf((probs[:, j] >= th[lab]).astype(int), gold[:, j].astype(int))
        per[lab] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": n}
    scored = [v["f1"] for v in per.values() if v["support"] > 0]
    return {
        "metric": "macro-F1 (labels with test support)",
        "macro_f1": round(float(np.mean(scored)), 3),
        "per_label": per,
    }


def multiclass_report(probs: np.ndarray, gold: np.ndarray, labels) -> dict:
    pred = probs.argmax(1)
    per = {}
    for j, lab in enumerate(labels):
        p, r, f, n = _prf((pred == j).astype(int), (gold == j).astype(int))
        per[lab] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": n}
    scored = [v["f1"] for v in per.values() if v["support"] > 0]
    return {
        "metric": "macro-F1",
        "macro_f1": round(float(np.mean(scored)), 3),
        "accuracy": round(float((pred == gold).mean()), 3),
        "per_label": per,
    }
