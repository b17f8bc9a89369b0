"""Fine-tuned encoder towers: the encoder's top layers, fine-tuned for one task, on top of the shared encoder's
hidden states at layer ``split_layer``.

The shared encoder stays frozen for every other head; a tower copies its layers from ``split_layer`` up and
fine-tunes them with its own linear heads, so one encoder forward serves the frozen heads and every tower, and a
tower adds only its own layers. ``split_layer`` 0 fine-tunes the whole encoder for the task.

- ``CrisisTower`` (this module): the latest user turns joined with the message -> risk level (5-way softmax,
  calibrated by a temperature fitted on validation data) and crisis signals (sigmoid each).
- ``SafetyTower`` (``safety_tower.py``): a (user message, candidate reply) pair -> unsafe-reply categories.

Shipped as fp16 safetensors (``<name>.safetensors``) + ``<name>.json``. Needs a BERT-family encoder
(``model.encoder.layer``).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from pixel_model import taxonomy as T

SIGNALS = tuple(s for s in T.CRISIS_SIGNALS if s != "immediate_harm")  # immediate_harm follows risk


def additive_mask(mask: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


def run_layers(layers, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Apply BERT layers to ``hidden`` [N, L, D] with the padding ``mask`` [N, L]."""
    ext = additive_mask(mask, hidden.dtype)
    h = hidden
    for layer in layers:
        out = layer(h, attention_mask=ext)
        h = out[0] if isinstance(out, tuple) else out
    return h


class EncoderTower(nn.Module):
    """The encoder's layers from ``split_layer`` up (copied, then fine-tuned) + normalised mean pooling.
    Subclasses add their heads (``outputs``) and name their files (``NAME``)."""

    NAME = "tower"

    def __init__(self, base_model: nn.Module, split_layer: int, thresholds: dict | None = None):
        super().__init__()
        self.split_layer = split_layer
        self.layers = nn.ModuleList(copy.deepcopy(layer) for layer in base_model.encoder.layer[split_layer:])
        self.hidden_size = base_model.config.hidden_size
        self.dropout = nn.Dropout(0.1)
        self.thresholds: dict = thresholds or {}
        self.session = None  # an ONNX Runtime graph of ``forward`` (``onnx_engine.attach``); None: PyTorch

    def logits(self, hidden: torch.Tensor, mask: torch.Tensor):
        """``forward``'s outputs, through the ONNX Runtime session when one is attached."""
        if self.session is None:
            return self(hidden, mask)
        out = self.session(hidden, mask)
        return out[0] if len(out) == 1 else tuple(out)

    def pooled(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        h = run_layers(self.layers, hidden, mask)
        m = mask.unsqueeze(-1).to(h.dtype)
        pooled = nn.functional.normalize((h * m).sum(1) / m.sum(1).clamp(min=1e-9), dim=-1) * 10
        return self.dropout(pooled)

    def config(self) -> dict:
        return {"split_layer": self.split_layer, "thresholds": self.thresholds}

    def check_config(self, cfg: dict, directory: Path) -> None:  # subclasses: labels must match the taxonomy
        pass

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        save_file(
            {k: v.detach().cpu().half().contiguous() for k, v in self.state_dict().items()},
            str(directory / f"{self.NAME}.safetensors"),
        )
        (directory / f"{self.NAME}.json").write_text(json.dumps(self.config(), indent=2))

    @classmethod
    def load(cls, directory: Path, base_model: nn.Module, device: torch.device | str = "cpu"):
        cfg = json.loads((directory / f"{cls.NAME}.json").read_text())
        tower = cls(base_model, cfg["split_layer"], cfg["thresholds"])
        tower.check_config(cfg, directory)
        state = {k: v.float() for k, v in load_file(str(directory / f"{cls.NAME}.safetensors")).items()}
        tower.load_state_dict(state)
        return tower.to(device).eval()


class CrisisTower(EncoderTower):
    NAME = "crisis_tower"

    def __init__(self, base_model: nn.Module, split_layer: int, thresholds: dict | None = None):
        super().__init__(base_model, split_layer, thresholds)
        self.risk = nn.Linear(self.hidden_size, len(T.RISK_LEVELS))
        self.signals = nn.Linear(self.hidden_size, len(SIGNALS))

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """hidden: [N, L, D] (encoder hidden states at split_layer), mask: [N, L] -> (risk logits, signal logits)."""
        pooled = self.pooled(hidden, mask)
        return self.risk(pooled), self.signals(pooled)

    @property
    def temperature(self) -> float:
        """Risk-logit temperature fitted on validation data (1.0 = uncalibrated)."""
        return float(self.thresholds.get("temperature", 1.0))

    @torch.inference_mode()
    def predict(self, hidden: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(risk probabilities [N, 5] softmax(logits / temperature), signal probabilities [N, S] sigmoid), on CPU."""
        self.eval()
        r, s = self.logits(hidden, mask)
        return torch.softmax(r.float() / self.temperature, -1).cpu(), torch.sigmoid(s.float()).cpu()

    def config(self) -> dict:
        return super().config() | {"risk_levels": list(T.RISK_LEVELS), "signals": list(SIGNALS)}

    def check_config(self, cfg: dict, directory: Path) -> None:
        if tuple(cfg["risk_levels"]) != T.RISK_LEVELS or tuple(cfg["signals"]) != SIGNALS:
            raise ValueError(f"crisis tower in {directory} does not match the taxonomy; retrain")
