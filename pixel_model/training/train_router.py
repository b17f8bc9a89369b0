"""Train the reply-kind router (``replies/router.py``): a multinomial logistic regression on the encoder's frozen
sentence embeddings.

Data (all project-written; never the reply evaluation sets):
- ``data/router/train.jsonl``: messages of each kind and near misses, by template family (``make_train.py``);
- the crisis corpus's ``medication_dose`` questions (``data/crisis_corpus/neg_b.jsonl``) as ``medication``;
- ``none``: the crisis corpus's everyday distress, phatic messages and hard negatives and the persona set
  (``data/persona.jsonl``), except those the regular expressions already route (their reply is routed by the
  rules whatever the router says, and some of them are questions of a kind, which would teach it the wrong label).
Splits by template family (``data.hash_split``; the persona set by id): train / validation / test. The threshold of
each label is the smallest (on a 0.05 grid, at least ``MIN_THRESHOLD``) that routes at most ``MAX_FALSE_ROUTE`` of
the validation ``none`` messages to it. Reported: per-label precision and recall on the test families and on the
held-out set ``data/router/heldout.jsonl`` (written in a separate pass; never used to train or choose thresholds;
measured only with ``--heldout``, once per trained router).

    python -m pixel_model.training.train_router --heldout  # writes pixel_model/weights/router.*
    python -m pixel_model.training.train_router --out build/router
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from collections import Counter
from pathlib import Path

import torch

from pixel_model.replies import guard as G
from pixel_model.replies.router import LABELS, ReplyRouter

from .data import hash_split, read_jsonl

log = logging.getLogger("pixel.train")
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
MAX_FALSE_ROUTE = 0.003  # per label, of the validation `none` messages
# Tried and not used: also at most 5% of the validation near misses (``train.jsonl``'s own `none` families: a
# therapist, an ex, a medicine mentioned) per label. With 38 such messages one is 2.6%, and the budget put the
# medication threshold at 1.0 (0 of 44 validation medicine questions routed). The near misses' false-route rate is
# reported instead (``near_miss_false_route_rate``).
MIN_THRESHOLD = 0.5
EPOCHS = 400
WEIGHT_DECAY = 1e-3
SEED = 1234


def same_text_key(text: str) -> str:
    """Case, apostrophes, punctuation and spacing removed: two messages with the same key are the same message."""
    return " ".join(re.sub(r"[^\w\s]", "", text.lower().replace("\u2019", "'")).split())


def regex_routed(text: str) -> bool:
    """Whether the rules alone (``guard.sensitive_topics``) already give ``text`` one of the topics the router
    opens (then the router's label does not change its reply)."""
    return bool({G.topic_of(label) for label in LABELS[1:]} & set(G.sensitive_topics(G.GuardContext(text))))


def load_examples() -> list[dict]:
    """Every training example: ``text``, ``label``, ``split`` (train / val / test)."""
    out = []
    for r in read_jsonl(DATA / "router" / "train.jsonl"):
        split = hash_split("router-" + r["family"], 0.2, 0.15)
        out.append({"text": r["text"], "label": r["label"], "split": split, "near_miss": r["label"] == "none"})
    for f in ("neg_a.jsonl", "neg_b.jsonl"):
        for r in read_jsonl(DATA / "crisis_corpus" / f):
            split = hash_split("router-" + r["family"], 0.2, 0.15)
            if r["category"] == "medication_dose":
                out.append({"text": r["text"], "label": "medication", "split": split})
            elif not regex_routed(r["text"]):
                out.append({"text": r["text"], "label": "none", "split": split})
    for r in read_jsonl(DATA / "persona.jsonl"):
        if not regex_routed(r["text"]):
            out.append({"text": r["text"], "label": "none", "split": hash_split("router-" + r["id"], 0.2, 0.15)})
    return out


def fit(x: torch.Tensor, y: torch.Tensor, seed: int = SEED, epochs: int = EPOCHS) -> ReplyRouter:
    """Full-batch AdamW on the cross-entropy, classes weighted by the square root of their inverse frequency."""
    torch.manual_seed(seed)
    model = ReplyRouter(x.shape[1])
    counts = torch.bincount(y, minlength=len(LABELS)).float().clamp(min=1)
    weight = (counts.sum() / counts).sqrt()
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight / weight.mean())
    opt = torch.optim.AdamW(model.parameters(), lr=0.05, weight_decay=WEIGHT_DECAY)
    for _ in range(epochs):
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
    return model.eval()


