"""Text -> pooled sentence embeddings (mean pooling + L2 norm). MiniLM by default; any HF encoder."""
from __future__ import annotations

from pathlib import Path

import torch
from transformers import AutoModel, AutoTokenizer


class TextEncoder:
    def __init__(self, path: str | Path, device: torch.device, max_length: int = 256):
        self.path = str(path)
        self.device = device
        self.max_length = max_length
        self.tokenizer = AutoTokenizer.from_pretrained(self.path)
        # The encoder stays fp32 even on CUDA: it is small, and fp32 keeps CPU/GPU outputs comparable.
        self.model = AutoModel.from_pretrained(self.path, dtype=torch.float32).to(device).eval()
        self.dim = int(self.model.config.hidden_size)

    def _tokenize(self, texts: list[str]):
        return self.tokenizer([t if t.strip() else "." for t in texts], padding=True, truncation=True,
                              max_length=self.max_length, return_tensors="pt").to(self.device)

    @staticmethod
    def _pool(last_hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean over real tokens, L2-normalised, float32 on CPU."""
        m = mask.unsqueeze(-1).to(last_hidden.dtype)
        pooled = (last_hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled.float(), dim=-1).cpu()

    @torch.inference_mode()
    def embed_with_hidden(self, texts: list[str], layer: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(pooled embeddings [N, D] on CPU, hidden states at ``layer`` [N, L, D] and mask [N, L] on the device):
        one forward serves the frozen heads and the crisis tower."""
        if not texts:
            return torch.zeros(0, self.dim), torch.zeros(0, 1, self.dim), torch.zeros(0, 1, dtype=torch.long)
        enc = self._tokenize(texts)
        out = self.model(**enc, output_hidden_states=True)
        return self._pool(out.last_hidden_state, enc["attention_mask"]), out.hidden_states[layer], enc["attention_mask"]

    @torch.inference_mode()
    def embed(self, texts: list[str], batch_size: int = 64) -> torch.Tensor:
        """Embeddings [N, dim] on CPU, float32, unit norm. Lists in, lists out; empty list -> [0, dim]."""
        if not texts:
            return torch.zeros(0, self.dim)
        out = []
        for i in range(0, len(texts), batch_size):
            enc = self._tokenize(texts[i : i + batch_size])
            out.append(self._pool(self.model(**enc).last_hidden_state, enc["attention_mask"]))
        return torch.cat(out)
