"""Shared training machinery for the fine-tuned encoder towers (crisis, reply safety): the frozen bottom layers
run once per text, then the tower's layers train on those hidden states (AdamW, early stopping on validation
loss, seeded)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import numpy as np
import torch

from pixel_model.inference.encoder import TextEncoder

log = logging.getLogger("pixel.train")


@torch.inference_mode()
def bottom_states(
    enc: TextEncoder, texts: list[str], layer: int, max_len: int, pairs: list[str] | None = None
) -> list[torch.Tensor]:
    """The hidden states after the first ``layer`` layers, one [L_i, D] tensor per text (padding removed)."""
    out = []
    for i in range(0, len(texts), 64):
        h, m = enc.bottom_hidden(texts[i : i + 64], layer, pairs[i : i + 64] if pairs else None, max_len)
        for row, mm in zip(h, m):
            out.append(row[: int(mm.sum())].clone())
    return out


def pad(seqs: list[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    L = max(s.shape[0] for s in seqs)
    h = torch.zeros(len(seqs), L, seqs[0].shape[1])
    m = torch.zeros(len(seqs), L, dtype=torch.long)
    for i, s in enumerate(seqs):
        h[i, : len(s)] = s
        m[i, : len(s)] = 1
    return h, m


def fit_tower(
    tower: torch.nn.Module,
    train: list[torch.Tensor],
    val: list[torch.Tensor],
    loss_of: Callable[[torch.Tensor, torch.Tensor, list[int], bool, str], torch.Tensor],
    epochs: int,
    seed: int,
    lr_layers: float = 3e-5,
    lr_heads: float = 1e-3,
    batch: int = 32,
) -> float:
    """Train ``tower`` (its ``layers`` at ``lr_layers``, everything else at ``lr_heads``); keep the state with
    the lowest validation loss. ``loss_of(hidden, mask, indices, train, split)`` computes a batch's loss."""
    torch.manual_seed(seed)
    layer_params = list(tower.layers.parameters())
    ids = {id(p) for p in layer_params}
    head_params = [p for p in tower.parameters() if id(p) not in ids]
    opt = torch.optim.AdamW(
        [{"params": layer_params, "lr": lr_layers}, {"params": head_params, "lr": lr_heads}], weight_decay=0.01
    )
    # sort by length inside shuffled chunks: far less padding, same randomness across epochs
    g = torch.Generator().manual_seed(seed)
    best, best_state = float("inf"), None
    for epoch in range(epochs):
        t0 = time.perf_counter()
        perm = torch.randperm(len(train), generator=g).tolist()
        chunks = [
            sorted(perm[i : i + batch * 16], key=lambda j: train[j].shape[0]) for i in range(0, len(perm), batch * 16)
        ]
        batches = [c[i : i + batch] for c in chunks for i in range(0, len(c), batch)]
        order = torch.randperm(len(batches), generator=g).tolist()
        tower.train()
        for b in order:
            idx = batches[b]
            opt.zero_grad()
            h, m = pad([train[j] for j in idx])
            loss_of(h, m, idx, True, "train").backward()
            opt.step()
        tower.eval()
        with torch.no_grad():
            tot = 0.0
            vorder = sorted(range(len(val)), key=lambda j: val[j].shape[0])
            for i in range(0, len(vorder), 64):
                idx = vorder[i : i + 64]
                h, m = pad([val[j] for j in idx])
                tot += float(loss_of(h, m, idx, False, "val")) * len(idx)
            v = tot / len(val)
        log.info("%s epoch %d: val loss %.4f (%.0fs)", type(tower).__name__, epoch, v, time.perf_counter() - t0)
        if v < best:
            best, best_state = v, {k: t.detach().clone() for k, t in tower.state_dict().items()}
    tower.load_state_dict(best_state)
    tower.eval()
    return best


@torch.inference_mode()
def predict_all(predict: Callable, seqs: list[torch.Tensor]):
    """Run ``predict(hidden, mask)`` over ``seqs`` in length-sorted batches; outputs in the input order (numpy)."""
    order = sorted(range(len(seqs)), key=lambda j: seqs[j].shape[0])
    outs: list = []
    for i in range(0, len(order), 64):
        res = predict(*pad([seqs[j] for j in order[i : i + 64]]))
        outs.append(res if isinstance(res, tuple) else (res,))
    cols = [torch.cat([o[k] for o in outs]).numpy() for k in range(len(outs[0]))]
    inv = np.argsort(order)
    cols = [c[inv] for c in cols]
    return tuple(cols) if len(cols) > 1 else cols[0]


def fit_temperature(logits: np.ndarray, gold: np.ndarray) -> float:
    """Temperature scaling (Guo et al. 2017): the T in [0.3, 5] minimising validation NLL of softmax(logits/T)."""
    best_t, best_nll = 1.0, float("inf")
    for t in np.round(np.arange(0.3, 5.01, 0.05), 2):
        z = logits / t
        z = z - z.max(1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(1, keepdims=True))
        nll = float(-logp[np.arange(len(gold)), gold].mean())
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t
