"""The trained heads: small MLPs on frozen sentence embeddings (the crisis heads live in crisis_tower.py, the
reply-safety head in safety_tower.py: both need fine-tuned encoder layers).

Feature kinds (built by ``features``):
- ``text``:      e(message)                                   [D]
- ``text_ctx``:  e(message) ++ one-hot(context_type | none)    [D + len(CONTEXT_TYPES) + 1]
- ``pair``:      e(a) ++ e(b) ++ e(a)*e(b)                     [3D]   (user message, reply)
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from pixel_model import taxonomy as T


@dataclass(frozen=True)
class HeadSpec:
    name: str
    features: str  # text | text_ctx | pair
    kind: str  # multilabel | multiclass | grouped (several 3-way groups)
    labels: tuple[str, ...]
    groups: int = 1  # for "grouped": number of groups, each len(labels) classes
    group_names: tuple[str, ...] = ()
    hidden: int = 256
    dropout: float = 0.2

    @property
    def out_dim(self) -> int:
        return len(self.labels) * self.groups


HEAD_SPECS: dict[str, HeadSpec] = {
    s.name: s
    for s in (
        HeadSpec("emotion", "text", "multilabel", T.EMOTIONS),
        HeadSpec("persona", "text_ctx", "multiclass", T.PERSONAS),
        HeadSpec("techniques", "pair", "multilabel", T.TECHNIQUES_TRAINED),
        HeadSpec(
            "empathy",
            "pair",
            "grouped",
            tuple(str(x) for x in T.EMPATHY_LEVELS),
            groups=3,
            group_names=T.EMPATHY_MECHANISMS,
        ),
    )
}


def feature_dim(kind: str, d: int) -> int:
    return {"text": d, "text_ctx": d + len(T.CONTEXT_TYPES) + 1, "pair": 3 * d}[kind]


def context_onehot(context_types: list[str | None]) -> torch.Tensor:
    out = torch.zeros(len(context_types), len(T.CONTEXT_TYPES) + 1)
    for i, c in enumerate(context_types):
        out[i, T.CONTEXT_TYPES.index(c) if c in T.CONTEXT_TYPES else len(T.CONTEXT_TYPES)] = 1.0
    return out


def text_ctx_features(e: torch.Tensor, context_types: list[str | None]) -> torch.Tensor:
    return torch.cat([e, context_onehot(context_types)], dim=-1)


def pair_features(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return torch.cat([a, b, a * b], dim=-1)


class MLPHead(nn.Module):
    def __init__(self, in_dim: int, out_dim: int, hidden: int = 256, dropout: float = 0.2):
        super().__init__()
        self.net = nn.Sequential(
            nn.Dropout(dropout), nn.Linear(in_dim, hidden), nn.GELU(), nn.Dropout(dropout), nn.Linear(hidden, out_dim)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


def probabilities(spec: HeadSpec, logits: torch.Tensor) -> torch.Tensor:
    """multilabel -> sigmoid [N, L]; multiclass -> softmax [N, L]; grouped -> softmax per group [N, G, L]."""
    if spec.kind == "multilabel":
        return torch.sigmoid(logits)
    if spec.kind == "multiclass":
        return torch.softmax(logits, dim=-1)
    return torch.softmax(logits.view(logits.shape[0], spec.groups, len(spec.labels)), dim=-1)


class PixelHeads(nn.Module):
    """Every head, with the thresholds chosen on validation data."""

    def __init__(self, embed_dim: int, thresholds: dict | None = None):
        super().__init__()
        self.embed_dim = embed_dim
        self.heads = nn.ModuleDict(
            {
                name: MLPHead(feature_dim(spec.features, embed_dim), spec.out_dim, spec.hidden, spec.dropout)
                for name, spec in HEAD_SPECS.items()
            }
        )
        self.thresholds: dict = thresholds or {}

    @torch.inference_mode()
    def predict(self, name: str, x: torch.Tensor) -> torch.Tensor:
        self.eval()
        head = self.heads[name]
        return probabilities(HEAD_SPECS[name], head(x.to(next(head.parameters()).device)).float()).cpu()

    def threshold(self, head: str, label: str, default: float = 0.5) -> float:
        return float(self.thresholds.get(head, {}).get(label, default))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        save_file(
            {k: v.detach().cpu().contiguous() for k, v in self.state_dict().items()},
            str(directory / "heads.safetensors"),
        )
        cfg = {
            "embed_dim": self.embed_dim,
            "thresholds": self.thresholds,
            "specs": {n: asdict(s) for n, s in HEAD_SPECS.items()},
        }
        (directory / "heads.json").write_text(json.dumps(cfg, indent=2))

    @classmethod
    def load(cls, directory: Path, device: torch.device | str = "cpu") -> PixelHeads:
        cfg = json.loads((directory / "heads.json").read_text())
        for name, spec in cfg["specs"].items():
            if (
                name not in HEAD_SPECS
                or tuple(spec["labels"]) != HEAD_SPECS[name].labels
                or spec.get("hidden") != HEAD_SPECS[name].hidden
            ):
                raise ValueError(f"head {name!r} in {directory} does not match the taxonomy; retrain")
        heads = cls(cfg["embed_dim"], cfg["thresholds"])
        heads.load_state_dict(load_file(str(directory / "heads.safetensors")))
        return heads.to(device).eval()
