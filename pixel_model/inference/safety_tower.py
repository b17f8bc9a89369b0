"""The reply-safety tower: a cross-encoder over (user message, candidate reply) -> unsafe-reply categories.

Why a fine-tuned cross-encoder and not the MLP on frozen sentence embeddings that v1 used: frozen sentence
embeddings encode what a reply is about, not what it does with it. "It's okay to take your own life" and "It's
okay to feel this way" sit close together, and the v1 head sent the first one with a safety score of 0.12 and
no category flagged. Reading the pair jointly, through encoder layers fine-tuned on contrastive pairs (the same
user message answered safely and unsafely, ``data/reply_safety/``), lets the tower learn the stance.

Input: the tokenizer's text pair ``[CLS] user [SEP] reply [SEP]``; the shared encoder's bottom ``split_layer``
layers, then this tower's layers. Output: one sigmoid per ``taxonomy.SAFETY_CATEGORIES``; thresholds per
category are chosen on validation data for recall (``training/train_safety.py``).
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from pixel_model import taxonomy as T
from pixel_model.inference.crisis_tower import EncoderTower


class SafetyTower(EncoderTower):
    NAME = "safety_tower"

    def __init__(self, base_model: nn.Module, split_layer: int, thresholds: dict | None = None):
        super().__init__(base_model, split_layer, thresholds)
        self.categories = nn.Linear(self.hidden_size, len(T.SAFETY_CATEGORIES))

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.categories(self.pooled(hidden, mask))

    @torch.inference_mode()
    def predict(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Probabilities [N, len(SAFETY_CATEGORIES)] (sigmoid), on CPU."""
        self.eval()
        return torch.sigmoid(self.logits(hidden, mask).float()).cpu()

    def threshold(self, category: str) -> float:
        return float(self.thresholds.get("categories", {}).get(category, 0.5))

    def config(self) -> dict:
        return super().config() | {"categories": list(T.SAFETY_CATEGORIES)}

    def check_config(self, cfg: dict, directory: Path) -> None:
        if tuple(cfg["categories"]) != T.SAFETY_CATEGORIES:
            raise ValueError(f"safety tower in {directory} does not match the taxonomy; retrain")
