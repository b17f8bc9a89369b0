"""Train every head (seeded), pick thresholds on validation splits, evaluate on test splits.

    python -m pixel_model.training.train [--research] [--out pixel_model/weights]

Writes ``heads.safetensors`` + ``heads.json`` (thresholds) + ``metrics.json`` to --out, and
``results/metrics.md`` (the table the model card quotes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from pixel_model import taxonomy as T
from pixel_model.artifacts.sources import encoder_source
from pixel_model.inference.device import configure_threads
from pixel_model.inference.encoder import TextEncoder
from pixel_model.inference.heads import HEAD_SPECS, PixelHeads, pair_features, text_ctx_features
from pixel_model.settings import PROJECT_ROOT, get_settings

from . import data as D
from .metrics import multiclass_report, multilabel_report, tune_thresholds

log = logging.getLogger("pixel.train")
SEED = 1234
ANCHORS = {
    "emotion": "GoEmotions macro-F1 0.46 (BERT-base, Demszky et al. 2020)",
    "techniques": "AnnoMI therapist-behaviour F1 0.72 (text, Wu et al. 2023)",
    "empathy": "EPITOME macro-F1 ER 74.5 / IP 62.6 / EX 72.6 (RoBERTa bi-encoder, Sharma et al. 2020)",
    "crisis_risk": "C-SSRS Reddit 2-class F1 about 0.72 (Gaur et al. 2019)",
}


class EmbeddingCache:
    """Embeddings keyed by sha256(encoder weights + text), kept in one .pt file per encoder."""

    def __init__(self, encoder: TextEncoder, encoder_hash: str, directory: Path):
        self.encoder = encoder
        self.path = directory / f"emb-{encoder_hash[:16]}.pt"
        self.store: dict[str, torch.Tensor] = torch.load(self.path) if self.path.exists() else {}
        self.dirty = False

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode()).hexdigest()

    def embed(self, texts: list[str]) -> torch.Tensor:
        missing = sorted({t for t in texts if self.key(t) not in self.store})
        if missing:
            t0 = time.perf_counter()
            embs = self.encoder.embed(missing)
            for t, e in zip(missing, embs):
                self.store[self.key(t)] = e.clone()
            self.dirty = True
            log.info("embedded %d texts in %.1fs", len(missing), time.perf_counter() - t0)
        return torch.stack([self.store[self.key(t)] for t in texts]) if texts else torch.zeros(0, self.encoder.dim)

    def save(self) -> None:
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            torch.save(self.store, self.path)
            self.dirty = False


def build_features(name: str, exs: list[D.Example], cache: EmbeddingCache) -> torch.Tensor:
    spec = HEAD_SPECS[name]
    a = cache.embed([e.a for e in exs])
    if spec.features == "text":
        return a
    if spec.features == "text_ctx":
        return text_ctx_features(a, [e.ctx for e in exs])
    return pair_features(a, cache.embed([e.b or "" for e in exs]))


def fit(
    head: nn.Module,
    kind: str,
    x: torch.Tensor,
    y: torch.Tensor,
    xv: torch.Tensor,
    yv: torch.Tensor,
    groups: int = 1,
    class_weight: torch.Tensor | None = None,
    epochs: int = 200,
    lr: float = 2e-3,
    batch: int = 256,
    patience: int = 12,
) -> nn.Module:
    """AdamW + early stopping on validation loss; returns the best state."""
    torch.manual_seed(SEED)
    opt = torch.optim.AdamW(head.parameters(), lr=lr, weight_decay=1e-2)

    def loss_fn(logits, target):
        if kind == "multilabel":
            return nn.functional.binary_cross_entropy_with_logits(logits, target, pos_weight=class_weight)
        if kind == "multiclass":
            return nn.functional.cross_entropy(logits, target, weight=class_weight)
        n_cls = logits.shape[1] // groups
        return nn.functional.cross_entropy(logits.view(-1, n_cls), target.view(-1), weight=class_weight)

    best, best_state, bad = float("inf"), None, 0
    g = torch.Generator().manual_seed(SEED)
    for _epoch in range(epochs):
        head.train()
        perm = torch.randperm(len(x), generator=g)
        for i in range(0, len(x), batch):
            idx = perm[i : i + batch]
            opt.zero_grad()
            loss_fn(head(x[idx]), y[idx]).backward()
            opt.step()
        head.eval()
        with torch.no_grad():
            v = loss_fn(head(xv), yv).item()
        if v < best - 1e-4:
            best, bad = v, 0
            best_state = {k: t.detach().clone() for k, t in head.state_dict().items()}
        else:
            bad += 1
            if bad >= patience:
                break
    head.load_state_dict(best_state)
    head.eval()
    return head


def _multihot(labels: list[list[str]], names: tuple[str, ...]) -> torch.Tensor:
    y = torch.zeros(len(labels), len(names))
    for i, labs in enumerate(labels):
        for lab in labs:
            if lab in names:
                y[i, names.index(lab)] = 1.0
    return y


def _pos_weight(y: torch.Tensor, cap: float = 10.0) -> torch.Tensor:
    pos = y.sum(0).clamp(min=1)
    return ((len(y) - pos) / pos).clamp(max=cap)


def _probs(head, x, kind, groups=1, n_cls=1):
    with torch.no_grad():
        z = head(x)
    if kind == "multilabel":
        return torch.sigmoid(z).numpy()
    if kind == "multiclass":
        return torch.softmax(z, -1).numpy()
    return torch.softmax(z.view(len(z), groups, n_cls), -1).numpy()


def train_all(research: bool, out: Path, threads: int = 1, crisis_from: Path | None = None) -> dict:
    configure_threads(threads)
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    s = get_settings()
    src = encoder_source(s)
    enc = TextEncoder(src.path, torch.device("cpu"), s.encoder_max_length)
    cache = EmbeddingCache(enc, next(iter(src.sha256.values())), s.cache_dir)
    heads = PixelHeads(enc.dim)
    metrics: dict = {
        "build": "research" if research else "default",
        "encoder": src.origin,
        "encoder_sha256": src.sha256,
        "datasets": {},
        "heads": {},
    }
    thresholds: dict = {}

    def split_xy(name, hd, label_fn):
        out_ = {}
        for sp in D.SPLITS:
            exs = hd.split(sp)
            out_[sp] = (build_features(name, exs, cache), label_fn(exs), exs)
        cache.save()
        return out_

    # ---- emotion (GoEmotions) -------------------------------------------------------------
    def emotion():
        hd = D.emotion_data()
        metrics["datasets"].update(hd.sources)
        S = split_xy("emotion", hd, lambda exs: _multihot([e.y for e in exs], T.EMOTIONS))
        h = fit(
            heads.heads["emotion"],
            "multilabel",
            S["train"][0],
            S["train"][1],
            S["val"][0],
            S["val"][1],
            class_weight=_pos_weight(S["train"][1], 5.0),
            epochs=40,
            batch=512,
        )
        th = tune_thresholds(_probs(h, S["val"][0], "multilabel"), S["val"][1].numpy(), T.EMOTIONS)
        thresholds["emotion"] = th
        metrics["heads"]["emotion"] = multilabel_report(
            _probs(h, S["test"][0], "multilabel"), S["test"][1].numpy(), T.EMOTIONS, th
        ) | {"anchor": ANCHORS["emotion"], "n_test": len(S["test"][2])}

    # ---- persona --------------------------------------------------------------------------
    def persona():
        hd = D.persona_data()
        metrics["datasets"].update(hd.sources)
        S = split_xy("persona", hd, lambda exs: torch.tensor([T.PERSONAS.index(e.y) for e in exs]))
        h = fit(heads.heads["persona"], "multiclass", S["train"][0], S["train"][1], S["val"][0], S["val"][1])
        metrics["heads"]["persona"] = multiclass_report(
            _probs(h, S["test"][0], "multiclass"), S["test"][1].numpy(), T.PERSONAS
        ) | {"n_test": len(S["test"][2])}

    # ---- crisis (fine-tuned tower: risk + signals) ------------------------------------------
    def crisis():
        from .train_crisis import train_crisis

        if crisis_from is not None:  # a tower trained by `train_crisis --out DIR` with the defaults (same seed)
            import shutil

            for f in ("crisis_tower.safetensors", "crisis_tower.json"):
                shutil.copy2(crisis_from / f, out / f)
            crisis_metrics = json.loads((crisis_from / "crisis_metrics.json").read_text())
            crisis_sources = D.crisis_data().sources
        else:
            crisis_metrics, crisis_sources = train_crisis(enc, out)
        metrics["heads"].update(crisis_metrics)
        metrics["datasets"].update(crisis_sources)
        metrics["heads"]["crisis_risk"]["anchor"] = ANCHORS["crisis_risk"]

    # ---- techniques (AnnoMI) ----------------------------------------------------------------
    def techniques():
        hd = D.technique_data()
        metrics["datasets"].update(hd.sources)
        S = split_xy("techniques", hd, lambda exs: _multihot([e.y["labels"] for e in exs], T.TECHNIQUES_TRAINED))
        h = fit(
            heads.heads["techniques"],
            "multilabel",
            S["train"][0],
            S["train"][1],
            S["val"][0],
            S["val"][1],
            class_weight=_pos_weight(S["train"][1], 8.0),
        )
        th = tune_thresholds(_probs(h, S["val"][0], "multilabel"), S["val"][1].numpy(), T.TECHNIQUES_TRAINED)
        thresholds["techniques"] = th
        pt = _probs(h, S["test"][0], "multilabel")
        rep = multilabel_report(pt, S["test"][1].numpy(), T.TECHNIQUES_TRAINED, th)
        rep["main_behaviour"] = main_behaviour_report(pt, [e.y["main"] for e in S["test"][2]], th)
        rep["anchor"] = ANCHORS["techniques"]
        rep["n_test"] = len(S["test"][2])
        metrics["heads"]["techniques"] = rep

    # ---- empathy ----------------------------------------------------------------------------
    def empathy():
        hd = D.empathy_data(research)
        metrics["datasets"].update(hd.sources)
        S = split_xy("empathy", hd, lambda exs: torch.tensor([e.y for e in exs], dtype=torch.long).view(-1, 3))
        h = fit(heads.heads["empathy"], "grouped", S["train"][0], S["train"][1], S["val"][0], S["val"][1], groups=3)
        pt = _probs(h, S["test"][0], "grouped", 3, 3)
        rep = {"n_train": len(S["train"][2])}
        for src_name in ("project", "epitome"):
            m = np.array([e.source == src_name for e in S["test"][2]])
            rep[src_name] = {
                mech: multiclass_report(pt[m][:, g], S["test"][1].numpy()[m][:, g], ("0", "1", "2"))
                for g, mech in enumerate(T.EMPATHY_MECHANISMS)
            } | {"n_test": int(m.sum())}
        rep["anchor"] = ANCHORS["empathy"]
        metrics["heads"]["empathy"] = rep

    # ---- safety (fine-tuned cross-encoder tower over (user, reply)) ---------------------------
    def safety():
        from .train_safety import train_safety

        safety_metrics, safety_sources = train_safety(enc, out)
        metrics["heads"].update(safety_metrics)
        metrics["datasets"].update(safety_sources)

    # the research build retrains only the head whose licences differ (EPITOME is academic-only)
    steps = (empathy,) if research else (emotion, persona, crisis, techniques, empathy, safety)
    for step in steps:
        step()
    heads.thresholds = thresholds
    heads.save(out)
    # the response bank is written by hand, and the reply-kind router trained by its own script (train_router):
    # another output directory gets the shipped ones, so that it holds a whole pixel version
    import shutil

    shipped = PROJECT_ROOT / "pixel_model" / "weights"
    for name in ("response_bank.jsonl", "router.safetensors", "router.json"):
        if (shipped / name).exists() and (out / name).resolve() != (shipped / name).resolve():
            shutil.copy2(shipped / name, out / name)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))
    cache.save()
    return metrics


def main_behaviour_report(probs: np.ndarray, gold: list[str], th: dict) -> dict:
    """AnnoMI's 4-way main behaviour from the sub-type probabilities: the group of the most confident label
    over its threshold, else "other"."""
    group = {
        "simple_reflection": "reflection",
        "complex_reflection": "reflection",
        "open_question": "question",
        "closed_question": "question",
        "information": "therapist_input",
        "advice": "therapist_input",
        "negotiation": "therapist_input",
        "options": "therapist_input",
    }
    names = ("question", "reflection", "therapist_input", "other")
    pred = []
    for row in probs:
        margin = {lab: row[i] - th[lab] for i, lab in enumerate(T.TECHNIQUES_TRAINED)}
        lab, m = max(margin.items(), key=lambda kv: kv[1])
        pred.append(names.index(group[lab]) if m >= 0 else 3)
    onehot = np.eye(4)[np.array(pred)]
    return multiclass_report(onehot, np.array([names.index(g) for g in gold]), names)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--research", action="store_true", help="also train on EPITOME (academic-only licence)")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (2 only on an otherwise idle machine)")
    ap.add_argument(
        "--crisis-from",
        type=Path,
        default=None,
        help="reuse the crisis tower that `python -m pixel_model.training.train_crisis --out DIR` trained",
    )
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    out = args.out or (PROJECT_ROOT / ("build/research_weights" if args.research else "pixel_model/weights"))
    m = train_all(args.research, out, args.threads, args.crisis_from)
    if args.research:  # the research weights are not shipped; only their metrics are kept for the card
        import shutil

        from .report import RESEARCH

        RESEARCH.parent.mkdir(exist_ok=True)
        shutil.copy2(out / "metrics.json", RESEARCH)
    from .report import write_metrics_table

    write_metrics_table()
    print(json.dumps({k: v.get("macro_f1") for k, v in m["heads"].items()}, indent=1))


if __name__ == "__main__":
    main()