def choose_thresholds(probs: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
    """Per label: the smallest threshold (0.05 grid, >= MIN_THRESHOLD) routing <= MAX_FALSE_ROUTE of the `none`
    rows of (``probs`` [N, K], ``y`` [N]) to it."""
    none = probs[y == 0]
    top = none.argmax(1)
    out = {}
    for k, label in enumerate(LABELS):
        if k == 0:
            continue
        for t in [MIN_THRESHOLD + 0.05 * i for i in range(int((1 - MIN_THRESHOLD) / 0.05) + 1)]:
            rate = float(((top == k) & (none[:, k] >= t)).float().mean()) if len(none) else 0.0
            if rate <= MAX_FALSE_ROUTE:
                out[label] = round(t, 2)
                break
        else:
            out[label] = 1.01  # never routed
    return out


def report(router: ReplyRouter, emb: torch.Tensor, labels: list[str]) -> dict:
    """Per-label precision / recall of ``router.route`` and the `none` messages routed (false routes)."""
    routed = [r or "none" for r in router.route(emb)]
    per = {}
    for label in LABELS[1:]:
        tp = sum(1 for p, g in zip(routed, labels) if p == label and g == label)
        pred = sum(1 for p in routed if p == label)
        gold = sum(1 for g in labels if g == label)
        per[label] = {
            "n": gold,
            "precision": round(tp / pred, 3) if pred else None,
            "recall": round(tp / gold, 3) if gold else None,
        }
    n_none = sum(1 for g in labels if g == "none")
    false_routes = sum(1 for p, g in zip(routed, labels) if g == "none" and p != "none")
    kind = [(p, g) for p, g in zip(routed, labels) if g != "none"]
    return {
        "n": len(labels),
        "per_label": per,
        "kinds_routed_to_their_label": round(sum(p == g for p, g in kind) / max(1, len(kind)), 3),
        "kinds_routed_anywhere": round(sum(p != "none" for p, _ in kind) / max(1, len(kind)), 3),
        "none_false_route_rate": round(false_routes / max(1, n_none), 4),
        "none_n": n_none,
    }


def with_regex(router: ReplyRouter, emb: torch.Tensor, texts: list[str], labels: list[str]) -> dict:
    """How many messages of a kind are composed at all (regular expressions or router) and how many `none`
    messages are (false routes), as served."""
    routed = router.route(emb)
    kinds = [bool(r) or regex_routed(t) for r, t, g in zip(routed, texts, labels) if g != "none"]
    regex_only = [regex_routed(t) for t, g in zip(texts, labels) if g != "none"]
    nones = [bool(r) or regex_routed(t) for r, t, g in zip(routed, texts, labels) if g == "none"]
    nones_regex = [regex_routed(t) for t, g in zip(texts, labels) if g == "none"]
    return {
        "kinds_composed_regex_only": round(sum(regex_only) / max(1, len(regex_only)), 3),
        "kinds_composed_regex_or_router": round(sum(kinds) / max(1, len(kinds)), 3),
        "none_composed_regex_only": round(sum(nones_regex) / max(1, len(nones_regex)), 4),
        "none_composed_regex_or_router": round(sum(nones) / max(1, len(nones)), 4),
    }


def main() -> None:
    from pixel_model.artifacts.sources import encoder_source
    from pixel_model.inference.encoder import TextEncoder
    from pixel_model.settings import get_settings

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "pixel_model" / "weights")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument(
        "--heldout", action="store_true", help="also measure data/router/heldout.jsonl (never used to choose anything)"
    )
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    torch.set_num_threads(a.threads)
    enc = TextEncoder(encoder_source().path, torch.device("cpu"), get_settings().encoder_max_length)
    ex = load_examples()
    log.info("examples: %s", dict(Counter((e["split"], e["label"]) for e in ex)))
    emb = enc.embed([e["text"] for e in ex])
    y = torch.tensor([LABELS.index(e["label"]) for e in ex])
    idx = {s: [i for i, e in enumerate(ex) if e["split"] == s] for s in ("train", "val", "test")}
    router = fit(emb[idx["train"]], y[idx["train"]])
    router.thresholds = choose_thresholds(router.probabilities(emb[idx["val"]]), y[idx["val"]])
    metrics = {
        split: report(router, emb[idx[split]], [ex[i]["label"] for i in idx[split]]) for split in ("val", "test")
    }
    for split in ("val", "test"):  # the near misses alone: how often a mention gets a vetted answer it did not ask
        nm = [i for i in idx[split] if ex[i].get("near_miss")]
        metrics[split]["near_miss_false_route_rate"] = report(router, emb[nm], ["none"] * len(nm))[
            "none_false_route_rate"
        ]
        metrics[split]["near_miss_n"] = len(nm)
    held = DATA / "router" / "heldout.jsonl"
    if a.heldout:  # measured, never used to choose anything: run it once per trained router
        rows = read_jsonl(held)
        h_emb = enc.embed([r["text"] for r in rows])
        h_texts, h_labels = [r["text"] for r in rows], [r["label"] for r in rows]
        metrics["heldout"] = report(router, h_emb, h_labels) | with_regex(router, h_emb, h_texts, h_labels)
    router.info = {
        "model": "multinomial logistic regression on the encoder's unit-norm sentence embedding",
        "encoder_sha256": encoder_source().sha256,
        "max_false_route": MAX_FALSE_ROUTE,
        "n_train": len(idx["train"]),
        "train_labels": dict(Counter(ex[i]["label"] for i in idx["train"])),
        "metrics": metrics,
    }
    router.save(a.out)
    print(json.dumps({"thresholds": router.thresholds, "metrics": metrics}, indent=1))


if __name__ == "__main__":
    main()
