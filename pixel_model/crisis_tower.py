"""The crisis tower: the encoder's top layers, fine-tuned for crisis risk and signals, on top of the shared
encoder's hidden states at layer ``split_layer``.

The shared encoder stays frozen for every other head; the tower copies its layers from ``split_layer`` up and
fine-tunes them with two linear heads (5 risk levels, 8 signals), so one encoder forward serves both and the
tower adds only its own layers. Shipped as fp16 safetensors (``crisis_tower.safetensors``) + ``crisis_tower.json``.
Needs a BERT-family encoder (``model.encoder.layer``).
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from . import taxonomy as T

SIGNALS = tuple(s for s in T.CRISIS_SIGNALS if s != "immediate_harm")  # immediate_harm follows risk


def additive_mask(mask: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


class CrisisTower(nn.Module):
    def __init__(self, base_model: nn.Module, split_layer: int, thresholds: dict | None = None):
        super().__init__()
        self.split_layer = split_layer
        self.layers = nn.ModuleList(copy.deepcopy(l) for l in base_model.encoder.layer[split_layer:])
        d = base_model.config.hidden_size
        self.dropout = nn.Dropout(0.1)
        self.risk = nn.Linear(d, len(T.RISK_LEVELS))
        self.signals = nn.Linear(d, len(SIGNALS))
        self.thresholds: dict = thresholds or {}

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """hidden: [N, L, D] (encoder hidden states at split_layer), mask: [N, L] -> (risk logits, signal logits)."""
        ext = additive_mask(mask, hidden.dtype)
        h = hidden
        for layer in self.layers:
            out = layer(h, attention_mask=ext)
            h = out[0] if isinstance(out, tuple) else out
        m = mask.unsqueeze(-1).to(h.dtype)
        pooled = nn.functional.normalize((h * m).sum(1) / m.sum(1).clamp(min=1e-9), dim=-1) * 10
        pooled = self.dropout(pooled)
        return self.risk(pooled), self.signals(pooled)

    @torch.inference_mode()
    def predict(self, hidden: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(risk probabilities [N, 5] softmax, signal probabilities [N, 8] sigmoid), on CPU."""
        self.eval()
        r, s = self(hidden, mask)
        return torch.softmax(r.float(), -1).cpu(), torch.sigmoid(s.float()).cpu()

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        save_file({k: v.detach().cpu().half().contiguous() for k, v in self.state_dict().items()},
                  str(directory / "crisis_tower.safetensors"))
        (directory / "crisis_tower.json").write_text(json.dumps({
            "split_layer": self.split_layer, "risk_levels": list(T.RISK_LEVELS), "signals": list(SIGNALS),
            "thresholds": self.thresholds}, indent=2))

    @classmethod
    def load(cls, directory: Path, base_model: nn.Module, device: torch.device | str = "cpu") -> "CrisisTower":
        cfg = json.loads((directory / "crisis_tower.json").read_text())
        if tuple(cfg["risk_levels"]) != T.RISK_LEVELS or tuple(cfg["signals"]) != SIGNALS:
            raise ValueError(f"crisis tower in {directory} does not match the taxonomy; retrain")
        tower = cls(base_model, cfg["split_layer"], cfg["thresholds"])
        state = {k: v.float() for k, v in load_file(str(directory / "crisis_tower.safetensors")).items()}
        tower.load_state_dict(state)
        return tower.to(device).eval()
